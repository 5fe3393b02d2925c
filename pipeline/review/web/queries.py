"""The SQL behind the documents page: one COUNT and one page query, whatever the table size.

The list is read straight from `documents` (schema version 4: `review_status`, `attention`)
with LIMIT/OFFSET under a total order (queue rank, campaign year descending, doc_id), so a
page is stable between requests and DuckDB answers it with a top-N scan instead of sorting
100,000 rows. Nothing is queried per row. Filters are bound parameters, never pasted SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
QUEUE_SIZE = 10
FAILED_LIMIT = 200
STATUSES = ("needs attention", "unreviewed", "reviewed")

# needs attention first, then what nobody checked yet, reviewed last
RANK = "CASE review_status WHEN 'needs attention' THEN 0 WHEN 'reviewed' THEN 2 ELSE 1 END"
ORDER = f"{RANK}, campaign_year DESC NULLS LAST, doc_id"
REGION = "concat_ws(' ', region_province, region_city, region_county, region_town)"
COLUMNS = (
    f"doc_id, campaign_year, {REGION} AS region, region_level, doc_type, title, "
    "review_status, attention, warnings, source_format"
)


# documents with review_status / attention taken from the relation `live` where it has a row
# (only the columns the list reads: the JSON `record` column stays on disk)
LIVE_SOURCE = (
    "(SELECT d.doc_id, d.campaign_year, d.region_province, d.region_city, d.region_county, d.region_town, "
    "d.region_level, d.doc_type, d.title, d.warnings, d.source_format, "
    "coalesce(l.review_status, d.review_status) AS review_status, coalesce(l.attention, d.attention) AS attention "
    "FROM documents d LEFT JOIN live l USING (doc_id))"
)


@dataclass
class Filters:
    """What the documents page was asked to show (its GET query parameters)."""

    year: str = ""
    region: str = ""
    level: str = ""
    doc_type: str = ""
    title: str = ""
    status: str = ""
    warnings: str = ""  # 'any', 'none' or text the warnings must contain
    page: int = 1
    size: int = PAGE_SIZE

    @classmethod
    def from_params(cls, params: Any) -> Filters:
        """Read the query string leniently: an unusable page or size falls back to the default."""
        def text(name: str) -> str:
            return str(params.get(name, "") or "").strip()[:200]

        return cls(
            year=text("year"), region=text("region"), level=text("level"), doc_type=text("doc_type"),
            title=text("title"), status=text("status"), warnings=text("warnings"),
            page=max(1, _int(text("page"), 1)),
            size=min(MAX_PAGE_SIZE, max(1, _int(text("size"), PAGE_SIZE))),
        )

    def params(self, **changes: Any) -> dict[str, str]:
        """The non-empty query parameters, with `changes` applied (for paging links)."""
        values = {
            "year": self.year, "region": self.region, "level": self.level, "doc_type": self.doc_type,
            "title": self.title, "status": self.status, "warnings": self.warnings,
            "page": str(self.page) if self.page != 1 else "",
            "size": str(self.size) if self.size != PAGE_SIZE else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v and not (k == "page" and v == "1")}


def _int(value: str, default: int) -> int:
    try:
        return int(value)
    except ValueError:
        return default


def where(f: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause for the filters and its parameters."""
    clauses: list[str] = []
    args: list[Any] = []
    if f.year == "none":
        clauses.append("campaign_year IS NULL")
    elif f.year:
        clauses.append("campaign_year = ?")
        args.append(_int(f.year, -1))
    if f.region:
        clauses.append(f"contains(lower({REGION}), lower(?))")
        args.append(f.region)
    for column, value in (("region_level", f.level), ("doc_type", f.doc_type), ("review_status", f.status)):
        if value == "none":
            clauses.append(f"{column} IS NULL")
        elif value:
            clauses.append(f"{column} = ?")
            args.append(value)
    if f.title:
        clauses.append("contains(lower(title), lower(?))")
        args.append(f.title)
    clauses.extend(_warning_clause(f.warnings, args))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _warning_clause(value: str, args: list[Any]) -> list[str]:
    empty = "(warnings IS NULL OR warnings IN ('', '[]'))"
    if value == "any":
        return [f"NOT {empty}"]
    if value == "none":
        return [empty]
    if value:
        args.append(value)
        return ["contains(lower(warnings), lower(?))"]
    return []


@dataclass
class Page:
    """One page of the documents list, with what the page needs around it."""

    rows: list[dict[str, Any]]
    total: int
    filters: Filters
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.filters.size))


def documents_page(con: DuckDBPyConnection, f: Filters, src: str = "documents") -> Page:
    """One COUNT and one LIMIT/OFFSET query under the stable order.

    `src` is the relation to read: `documents`, or `LIVE_SOURCE` when statuses from the
    corrections log override the stored ones.
    """
    clause, args = where(f)
    total = int(con.execute(f"SELECT count(*) FROM {src}{clause}", args).fetchall()[0][0])
    offset = (f.page - 1) * f.size
    sql = f"SELECT {COLUMNS} FROM {src}{clause} ORDER BY {ORDER} LIMIT ? OFFSET ?"
    return Page(_dicts(con.execute(sql, [*args, f.size, offset])), total, f)


def facets(con: DuckDBPyConnection, src: str = "documents") -> dict[str, list[tuple[Any, int]]]:
    """The values offered in the filter menus, with counts: one GROUPING SETS query."""
    sql = (
        f"SELECT campaign_year, region_level, doc_type, review_status, GROUPING_ID(campaign_year, "
        f"region_level, doc_type, review_status) AS g, count(*) FROM {src} GROUP BY GROUPING SETS "
        "((campaign_year), (region_level), (doc_type), (review_status))"
    )
    out: dict[str, list[tuple[Any, int]]] = {"year": [], "level": [], "doc_type": [], "status": []}
    masks = {0b0111: ("year", 0), 0b1011: ("level", 1), 0b1101: ("doc_type", 2), 0b1110: ("status", 3)}
    for row in con.execute(sql).fetchall():
        name, col = masks[int(row[4])]
        out[name].append((row[col], int(row[5])))
    out["year"].sort(key=lambda item: (item[0] is None, -(item[0] or 0)))
    for name in ("level", "doc_type", "status"):
        out[name].sort(key=lambda item: (item[0] is None, str(item[0])))
    return out


def queue(con: DuckDBPyConnection, limit: int = QUEUE_SIZE, src: str = "documents") -> list[dict[str, Any]]:
    """The first documents needing attention (their number comes with the status facet)."""
    return _dicts(con.execute(
        f"SELECT {COLUMNS} FROM {src} WHERE review_status = 'needs attention' ORDER BY {ORDER} LIMIT ?",
        [limit]))


def next_in_queue(con: DuckDBPyConnection, doc_id: str | None = None, src: str = "documents") -> str | None:
    """The document to review after `doc_id`: the next not yet reviewed one in the list order.

    Wraps to the start of the queue, so after the current document is marked reviewed
    `n` still leads to what is left.
    """
    key = f"({RANK}, -coalesce(campaign_year, -1e9), doc_id)"
    base = f"SELECT doc_id FROM {src} WHERE coalesce(review_status, '') <> 'reviewed'"
    if doc_id is not None:
        rows = con.execute(
            f"{base} AND {key} > (SELECT {key} FROM {src} WHERE doc_id = ?) ORDER BY {ORDER} LIMIT 1",
            [doc_id]).fetchall()
        if rows:
            return str(rows[0][0])
        rows = con.execute(f"{base} AND doc_id <> ? ORDER BY {ORDER} LIMIT 1", [doc_id]).fetchall()
    else:
        rows = con.execute(f"{base} ORDER BY {ORDER} LIMIT 1").fetchall()
    return str(rows[0][0]) if rows else None


def failed_files(con: DuckDBPyConnection, limit: int = FAILED_LIMIT) -> tuple[list[dict[str, Any]], int]:
    """Files whose latest run failed them (a file that failed once and loaded later is not listed)."""
    latest = (
        "SELECT f.path, f.reason, f.message, f.state, f.run_id, r.started FROM files f "
        "JOIN runs r USING (run_id) QUALIFY row_number() OVER "
        "(PARTITION BY f.path ORDER BY r.started DESC, f.state = 'failed') = 1"
    )
    total = int(con.execute(f"SELECT count(*) FROM ({latest}) WHERE state = 'failed'").fetchall()[0][0])
    rows = _dicts(con.execute(
        f"SELECT path, reason, message, run_id, started FROM ({latest}) WHERE state = 'failed' "
        "ORDER BY started DESC, path LIMIT ?", [limit]))
    return rows, total


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
