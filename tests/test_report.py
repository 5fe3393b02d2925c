"""`lifelong report`: one self-contained HTML file from the Explore chart specs, CSVs beside it.

Built from real databases: the sample corpus ingested (data/raw/*.txt) and 2,000 synthetic documents
(tools/synth_db.py, with a few campaign years outside the campaign's history and hostile text added).
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.cli import main
from pipeline.dataset.report import csv_path, data_dir, write_report
from pipeline.dataset.report_html import clean_svg
from pipeline.dataset.report_tables import IMPLAUSIBLE_YEAR
from pipeline.explore import registry
from pipeline.explore.filters import ExploreFilters
from pipeline.store.load import connect
from tools.screenshot_report import CHROMIUM_FLAGS, chromium, screenshot

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = '<script>alert("x")</script>'
THEME = "<script>alert(2)</script>学习"  # a local theme the themes chart draws as a label
CJK_CHARTS = ("themes", "participation", "organizers")  # labels are place and organization names
CJK = re.compile(r"<text[^>]*>[^<]*[\u4e00-\u9fff]")
EXTERNAL = re.compile(r"""(src|href|action)\s*=\s*["']?\s*(https?:|//|javascript:)|url\(\s*["']?(https?:|//)|@import""",
                      re.IGNORECASE)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample corpus (.txt files) ingested, and its report written through the CLI."""
    from pipeline.store.run import ingest_local

    tmp = tmp_path_factory.mktemp("sample")
    corpus = tmp / "raw"
    corpus.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    db = tmp / "sample.duckdb"
    ingest_local([str(corpus)], db)
    out = tmp / "site" / "report.html"
    assert main(["report", "--db", str(db), "--out", str(out)]) == 0
    return db, out


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """2,000 synthetic documents, titles, a theme and snippets made hostile, and their report."""
    from tools.synth_db import make_synthetic_db

    tmp = tmp_path_factory.mktemp("synth")
    db = make_synthetic_db(tmp / "synth.duckdb", docs=2000, seed=0)
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET title = title || ?", [HOSTILE])
    con.execute("UPDATE documents SET theme = ? WHERE doc_id IN (SELECT doc_id FROM documents ORDER BY doc_id LIMIT 60)",
                [THEME])
    # snippets are cut from the stored text at the evidence offsets: make every text markup
    con.execute("UPDATE texts SET text = repeat('<i>x</i>', length(text) // 8 + 1)")
    con.close()
    out = write_report(db, tmp / "report.html")
    return db, out


def _sections(html: str) -> dict[str, str]:
    """Each chart's figure (its SVG), by chart name."""
    return dict(re.findall(r'<figure class="chart" data-chart="([^"]+)">(.*?)</figure>', html, re.DOTALL))


@pytest.mark.parametrize("which", ["sample", "synth"])
def test_one_offline_svg_per_chart(which: str, request: pytest.FixtureRequest) -> None:
    _, out = request.getfixturevalue(which)
    html = out.read_text(encoding="utf-8")
    assert not EXTERNAL.search(html)
    assert not re.search(r"<(script|link|img|iframe|object|embed|foreignObject)\b", html, re.IGNORECASE)
    figures = _sections(html)
    assert list(figures) == list(registry.CHARTS)
    with_svg = [name for name, fig in figures.items() if "<svg" in fig]
    assert html.count("<svg") == len(with_svg)
    if which == "synth":  # every chart has data at 2,000 documents
        assert with_svg == list(registry.CHARTS)
        assert all(CJK.search(figures[name]) for name in CJK_CHARTS)
    assert all(figures[name].count("<svg") == 1 for name in with_svg)
    assert any(CJK.search(figures[name]) for name in with_svg)  # Chinese labels drawn as text


@pytest.mark.parametrize("which", ["sample", "synth"])
def test_csv_beside_the_report_is_the_chart_data(which: str, request: pytest.FixtureRequest) -> None:
    db, out = request.getfixturevalue(which)
    folder = data_dir(out)
    assert folder == out.parent / f"{out.stem}_data"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.csv" for name in registry.CHARTS)
    con = connect(db, read_only=True)
    try:
        for name, chart in registry.CHARTS.items():
            expected = chart.data(con, ExploreFilters()).to_csv(index=False).splitlines()
            written = (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()
            assert written[0] == expected[0] and sorted(written) == sorted(expected), name  # ties may swap rows
    finally:
        con.close()
    assert f'href="{folder.name}/activity.csv"' in out.read_text(encoding="utf-8")


def test_implausible_years_are_listed_not_plotted(synth: tuple[Path, Path]) -> None:
    db, out = synth
    html = out.read_text(encoding="utf-8")
    con = duckdb.connect(str(db), read_only=True)
    bad = con.execute(f"SELECT doc_id, campaign_year FROM documents d WHERE {IMPLAUSIBLE_YEAR}").fetchall()
    con.close()
    assert any(year == 1984 for _, year in bad) and len(bad) >= 5
    for svg in _sections(html).values():
        labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
        assert not any(re.search(r"\b1984\b", label) for label in labels)
    for path in data_dir(out).glob("*.csv"):
        header, *lines = path.read_text(encoding="utf-8").splitlines()
        cols = [i for i, c in enumerate(header.split(",")) if "year" in c]
        assert not any(line.split(",")[i] in {"1984", "1984.0"} for line in lines for i in cols if i < len(line.split(",")))
    errors = html.split('id="extraction-errors"', 1)[1]
    assert all(doc_id in errors for doc_id, _ in bad)


def test_hostile_text_is_escaped(synth: tuple[Path, Path]) -> None:
    html = synth[1].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;/i&gt;" in html and "<i>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;学习" in _sections(html)["themes"]  # drawn, as text


def test_evidence_of_the_largest_marks(synth: tuple[Path, Path]) -> None:
    html = synth[1].read_text(encoding="utf-8")
    for name in registry.CHARTS:
        section = html.split(f'<section id="chart-{name}">', 1)[1].split("</section>", 1)[0]
        assert f'id="{name}-mark-0"' in section, name
        assert re.search(r"<code[^>]*>[0-9a-f]{16,}</code>", section), name  # doc id
        assert re.search(r"offsets \d+–\d+", section), name
        assert '<q class="snippet">' in section, name


def test_clean_svg_keeps_drawing_drops_code() -> None:
    dirty = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="x()">'
             '<script>alert(1)</script><g><a xlink:href="https://evil.example/"><text>北京</text></a>'
             '<a href="#ok"><rect onclick="y()" width="1" height="1" fill="url(https://e.example/f)"/></a>'
             "<foreignObject><div>x</div></foreignObject></g></svg>")
    clean = clean_svg(dirty)
    assert "script" not in clean and "onload" not in clean and "onclick" not in clean
    assert "evil.example" not in clean and "e.example" not in clean and "foreignObject" not in clean
    assert "北京" in clean and 'href="#ok"' in clean and "<rect" in clean
    with pytest.raises(ValueError):
        clean_svg("<html><body/></html>")


class _Renamed:
    """A real chart under another name (to test a name that would leave the data folder)."""

    def __init__(self, chart: Any, name: str) -> None:
        self._chart, self.name = chart, name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._chart, attr)


def test_csv_never_written_outside_its_folder(sample: tuple[Path, Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "r_data"
    for bad in ("../evil", "/etc/evil", "a/b", "..", ""):
        with pytest.raises(ValueError):
            csv_path(folder, bad)
    chart = next(iter(registry.CHARTS.values()))
    monkeypatch.setattr(registry, "CHARTS", {"../evil": _Renamed(chart, "../evil")})
    with pytest.raises(ValueError, match="refusing"):
        write_report(sample[0], tmp_path / "r.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # neither report nor CSV written


def test_empty_database_gives_a_report_without_marks(tmp_path: Path) -> None:
    connect(tmp_path / "empty.duckdb").close()
    out = write_report(tmp_path / "empty.duckdb", tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert list(_sections(html)) == list(registry.CHARTS) and "<p>0 documents" in html
    assert "No data for this chart." in html and 'id="activity-mark-0"' not in html
    assert len(list(data_dir(out).glob("*.csv"))) == len(registry.CHARTS)


def test_missing_database_fails_cleanly(tmp_path: Path) -> None:
    assert main(["report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")]) == 2
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path / "none.duckdb", tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()


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
def test_charts_render_in_headless_chromium(synth: tuple[Path, Path], tmp_path: Path) -> None:
    exe = chromium()
    assert exe is not None
    cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", synth[1].resolve().as_uri()]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout
    assert re.findall(r'<figure class="chart" data-chart="([^"]+)"><svg', dom) == list(registry.CHARTS)
    assert "<script" not in dom
    png = tmp_path / "shot.png"
    screenshot(synth[1], png, tmp_path / "profile2", size="1200,1500")
    assert _png_is_not_blank(png.read_bytes())


def test_screenshot_needs_chromium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError, match="chromium"):
        screenshot(tmp_path / "x.html", tmp_path / "x.png", tmp_path)
