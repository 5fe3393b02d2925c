"""`lifelong server`: a real `prefect server start` in the background, used by a real ingest.

Every server is started under a temporary PREFECT_HOME on a free loopback port and is
stopped by its pid in a finalizer, even when a test fails.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import server
from flows.server import HINT, ServerError, ServerInfo

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pid_gone(pid: int) -> bool:
    return not server._alive(pid)


def kill_by_pid(pid: int) -> None:
    """Finalizer: whatever the test did, the process it started is gone afterwards."""
    if not pid_gone(pid):
        server._terminate(pid)


def api_post(url: str, path: str, body: dict[str, object]) -> list[dict[str, object]]:
    request = urllib.request.Request(f"{url}{path}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return list(json.loads(response.read()))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A Prefect home of the module's own: the server and the ingest below both use it."""
    path = tmp_path_factory.mktemp("prefect-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PREFECT_HOME", str(path))
        mp.setenv("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        mp.delenv("PREFECT_API_URL", raising=False)
        mp.delenv("PREFECT_PROFILE", raising=False)
        yield path


@pytest.fixture(scope="module")
def db(home: Path) -> Path:
    return home.parent / "db" / "lifelong.duckdb"


@pytest.fixture(scope="module")
def running(home: Path, db: Path) -> Iterator[ServerInfo]:
    info = server.start_server(db, port=free_port())
    try:
        yield info
    finally:
        kill_by_pid(info.pid)
        (home / server.STATE_FILE).unlink(missing_ok=True)


def test_start_records_where_it_listens(running: ServerInfo, home: Path, db: Path) -> None:
    assert running.url == f"http://127.0.0.1:{running.port}/api"
    state = json.loads((home / server.STATE_FILE).read_text())
    assert state == {"pid": running.pid, "port": running.port, "url": running.url,
                     "home": str(home), "started": running.started}
    assert server.server_status(db) == server.recorded_server(db) == running
    with urllib.request.urlopen(f"{running.url}/health", timeout=5) as response:
        assert json.loads(response.read()) is True
    assert (home / server.LOG_FILE).exists()


def test_second_start_is_refused_with_the_first_address(running: ServerInfo, db: Path) -> None:
    with pytest.raises(ServerError, match=f"{running.ui}.*pid {running.pid}"):
        server.start_server(db, port=free_port())
    assert server.server_status(db) == running  # the first is untouched


def test_api_url_prefers_configured_then_running_server(
    running: ServerInfo, db: Path, home: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, why = server.api_url_for(db)
    assert url == running.url and running.ui in why
    monkeypatch.setenv("PREFECT_API_URL", "http://elsewhere:4200/api")
    assert server.api_url_for(db) == ("http://elsewhere:4200/api", "PREFECT_API_URL is set")
    assert server.use_server_env(db) is None
    assert os.environ["PREFECT_API_URL"] == "http://elsewhere:4200/api"  # a configured URL wins
    monkeypatch.delenv("PREFECT_API_URL")
    profiles = home / "profiles.toml"
    profiles.write_text('active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://team:4200/api"\n')
    try:
        assert server.api_url_for(db)[0] == "http://team:4200/api"
    finally:
        profiles.unlink()


def test_ingest_runs_its_flow_on_the_server(running: ServerInfo, db: Path, raw_txt: list[Path]) -> None:
    """The CLI's sequence: prepare_prefect_env, use_server_env, then import and run the flow."""
    docs = db.parent / "docs"
    docs.mkdir(parents=True)
    for path in raw_txt[:2]:
        shutil.copy(path, docs / path.name)
    script = textwrap.dedent(f"""
        import json, os
        from pathlib import Path
        from pipeline.settings import prepare_prefect_env
        from flows.server import use_server_env
        db = Path({str(db)!r})
        prepare_prefect_env(db)
        hint = use_server_env(db)
        from flows.ingest import run_ingest
        summary = run_ingest([{str(docs)!r}], db)
        print(json.dumps({{"hint": hint, "api": os.environ.get("PREFECT_API_URL"), "counts": summary["counts"]}}))
    """)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"hint": None, "api": running.url, "counts": {"loaded": 2}}
    assert "temporary server" not in done.stderr
    flows = api_post(running.url, "/flows/filter", {"flows": {"name": {"any_": ["lifelong-ingest"]}}})
    assert len(flows) == 1
    runs = api_post(running.url, "/flow_runs/filter", {"flows": {"id": {"any_": [flows[0]["id"]]}}})
    assert [r["state_type"] for r in runs] == ["COMPLETED"]
    artifacts = api_post(running.url, "/artifacts/filter", {"artifacts": {"key": {"any_": ["ingest-summary"]}}})
    assert [a["flow_run_id"] for a in artifacts] == [runs[0]["id"]]


def test_without_a_server_the_hint_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "other-home"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    db = tmp_path / "x.duckdb"
    assert server.server_status(db) is None
    assert server.api_url_for(db) == (None, HINT)
    assert server.use_server_env(db) == HINT
    assert "PREFECT_API_URL" not in os.environ
    assert server.stop_server(db) is False


def test_a_port_in_use_is_refused_without_starting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerError, match=f"port {port}"):
            server.start_server(tmp_path / "x.duckdb", port=port)
    assert not (tmp_path / "home" / server.STATE_FILE).exists()


def test_a_start_that_does_not_answer_in_time_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("PREFECT_HOME", str(home))
    spawned: list[ServerInfo] = []
    real_spawn = server._spawn

    def spawn(home: Path, port: int) -> ServerInfo:
        spawned.append(real_spawn(home, port))
        return spawned[-1]

    monkeypatch.setattr(server, "_spawn", spawn)
    try:
        with pytest.raises(ServerError, match="did not answer within 0.1 s"):
            server.start_server(tmp_path / "x.duckdb", port=free_port(), timeout=0.1)
        assert len(spawned) == 1 and pid_gone(spawned[0].pid)
        assert not (home / server.STATE_FILE).exists()
    finally:
        for info in spawned:
            kill_by_pid(info.pid)


def test_stop_then_stale_state_then_start_again(running: ServerInfo, home: Path, db: Path) -> None:
    """Stop kills the process and removes the state; a state file left by a killed server
    (dead pid) does not block the next start. Last in the module: it stops `running`."""
    state = home / server.STATE_FILE
    assert server.stop_server(db) is True
    assert pid_gone(running.pid)
    assert not state.exists()
    assert server.server_status(db) is None
    assert server.stop_server(db) is False
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = {"pid": dead.pid, "port": 1, "url": "http://127.0.0.1:1/api", "home": str(home),
             "started": "2026-01-01T00:00:00+00:00"}
    state.write_text(json.dumps(stale))
    assert server.server_status(db) is None
    assert not state.exists()
    state.write_text(json.dumps(stale))
    info = server.start_server(db, port=free_port())
    try:
        assert server.server_status(db) == info
        assert server.stop_server(db) is True
        assert pid_gone(info.pid)
    finally:
        kill_by_pid(info.pid)
