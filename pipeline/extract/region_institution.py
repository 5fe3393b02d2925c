"""The region an institution's own name gives: `某县老年大学` written out once, `县老年大学` elsewhere.

A school's or a college's own page (a 老年大学, a 社区学院) often names its place only in
its full name: the site banner, a letter-spaced letterhead (`某 某 市 社 区 学 院`), the
signature or the footer; the headline and the body call it by the short form (`县老年大学`,
`市社区学院`) or say 我市 / 本县. When the short form or such a self-reference agrees with
the full name (same suffix: a 县 body with 县老年大学 or 我县), the full name's place is the
document's area. A full name alone is not enough: a portal's banner may be another body's
(a city site republishing a county's news).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from pipeline.extract.base import Context
from pipeline.extract.header_orgs import is_org
from pipeline.extract.region_campaign import Hit
from pipeline.normalize.regions import CITY, COUNTY, PROVINCE, Mention, Place, chain, gazetteer

_SPACED = re.compile(r"\s*(?:[\u4e00-\u9fff][ \t\u3000]+){3,}[\u4e00-\u9fff]\s*")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,16}")
_SUFFIX_RANK = {"省": (PROVINCE,), "市": (CITY, COUNTY), "县": (COUNTY,), "区": (COUNTY,), "旗": (COUNTY,)}
_PLURAL = "各全诸等两几多该本我"  # `各县老年大学`: many bodies; `本市社区学院` is a self-reference, not a short form
_SELF = re.compile(r"[我本全](省|市|县|区|旗|镇|乡|街道)")
_OWN = re.compile(r"[我本](省|市|县|区|旗|镇|乡|街道)")  # `全省示范校` names an honour, not the text's own level
_CONTEXT_CHARS = 6000
_TAIL_CHARS = 1500  # a site footer (`版权所有：某县老年大学`) ends the page


class Body(NamedTuple):
    """An institution's full name found in the text: its place, the short form, where written."""

    place: Place
    short: str
    start: int
    end: int


def institution_place(ctx: Context, context: list[Place], span: tuple[int, int] | None = None) -> Hit | None:
    """The place of the institution whose short form the text (or text[span], the headline)
    uses most, at least once, when the text's self-reference, if any, has the same suffix
    (我县 with 县老年大学)."""
    text = ctx.text
    own = self_suffix(text, _OWN)  # a text calling itself 我市 is no 县 body's page
    start, end = span or (0, len(text))
    best: tuple[int, Body] | None = None
    for body in full_names(ctx, context):
        if own is not None and body.short[0] != own:
            continue
        count = short_uses(text, body.short, start, end)
        if count and (best is None or count > best[0]):
            best = (count, body)
    return _hit(best[1]) if best else None


def self_institution(ctx: Context, context: list[Place], suffix: str) -> Hit | None:
    """The first institution whose full name ends its place with `suffix` (我市 -> a 市),
    for a text that calls itself so and names no place of that level otherwise."""
    for body in full_names(ctx, context):
        if body.short[0] == suffix:
            return _hit(body)
    return None


def self_suffix(text: str, pattern: re.Pattern[str] = _SELF) -> str | None:
    """The suffix of the text's most frequent self-reference (我县 -> 县)."""
    found = Counter(m.group(1) for m in pattern.finditer(text))
    return found.most_common(1)[0][0] if found else None  # ties: the first written


def _hit(body: Body) -> Hit:
    return Hit(body.start, body.end, place=body.place)


def full_names(ctx: Context, context: list[Place]) -> Iterator[Body]:
    """Institutions named with their place (`某县老年大学`) in the head and the footer, in text order; a letter-spaced
    line is read with its spaces removed (evidence: the whole line)."""
    tail = len(ctx.text) - _TAIL_CHARS
    for start, line in ctx.lines():
        if _CONTEXT_CHARS <= start < tail:  # the head and the footer of a long page
            continue
        spaced = _SPACED.fullmatch(line)
        if spaced is not None:
            squeezed = re.sub(r"\s+", "", line)
            for body in _bodies(squeezed, context):
                yield body._replace(start=start, end=start + len(line.rstrip()))
            continue
        for body in _bodies(line, context):
            yield body._replace(start=start + body.start, end=start + body.end)


def _bodies(line: str, context: list[Place]) -> Iterator[Body]:
    """Place + institution in one line (every institution-like length); offsets inside the line."""
    for run in _CJK_RUN.finditer(line):
        for m in gazetteer().scan(run.group()):
            for body in _bodies_at(run.group(), m.start, context):
                yield body._replace(start=run.start() + body.start, end=run.start() + body.end)


def _bodies_at(run: str, pos: int, context: list[Place]) -> Iterator[Body]:
    """Institution names after the places starting at `pos` (`某县` + `老年大学`), longest first."""
    mentions: list[Mention] = []
    hit = gazetteer().match_at(run, pos)
    while hit is not None:
        mentions.append(hit)
        hit = gazetteer().match_at(run, hit.end)
    place = chain(mentions, context)
    end = next((m.end for m in reversed(mentions) if place in m.places), pos)
    if place is None or not _fits(place):
        return
    for size in range(len(run) - end, 1, -1):
        short = place.name[-1] + run[end : end + size]  # `某某老年大学` (no 县) is a 县老年大学 too
        if is_org(short):
            yield Body(place, short, pos, end + size)


def _fits(place: Place) -> bool:
    """The place's suffix writes its level (a 市 is a prefecture or a county-level city)."""
    return place.rank in _SUFFIX_RANK.get(place.name[-1], ())


def short_uses(text: str, short: str, start: int = 0, end: int | None = None) -> int:
    """How often `short` (`县老年大学`) is written on its own in text[start:end], not as the
    tail of a full name (`某县老年大学`) nor after a plural (`各县老年大学`)."""
    count = 0
    for m in re.compile(re.escape(short)).finditer(text, start, len(text) if end is None else end):
        before = text[m.start() - 1] if m.start() else ""
        if before in _PLURAL and before:
            continue
        if gazetteer().match_before(text, m.start() + 1) is None:
            count += 1
    return count
