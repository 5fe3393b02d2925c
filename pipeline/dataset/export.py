"""Copy the tables out of DuckDB: Parquet or CSV (one file per table) or JSON Lines records.

File names come from the fixed table names and every target is checked to sit directly
in the output folder, so an export can never write elsewhere.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.tables import ALL_TABLES

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

FORMATS = ("parquet", "csv", "jsonl")
_COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true"}


def safe_target(out_dir: Path, name: str) -> Path:
    """`out_dir/name`, refusing anything that would resolve outside `out_dir` (a planted symlink too)."""
    root = out_dir.resolve()
    target = (root / name).resolve()
    if target.parent != root:
        raise ValueError(f"refusing to write outside {root}: {name}")
    return target


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_tables(con: DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    """Write every table (or the records, for jsonl) into `out_dir`; return the files."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; valid: {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return [export_records(con, safe_target(out_dir, "records.jsonl"))]
    written = []
    for spec in ALL_TABLES:
        target = safe_target(out_dir, f"{spec.name}.{fmt}")
        tmp = target.with_name(target.name + ".tmp")
        con.execute(f'COPY "{spec.name}" TO {_sql_string(str(tmp))} ({_COPY_OPTIONS[fmt]})')
        tmp.replace(target)  # readers never see a half-written file
        written.append(target)
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
