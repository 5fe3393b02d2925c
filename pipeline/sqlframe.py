"""DataFrames in and out of DuckDB: the few SQL helpers every writer shares.

Kept apart from `pipeline.store.load` so that the derived-table builders (`entities`) and the
review replay (`review.sync`) can write frames without importing the loader that calls
them (no import circle). Whole DataFrames only (INSERT … SELECT over a registered frame),
never row by row.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pandas as pd

from models.tables import DOCUMENT_TABLES, TableSpec

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


@contextmanager
def registered(con: DuckDBPyConnection, name: str, df: pd.DataFrame) -> Iterator[str]:
    """`df` visible to SQL as view `name` for the block."""
    con.register(name, df)
    try:
        yield name
    finally:
        con.unregister(name)


def insert_frame(con: DuckDBPyConnection, spec: TableSpec, df: pd.DataFrame) -> int:
    """INSERT … SELECT a whole DataFrame into a table, casting to the column types."""
    if df.empty:
        return 0
    cols = ", ".join(f'"{name}"' for name in spec.names)
    casts = ", ".join(f'TRY_CAST("{name}" AS {sqltype})' for name, sqltype in spec.columns)
    with registered(con, f"_frame_{spec.name}", df) as view:
        con.execute(f'INSERT INTO "{spec.name}" ({cols}) SELECT {casts} FROM "{view}"')
    return len(df)


def delete_documents(con: DuckDBPyConnection, doc_ids: Sequence[str], keep: Sequence[str] = ()) -> None:
    """Remove every row of these documents from the document tables (except tables in `keep`)."""
    if not doc_ids:
        return
    ids = pd.DataFrame({"doc_id": pd.Series(list(doc_ids), dtype=object)})
    with registered(con, "_delete_ids", ids) as view:
        for spec in DOCUMENT_TABLES:
            if spec.name in keep:
                continue
            con.execute(f'DELETE FROM "{spec.name}" WHERE doc_id IN (SELECT doc_id FROM "{view}")')


@contextmanager
def transaction(con: DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, rolled back on any exception (including KeyboardInterrupt)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def meta_value(con: DuckDBPyConnection, key: str) -> str | None:
    """A value of the `meta` key/value table (None when unset)."""
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    return None if not rows else rows[0][0]


def set_meta(con: DuckDBPyConnection, key: str, value: str | None) -> None:
    con.execute("DELETE FROM meta WHERE key = ?", [key])
    con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])
