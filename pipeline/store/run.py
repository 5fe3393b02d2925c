"""The steps of an ingest run as plain functions: discover, plan, begin, batches, finish.

Each batch is extracted in worker processes (pipeline/workers.py) and committed on its
own, so a run stopped at any moment keeps every finished batch; running the same
command again finds those documents `unchanged` and does the rest. The Prefect flow
(flows/ingest.py) runs each step as a task; `ingest_local` runs them in a row, for tests
and tools that must not start a Prefect server.
"""
from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pipeline import settings
from pipeline.dataset.export import refresh_parquet
from pipeline.discover import Discovered
from pipeline.progress import Progress
from pipeline.settings import Limits
from pipeline.store.load import (
    RunInfo,
    connect,
    finish_run,
    known_versions,
    load_batch,
    run_counts,
    start_run,
    with_memory_retry,
)
from pipeline.store.lock import ingest_lock
from pipeline.store.plan import Extracted, FileOutcome, Plan, plan_files
from pipeline.store.summary import coverage


def discover(paths: Sequence[str]) -> Discovered:
    """Every file under the given paths, in a stable order (links out of the tree refused)."""
    from pipeline.discover import discover as find

    return find(paths)


def plan_step(found: Discovered, db: Path, limits: Limits | None = None, force: bool = False) -> Plan:
    """Classify the files against what the database already holds.

    `force` re-extracts files whose bytes the database already holds (after a rule change);
    their corrections are replayed over the new output.
    """
    from pipeline.version import EXTRACTOR_VERSION

    limits = limits or Limits()
    con = connect(db)
    try:
        return plan_files(
            [Path(f) for f in found.files], (lambda ids: {}) if force else (lambda ids: known_versions(con, ids)),
            EXTRACTOR_VERSION,
            limits.max_file_bytes, found.refused, ocr=limits.ocr,
        )
    finally:
        con.close()


def begin_step(db: Path, run: RunInfo, plan: Plan) -> None:
    """Record the run as started, with the files decided without extraction."""
    from pipeline.version import EXTRACTOR_VERSION

    con = connect(db)
    try:
        start_run(con, run, plan.decided, EXTRACTOR_VERSION)
    finally:
        con.close()


def extract_step(batch: list[tuple[str, str]], limits: Limits, progress: Progress | None = None) -> list[Extracted]:
    """Extract one batch in the run's worker processes (nothing written)."""
    from pipeline.workers import extract_isolated

    on_done = (lambda item: progress.update(item.outcome.state)) if progress is not None else None
    return extract_isolated(batch, limits, on_done)


def commit_step(db: Path, run: RunInfo, extracted: list[Extracted]) -> list[FileOutcome]:
    """Commit one extracted batch in its own transaction, corrections replayed; its outcomes."""
    from pipeline.review.log import by_doc, read_log
    from pipeline.version import EXTRACTOR_VERSION

    corrections = by_doc(read_log(db))
    con = connect(db)
    try:
        return load_batch(con, run, extracted, EXTRACTOR_VERSION, set(), corrections)
    finally:
        con.close()


def batch_step(
    db: Path, run: RunInfo, batch: list[tuple[str, str]], limits: Limits, progress: Progress | None = None,
) -> list[FileOutcome]:
    """Extract one batch in worker processes and commit it; returns its outcomes."""
    return commit_step(db, run, extract_step(batch, limits, progress))


def overlapped(
    batches: Iterable[list[tuple[str, str]]], extract: Callable[[list[tuple[str, str]]], list[Extracted]],
    commit: Callable[[list[Extracted]], list[FileOutcome]],
) -> list[FileOutcome]:
    """Extract batch n+1 while batch n commits, so the worker processes never wait for the writer.

    One writer thread commits in order; it takes a batch only after the previous commit
    ended, so at most one extracted batch waits in memory. The commit is mostly DuckDB and
    pandas work off the main thread, whose own job is waiting on the worker pipes. The commit
    runs in a copy of the caller's context, so a Prefect task called there belongs to the flow run.
    """
    outcomes: list[FileOutcome] = []
    pending: Future[list[FileOutcome]] | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lifelong-writer") as writer:
        for batch in batches:
            extracted = extract(batch)
            if pending is not None:
                outcomes += pending.result()
            pending = writer.submit(contextvars.copy_context().run, commit, extracted)
        if pending is not None:
            outcomes += pending.result()
    return outcomes


def finish_step(db: Path, run: RunInfo, outcomes: list[FileOutcome], files: Sequence[str]) -> dict[str, Any]:
    """Mark the run finished, refresh the Parquet files, return the summary."""
    from pipeline.version import EXTRACTOR_VERSION

    rank = {path: i for i, path in enumerate(files)}
    outcomes = sorted(outcomes, key=lambda o: rank.get(o.path, len(rank)))
    con = connect(db)
    try:
        synced = finish_run(con, run, outcomes, EXTRACTOR_VERSION, db)
        with_memory_retry(con, lambda: refresh_parquet(con, settings.parquet_dir(db)))
        covered = [o.doc_id for o in outcomes if o.state in ("loaded", "unchanged") and o.doc_id]
        cov = coverage(con, covered)
    finally:
        con.close()
    return {
        "run_id": run.run_id, "db": str(db), "parquet": str(settings.parquet_dir(db)),
        "files": len(outcomes), "counts": run_counts(outcomes),
        "documents": len(set(covered)), "coverage": cov, "corrections": synced,
    }


def start_progress(plan: Plan, files: Sequence[str]) -> Progress:
    """A progress display that already counts the files decided without extraction."""
    progress = Progress(len(files))
    for outcome in plan.decided:
        progress.update(outcome.state, extracted=False)
    return progress


def ingest_local(
    paths: Sequence[str], db: Path, batch_size: int = settings.BATCH_SIZE,
    limits: Limits | None = None, show_progress: bool = False, force: bool = False,
) -> dict[str, Any]:
    """The whole ingest without Prefect (same steps, same results as the flow)."""
    from pipeline.workers import close_shared_pool

    limits = limits or Limits()
    with ingest_lock(db):
        found = discover(paths)
        run = RunInfo(paths=[str(p) for p in paths])
        plan = plan_step(found, db, limits, force)
        begin_step(db, run, plan)
        progress = start_progress(plan, found.files) if show_progress else None
        outcomes = list(plan.decided)
        try:
            outcomes += overlapped(
                settings.batches(plan.todo, batch_size),
                lambda batch: extract_step(batch, limits, progress),
                lambda extracted: commit_step(db, run, extracted),
            )
        finally:
            close_shared_pool()
        if progress is not None:
            progress.close()
        return finish_step(db, run, outcomes, found.files)
