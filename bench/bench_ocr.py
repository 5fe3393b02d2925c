"""OCR speed and memory: one long rendered scan, per engine, with 1 and 2 page workers.

A synthetic notice (tools/make_scans, 200 dpi, about 20 A4 pages by default) is parsed
as a file (`parsers.parse_file`: render, OCR, layout) in a fresh process per engine and
worker count, with `LIFELONG_OCR_ENGINE=<engine>` and `LIFELONG_OCR_WORKERS=<n>` (pages
of the document read in n threads sharing the process's one engine). The engine is
loaded on a blank page first, so the figures are steady-state; the load is reported.
Printed per configuration: pages/s (wall clock), CPU s/page (process + its children:
pdftoppm, tesseract), the engine load time, peak RSS of the worker process and of its
largest child process (tesseract runs as one; for RapidOCR it is only pdftoppm, whose
ru_maxrss counts pages shared with the parent at fork: not shown), and the engine the
document names. Wall-clock figures need an otherwise idle machine; the load average is printed.

    .venv/bin/python bench/bench_ocr.py                      # 20 pages, both engines, 1 and 2 workers
    .venv/bin/python bench/bench_ocr.py 5 --engine tesseract --workers 2
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LINE = "为推动学习型社会建设，各单位要结合本地实际，广泛开展形式多样的学习活动，组织市民参加读书、讲座和技能培训。"
ENGINES = ("tesseract", "rapidocr")


def paragraphs(count: int) -> list[str]:
    """A title and `count` numbered paragraphs of body text (about 16 fill an A4 page)."""
    return ["示例县学习周工作方案"] + [f"{i}.{LINE}" for i in range(1, count + 1)]


def sample_lines(pages: int) -> list[str]:
    """Paragraphs that typeset to exactly `pages` pages (if reachable), found on the text PDF."""
    from parsers._raster import page_count
    from tools.make_samples import render_pdf

    count = pages * 16
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as work:
        for _ in range(6):
            got = page_count(render_pdf(paragraphs(count), Path(work) / "t.pdf"))
            if got == pages:
                break
            count = max(1, count + (pages - got) * 8)
    return paragraphs(count)


def _cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


def child(pdf: Path) -> dict[str, Any]:
    """In the measured process: load the engine, then parse the scan once; figures as a dict."""
    sys.path.insert(0, str(ROOT))
    from PIL import Image

    from parsers import parse_file
    from parsers.ocr import ocr_image

    start = time.perf_counter()
    ocr_image(Image.new("L", (1200, 300), 255))
    load = time.perf_counter() - start
    cpu, start = _cpu_seconds(), time.perf_counter()
    doc = parse_file(pdf)
    wall = time.perf_counter() - start
    engines = [w.split(":", 1)[1] for w in doc.warnings if w.startswith("ocr_engine")]
    return {"pages": doc.source.pages, "wall_s": wall, "cpu_s": _cpu_seconds() - cpu, "load_s": load,
            "rss_mb": _peak_mb(resource.RUSAGE_SELF), "child_rss_mb": _peak_mb(resource.RUSAGE_CHILDREN),
            "engine": ",".join(engines) or "?", "chars": len(doc.text)}


def measure(pdf: Path, engine: str, workers: int) -> dict[str, Any]:
    """Run `child` in a fresh interpreter with the engine and worker count set."""
    env = dict(os.environ, LIFELONG_OCR_ENGINE=engine, LIFELONG_OCR_WORKERS=str(workers))
    out = subprocess.run([sys.executable, __file__, "--child", str(pdf)], env=env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(engine: str, workers: int, r: dict[str, Any]) -> str:
    child = f"{r['child_rss_mb']:.0f}" if engine == "tesseract" else "– (pdftoppm)"
    return (f"| {engine} | {workers} | {r['pages']} | {r['pages'] / r['wall_s']:.2f} | {r['cpu_s'] / r['pages']:.2f} "
            f"| {r['load_s']:.1f} | {r['rss_mb']:.0f} | {child} | {r['engine']} |")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="?", type=int, default=20, help="pages of the synthetic scan (default 20)")
    ap.add_argument("--engine", action="append", choices=ENGINES, help="engine (repeatable; default both)")
    ap.add_argument("--workers", type=int, action="append", help="page workers (repeatable; default 1 and 2)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    sys.path.insert(0, str(ROOT))
    from tools.make_scans import render_scan

    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as work:
        pdf = render_scan(sample_lines(args.pages), Path(work) / "scan.pdf")
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start")
        print("| engine | workers | pages | pages/s | CPU s/page | engine load s | peak RSS worker MB "
              "| largest child MB | engine used |\n|---|---|---|---|---|---|---|---|---|")
        for engine in args.engine or ENGINES:
            for workers in args.workers or (1, 2):
                print(report(engine, workers, measure(pdf, engine, workers)), flush=True)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
