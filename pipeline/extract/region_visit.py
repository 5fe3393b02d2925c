"""Visit reports: the document is about the place visited, not the visitors' home.

A visit report's headline names the delegation first (`某省某市老年教育考察团到我区考察交流`,
`某县代表团赴某区学习社区教育`), so the first place of the headline is the visitors'. By
convention the region is the place visited: the one written after the verb of going
(到 / 来到 / 赴 / 莅临 / 走进 + place), or, when the host writes `我区` / `我县`, the host
itself: the body of its 来源 line, else the place of that level it names most, leaving out
the visitors' places.
"""
from __future__ import annotations

import re

from models import Region
from pipeline.extract.base import Context
from pipeline.extract.region_campaign import Hit
from pipeline.extract.region_cues import place_at
from pipeline.extract.region_self import Found, author_area, self_area
from pipeline.normalize.regions import CITY, COUNTY, PROVINCE, Place, chain, gazetteer

_GO = r"(?:来到|莅临|走进|到访|前往|赴|到|来(?=[我本]))"
_PURPOSE = r"(?:开展|进行)?(?:实地)?(?:考察|调研|参观|观摩|学习|交流|视察|指导|访问|走访|检查)"
_VISIT = re.compile(rf"(?P<go>{_GO})\s*(?P<dest>[^，。：:\s]{{1,16}}?)\s*{_PURPOSE}")
_HOST = re.compile(r"[我本](省|市|区|县)")  # also opening a longer name: `到我区老年大学`
_HOST_RANK = {"省": PROVINCE, "市": CITY, "区": COUNTY, "县": COUNTY}
_LEVELS = {PROVINCE: "province", CITY: "city", COUNTY: "county"}
# a headline naming a visiting delegation without saying where it went (`某市考察团来访`)
_DELEGATION = re.compile(r"(?:考察|参观|调研|学习|访问|代表)(?:团|组)|来访")
_LEAD_CHARS = 300


def visit_in_title(ctx: Context, span: tuple[int, int] | None, context: list[Place]) -> Hit | Found | None:
    """The visited place of a headline reporting a visit (`…考察团到我区考察`), or of the
    lead under a headline naming a delegation (`某市考察团来访`): a Hit on a named place,
    or the host's Region when the text says `到我区`."""
    if span is None:
        return None
    m = _VISIT.search(ctx.text, *span)
    if m is None and _DELEGATION.search(ctx.text, *span):
        m = _VISIT.search(ctx.text, span[1], min(len(ctx.text), span[1] + _LEAD_CHARS))
    if m is None:
        return None
    host = _HOST.match(m.group("dest"))
    if host is None:
        return place_at(ctx.text, m.start("dest"), context)
    rank = _HOST_RANK[host.group(1)]
    visitors = _visitors(ctx.text, span[0], min(span[1], m.start()))
    visitors += _visitors(ctx.text, _sentence_start(ctx.text, m.start()), m.start())
    found = _host(ctx, context, rank, visitors)
    return found or (Region(level=_LEVELS[rank]), ctx.evidence(m.start("dest"), m.end("dest")))


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。\n") + 1


def _host(ctx: Context, context: list[Place], rank: int, visitors: tuple[Place, ...]) -> Found | None:
    """`我区` of the host: its 来源 line's body, else the place of that level it names most."""
    found = author_area(ctx, rank) or self_area(ctx, context, rank, exclude=visitors)
    return found if found[0] != Region() else None


def _visitors(text: str, start: int, end: int) -> tuple[Place, ...]:
    """The places named before the verb of going: the delegation's home."""
    out: list[Place] = []
    mentions = gazetteer().scan(text[start:end])
    for i, _ in enumerate(mentions):
        place = chain(mentions[i:])
        if place is not None:
            out.append(place)
    return tuple(out)
