"""The Dask side of `lifelong ingest --dask`: the task runner, and the environment its workers need.

Imported only when `--dask` is given, so a plain ingest never imports Dask.
`--dask local[:N]` starts a LocalCluster of N single-threaded worker processes on this
machine (default: both cores of a 2-core machine, at most 4); any other value is the
address of a running scheduler (`tcp://host:8786`).

Every Dask worker runs its tasks through Prefect's task engine, which needs an API: without
PREFECT_API_URL each worker would start its own temporary server (10-20 s each). So the
flow's server URL is resolved first (a configured one, else this process's temporary
server, started now) and exported before the LocalCluster spawns its workers, which
inherit it. Workers of a remote cluster must be started with PREFECT_API_URL set.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def parse_target(spec: str) -> tuple[str | None, int]:
    """(scheduler address, None) or (None, local worker count) from the --dask value."""
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2]
        if count and (not count.isdigit() or int(count) < 1):
            raise ValueError(f"--dask {spec}: expected local or local:N with N >= 1 worker processes")
        workers = int(count) if count else max(1, min(4, os.cpu_count() or 1))
        return None, workers
    if not spec:
        raise ValueError("--dask needs a scheduler address or local[:N]")
    return spec, 0


def build_runner(spec: str) -> Any:
    """A DaskTaskRunner for the --dask value (the cluster starts on the first submitted task)."""
    from prefect_dask import DaskTaskRunner

    address, workers = parse_target(spec)
    if address is not None:
        return DaskTaskRunner(address=address)
    allow_worker_children()
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                        "dashboard_address": ":0"},
    )


def allow_worker_children() -> None:
    """Non-daemonic local Dask workers, so each can run the project's isolated worker pool
    (per-document timeout and memory cap, pipeline/workers.py); daemonic processes may not
    have children. The Nanny reads this setting in this process when it starts a worker.
    Remote workers get the same with DASK_DISTRIBUTED__WORKER__DAEMON=False (docs/scaling.md).
    """
    import dask

    dask.config.set({"distributed.worker.daemon": False})


def api_url() -> str:
    """The Prefect API this process uses; starts the temporary server when none is configured."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if url:
        return str(url)
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:  # starts the temporary server (kept for the process)
        return str(client.api_url).rstrip("/")


@contextmanager
def worker_environment() -> Iterator[str]:
    """PREFECT_API_URL set (settings and os.environ) to one server for the flow and its workers."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    url = api_url()
    saved = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    try:
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield url
    finally:
        if saved is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = saved


def cluster_threads() -> int:
    """Worker threads of the current flow's Dask cluster (bounds the batches in flight)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    runner = getattr(ctx, "task_runner", None) if ctx is not None else None
    client = getattr(runner, "client", None)
    if client is None:
        return 1
    return max(1, sum(client.nthreads().values()))
