"""DuckDB loading: schema, whole-DataFrame inserts, and one transaction per ingest run.

A document's rows are replaced as a unit (delete by doc_id in every document table, then
insert), so a new extractor version never leaves stale child rows, and a failure part
way leaves the database as it was. DataFrames are inserted with INSERT … SELECT over a
registered frame (never row by row); TRY_CAST keeps one malformed value from sinking
the run — the value is still in the stored record JSON.
"""
from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd

from models.tables import ALL_TABLES, DOCUMENTS, FILES, RUNS, TableSpec
from pipeline.dataset.entities import update_derived
from pipeline.review.log import Correction
from pipeline.review.sync import prepare
from pipeline.sqlframe import delete_documents, insert_frame, registered, transaction
from pipeline.store.frames import frame, record_frames
from pipeline.store.plan import Extracted, FileOutcome, Plan

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

T = TypeVar("T")


def utcnow() -> datetime:
    """Naive UTC timestamp (the tables' TIMESTAMP columns hold UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class RunInfo:
    """One ingest run: its id, start time and the paths it was given."""

    paths: list[str]
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: datetime = field(default_factory=utcnow)


def connect(db: Path, read_only: bool = False) -> DuckDBPyConnection:
    """Open the database; writable connections create the file and the tables."""
    import duckdb

    db = Path(db)
    if read_only:
        if not db.exists():
            raise FileNotFoundError(f"no database at {db} (run `lifelong ingest` first)")
        con = duckdb.connect(str(db), read_only=True)
        from pipeline.store.schema_version import check_readable

        try:
            check_readable(con, db)
        except BaseException:
            con.close()
            raise
        return con
    db.parent.mkdir(parents=True, exist_ok=True)
    con = _connect_writable(db)
    _bound_memory(con)
    ensure_schema(con)
    return con


WRITER_MEMORY_ENV = "LIFELONG_DUCKDB_MEMORY"
WRITER_MEMORY = "128MB"


def _bound_memory(con: DuckDBPyConnection) -> None:
    """Cap DuckDB's memory in the writer so an ingest's peak does not grow with the file.

    DuckDB's default limit is 80 % of RAM and it keeps pages cached up to it: the Parquet
    export at the end of a run took the loader from ~200 MB at 2,000 documents to ~600 MB at
    20,000. Batch writes are small, and larger operations spill to `<db>.tmp`. One thread:
    the writer shares the machine with the extracting workers, and each DuckDB thread holds
    buffers of its own (two threads could not export 130,000 documents within the cap).
    """
    import os

    con.execute(f"SET memory_limit = '{_memory_setting(os.environ.get(WRITER_MEMORY_ENV))}'")
    con.execute("SET threads = 1")


def with_memory_retry(con: DuckDBPyConnection, step: Callable[[], T]) -> T:
    """Run `step`; if DuckDB runs out of the writer's cap, run it once more with four times it.

    The cap keeps an ingest's memory flat, but a whole-database step (the entities'
    aggregates, the Parquet files) of an archive far larger than any measured here might
    need more: a finished run matters more than the cap. Each step commits or rolls back
    whole, so running it again is safe.
    """
    import logging

    import duckdb

    try:
        return step()
    except duckdb.OutOfMemoryException as exc:
        limit = con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        logging.getLogger("lifelong").warning("DuckDB ran out of %s (%s); retrying with four times it", limit, first)
        con.execute(f"SET memory_limit = '{4 * _bytes(con)}B'")  # an int: safe in SQL
        return step()


def _bytes(con: DuckDBPyConnection) -> int:
    """The connection's memory limit in bytes."""
    number, unit = str(con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]).split()
    scale = {"B": 1, "KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40}[unit]
    return int(float(number) * scale)


def _memory_setting(value: str | None) -> str:
    """A DuckDB size like 256MB or 2GB (digits and unit only: it goes into SQL)."""
    import re

    text = (value or WRITER_MEMORY).strip().upper().replace(" ", "")
    if not re.fullmatch(r"\d{1,6}(KB|MB|GB|KIB|MIB|GIB)", text):
        raise ValueError(f"{WRITER_MEMORY_ENV}={value!r}: expected a size such as 256MB or 2GB")
    return text


def _connect_writable(db: Path, patience: float = 30.0) -> DuckDBPyConnection:
    """Open for writing, waiting while a reader (`lifelong status`, `query`) holds the file.

    An ingest opens the database once per batch; a reader that opened it in between
    must delay the next batch, not crash the run.
    """
    import duckdb

    deadline = time.monotonic() + patience
    while True:
        try:
            return duckdb.connect(str(db))
        except duckdb.IOException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def ensure_schema(con: DuckDBPyConnection) -> None:
    from pipeline.store.schema_version import ensure_current, stored_version

    before = stored_version(con)
    for spec in ALL_TABLES:
        con.execute(spec.ddl())
    ensure_current(con, before)  # meta table, derived tables and views; migrates older databases


def known_versions(con: DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, str]:
    """Extractor version of each already loaded document among `doc_ids`."""
    if not doc_ids:
        return {}
    ids = pd.DataFrame({"doc_id": pd.Series(list(doc_ids), dtype=object)})
    with registered(con, "_known_ids", ids) as view:
        rows = con.execute(
            f'SELECT d.doc_id, d.extractor_version FROM documents d JOIN "{view}" i USING (doc_id)'
        ).fetchall()
    return {str(doc_id): str(version) for doc_id, version in rows}


def run_counts(outcomes: Iterable[FileOutcome]) -> dict[str, int]:
    """Counts per state and per `state:reason` (e.g. `failed:corrupt`)."""
    counts: Counter[str] = Counter()
    for o in outcomes:
        counts[o.state] += 1
        if o.reason:
            counts[f"{o.state}:{o.reason}"] += 1
    return dict(sorted(counts.items()))


def _run_row(run: RunInfo, outcomes: list[FileOutcome], version: str) -> dict[str, Any]:
    counts = run_counts(outcomes)
    return {
        "run_id": run.run_id, "started": run.started, "finished": utcnow(),
        "extractor_version": version, "paths": json.dumps(run.paths, ensure_ascii=False),
        "files": len(outcomes), "loaded": counts.get("loaded", 0), "failed": counts.get("failed", 0),
        "counts": json.dumps(counts),
    }


def load_run(
    con: DuckDBPyConnection, run: RunInfo, outcomes: list[FileOutcome],
    records: list[dict[str, Any]], version: str,
) -> None:
    """Write one run in a single transaction: replaced documents, file rows, run row."""
    records, _ = prepare([(r, None) for r in records], {})
    con.execute("BEGIN TRANSACTION")
    try:
        delete_documents(con, [r["doc_id"] for r in records])
        for name, df in record_frames(records, version, run.run_id, utcnow()).items():
            insert_frame(con, _spec(name), df)
        rows = [{"run_id": run.run_id, **vars(o)} for o in outcomes]
        insert_frame(con, FILES, frame(FILES, rows))
        insert_frame(con, RUNS, frame(RUNS, [_run_row(run, outcomes, version)]))
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    update_derived(con)


def _spec(name: str) -> TableSpec:
    return next(t for t in ALL_TABLES if t.name == name)


def gather(plan: Plan, extracted: Iterable[Extracted], order: Sequence[str]) -> tuple[list[FileOutcome], list[dict[str, Any]]]:
    """All outcomes in input order, and the records to load (one per doc_id)."""
    outcomes = list(plan.decided)
    records: dict[str, dict[str, Any]] = {}
    for item in extracted:
        outcome = item.outcome
        if item.record is not None and outcome.doc_id in records:  # bytes changed under us
            outcome = FileOutcome(outcome.path, "duplicate", outcome.doc_id, "same_bytes")
        elif item.record is not None:
            records[item.record["doc_id"]] = item.record
        outcomes.append(outcome)
    rank = {path: i for i, path in enumerate(order)}
    outcomes.sort(key=lambda o: rank.get(o.path, len(rank)))
    return outcomes, list(records.values())


def document_count(con: DuckDBPyConnection) -> int:
    rows = con.execute(f'SELECT count(*) FROM "{DOCUMENTS.name}"').fetchall()
    return int(rows[0][0])


# --- per-batch loading: progress survives a kill ------------------------------------------


def start_run(con: DuckDBPyConnection, run: RunInfo, decided: list[FileOutcome], version: str) -> None:
    """Commit the run row (finished NULL until the end) and the outcomes decided without extraction."""
    with transaction(con):
        insert_frame(con, FILES, frame(FILES, [{"run_id": run.run_id, **vars(o)} for o in decided]))
        row = _run_row(run, decided, version)
        row["finished"] = None
        insert_frame(con, RUNS, frame(RUNS, [row]))


def load_batch(
    con: DuckDBPyConnection, run: RunInfo, extracted: list[Extracted], version: str, seen: set[str],
    corrections: dict[str, list[Correction]] | None = None,
) -> list[FileOutcome]:
    """Commit one batch in its own transaction (see `write_batch`)."""
    with transaction(con):
        return write_batch(con, run, extracted, version, seen, corrections)


def write_batch(
    con: DuckDBPyConnection, run: RunInfo, extracted: list[Extracted], version: str, seen: set[str],
    corrections: dict[str, list[Correction]] | None = None,
) -> list[FileOutcome]:
    """Write one batch inside the caller's transaction: its documents (replacing older
    versions, corrections replayed) and its file rows.

    `seen` holds the doc_ids already loaded by this run, so bytes that changed between
    planning and extraction into a copy of another file count as `duplicate`.
    """
    outcomes, pairs = [], []
    for item in extracted:
        outcome = item.outcome
        if item.record is not None and outcome.doc_id in seen:
            outcome = FileOutcome(outcome.path, "duplicate", outcome.doc_id, "same_bytes")
        elif item.record is not None:
            seen.add(item.record["doc_id"])
            pairs.append((item.record, item.text))
        outcomes.append(outcome)
    records, texts = prepare(pairs, corrections or {})
    delete_documents(con, [r["doc_id"] for r in records])
    for name, df in record_frames(records, version, run.run_id, utcnow(), texts).items():
        insert_frame(con, _spec(name), df)
    insert_frame(con, FILES, frame(FILES, [{"run_id": run.run_id, **vars(o)} for o in outcomes]))
    return outcomes


def finish_run(
    con: DuckDBPyConnection, run: RunInfo, outcomes: list[FileOutcome], version: str, db: Path | None = None,
) -> dict[str, Any]:
    """Mark the run finished with its final counts; replay the corrections log of `db`.

    Returns the corrections' outcome counts (empty without `db`).
    """
    from pipeline.review.log import by_doc, read_log
    from pipeline.review.sync import sync_corrections

    synced: dict[str, Any] = {}
    log = read_log(db) if db is not None else []
    if db is not None:
        with transaction(con):
            synced = sync_corrections(con, db, log)
    corrected = any(v for k, v in synced.items() if k not in ("pending", "seconds"))
    # also the batches of a killed run; nothing loaded and nothing corrected: nothing to do
    also = list(by_doc(log)) if corrected else []
    with_memory_retry(con, lambda: update_derived(con, also))
    row = _run_row(run, outcomes, version)
    with transaction(con):  # last: a run marked finished has its entities built
        con.execute(
            "UPDATE runs SET finished = ?, files = ?, loaded = ?, failed = ?, counts = ? WHERE run_id = ?",
            [row["finished"], row["files"], row["loaded"], row["failed"], row["counts"], run.run_id],
        )
    return synced
