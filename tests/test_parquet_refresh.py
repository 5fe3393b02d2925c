"""The Parquet files next to the database: rewritten after a run only where the run changed tables."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline import settings
from pipeline.store import ingest_local


def _stamps(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("*.parquet")}


def _ingest(inbox: Path, db: Path) -> dict[str, int]:
    ingest_local([str(inbox)], db)
    return _stamps(settings.parquet_dir(db))


def _write(inbox: Path, n: int) -> None:
    (inbox / f"{n}.txt").write_text(f"关于开展{2010 + n}年全民终身学习活动周的通知\n各区教育局：现将有关事项通知如下。",
                                    encoding="utf-8")


def test_unchanged_run_rewrites_only_its_bookkeeping(tmp_path: Path) -> None:
    inbox, db = tmp_path / "in", tmp_path / "o.duckdb"
    inbox.mkdir()
    for n in range(3):
        _write(inbox, n)
    first = _ingest(inbox, db)
    assert {"documents.parquet", "runs.parquet", "files.parquet"} <= set(first)
    again = _ingest(inbox, db)  # nothing new
    changed = {name for name in first if again[name] != first[name]}
    assert changed == {"runs.parquet", "files.parquet", "corrections.parquet", "shards.parquet"}
    _write(inbox, 3)
    third = _ingest(inbox, db)  # a new document: every table again
    assert all(third[name] != again[name] for name in again)
    rows = duckdb.sql(f"SELECT count(*) FROM '{settings.parquet_dir(db) / 'documents.parquet'}'").fetchall()
    assert rows[0][0] == 4


def test_a_missing_file_is_written_again(tmp_path: Path) -> None:
    inbox, db = tmp_path / "in", tmp_path / "o.duckdb"
    inbox.mkdir()
    _write(inbox, 0)
    _ingest(inbox, db)
    (settings.parquet_dir(db) / "texts.parquet").unlink()
    assert "texts.parquet" in _ingest(inbox, db)
