"""Last resorts for the region: how the document calls itself, or the place it names most.

A text that names no campaign area still says `我市` / `本区` / `全镇` / `我国`: the level is
that word's, the name is the place of that level the text names most (a county-level
city is a `市` too: `我市` in a report on a county-level city that names its prefecture only once is that city). With no
self-reference at all, a report whose lead names a place that the text then names again
and again (`某镇举行…`, `某镇党委书记…`) is about that place.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from models import Evidence, Region
from pipeline.extract.base import Context
from pipeline.extract.header_lines import is_furniture, lines, metadata
from pipeline.extract.header_orgs import is_media, is_org
from pipeline.extract.region_cues import Area, body_area
from pipeline.extract.region_institution import self_institution, self_suffix
from pipeline.extract.region_newcounty import new_counties
from pipeline.extract.region_towns import parent_of, town_counts
from pipeline.normalize.regions import CITY, COUNTY, PROVINCE, Place, pick, scan_cached, to_region

_SELF = re.compile(r"[我本全](省|市|区|县|镇|乡|街道)")
_SELF_RANK = {"省": PROVINCE, "市": CITY, "区": COUNTY, "县": COUNTY, "镇": 3, "乡": 3, "街道": 3}
_OUR_COUNTRY = re.compile(r"我国")
_INSTITUTION = re.compile(r"[我本全](?:校|院|单位|馆)")  # an institution's internal notice: no area
_LEVELS = ("province", "city", "county")
_CONTEXT_CHARS = 6000
_LEAD_CHARS = 300
_FREQUENT = 3  # times a place must be named to be taken as the subject

Found = tuple[Region, Evidence | None]


def self_rank(text: str) -> int | None:
    """The level a document calls itself at (我市/本区/全镇 …), most frequent form."""
    counts = Counter(_SELF_RANK[m.group(1)] for m in _SELF.finditer(text))
    return max(counts, key=lambda r: counts[r]) if counts else None


def self_referenced(ctx: Context, context: list[Place]) -> Found | None:
    """我市/本区/我镇 with the place of that level the text names most; 我国 alone: national."""
    text = ctx.text
    rank = self_rank(text)
    if rank is None:
        m = _OUR_COUNTRY.search(text)
        if m is None or _INSTITUTION.search(text):
            return None
        return Region(level="national"), ctx.evidence(m.start(), m.end())
    if rank == 3:
        return _self_town(ctx)
    return self_area(ctx, context, rank)


def self_area(ctx: Context, context: list[Place], rank: int, exclude: tuple[Place, ...] = ()) -> Found:
    """The place of level `rank` the text names most (places related to `exclude`, such as
    a visiting delegation's, left out); a district the dataset lacks when it is named more."""
    text = _without_furniture(ctx)
    named, first = _place_counts(text, context)
    counts = Counter({p: n for p, n in named.items() if p.rank <= rank and not _related(p, exclude)})
    recent = _recent_county(ctx, text, counts) if rank == COUNTY else None
    if recent is not None:
        return recent
    if not counts:
        return author_area(ctx, rank) or _own_institution(ctx, context) or (Region(), None)
    best = max(counts, key=lambda p: (p.rank == rank, counts[p]))
    if rank == CITY:
        best = _county_level_city(named, best) or best
    level = "county" if best.rank == COUNTY else _LEVELS[rank]
    return to_region(best, level=level), ctx.evidence(*first[best])


def _own_institution(ctx: Context, context: list[Place]) -> Found | None:
    """`我市` in a text that names no place of that level but an institution of a 市 (its
    letterhead `某某市社区学院`): that institution's place."""
    suffix = self_suffix(ctx.text)
    hit = self_institution(ctx, context, suffix) if suffix else None
    if hit is None or hit.place is None:
        return None
    return to_region(hit.place), ctx.evidence(hit.start, hit.end)


def _related(place: Place, others: tuple[Place, ...]) -> bool:
    return any(place.within(o) or o.within(place) for o in others)


def _recent_county(ctx: Context, text: str, counts: Counter[Place]) -> Found | None:
    """`我区` in a text on a district the dataset lacks (written once after its prefecture,
    `某市某某区`): that district, when it is named more often than any known county."""
    named = Counter({name: text.count(name) for name in new_counties(ctx.text)})
    top = named.most_common(1)
    known = max((n for p, n in counts.items() if p.rank == COUNTY), default=0)
    if not top or top[0][1] <= known:
        return None
    name = top[0][0]
    region = replace(to_region(new_counties(ctx.text)[name]), level="county", county=name, code=None)
    return region, _evidence_of(ctx, name)


def author_area(ctx: Context, rank: int) -> Found | None:
    """`我县` in a report whose 来源/作者 line names the author body (`来源：某县教育局`): the
    body's area, when it is of the level the text calls itself."""
    for line in lines(ctx)[:15]:
        for key, (value, pos) in metadata(line.text).items():
            if key not in ("来源", "作者", "发布机构") or not is_org(value) or is_media(value):
                continue
            region = _area_region(body_area(value, []), rank)
            if region is not None:
                start = line.start + pos
                return region, ctx.evidence(start, start + len(value))
    return None


def _area_region(area: Area | None, rank: int) -> Region | None:
    """The Region of a body's area when it is a division of level `rank` (no town)."""
    if area is None or area.place is None or area.town is not None:
        return None
    if area.county is not None and rank == COUNTY:
        return replace(to_region(area.place), level="county", county=area.county, code=None)
    return to_region(area.place) if area.county is None and area.place.rank == rank else None


def _county_level_city(named: Counter[Place], best: Place) -> Place | None:
    """`我市` in a county-level city's text: the one county-level city (inside the best
    prefecture) named at least as often as it; a prefecture's own text names several."""
    cities = Counter({p: n for p, n in named.items()
                      if p.rank == COUNTY and p.name.endswith("市") and (best.rank != CITY or p.within(best))})
    top = cities.most_common(2)
    if not top or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0] if best.rank != CITY or top[0][1] >= named[best] else None


def _place_counts(text: str, context: list[Place]) -> tuple[Counter[Place], dict[Place, tuple[int, int]]]:
    """How often each division is named, and where it is named first."""
    counts: Counter[Place] = Counter()
    first: dict[Place, tuple[int, int]] = {}
    for m in scan_cached(text):
        place = pick(m.places, context)
        if place is not None:
            counts[place] += 1
            first.setdefault(place, (m.start, m.end))
    return counts, first


def _self_town(ctx: Context) -> Found | None:
    counts = town_counts(_without_furniture(ctx))
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return _town_region(ctx, name)


def _town_region(ctx: Context, name: str) -> Found:
    parent = parent_of(ctx.text, name)
    base = to_region(parent) if parent is not None else Region()
    region = Region(level="town", province=base.province, city=base.city, county=base.county, town=name)
    return region, _evidence_of(ctx, name)


def frequent_place(ctx: Context, context: list[Place]) -> Found | None:
    """The place named first in the lead and most often in the text, when clearly so."""
    text = _without_furniture(ctx)
    places, first = _place_counts(text, context)
    counts: Counter[str | Place] = Counter(town_counts(text))
    counts.update(places)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _FREQUENT or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    best = ranked[0][0]
    if isinstance(best, str):
        return _town_region(ctx, best) if best in text[:_LEAD_CHARS] else None
    return (to_region(best), ctx.evidence(*first[best])) if first[best][0] < _LEAD_CHARS else None


def _without_furniture(ctx: Context) -> str:
    """The head of the text with page furniture (site banners, breadcrumbs, 来源 and
    publish lines) blanked, offsets kept: a portal's own place name is not the subject."""
    text = ctx.text[:_CONTEXT_CHARS]
    parts = list(text)
    for start, line in ctx.lines():
        if start < len(text) and is_furniture(line):
            parts[start : start + len(line)] = " " * len(parts[start : start + len(line)])
    return "".join(parts)


def main_city(ctx: Context, context: list[Place]) -> Place | None:
    """The prefecture the text names most (the home of a development zone it reports on)."""
    counts, _ = _place_counts(ctx.text[:_CONTEXT_CHARS], context)
    cities = [(n, p) for p, n in counts.items() if p.rank == CITY]
    return max(cities, key=lambda c: c[0])[1] if cities else None


def _evidence_of(ctx: Context, name: str) -> Evidence | None:
    pos = ctx.text.find(name)
    return ctx.evidence(pos, pos + len(name)) if pos >= 0 else None
