"""Make docs/report.png: ingest the sample corpus (data/raw) into a temp database (or make N
synthetic documents with --docs N), write the report, and screenshot its top with headless
Chromium (Debian package `chromium`). The report has no script, so what Chromium draws is what
a reader sees offline.

    .venv/bin/python tools/screenshot_report.py [--out docs/report.png] [--docs N] [--size 1200,1600]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
)


def chromium() -> str | None:
    """The Chromium executable, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(html: Path, png: Path, profile: Path, size: str = "1200,1600") -> None:
    """Render `html` offline into `png` (raises if Chromium fails)."""
    exe = chromium()
    if exe is None:
        raise FileNotFoundError("chromium is not installed (apt-get install -y chromium)")
    cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={size}",
           html.resolve().as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from pipeline.dataset.report import write_report
    from pipeline.store.run import ingest_local

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", default=str(ROOT / "docs" / "report.png"))
    parser.add_argument("--docs", type=int, default=0, help="synthetic documents instead of data/raw")
    parser.add_argument("--size", default="1200,1600", help="window width,height in CSS pixels")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lifelong-report-") as tmp:
        db = Path(tmp) / "sample.duckdb"
        if args.docs:
            from tools.synth_db import make_synthetic_db

            make_synthetic_db(db, docs=args.docs, seed=0)
        else:
            ingest_local([str(ROOT / "data" / "raw")], db)
        html = write_report(db, Path(tmp) / "report.html")
        screenshot(html, Path(args.out), Path(tmp) / "chromium-profile", size=args.size)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
