"""The dataset as pandas DataFrames, and the Parquet export partitioned by campaign year.

`open_dataset(path)` is what a notebook wants: every table and comparison view as a
DataFrame by attribute (`ds.documents`, `ds.theme_by_year`), opened read-only so an
analysis can never change the database. Each access opens a short read-only connection
and closes it, so a notebook left open never holds the file against the next ingest.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection


class Dataset:
    """Read-only access to one database: tables and views by name, and SQL."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        with self._connect() as con:  # fails now, with a clear message, on a missing or old file
            self._names = _relation_names(con)

    def _connect(self) -> DuckDBPyConnection:
        from pipeline.store.load import connect

        return connect(self.path, read_only=True)

    def tables(self) -> list[str]:
        """Names of every table and view."""
        return list(self._names)

    def table(self, name: str) -> pd.DataFrame:
        """One table or view as a DataFrame."""
        if name not in self._names:
            raise KeyError(f"no table or view {name!r}; available: {', '.join(self._names)}")
        with self._connect() as con:
            return con.execute(f'SELECT * FROM "{name}"').df()

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """A read-only query (writing statements are refused)."""
        from pipeline.dataset.query import check_read_only

        check_read_only(query)
        with self._connect() as con:
            return con.execute(query, params or []).df()

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self.table(name)
        except KeyError as exc:
            raise AttributeError(str(exc)) from exc

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._names))

    def __repr__(self) -> str:
        return f"Dataset({str(self.path)!r}: {len(self._names)} tables and views)"


def open_dataset(path: Path | str = "data/processed/lifelong.duckdb") -> Dataset:
    """The database at `path`, read-only, tables and views as DataFrames."""
    return Dataset(path)


def _relation_names(con: DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_type, table_name"
    ).fetchall()
    return [r[0] for r in rows]


# --- Parquet export partitioned by campaign year -------------------------------------------


_FLAT = {"runs", "files"}  # about ingest runs, not documents: one file each


def _partition_source(con: DuckDBPyConnection, name: str) -> str | None:
    """SELECT giving the table's rows with `campaign_year`, or None when it has no link to it."""
    if name in _FLAT:
        return None
    cols = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]).fetchall()}
    if "campaign_year" in cols:
        return f'SELECT * FROM "{name}"'
    if "doc_id" in cols:
        return f'SELECT t.*, d.campaign_year FROM "{name}" t LEFT JOIN documents d USING (doc_id)'
    return None


def export_partitioned(con: DuckDBPyConnection, out_dir: Path, names: list[str]) -> list[Path]:
    """Each table as `out_dir/<table>/campaign_year=YYYY/*.parquet` (hive style) when it carries
    or joins to a campaign year, else `out_dir/<table>.parquet`. Each target is written beside
    itself first and swapped in, so readers never see half a table."""
    root = Path(out_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        source = _partition_source(con, name)
        target = root / (name if source else f"{name}.parquet")
        if target.parent != root:
            raise ValueError(f"refusing to write outside {root}: {name}")
        tmp = target.with_name(target.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        path = "'" + str(tmp).replace("'", "''") + "'"
        if source:
            con.execute(f"COPY ({source}) TO {path} (FORMAT parquet, PARTITION_BY (campaign_year))")
        else:
            con.execute(f'COPY "{name}" TO {path} (FORMAT parquet)')
        if not tmp.exists():  # an empty table writes no partition
            tmp.mkdir()
        if target.is_dir():
            shutil.rmtree(target)
        tmp.replace(target)
        written.append(target)
    return written


def export_dataset(con: DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """`lifelong export --format parquet`: base and derived tables, partitioned where they can be."""
    from models.tables import ALL_TABLES
    from pipeline.dataset.entities import DERIVED_TABLES

    present = set(_relation_names(con))
    names = [t.name for t in (*ALL_TABLES, *DERIVED_TABLES) if t.name in present]
    return export_partitioned(con, out_dir, names)
