"""`lifelong report`: one self-contained HTML file with charts, tables and quoted evidence.

The file must open on a machine with no network (a reviewer's laptop, an archive), so
charts are inline SVG drawn in Python, styles are inline, and there is no script. Every
figure the report shows links to an evidence entry that quotes the source snippet with
its document id and offsets, so a reader can check each number against the text.
"""
from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import report_svg as svg

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

LEVELS = ("national", "province", "city", "county", "town", "unknown")
MAX_LANES = 12
MAX_ROWS = 40

_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;
color:#222;padding:0 1em}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
th{background:#f4f4f4}.chart{display:block;margin:1em 0;max-width:100%;height:auto}.muted{color:#777}
blockquote{margin:.3em 0 1em;padding:.3em .8em;border-left:3px solid #f28e2b;background:#fafafa}
.ev:target{background:#fff6d5}
"""


def _rows(con: DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def anchor(doc_id: str, field: str, pos: int | None) -> str:
    """The id of an evidence entry (document, field, list position)."""
    return f"ev-{doc_id[:16]}-{field}-{'s' if pos is None else pos}"


def _table(rows: list[dict[str, Any]], columns: list[str], links: dict[str, str] | None = None) -> str:
    """An HTML table; `links` maps a column to the row key holding its href."""
    links = links or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows[:MAX_ROWS]:
        cells = []
        for c in columns:
            text = escape("" if row.get(c) is None else str(row[c]))
            href = row.get(links[c]) if c in links else None
            cells.append(f'<td><a href="#{escape(href)}">{text}</a></td>' if href else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="muted">{len(rows) - MAX_ROWS} more rows not shown.</p>' if len(rows) > MAX_ROWS else ""
    return f"<table><tr>{head}</tr>{''.join(body)}</table>{more}"


def docs_chart(con: DuckDBPyConnection) -> str:
    rows = _rows(con, """SELECT coalesce(CAST(campaign_year AS VARCHAR), '?') AS year,
                         coalesce(region_level, 'unknown') AS level, count(*) AS n
                         FROM documents GROUP BY ALL ORDER BY year""")
    years = sorted({r["year"] for r in rows})
    present = [lv for lv in LEVELS if any(r["level"] == lv for r in rows)]
    series = {lv: [float(sum(r["n"] for r in rows if r["year"] == y and r["level"] == lv)) for y in years]
              for lv in present}
    return svg.stacked_bars("documents-per-year", "Documents per campaign year and region level", years, series)


def theme_chart(con: DuckDBPyConnection) -> str:
    rows = _rows(con, "SELECT * FROM theme_by_year ORDER BY campaign_year")
    years = sorted({r["campaign_year"] for r in rows})
    lanes: list[tuple[str, dict[int, str]]] = [("全国 (national)", {
        r["campaign_year"]: r["national_theme"] for r in rows if r["national_theme"]})]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["region_name"] or "?"] = counts.get(r["region_name"] or "?", 0) + r["documents"]
    for region in sorted(counts, key=lambda k: -counts[k])[:MAX_LANES]:
        lanes.append((region, {r["campaign_year"]: r["local_theme"] for r in rows if (r["region_name"] or "?") == region}))
    return svg.timeline("theme-timeline", "Themes by year: national and local", years, lanes)


PARTICIPANTS_SQL = """
SELECT coalesce(region_name, region_code, '?') AS region, CAST(campaign_year AS VARCHAR) AS year,
       max(max_value) AS value, arg_max(unit, max_value) AS unit, arg_max(what, max_value) AS what,
       arg_max(evidence_key, max_value) AS evidence_key
FROM participation_by_region_year
WHERE measure = 'participants' AND campaign_year IS NOT NULL
GROUP BY ALL ORDER BY region, year
"""


def participation(con: DuckDBPyConnection) -> list[dict[str, Any]]:
    """Largest participant count per region and year, with the anchor of its evidence."""
    rows = _rows(con, PARTICIPANTS_SQL)
    for r in rows:
        doc_id, _, pos = (r["evidence_key"] or "::").rpartition(":")
        r["doc_id"], r["pos"] = doc_id, int(pos) if pos.isdigit() else None
        r["href"] = anchor(doc_id, "figures", r["pos"])
    return rows


def participation_chart(rows: list[dict[str, Any]]) -> str:
    regions = sorted({r["region"] for r in rows})
    years = sorted({r["year"] for r in rows})
    cells = {(r["region"], r["year"]): svg.Cell(float(r["value"]), f"{r['value']:g}{r['unit']}", "#" + r["href"])
             for r in rows}
    return svg.dot_grid("participation", "Participants by region and year (largest stated count)", regions, years, cells)


def coverage_chart(con: DuckDBPyConnection) -> str:
    from pipeline.load_summary import coverage

    ids = [r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()]
    cov = coverage(con, ids)
    return svg.hbars("field-coverage", f"Field coverage over {len(ids)} documents", list(cov.items()))


def figure_rows(con: DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every participation figure shown in the tables, with its evidence (doc, offsets, snippet)."""
    rows = _rows(con, """
        SELECT p.campaign_year, coalesce(p.region_name, p.region_code) AS region, p.measure, p.unit, p.what,
               p.max_value AS value, split_part(p.evidence_key, ':', 1) AS doc_id,
               CAST(split_part(p.evidence_key, ':', 2) AS INTEGER) AS pos,
               e.text AS snippet, e.start, e."end", d.title
        FROM participation_by_region_year p
        LEFT JOIN evidence e ON e.doc_id = split_part(p.evidence_key, ':', 1) AND e.field = 'figures'
             AND e.pos = CAST(split_part(p.evidence_key, ':', 2) AS INTEGER)
        LEFT JOIN documents d ON d.doc_id = split_part(p.evidence_key, ':', 1)
        ORDER BY p.campaign_year, region, p.measure, value DESC""")
    for r in rows:
        r["href"] = anchor(r["doc_id"], "figures", r["pos"])
        r["value"] = f"{r['value']:g}"
    return rows


def evidence_section(rows: list[dict[str, Any]]) -> str:
    """One quoted entry per figure shown: snippet, document, offsets into the normalised text."""
    out, seen = [], set()
    for r in rows:
        if r["href"] in seen:
            continue
        seen.add(r["href"])
        where = f"doc {r['doc_id']} · figures[{r['pos']}] · offsets {r['start']}–{r['end']}"
        out.append(f'<div class="ev" id="{escape(r["href"])}"><b>{escape(r["value"])}{escape(r["unit"] or "")}</b> '
                   f'{escape(r["what"] or "")} <span class="muted">({escape(r["title"] or "")})</span>'
                   f"<blockquote>{escape(r['snippet'] or '(no snippet stored)')}</blockquote>"
                   f'<p class="muted">{escape(where)}</p></div>')
    return "\n".join(out)


def _summary_tables(con: DuckDBPyConnection) -> list[str]:
    editions = _rows(con, """SELECT e.campaign_year, coalesce(r.name, 'national') AS region, e.region_level,
        e.documents, len(e.notice_ids) AS notices, len(e.plan_ids) AS plans, len(e.summary_ids) AS summaries,
        len(e.news_ids) AS news FROM editions e LEFT JOIN regions r ON r.code = e.region_code
        ORDER BY e.campaign_year, region""")
    national = _rows(con, "SELECT year, theme, source FROM national_themes WHERE theme IS NOT NULL ORDER BY year")
    committees = _rows(con, """SELECT campaign_year, region_name, body, members, heads
        FROM committee_size_by_region_year ORDER BY campaign_year, region_name, members DESC""")
    network = _rows(con, """SELECT org_a_name, org_b_name, documents, years FROM organizer_network
        ORDER BY documents DESC, org_a_name LIMIT 20""")
    return [
        "<h2>Campaign editions (year × region)</h2>",
        _table(editions, ["campaign_year", "region", "region_level", "documents", "notices", "plans", "summaries", "news"]),
        "<h2>National themes (reference, with sources)</h2>", _table(national, ["year", "theme", "source"]),
        "<h2>Committee size</h2>", _table(committees, ["campaign_year", "region_name", "body", "members", "heads"]),
        "<h2>Organizers that organize together</h2>", _table(network, ["org_a_name", "org_b_name", "documents", "years"]),
    ]


def render(con: DuckDBPyConnection, db: Path) -> str:
    """The whole report as one HTML string."""
    figures = figure_rows(con)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        "<title>全民终身学习活动周 dataset report</title>", f"<style>{_CSS}</style></head><body>",
        "<h1>全民终身学习活动周 — dataset report</h1>",
        f'<p class="muted">{n_docs} documents from {escape(db.name)}; generated {stamp}. '
        "Numbers link to the quoted evidence at the end.</p>",
        "<h2>Documents</h2>", docs_chart(con),
        "<h2>Themes</h2>", theme_chart(con),
        "<h2>Participation</h2>", participation_chart(participation(con)),
        "<h2>Field coverage</h2>", coverage_chart(con),
        *_summary_tables(con),
        "<h2>Figures</h2>",
        _table(figures, ["campaign_year", "region", "measure", "value", "unit", "what"], links={"value": "href"}),
        '<h2 id="evidence">Evidence</h2>', evidence_section(figures),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_report(db: Path, out: Path) -> Path:
    """Render the report of database `db` into the HTML file `out` (written atomically)."""
    from pipeline.load import connect

    con = connect(Path(db), read_only=True)
    try:
        html = render(con, Path(db))
    finally:
        con.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
