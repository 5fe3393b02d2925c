"""Where a text names the campaign's own area: `<area>[年份][第X届]全民终身学习活动周`.

Reports and notices name the campaign with its area right before the year or the
edition (`某市2019年…`, `2021年某省…`, `某区第十二届…`, `某乡2017年…`); the
national campaign is `…活动周全国总开幕式`. Towns are not in the division dataset, so a
town is read from the text itself by its suffix (乡/镇/街道), and so is a district the dataset
lacks when the text writes it after its prefecture elsewhere; a development zone (…新区,
…开发区) is not a division either and is resolved to its city by the caller. A campaign
held jointly by two levels (`某省暨某市…`) is the higher level's; a newsroom's series tag
(`某省…活动周·系列报道(三)`) names the umbrella campaign, not the one reported on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.region_newcounty import county_ending_at, new_county_at
from pipeline.normalize.regions import Mention, Place, chain, gazetteer, same_name_counties

_CAMPAIGN = re.compile(r"全民终身学习|终身学习(?:活动|推进)周")
_YEAR_OR_EDITION = re.compile(
    r"(?:(?:19|20)\d{2}(?:\s*[-—至~]\s*(?:19|20)\d{2})?\s*年度?|第[一二三四五六七八九十百零\d]+届|\s+|[“\"「『])$"
)
# `2031年某省全民终身学习活动周·系列报道(三)`: a newsroom's series tag over many local reports
_SERIES_TAG = re.compile(r"[^，。\n]{0,8}?(?:系列报道|专题报道|系列宣传)")
_TOWN = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:乡|镇|街道))$")
_ZONE = re.compile(r"([\u4e00-\u9fff]{2,10}?(新区|开发区|高新区|经开区))$")
_TOWN_CORE = 5  # longest town name before its suffix
_NOT_IN_NAME = "在于的是为由和与及了将年日午后前讯,，、"


@dataclass(frozen=True)
class Hit:
    """What a campaign mention says: a division, a town name, or the national campaign."""

    start: int
    end: int
    place: Place | None = None
    town: str | None = None
    zone: str | None = None  # a development zone (not a division): its city is the area
    national: bool = False
    county: str | None = None  # a county certain by name: its city is `place` when known (a district
    # missing from the dataset) or uncertain (several counties share the name)
    dated: bool = False  # the mention names a year or edition (one campaign, not a series)


def campaign_hits(text: str, start: int = 0, end: int | None = None, context: list[Place] | None = None) -> list[Hit]:
    """Every campaign mention in text[start:end] with the area it names (citations skipped)."""
    stop = len(text) if end is None else end
    out: list[Hit] = []
    for m in _CAMPAIGN.finditer(text, start, stop):
        if _in_citation(text, m.start()) or _SERIES_TAG.match(text, m.end(), m.end() + 20):
            continue
        hit = _area_before(text, m.start(), max(start, m.start() - 40), context or [])
        if hit is None and "全国" in text[max(start, m.start() - 4) : m.end() + 12]:
            dated = bool(re.search(r"\d年|届", text[max(start, m.start() - 12) : m.start()]))
            hit = Hit(m.start(), m.end(), national=True, dated=dated)
        if hit is not None:
            out.append(hit)
    return sorted(out, key=lambda h: (not h.dated, h.national))  # stable: a dated local campaign first


def _in_citation(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("《") > before.count("》")


def _area_before(text: str, pos: int, floor: int, context: list[Place]) -> Hit | None:
    end = pos
    while end > floor:
        m = _YEAR_OR_EDITION.search(text, floor, end)
        if not m or m.end() != end or m.start() == end:
            joint = _joint_event_start(text, floor, end)
            if joint is None:
                break
            end = joint
            continue
        end = m.start()
    dated = bool(re.search(r"\d年|届", text[end:pos]))
    recent = county_ending_at(text, end)
    if recent is not None and recent[0] >= floor:
        return Hit(recent[0], end, place=recent[2], county=recent[1], dated=dated)
    mentions: list[Mention] = [m for m in gazetteer().chain_before(text, end) if m.start >= floor]
    place = chain(mentions, context) if mentions else None
    if place is not None:
        dated = dated or bool(re.search(r"(?:\d年度?|届)\s*$", text[floor : mentions[0].start]))
        upper = _joint_area(text, mentions[0].start, floor, context)
        if upper is not None and upper[1].rank <= place.rank:
            return Hit(upper[0], mentions[-1].end, place=upper[1], dated=dated)
        return Hit(mentions[0].start, mentions[-1].end, place=place, dated=dated)
    county = same_name_counties(mentions[-1]) if len(mentions) == 1 else None
    if county is not None:
        return Hit(mentions[0].start, mentions[0].end, county=county, dated=dated)
    town = _TOWN.search(text, floor, end)
    if town:
        name = _town_name(text, town.start(1), town.group(1))
        upper = _joint_area(text, end - len(name), floor, context)
        if upper is not None:
            return Hit(upper[0], end, place=upper[1], dated=dated)
        if len(name) >= 3:
            parents = gazetteer().chain_before(text, end - len(name))
            parent = chain(parents, context) if parents else None
            recent = county_ending_at(text, end - len(name)) if parent is None else None
            if recent is not None:  # a town of a district the dataset lacks
                return Hit(recent[0], end, place=recent[2], town=name, county=recent[1], dated=dated)
            return Hit(end - len(name), end, place=parent, town=name, dated=dated)
    zone = _ZONE.search(text, floor, end)
    if zone:
        name = _town_name(text, zone.start(1), zone.group(1))
        if len(name) - len(zone.group(2)) >= 2:
            return Hit(end - len(name), end, zone=name, dated=dated)
    return None


def _joint_area(text: str, start: int, floor: int, context: list[Place]) -> tuple[int, Place] | None:
    """`某省暨某市…活动周`: a campaign held jointly by two levels belongs to the higher one,
    written first; returns where it starts and the place."""
    if start - 1 <= floor or text[start - 1] != "暨":
        return None
    mentions = [m for m in gazetteer().chain_before(text, start - 1) if m.start >= floor]
    place = chain(mentions, context) if mentions else None
    return (mentions[0].start, place) if place is not None else None


_JOINT_EVENT = re.compile(r"[^\s，。；、,]{2,16}暨$")


def _joint_event_start(text: str, floor: int, end: int) -> int | None:
    """"某区第十届读书节暨2031年…活动周", "某市X创建工作暨…活动周": a joint event or
    undertaking named between the area and the campaign; returns where its name starts,
    right after a place name."""
    m = _JOINT_EVENT.search(text, max(floor, end - 18), end)
    if m is None:
        return None
    for start in range(end - 3, m.start() - 1, -1):
        if gazetteer().match_before(text, start) is not None and start > floor:
            return start
    return None


def _town_name(text: str, start: int, found: str) -> str:
    """"…协办的某镇" -> "某镇"; a conjunction character opening a clause (after punctuation)
    is the first character of the name ("，和平某街道"), not a conjunction."""
    opening = found[0] in "和与及" and (start == 0 or not re.match(r"[\u4e00-\u9fff]", text[start - 1]))
    parts = re.split(f"[{_NOT_IN_NAME}]", found[1:] if opening else found)
    if opening and len(parts) == 1:
        return found
    return _without_divisions(parts[-1])


def _without_divisions(name: str) -> str:
    """"某区某街道" -> "某街道": full division names (…市/区/县/旗, also a district the dataset
    lacks) written before a town belong to its parents, not to its name; failing that, the
    town keeps its last characters."""
    pos = 0
    hit = gazetteer().match_at(name, pos)
    while hit is not None and hit.surface[-1] in "省市区县旗州盟" and len(name) - hit.end >= 3:
        pos = hit.end
        hit = gazetteer().match_at(name, pos)
    recent = new_county_at(name, pos)  # a district the dataset lacks (`某某区某街道`)
    if recent is not None and len(name) - pos - len(recent) >= 3:
        pos += len(recent)
    suffix = 2 if name.endswith("街道") else 1
    core = name[pos : len(name) - suffix]
    return core[-_TOWN_CORE:] + name[len(name) - suffix :]
