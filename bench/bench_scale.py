"""Measure ingest at scale: local vs Prefect flow vs `--dask local:2`, memory, shard merge.

Prints, on unique copies of the dev and eval documents (a line appended to each copy so
every file has its own bytes):
1. docs/s of `ingest_local`, of the Prefect flow and of the flow with `--dask local:2`,
   on N .txt and M .docx documents (each run in its own process, temporary Prefect server
   started before the timed part), and the Prefect share (flow time over local time);
2. unchanged re-ingest minus empty-folder ingest (both through the flow, server warm);
3. peak memory (RSS of the whole process tree, sampled every 50 ms) of the local ingest,
   at N documents and, with --big, at 10x N;
4. shard merge time per 1,000 documents (commit of pre-written shards, no extraction);
5. `ingest_local` docs/s with one worker process vs two (default_workers on 2 cores);
6. with --archive N: a small ingest (5 files, again unchanged, then 5 more) into a synthetic
   archive of N documents (tools/synth_db.py), its seconds and peak memory.

    .venv/bin/python bench/bench_scale.py [--txt 2000] [--docx 500] [--big] [--archive 130000] [--skip dask,docx]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DRIVER = r'''
import json, os, sys, time
from pathlib import Path
def main():
    mode, corpus, db, extra = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    from pipeline.settings import Limits
    out = {}
    if mode.startswith("local"):
        from pipeline.store.run import ingest_local
        workers = int(mode.partition(":")[2] or 0) or None
        limits = Limits(workers=workers) if workers else Limits()
        t = time.perf_counter(); s = ingest_local([corpus], db, limits=limits)
        out = {"seconds": time.perf_counter() - t, "counts": s["counts"], "workers": limits.workers}
    elif mode in ("flow", "dask"):
        from flows.ingest import run_ingest
        from flows.dask_runner import api_url
        empty = Path(extra); empty.mkdir(exist_ok=True)
        t = time.perf_counter(); api_url(); out["server_start"] = time.perf_counter() - t
        dask = "local:2" if mode == "dask" else None
        t = time.perf_counter(); s = run_ingest([corpus], db, dask=dask)
        out.update(seconds=time.perf_counter() - t, counts=s["counts"])
        t = time.perf_counter(); run_ingest([corpus], db, dask=dask); out["unchanged"] = time.perf_counter() - t
        t = time.perf_counter(); run_ingest([str(empty)], db.with_name("empty.duckdb"), dask=dask)
        out["empty"] = time.perf_counter() - t
    elif mode == "archive":
        from pipeline.store.run import ingest_local
        out = {}
        for label in ("first", "unchanged", "more"):
            if label == "more":
                for f in Path(corpus).glob("*.txt"):
                    f.with_name("more-" + f.name).write_bytes(f.read_bytes() + "\n附注：再次".encode())
            t = time.perf_counter(); s = ingest_local([corpus], db); out[label] = time.perf_counter() - t
        out["counts"] = s["counts"]
    elif mode == "merge":
        from pipeline.store.load import RunInfo, connect
        from pipeline.store.run import begin_step, discover, plan_step
        from pipeline.version import EXTRACTOR_VERSION
        from pipeline.settings import batches
        from pipeline.store.shards import commit_shard, extract_shard, shard_dir
        found = discover([corpus]); run = RunInfo(paths=[corpus])
        plan = plan_step(found, db); begin_step(db, run, plan)
        manifests = [extract_shard(b, shard_dir(db), EXTRACTOR_VERSION) for b in batches(plan.todo, 100)]
        con = connect(db); seen = set()
        t = time.perf_counter()
        for m in manifests:
            commit_shard(con, run, m, EXTRACTOR_VERSION, seen)
        out = {"seconds": time.perf_counter() - t, "documents": len(plan.todo)}
        con.close()
    print("RESULT " + json.dumps(out))
if __name__ == "__main__":
    main()
'''


def sources() -> tuple[list[Path], list[Path]]:
    txt = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT.parent / "shared" / "eval").glob("*/docs/*.txt"))
    return txt, sorted((ROOT / "data" / "raw").glob("*.docx"))


def make_corpus(folder: Path, txt: int, docx: int, tag: str = "") -> Path:
    """`txt` unique .txt and `docx` unique .docx copies of the dev/eval documents."""
    from docx import Document

    folder.mkdir(parents=True, exist_ok=True)
    txt_src, docx_src = sources()
    for n in range(txt):
        src = txt_src[n % len(txt_src)]
        (folder / f"t{tag}{n:06d}.txt").write_bytes(src.read_bytes() + f"\n附注：副本 {tag}{n}\n".encode())
    for n in range(docx):
        document = Document(str(docx_src[n % len(docx_src)]))
        document.add_paragraph(f"附注：副本 {tag}{n}")
        document.save(str(folder / f"d{tag}{n:06d}.docx"))
    return folder


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total


def run(mode: str, corpus: Path, db: Path, extra: str = "-") -> dict:
    """One driver process; returns its figures plus its peak process-tree RSS."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, mode, str(corpus), str(db), extra], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    lines = [line for line in out.splitlines() if line.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{mode} failed (exit {proc.returncode})")
    return {**json.loads(lines[-1][7:]), "peak_mb": peak[0] / 2**20}


def rate(result: dict, docs: int) -> str:
    return f"{docs / result['seconds']:7.1f} docs/s ({result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--txt", type=int, default=2000)
    parser.add_argument("--docx", type=int, default=500)
    parser.add_argument("--big", action="store_true", help="also peak memory at 10x --txt documents")
    parser.add_argument("--archive", type=int, default=0, help="also a small ingest into a synthetic archive of N documents")
    parser.add_argument("--skip", default="", help="comma list of: flow,dask,docx,merge,workers")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        base = Path(tmp)
        os.environ.setdefault("PREFECT_HOME", str(base / "prefect"))
        corpora = {"txt": (make_corpus(base / "txt", args.txt, 0), args.txt)}
        if "docx" not in skip and args.docx:
            corpora["docx"] = (make_corpus(base / "docx", 0, args.docx), args.docx)
        print(f"cores: {os.cpu_count()}")
        for kind, (corpus, docs) in corpora.items():
            local = run("local", corpus, base / f"{kind}-local.duckdb")
            print(f"[{kind} x{docs}] ingest_local (workers {local['workers']}): {rate(local, docs)}")
            for mode in ("flow", "dask"):
                if mode in skip:
                    continue
                res = run(mode, corpus, base / f"{kind}-{mode}.duckdb", str(base / f"empty-{kind}-{mode}"))
                share = 1 - local["seconds"] / res["seconds"]
                print(f"[{kind} x{docs}] {mode:5s}: {rate(res, docs)}; Prefect/Dask share vs local {share:.0%}; "
                      f"server start {res['server_start']:.1f} s")
                print(f"[{kind} x{docs}] {mode:5s}: unchanged re-ingest {res['unchanged']:.2f} s, empty-folder ingest "
                      f"{res['empty']:.2f} s -> difference {res['unchanged'] - res['empty']:+.2f} s")
        if "workers" not in skip:
            corpus, docs = corpora["txt"]
            for workers in (1, 2):
                res = run(f"local:{workers}", corpus, base / f"w{workers}.duckdb")
                print(f"[txt x{docs}] ingest_local with {workers} worker process(es): {rate(res, docs)}")
        if "merge" not in skip:
            corpus, docs = corpora["txt"]
            res = run("merge", corpus, base / "merge.duckdb")
            print(f"[txt x{res['documents']}] shard merge: {1000 * res['seconds'] / res['documents']:.2f} s per 1,000 documents")
        if args.archive:
            from tools.synth_db import make_synthetic_db

            archive = make_synthetic_db(base / "archive.duckdb", args.archive)
            small = make_corpus(base / "small", 5, 0, tag="a-")
            res = run("archive", small, archive)
            print(f"[archive x{args.archive}] 5 new files {res['first']:.1f} s (Parquet written for the first time), "
                  f"unchanged {res['unchanged']:.1f} s, 5 more {res['more']:.1f} s; peak {res['peak_mb']:.0f} MB")
        if args.big:
            big = make_corpus(base / "big", 0, 0)
            for copy in range(10):
                make_corpus(big, args.txt, 0, tag=f"c{copy}-")
            res = run("local", big, base / "big.duckdb")
            print(f"[txt x{10 * args.txt}] ingest_local: {rate(res, 10 * args.txt)}")


if __name__ == "__main__":
    main()
