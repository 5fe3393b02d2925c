"""Measure the batch import on bad inputs: states, zip-bomb refusal, kill-and-resume, peak memory.

Prints four figures:
1. the table file -> state, reason for the bad-input corpus (tools/make_bad_inputs.py);
2. the time `parse_file` takes to refuse a 1 GiB zip bomb;
3. kill -9 midway through an ingest, then resume: documents expected / found / duplicated;
4. the peak memory (RSS) of an ingest over the corpus, all its processes together and the
   largest one, sampled from /proc every 20 ms.

    .venv/bin/python bench/bench_bad_inputs.py [--timeout 10]
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRIVER = (
    "import sys\nfrom pathlib import Path\nfrom pipeline.store.run import ingest_local\n"
    "from pipeline.settings import Limits\n"
    "s = ingest_local([sys.argv[1]], Path(sys.argv[2]), batch_size=int(sys.argv[3]),\n"
    "                 limits=Limits(timeout=float(sys.argv[4]), workers=2))\n"
    "print(s['run_id'])\n"
)


def _session_rss(sid: int) -> tuple[int, int]:
    """(sum, max) resident bytes of the processes in session `sid`."""
    total = biggest = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[3]) != sid:  # field 6 (session), after pid and comm
                continue
            rss = int(Path(f"/proc/{entry}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        total, biggest = total + rss, max(biggest, rss)
    return total, biggest


def run_driver(corpus: Path, db: Path, batch: int, timeout: float) -> tuple[str, int, int, float]:
    """Ingest in a new session; returns (run_id, peak total RSS, peak single RSS, seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(db), str(batch), str(timeout)],
                            cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    peaks = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            total, biggest = _session_rss(proc.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], biggest)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    return out.strip(), peaks[0], peaks[1], time.monotonic() - started


def corpus_table(work: Path, timeout: float) -> None:
    import duckdb

    from tools.make_bad_inputs import EXPECTED, make_corpus

    corpus = make_corpus(work)
    db = work / "bad.duckdb"
    run_id, total, biggest, seconds = run_driver(corpus, db, 50, timeout)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, state, reason FROM files WHERE run_id = ? ORDER BY path", [run_id]).fetchall()
    print(f"\n1. bad-input corpus: {len(rows)} files, ingested in {seconds:.1f} s (timeout {timeout:g} s)")
    print(f"   {'file':<24} {'state':<10} {'reason':<20} expected")
    for path, state, reason in rows:
        ok = "ok" if (state, reason) in EXPECTED.get(Path(path).name, set()) else "UNEXPECTED"
        print(f"   {Path(path).name:<24} {state:<10} {reason or '':<20} {ok}")
    print(f"\n4. peak memory of that run: {total / 2**20:.0f} MB all processes, "
          f"{biggest / 2**20:.0f} MB largest process")


def bomb_time() -> None:
    from models import DecompressionBomb
    from parsers.registry import parse_file
    from tools.make_bad_inputs import zip_bomb

    bomb = zip_bomb(1024)
    started = time.perf_counter()
    try:
        parse_file(Path("bomb.docx"), bomb)
        verdict = "NOT refused"
    except DecompressionBomb as exc:
        verdict = f"refused: {exc.message}"
    print(f"\n2. 1 GiB zip bomb ({len(bomb) / 2**20:.1f} MB file): {verdict} "
          f"in {(time.perf_counter() - started) * 1000:.1f} ms")


def _loaded(db: Path) -> int:
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return int(con.execute("SELECT count(*) FROM files WHERE state = 'loaded'").fetchall()[0][0])
    except (duckdb.Error, OSError):
        return 0


def kill_and_resume(work: Path, docs: int = 200) -> None:
    import duckdb

    corpus = work / "resume"
    corpus.mkdir()
    for n in range(docs):
        text = f"关于开展第{n + 1}次学习活动的通知\n各单位：\n参加人数{n * 3 + 1}人。\n某区教育局\n2023年9月{n % 28 + 1}日\n"
        (corpus / f"d{n:04d}.txt").write_text(text * (n % 4 + 1), encoding="utf-8")
    for n in range(5):
        (corpus / f"z-copy{n}.txt").write_bytes((corpus / f"d{n:04d}.txt").read_bytes())
    db = work / "resume.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(db), "10", "60"], cwd=ROOT,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while _loaded(db) < docs // 3 and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = _loaded(db)
    run_id, *_ = run_driver(corpus, db, 10, 60)
    with duckdb.connect(str(db), read_only=True) as con:
        found, distinct = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchall()[0]
        dups = con.execute("SELECT count(*) FROM files WHERE run_id = ? AND state = 'duplicate'", [run_id]).fetchall()
    print(f"\n3. kill -9 after {before} committed documents, then resume: documents expected {docs} / "
          f"found {found} (distinct {distinct}) / loaded twice {found - distinct} / duplicate paths {dups[0][0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--timeout", type=float, default=10.0, help="per-document timeout for the corpus run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lifelong-bench-") as tmp:
        corpus_table(Path(tmp) / "bad", args.timeout)
        bomb_time()
        kill_and_resume(Path(tmp))


if __name__ == "__main__":
    main()
