"""The ingest flow: discover files, plan, extract and commit batch by batch, summarise.

Each extract task takes a batch of documents (a Prefect task run costs tens of
milliseconds, a document a few) and runs it in worker processes (pipeline/workers.py),
then commits it, so a killed run keeps every finished batch. Batches run one after the
other: the parallelism is the worker processes inside a batch, and one writer keeps the
database simple. The steps themselves live in `pipeline.store.run` so they can be tested
without Prefect; the run summary is also published as a Prefect table artifact.

With `dask` (`--dask ADDRESS|local[:N]`) the batches run as Prefect tasks on a Dask
cluster instead: each extracts in-process on its worker and writes a Parquet shard, and
this process, still the only DuckDB writer, commits each shard as its task completes,
with at most two batches per worker thread in flight (pipeline/store/shards.py). A batch whose
task fails (a parser killed the Dask worker) is extracted here with the isolated pool.

Without a configured server Prefect starts a temporary local one (10-20 s on the first
flow). `pipeline.settings.prepare_prefect_env` must run before this module is imported
when the default Prefect home may not be writable; `run_ingest` turns the flow-run
heartbeat off, which would otherwise add about a second of waiting to a short run.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from pipeline import settings
from pipeline.discover import Discovered
from pipeline.progress import Progress
from pipeline.settings import Limits
from pipeline.store import (
    Extracted,
    FileOutcome,
    Plan,
    RunInfo,
    batch_step,
    begin_step,
    commit_step,
    discover,
    extract_step,
    finish_step,
    ingest_lock,
    overlapped,
    plan_step,
    start_progress,
)

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
def extract_task(batch: list[tuple[str, str]], limits: Limits, progress: Progress | None) -> list[Extracted]:
    return extract_step(batch, limits, progress)


@task(name="commit-batch", cache_policy=NO_CACHE, persist_result=False)
def commit_task(db: str, run: RunInfo, extracted: list[Extracted]) -> list[FileOutcome]:
    return commit_step(Path(db), run, extracted)


def local_batches(
    db: str, run: RunInfo, todo: list[tuple[str, str]], batch_size: int, limits: Limits,
    progress: Progress | None,
) -> list[FileOutcome]:
    """Each batch: an extract task on the worker processes, then a commit task on the
    flow's thread pool that runs while the next batch extracts (`overlapped`)."""

    def commit(extracted: list[Extracted]) -> list[FileOutcome]:
        return commit_task(db, run, _quoted(extracted))

    return overlapped(
        settings.batches(todo, batch_size),
        lambda batch: extract_task(_quoted(batch), limits, _quoted(progress)), commit,
    )


@task(name="extract-shard", cache_policy=NO_CACHE, persist_result=False)
def shard_task(batch: list[tuple[str, str]], directory: str, version: str, limits: Limits) -> Any:
    """On a Dask worker: extract the batch and write its shard; returns the small manifest."""
    from pipeline.store import extract_shard

    return extract_shard(batch, Path(directory), version, limits)


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
    show_progress: bool = False, force: bool = False, dask: str | None = None,
) -> dict[str, Any]:
    """Ingest files and folders into the DuckDB file `db`; returns the run summary.

    `dask` (set by `run_ingest` with a Dask task runner) sends the batches to the cluster.
    """
    from pipeline.workers import close_shared_pool

    limits = limits or Limits()
    run = RunInfo(paths=list(paths))
    found = discover_task(paths)
    plan = plan_task(_quoted(found), db, limits, force)
    begin_task(db, run, _quoted(plan))
    progress = start_progress(plan, found.files) if show_progress else None
    outcomes = list(plan.decided)
    try:
        if dask:
            outcomes += dask_batches(Path(db), run, plan.todo, batch_size, limits, progress)
        else:
            outcomes += local_batches(db, run, plan.todo, batch_size, limits, progress)
    finally:
        close_shared_pool()
        if progress is not None:
            progress.close()
    return finish_task(db, run, _quoted(outcomes), _quoted(found.files))


def dask_batches(
    db: Path, run: RunInfo, todo: list[tuple[str, str]], batch_size: int, limits: Limits,
    progress: Progress | None,
) -> list[FileOutcome]:
    """Submit the batches to Dask and commit each shard as its task completes.

    At most two batches per worker thread are in flight (shards waiting on disk stay few),
    and batches shrink so each thread gets at least four: 500 slow documents in batches of
    100 would leave one worker idle for the last batch.
    """
    from flows.dask_runner import cluster_threads
    from pipeline.store.shards import clear_stale, shard_dir
    from pipeline.version import EXTRACTOR_VERSION

    if not todo:
        return []  # nothing to extract: do not start a cluster
    directory = shard_dir(db)
    if cleared := clear_stale(directory):
        get_run_logger().info("deleted %d shard files of an interrupted run (re-extracted)", cleared)
    threads = cluster_threads()
    size = min(batch_size, max(10, -(-len(todo) // (4 * threads))))  # >= 4 batches a thread: balance
    pending, running = deque(settings.batches(todo, size)), dict[Any, list[tuple[str, str]]]()
    slots, seen, outcomes = 2 * threads, set[str](), list[FileOutcome]()
    while pending or running:
        while pending and len(running) < slots:
            batch = pending.popleft()
            running[shard_task.submit(batch, str(directory), EXTRACTOR_VERSION, limits)] = batch  # small: paths, ids
        future = next(as_completed(list(running)))
        done = _commit(db, run, future, running.pop(future), limits, seen)
        if progress is not None:
            for outcome in done:
                progress.update(outcome.state)
        outcomes += done
    return outcomes


def _commit(
    db: Path, run: RunInfo, future: Any, batch: list[tuple[str, str]], limits: Limits, seen: set[str],
) -> list[FileOutcome]:
    """Commit a finished task's shard; a failed task's batch is extracted here, isolated."""
    from pipeline.review.log import by_doc, read_log
    from pipeline.store import commit_shard, connect
    from pipeline.version import EXTRACTOR_VERSION

    try:
        manifest = future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: a parser took the Dask worker down
        get_run_logger().warning("batch task failed on Dask (%s); extracting it here", exc)
        return batch_step(db, run, batch, limits)
    con = connect(db)
    try:
        return commit_shard(con, run, manifest, EXTRACTOR_VERSION, seen, by_doc(read_log(db))) or []
    finally:
        con.close()


def run_ingest(
    paths: Sequence[str], db: Path, batch_size: int = settings.BATCH_SIZE,
    limits: Limits | None = None, show_progress: bool = False, force: bool = False,
    dask: str | None = None,
) -> dict[str, Any]:
    """Run the flow under the database's ingest lock, with the heartbeat off.

    `dask`: a scheduler address or `local[:N]`; the flow then runs with a DaskTaskRunner.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    args = ([str(p) for p in paths], str(db), batch_size, limits, show_progress, force)
    with ingest_lock(db), temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        if not dask:
            return ingest_flow(*args)
        from flows.dask_runner import build_runner, worker_environment

        # Dask workers run in their own working directories: give them absolute paths only.
        args = ([str(Path(p).resolve()) for p in paths], str(Path(db).resolve()), *args[2:])
        runner = build_runner(dask)
        with worker_environment():
            return ingest_flow.with_options(task_runner=runner)(*args, dask=dask)
