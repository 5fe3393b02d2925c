"""Administrative divisions from cpca's dataset: find place names in text, build a Region.

Names and GB/T 2260 codes come from cpca's `resources/adcodes.csv` (a maintained
dataset), never from a hand-written list. Provinces and prefectures are also known by
cpca's own abbreviation rule (`泰州市` -> `泰州`, `广西壮族自治区` -> `广西`); counties only by
their full names, because short county names collide with ordinary words.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from models import Region

PROVINCE, CITY, COUNTY = 0, 1, 2
_PLACEHOLDER = re.compile(r"^(市辖区|县|.*直辖县级行政区划)$")
_STOP = re.compile(r"([省市]|特别行政区|自治区)$")  # cpca's abbreviation rule
_COUNTY_SUFFIXES = "县市区"
_COMMON_WORD_FREQ = 100  # jieba dictionary frequency above which a word is ordinary language


@dataclass(frozen=True)
class Place:
    """One administrative division: 6-digit code, standard name and rank."""

    code: str
    name: str

    @property
    def rank(self) -> int:
        if self.code.endswith("0000"):
            return PROVINCE
        return CITY if self.code.endswith("00") else COUNTY

    def within(self, other: Place) -> bool:
        """True when `other` is this place or one of its ancestors."""
        return self.code.startswith(other.code[: (other.rank + 1) * 2])


@dataclass(frozen=True)
class Mention:
    """A place name found in a text: offsets and every division the name may denote."""

    start: int
    end: int
    surface: str
    places: tuple[Place, ...]


class Gazetteer:
    """Name -> divisions index over cpca's adcodes, with longest-match scanning."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.by_code: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        for code, name in rows:
            place = Place(code[:6], name)
            self.by_code[place.code] = place
            if not _PLACEHOLDER.match(name):
                self._index(place)
        self._index_former_names()
        self.weak = self._weak_short_forms()
        self.max_len = max(len(n) for n in self.by_name)
        self._sizes: dict[str, list[int]] = {}  # first two characters -> name lengths, longest first
        for name in self.by_name:
            self._sizes.setdefault(name[:2], []).append(len(name))
        for sizes in self._sizes.values():
            sizes.sort(reverse=True)

    def _index(self, place: Place) -> None:
        names = {place.name}
        if place.rank < COUNTY:
            short = _special_abbreviations().get(place.name) or _STOP.sub("", place.name)
            if len(short) >= 2:
                names.add(short)
        names.update(_prefecture_short_forms(place.name))
        for name in names:
            self.by_name.setdefault(name, []).append(place)

    def _index_former_names(self) -> None:
        """Counties change suffix when upgraded (a 县 or 县级市 becoming a 市 or 区: 某县 -> 某市 -> 某区) and texts of
        either side of the change use their own form; the other forms are indexed as names of
        the same division, written as in the text. A form that is an ordinary word (大城市) is
        left out."""
        variants: dict[str, list[Place]] = {}
        for place in list(self.by_code.values()):
            if place.rank != COUNTY or place.name[-1] not in _COUNTY_SUFFIXES or len(place.name) < 3:
                continue
            for suffix in _COUNTY_SUFFIXES:
                name = place.name[:-1] + suffix
                if name not in self.by_name:
                    variants.setdefault(name, []).append(Place(place.code, name))
        common = _common_words(set(variants))
        for name, places in variants.items():
            if name not in common and not _PLACEHOLDER.match(places[0].name):
                self.by_name[name] = places

    def _weak_short_forms(self) -> set[str]:
        """Short forms (`来宾` for 来宾市, `大同` for 大同市) that jieba's dictionary knows as an
        ordinary word (a noun, verb or adverb rather than a place or name): `全体来宾` is no city."""
        shorts = {n for n, places in self.by_name.items() if all(p.name != n for p in places)}
        return {w for w, (freq, pos) in _dictionary(shorts).items()
                if freq >= _COMMON_WORD_FREQ and pos in _WORD_TAGS}

    def scan(self, text: str, whole: str | None = None) -> list[Mention]:
        """Non-overlapping place names in `text`, longest match first, left to right; a weak
        short form counts only beside another place name or when the text also writes the
        full name (`大同市`; in `whole`, the document around `text`, when given)."""
        out: list[Mention] = []
        i = 0
        while i < len(text):
            hit = self.match_at(text, i)
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.end
        return [m for k, m in enumerate(out) if m.surface not in self.weak or self._vouched(text, out, k, whole or text)]

    @staticmethod
    def _vouched(text: str, found: list[Mention], k: int, whole: str) -> bool:
        """A weak short form is a place beside another place name, at the start of a clause or
        after a verb of place (`合肥举办…`, `在合肥…`; not `全体来宾`), or when the full name is
        written too."""
        m = found[k]
        beside = (k and found[k - 1].end == m.start) or (k + 1 < len(found) and found[k + 1].start == m.end)
        before = text[m.start - 1] if m.start else ""
        opens = not re.match(r"[\u4e00-\u9fff]", before) or before in _PLACE_VERBS
        return bool(beside) or opens or any(p.name in whole for p in m.places)

    def match_at(self, text: str, i: int) -> Mention | None:
        """The longest place name starting at offset `i`."""
        for size in self._sizes.get(text[i : i + 2], ()):
            if i + size > len(text):  # a slice past the end is shorter than `size`
                continue
            places = self.by_name.get(text[i : i + size])
            if places:
                return Mention(i, i + size, text[i : i + size], tuple(places))
        return None

    def match_before(self, text: str, end: int) -> Mention | None:
        """The longest place name ending exactly at offset `end`."""
        for size in range(min(self.max_len, end), 1, -1):
            places = self.by_name.get(text[end - size : end])
            if places:
                return Mention(end - size, end, text[end - size : end], tuple(places))
        return None

    def chain_before(self, text: str, end: int) -> list[Mention]:
        """Adjacent place names ending at `end` (`苏州市吴江区`), left to right."""
        out: list[Mention] = []
        hit = self.match_before(text, end)
        while hit is not None and len(out) < 4:
            out.insert(0, hit)
            hit = self.match_before(text, hit.start)
        return out

    def parent(self, place: Place, rank: int) -> Place | None:
        """The ancestor of `place` at `rank` (None for placeholders such as 市辖区)."""
        code = place.code[:2] + "0000" if rank == PROVINCE else place.code[:4] + "00"
        found = self.by_code.get(code)
        if found is None or found.rank != rank or _PLACEHOLDER.match(found.name):
            return None
        return found


def _cpca_dir() -> Path:
    """cpca's package folder, found without importing the package (which builds its index)."""
    spec = find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cpca is required for administrative divisions")
    return Path(next(iter(spec.submodule_search_locations)))


_PLACE_VERBS = "在到赴于从至"  # characters that put a place right after them
# jieba's part-of-speech tags of ordinary words (not places, names or organisations)
_WORD_TAGS = {"n", "v", "vn", "d", "a", "ad", "an", "i", "l"}


def _common_words(words: set[str]) -> set[str]:
    """The members of `words` that jieba's dictionary counts as frequent words."""
    return {w for w, (freq, _) in _dictionary(words).items() if freq >= _COMMON_WORD_FREQ}


def _dictionary(words: set[str]) -> dict[str, tuple[int, str]]:
    """jieba's (frequency, part of speech) of the members of `words` it knows (read lazily,
    without importing jieba); empty when jieba is not installed."""
    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    out: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, freq, pos = line.split()
            if word in words:
                out[word] = (int(freq), pos)
    return out


@lru_cache(maxsize=1)
def _nationalities() -> tuple[str, ...]:
    """Names of the 56 nationalities (cpca's 56_nations.csv), longest first."""
    rows = (_cpca_dir() / "resources" / "56_nations.csv").read_text(encoding="utf-8").split()
    return tuple(sorted({r.strip() for r in rows if r.strip()}, key=len, reverse=True))


def _prefecture_short_forms(name: str) -> set[str]:
    """Autonomous prefectures are written "某某州" in their own documents (延边朝鲜族自治州 is
    called by its place part plus 州): the name without its nationalities and 自治州."""
    if not name.endswith("自治州"):
        return set()
    nations = "|".join(re.escape(n) for n in _nationalities())
    stem = re.sub(rf"(?:{nations})+自治州$", "", name)
    return {stem + "州"} if 2 <= len(stem) < len(name) - 3 else set()


@lru_cache(maxsize=1)
def _special_abbreviations() -> dict[str, str]:
    """cpca's table of autonomous-region abbreviations (广西壮族自治区 -> 广西).

    Loaded from cpca's matcher module file directly: importing the `cpca` package
    would build its whole address index (and pull in pandas) for a five-entry table.
    """
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("_cpca_matcher", _cpca_dir() / "matcher.py")
    if spec is None or spec.loader is None:
        return {}
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.Matcher.special_abbre)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared index, loaded once from cpca's package data."""
    raw = (_cpca_dir() / "resources" / "adcodes.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(raw))
    return Gazetteer((row["adcode"], row["name"]) for row in reader)


@lru_cache(maxsize=4)
def scan_cached(text: str) -> tuple[Mention, ...]:
    """`gazetteer().scan(text)`, remembered for the few texts of the document at hand (the
    region family reads the same head of a document several times)."""
    return tuple(gazetteer().scan(text))


def pick(places: Iterable[Place], context: Iterable[Place] = ()) -> Place | None:
    """The division a name denotes: unique, or the only one inside a context place."""
    options = list(places)
    if len(options) == 1:
        return options[0]
    ctx = list(context)
    inside = [p for p in options if any(p.within(c) and p != c for c in ctx)]
    if len(inside) == 1:
        return inside[0]
    by_rank = sorted(options, key=lambda p: p.rank)
    if by_rank[0].rank < by_rank[1].rank:  # a province/prefecture beats a same-named county
        return by_rank[0]
    return None


def county_by_stem(stem: str) -> Place | None:
    """The one county whose name is `stem` plus a county suffix (`某某` -> 某某县), as local
    news datelines write it; None when no county or several have such a name."""
    g = gazetteer()
    codes = {p.code for suffix in "县市区旗" for p in g.by_name.get(stem + suffix, []) if p.rank == COUNTY}
    return g.by_code[codes.pop()] if len(codes) == 1 else None


def same_name_counties(mention: Mention) -> str | None:
    """The name of a mention that denotes several counties of that very name (a 鼓楼区 in
    four cities): the county is certain by name even when its city is not."""
    places = mention.places
    if len(places) > 1 and all(p.rank == COUNTY and p.name == mention.surface for p in places):
        return mention.surface
    return None


def chain(mentions: list[Mention], context: Iterable[Place] = ()) -> Place | None:
    """The most specific place of adjacent mentions such as 苏州市吴江区 (each inside the last)."""
    ctx = list(context)
    current: Place | None = None
    for i, mention in enumerate(mentions):
        if i and mention.start != mentions[i - 1].end:
            break
        scope = [current] if current else ctx
        found = pick(mention.places, scope)
        if found is None or (current is not None and not found.within(current)):
            break
        current = found
    return current


def to_region(place: Place, level: str | None = None) -> Region:
    """A Region with parents filled from the code (municipality districts keep city null)."""
    g = gazetteer()
    province = g.parent(place, PROVINCE)
    city = g.parent(place, CITY) if place.rank == COUNTY else None
    levels = {PROVINCE: "province", CITY: "city", COUNTY: "county"}
    return Region(
        level=level or levels[place.rank],
        province=province.name if province else None,
        city=place.name if place.rank == CITY else (city.name if city else None),
        county=place.name if place.rank == COUNTY else None,
        town=None,
        code=place.code,
    )
