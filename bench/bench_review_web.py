"""Review app figures: start time, the longest sample's document page, the documents page at scale.

1. `lifelong serve` as a real process: seconds until the port answers and until the first
   documents page is complete.
2. The document page of the longest document in data/raw (median of 5 requests).
3. The documents page on a copy of the database grown to N documents (default 100,000) by
   one INSERT ... SELECT over range() (synthetic rows: only the list queries read them):
   first page, a deep page, and a filtered page (median of 5 each).

    .venv/bin/python bench/bench_review_web.py [--docs 100000]
"""
from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_time(db: Path) -> tuple[float, float]:
    """(seconds until the port answers, seconds until the first documents page is complete)."""
    port = free_port()
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening = _wait_port(port, began)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as r:
            r.read()
        return listening, time.perf_counter() - began
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_port(port: int, began: float) -> float:
    while time.perf_counter() - began < 30:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return time.perf_counter() - began
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("server did not start")


def timed(client, url: str, n: int = 5) -> float:  # noqa: ANN001 - a TestClient
    times = []
    for _ in range(n):
        t = time.perf_counter()
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def grow(db: Path, n: int) -> None:
    """Add synthetic documents rows (the list pages read only `documents`)."""
    import duckdb

    with duckdb.connect(str(db)) as con:
        have = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.execute(f"""
            INSERT INTO documents (doc_id, doc_type, title, campaign_year, region_level, region_province,
                                   region_city, warnings, review_status, attention, extractor_version, record)
            SELECT printf('%064x', i + 1000000), ['notice','plan','summary','news'][i % 4 + 1],
                   '第' || i || '号 全民终身学习活动周文件', 2005 + i % 20, ['city','county','province'][i % 3 + 1],
                   '省' || (i % 30), '市' || (i % 300), '[]',
                   ['unreviewed','reviewed','needs attention'][i % 3 + 1], '[]', '0.3.0', '{{}}'
            FROM range({n - have}) t(i)""")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    args = parser.parse_args()
    from starlette.testclient import TestClient

    from pipeline.review.web.app import create_app
    from pipeline.store.run import ingest_local

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for path in sorted((ROOT / "data" / "raw").glob("*")):
            shutil.copy(path, docs / path.name)
        db = Path(tmp) / "db" / "lifelong.duckdb"
        ingest_local([str(docs)], db)
        listening, first = start_time(db)
        print(f"lifelong serve: port answers after {listening:.2f} s, first documents page after {first:.2f} s")
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            longest, chars = con.execute(
                "SELECT doc_id, length(text) FROM texts ORDER BY length(text) DESC LIMIT 1").fetchone()
        with TestClient(create_app(db, hosts=["testserver"])) as client:
            print(f"document page, longest sample ({chars} characters): "
                  f"{timed(client, f'/doc/{longest}') * 1000:.0f} ms (median of 5)")
        grow(db, args.docs)
        with TestClient(create_app(db, hosts=["testserver"])) as client:
            client.get("/")
            pages = {"first page": "/", "page 1000": "/?page=1000",
                     "filtered (year + status)": "/?year=2015&status=reviewed"}
            for name, url in pages.items():
                print(f"documents page at {args.docs:,} documents, {name}: {timed(client, url) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
