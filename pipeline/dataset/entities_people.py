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

_FIRST = re.compile(r"[、，,；;/（(]")
_POSITION = re.compile(
    r"(?:常务|第一|专职|执行)?副?"
    r"(?:局长|厅长|处长|科长|股长|部长|主任|书记|校长|院长|会长|秘书长|主席|省长|市长|区长|县长|州长|"
    r"镇长|乡长|理事长|馆长|站长|所长|社长|台长|团长|经理|委员|常委|干事|科员|主管|总监|专员|调研员|"
    r"巡视员|督学|组长|负责人|政委|党组成员)$"
)
_ORG_END = re.compile(r"(局|厅|委|办|部|会|院|校|学|中心|政府|馆|联|站|所|处|科|台|室|团|社|司|队|基地)$")

PERSON_SQL = """
WITH cm AS (
    SELECT c.doc_id, c.pos, c.name, c.body, c.role, c.title,
           d.region_code, d.campaign_year, om.org_id
    FROM committee_members c
    JOIN documents d USING (doc_id)
    LEFT JOIN organization_mentions om
        ON om.doc_id = c.doc_id AND om.source = 'committee_members' AND om.pos = c.pos
    WHERE coalesce(c.name, '') <> ''
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

PEOPLE_INSERT = PERSON_SQL + """
INSERT INTO people
SELECT person_id, any_value(name), any_value(region_code), any_value(home_org),
       count(DISTINCT doc_id), min(campaign_year), max(campaign_year)
FROM keyed GROUP BY person_id
"""

ROLES_INSERT = PERSON_SQL + """
INSERT INTO person_roles
SELECT person_id, doc_id, pos, campaign_year, body, role, title, org_id
FROM keyed
"""


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
