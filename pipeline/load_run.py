"""The steps of an ingest run as plain functions: plan, extract batches, load, summarise.

The Prefect flow (flows/ingest.py) runs each step as a task; `ingest_local` runs them in
a row, for tests and tools that must not start a Prefect server.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline import settings
from pipeline.export import export_tables
from pipeline.load import RunInfo, connect, gather, known_versions, load_run, run_counts
from pipeline.load_plan import Extracted, Plan, extract_batch, plan_files
from pipeline.load_summary import coverage


def discover(paths: Sequence[str]) -> list[str]:
    """Every file under the given paths, in a stable order."""
    from pipeline.discover import walk

    return [str(p) for p in walk(paths)]


def plan_step(files: Sequence[str], db: Path) -> Plan:
    """Classify the files against what the database already holds."""
    from pipeline.record import EXTRACTOR_VERSION

    con = connect(db)
    try:
        return plan_files([Path(f) for f in files], lambda ids: known_versions(con, ids), EXTRACTOR_VERSION)
    finally:
        con.close()


def load_step(
    db: Path, run: RunInfo, plan: Plan, extracted: Iterable[Extracted], files: Sequence[str]
) -> dict[str, Any]:
    """Load the run in one transaction, refresh the Parquet files, return the summary."""
    from pipeline.record import EXTRACTOR_VERSION

    outcomes, records = gather(plan, extracted, files)
    con = connect(db)
    try:
        load_run(con, run, outcomes, records, EXTRACTOR_VERSION)
        export_tables(con, settings.parquet_dir(db), "parquet")
        covered = [o.doc_id for o in outcomes if o.state in ("loaded", "unchanged") and o.doc_id]
        cov = coverage(con, covered)
    finally:
        con.close()
    return {
        "run_id": run.run_id, "db": str(db), "parquet": str(settings.parquet_dir(db)),
        "files": len(outcomes), "counts": run_counts(outcomes),
        "documents": len(set(covered)), "coverage": cov,
    }


def ingest_local(paths: Sequence[str], db: Path, batch_size: int = settings.BATCH_SIZE) -> dict[str, Any]:
    """The whole ingest without Prefect (same steps, same results as the flow)."""
    files = discover(paths)
    run = RunInfo(paths=[str(p) for p in paths])
    plan = plan_step(files, db)
    extracted = [item for batch in settings.batches(plan.todo, batch_size) for item in extract_batch(batch)]
    return load_step(db, run, plan, extracted, files)
