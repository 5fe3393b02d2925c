"""Make docs/review.png: the review app's document page for the longest sample document.

Ingests copies of data/raw/*.txt into a temp database, logs two corrections (accept the
title, fix the theme) so the panel shows human provenance, serves the app on a free
loopback port, and screenshots the page at 1400x900 with the title selected (its text
highlighted) through Playwright driving Debian's Chromium (never `playwright install`).

    .venv/bin/python tools/screenshot_review.py [--out docs/review.png]
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
THEME_FIX = "人人学习 成就梦想"  # the corpus writes two-part themes with a space (全民终身学习 创造出彩人生)


def build(tmp: Path) -> tuple[Path, str]:
    """(db, doc_id of the longest document) with the two corrections logged."""
    import duckdb

    from pipeline.review.actions import record_action
    from pipeline.store.run import ingest_local

    folder = tmp / "docs"
    folder.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    db = tmp / "lifelong.duckdb"
    ingest_local([str(folder)], db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT doc_id FROM texts ORDER BY length(text) DESC LIMIT 1").fetchone()
    finally:
        con.close()
    if row is None:
        raise SystemExit("no document was loaded from data/raw")
    doc_id = str(row[0])
    record_action(db, doc_id, "title", "accept", reviewer="archive")
    record_action(db, doc_id, "theme", "fix", new=THEME_FIX, reason="two-part themes are written with a space",
                  reviewer="archive")
    return db, doc_id


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app under uvicorn in a background thread; yields its base URL."""
    import uvicorn

    from pipeline.review.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="review-server", daemon=True)
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


def screenshot(url: str, out: Path) -> None:
    """Open the page, select the title with `j` (lights its text), hover it, save the viewport."""
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium")
    if exe is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(url, wait_until="load")
            keys = page.eval_on_selector_all(".value[data-key]", "els => els.map(e => e.dataset.key)")
            for _ in range(keys.index("title") + 1):
                page.keyboard.press("j")
            page.evaluate("window.scrollTo(0, 0)")  # the page head (status, actions) in view too
            page.hover("#v-title .label")
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", default=str(ROOT / "docs" / "review.png"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lifelong-review-") as tmp:
        db, doc_id = build(Path(tmp))
        with serving(db) as base:
            screenshot(f"{base}/doc/{doc_id}", Path(args.out))
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
