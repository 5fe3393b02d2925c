"""Copy the tables out of DuckDB: Parquet or CSV (one file per table) or JSON Lines records.

File names come from the fixed table names and every target is checked to sit directly
in the output folder, so an export can never write elsewhere.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from models.tables import ALL_TABLES, TableSpec
from pipeline.dataset.entities_mentions import BUILD
from pipeline.sqlframe import meta_value, set_meta

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

FORMATS = ("parquet", "csv", "jsonl")
BOOKKEEPING = ("runs", "files", "corrections", "shards")  # tables every ingest run changes
_EXPORTED = "parquet_build"  # meta key: the derived build the Parquet files of an ingest hold
_COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true"}
# Columns holding a whole document (its text, its record JSON). DuckDB's Parquet writer keeps
# a row group of a column in memory: at the default 122,880 rows, the documents and texts
# tables of an archive need gigabytes, past the ingest's memory cap. Their row groups are
# kept small instead; narrow tables keep DuckDB's default.
_WHOLE_DOCUMENT = frozenset(("record", "text", "extracted"))
_WIDE_ROW_GROUP = 1024


def _copy_options(spec: TableSpec, fmt: str) -> str:
    if fmt == "parquet" and _WHOLE_DOCUMENT & set(spec.names):
        return f"{_COPY_OPTIONS[fmt]}, ROW_GROUP_SIZE {_WIDE_ROW_GROUP}"
    return _COPY_OPTIONS[fmt]


def safe_target(out_dir: Path, name: str) -> Path:
    """`out_dir/name`, refusing anything that would resolve outside `out_dir` (a planted symlink too)."""
    root = out_dir.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise ValueError(f"refusing to write outside {root}: {name}")
    return target


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_tables(
    con: DuckDBPyConnection, out_dir: Path, fmt: str, names: Sequence[str] | None = None,
) -> list[Path]:
    """Write every table (or only `names`; or the records, for jsonl) into `out_dir`; return the files."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return [export_records(con, safe_target(out_dir, "records.jsonl"))]
    written = []
    for spec in ALL_TABLES:
        if names is not None and spec.name not in names:
            continue
        target = safe_target(out_dir, f"{spec.name}.{fmt}")
        tmp = target.with_name(target.name + ".tmp")
        con.execute(f'COPY "{spec.name}" TO {_sql_string(str(tmp))} ({_copy_options(spec, fmt)})')
        tmp.replace(target)  # readers never see a half-written file
        written.append(target)
    return written


def refresh_parquet(con: DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """The Parquet files an ingest keeps next to the database, brought up to date after a run.

    A run always changes the bookkeeping tables (its run row, its files' outcomes); the
    document tables change only when documents were loaded or corrected, which the derived
    build records (meta `derived_build`). Rewriting every table after every run made an
    ingest of five files into a large database cost as much as exporting all of it.
    """
    out_dir = Path(out_dir)
    build = meta_value(con, BUILD)
    missing = any(not (out_dir / f"{spec.name}.parquet").exists() for spec in ALL_TABLES)
    if build is not None and build == meta_value(con, _EXPORTED) and not missing:
        return export_tables(con, out_dir, "parquet", BOOKKEEPING)
    written = export_tables(con, out_dir, "parquet")
    set_meta(con, _EXPORTED, build)  # after the files: a run killed in between exports again
    return written


def export_records(con: DuckDBPyConnection, target: Path) -> Path:
    """One stored record JSON per line, in doc_id order."""
    rows = con.execute("SELECT record FROM documents ORDER BY doc_id").fetchall()
    tmp = target.with_name(target.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for (record,) in rows:
            fh.write(record + "\n")
    tmp.replace(target)
    return target
