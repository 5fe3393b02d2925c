"""`lifelong watch`: a real served Prefect deployment ingesting a real inbox, then Ctrl-C.

The watch runs as a subprocess (a tiny script calling flows.watch.watch, guarded by
__main__ because Prefect starts each run with multiprocessing's spawn) against its own
private Prefect server, on a 5 s interval. Every process it started must be gone after
Ctrl-C; the test kills leftovers by pid in a finalizer so a failure leaves none behind.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows.watch import deployment_name, parse_every

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import sys
    from datetime import timedelta
    from pathlib import Path

    if __name__ == "__main__":
        sys.path.insert(0, {root!r})
        from pipeline.settings import prepare_prefect_env

        db = Path(sys.argv[2])
        prepare_prefect_env(db)
        from flows.watch import watch

        watch(Path(sys.argv[1]), db, timedelta(seconds=5){extra})
        print("watch stopped", flush=True)
""")


@pytest.mark.parametrize(("text", "expected"), [
    ("30s", timedelta(seconds=30)), ("10m", timedelta(minutes=10)), ("2h", timedelta(hours=2)),
    ("1d", timedelta(days=1)), (" 5S ", timedelta(seconds=5)),
])
def test_parse_every_forms(text: str, expected: timedelta) -> None:
    assert parse_every(text) == expected


@pytest.mark.parametrize("text", ["", "10", "m", "1.5h", "10 minutes", "-5s", "1w"])
def test_parse_every_refuses_with_the_forms(text: str) -> None:
    with pytest.raises(ValueError, match="30s, 10m, 2h, 1d"):
        parse_every(text)


def test_parse_every_minimum_is_five_seconds() -> None:
    with pytest.raises(ValueError, match="shortest interval is 5s"):
        parse_every("4s")


def test_deployment_name_is_per_inbox_and_db(tmp_path: Path) -> None:
    a = deployment_name(tmp_path / "in", tmp_path / "a.duckdb")
    assert a == deployment_name(tmp_path / "in", tmp_path / "a.duckdb")
    assert a != deployment_name(tmp_path / "in", tmp_path / "b.duckdb")
    assert a.startswith("in-") and "/" not in a


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (read from /proc), including other sessions."""
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    if int(child) not in found:
                        found.add(int(child))
                        todo.append(int(child))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def wait_for(what: str, check: Callable[[], object], timeout: float, proc: subprocess.Popen[bytes]) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"watch exited early ({proc.returncode}) waiting for {what}"
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def query(db: Path, sql: str) -> list[tuple[object, ...]] | None:
    """Read the database between the runs' writes (None while a run holds it)."""
    import duckdb

    if not db.exists():
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute(sql).fetchall()
    except duckdb.Error:
        return None
    finally:
        con.close()


def documents(db: Path) -> int:
    rows = query(db, "SELECT count(*) FROM documents")
    return int(rows[0][0]) if rows else -1  # type: ignore[call-overload]


def api_post(url: str, body: dict[str, object]) -> list[dict[str, object]]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with opener.open(request, timeout=10) as response:
        return list(json.loads(response.read()))


@pytest.fixture
def watch_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_PROFILE")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONUNBUFFERED="1")
    yield env


def start_watch(
    tmp_path: Path, files: list[Path], env: dict[str, str], extra: str = "",
) -> tuple[subprocess.Popen[bytes], Path, Path]:
    """The watch driver script started on an inbox holding `files`: (process, inbox, db).

    Its output goes to tmp_path/stdout.txt and tmp_path/stderr.txt."""
    inbox, db = tmp_path / "inbox", tmp_path / "db" / "lifelong.duckdb"
    inbox.mkdir()
    for path in files:
        shutil.copy(path, inbox / path.name)
    script = tmp_path / "watch_script.py"
    script.write_text(SCRIPT.format(root=str(ROOT), extra=extra))
    with (tmp_path / "stdout.txt").open("wb") as so, (tmp_path / "stderr.txt").open("wb") as se:
        proc = subprocess.Popen([sys.executable, str(script), str(inbox), str(db)], stdout=so, stderr=se,
                                env=env, cwd=tmp_path)
    return proc, inbox, db


def test_watch_ingests_new_files_only_and_stops_cleanly_on_ctrl_c(
    tmp_path: Path, raw_txt: list[Path], watch_env: dict[str, str],
) -> None:
    proc, inbox, db = start_watch(tmp_path, raw_txt[:2], watch_env)
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    started: set[int] = set()
    try:
        wait_for("2 documents", lambda: documents(db) == 2, 240, proc)
        started |= descendants(proc.pid)
        shutil.copy(raw_txt[2], inbox / raw_txt[2].name)
        wait_for("3 documents", lambda: documents(db) == 3, 120, proc)
        # the run that loaded the third file found the first two unchanged
        rows = wait_for("a run with the first two unchanged", lambda: query(
            db, "SELECT path FROM files WHERE state = 'unchanged' ORDER BY path"), 30, proc)
        assert {Path(str(r[0])).name for r in rows} == {p.name for p in raw_txt[:2]}  # type: ignore[attr-defined]
        # later runs find nothing new and stop after planning
        wait_for("a run that finds nothing new", lambda: "nothing new" in err.read_text(), 60, proc)
        started |= descendants(proc.pid)
        assert sorted(p.name for p in inbox.iterdir()) == sorted(p.name for p in raw_txt[:3])  # nothing moved
        runs = query(db, "SELECT count(*) FROM runs")
        assert runs is not None and int(runs[0][0]) == 2  # type: ignore[call-overload]  # quiet runs record none
        check_artifacts(err.read_text())

        asked = time.monotonic()
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
        took = time.monotonic() - asked
        assert code in (0, 130), err.read_text()[-3000:]
        assert "Traceback" not in err.read_text(), err.read_text()[-3000:]
        assert "watch stopped" in out.read_text()
        time.sleep(1)
        left = [pid for pid in started if alive(pid)]
        assert not left, f"processes left after Ctrl-C: {left}"
        assert took < 20, f"Ctrl-C took {took:.1f} s"
    finally:
        for pid in [proc.pid, *started]:
            if alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=10)


def check_artifacts(stderr: str) -> None:
    """Each run's summary is a table artifact on the server that ran it."""
    match = re.search(r"View at (http://127\.0\.0\.1:\d+)/", stderr)
    assert match, "no flow-run link in the log"
    artifacts = api_post(f"{match.group(1)}/api/artifacts/filter",
                         {"artifacts": {"key": {"any_": ["ingest-summary"]}}})
    assert len(artifacts) >= 3  # two loading runs and at least one that found nothing new
    assert all(a["type"] == "table" for a in artifacts)


def test_sigterm_during_a_run_stops_it_and_leaves_no_process(
    tmp_path: Path, raw_txt: list[Path], watch_env: dict[str, str],
) -> None:
    """SIGTERM (a service manager's stop) mid-run: the run is cancelled, the watch exits 0."""
    proc, inbox, _ = start_watch(tmp_path, raw_txt[:3], watch_env)
    err = tmp_path / "stderr.txt"
    started: set[int] = set()
    try:
        wait_for("a flow run to begin", lambda: "Beginning flow run" in err.read_text(), 240, proc)
        started |= descendants(proc.pid)
        asked = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        took = time.monotonic() - asked
        assert code == 0, err.read_text()[-3000:]
        # The cancelled run may log DuckDB's "Query interrupted" (the stop reached it mid-query);
        # any other traceback means the watch itself failed.
        unexpected = [t for t in err.read_text().split("Traceback")[1:] if "Query interrupted" not in t[:4000]]
        assert not unexpected, err.read_text()[-3000:]
        time.sleep(1)
        assert not [pid for pid in started if alive(pid)]
        assert took < 20, f"SIGTERM took {took:.1f} s"
        assert sorted(p.name for p in inbox.iterdir()) == sorted(p.name for p in raw_txt[:3])
    finally:
        for pid in [proc.pid, *started]:
            if alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.mark.slow
def test_watch_on_dask_commits_shards(tmp_path: Path, raw_txt: list[Path], watch_env: dict[str, str]) -> None:
    """`lifelong watch --dask local:1`: the run's new files are extracted on Dask as shards."""
    proc, _, db = start_watch(tmp_path, raw_txt[:2], watch_env, extra=', dask="local:1"')
    err = tmp_path / "stderr.txt"
    try:
        wait_for("2 documents", lambda: documents(db) == 2, 240, proc)
        shards = wait_for("committed shards", lambda: query(db, "SELECT count(*) FROM shards"), 30, proc)
        assert int(shards[0][0]) >= 1  # type: ignore[index]
        assert "extract-shard" in err.read_text()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) in (0, 130), err.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
