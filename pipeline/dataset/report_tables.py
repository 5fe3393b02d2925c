"""The report's tables that are not charts: what the database holds, national themes with their
sources, and the campaign years that cannot be true (listed to check, never plotted)."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from pipeline.dataset.report_html import table
from pipeline.explore.filters import plausible_year

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

# The negation of the charts' plausible-year rule (pipeline.review.apply.campaign_year_implausible):
# what the charts leave out, the report lists.
IMPLAUSIBLE_YEAR = f"d.campaign_year IS NOT NULL AND NOT {plausible_year('d')}"


def rows(con: DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def overview(con: DuckDBPyConnection) -> dict[str, Any]:
    """Counts for the report's opening line."""
    sql = f"""SELECT count(*) AS documents, count(d.campaign_year) AS with_year,
                     count(*) FILTER (WHERE {IMPLAUSIBLE_YEAR}) AS implausible,
                     count(*) FILTER (WHERE d.review_status = 'reviewed') AS reviewed,
                     count(*) FILTER (WHERE d.review_status = 'needs attention') AS attention,
                     min(d.campaign_year) FILTER (WHERE NOT ({IMPLAUSIBLE_YEAR})) AS first_year,
                     max(d.campaign_year) FILTER (WHERE NOT ({IMPLAUSIBLE_YEAR})) AS last_year
              FROM documents d"""
    return rows(con, sql)[0]


def overview_html(o: dict[str, Any]) -> str:
    span = f"campaign years {o['first_year']}–{o['last_year']}" if o["first_year"] is not None else "no campaign year"
    return (f"<p>{o['documents']} documents, {o['with_year']} with a campaign year ({escape(span)}); "
            f"{o['reviewed']} reviewed, {o['attention']} need attention; {o['implausible']} campaign years "
            f'outside the campaign\'s history are not plotted (<a href="#extraction-errors">listed below</a>).</p>')


def national_themes(con: DuckDBPyConnection) -> str:
    """The national theme of each year and where it is stated (the themes chart shows no sources)."""
    found = rows(con, "SELECT year, theme, source FROM national_themes WHERE theme IS NOT NULL ORDER BY year")
    if not found:
        return '<p class="muted">No national theme is stated in the corpus.</p>'
    return table(found, ["year", "theme", "source"], limit=100)


def extraction_errors(con: DuckDBPyConnection, limit: int = 200) -> list[dict[str, Any]]:
    """Documents whose campaign year is before 2005 or after their own issue date."""
    return rows(con, f"""SELECT d.doc_id, d.title, d.campaign_year, d.issue_date, d.region_level,
                                coalesce(d.region_county, d.region_city, d.region_province) AS region,
                                d.review_status
                         FROM documents d WHERE {IMPLAUSIBLE_YEAR}
                         ORDER BY d.campaign_year, d.issue_date, d.doc_id LIMIT {int(limit)}""")


def extraction_errors_html(con: DuckDBPyConnection) -> str:
    found = extraction_errors(con)
    if not found:
        return '<p class="muted">None: every campaign year is within the campaign\'s history.</p>'
    note = ('<p class="muted">A campaign year before 2005 (the first 全民终身学习活动周) or later than the '
            "document's own issue date is an extraction error: these documents are left out of every chart "
            "above; check them with <code>lifelong serve</code>.</p>")
    return note + table(found, ["doc_id", "title", "campaign_year", "issue_date", "region_level", "region",
                                "review_status"], limit=200)
