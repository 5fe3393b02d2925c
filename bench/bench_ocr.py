"""OCR speed: pages per second on a few rendered "scanned" pages.

Synthetic pages (tools/make_scans) are OCR'd once page by page in one thread and once
through `ocr_pdf`, which runs pages in parallel (one Tesseract process per page).

    .venv/bin/python bench/bench_ocr.py [pages]
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = "为推动学习型社会建设，各单位要结合本地实际，广泛开展形式多样的学习活动，组织市民参加读书、讲座和技能培训。"


def sample_lines(pages: int) -> list[str]:
    """About one A4 page of body text per 24 numbered paragraphs."""
    return ["示例县学习周工作方案"] + [f"{i}.{LINE}" for i in range(1, pages * 12 + 1)]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from parsers.ocr import ocr_pdf
    from tools.make_scans import render_scan

    args = list(sys.argv[1:] if argv is None else argv)
    wanted = int(args[0]) if args else 3
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as work:
        pdf = render_scan(sample_lines(wanted), Path(work) / "scan.pdf")
        data = pdf.read_bytes()
        os.environ["LIFELONG_OCR_WORKERS"] = "1"
        serial, pages = _timed(lambda: len(ocr_pdf(data)))
        os.environ.pop("LIFELONG_OCR_WORKERS")
        parallel, _ = _timed(lambda: len(ocr_pdf(data)))
    print(f"pages: {pages}")
    print(f"one worker:   {pages / serial:.2f} pages/s ({serial:.1f} s)")
    print(f"{os.cpu_count()} workers: {pages / parallel:.2f} pages/s ({parallel:.1f} s)")
    return 0


def _timed(func: object) -> tuple[float, int]:
    start = time.perf_counter()
    result = func()  # type: ignore[operator]
    return time.perf_counter() - start, int(result)


if __name__ == "__main__":
    sys.exit(main())
