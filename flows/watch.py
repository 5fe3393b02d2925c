"""`lifelong watch INBOX`: a Prefect deployment that ingests a folder on an interval.

Archive staff drop files into an inbox; a served deployment (Prefect's `Runner`, the
engine behind `flow.serve`, with an interval schedule) ingests whatever arrived. Each
run plans the inbox like `lifelong ingest` does: files whose bytes the database already
holds are `unchanged` and never extracted again, and nothing in the inbox is moved or
deleted. A run that finds nothing new stops after planning: it records no ingest run
and rewrites no Parquet files, it only publishes a one-table artifact saying so.

Runs are separate processes started by the runner. Two runs never write at once: each
takes the database's ingest lock, and a run that finds it taken (an earlier run still
going, or a `lifelong ingest` by hand) ends at once as a Completed run named `Skipped`.
The runner is used directly rather than through `flow.serve` so that `stop_after` can
stop it and so that Ctrl-C and SIGTERM both go through `Runner.astop` (flow.serve's own
SIGTERM handler exits from inside the event loop and prints a traceback).

Prefect does not schedule on its temporary server, so without a configured server the
watch starts a private `prefect server start` for its lifetime. And because Prefect
3.8.8's scheduler fails with SQLAlchemy 2.1 (its bulk insert of scheduled runs raises),
the watch also starts a run itself whenever none is running or due within the interval.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any, cast

from prefect import flow, get_run_logger
from prefect.states import Cancelled, Completed, State

import flows.ingest as ingest
from flows.ingest import (
    _quoted,
    begin_task,
    discover_task,
    finish_task,
    local_batches,
    plan_task,
    publish_summary,
)
from pipeline import settings
from pipeline.interrupt import sigterm_as_interrupt
from pipeline.settings import Limits

MIN_EVERY = timedelta(seconds=5)
_EVERY = re.compile(r"^\s*(\d+)\s*([smhd])\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
FORMS = "a whole number followed by s, m, h or d: 30s, 10m, 2h, 1d"
TERMINAL = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")


def parse_every(text: str) -> timedelta:
    """'30s', '10m', '2h', '1d' -> timedelta; at least 5 s so runs do not pile up."""
    match = _EVERY.match(text or "")
    if not match:
        raise ValueError(f"--every {text!r}: expected {FORMS}")
    every = timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    if every < MIN_EVERY:
        raise ValueError(f"--every {text!r}: the shortest interval is 5s")
    return every


def deployment_name(inbox: Path, db: Path) -> str:
    """Stable per (inbox, db), so two watches on one server do not share a deployment."""
    key = f"{Path(inbox).resolve()}\n{Path(db).resolve()}".encode()
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(inbox).resolve().name or "inbox")
    return f"{stem}-{hashlib.sha256(key).hexdigest()[:8]}"


def _known_files(db: Path) -> set[tuple[str, str | None]]:
    """(path, doc_id) pairs some earlier run recorded; empty when there is no database yet."""
    import duckdb

    if not Path(db).exists():
        return set()
    con = duckdb.connect(str(db), read_only=True)
    try:
        if not con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'files'").fetchall():
            return set()
        return {(str(p), d) for p, d in con.execute("SELECT DISTINCT path, doc_id FROM files").fetchall()}
    finally:
        con.close()


def nothing_new(plan: Any, db: Path) -> bool:
    """True when nothing needs extracting and every decided file was already recorded.

    A new file that is skipped or unreadable is still news (its run records why); an
    unchanged file seen under a new path is news once.
    """
    if plan.todo:
        return False
    known = _known_files(db)
    return all((o.path, o.doc_id) in known for o in plan.decided)


def _quiet_summary(inbox: str, db: str, plan: Any) -> dict[str, Any]:
    """The artifact of a run that found nothing new (no ingest run is recorded)."""
    counts: dict[str, int] = {}
    for outcome in plan.decided:
        key = outcome.state + (f":{outcome.reason}" if outcome.reason else "")
        counts[key] = counts.get(key, 0) + 1
    return {"run_id": "none (nothing new)", "db": db, "files": len(plan.decided), "counts": counts,
            "inbox": inbox}


def _ingest_new(inbox: str, db: str, limits: Limits, batch_size: int, dask: str | None = None) -> dict[str, Any]:
    """The ingest flow's steps, stopping after planning when nothing is new.

    With `dask`, what is new goes to the ingest flow as a subflow on a DaskTaskRunner (it
    plans again, which is cheap; its parameters stay small: the inbox, not the file list).
    """
    from pipeline.workers import close_shared_pool

    found = discover_task([inbox])
    plan = plan_task(_quoted(found), db, limits, False)
    if nothing_new(plan, Path(db)):
        summary = _quiet_summary(inbox, db, plan)
        get_run_logger().info("nothing new in %s: %s", inbox, summary["counts"])
        publish_summary(summary)
        return summary
    if dask:
        return _ingest_on_dask(inbox, db, limits, batch_size, dask)
    run = ingest.RunInfo(paths=[inbox])
    begin_task(db, run, _quoted(plan))
    outcomes = list(plan.decided)
    try:
        outcomes += local_batches(db, run, plan.todo, batch_size, limits, None)
    finally:
        close_shared_pool()
    return finish_task(db, run, _quoted(outcomes), _quoted(found.files))


def _ingest_on_dask(inbox: str, db: str, limits: Limits, batch_size: int, dask: str) -> dict[str, Any]:
    from flows.dask_runner import build_runner, worker_environment

    with worker_environment():
        subflow = ingest.ingest_flow.with_options(task_runner=build_runner(dask))
        return cast(dict[str, Any], subflow([inbox], db, batch_size, limits, dask=dask))


@flow(name="lifelong-watch", persist_result=False)
def watch_flow(
    inbox: str, db: str, limits: dict[str, Any] | None = None, batch_size: int = settings.BATCH_SIZE,
    dask: str | None = None,
) -> dict[str, Any] | State:
    """Ingest what arrived in `inbox`; a Completed `Skipped` run when another ingest holds the db."""
    from pipeline.store import IngestLocked

    try:
        with ingest.ingest_lock(Path(db)):
            return _ingest_new(inbox, db, Limits(**(limits or {})), batch_size, dask)
    except IngestLocked as exc:
        get_run_logger().info("skipped: %s", exc)
        return Completed(name="Skipped", message=f"skipped: {exc}")
    except RuntimeError as exc:  # the watch was stopped while DuckDB ran a query: a cancel, not a crash
        if "interrupted" not in str(exc).lower():
            raise
        return Cancelled(message="stopped during a write; finished batches are kept")


def watch(
    inbox: Path, db: Path, every: timedelta, limits: Limits | None = None, *, stop_after: int | None = None,
    dask: str | None = None,
) -> None:
    """Serve the watch deployment until Ctrl-C / SIGTERM (or `stop_after` finished runs).

    The first run starts at once, then one every `every`. Prefect schedules only on a real
    server, not on the temporary one, so without a configured PREFECT_API_URL a private
    `prefect server start` runs for as long as the watch does. The caller holds no
    ingest lock while serving: each run takes it in its own process. `dask` (an address or
    `local[:N]`) sends each run's new files to a Dask cluster, as `lifelong ingest --dask`.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if every < MIN_EVERY:
        raise ValueError("the shortest interval is 5s")
    params = {"inbox": str(Path(inbox).resolve()), "db": str(Path(db).resolve()),
              "limits": asdict(limits or Limits()), "dask": dask}
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(sigterm_as_interrupt())  # until the event loop routes it
            url = PREFECT_API_URL.value() or stack.enter_context(private_server())
            stack.enter_context(_environ("PREFECT_API_URL", url))  # the runs' processes inherit it
            stack.enter_context(temporary_settings(
                updates={PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))
            asyncio.run(_serve(deployment_name(inbox, db), params, every, stop_after))
    except KeyboardInterrupt:
        pass  # stopped before the runner was up; the private server is already stopped


@contextlib.contextmanager
def _environ(key: str, value: str) -> Iterator[None]:
    saved = os.environ.get(key)
    os.environ[key] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = saved


async def _serve(name: str, params: dict[str, Any], every: timedelta, stop_after: int | None) -> None:
    """Run the runner; Ctrl-C, SIGTERM or `stop_after` finished runs stop it gracefully.

    The runner's own SIGTERM handler exits from inside the event loop, so both signals
    are routed to `Runner.astop` instead: it cancels a run in progress (its finished
    batches stay; the next watch or ingest resumes), pauses the schedule, and returns.
    """
    import anyio
    from prefect.client.orchestration import get_client
    from prefect.runner import Runner

    runner = Runner(name=name, pause_on_shutdown=True, limit=2)
    deployment_id = await runner.aadd_flow(watch_flow, name=name, interval=every, parameters=params)
    stop = anyio.Event()
    async with get_client() as client:
        before = await _runs(client, deployment_id, TERMINAL)
        async with anyio.create_task_group() as group:
            group.start_soon(runner.start)
            while not runner.started:
                await anyio.sleep(0.05)
            _route_signals(stop)  # after runner.start installed its own SIGTERM handler
            async with anyio.create_task_group() as helpers:
                helpers.start_soon(_keep_scheduled, client, deployment_id, every)
                if stop_after is not None:
                    helpers.start_soon(_stop_when_done, client, deployment_id, before + stop_after, stop)
                await stop.wait()
                helpers.cancel_scope.cancel()
            await runner.astop()  # runner.start then returns


def _route_signals(stop: Any) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)


async def _keep_scheduled(client: Any, deployment_id: Any, every: timedelta) -> None:
    """Start a run at once, then whenever none is running or due within `every`.

    The server's scheduler normally keeps runs scheduled ahead, and then this finds one
    and does nothing. It is the safety net for a scheduler that creates none: with
    SQLAlchemy 2.1 Prefect 3.8.8's scheduler fails its bulk insert ("Can't evaluate bulk
    DML statement"), and the interval would otherwise never fire.
    """
    import anyio

    while True:
        if not await _runs(client, deployment_id, ("SCHEDULED", "PENDING", "RUNNING"), before=every):
            await client.create_flow_run_from_deployment(deployment_id)
        await anyio.sleep(every.total_seconds())


async def _stop_when_done(client: Any, deployment_id: Any, target: int, stop: Any) -> None:
    import anyio

    while await _runs(client, deployment_id, TERMINAL) < target:
        await anyio.sleep(1)
    stop.set()


async def _runs(client: Any, deployment_id: Any, types: tuple[str, ...], before: timedelta | None = None) -> int:
    """How many runs of the deployment are in these state types (expected before now+`before`)."""
    from datetime import datetime

    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterExpectedStartTime,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    due = None if before is None else FlowRunFilterExpectedStartTime(
        before_=cast(Any, datetime.now(UTC) + before))
    return int(await client.count_flow_runs(
        deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
        flow_run_filter=FlowRunFilter(
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType(t) for t in types])),
            expected_start_time=due),
    ))


@contextlib.contextmanager
def private_server(timeout: float = 90.0) -> Iterator[str]:
    """`prefect server start` on a free loopback port for this watch only; yields its API URL.

    Its own session, so Ctrl-C reaches only the watch, which still needs the server to
    pause the schedule; stopped by its process group (SIGTERM, then SIGKILL) on the way out.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        _wait_healthy(proc, url, timeout)
        yield url
    finally:
        _stop_group(proc)


def _wait_healthy(proc: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the Prefect server exited at start-up (code {proc.returncode})")
        try:
            with opener.open(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"the Prefect server did not answer within {timeout:g} s")


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue
