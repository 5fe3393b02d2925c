"""County-level places cpca's dataset does not know: districts created or renamed after it.

Local texts name a new district the way they name any other: right after its prefecture
(`某市某某区教育局`, `某市某某区2031年…`), and then often alone (`某某区2031年全民终身学习活动
周`, `我区`). When a proper-name stem plus 区/县/市/旗 follows a prefecture (or a municipality)
and is no division of the dataset, it is taken as a county of that city, written as in the
text; once a document has written it so, its bare mentions count too.

Ordinary words are told apart with jieba's dictionary, as the town rule does (`某市开发区`,
`某市主城区`, `某市所辖区域` are no districts): the stem may not be a common word, the last
character and the suffix may not make a functional noun (城区, 辖区, 市区, 园区, 景区 …), and
development zones (…新区, …开发区, …高新区) stay with the zone rule, which gives their city.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.region_towns import _ordinary, _words
from pipeline.normalize.regions import CITY, PROVINCE, Place, gazetteer, pick

_HAN = "[\u4e00-\u9fff]"
_CANDIDATE = re.compile(rf"{_HAN}{{2,3}}?[区县市旗]")
# never inside the stem: function characters and division suffixes (州 is: 某州区, 某州市)
_NOT_IN_STEM = re.compile(r"[的在于是为由了将到年日午后前讯各全本我该此每等其个副之省市县区旗村镇乡街暨届]")
# zones are not divisions: their city is the area (see region_campaign's zone rule)
_CONJUNCTIONS = "和与及并"  # `某市和某县`: a list of places, not a name
_ZONE = re.compile(r"(?:新区|开发区|高新区|经开区|园区|示范区|试验区|保护区|景区|新城)$")
# suffix + next character making an ordinary word (市场, 区域, 县城, 旗帜)
_BAD_NEXT = {"市": "场民值级区县镇容貌面", "区": "域别分块划间位", "县": "城域级", "旗": "帜舰下号"}
# name-tagged in jieba's dictionary but ordinary after a city name
_PLACE_LIKE_WORDS = {"新区", "城市", "都市", "山区", "上市", "入市"}
_CITY_NAMED_AFTER_PREFECTURE = "州市"  # `某州市`: county-level cities keep an old prefecture's name
_NAME_TAGS = ("ns", "nr", "nz", "nt")


def new_county_at(text: str, pos: int) -> str | None:
    """The unknown county name (stem + 区/县/市/旗) starting exactly at `pos`, if any."""
    m = _CANDIDATE.match(text, pos, min(len(text), pos + 4))
    if m is None or gazetteer().match_at(text, pos) is not None or gazetteer().match_before(text, m.end()):
        return None  # a known division starts or ends there (`某市及某县`)
    name = m.group()
    return name if _proper(name, text[m.end() : m.end() + 1]) else None


def _proper(name: str, following: str) -> bool:
    """A proper-name stem with a county suffix, not an ordinary phrase or a zone."""
    stem, suffix = name[:-1], name[-1]
    if stem[0] in _CONJUNCTIONS or _NOT_IN_STEM.search(stem) or _ZONE.search(name) or following and following in _BAD_NEXT[suffix]:
        return False
    if _ordinary(stem) or _ordinary(stem[:2], frequent=False) or _ordinary(stem, frequent=False):
        return False
    return not (_functional_tail(name[-2:]) or name in _words())


def _functional_tail(tail: str) -> bool:
    """The stem's last character and the suffix make an ordinary noun (城区, 辖区, 市区, 县市)."""
    if tail == _CITY_NAMED_AFTER_PREFECTURE:
        return False
    _, pos = _words().get(tail, (0, ""))
    return tail in _PLACE_LIKE_WORDS or bool(pos) and not pos.startswith(_NAME_TAGS)


def parent_area(place: Place) -> bool:
    """A prefecture, or a municipality (its districts hang from the province)."""
    if place.rank == CITY:
        return True
    placeholder = gazetteer().by_code.get(place.code[:2] + "0100")
    return place.rank == PROVINCE and placeholder is not None and placeholder.name == "市辖区"


def county_after(text: str, pos: int, place: Place | None) -> str | None:
    """The unknown county written right after `place` (which ends at `pos`)."""
    return new_county_at(text, pos) if place is not None and parent_area(place) else None


@lru_cache(maxsize=4)
def new_counties(text: str) -> dict[str, Place]:
    """Unknown counties the text writes after their prefecture, with that prefecture."""
    out: dict[str, Place] = {}
    for mention in gazetteer().scan(text):
        place = pick(mention.places)
        name = county_after(text, mention.end, place)
        if name is not None and place is not None:
            out.setdefault(name, place)
    return out


def county_ending_at(text: str, end: int) -> tuple[int, str, Place] | None:
    """A new county of the document written right before `end`: (start, name, its city)."""
    for name, city in new_counties(text).items():
        if text.endswith(name, 0, end):
            return end - len(name), name, city
    return None


def first_new_county(text: str, start: int, end: int) -> tuple[int, str, Place] | None:
    """The first mention of a new county of the document inside text[start:end]."""
    found = [(pos, name, city) for name, city in new_counties(text).items()
             if (pos := text.find(name, start, end)) >= 0]
    return min(found, key=lambda f: f[0]) if found else None
