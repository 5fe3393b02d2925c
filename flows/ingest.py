"""The ingest flow: discover files, plan, extract and commit batch by batch, summarise.

Each extract task takes a batch of documents (a Prefect task run costs tens of
milliseconds, a document a few) and runs it in worker processes (pipeline/workers.py),
then commits it, so a killed run keeps every finished batch. Batches run one after the
other: the parallelism is the worker processes inside a batch, and one writer keeps the
database simple. The steps themselves live in `pipeline.load_run` so they can be tested
without Prefect; the run summary is also published as a Prefect table artifact.

Without a configured server Prefect starts a temporary local one (10-20 s on the first
flow). `pipeline.settings.prepare_prefect_env` must run before this module is imported
when the default Prefect home may not be writable; `run_ingest` turns the flow-run
heartbeat off, which would otherwise add about a second of waiting to a short run.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from pipeline import settings
from pipeline.discover import Discovered
from pipeline.load import RunInfo
from pipeline.load_lock import ingest_lock
from pipeline.load_plan import FileOutcome, Plan
from pipeline.load_run import batch_step, begin_step, discover, finish_step, plan_step, start_progress
from pipeline.progress import Progress
from pipeline.settings import Limits

T = TypeVar("T")


def _quoted(value: T) -> T:
    """Wrap a large argument so Prefect does not walk it looking for futures."""
    return cast(T, quote(value))


@task(name="discover", cache_policy=NO_CACHE, persist_result=False)
def discover_task(paths: list[str]) -> Discovered:
    return discover(paths)


@task(name="plan", cache_policy=NO_CACHE, persist_result=False)
def plan_task(found: Discovered, db: str, limits: Limits, force: bool = False) -> Plan:
    return plan_step(found, Path(db), limits, force)


@task(name="begin", cache_policy=NO_CACHE, persist_result=False)
def begin_task(db: str, run: RunInfo, plan: Plan) -> None:
    begin_step(Path(db), run, plan)


@task(name="extract-batch", cache_policy=NO_CACHE, persist_result=False)
def extract_task(
    db: str, run: RunInfo, batch: list[tuple[str, str]], limits: Limits, progress: Progress | None,
) -> list[FileOutcome]:
    return batch_step(Path(db), run, batch, limits, progress)


@task(name="finish", cache_policy=NO_CACHE, persist_result=False)
def finish_task(db: str, run: RunInfo, outcomes: list[FileOutcome], files: list[str]) -> dict[str, Any]:
    summary = finish_step(Path(db), run, outcomes, files)
    get_run_logger().info("run %s: %s", run.run_id, summary["counts"])
    publish_summary(summary)
    return summary


def summary_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per state (and state:reason) with its count, for the artifact table."""
    rows = []
    for key, count in summary["counts"].items():
        state, _, reason = key.partition(":")
        rows.append({"state": state, "reason": reason or "", "files": count})
    return rows


def publish_summary(summary: dict[str, Any]) -> None:
    """The run summary as a Prefect table artifact (visible in the UI beside the flow run)."""
    from prefect.artifacts import create_table_artifact

    create_table_artifact(
        key="ingest-summary", table=summary_rows(summary),
        description=f"lifelong ingest run {summary['run_id']}: {summary['files']} files -> {summary['db']}",
    )


@flow(name="lifelong-ingest", persist_result=False)
def ingest_flow(
    paths: list[str], db: str, batch_size: int = settings.BATCH_SIZE, limits: Limits | None = None,
    show_progress: bool = False, force: bool = False,
) -> dict[str, Any]:
    """Ingest files and folders into the DuckDB file `db`; returns the run summary."""
    from pipeline.workers import close_shared_pool

    limits = limits or Limits()
    run = RunInfo(paths=list(paths))
    found = discover_task(paths)
    plan = plan_task(_quoted(found), db, limits, force)
    begin_task(db, run, _quoted(plan))
    progress = start_progress(plan, found.files) if show_progress else None
    outcomes = list(plan.decided)
    try:
        for batch in settings.batches(plan.todo, batch_size):
            outcomes += extract_task(db, run, _quoted(batch), limits, _quoted(progress))
    finally:
        close_shared_pool()
        if progress is not None:
            progress.close()
    return finish_task(db, run, _quoted(outcomes), _quoted(found.files))


def run_ingest(
    paths: Sequence[str], db: Path, batch_size: int = settings.BATCH_SIZE,
    limits: Limits | None = None, show_progress: bool = False, force: bool = False,
) -> dict[str, Any]:
    """Run the flow under the database's ingest lock, with the heartbeat off."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with ingest_lock(db), temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return ingest_flow([str(p) for p in paths], str(db), batch_size, limits, show_progress, force)
