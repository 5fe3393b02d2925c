"""Towns and sub-districts (镇 / 乡 / 街道 / 苏木): recognised in the text itself.

cpca's dataset stops at counties, so a town is a proper-name stem with a town suffix.
Where the stem starts is the hard part: a town name is trusted when it stands right
after its county or city (`某区某街道`) or at the start of a clause or headline
(`，某镇举行…`, `5日某镇人民政府…`); once trusted, every mention of it counts.
Ordinary words with a town suffix (示范街道, 特色小镇, 乡镇) are told apart by jieba's
dictionary: a stem that is a frequent common word is not a proper name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pipeline.normalize.regions import Place, chain, gazetteer

_SUFFIX = "(?:街道|镇|乡|苏木)"
_HAN = "[\u4e00-\u9fff]"
_CANDIDATE = re.compile(rf"{_HAN}{{2,6}}?{_SUFFIX}")
# never inside a town's stem (a conjunction only as its first character: 和平里街道)
_NOT_IN_STEM = re.compile(r"[的在于是为由了将到年日午后前讯各全本我该此每等其个副之省市县区州旗村镇乡暨届]|街道")
_CONJUNCTION = re.compile(r".+[和与及]")
_FUNCTION_CHARS = set("将在由于和与对向到把从给为及的是")
_BAD_NEXT = re.compile(r"[村镇土情亲愁贤里间下]|级")
_NAME_END = ("小镇", "古镇", "名镇", "重镇", "强镇", "城镇", "集镇", "村镇", "乡镇", "城乡", "下乡", "街镇")


@dataclass(frozen=True)
class Town:
    """A town name found at text[start:end], with the division written right before it."""

    start: int
    end: int
    name: str
    parent: Place | None = None


def town_at(text: str, pos: int) -> str | None:
    """The town name that starts exactly at `pos` (shortest stem that gives a name)."""
    m = _CANDIDATE.match(text, pos, min(len(text), pos + 10))
    if m is None:
        return None
    return m.group() if is_town_name(m.group(), text[m.end() : m.end() + 2]) else None


def is_town_name(name: str, following: str = "") -> bool:
    """A proper-name stem with a town suffix, not an ordinary phrase."""
    suffix = 2 if name.endswith(("街道", "苏木")) else 1
    stem = name[:-suffix]
    if len(stem) < 2 or _NOT_IN_STEM.search(stem) or _CONJUNCTION.match(stem) or name.endswith(_NAME_END):
        return False
    if name[-1] == "乡" and _BAD_NEXT.match(following):
        return False
    if name[-1] == "镇" and following[:1] in ("江", "区"):  # 镇江, a 镇区 of a county town
        return False
    if len(stem) > 2 and (_ordinary(stem[-2:]) or _ordinary(stem[:2], frequent=False)):
        return False  # 学习型示范街道, 参观某镇
    return not _ordinary(stem)


def _ordinary(word: str, frequent: bool = True) -> bool:
    """A common word that is not a noun or name (示范, 特色, 参观), a common noun (试点,
    基层; not a rarer one such as 石门, which many towns are named after), or any very
    frequent word."""
    freq, pos = _words().get(word, (0, ""))
    if frequent and freq >= 2000:
        return True
    if pos == "n":
        return freq >= 1000
    return freq >= 100 and not pos.startswith(("ns", "nr", "nz", "nt", "m"))


def town_after_place(text: str, start: int, end: int | None = None) -> Town | None:
    """A town written right after a division chain inside text[start:end] (`某市某镇`)."""
    stop = len(text) if end is None else end
    for mention in gazetteer().scan(text[start:stop]):
        pos = start + mention.end
        name = town_at(text, pos)
        if name is not None:
            return Town(pos, pos + len(name), name, chain(gazetteer().chain_before(text, pos)))
    return None


def lead_town(text: str, start: int, end: int) -> Town | None:
    """A town opening text[start:end] (a headline or the subject of a lead sentence)."""
    stripped = start + len(text[start:end]) - len(text[start:end].lstrip(" \u3000“\"【["))
    name = town_at(text, stripped)
    if name is None:
        placed = town_after_place(text, stripped, min(end, stripped + 20))
        if placed is not None and _starts_chain(text, stripped, placed):
            return placed
        return _after_new_county(text, stripped, end)
    return Town(stripped, stripped + len(name), name, parent_of(text, name))


# a county-level name cpca's dataset does not know yet (districts set up or renamed after it)
_NEW_COUNTY = re.compile(rf"{_HAN}{{2}}[区县旗]")


def _after_new_county(text: str, start: int, end: int) -> Town | None:
    """`某某区某街道…` where the district is missing from the dataset: the town, parents unknown."""
    m = _NEW_COUNTY.match(text, start, end)
    if m is None or _NOT_IN_STEM.search(m.group()[:2]) or _ordinary(m.group()[:2], frequent=False):
        return None
    if gazetteer().match_at(text, start) is not None:
        return None
    name = town_at(text, m.end())
    return Town(m.end(), m.end() + len(name), name) if name and m.end() + len(name) <= end else None


def _starts_chain(text: str, start: int, town: Town) -> bool:
    """True when only division names stand between `start` and the town."""
    return sum(len(m.surface) for m in gazetteer().scan(text[start : town.start])) == town.start - start


def parent_of(text: str, name: str) -> Place | None:
    """The division written right before the town anywhere in the text (`某区某街道`)."""
    pos = text.find(name)
    while pos >= 0:
        mentions = gazetteer().chain_before(text, pos)
        place = chain(mentions) if mentions else None
        if place is not None:
            return place
        pos = text.find(name, pos + 1)
    return None


def town_counts(text: str) -> Counter[str]:
    """Trusted town names of the text with how often each is written."""
    return Counter(_town_counts(text))


@lru_cache(maxsize=4)
def _town_counts(text: str) -> Counter[str]:
    names: set[str] = set()
    for m in _CANDIDATE.finditer(text):
        name = _trusted(text, m.start(), m.end())
        if name:
            names.add(name)
    found = Counter({name: text.count(name) for name in names})
    for name in list(found):  # "某县某镇" beside "某镇": the shorter is the name itself
        if any(other != name and name.endswith(other) for other in found):
            del found[name]
    return found


def _trusted(text: str, start: int, end: int) -> str | None:
    """The candidate at text[start:end] when its position vouches for its first character."""
    for pos in range(start, end - 2):
        name = town_at(text, pos)
        if name is None or pos + len(name) > end:
            continue
        if _clause_start(text, pos) or _after_word(text, pos) or gazetteer().match_before(text, pos):
            return name
    return None


def _after_word(text: str, pos: int) -> bool:
    """A function word or a common verb right before `pos` ends there (`印发某镇…`, `将某镇…`)."""
    return text[pos - 1 : pos] in _FUNCTION_CHARS or pos >= 2 and _ordinary(text[pos - 2 : pos], frequent=False)


def _clause_start(text: str, pos: int) -> bool:
    """Nothing Han right before `pos`, or a date (`5日某镇…`)."""
    return pos == 0 or not re.match(_HAN, text[pos - 1]) or text[pos - 1] == "日" and text[pos - 2 : pos - 1].isdigit()


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary words of 2-4 characters used 100+ times: frequency and part of
    speech. Read once, without importing jieba (its import builds a prefix tree)."""
    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    out: dict[str, tuple[int, str]] = {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, pos = line.split()
            if 2 <= len(word) <= 4 and int(freq) >= 100:
                out[word] = (int(freq), pos)
    return out
