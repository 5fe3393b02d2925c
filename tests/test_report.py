"""`lifelong report`: a self-contained HTML file whose charts render in a real headless browser."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from models import Figure
from pipeline.cli import main
from pipeline.report import write_report
from tests.test_entities import CITY, COUNTY, ev, load, make_doc
from tools.screenshot_report import CHROMIUM_FLAGS, chromium, screenshot


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    docs = [
        make_doc("a", CITY, year=2020, doc_type="summary", theme="学习点亮生活",
                 figures=[Figure(5000, "人次", "more_than", "参与活动", ev("5000余人次", 40))]),
        make_doc("b", COUNTY, year=2021, theme="学习伴我成长",
                 figures=[Figure(800, "人", "exact", "参加", ev("800人", 10))]),
    ]
    load(tmp, docs).close()
    out = tmp / "r.html"
    assert main(["report", "--db", str(tmp / "e.duckdb"), "--out", str(out)]) == 0
    return out


def test_report_is_self_contained(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") == 4
    assert not re.search(r"<script|<link|<img|(src|href)=\"https?:", html)  # nothing fetched


def test_every_figure_links_to_quoted_evidence(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    targets = set(re.findall(r'href="#(ev-[^"]+)"', html))
    ids = set(re.findall(r'id="(ev-[^"]+)"', html))
    assert len(targets) == 2 and targets <= ids
    assert "5000余人次" in html and "offsets 40–47" in html


def test_missing_database_fails_cleanly(tmp_path: Path) -> None:
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")]) == 2
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path / "none.duckdb", tmp_path / "r.html")


def _png_is_not_blank(png: bytes) -> bool:
    """Decode the PNG's pixel rows (no Pillow needed) and look for more than one colour."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    data, pos = b"", 8
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    return len(set(raw[1:4096:3])) > 2 and len(set(raw)) > 8


needs_chromium = pytest.mark.skipif(chromium() is None, reason="chromium not installed (apt-get install -y chromium)")


@needs_chromium
def test_charts_render_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    exe = chromium()
    assert exe is not None
    cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", report.resolve().as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout
    charts = re.findall(r'<svg class="chart" data-chart="([^"]+)"', dom)
    assert charts == ["documents-per-year", "theme-timeline", "participation", "field-coverage"]
    assert dom.count('class="bar"') >= 3 and dom.count('class="dot"') == 2
    png = tmp_path / "shot.png"
    screenshot(report, png, tmp_path / "profile2", size="900,900")
    assert _png_is_not_blank(png.read_bytes())


def test_screenshot_needs_chromium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError, match="chromium"):
        screenshot(tmp_path / "x.html", tmp_path / "x.png", tmp_path)
