"""Make docs/explore.png and docs/explore/<chart>.png: the Explore page at 2,000 documents.

Builds the 2,000-document synthetic database (tools/synth_db.py, seed 0) in a temp dir,
serves it with the review app on a free loopback port, waits until every chart has drawn
(`body[data-explore-ready]`), then saves the page at 1400 px wide (its first 2,200 px when
taller) and one element screenshot per chart section, so each chart can be looked at on its
own at the size a researcher sees it. Playwright drives Debian's Chromium (never
`playwright install`).

    .venv/bin/python tools/screenshot_explore.py [--out docs/explore.png] [--charts docs/explore]
"""
from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = 1400
MAX_HEIGHT = 2200  # a README picture: the filters and the first charts, not the whole scroll
DOCS = 2000


def build(tmp: Path) -> Path:
    """The synthetic database of DOCS documents (seed 0, as the browser test uses)."""
    from tools.synth_db import make_synthetic_db

    db = tmp / "explore.duckdb"
    make_synthetic_db(db, docs=DOCS, seed=0)
    return db


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app under uvicorn in a background thread (its warm-up builds the page); yields its base URL."""
    import uvicorn

    from pipeline.review.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="explore-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the review server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def screenshot(url: str, out: Path, charts_dir: Path) -> list[Path]:
    """Save the page and each chart section; returns the files written."""
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium")
    if exe is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium)")
    written: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": WIDTH, "height": 900})
            page.goto(url + "/explore", wait_until="load", timeout=120_000)
            page.wait_for_selector("body[data-explore-ready]", timeout=120_000)
            if page.get_attribute("body", "data-explore-ready") == "error":
                raise SystemExit("the chart library did not load in the page")
            height = int(page.evaluate("document.documentElement.scrollHeight"))
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=True,
                            clip={"x": 0, "y": 0, "width": WIDTH, "height": min(height, MAX_HEIGHT)})
            written.append(out)
            charts_dir.mkdir(parents=True, exist_ok=True)
            names = page.eval_on_selector_all("section.chart[data-chart]", "els => els.map(e => e.dataset.chart)")
            for name in names:
                path = charts_dir / f"{name}.png"
                page.locator(f"#chart-{name}").screenshot(path=str(path))
                written.append(path)
        finally:
            browser.close()
    return written


def main() -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", default=str(ROOT / "docs" / "explore.png"))
    parser.add_argument("--charts", default=str(ROOT / "docs" / "explore"), help="folder for one PNG per chart")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lifelong-explore-") as tmp:
        db = build(Path(tmp))
        with serving(db) as base:
            written = screenshot(base, Path(args.out), Path(args.charts))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
