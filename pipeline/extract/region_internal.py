"""Institution-internal notices: no campaign area of their own (level null), the province only when certain.

A university department, a school, a hospital or a company writes to its own units
(`各学院、各部门：`, `全体教职工：`, `各班级：`) about taking part in the week; the text is about
no administrative area, so the conventions give level null with the province the text makes
certain. Certain means: a province-level body the institution answers to is named
(`根据某省教育厅…的通知要求`; a bare `上报省教育厅` names none), or the institution's own name
(issuer, letterhead) opens on a place; when these name different provinces, none is certain. A
place mentioned in passing (a trip, a partner) is no such cue. Only the province is kept, even
when a school's name gives its city: the text is no city's campaign either.
"""
from __future__ import annotations

import re
from dataclasses import replace

from models import Evidence, Region
from pipeline.extract.base import Context
from pipeline.extract.header_orgs import is_org
from pipeline.normalize.regions import PROVINCE, Mention, Place, gazetteer, scan_cached, to_region

Found = tuple[Region, Evidence | None]

_HEAD_LINES = 8  # the addressee line comes right after the letterhead and the title
_ADDRESSEE = re.compile(r"\s*(?P<to>[^\n：:，。]{2,60})[：:]\s*")
# units inside one institution: its schools, departments, classes, staff (`全校离退休教职工`)
_INTERNAL_UNIT = re.compile(
    r"各(?:二级)?学院|各系|各(?:职能)?部门|各处室|各科室|各班级?|各年级|各教研室|各分院|各校区|各分工会|各基层工会"
    r"|各(?:基层)?党(?:总)?支部|[校院]属各单位|校内各单位|全体(?:师生|教职工|员工|学生|同学)"
    r"|全[校院][^，、]{0,8}(?:教职工|师生|学生|员工)|各位[^，、]{0,6}(?:教职工|老师|同学|员工)")
# addressees of a public body: governments, bureaus, divisions of an area (a campus, 校区, is none)
_PUBLIC = re.compile(r"政府|局|厅|委|省|市|县|区|乡|镇|街道|社区|直属")
# a body right after a province's name (`某省教育厅`, `某省教育工会女教职工委员会`)
_BODY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:厅|委员会|委|局|政府|工会|联合会|协会|学会|办公室)")

_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,24}(?:大学|学院|学校|中学|小学|幼儿园|医院|公司|集团|研究院|研究所)")


def internal_notice(ctx: Context, context: list[Place] | None = None) -> Found | None:
    """For a notice addressed to an institution's own units: level null with the certain
    province (or none); None for any other document. (`context`: the finders' signature.)"""
    head = _head_before_addressees(ctx)
    if head is None:
        return None
    provinces = _body_provinces(ctx) + _own_name_provinces(ctx, head)
    if len({p.code for p, _ in provinces}) != 1:
        return Region(), None
    place, (start, end) = provinces[0]
    return replace(to_region(place), level=None), ctx.evidence(start, end)


def _head_before_addressees(ctx: Context) -> list[tuple[int, str]] | None:
    """The lines above an addressee line near the head that names internal units and no
    public body (letterhead, title); None when there is no such line."""
    head: list[tuple[int, str]] = []
    for start, line in ctx.lines():
        if len(head) >= _HEAD_LINES:
            return None
        m = _ADDRESSEE.fullmatch(line)
        if m and _INTERNAL_UNIT.search(m.group("to")) and not _PUBLIC.search(m.group("to").replace("校区", "")):
            return head
        head.append((start, line))
    return None


def _institution_name(line: str) -> bool:
    """A letterhead naming a body or a school, hospital, company (`某某市某某中学`)."""
    return is_org(line) or bool(_INSTITUTION.fullmatch(line))


def _province(mention: Mention) -> Place | None:
    """The one province every division the name may denote lies in (`吉林` city or province)."""
    g = gazetteer()
    found = {g.parent(p, PROVINCE) if p.rank != PROVINCE else p for p in mention.places}
    return found.pop() if len(found) == 1 and None not in found else None


def _body_provinces(ctx: Context) -> list[tuple[Place, tuple[int, int]]]:
    """Provinces named as the head of a body (`某省教育厅`) anywhere in the text."""
    text = ctx.text
    out: list[tuple[Place, tuple[int, int]]] = []
    for mention in scan_cached(text):
        if all(p.rank != PROVINCE for p in mention.places):
            continue
        province = _province(mention)
        body = _BODY_AFTER.match(text, mention.end)
        if province is not None and body is not None:
            out.append((province, (mention.start, body.end())))
    return out


def _own_name_provinces(ctx: Context, head: list[tuple[int, str]]) -> list[tuple[Place, tuple[int, int]]]:
    """The province of the place the institution's own name opens on (`某某省某某职业学院`):
    a letterhead line above the addressees, or an issuer written in the text."""
    names = [(start, line.strip()) for start, line in head if _institution_name(line.strip())]
    for issuer in ctx.fields.get("issuers") or []:
        names.append((ctx.text.find(issuer), issuer))
    out: list[tuple[Place, tuple[int, int]]] = []
    for start, name in names:
        mentions = gazetteer().scan(name)
        province = _province(mentions[0]) if mentions and mentions[0].start == 0 else None
        pos = ctx.text.find(name, max(start, 0))
        if province is not None and pos >= 0:
            out.append((province, (pos, pos + mentions[0].end)))
    return out
