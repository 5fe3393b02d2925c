"""The filters shared by every Explore chart, as GET parameters and as SQL.

One object travels from the page's query string to every chart's SQL, so a filter means the
same thing in each chart, in the drill-down and in the report. Parsing is lenient (a bad
year is ignored, not an error): the page must always render. The plausible-year rule is
part of every condition: a campaign year before the campaign existed or after the document's
own date is an extraction error and is never plotted.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

FIRST_CAMPAIGN_YEAR = 2005  # the first 全民终身学习活动周 (pipeline.review.apply.FIRST_CAMPAIGN_YEAR)
LEVELS = ("national", "province", "city", "county", "town", "unknown")
_MAX_TEXT = 100


def plausible_year(alias: str = "d") -> str:
    """SQL truth of 'this document's campaign year is inside the campaign's history'."""
    a = alias
    return (f"({a}.campaign_year >= {FIRST_CAMPAIGN_YEAR} AND "
            f"({a}.issue_date IS NULL OR {a}.campaign_year <= year({a}.issue_date)))")


def _year(value: Any) -> int | None:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def _text(value: Any) -> str | None:
    text = "" if value is None else str(value).strip()
    return text[:_MAX_TEXT] if text else None


@dataclass(frozen=True)
class ExploreFilters:
    """Year range, region level, province, city, document type and review status; all optional."""

    year_from: int | None = None
    year_to: int | None = None
    level: str | None = None
    province: str | None = None
    city: str | None = None
    doc_type: str | None = None
    status: str | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> ExploreFilters:
        """Filters from GET parameters; values that do not parse are ignored."""
        level = _text(params.get("level"))
        return cls(
            year_from=_year(params.get("year_from")), year_to=_year(params.get("year_to")),
            level=level if level in LEVELS else None,
            province=_text(params.get("province")), city=_text(params.get("city")),
            doc_type=_text(params.get("doc_type")), status=_text(params.get("status")),
        )

    def to_params(self) -> dict[str, str]:
        """The GET parameters of the filters that are set."""
        return {k: str(v) for k, v in asdict(self).items() if v is not None}

    def where(self, alias: str = "d") -> tuple[str, list[Any]]:
        """SQL condition over `documents <alias>` with `?` parameters (plausible years always)."""
        a = alias
        parts, params = [plausible_year(a)], []
        simple = {"province": f"{a}.region_province", "city": f"{a}.region_city", "doc_type": f"{a}.doc_type",
                  "status": f"{a}.review_status", "level": f"coalesce({a}.region_level, 'unknown')"}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "year_from":
                parts.append(f"{a}.campaign_year >= ?")
            elif f.name == "year_to":
                parts.append(f"{a}.campaign_year <= ?")
            else:
                parts.append(f"{simple[f.name]} = ?")
            params.append(value)
        return " AND ".join(parts), params


def _column(con: DuckDBPyConnection, sql: str) -> list[Any]:
    return [r[0] for r in con.execute(sql).fetchall()]


def options(con: DuckDBPyConnection) -> dict[str, Any]:
    """Values for each filter's select, from the documents with a plausible campaign year.

    Keys: years, levels, provinces, doc_types, statuses (lists) and cities (a dict
    province -> sorted list of its cities).
    """
    ok = f"FROM documents d WHERE {plausible_year('d')}"
    cities: dict[str, list[str]] = {}
    for province, city in con.execute(
            f"SELECT DISTINCT d.region_province, d.region_city {ok} AND d.region_province IS NOT NULL "
            "AND d.region_city IS NOT NULL ORDER BY 1, 2").fetchall():
        cities.setdefault(province, []).append(city)
    levels = set(_column(con, f"SELECT DISTINCT coalesce(d.region_level, 'unknown') {ok}"))
    return {
        "years": _column(con, f"SELECT DISTINCT d.campaign_year {ok} ORDER BY 1"),
        "levels": [lv for lv in LEVELS if lv in levels],
        "provinces": _column(con, f"SELECT DISTINCT d.region_province {ok} AND d.region_province IS NOT NULL ORDER BY 1"),
        "cities": cities,
        "doc_types": _column(con, f"SELECT DISTINCT d.doc_type {ok} AND d.doc_type IS NOT NULL ORDER BY 1"),
        "statuses": _column(con, f"SELECT DISTINCT d.review_status {ok} AND d.review_status IS NOT NULL ORDER BY 1"),
    }
