"""Entities resolved across documents, rebuilt as derived tables after every load.

The document tables hold what each document says; researchers need what the documents
say *about the same things*: one organization however it is written, one person across
years, the regions with their parents, and each campaign edition (year x region) with
its notice, plan and later summary. These tables are a pure function of the document
tables, so `build_derived` simply rebuilds them all (inside the load transaction, so a
reader never sees documents without their entities). Heavy work stays in SQL; Python
only resolves the distinct (name, region) pairs and region codes.
"""
from __future__ import annotations

import csv
import io
from importlib import resources
from typing import TYPE_CHECKING, Any

import pandas as pd

from models.tables import TableSpec
from pipeline.dataset.entities_orgs import DocRegion, resolve
from pipeline.dataset.entities_people import PEOPLE_INSERT, ROLES_INSERT, title_org
from pipeline.sqlframe import insert_frame

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

_MENTIONS_SQL = """
SELECT doc_id, 'issuers' AS source, pos, NULL AS role, name FROM issuers
UNION ALL SELECT doc_id, 'organizers', pos, role, name FROM organizers
UNION ALL SELECT doc_id, 'contacts', pos, NULL, org FROM contacts
"""
_REGION_COLS = "d.region_code, d.region_province, d.region_city, d.region_county, d.region_town"

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


def build_derived(con: DuckDBPyConnection) -> None:
    """Rebuild every derived table from the document tables (call inside the load transaction)."""
    create_derived(con)
    for spec in DERIVED_TABLES:
        con.execute(f'DELETE FROM "{spec.name}"')
    _build_national_themes(con)
    _build_organizations(con)
    con.execute(PEOPLE_INSERT)
    con.execute(ROLES_INSERT)
    _build_editions(con)
    _build_regions(con)


def _insert(con: DuckDBPyConnection, spec: TableSpec, df: pd.DataFrame) -> None:
    insert_frame(con, spec, df)


def national_theme_rows() -> list[dict[str, Any]]:
    """The shipped reference file: national theme per campaign year and where it is stated."""
    text = resources.files("pipeline.reference").joinpath("national_themes.csv").read_text(encoding="utf-8")
    return [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _build_national_themes(con: DuckDBPyConnection) -> None:
    rows = national_theme_rows()
    _insert(con, NATIONAL_THEMES, pd.DataFrame(rows, columns=NATIONAL_THEMES.names, dtype=object))


def _raw_mentions(con: DuckDBPyConnection) -> pd.DataFrame:
    """Every organization name as written, with the mentioning document's region parts."""
    sql = f"""SELECT m.doc_id, m.source, m.pos, m.role, m.name, {_REGION_COLS}
              FROM ({_MENTIONS_SQL}) m JOIN documents d USING (doc_id)
              WHERE coalesce(m.name, '') <> ''"""
    mentions = con.execute(sql).df()
    committee = con.execute(
        f"""SELECT c.doc_id, 'committee_members' AS source, c.pos, c.role, c.title AS name, {_REGION_COLS}
            FROM committee_members c JOIN documents d USING (doc_id) WHERE coalesce(c.title, '') <> ''"""
    ).df()
    titles = {t: title_org(t) for t in committee["name"].unique()}
    committee["name"] = committee["name"].map(titles)
    return pd.concat([mentions, committee.dropna(subset=["name"])], ignore_index=True)


def _resolve_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (name, document region): the organization it resolves to."""
    keys = mentions.drop_duplicates(["name", "region_code"])
    out = []
    for row in keys.itertuples(index=False):
        region = DocRegion(*(None if pd.isna(v) else v for v in (
            row.region_code, row.region_province, row.region_city, row.region_county, row.region_town)))
        org = resolve(row.name, region)
        out.append((row.name, row.region_code, org.org_id, org.name, org.region_code))
    return pd.DataFrame(out, columns=["name", "region_code", "org_id", "org_name", "org_region"], dtype=object)


def _build_organizations(con: DuckDBPyConnection) -> None:
    mentions = _raw_mentions(con)
    if mentions.empty:
        return
    resolved = _resolve_frame(mentions)
    merged = mentions.merge(resolved, on=["name", "region_code"], how="left")
    _insert(con, ORGANIZATION_MENTIONS, merged.rename(columns={"name": "name_as_written"}).astype(object))
    con.register("_resolved_orgs", resolved)
    try:
        con.execute("""
            INSERT INTO organizations
            SELECT r.org_id, any_value(r.org_name), any_value(r.org_region), count(DISTINCT m.doc_id), count(*),
                   string_agg(DISTINCT m.name_as_written, '；' ORDER BY m.name_as_written)
            FROM organization_mentions m JOIN (SELECT DISTINCT org_id, org_name, org_region FROM _resolved_orgs) r
              USING (org_id)
            GROUP BY r.org_id""")
    finally:
        con.unregister("_resolved_orgs")


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
