"""The ingest flow: discover files, extract them in batches, load the run into DuckDB.

Each task takes a batch of documents (a Prefect task run costs tens of milliseconds,
a document a few), and loading is one task writing one transaction. The steps
themselves live in `pipeline.load_run` so they can be tested without Prefect.

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
from pipeline.load import RunInfo
from pipeline.load_plan import Extracted, Plan, extract_batch
from pipeline.load_run import discover, load_step, plan_step

T = TypeVar("T")


def _quoted(value: T) -> T:
    """Wrap a large argument so Prefect does not walk it looking for futures."""
    return cast(T, quote(value))


@task(name="discover", cache_policy=NO_CACHE, persist_result=False)
def discover_task(paths: list[str]) -> list[str]:
    return discover(paths)


@task(name="plan", cache_policy=NO_CACHE, persist_result=False)
def plan_task(files: list[str], db: str) -> Plan:
    return plan_step(files, Path(db))


@task(name="extract-batch", cache_policy=NO_CACHE, persist_result=False)
def extract_task(batch: list[tuple[str, str]]) -> list[Extracted]:
    return extract_batch(batch)


@task(name="load", cache_policy=NO_CACHE, persist_result=False)
def load_task(db: str, run: RunInfo, plan: Plan, extracted: list[Extracted], files: list[str]) -> dict[str, Any]:
    summary = load_step(Path(db), run, plan, extracted, files)
    get_run_logger().info("run %s: %s", run.run_id, summary["counts"])
    return summary


@flow(name="lifelong-ingest", persist_result=False)
def ingest_flow(paths: list[str], db: str, batch_size: int = settings.BATCH_SIZE) -> dict[str, Any]:
    """Ingest files and folders into the DuckDB file `db`; returns the run summary."""
    run = RunInfo(paths=list(paths))
    files = discover_task(paths)
    plan = plan_task(_quoted(files), db)
    futures = extract_task.map(settings.batches(plan.todo, batch_size))
    extracted = [item for future in futures for item in future.result()]
    return load_task(db, run, _quoted(plan), _quoted(extracted), _quoted(files))


def run_ingest(paths: Sequence[str], db: Path, batch_size: int = settings.BATCH_SIZE) -> dict[str, Any]:
    """Run the flow with the heartbeat off (a sync flow would wait for it at the end)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return ingest_flow([str(p) for p in paths], str(db), batch_size)
