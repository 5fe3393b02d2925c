"""The multi-machine setup of docs/scaling.md, rehearsed on one machine with real processes.

A `prefect server start`, a `dask scheduler` and two `dask worker` processes run on free
loopback ports, each started the way docs/scaling.md starts it on its own node; the real
ingest flow (`run_ingest(..., dask=ADDRESS)`) runs against them in a subprocess, so this
process's Prefect settings stay untouched. The tables must equal those of a plain local
ingest of the same folder, and the server must hold every batch task run as COMPLETED.
The Dask workers are left daemonic (their default): extraction runs in-process on them.

Every process is started in its own session and stopped by its pid in a finalizer
(terminate, wait, kill), whatever the test did; every wait has a deadline.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
TXT, DOCX = 12, 2
DOCUMENTS = TXT + DOCX
BATCH_SIZE = 3
BATCHES = -(-DOCUMENTS // BATCH_SIZE)  # at least 5 batch tasks for 2 workers (pipeline.settings.batches)
IGNORED = {"run_id", "loaded_at", "source_path"}  # differ between two runs by design
BATCH_TASK = "extract-shard"  # flows/ingest.py: the task a Dask worker runs per batch


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Processes:
    """The processes this test started, stopped by pid (and their session) at the end."""

    logs: Path
    started: list[tuple[subprocess.Popen[bytes], IO[bytes]]] = field(default_factory=list)

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.started.append((proc, log))
        return proc

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop_all(self) -> None:
        """Newest first: workers before the scheduler, the server last."""
        for proc, log in reversed(self.started):
            stop(proc)
            log.close()


def _signal_session(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    """Signal the session the test started (its leader's pid): a nanny's worker goes too."""
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        _signal_session(proc, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    _signal_session(proc, signal.SIGKILL)  # children left behind by a leader that exited
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process in uninterruptible sleep
        pass


def wait_for(what: str, ready: Callable[[], bool], procs: Processes, name: str,
              proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{name} exited ({proc.returncode}) before {what}:\n{procs.log(name)}")
        if ready():
            return
        time.sleep(0.5)
    pytest.fail(f"{name}: no {what} after {timeout:.0f} s:\n{procs.log(name)}")


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return json.loads(response.read()) is True
    except (OSError, ValueError):
        return False


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def registered(procs: Processes, name: str) -> bool:
    return "Registered to:" in procs.log(name)


def make_documents(folder: Path) -> Path:
    """14 unique documents: copies of the dev .txt and .docx files, each with a line of its own."""
    from docx import Document

    raw = ROOT / "data" / "raw"
    txt, docx = sorted(raw.glob("*.txt")), sorted(raw.glob("*.docx"))
    if not txt or not docx:
        pytest.skip("no .txt/.docx documents in data/raw")
    folder.mkdir(parents=True)
    for i in range(TXT):
        source = txt[i % len(txt)]
        text = source.read_text(encoding="utf-8")
        (folder / f"{i:02d}_{source.name}").write_text(
            f"{text.rstrip()}\n\n档案整理编号：REH-{i:04d}\n", encoding="utf-8")
    for i in range(DOCX):  # a parser other than plain text, in-process on a daemonic Dask worker
        source = docx[i % len(docx)]
        document = Document(str(source))
        document.add_paragraph(f"档案整理编号：REH-D{i:03d}")
        document.save(str(folder / f"d{i:02d}_{source.name}"))
    return folder


def script(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code), *args]


def python(code: str, env: dict[str, str], timeout: float, *args: str) -> Any:
    """Run a short script in a fresh interpreter; its last stdout line is JSON."""
    done = subprocess.run(script(code, *args), cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def result(procs: Processes, name: str, proc: subprocess.Popen[bytes], timeout: float) -> Any:
    """Wait for a started script (killed by the finalizer on timeout); its RESULT line as JSON."""
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: not done after {timeout:.0f} s:\n{procs.log(name)}")
    text = (procs.logs / f"{name}.log").read_text(errors="replace")
    assert proc.returncode == 0, f"{name} exited {proc.returncode}:\n{text[-4000:]}"
    lines = [line for line in text.splitlines() if line.startswith("RESULT ")]
    assert lines, text[-4000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


LOCAL_INGEST = """
    import json, sys
    from pathlib import Path
    from pipeline.store.run import ingest_local
    summary = ingest_local([sys.argv[1]], Path(sys.argv[2]), batch_size=int(sys.argv[3]))
    print("RESULT " + json.dumps(summary["counts"]), flush=True)
"""

DASK_INGEST = """
    import json, sys
    from pathlib import Path
    from flows.ingest import run_ingest
    summary = run_ingest([sys.argv[1]], Path(sys.argv[2]), batch_size=int(sys.argv[3]), dask=sys.argv[4])
    print("RESULT " + json.dumps(summary["counts"]), flush=True)
"""

SERVER_RUNS = """
    import json, sys
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterId
    with get_client(sync_client=True) as client:
        flow_runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=[sys.argv[1]])))
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[r.id for r in flow_runs])))
        print(json.dumps({
            "api": str(client.api_url),
            "flow_runs": [r.state_type.value for r in flow_runs],
            "task_runs": [[t.name.rsplit("-", 1)[0], t.state_type.value] for t in task_runs],
        }))
"""


@dataclass
class Cluster:
    api: str
    scheduler: str
    env: dict[str, str]
    procs: Processes


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DASK_"))}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return env


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    """Server, scheduler and two workers, as on separate nodes (each started with the server's URL)."""
    pytest.importorskip("prefect_dask")
    pytest.importorskip("distributed")
    logs = tmp_path / "logs"
    logs.mkdir()
    procs = Processes(logs)
    try:
        env = base_env(tmp_path / "prefect-home")
        port = free_port()
        api = f"http://127.0.0.1:{port}/api"
        server = procs.start("server", [sys.executable, "-m", "prefect", "server", "start",
                                        "--host", "127.0.0.1", "--port", str(port)], env)
        env = {**env, "PREFECT_API_URL": api}
        sched_port = free_port()
        while sched_port == port:  # the server may not have bound its port yet
            sched_port = free_port()
        address = f"tcp://127.0.0.1:{sched_port}"
        scheduler = procs.start("scheduler", [sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1",
                                              "--port", str(sched_port), "--dashboard-address", ":0"], env)
        wait_for("listening scheduler", lambda: listening(sched_port), procs, "scheduler", scheduler, 60)
        workers = {name: procs.start(name, [sys.executable, "-m", "dask", "worker", address, "--nthreads", "1",
                                            "--no-dashboard", "--local-directory", str(tmp_path / name)], env)
                   for name in ("worker-1", "worker-2")}
        for name, worker in workers.items():
            wait_for("registration", partial(registered, procs, name), procs, name, worker, 60)
        wait_for("healthy API", lambda: healthy(api), procs, "server", server, 90)
        yield Cluster(api, address, env, procs)
    finally:
        procs.stop_all()


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Each document table's rows (sorted), without the columns that differ between runs."""
    import duckdb

    from models.tables import DOCUMENT_TABLES

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in DOCUMENT_TABLES:
            cols = ", ".join(f'"{c}"' for c in table.names if c not in IGNORED)
            out[table.name] = sorted(con.execute(f'SELECT {cols} FROM "{table.name}"').fetchall(), key=repr)
        out["files"] = sorted(con.execute("SELECT path, doc_id, state, reason FROM files").fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_rehearsal_on_one_machine(cluster: Cluster, tmp_path: Path) -> None:
    from distributed import Client, get_task_stream

    inbox = make_documents(tmp_path / "shared" / "inbox")
    local_db = tmp_path / "local" / "lifelong.duckdb"
    dask_db = tmp_path / "shared" / "db" / "lifelong.duckdb"  # its shards/ beside it: shared storage
    procs, size = cluster.procs, str(BATCH_SIZE)
    no_server = {k: v for k, v in cluster.env.items() if k != "PREFECT_API_URL"}  # no Prefect at all
    local = procs.start("local-ingest", script(LOCAL_INGEST, str(inbox), str(local_db), size), no_server)
    started = time.monotonic()
    with Client(cluster.scheduler, timeout="20s") as client, get_task_stream(client) as stream:
        workers = set(client.scheduler_info()["workers"])
        flow = procs.start("dask-ingest", script(DASK_INGEST, str(inbox), str(dask_db), size, cluster.scheduler),
                           cluster.env)
        assert result(procs, "dask-ingest", flow, 180) == {"loaded": DOCUMENTS}
    ran = [t["worker"] for t in stream.data]  # collected when the block closed
    flow_seconds = time.monotonic() - started
    assert result(procs, "local-ingest", local, 120) == {"loaded": DOCUMENTS}

    assert len(workers) == 2 and set(ran) == workers, ran  # both workers extracted batches
    assert "temporary server" not in procs.log("dask-ingest") + procs.log("worker-1") + procs.log("worker-2")
    assert not list((dask_db.parent / "shards").glob("*.parquet"))  # every shard committed, then deleted
    local_rows, dask_rows = rows(local_db), rows(dask_db)
    assert len(local_rows["documents"]) == DOCUMENTS and local_rows["evidence"]
    for table, expected in local_rows.items():
        assert dask_rows[table] == expected, table

    runs = python(SERVER_RUNS, cluster.env, 60, "lifelong-ingest")
    assert runs["api"].rstrip("/") == cluster.api
    assert runs["flow_runs"] == ["COMPLETED"]
    batches = [state for name, state in runs["task_runs"] if name == BATCH_TASK]
    assert batches == ["COMPLETED"] * len(ran), runs["task_runs"]  # one task run per Dask task
    assert len(batches) >= BATCHES, runs["task_runs"]
    assert all(state == "COMPLETED" for _, state in runs["task_runs"]), runs["task_runs"]
    print(f"rehearsal: dask ingest of {DOCUMENTS} documents took {flow_seconds:.1f} s")
