"""Organization names as written -> one normalized name and region per organization.

Official documents name bodies relative to the issuer: a city's notice writes `市教育局`
for its own education bureau and `区教育局` for a district's. Such a bare level prefix
(市/区/县/省/州/旗/镇/乡) is resolved against the document's region: the most specific part
of the region whose name ends with that character (a county-level city such as X市 takes
`市…` before its prefecture does). Names that start with place names keep only the most
specific one of an ancestor chain (`A市B区教育局` -> `B区教育局`, region B区), so the same
body written with or without its parents is one organization; its region comes from the
place itself. A name with no place at all is read as the local body of the document's
region. Place names come from the cpca index in `pipeline.normalize.regions`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.normalize.regions import Mention, Place, chain, gazetteer

_SPACES = re.compile(r"[\s\u3000\u00a0]+")
_WRAP = re.compile(r"^[《“\"'「『]+|[》”\"'」』]+$")
_PARTY = "中共"
_BARE_LEVELS = "省市区县州旗镇乡"
# Ordinary words that begin with a level character but are not a level prefix.
_NOT_BARE = ("市场", "市民", "市区", "市级", "市属", "市内", "市外", "区域", "区级", "区属", "县域", "县级",
             "省级", "省属", "省内", "省外", "乡村", "镇街", "州级")
_ORG_END = re.compile(r"(局|厅|委|办|部|会|院|校|学|中心|政府|馆|联|站|所|处|科|台|室|团|社|司|队|组|基地)$")


@dataclass(frozen=True)
class DocRegion:
    """The region parts of the document that mentions a name (all optional)."""

    code: str | None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None


@dataclass(frozen=True)
class Resolved:
    """An organization: normalized name, its region code, and its stable id."""

    name: str
    region_code: str | None

    @property
    def org_id(self) -> str:
        return org_id(self.name, self.region_code)


def org_id(name: str, region_code: str | None) -> str:
    """Stable id: the same name in the same region keeps its id across rebuilds."""
    return hashlib.md5(f"{name}|{region_code or ''}".encode()).hexdigest()[:16]


def clean(name: str) -> str:
    """Letterhead spacing and wrapping quotes removed; nothing else changed."""
    return _WRAP.sub("", _SPACES.sub("", name))


def _level_code(code: str | None, part: str) -> str | None:
    """The code of the document region's ancestor at `part` (province/city) or itself."""
    if not code or len(code) < 6:
        return code
    return {"province": code[:2] + "0000", "city": code[:4] + "00"}.get(part, code)


def _bare_prefix(body: str, region: DocRegion) -> tuple[str, str | None] | None:
    """(`X市` + rest, code) when `body` starts with a bare level character the region fills."""
    if len(body) < 2 or body[0] not in _BARE_LEVELS or body.startswith(_NOT_BARE):
        return None
    if not _ORG_END.search(body):
        return None
    for part in ("town", "county", "city", "province"):
        value = getattr(region, part)
        if value and value.endswith(body[0]):
            return value + body[1:], _level_code(region.code, part)
    return None


def _leading_places(body: str, context: Place | None) -> tuple[int, Place | None]:
    """(offset where the most specific leading place name starts, that place)."""
    g = gazetteer()
    mentions: list[Mention] = []
    i = 0
    while (hit := g.match_at(body, i)) is not None and len(mentions) < 4:
        mentions.append(hit)
        i = hit.end
    if not mentions:
        return 0, None
    ctx = [context] if context else []
    found = chain(mentions, ctx)
    if found is None:
        return 0, None
    last = next((m for m in reversed(mentions) if found in m.places), mentions[0])
    return last.start, found


@lru_cache(maxsize=200_000)
def resolve(name: str, region: DocRegion) -> Resolved:
    """The organization a name as written denotes, in a document of `region`."""
    text = clean(name)
    party = _PARTY if text.startswith(_PARTY) else ""
    body = text[len(party):]
    bare = _bare_prefix(body, region)
    if bare is not None:
        body, bare_code = bare
    context = gazetteer().by_code.get(region.code or "")
    start, place = _leading_places(body, context)
    if place is not None:
        return Resolved(party + body[start:], place.code)
    if bare is not None:
        return Resolved(party + body, bare_code)
    return Resolved(text, region.code)

