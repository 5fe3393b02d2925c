"""The region field: the administrative area whose campaign the document is about.

Not every place a document mentions: the area is read, in this order, from the campaign
named in the title (`关于举办X市2023年全民终身学习活动周的通知`), the issuing bodies, a
national issuer, the first place in the title, the campaign named in the body, and
last the document's self-reference (我市/本区) with the places it mentions most.
Names, parents and codes come from cpca's division dataset (pipeline/normalize/regions.py);
an abbreviated or ambiguous name is resolved inside the places the document names.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from models import Evidence, Region
from pipeline.extract.base import Context, Fields
from pipeline.extract.region_campaign import Hit, campaign_hits, self_rank
from pipeline.extract.registry import register
from pipeline.normalize.regions import Place, chain, gazetteer, pick, to_region

_NATIONAL_BODY = re.compile(r"^(?:教育部|国务院|中共中央|全国|中国|中华|国家)")
_CONTEXT_CHARS = 6000

Finder = Callable[[Context, list[Place]], Hit | None]


@register("region", provides=("region",), after=("header",))
def extract(ctx: Context) -> Fields:
    out = Fields()
    context = _context_places(ctx)
    for finder in (_title_campaign, _issuer_place, _national_issuer, _unprefixed_title, _title_place,
                   _body_campaign):
        hit = finder(ctx, context)
        if hit is not None:
            out.set("region", _region(hit), ctx.evidence(hit.start, hit.end))
            return out
    region, evidence = _self_referenced(ctx, context)
    out.set("region", region, evidence)
    return out


def _region(hit: Hit) -> Region:
    if hit.national:
        return Region(level="national")
    if hit.town:
        return Region(level="town", town=hit.town)
    assert hit.place is not None
    return to_region(hit.place)


def _context_places(ctx: Context) -> list[Place]:
    """Places named unambiguously in the document, to resolve ambiguous names against."""
    found: dict[str, Place] = {}
    for mention in gazetteer().scan(ctx.text[:_CONTEXT_CHARS]):
        place = pick(mention.places)
        if place is not None and len(mention.places) == 1:
            found.setdefault(place.code, place)
    return list(found.values())


def _title_span(ctx: Context) -> tuple[int, int] | None:
    ev = ctx.evidence_map.get("title")
    return (ev.start, ev.end) if ctx.fields.get("title") and ev is not None else None


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


def _title_place(ctx: Context, context: list[Place]) -> Hit | None:
    span = _title_span(ctx)
    if span is None:
        return None
    return _first_place(ctx.text, span[0], span[1], context)


def _first_place(text: str, start: int, end: int, context: list[Place]) -> Hit | None:
    """The first place named in text[start:end] outside 《》, extended by adjacent sub-areas."""
    mentions = gazetteer().scan(text[start:end])
    for i, mention in enumerate(mentions):
        inside = text[start : start + mention.start]
        if inside.count("《") > inside.count("》"):
            continue
        place = chain(mentions[i:], context)
        if place is not None:
            return Hit(start + mention.start, start + mention.end, place=place)
    return None


def _issuer_place(ctx: Context, context: list[Place]) -> Hit | None:
    """The area in the first issuer whose name starts with a place (or 中共 + place)."""
    for name in ctx.fields.get("issuers") or []:
        lead = 2 if name.startswith("中共") else 0
        mentions = [m for m in gazetteer().scan(name) if m.start >= lead]
        if not mentions or mentions[0].start != lead:
            continue
        place = chain(mentions, context)
        if place is not None:
            return _located(ctx, name, place)
    return None


def _located(ctx: Context, name: str, place: Place) -> Hit:
    """Evidence offsets for a name found in the text (spaced letterheads fall back to the place)."""
    pos = ctx.text.find(name)
    if pos >= 0:
        return Hit(pos, pos + len(name), place=place)
    pos = max(ctx.text.find(place.name), 0)
    return Hit(pos, pos + len(place.name), place=place)


def _national_issuer(ctx: Context, context: list[Place]) -> Hit | None:
    issuers = ctx.fields.get("issuers") or []
    if issuers and _NATIONAL_BODY.match(issuers[0]):
        pos = max(ctx.text.find(issuers[0]), 0)
        return Hit(pos, pos + len(issuers[0]), national=True)
    return None


def _body_campaign(ctx: Context, context: list[Place]) -> Hit | None:
    hits = campaign_hits(ctx.text, 0, None, context)
    return hits[0] if hits else None


def _self_referenced(ctx: Context, context: list[Place]) -> tuple[Region, Evidence | None]:
    """我市/本区 with the place of that level the text names most (or its parent, level kept)."""
    rank = self_rank(ctx.text)
    if rank is None:
        return Region(), None
    counts = Counter(p.code for m in gazetteer().scan(ctx.text[:_CONTEXT_CHARS])
                     if (p := pick(m.places, context)) is not None and p.rank <= rank)
    if not counts:
        return Region(), None
    best = max(counts, key=lambda code: (gazetteer().by_code[code].rank == rank, counts[code]))
    place = gazetteer().by_code[best]
    levels = ("province", "city", "county")
    hit = _located(ctx, place.name, place)
    return to_region(place, level=levels[rank]), ctx.evidence(hit.start, hit.end)
