"""A committee member's title -> the organization it names, and person identity.

Titles in leading-group lists are written `<organization><position>` (`X局副局长`,
`中共X委书记`), sometimes several joined by 、 (`县委常委、组织部长、副县长`). The first
one is the member's home organization: the position word at its end is cut off and
the rest is an organization name as written, resolved like any other mention.
A person is one name in one region and one home organization, across documents; within
a document, a name listed once with a title and once without is the same person.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.sqlframe import registered, transaction

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

_FIRST = re.compile(r"[、，,；;/（(]")
_POSITION = re.compile(
    r"(?:常务|第一|专职|执行)?副?"
    r"(?:局长|厅长|处长|科长|股长|部长|主任|书记|校长|院长|会长|秘书长|主席|省长|市长|区长|县长|州长|"
    r"镇长|乡长|理事长|馆长|站长|所长|社长|台长|团长|经理|委员|常委|干事|科员|主管|总监|专员|调研员|"
    r"巡视员|督学|组长|负责人|政委|党组成员)$"
)
_ORG_END = re.compile(r"(局|厅|委|办|部|会|院|校|学|中心|政府|馆|联|站|所|处|科|台|室|团|社|司|队|基地)$")

_PERSON_SQL = """
WITH cm AS (
    SELECT c.doc_id, c.pos, c.name, c.body, c.role, c.title,
           d.region_code, d.campaign_year, om.org_id
    FROM committee_members c
    JOIN documents d USING (doc_id)
    LEFT JOIN organization_mentions om
        ON om.doc_id = c.doc_id AND om.source = 'committee_members' AND om.pos = c.pos
    WHERE coalesce(c.name, '') <> '' {scope}
),
home AS (  -- a name's organization within one document: its first titled row
    SELECT doc_id, name, arg_min(org_id, pos) FILTER (WHERE org_id IS NOT NULL) AS org_id
    FROM cm GROUP BY doc_id, name
),
keyed AS (
    SELECT cm.*, h.org_id AS home_org,
           substr(md5(cm.name || '|' || coalesce(cm.region_code, '') || '|' || coalesce(h.org_id, '')), 1, 16)
               AS person_id
    FROM cm JOIN home h USING (doc_id, name)
)
"""

_ROLES_INSERT = _PERSON_SQL + """
INSERT INTO person_roles
SELECT person_id, doc_id, pos, campaign_year, body, role, title, org_id
FROM keyed
"""

# A person's name, region and home organization are part of its id, so every role row of a
# person has them alike; the home organization is the org of the person's first titled
# row in any document, which is the org of its first titled row overall.
_PEOPLE_INSERT = """
INSERT INTO people
SELECT r.person_id, any_value(c.name), any_value(d.region_code),
       arg_min(r.org_id, r.pos) FILTER (WHERE r.org_id IS NOT NULL),
       count(DISTINCT r.doc_id), min(r.campaign_year), max(r.campaign_year)
FROM person_roles r JOIN committee_members c USING (doc_id, pos) JOIN documents d USING (doc_id)
{scope}
GROUP BY r.person_id
"""
_TOUCHED = "_touched_people"


def refresh_people(con: DuckDBPyConnection, changed: Collection[str] | None, chunk: int) -> None:
    """Person roles of the `changed` documents (None: of all), then the people they touch.

    A role row depends on its own document only, a person on its role rows: a load
    rewrites the roles of its documents and recounts the people those rows name, before
    and after, so an ingest of five files into a large archive reads no more than that.
    """
    if changed is None:
        for table, sql in (("person_roles", _ROLES_INSERT.format(scope="")), ("people", _PEOPLE_INSERT.format(scope=""))):
            with transaction(con):
                con.execute(f"DELETE FROM {table}")
                con.execute(sql)
        return
    ids = sorted(set(changed))
    with transaction(con):
        con.execute(f"CREATE OR REPLACE TEMP TABLE {_TOUCHED} (person_id VARCHAR)")
        gone = "doc_id NOT IN (SELECT doc_id FROM documents)"
        con.execute(f"INSERT INTO {_TOUCHED} SELECT person_id FROM person_roles WHERE {gone}")
        con.execute(f"DELETE FROM person_roles WHERE {gone}")
    for first in range(0, len(ids), chunk):
        with transaction(con):
            _rewrite_roles(con, ids[first:first + chunk])
    with transaction(con):
        touched = f"WHERE r.person_id IN (SELECT DISTINCT person_id FROM {_TOUCHED})"
        con.execute(f"DELETE FROM people WHERE person_id IN (SELECT person_id FROM {_TOUCHED})")
        con.execute(_PEOPLE_INSERT.format(scope=touched))
        con.execute(f"DROP TABLE {_TOUCHED}")


def _rewrite_roles(con: DuckDBPyConnection, ids: list[str]) -> None:
    """Replace the role rows of these documents, noting the people named before and after."""
    frame = pd.DataFrame({"doc_id": pd.Series(ids, dtype=object)})
    with registered(con, "_people_docs", frame) as view:
        mine = f'doc_id IN (SELECT doc_id FROM "{view}")'
        con.execute(f"INSERT INTO {_TOUCHED} SELECT person_id FROM person_roles WHERE {mine}")
        con.execute(f"DELETE FROM person_roles WHERE {mine}")
        con.execute(_ROLES_INSERT.format(scope=f"AND c.{mine}"))
        con.execute(f"INSERT INTO {_TOUCHED} SELECT person_id FROM person_roles WHERE {mine}")


def title_org(title: str | None) -> str | None:
    """The organization named by the first title of a member, or None."""
    if not title:
        return None
    first = _FIRST.split(title.strip(), maxsplit=1)[0].strip()
    cut = _POSITION.search(first)
    org = first[: cut.start()] if cut else first
    if len(org) < 2 or not _ORG_END.search(org):
        return None
    return org
