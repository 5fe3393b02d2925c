"""Region cues outside the campaign's own name: who is addressed, who organises, who visits.

- A notice addressed to 各省、自治区、直辖市 is a national body's, whatever its letterhead.
- A title that opens on a national body (`中国某协会2031年工作要点`, also inside a repost
  `转发《…》`) or on a national or international meeting (`全国…大会`, `国际…论坛将在某市召开`)
  is national: the city it names is only the venue.
- The first sponsor (主办, else 承办) of the event gives its area (`某镇人民政府`) or makes
  it national (`中国某协会`).
- A visit report (`…来到我区，参观某镇某村老年学校`) is about the place visited.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from pipeline.extract.base import Context
from pipeline.extract.region_campaign import Hit
from pipeline.extract.region_newcounty import county_after
from pipeline.extract.region_towns import lead_town, parent_of, town_at
from pipeline.normalize.regions import Place, chain, gazetteer

NATIONAL_BODY = re.compile(r"(?:教育部|国务院|中共中央|党中央|全国|中国|中华|国家|中央)")
_PROVINCES_ADDRESSED = re.compile(r"各省[、，,]\s*自治区|各省\s*[(（]\s*(?:自治)?区|各省级")
_REPOST = re.compile(r"(?:关于)?转(?:发|载)\s*《")
_MEETING = re.compile(
    r"(?:(?:19|20)\d{2}\s*年度?|第[一二三四五六七八九十百\d]+届|首届)?\s*(?:国际|全国|世界|联合国|中国)"
    r"[^，。《》]{0,24}?(?:大会|会议|论坛|峰会|研讨会|年会|博览会)"
)
# a news lead: `本报讯（记者 某某）10月21日上午，` before the sentence's subject
_LEAD_PREFIX = re.compile(
    r"\s*(?:[^，。\n]{0,16}?[讯电]\s*(?:[（(][^）)\n]{0,16}[）)])?\s*)?"
    r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|晚上)?\s*[，,]?\s*)?"
)
_SPONSOR_ROLES = ("主办", "承办")
_VISIT = re.compile(r"(?P<go>来到|莅临|走进|深入|赴|到)[^，。]{0,8}?[，,]?\s*(?:实地)?(?:参观|考察|调研|观摩|视察)了?")
_LEAD_CHARS = 300


def addressed_provinces(ctx: Context) -> Hit | None:
    """National when the notice is addressed to the provinces."""
    ev = ctx.evidence_map.get("addressees")
    for name in ctx.fields.get("addressees") or []:
        if _PROVINCES_ADDRESSED.search(name):
            pos = ev.start if ev is not None else max(ctx.text.find(name), 0)
            return Hit(pos, pos + len(name), national=True)
    return None


def national_title(ctx: Context, span: tuple[int, int] | None) -> Hit | None:
    """National when the title opens on a national body or a national/international meeting."""
    if span is None:
        return None
    start, end = span
    repost = _REPOST.match(ctx.text, start, end)
    lead = repost.end() if repost else start
    if is_national_body(ctx.text[lead:end]) or _MEETING.match(ctx.text, lead, end):
        return Hit(start, end, national=True)
    return None


def national_lead(ctx: Context) -> Hit | None:
    """National when the first sentence reports a national or international meeting."""
    text = ctx.text
    start = len(text) - len(text.lstrip())
    end = min(len(text), start + 160)
    prefix = _LEAD_PREFIX.match(text, start, end)
    lead = prefix.end() if prefix else start
    m = _MEETING.match(text, lead, end)
    return Hit(lead, m.end(), national=True) if m else None


def is_national_body(name: str) -> bool:
    """A body of the central state or a national association (not `中共某市委`, `中国·某市`)."""
    m = NATIONAL_BODY.match(name)
    if m is None:
        return False
    rest = name[m.end() :].lstrip("·• 共产党")
    return gazetteer().match_at(rest, 0) is None


def sponsor_place(ctx: Context, context: list[Place]) -> Hit | None:
    """The area of the first sponsor, or national for a national sponsor."""
    for role in _SPONSOR_ROLES:
        org = next((o for o in ctx.fields.get("organizers") or [] if o.role == role), None)
        if org is not None:
            return _organizer_hit(ctx, org, context)
    return None


def _organizer_hit(ctx: Context, org: Any, context: list[Place]) -> Hit | None:
    ev = org.evidence
    if is_national_body(org.name):
        return Hit(ev.start, ev.end, national=True)
    area = body_area(org.name, context)
    return Hit(ev.start, ev.end, place=area.place, town=area.town, county=area.county) if area else None


class Area(NamedTuple):
    """The area a body's name opens on: a division, a town inside it, or a district the
    dataset lacks (`county`, with its prefecture as `place`)."""

    place: Place | None
    town: str | None
    county: str | None = None


def body_area(name: str, context: list[Place]) -> Area | None:
    """The area a body's name opens on (`某县某镇人民政府` -> the town and its county,
    `中共某市委` -> the city, `某市某某区教育局` with an unknown district -> that district),
    or None when it opens on no place."""
    lead = 2 if name.startswith("中共") else 0
    town = lead_town(name, lead, len(name))
    if town is not None:
        return Area(town.parent, town.name)
    mentions = [m for m in gazetteer().scan(name) if m.start >= lead]
    if not mentions or mentions[0].start != lead:
        return None
    place = chain(mentions, context)
    if place is None:
        return None
    return Area(place, None, county_after(name, _chain_end(name, lead), place))


def visited_place(ctx: Context, context: list[Place]) -> Hit | None:
    """The place named right after a visit verb in the lead (`来到某区，参观某镇…`)."""
    text = ctx.text
    for m in _VISIT.finditer(text, 0, min(len(text), _LEAD_CHARS)):
        hit = place_at(text, m.end("go"), context) or place_at(text, m.end(), context)
        if hit is not None:
            return hit
    return None


def place_at(text: str, pos: int, context: list[Place]) -> Hit | None:
    """A town or a division (chain) written at `pos` (`赴某镇调研`, `参观某县某镇…`), with a
    district the dataset lacks after its prefecture (`赴某市某某区`)."""
    name = town_at(text, pos)
    if name is not None:
        return Hit(pos, pos + len(name), place=parent_of(text, name), town=name)
    end = _chain_end(text, pos)
    if end == pos:
        return None
    town = town_at(text, end)
    mentions = gazetteer().chain_before(text, end)
    place = chain(mentions, context) if mentions else None
    if place is None:
        return None
    if town is not None:
        return Hit(pos, end + len(town), place=place, town=town)
    county = county_after(text, end, place)
    return Hit(mentions[0].start, end + len(county or ""), place=place, county=county)


def _chain_end(text: str, pos: int) -> int:
    """Where the run of place names starting at `pos` ends."""
    end = pos
    hit = gazetteer().match_at(text, end)
    while hit is not None:
        end = hit.end
        hit = gazetteer().match_at(text, end)
    return end
