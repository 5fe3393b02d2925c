"""`lifelong ingest --dask`: real Prefect (the session harness), a real LocalCluster of two workers,
real DuckDB files. The Dask run must store what a local run stores, a shard committed twice must
change nothing, a run stopped half way must end with every document exactly once, and a plain
ingest must never import Dask."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from models.tables import DOCUMENT_TABLES
from pipeline.settings import Limits, batches
from pipeline.store.load import RunInfo, connect
from pipeline.store.run import begin_step, discover, ingest_local, plan_step

ROOT = Path(__file__).resolve().parents[1]
DOCS = 22
IGNORED = {"run_id", "loaded_at"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, raw_txt: list[Path]) -> Path:
    """DOCS unique documents: copies of the dev .txt files, each with its own last line."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    for n in range(DOCS):
        src = raw_txt[n % len(raw_txt)]
        (folder / f"doc{n:03d}.txt").write_bytes(src.read_bytes() + f"\n附注：副本编号 {n}\n".encode())
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    db = tmp_path_factory.mktemp("dask-ref") / "ref.duckdb"
    ingest_local([str(corpus)], db, batch_size=5, limits=Limits(workers=1))
    return db


def content(db: Path) -> dict[str, list[tuple]]:
    """Every document table's rows, sorted, without the columns that name the run."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for spec in DOCUMENT_TABLES:
            cols = ", ".join(f'"{n}"' for n in spec.names if n not in IGNORED)
            out[spec.name] = sorted(con.execute(f'SELECT {cols} FROM "{spec.name}"').fetchall(), key=repr)
    return out


def one(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def dask_ingest(corpus: Path, db: Path) -> dict:
    from flows.ingest import run_ingest

    return run_ingest([str(corpus)], db, batch_size=5, limits=Limits(workers=1), dask="local:2")


@pytest.mark.usefixtures("prefect_harness")
def test_dask_run_equals_local_run_and_reingest_changes_nothing(
    tmp_path: Path, corpus: Path, reference: Path,
) -> None:
    db = tmp_path / "dask.duckdb"
    first = dask_ingest(corpus, db)
    assert first["counts"] == {"loaded": DOCS}
    assert content(db) == content(reference)
    assert one(db, "SELECT count(*), sum(documents) FROM shards") == [(len(batches(list(range(DOCS)), 5)), DOCS)]
    assert list((db.parent / "shards").iterdir()) == []  # committed shards are deleted
    before = content(db)
    second = dask_ingest(corpus, db)
    assert second["counts"] == {"unchanged": DOCS}
    assert content(db) == before
    assert one(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(DOCS, DOCS)]


def _planned(corpus: Path, db: Path) -> tuple[RunInfo, list[list[tuple[str, str]]]]:
    found = discover([str(corpus)])
    run = RunInfo(paths=[str(corpus)])
    plan = plan_step(found, db, Limits(workers=1))
    begin_step(db, run, plan)
    return run, batches(plan.todo, 5)


def test_committing_a_shard_twice_changes_nothing(tmp_path: Path, corpus: Path) -> None:
    from pipeline.store.shards import commit_shard, extract_shard, shard_dir
    from pipeline.version import EXTRACTOR_VERSION

    db = tmp_path / "s.duckdb"
    run, todo = _planned(corpus, db)
    manifest = extract_shard(todo[0], shard_dir(db), EXTRACTOR_VERSION)
    again = extract_shard(list(reversed(todo[0])), shard_dir(db), EXTRACTOR_VERSION)
    assert again.shard_id == manifest.shard_id and Path(manifest.path).exists()
    con = connect(db)
    try:
        done = commit_shard(con, run, manifest, EXTRACTOR_VERSION, set())
        assert done is not None and {o.state for o in done} == {"loaded"}
        con.close()
        snapshot = content(db), one(db, "SELECT count(*) FROM files")
        con = connect(db)
        extract_shard(todo[0], shard_dir(db), EXTRACTOR_VERSION)  # the same shard written again
        assert commit_shard(con, run, manifest, EXTRACTOR_VERSION, set()) is None
    finally:
        con.close()
    assert (content(db), one(db, "SELECT count(*) FROM files")) == snapshot
    assert not Path(manifest.path).exists()


@pytest.mark.usefixtures("prefect_harness")
def test_run_stopped_half_way_then_rerun_loads_each_document_once(
    tmp_path: Path, corpus: Path, reference: Path,
) -> None:
    """Half the shards committed, the rest left on disk uncommitted (as a killed run leaves them)."""
    from pipeline.store.shards import commit_shard, extract_shard, shard_dir
    from pipeline.version import EXTRACTOR_VERSION

    db = tmp_path / "half.duckdb"
    run, todo = _planned(corpus, db)
    manifests = [extract_shard(batch, shard_dir(db), EXTRACTOR_VERSION) for batch in todo]
    half = len(manifests) // 2
    con = connect(db)
    try:
        for manifest in manifests[:half]:
            commit_shard(con, run, manifest, EXTRACTOR_VERSION, set())
    finally:
        con.close()
    committed = sum(len(m.doc_ids) for m in manifests[:half])
    second = dask_ingest(corpus, db)
    assert second["counts"] == {"unchanged": committed, "loaded": DOCS - committed}
    assert one(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(DOCS, DOCS)]
    assert content(db) == content(reference)
    assert list(shard_dir(db).iterdir()) == []


KILLED = """
import sys
from pathlib import Path
from flows.ingest import run_ingest
if __name__ == "__main__":
    run_ingest([sys.argv[1]], Path(sys.argv[2]), batch_size=2, dask="local:2")
"""


def committed_shards(db: Path) -> int:
    try:
        return int(one(db, "SELECT count(*) FROM shards")[0][0])
    except (duckdb.Error, OSError):
        return 0  # not created yet, or the writer holds it right now


@pytest.mark.usefixtures("prefect_harness")
def test_flow_killed_mid_run_then_rerun_loads_each_document_once(
    tmp_path: Path, corpus: Path, reference: Path,
) -> None:
    """kill -9 the flow process (its LocalCluster workers die with it) once a shard is committed."""
    import signal
    import time

    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "killed.duckdb"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(corpus), str(db)], cwd=ROOT, env=env,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while committed_shards(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    partial = int(one(db, "SELECT count(*) FROM documents")[0][0])
    assert 0 < partial < DOCS, "the kill should land midway"
    second = dask_ingest(corpus, db)
    assert second["counts"] == {"unchanged": partial, "loaded": DOCS - partial}
    assert one(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents") == [(DOCS, DOCS)]
    assert content(db) == content(reference)


NO_DASK = """
import json, sys
from pathlib import Path
from flows.ingest import run_ingest
summary = run_ingest([sys.argv[1]], Path(sys.argv[2]))
print(json.dumps({"dask": sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "prefect_dask")),
                  "counts": summary["counts"]}))
"""


@pytest.mark.usefixtures("prefect_harness")
def test_plain_ingest_never_imports_dask(tmp_path: Path, docs_dir: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}  # the harness's server
    done = subprocess.run([sys.executable, "-c", NO_DASK, str(docs_dir), str(tmp_path / "p.duckdb")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"dask": [], "counts": {"loaded": 3}}


def test_dask_target_parsing() -> None:
    from flows.dask_runner import parse_target

    assert parse_target("local:3") == (None, 3)
    assert parse_target("local")[0] is None and parse_target("local")[1] >= 1
    assert parse_target("tcp://10.0.0.5:8786") == ("tcp://10.0.0.5:8786", 0)
    with pytest.raises(ValueError):
        parse_target("local:0")


@pytest.mark.usefixtures("prefect_harness")
def test_batch_whose_dask_task_failed_is_extracted_in_the_flow_process(tmp_path: Path, corpus: Path) -> None:
    """A parser that kills its Dask worker ends as KilledWorker: the flow extracts that batch, isolated."""
    from prefect import flow

    from flows.ingest import _commit

    class Killed:
        def result(self) -> object:
            raise RuntimeError("KilledWorker: attempted to run task on 4 different workers")

    db = tmp_path / "fallback.duckdb"
    run, todo = _planned(corpus, db)

    @flow
    def commit_one() -> list:
        return _commit(db, run, Killed(), todo[0], Limits(workers=1), set())

    outcomes = commit_one()
    assert [o.state for o in outcomes] == ["loaded"] * len(todo[0])
    assert one(db, "SELECT count(*) FROM documents") == [(len(todo[0]),)]


def _pool_on_dask_worker(names: list[str]) -> list[tuple[str, str | None]]:
    """Runs on a Dask worker: the project's isolated pool with a 2 s per-document timeout."""
    from tests.test_batch_workers import run

    return run(names, timeout=2.0, workers=1)


def test_local_dask_workers_may_run_the_isolated_pool_so_limits_hold() -> None:
    """`--dask local` makes its workers non-daemonic: a hanging document fails `timeout` on a Dask
    worker instead of holding it (daemonic workers refuse to start children)."""
    from distributed import Client, LocalCluster

    from flows.dask_runner import allow_worker_children

    allow_worker_children()
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        got = client.submit(_pool_on_dask_worker, ["ok1", "hang1", "ok2"]).result(timeout=120)
    assert got == [("loaded", None), ("failed", "timeout"), ("loaded", None)]


def test_extract_shard_uses_the_isolated_pool_unless_daemonic(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing

    import pipeline.store.plan as plan
    import pipeline.workers as workers
    from pipeline.store.shards import extract_shard

    used: list[str] = []
    monkeypatch.setattr(workers, "extract_isolated", lambda items, limits, on_done=None: used.append("pool") or [])
    monkeypatch.setattr(plan, "extract_batch", lambda items: used.append("in-process") or [])
    items = [(str(p), p.stem) for p in sorted(corpus.iterdir())[:2]]
    extract_shard(items, tmp_path / "s", "v", Limits(workers=1))
    monkeypatch.setattr(multiprocessing.current_process(), "_config", {"daemon": True})
    extract_shard(items, tmp_path / "s", "v", Limits(workers=1))
    assert used == ["pool", "in-process"]
