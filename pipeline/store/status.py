"""What `lifelong status` and `lifelong failures` show: runs and failed files, read-only.

A run whose `finished` is NULL was stopped (Ctrl-C, kill) or is still going; its files
rows cover the batches it committed, and running the same command again finishes it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

Result = tuple[list[str], list[tuple[Any, ...]]]

_RUNS_SQL = """
SELECT r.run_id, r.started, r.finished,
       CASE WHEN r.finished IS NULL THEN 'unfinished' ELSE 'completed' END AS status,
       count(f.path) AS files,
       count(*) FILTER (WHERE f.state = 'loaded') AS loaded,
       count(*) FILTER (WHERE f.state = 'unchanged') AS unchanged,
       count(*) FILTER (WHERE f.state = 'duplicate') AS duplicate,
       count(*) FILTER (WHERE f.state = 'skipped') AS skipped,
       count(*) FILTER (WHERE f.state = 'failed') AS failed
FROM runs r LEFT JOIN files f USING (run_id)
GROUP BY ALL ORDER BY r.started DESC LIMIT ?
"""

_FAILED_SQL = """
SELECT path, reason, message FROM files
WHERE run_id = ? AND state = 'failed' ORDER BY reason, path
"""


def _query(db: Path, sql: str, params: list[Any]) -> Result:
    import duckdb

    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db} (run `lifelong ingest` first)")
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(sql, params)
        return [d[0] for d in cursor.description or []], cursor.fetchall()


def recent_runs(db: Path, limit: int = 10) -> Result:
    """The latest runs, newest first, with file counts per state."""
    return _query(db, _RUNS_SQL, [max(1, limit)])


def resolve_run(db: Path, run: str | None) -> str:
    """A full run id from a prefix, or the latest run when None; LookupError if none."""
    sql = "SELECT run_id FROM runs WHERE run_id LIKE ? ORDER BY started DESC"
    _, rows = _query(db, sql, [(run or "") + "%"])
    if not rows:
        raise LookupError(f"no run matching {run!r}" if run else "no runs yet")
    if run and len(rows) > 1:
        raise LookupError(f"run id prefix {run!r} is ambiguous ({len(rows)} runs)")
    return str(rows[0][0])


def failed_files(db: Path, run: str | None = None) -> Result:
    """Failed files of a run, grouped by reason."""
    return _query(db, _FAILED_SQL, [resolve_run(db, run)])
