"""Stop an ingest at any moment, run it again: nothing lost, nothing loaded twice.

The ingest runs in its own process group (start_new_session) and is killed with SIGKILL
once some batches are committed; the resumed database must then hold exactly what an
uninterrupted run gives. A second ingest on a database in use is refused at once.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.settings import Limits
from pipeline.store.lock import ingest_lock
from pipeline.store.run import ingest_local

ROOT = Path(__file__).resolve().parents[1]
DOCS = 30
# Each commit is followed by a pause with the database closed, so the test can read how far the
# run got and kill it midway (the writer thread otherwise holds the file almost all the time).
DRIVER = (
    "import sys, time\nfrom pathlib import Path\nimport pipeline.store.run as run\n"
    "from pipeline.settings import Limits\n"
    "commit = run.commit_step\n"
    "def paced(*args):\n    out = commit(*args)\n    time.sleep(0.5)\n    return out\n"
    "run.commit_step = paced\n"
    "if __name__ == '__main__':\n"
    "    run.ingest_local([sys.argv[1]], Path(sys.argv[2]), batch_size=4, limits=Limits(workers=1))\n"
)


def write_corpus(folder: Path) -> Path:
    """DOCS distinct short notices, plus two byte-identical copies."""
    folder.mkdir()
    for n in range(DOCS):
        body = (f"关于开展第{n + 1}届学习活动的通知\n各单位：\n定于2023年10月{n % 28 + 1}日举办活动，"
                f"参加人数{n * 7 + 3}人。\n联系电话：010-8{n:07d}\n某区教育局\n2023年9月{n % 28 + 1}日\n")
        (folder / f"doc{n:03d}.txt").write_text(body * (n % 5 + 1), encoding="utf-8")
    for n in (1, 2):
        (folder / f"zcopy{n}.txt").write_bytes((folder / f"doc{n:03d}.txt").read_bytes())
    return folder


def snapshot(db: Path) -> dict[str, object]:
    with duckdb.connect(str(db), read_only=True) as con:
        one = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "documents": one("SELECT count(*), count(DISTINCT doc_id) FROM documents")[0],
            "doc_ids": sorted(r[0] for r in one("SELECT doc_id FROM documents")),
            "evidence": one("SELECT count(*) FROM evidence")[0][0],
            "figures": one("SELECT count(*) FROM figures")[0][0],
        }


def committed_loaded(db: Path) -> int:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT count(*) FROM files WHERE state = 'loaded'").fetchall()[0][0])
    except (duckdb.Error, OSError):
        return 0  # not created yet, or the writer holds it right now


def test_kill_9_then_resume_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    reference = tmp_path / "ref.duckdb"
    ingest_local([str(corpus)], reference, batch_size=4, limits=Limits(workers=1))
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(killed)], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while committed_loaded(killed) < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    partial = committed_loaded(killed)
    assert 4 <= partial < DOCS, "the kill should land midway"
    second = ingest_local([str(corpus)], killed, batch_size=4, limits=Limits(workers=1))
    counts = second["counts"]
    assert counts["unchanged"] >= partial and counts["duplicate"] == 2
    assert counts["unchanged"] + counts["loaded"] == DOCS
    assert snapshot(killed) == snapshot(reference)
    assert snapshot(killed)["documents"] == (DOCS, DOCS)  # expected = found = distinct: none twice


def test_second_ingest_is_refused_while_one_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from pipeline.store.lock import ingest_lock\n"
         "with ingest_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(30)\n", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        assert main(["ingest", str(tmp_path), "--db", str(db)]) == 3
        assert time.monotonic() - started < 5  # refused before any Prefect server starts
        assert "another ingest" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait(10)
    with ingest_lock(db):  # released by the kernel when its holder died
        pass
