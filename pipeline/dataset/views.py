"""Comparison views: the questions researchers ask across years and places, as SQL views.

Views (not tables) so they always reflect the current documents and entities and cost
nothing to keep; they live in the database, so `lifelong query`, `open_dataset` and any
DuckDB client see the same definitions. Each is documented with an example in
docs/schema.md.

Each view says how much of it rests on values a person checked (`theme_checked`,
`checked_figures`, `checked_members`, `*_provenance`), so an analysis can keep to them.

Reposts are common (the same notice on several portals, or as .docx and .pdf), so
participation figures are aggregated over distinct (value, unit, what) per region and
year rather than summed per document.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

# Units of the `figures` table grouped by what they count (README conventions).
MEASURES = {
    "participants": ("人", "人次", "名", "位"),
    "activities": ("项", "场", "次"),
    "units": ("个", "所", "家"),
    "resources": ("门", "本", "册"),
    "share": ("%",),
}


def _measure_case(column: str) -> str:
    whens = " ".join(
        f"WHEN {column} IN ({', '.join(repr(u) for u in units)}) THEN '{name}'" for name, units in MEASURES.items()
    )
    return f"CASE {whens} ELSE 'other' END"


# One document saved in several formats has several doc_ids but one text fingerprint.
_CONTENT = "coalesce(d.source_text_sha256, d.doc_id)"
_REGION_NAME = "coalesce(r.name, CASE WHEN d.region_level = 'national' THEN '全国' END)"
# Punctuation and spaces do not make two themes different.
_THEME_KEY = "regexp_replace(coalesce({0}, ''), '[\\s\\p{{P}}“”‘’·　]', '', 'g')"

THEME_BY_YEAR = f"""
WITH local AS (
    SELECT d.campaign_year, d.region_code, any_value(d.region_level) AS region_level,
           any_value({_REGION_NAME}) AS region_name,
           mode(d.theme) AS local_theme, count(DISTINCT {_CONTENT}) AS documents,
           bool_or(json_extract_string(d.provenance, '$.theme') LIKE 'human:%') AS theme_checked
    FROM documents d LEFT JOIN regions r ON r.code = d.region_code
    WHERE d.campaign_year IS NOT NULL AND d.theme IS NOT NULL
    GROUP BY d.campaign_year, d.region_code
),
national AS (
    SELECT y AS campaign_year,
           coalesce(n.theme, (SELECT mode(theme) FROM documents
                              WHERE region_level = 'national' AND campaign_year = y AND theme IS NOT NULL))
               AS national_theme,
           CASE WHEN n.theme IS NOT NULL THEN n.source ELSE 'national documents in the database' END
               AS national_source
    FROM (SELECT DISTINCT campaign_year AS y FROM local) LEFT JOIN national_themes n ON n.year = y
)
SELECT l.campaign_year, l.region_code, l.region_level, l.region_name, l.local_theme, l.documents,
       l.theme_checked, n.national_theme, CASE WHEN n.national_theme IS NULL THEN NULL ELSE n.national_source END
           AS national_source,
       CASE WHEN n.national_theme IS NULL THEN NULL
            ELSE {_THEME_KEY.format('l.local_theme')} = {_THEME_KEY.format('n.national_theme')} END
           AS same_as_national
FROM local l LEFT JOIN national n USING (campaign_year)
"""

PARTICIPATION = f"""
WITH v AS (  -- one row per distinct value: a repost does not count twice
    SELECT d.campaign_year, d.region_code, f.unit, f.what, f.value,
           any_value(f.qualifier) AS qualifier, list(DISTINCT f.doc_id) AS doc_ids,
           min(f.doc_id || ':' || f.pos) AS evidence_key,
           bool_or(f.provenance LIKE 'human:%') AS checked
    FROM figures f JOIN documents d USING (doc_id)
    WHERE f.value IS NOT NULL
    GROUP BY d.campaign_year, d.region_code, f.unit, f.what, f.value
)
SELECT v.campaign_year, v.region_code, any_value(r.name) AS region_name,
       {_measure_case('v.unit')} AS measure, v.unit, v.what,
       count(*) AS figures, sum(v.value) AS total_value, max(v.value) AS max_value,
       list(DISTINCT v.qualifier) AS qualifiers, list_distinct(flatten(list(v.doc_ids))) AS doc_ids,
       arg_max(v.evidence_key, v.value) AS evidence_key,
       count(*) FILTER (WHERE v.checked) AS checked_figures
FROM v LEFT JOIN regions r ON r.code = v.region_code
GROUP BY v.campaign_year, v.region_code, v.unit, v.what
"""

COMMITTEE_SIZE = f"""
WITH per_doc AS (
    SELECT {_CONTENT} AS content, d.campaign_year, d.region_code, c.body,
           count(DISTINCT c.name) AS members,
           count(DISTINCT c.name) FILTER (WHERE c.role NOT LIKE '%副%' AND c.role NOT LIKE '%成员%')
               AS heads,
           count(DISTINCT c.name) FILTER (WHERE c.provenance LIKE 'human:%') AS checked_members
    FROM committee_members c JOIN documents d USING (doc_id)
    WHERE coalesce(c.name, '') <> ''
    GROUP BY ALL
)
SELECT p.campaign_year, p.region_code, any_value(r.name) AS region_name, p.body,
       max(p.members) AS members, max(p.heads) AS heads, count(DISTINCT p.content) AS documents,
       max(p.checked_members) AS checked_members
FROM per_doc p LEFT JOIN regions r ON r.code = p.region_code
GROUP BY p.campaign_year, p.region_code, p.body
"""

LEAD_TIME = """
SELECT d.doc_id, d.doc_type, d.campaign_year, d.region_code, d.issue_date,
       'deadline' AS target, x.pos, x.what, x.date AS target_date, x.date - d.issue_date AS days,
       x.provenance AS target_provenance, json_extract_string(d.provenance, '$.issue_date') AS issue_date_provenance
FROM documents d JOIN deadlines x USING (doc_id)
WHERE d.issue_date IS NOT NULL AND x.date IS NOT NULL
UNION ALL
SELECT d.doc_id, d.doc_type, d.campaign_year, d.region_code, d.issue_date,
       'event_start', NULL, 'event', d.event_start, d.event_start - d.issue_date,
       json_extract_string(d.provenance, '$.event_start'), json_extract_string(d.provenance, '$.issue_date')
FROM documents d
WHERE d.issue_date IS NOT NULL AND d.event_start IS NOT NULL
"""

ORGANIZER_NETWORK = f"""
WITH o AS (
    SELECT DISTINCT {_CONTENT} AS doc_key, m.org_id, d.campaign_year
    FROM organization_mentions m JOIN documents d USING (doc_id)
    WHERE m.source = 'organizers' AND m.org_id IS NOT NULL
)
SELECT a.org_id AS org_a, oa.name AS org_a_name, b.org_id AS org_b, ob.name AS org_b_name,
       count(DISTINCT a.doc_key) AS documents, list(DISTINCT a.campaign_year ORDER BY a.campaign_year) AS years
FROM o a JOIN o b ON a.doc_key = b.doc_key AND a.org_id < b.org_id
JOIN organizations oa ON oa.org_id = a.org_id
JOIN organizations ob ON ob.org_id = b.org_id
GROUP BY a.org_id, oa.name, b.org_id, ob.name
"""

VIEWS: dict[str, str] = {
    "theme_by_year": THEME_BY_YEAR,
    "participation_by_region_year": PARTICIPATION,
    "committee_size_by_region_year": COMMITTEE_SIZE,
    "lead_time": LEAD_TIME,
    "organizer_network": ORGANIZER_NETWORK,
}


def create_views(con: DuckDBPyConnection) -> None:
    """(Re)define every view; the derived tables they read must exist."""
    for name, sql in VIEWS.items():
        con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {sql}')
