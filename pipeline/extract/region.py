"""The region field: the administrative area whose campaign the document is about.

Not every place a document mentions: the area is read, in this order, from the campaign
named in the title (`关于举办X市2023年全民终身学习活动周的通知`), a national title, the
issuing bodies, a national issuer or addressees, the place visited when the headline
reports a visit (region_visit.py), a town heading the title, a locality tag or dateline
heading it (`【某县】…`, `某某：…`), the first place in the title, the campaign named in the
body, a visit, the first sponsor, an institution the headline names by its short form
(`县老年大学…` on a page whose banner, letterhead or footer writes `某县老年大学`,
region_institution.py), and last the document's self-reference (我市/本区/我镇/我国) with
the places it mentions most, the place it names most, or such an institution named in the body.
A notice addressed to an institution's own units, whose title names no campaign area, gets level
null with the province the text makes certain, before any other cue (region_internal.py).
Names, parents and codes come from cpca's division dataset (pipeline/normalize/regions.py);
an abbreviated or ambiguous name is resolved inside the places the document names, a
county name several cities share gives the county alone, and a district the dataset lacks
(written after its prefecture somewhere in the text) is kept with that city
(region_newcounty.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from models import Region
from pipeline.extract.base import Context, Fields
from pipeline.extract.region_campaign import Hit, campaign_hits
from pipeline.extract.region_cues import (
    Area,
    addressed_provinces,
    body_area,
    is_national_body,
    national_lead,
    national_title,
    sponsor_place,
    visited_place,
)
from pipeline.extract.region_institution import institution_place
from pipeline.extract.region_internal import internal_notice
from pipeline.extract.region_newcounty import county_after, county_ending_at, first_new_county, new_counties
from pipeline.extract.region_self import Found, frequent_place, main_city, self_referenced
from pipeline.extract.region_towns import lead_town, parent_of, town_counts
from pipeline.extract.region_visit import visit_in_title
from pipeline.extract.registry import register
from pipeline.normalize.regions import (
    Mention,
    Place,
    chain,
    county_by_stem,
    gazetteer,
    pick,
    same_name_counties,
    scan_cached,
    to_region,
)

_CONTEXT_CHARS = 6000

Finder = Callable[[Context, list[Place]], Hit | Found | None]


@register("region", provides=("region",), after=("header", "organizers", "structure"))
def extract(ctx: Context) -> Fields:
    out = Fields()
    context = _context_places(ctx)
    finders: tuple[Finder, ...] = (
        _title_campaign, _title_national, internal_notice, _issuer_place, _national_issuer, _unprefixed_title,
        _title_visit, _title_town, _title_dateline, _title_place, _national_lead, _body_campaign, visited_place,
        sponsor_place, _title_institution)
    for finder in finders:
        hit = finder(ctx, context)
        if isinstance(hit, tuple):  # a Region found whole (the host of a visit)
            out.set("region", hit[0], hit[1])
            return out
        if hit is not None and hit.zone and hit.place is None:
            hit = replace(hit, place=main_city(ctx, context))
        if hit is not None and (hit.place or hit.town or hit.national or hit.county):
            out.set("region", region_of(hit), ctx.evidence(hit.start, hit.end))
            return out
    for fallback in (self_referenced, frequent_place, _institution):
        found = fallback(ctx, context)
        if found is not None:
            out.set("region", found[0], found[1])
            return out
    out.set("region", Region())
    return out


def region_of(hit: Hit) -> Region:
    """The Region a hit names: national, a town with the parents written before it, a division."""
    if hit.national:
        return Region(level="national")
    if hit.county and not hit.town:
        parents = to_region(hit.place) if hit.place is not None else Region()
        return replace(parents, level="county", county=hit.county, code=None)
    if hit.town:
        parents = to_region(hit.place) if hit.place is not None else Region()
        county = hit.county or parents.county
        return replace(parents, level="town", county=county, town=hit.town, code=None)
    assert hit.place is not None
    return to_region(hit.place)


def _context_places(ctx: Context) -> list[Place]:
    """Places named unambiguously in the document, to resolve ambiguous names against."""
    found: dict[str, Place] = {}
    for mention in scan_cached(ctx.text[:_CONTEXT_CHARS]):
        place = pick(mention.places)
        if place is not None and len(mention.places) == 1:
            found.setdefault(place.code, place)
    return list(found.values())


# `某省全民终身学习活动周系列报道12——某街道举办…`: the report's own headline follows the series tag
_SERIES_PREFIX = re.compile(r"[^\n]*?(?:系列报道|专题报道)[^\n，。]{0,8}?(?:——|—|－|:|：|\s)\s*")


def _title_span(ctx: Context) -> tuple[int, int] | None:
    ev = ctx.evidence_map.get("title")
    if not ctx.fields.get("title") or ev is None:
        return None
    series = _SERIES_PREFIX.match(ctx.text, ev.start, ev.end)
    return (series.end(), ev.end) if series and series.end() < ev.end else (ev.start, ev.end)


_FORWARD = re.compile(r"\s*(?:关于)?转(?:发|载)")


def _title_national(ctx: Context, context: list[Place]) -> Hit | None:
    """A national title; a local body forwarding a national notice (`关于转发《教育部…》的
    通知` signed by a county bureau) makes the document that body's area's."""
    span = _title_span(ctx)
    if span and _FORWARD.match(ctx.text, *span) and _issuer_place(ctx, context) is not None:
        return None
    return national_title(ctx, span)


def _national_lead(ctx: Context, context: list[Place]) -> Hit | None:
    return national_lead(ctx)


def _title_visit(ctx: Context, context: list[Place]) -> Hit | Found | None:
    return visit_in_title(ctx, _title_span(ctx), context)


def _title_town(ctx: Context, context: list[Place]) -> Hit | None:
    """A headline that opens on a town (`某街道召开…`, `某市某镇社区教育中心举办…`)."""
    span = _title_span(ctx)
    town = lead_town(ctx.text, *span) if span else None
    if town is None:
        return None
    known = [name for name in town_counts(ctx.text) if town.name.endswith(name)]
    name = min(known, key=len) if known else town.name
    start = town.end - len(name)
    parent = town.parent or parent_of(ctx.text, name)
    recent = county_ending_at(ctx.text, start) if parent is None else None
    if recent is not None:  # `某某区某街道` under a district the dataset lacks
        return Hit(recent[0], town.end, place=recent[2], town=name, county=recent[1])
    return Hit(start, town.end, place=parent, town=name)


def _title_campaign(ctx: Context, context: list[Place]) -> Hit | None:
    span = _title_span(ctx)
    hits = campaign_hits(ctx.text, span[0], span[1], context) if span else []
    return hits[0] if hits else None


# A title that opens on the campaign itself ("2025年全民终身学习活动周在某市启动"): local
# campaigns always put their area first, so with a national body in the lead the place
# after it is only the venue of the national opening.
_BARE_CAMPAIGN = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?|第[一二三四五六七八九十百\d]+届)?\s*全民终身学习活动周")
_NATIONAL_LEAD = re.compile(r"教育部|全国|国家")
_LEAD_CHARS = 600


def _unprefixed_title(ctx: Context, context: list[Place]) -> Hit | None:
    span = _title_span(ctx)
    if span is None or not _BARE_CAMPAIGN.match(ctx.text, span[0], span[1]):
        return None
    lead = _NATIONAL_LEAD.search(ctx.text, span[1], span[1] + _LEAD_CHARS)
    return Hit(span[0], span[1], national=True) if lead else None


def _title_institution(ctx: Context, context: list[Place]) -> Hit | None:
    """A headline naming an institution by its short form (`县老年大学举行…`) whose full name
    (`某县老年大学`) the page writes in its banner, letterhead, signature or footer."""
    span = _title_span(ctx)
    return institution_place(ctx, context, span) if span else None


def _institution(ctx: Context, context: list[Place]) -> Found | None:
    """Last resort: an institution the body calls by its short form."""
    hit = institution_place(ctx, context)
    return (region_of(hit), ctx.evidence(hit.start, hit.end)) if hit else None


def _title_place(ctx: Context, context: list[Place]) -> Hit | None:
    span = _title_span(ctx)
    if span is None:
        return None
    hit = _first_place(ctx.text, span[0], span[1], context)
    if hit is None and re.search(r"\s", ctx.text[span[0] : span[1]]):  # a spaced letterhead in the title
        title = str(ctx.fields["title"])
        found = _first_place(title, 0, len(title), context)
        hit = replace(found, start=span[0], end=span[1]) if found else None
    return hit


# a locality tag or dateline heading a news headline: `【某县】…`, `某县：…`, `某地｜…`
_TAG = re.compile(r"[【\[]\s*(?P<tag>[\u4e00-\u9fff]{2,12})\s*[】\]]\s*$")
_DATELINE = re.compile(r"\s*(?P<tag>[\u4e00-\u9fff]{2,4})\s*[:：|｜丨]")


def _title_dateline(ctx: Context, context: list[Place]) -> Hit | None:
    """The area a headline's locality tag names, written before the title (a column tag the
    title drops) or opening it; a county may be written without its suffix (`某某：…`)."""
    span = _title_span(ctx)
    if span is None:
        return None
    line_start = ctx.text.rfind("\n", 0, span[0]) + 1
    m = _TAG.search(ctx.text, line_start, span[0]) or _DATELINE.match(ctx.text, span[0], span[1])
    if m is None:
        return None
    tag = m.group("tag")
    mentions = gazetteer().scan(tag)
    whole = bool(mentions) and mentions[0].start == 0 and mentions[-1].end == len(tag)
    place = chain(mentions, context) if whole else county_by_stem(tag)
    if place is None and tag in new_counties(ctx.text):  # a district the dataset lacks
        return Hit(m.start("tag"), m.end("tag"), place=new_counties(ctx.text)[tag], county=tag)
    return Hit(m.start("tag"), m.end("tag"), place=place) if place is not None else None


def _first_place(text: str, start: int, end: int, context: list[Place]) -> Hit | None:
    """The first place named in text[start:end] outside 《》, extended by adjacent sub-areas."""
    mentions = gazetteer().scan(text[start:end], whole=text)
    recent = first_new_county(text, start, end)
    if recent is not None and not _outside_citation(text, start, recent[0]):
        recent = None
    for i, mention in enumerate(mentions):
        inside = text[start : start + mention.start]
        if inside.count("《") > inside.count("》"):
            continue
        if recent is not None and recent[0] < start + mention.start:
            break
        place = chain(mentions[i:], context)
        if place is not None:
            return _with_new_county(text, mentions[i:], start, place)
        county = same_name_counties(mention)
        if county is not None and (i + 1 == len(mentions) or mentions[i + 1].start != mention.end):
            return Hit(start + mention.start, start + mention.end, county=county)
    if recent is not None:
        return Hit(recent[0], recent[0] + len(recent[1]), place=recent[2], county=recent[1])
    return None


def _outside_citation(text: str, start: int, pos: int) -> bool:
    """True when `pos` is not inside a 《》 opened after `start`."""
    inside = text[start:pos]
    return inside.count("《") <= inside.count("》")


def _with_new_county(text: str, mentions: list[Mention], offset: int, place: Place) -> Hit:
    """A hit on the run of adjacent places opening `mentions` (offsets from `offset`),
    extended by a district the dataset lacks written right after its prefecture (`某市某某区`)."""
    run = [mentions[0]]
    for mention in mentions[1:]:
        if mention.start != run[-1].end:
            break
        run.append(mention)
    county = county_after(text, offset + run[-1].end, place) if place in run[-1].places else None
    if county is not None:
        return Hit(offset + run[0].start, offset + run[-1].end + len(county), place=place, county=county)
    return Hit(offset + run[0].start, offset + run[0].end, place=place)


def _issuer_place(ctx: Context, context: list[Place]) -> Hit | None:
    """The area in the first issuer whose name starts with a place (or 中共 + place)."""
    for name in ctx.fields.get("issuers") or []:
        area = body_area(name, context)
        if area is not None:
            return _located(ctx, name, area)
    return None


def _located(ctx: Context, name: str, area: Area) -> Hit:
    """Evidence offsets for a name found in the text, also as a spaced letterhead
    (`泸 溪 县 人 民 政 府`); failing that, the place's own name."""
    spaced = re.search(r"\s*".join(map(re.escape, name)), ctx.text)
    if spaced is not None:
        return Hit(spaced.start(), spaced.end(), place=area.place, town=area.town, county=area.county)
    short = area.town or area.county or (area.place.name if area.place else name)
    pos = max(ctx.text.find(short), 0)
    return Hit(pos, pos + len(short), place=area.place, town=area.town, county=area.county)


def _national_issuer(ctx: Context, context: list[Place]) -> Hit | None:
    issuers = ctx.fields.get("issuers") or []
    if issuers and is_national_body(issuers[0]):
        pos = max(ctx.text.find(issuers[0]), 0)
        return Hit(pos, pos + len(issuers[0]), national=True)
    return addressed_provinces(ctx)


def _body_campaign(ctx: Context, context: list[Place]) -> Hit | None:
    hits = campaign_hits(ctx.text, 0, None, context)
    return hits[0] if hits else None
