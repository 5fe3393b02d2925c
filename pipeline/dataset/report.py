"""`lifelong report`: one self-contained HTML file built from the Explore page's chart specs.

The file must open on a machine with no network (a reviewer's laptop, an archive): each chart of
`pipeline.explore.registry.CHARTS` is rendered to static SVG by vl-convert and inlined, styles are
inline, and there is no script. Under each chart, the documents behind its largest marks are listed
with their quoted evidence (snippet, document id, offsets), as the Explore page lists them on a
click. Each chart's data goes beside the report as CSV (`<stem>_data/<chart>.csv`) for re-plotting.
"""
from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pipeline.dataset.report_html import CSS, clean_svg
from pipeline.dataset.report_tables import extraction_errors_html, national_themes, overview, overview_html

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

_SAFE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def data_dir(out: Path) -> Path:
    """The folder of CSVs beside the report: `report.html` -> `report_data/`."""
    return out.with_name(out.stem + "_data")


def csv_path(folder: Path, chart_name: str) -> Path:
    """Where a chart's CSV goes; refuses a name that would leave `folder`."""
    if not _SAFE_NAME.fullmatch(chart_name):
        raise ValueError(f"refusing chart name {chart_name!r} as a file name")
    path = folder / f"{chart_name}.csv"
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"refusing to write {path} outside {folder}")
    return path


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """Write `df` as UTF-8 CSV via a temporary name, so a reader never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        df.to_csv(tmp, index=False, encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def chart_section(con: DuckDBPyConnection, chart: Any, filters: Any, folder: Path) -> tuple[str, pd.DataFrame]:
    """One chart: title, question, static SVG, link to its CSV, and the evidence of its largest marks."""
    from pipeline.dataset.report_evidence import evidence_section
    from pipeline.explore.render import svg

    df = chart.data(con, filters)
    name = escape(chart.name)
    csv = f"{quote(folder.name)}/{chart.name}.csv"
    figure = clean_svg(svg(chart.spec(df, interactive=False))) if not df.empty else \
        '<p class="muted">No data for this chart.</p>'
    html = (f'<section id="chart-{name}"><h2>{escape(chart.title)}</h2>'
            f'<p class="question">{escape(chart.question)}</p>'
            f'<figure class="chart" data-chart="{name}">{figure}</figure>'
            f'<p class="muted">Data: <a href="{escape(csv)}">{escape(csv)}</a> ({len(df)} rows).</p>'
            f"{evidence_section(con, chart, filters, df)}</section>")
    return html, df


def render(con: DuckDBPyConnection, db: Path, folder: Path) -> tuple[str, dict[str, pd.DataFrame]]:
    """The whole report as one HTML string, and each chart's data by chart name."""
    from pipeline.explore.filters import ExploreFilters
    from pipeline.explore.registry import CHARTS

    filters = ExploreFilters()
    sections, frames = [], {}
    for chart in CHARTS.values():
        html, frames[chart.name] = chart_section(con, chart, filters, folder)
        sections.append(html)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<a href="#chart-{escape(c.name)}">{escape(c.title)}</a>' for c in CHARTS.values())
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>全民终身学习活动周 dataset report</title>", f"<style>{CSS}</style></head><body>",
        "<h1>全民终身学习活动周 — dataset report</h1>",
        f'<p class="muted">From {escape(db.name)}; generated {stamp}. The same charts as the Explore page '
        "(<code>lifelong serve</code>), with no filter; under each, the documents behind its largest marks "
        "with the quoted evidence.</p>",
        overview_html(overview(con)), f"<nav>{nav}</nav>", *sections,
        "<h2>National themes (reference, with sources)</h2>", national_themes(con),
        '<h2 id="extraction-errors">Extraction errors to check</h2>', extraction_errors_html(con),
        "</body></html>",
    ]
    return "\n".join(parts), frames


def write_report(db: Path, out: Path) -> Path:
    """Render the report of database `db` into the HTML file `out` and its CSVs (each written atomically)."""
    from pipeline.store.load import connect

    out = Path(out)
    folder = data_dir(out)
    con = connect(Path(db), read_only=True)
    try:
        html, frames = render(con, Path(db), folder)
    finally:
        con.close()
    paths = {name: csv_path(folder, name) for name in frames}  # every name checked before anything is written
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in frames.items():
        write_csv(df, paths[name])
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
