"""The Explore page in a real browser (issue 11, part 5): Playwright driving Debian's Chromium.

One synthetic database of 2,000 documents (tools/synth_db.py, seed 0: 20 campaign years,
~300 regions, a few campaign years 1984 or after the document's own date) served by the
real command (`python -m pipeline.cli serve`) in a subprocess. What a researcher does:
open /explore and see every chart drawn (an SVG with data marks, not an empty frame; the
time until the page says every chart is drawn is measured and printed); narrow the years
and the level with the filter form and see the activity chart redrawn with the counts SQL
gives for that filter; click a bar and get the list of the documents behind it (the same
documents SQL finds, implausible campaign years left out); follow one to the review page,
which opens on the evidence of its campaign year. No implausible year is drawn anywhere.

The counts are read from what Vega drew (each mark's aria-label: "field: value; ..."), not
from the spec, so a chart that parses but draws the wrong thing fails too.
Playwright uses the system Chromium; `playwright install` is never run.
"""
from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_support import chromium, serving

CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); the browser test needs it",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")


CHARTS = ("activity", "themes", "participation", "committees", "organizers", "lead_time", "coverage")
PLAUSIBLE = "d.campaign_year >= 2005 AND (d.issue_date IS NULL OR d.campaign_year <= year(d.issue_date))"
MIN_MARKS = 10  # data marks (bars, cells, points, labels) a chart at 2,000 documents draws at least
READY_BUDGET_MS = 5000  # the issue asks for 2 s; this only catches a page that got much slower (see TIMES)
TIMES: dict[str, str] = {}  # what the run measured, printed at the end of the module

# Every chart section: its SVG's size, the data marks Vega drew (elements in `g.role-mark`
# groups with a visible box) and every text it shows.
SECTIONS_JS = """() => Array.from(document.querySelectorAll('section.chart')).map(s => {
    const svg = s.querySelector('.vis svg, .vis canvas');
    const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
    const marks = svg ? Array.from(svg.querySelectorAll('g.role-mark > *')).filter(e => {
        const r = e.getBoundingClientRect(); return r.width > 0 || r.height > 0; }) : [];
    return {name: s.dataset.chart, rendered: s.dataset.rendered || null, kind: svg ? svg.tagName : null,
            width: box.width, height: box.height, marks: marks.length,
            error: s.querySelector('.chart-error') ? s.querySelector('.chart-error').textContent : null,
            texts: svg ? Array.from(svg.querySelectorAll('text')).map(t => t.textContent) : [],
            axis: svg ? Array.from(svg.querySelectorAll('g.role-axis-label text')).map(t => t.textContent) : [],
            labels: svg ? Array.from(svg.querySelectorAll('[aria-label]')).map(e => e.getAttribute('aria-label')) : []};
})"""
BARS_JS = """() => Array.from(document.querySelectorAll('#chart-activity svg g.role-mark path[aria-label]'))
    .map((e, i) => { const r = e.getBoundingClientRect();
                     return {i: i, label: e.getAttribute('aria-label'), width: r.width, height: r.height}; })"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tools.synth_db import make_synthetic_db

    path = tmp_path_factory.mktemp("explore-browser") / "x.duckdb"
    make_synthetic_db(path, docs=2000, seed=0)
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    try:
        with serving(db) as base:
            yield base
    finally:
        if TIMES:
            print("\nexplore browser timings: " + ", ".join(f"{k} {v}" for k, v in TIMES.items()))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api, CHROMIUM) as b:
        yield b


class Tab:
    """A fresh browser context (no cache) with one page, collecting script errors and console errors."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.set_default_timeout(30_000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    try:
        yield t
    finally:
        t.close()


def _ready(page: Any) -> int:
    """Wait until every chart has drawn; the page's own time for it (ms since navigation start)."""
    page.wait_for_selector("body[data-explore-ready]", timeout=60_000)
    value = page.get_attribute("body", "data-explore-ready")
    assert value != "error", "the Vega bundle did not load in the page"
    return int(value)


def _open(tab: Tab, url: str) -> tuple[int, float]:
    """(page's ready time in ms, wall time in ms from goto to ready) for `url`."""
    started = time.monotonic()
    tab.page.goto(url, wait_until="commit")
    ready = _ready(tab.page)
    return ready, (time.monotonic() - started) * 1000


def _pairs(label: str) -> dict[str, str]:
    """A Vega mark's aria-label ("field: value; field: value") as a dict."""
    out: dict[str, str] = {}
    for part in label.split("; "):
        name, sep, value = part.partition(": ")
        if sep:
            out[name] = value
    return out


def _bars(page: Any) -> list[dict[str, Any]]:
    """The activity chart's drawn bars: index, (measure, year, level), count and on-screen size."""
    bars = []
    for bar in page.evaluate(BARS_JS):
        p = _pairs(bar["label"])
        if "measure" in p:
            bars.append({**bar, "key": (p["measure"], int(p["year"]), p["level"]), "count": int(p["count"])})
    return bars


def _drawn(page: Any) -> dict[tuple[str, int, str], int]:
    """(measure, year, level) -> the count of the bar Vega drew for it."""
    drawn: dict[tuple[str, int, str], int] = {}
    for bar in _bars(page):
        assert bar["key"] not in drawn, f"two bars for {bar['key']}"
        drawn[bar["key"]] = bar["count"]
    return drawn


def _query(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows from a read-only connection, closed at once (the server has the file open too)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _filter_sql(filters: dict[str, str]) -> tuple[str, list[Any]]:
    """The page's filters as SQL over `documents d`, written here from the filter's meaning."""
    cond: list[str] = [PLAUSIBLE]
    params: list[Any] = []
    if "year_from" in filters:
        cond.append("d.campaign_year >= ?")
        params.append(int(filters["year_from"]))
    if "year_to" in filters:
        cond.append("d.campaign_year <= ?")
        params.append(int(filters["year_to"]))
    if "level" in filters:
        cond.append("coalesce(d.region_level, 'unknown') = ?")
        params.append(filters["level"])
    return " AND ".join(cond), params


def _activity_sql(db: Path, filters: dict[str, str]) -> dict[tuple[str, int, str], int]:
    """Documents (one per text) and editions (distinct regions) per year and level, under the filters."""
    cond, params = _filter_sql(filters)
    rows = _query(db, f"""
        SELECT d.campaign_year, coalesce(d.region_level, 'unknown'),
               count(DISTINCT coalesce(d.source_text_sha256, d.doc_id)),
               count(DISTINCT coalesce(d.region_code, d.region_level, '?'))
        FROM documents d WHERE {cond} GROUP BY ALL""", params)
    out: dict[tuple[str, int, str], int] = {}
    for year, level, documents, editions in rows:
        out[("documents", int(year), level)] = int(documents)
        out[("editions", int(year), level)] = int(editions)
    return out


def _check_sections(sections: list[dict[str, Any]]) -> None:
    """Every chart drew an SVG (or canvas) of real size with data marks in it."""
    assert [s["name"] for s in sections] == list(CHARTS)
    for s in sections:
        name = s["name"]
        assert s["error"] is None, f"{name}: {s['error']}"
        assert s["rendered"] == "1", f"{name} was not drawn ({s['rendered']})"
        assert s["kind"] in ("svg", "CANVAS"), f"{name}: no svg or canvas"
        assert s["width"] > 300 and s["height"] > 150, f"{name}: a {s['width']}x{s['height']} drawing"
        assert s["marks"] >= MIN_MARKS, f"{name}: {s['marks']} data marks drawn"
        assert sum(1 for t in s["texts"] if t.strip()) >= 5, f"{name}: hardly any text (axes, labels)"


def _check_years(sections: list[dict[str, Any]], db: Path) -> None:
    """No implausible campaign year is drawn: not as a mark's year, not as a label, 1984 nowhere."""
    low, high = 2005, int(_query(db, f"SELECT max(d.campaign_year) FROM documents d WHERE {PLAUSIBLE}")[0][0])
    seen = 0
    for s in sections:
        texts = [t.strip() for t in s["texts"]]
        assert not [t for t in texts if "1984" in t], f"{s['name']} shows 1984"
        for t in s["axis"]:  # a four-digit axis label is a year (cell values may be any number)
            if re.fullmatch(r"\d{4}", t.strip()):
                assert low <= int(t) <= high, f"{s['name']} has the year {t} on an axis"
                seen += 1
        for label in s["labels"]:
            assert "1984" not in label, f"{s['name']} draws 1984: {label}"
            for name, value in _pairs(label).items():
                if name in ("year", "first_year", "last_year") or name.startswith("campaign year"):
                    assert re.fullmatch(r"\d{4}", value) and low <= int(value) <= high, f"{s['name']}: {label}"
                    seen += 1
    assert seen > 20, "no year was read from the drawings: the check above would pass on anything"


def test_every_chart_renders(tab: Tab, browser: Any, server: str, db: Path) -> None:
    """Each of the seven charts draws marks; the time until the page is ready is measured twice."""
    assert _query(db, "SELECT count(*) FROM documents WHERE campaign_year = 1984")[0][0] > 0  # the trap exists
    ready, wall = _open(tab, server + "/explore")
    cached = tab.page.get_attribute("#explore-timing", "data-cached") == "1"
    build = tab.page.get_attribute("#explore-timing", "data-build-ms")
    TIMES["first visit (right after serve answers)"] = (
        f"ready at {ready} ms, goto to ready {wall:.0f} ms, server {build} ms "
        f"({'from the page cache' if cached else 'built on request'})")
    sections = tab.page.evaluate(SECTIONS_JS)
    _check_sections(sections)
    _check_years(sections, db)
    assert tab.errors == []
    again = Tab(browser)  # a new context: no browser cache, the server's page cache warm
    try:
        ready, wall = _open(again, server + "/explore")
        _check_sections(again.page.evaluate(SECTIONS_JS))
        assert again.errors == []
        build = again.page.get_attribute("#explore-timing", "data-build-ms")
        TIMES["again (new browser context)"] = f"ready at {ready} ms, goto to ready {wall:.0f} ms, server {build} ms"
    finally:
        again.close()
    assert ready < READY_BUDGET_MS, TIMES


def test_filter_changes_the_counts(tab: Tab, server: str, db: Path) -> None:
    """Years 2012-2018 at city level through the form: the bars drawn are SQL's counts for that filter."""
    page = tab.page
    _open(tab, server + "/explore")
    unfiltered = _drawn(page)
    assert unfiltered == _activity_sql(db, {})
    without_rule = _query(db, "SELECT count(*) FROM documents d WHERE d.campaign_year BETWEEN 2006 AND 2025 "
                              f"AND NOT ({PLAUSIBLE})")[0][0]
    assert without_rule > 0  # documents the rule keeps out of plotted years: the equality above tests it

    chosen = {"year_from": "2012", "year_to": "2018", "level": "city"}
    form = page.locator("#explore-filters")
    for name, value in chosen.items():
        form.locator(f"select[name={name}]").select_option(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    ready = _ready(page)
    TIMES["filtered page (built on request)"] = f"ready at {ready} ms"
    sent = {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items() if v and v[0]}
    assert sent == chosen, page.url
    for name, value in chosen.items():  # the form shows the filters it applied
        assert form.locator(f"select[name={name}]").input_value() == value

    filtered = _drawn(page)
    expected = _activity_sql(db, chosen)
    assert filtered == expected
    assert filtered != unfiltered
    assert {year for _, year, _ in filtered} == set(range(2012, 2019))
    assert {level for _, _, level in filtered} == {"city"}
    assert sum(v for k, v in filtered.items() if k[0] == "documents") < sum(
        v for k, v in unfiltered.items() if k[0] == "documents")

    csv_text = page.evaluate("q => fetch('/explore/data.csv?chart=activity&' + q).then(r => r.text())",
                             urlsplit(page.url).query)
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert {(r["measure"], int(r["campaign_year"]), r["level"]): int(r["count"]) for r in rows} == expected
    _check_years(page.evaluate(SECTIONS_JS), db)
    assert tab.errors == []


def _drill_sql(db: Path, filters: dict[str, str], year: int, level: str) -> tuple[set[str], int]:
    """(doc_ids, distinct texts) of the documents behind the bar (year, level) under the filters."""
    cond, params = _filter_sql(filters)
    rows = _query(db, f"""SELECT d.doc_id, coalesce(d.source_text_sha256, d.doc_id) FROM documents d
                         WHERE {cond} AND d.campaign_year = ? AND coalesce(d.region_level, 'unknown') = ?""",
                  [*params, year, level])
    return {str(r[0]) for r in rows}, len({r[1] for r in rows})


def _implausible_bar(db: Path) -> tuple[int, str, str]:
    """(year, level, doc_id) of a document whose campaign year is on the axis but after its own date."""
    rows = _query(db, f"""SELECT d.campaign_year, coalesce(d.region_level, 'unknown'), d.doc_id FROM documents d
                         WHERE d.campaign_year BETWEEN 2006 AND 2025 AND NOT ({PLAUSIBLE})
                         ORDER BY d.campaign_year, d.doc_id LIMIT 1""")
    assert rows, "the synthetic database should hold a campaign year later than its document's date"
    year, level, doc_id = rows[0]
    return int(year), str(level), str(doc_id)


def _click_bar(page: Any, index: int) -> None:
    """Scroll the bar into view and click its centre with the mouse, as a researcher does."""
    bar = page.locator("#chart-activity svg g.role-mark path[aria-label]").nth(index)
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    assert box and box["width"] > 2 and box["height"] > 2, box
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_click_lists_the_documents_behind_a_bar(tab: Tab, server: str, db: Path) -> None:
    """A click on a documents bar lists SQL's documents for its year and level (not the implausible one);
    the first opens on the review page with its campaign-year evidence highlighted."""
    page = tab.page
    year, level, implausible = _implausible_bar(db)
    filters = {"year_from": str(year - 2)}
    _open(tab, server + f"/explore?year_from={filters['year_from']}")
    bar = next(b for b in _bars(page) if b["key"] == ("documents", year, level))
    _click_bar(page, bar["i"])
    page.wait_for_selector("#drill-body .drill-result")
    result = page.locator("#drill-body .drill-result")
    assert result.get_attribute("data-chart") == "activity"
    keys = result.locator(".drill-keys").inner_text()
    assert f"campaign_year = {year}" in keys and f"level = {level}" in keys, keys

    listed = result.locator("li[data-doc-id]").evaluate_all("els => els.map(e => e.dataset.docId)")
    expected, texts = _drill_sql(db, filters, year, level)
    assert len(listed) == len(set(listed))
    assert set(listed) == expected
    assert implausible not in listed
    assert texts == bar["count"], "the bar's height and the documents behind it disagree"
    page.keyboard.press("Escape")
    assert page.locator("#drill").is_hidden()

    page.locator("#drill").evaluate("el => { el.hidden = false; }")
    first = result.locator("li[data-doc-id]").first
    doc_id = first.get_attribute("data-doc-id")
    start, end, evidence = _query(db, "SELECT start, \"end\", text FROM evidence WHERE doc_id = ? "
                                      "AND field = 'campaign_year' AND pos IS NULL", [doc_id])[0]
    snippet = first.locator(".snippet").inner_text()
    assert evidence in snippet
    with page.expect_navigation():
        first.locator("a").click()
    assert page.url.endswith(f"/doc/{doc_id}#t{start}"), page.url
    target = page.locator(f"#t{start}")
    assert target.evaluate("el => el.matches(':target') && el.classList.contains('v')")
    shown = target.inner_text()
    assert shown and evidence.startswith(shown), (shown, evidence)
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") != "none"  # the highlight
    box = target.bounding_box()
    assert box and 0 <= box["y"] < 900, "the page did not open on the evidence"
    assert end > start
    assert tab.errors == []


PRIMARY = "#chart-{0} svg g.role-mark.mark-rect > [aria-label], #chart-{0} svg g.role-mark.mark-symbol > [aria-label]"
LARGEST_JS = """sel => { let best = -1, area = 0;
    document.querySelectorAll(sel).forEach((e, i) => { const r = e.getBoundingClientRect();
        if (r.width * r.height > area) { area = r.width * r.height; best = i; } });
    return best; }"""


def _drill_after_click(page: Any, locator: Any) -> Any:
    """Click the mark's centre; the drill result that comes back."""
    page.evaluate("() => { document.getElementById('drill-body').textContent = ''; }")
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    assert box and box["width"] > 1 and box["height"] > 1, box
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#drill-body .drill-result", timeout=10_000)
    return page.locator("#drill-body .drill-result")


@pytest.fixture(scope="module")
def explore_tab(browser: Any, server: str) -> Iterator[Tab]:
    """One unfiltered Explore page shared by the per-chart drill tests (drawn once)."""
    t = Tab(browser)
    try:
        _open(t, server + "/explore")
        yield t
    finally:
        t.close()


@pytest.mark.parametrize("chart", CHARTS)
def test_every_chart_drills_down(explore_tab: Tab, chart: str) -> None:
    """The largest bar, cell or point of each chart lists documents, each linking to its review page."""
    page = explore_tab.page
    selector = PRIMARY.format(chart)
    index = page.evaluate(LARGEST_JS, selector)
    assert index >= 0, f"{chart}: no bar, cell or point drawn"
    result = _drill_after_click(page, page.locator(selector).nth(index))
    assert result.get_attribute("data-chart") == chart
    names = (page.get_attribute(f"#chart-{chart}", "data-drill-keys") or "").split()
    keys = result.locator(".drill-keys .key").all_inner_texts()
    assert keys and all(k.split(" = ")[0] in names for k in keys), (names, keys)
    hrefs = result.locator("li[data-doc-id] a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs, f"{chart}: its largest mark lists no document ({keys})"
    assert all(h.startswith("/doc/") for h in hrefs)
    assert explore_tab.errors == []


def test_national_theme_row_drills_to_its_documents(explore_tab: Tab, db: Path) -> None:
    """A click on a year's national theme (the left column of the themes chart) lists the documents using it."""
    page = explore_tab.page
    year, theme = _query(db, "SELECT year, theme FROM national_themes WHERE theme IS NOT NULL ORDER BY year")[0]
    texts = page.locator("#chart-themes svg g.role-mark.mark-text > text")
    index = texts.evaluate_all("(els, t) => els.findIndex(e => e.textContent === t)", theme)
    assert index >= 0, f"the national theme of {year} is not drawn"
    result = _drill_after_click(page, texts.nth(index))
    listed = set(result.locator("li[data-doc-id]").evaluate_all("els => els.map(e => e.dataset.docId)"))
    using = {str(r[0]) for r in _query(db, f"SELECT d.doc_id FROM documents d WHERE {PLAUSIBLE} "
                                           "AND d.campaign_year = ? AND d.theme = ?", [year, theme])}
    assert using, "the synthetic database should hold documents using the national theme"
    assert using <= listed  # written exactly so; spelling variants of the theme may be listed too
    years = _query(db, "SELECT DISTINCT campaign_year FROM documents WHERE list_contains(?, doc_id)", [sorted(listed)])
    assert years == [(year,)]
