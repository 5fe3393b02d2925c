"""Entities resolved across documents, rebuilt as derived tables after every load.

The document tables hold what each document says; researchers need what the documents
say *about the same things*: one organization however it is written, one person across
years, the regions with their parents, and each campaign edition (year x region) with
its notice, plan and later summary. These tables are a pure function of the document
tables, so `build_derived` brings them up to date after every load (inside the load
transaction, so a reader never sees documents without their entities). Heavy work stays
in SQL; Python only resolves the distinct (name, region) pairs, for the documents that
changed (`entities_mentions`), and region codes.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandas as pd

from models.tables import TableSpec
from pipeline.dataset.entities_mentions import CHUNK, record_build, refresh_organizations, stale_documents
from pipeline.dataset.entities_people import refresh_people
from pipeline.sqlframe import insert_frame, transaction

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

V, INT, D = "VARCHAR", "INTEGER", "DATE"
REGIONS = TableSpec("regions", (("code", V), ("name", V), ("level", V), ("parent_code", V)), key=("code",))
ORGANIZATIONS = TableSpec(
    "organizations",
    (("org_id", V), ("name", V), ("region_code", V), ("documents", INT), ("mentions", INT), ("names_as_written", V)),
    key=("org_id",),
)
ORGANIZATION_MENTIONS = TableSpec(
    "organization_mentions",
    (("doc_id", V), ("source", V), ("pos", INT), ("role", V), ("name_as_written", V), ("org_id", V)),
)
PEOPLE = TableSpec(
    "people",
    (("person_id", V), ("name", V), ("region_code", V), ("org_id", V), ("documents", INT),
     ("first_year", INT), ("last_year", INT)),
    key=("person_id",),
)
PERSON_ROLES = TableSpec(
    "person_roles",
    (("person_id", V), ("doc_id", V), ("pos", INT), ("campaign_year", INT), ("body", V), ("role", V),
     ("title", V), ("org_id", V)),
)
EDITIONS = TableSpec(
    "editions",
    (("edition_id", V), ("campaign_year", INT), ("region_code", V), ("region_level", V), ("documents", INT),
     ("notice_ids", "VARCHAR[]"), ("plan_ids", "VARCHAR[]"), ("summary_ids", "VARCHAR[]"),
     ("news_ids", "VARCHAR[]"), ("other_ids", "VARCHAR[]"), ("first_issued", D), ("summary_issued", D)),
    key=("edition_id",),
)
NATIONAL_THEMES = TableSpec(
    "national_themes", (("year", INT), ("theme", V), ("source", V), ("note", V)), key=("year",),
)
DERIVED_TABLES: tuple[TableSpec, ...] = (
    REGIONS, ORGANIZATIONS, ORGANIZATION_MENTIONS, PEOPLE, PERSON_ROLES, EDITIONS, NATIONAL_THEMES,
)

_EDITIONS_SQL = """
INSERT INTO editions
SELECT campaign_year || '-' || coalesce(region_code, 'national'), campaign_year, region_code,
       CASE WHEN region_code IS NULL THEN 'national' ELSE any_value(region_level) END, count(*),
       {lists}, min(issue_date), max(issue_date) FILTER (WHERE doc_type = 'summary')
FROM documents
WHERE campaign_year IS NOT NULL AND (region_code IS NOT NULL OR region_level = 'national')
GROUP BY campaign_year, region_code
"""
_TYPES = ("notice", "plan", "summary", "news")


def create_derived(con: DuckDBPyConnection) -> None:
    """Create the derived tables if missing (empty)."""
    for spec in DERIVED_TABLES:
        con.execute(spec.ddl())


def build_derived(con: DuckDBPyConnection, changed: Collection[str] | None = None) -> None:
    """Bring every derived table up to date with the document tables.

    `changed`: the doc_ids written or removed since the last build; None rebuilds from
    every document. Only organization mentions are resolved in Python, so only they are
    refreshed document by document (`entities_mentions`); the other tables are SQL
    aggregates over the whole database and are simply rebuilt.

    Call outside a transaction: the build commits a chunk of documents at a time, then
    each aggregate table. DuckDB keeps what a transaction deleted and wrote in memory
    while its later statements run; building a 130,000-document archive in one
    transaction ran out of the writer's memory cap. A reader may see the entities of the newest
    documents arrive in steps, as it sees their documents arrive batch by batch.
    """
    with transaction(con):
        create_derived(con)
    refresh_organizations(con, ORGANIZATION_MENTIONS, ORGANIZATIONS, changed)
    refresh_people(con, changed, CHUNK)  # people read the mentions
    for spec, build in _REBUILT:
        with transaction(con):  # a table a transaction: see the docstring
            con.execute(f'DELETE FROM "{spec.name}"')
            build(con)
    with transaction(con):
        record_build(con)


def update_derived(con: DuckDBPyConnection, also: Collection[str] = ()) -> bool:
    """Bring the derived tables up to date after a load: the documents loaded since the
    last build (`stale_documents`) and `also` (documents rewritten in place, such as by a
    replayed correction, which keep their `loaded_at`). Nothing new: nothing done (False)."""
    stale = stale_documents(con)
    if stale == [] and not also:
        return False
    build_derived(con, None if stale is None else [*stale, *also])
    return True


def _insert(con: DuckDBPyConnection, spec: TableSpec, df: pd.DataFrame) -> None:
    insert_frame(con, spec, df)


def national_theme_rows() -> list[dict[str, Any]]:
    """The shipped reference file: national theme per campaign year and where it is stated."""
    text = resources.files("pipeline.reference").joinpath("national_themes.csv").read_text(encoding="utf-8")
    return [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _build_national_themes(con: DuckDBPyConnection) -> None:
    rows = national_theme_rows()
    _insert(con, NATIONAL_THEMES, pd.DataFrame(rows, columns=NATIONAL_THEMES.names, dtype=object))


def _build_editions(con: DuckDBPyConnection) -> None:
    order = "ORDER BY issue_date NULLS LAST, doc_id"
    lists = [f"coalesce(list(doc_id {order}) FILTER (WHERE doc_type = '{t}'), [])" for t in _TYPES]
    known = ", ".join(f"'{t}'" for t in _TYPES)
    lists.append(f"coalesce(list(doc_id {order}) FILTER (WHERE coalesce(doc_type, '') NOT IN ({known})), [])")
    con.execute(_EDITIONS_SQL.format(lists=", ".join(lists)))


def region_rows(codes: list[str]) -> list[dict[str, Any]]:
    """Each code that cpca knows, with its ancestors: code, name, level, parent code."""
    from pipeline.normalize.regions import CITY, COUNTY, PROVINCE, gazetteer

    g = gazetteer()
    levels = {PROVINCE: "province", CITY: "city", COUNTY: "county"}
    rows: dict[str, dict[str, Any]] = {}
    for code in codes:
        place = g.by_code.get(code)
        while place is not None and place.code not in rows:
            parent = g.parent(place, place.rank - 1) if place.rank > PROVINCE else None
            if parent is None and place.rank == COUNTY:  # municipality districts: the province
                parent = g.parent(place, PROVINCE)
            rows[place.code] = {"code": place.code, "name": place.name, "level": levels[place.rank],
                                "parent_code": parent.code if parent else None}
            place = parent
    return list(rows.values())


def _build_regions(con: DuckDBPyConnection) -> None:
    codes = [r[0] for r in con.execute(
        "SELECT region_code FROM documents WHERE region_code IS NOT NULL "
        "UNION SELECT region_code FROM organizations WHERE region_code IS NOT NULL").fetchall()]
    rows = region_rows(sorted(codes))
    _insert(con, REGIONS, pd.DataFrame(rows, columns=REGIONS.names, dtype=object))


# The tables rebuilt whole after the organizations and people (small: a row a year and region).
_REBUILT: tuple[tuple[TableSpec, Callable[[DuckDBPyConnection], object]], ...] = (
    (NATIONAL_THEMES, lambda con: _build_national_themes(con)),
    (EDITIONS, lambda con: _build_editions(con)),
    (REGIONS, lambda con: _build_regions(con)),
)
