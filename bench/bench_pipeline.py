"""Time `lifelong extract data/raw` and an ingest of data/raw into a temporary database.

Prints figures only (no asserts): wall time of each command as a fresh process, which
includes interpreter start-up and, for ingest, Prefect's temporary server; plus the
same ingest steps run in-process without Prefect, to show what the orchestration costs.

    .venv/bin/python bench/bench_pipeline.py [PATH ...]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIFELONG = Path(sys.executable).with_name("lifelong")


def timed(label: str, argv: Sequence[str]) -> float:
    """Run a command, print its wall time and exit code."""
    start = time.perf_counter()
    done = subprocess.run(list(argv), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:7.2f} s  (exit {done.returncode})")
    return elapsed


def local_ingest(paths: Sequence[str], db: Path) -> float:
    """The ingest steps in-process, without Prefect."""
    sys.path.insert(0, str(ROOT))
    from pipeline.store.run import ingest_local

    start = time.perf_counter()
    summary = ingest_local(paths, db)
    elapsed = time.perf_counter() - start
    print(f"{'ingest steps without Prefect (in-process)':<44} {elapsed:7.2f} s  ({summary['counts']})")
    return elapsed


def main(paths: Sequence[str]) -> None:
    count = sum(1 for p in paths for f in Path(ROOT / p).rglob("*") if f.is_file()) if paths else 0
    print(f"inputs: {' '.join(paths)} ({count} files)")
    timed("lifelong extract", [str(LIFELONG), "extract", *paths])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        timed("lifelong ingest (new db, Prefect flow)", [str(LIFELONG), "ingest", *paths, "--db", str(db)])
        timed("lifelong ingest again (all unchanged)", [str(LIFELONG), "ingest", *paths, "--db", str(db)])
        local_ingest(paths, Path(tmp) / "local.duckdb")


if __name__ == "__main__":
    main(sys.argv[1:] or ["data/raw"])
