"""Chinese dates, date ranges and fuzzy time expressions as structured values.

Official documents write dates in many ways (2013年9月12日, 二〇一三年九月十二日,
2013-09-12, 2013.9.12, 10月10前 with a missing 日) and periods with several dashes
(10月16日—10月22日, 10月16日至22日, 10月16至22日, 自10月16日起，至22日止). Extractors need the
parts that are certain and nothing more: a year, month or day that is not written stays
None until a caller supplies a context year, and a fuzzy span (11月中旬, 10月第四周,
11月底前) is never turned into a day.

Public API (offsets are always offsets into the string that was scanned):

- `to_int(numeral)`: Arabic or Chinese numeral (十六, 二〇一三) to int.
- `make_date(year, month, day)`: a `datetime.date`, or None for an impossible date (2月30日).
- `PartialDate`: year/month/day, each possibly None; `.resolve(default_year)`, `.iso(...)`.
- `DateMention`: one point date or range found in text (`first`, `last`, `is_range`).
- `find_dates(text)`: every point date and range, in text order, ranges merged.
- `parse_date(text, default_year)`: the single date a short string states.
- `FuzzyDate` / `find_fuzzy(text)`: 上旬/中旬/下旬/月底/第四周 spans and tentative dates
  (拟于/暂定/计划于, …之后, …前后) with a precision and a tentative flag.
- `explicit_years(text)` / `year_near(text, offset)`: the years a text writes out, and the
  one nearest before (else after) an offset, for dates written without a year.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS.update({"〇": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "两": 2})

_NUM = r"(?:\d{1,2}|[〇○零一二三四五六七八九十两]{1,3})"
_YEAR = r"(?:(?:19|20)\d{2}|[〇○Oo零一二三四五六七八九]{4})"
_ISO = (
    r"(?<![\d.\-/])(?P<iy>(?:19|20)\d{2})\s*(?P<sep>[-/.])\s*(?P<im>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<id>\d{1,2})(?![\d])"
)
_CN = (
    rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?<![\d])(?P<m>{_NUM})\s*月\s*(?:份\s*)?(?P<d>{_NUM})"
    r"\s*(?:[日号]|(?=\s*(?:之|以)?前(?!后))|(?=\s*(?:至|到|—+|–+|-+|~|～|－+)\s*\d{1,2}\s*[日号]))"
)
_DAY_ONLY = rf"(?<![\d月])(?P<do>{_NUM})\s*日"
_POINT = re.compile(rf"{_ISO}|{_CN}|{_DAY_ONLY}")

# Compact ranges written with dots or slashes: "2018.10.20-10.26", "2020/11/07—11/13",
# "2016.10.22-2016.10.28", "10.16-10.22". A bare "10.16" is a decimal number elsewhere, so the
# month.day form is read only as a range end or as both ends of a range.
_MD = r"(?P<{m}>\d{{1,2}})(?P<{s}>[./])(?P<{d}>\d{{1,2}})"
_COMPACT_RANGE = re.compile(
    rf"(?<![\d.\-/])(?:(?P<y1>(?:19|20)\d{{2}})[./]\s*)?{_MD.format(m='m1', s='s1', d='d1')}"
    r"\s*(?:至|到|—+|–+|-+|~|～|－+)\s*"
    rf"(?:(?P<y2>(?:19|20)\d{{2}})[./])?{_MD.format(m='m2', s='s2', d='d2')}(?![\d.%万千亿倍元])"
)

# "2030.10.20-26", "2030/10/20—26": a dated start (year written) whose end gives the day only.
_COMPACT_DAY_RANGE = re.compile(
    rf"(?<![\d.\-/])(?P<y1>(?:19|20)\d{{2}})[./]\s*{_MD.format(m='m1', s='s1', d='d1')}"
    r"\s*(?:至|到|—+|–+|-+|~|～|－+)\s*(?P<d2>\d{1,2})(?![\d./%万千亿倍元])\s*日?"
)

_WEEKDAY = r"(?:[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）])"
_CLOCK = r"(?:(?:上午|下午|晚上|早上|中午|凌晨)?\s*\d{1,2}\s*[:：点时]\s*(?:\d{1,2}\s*分?)?)"
_RANGE_GAP = re.compile(
    rf"\s*{_WEEKDAY}?\s*(?:{_CLOCK})?\s*(?:(?:起|开始)\s*[，,]?)?\s*(?:(?:持续|延续|一直)\s*(?=至|到))?(?:至|到|—+|–+|-+|~|～|－+|－－)\s*(?:次年)?\s*$"
)


def to_int(numeral: str) -> int | None:
    """An Arabic or Chinese numeral as int: '16', '十六', '三十一', '二〇一三' (digit by digit)."""
    s = numeral.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    return _cn2an(s)


def _cn2an(s: str) -> int | None:
    """Numerals with 十/百 (十二, 二十, 三十一) through cn2an; None if it cannot read them."""
    import cn2an  # lazy: only numerals with positional characters need it

    try:
        value = cn2an.cn2an(s, "normal")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if float(value).is_integer() else None


def make_date(year: int | None, month: int | None, day: int | None) -> _dt.date | None:
    """The date, or None when a part is missing or the date does not exist (2月30日)."""
    if year is None or month is None or day is None:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class PartialDate:
    """The parts of a date a text writes out; missing parts are None."""

    year: int | None
    month: int | None
    day: int | None

    def resolve(self, default_year: int | None = None) -> _dt.date | None:
        """The full date, taking the year from `default_year` when it is not written."""
        return make_date(self.year or default_year, self.month, self.day)

    def iso(self, default_year: int | None = None) -> str | None:
        date = self.resolve(default_year)
        return date.isoformat() if date else None

    @property
    def has_day(self) -> bool:
        """Month and day are both written (the year may come from context)."""
        return self.month is not None and self.day is not None


@dataclass(frozen=True)
class DateMention:
    """A point date (`first == last`) or a range found at text[start:end]."""

    text: str
    start: int
    end: int
    first: PartialDate
    last: PartialDate
    is_range: bool = False

    def resolve(self, default_year: int | None = None) -> tuple[_dt.date, _dt.date] | None:
        """(start, end) dates; an end before the start rolls into the next year."""
        year = self.first.year or default_year
        a = self.first.resolve(year)
        if a is None:
            return None
        if not self.is_range:
            return a, a
        b = make_date(self.last.year or a.year, self.last.month or a.month, self.last.day)
        if b is not None and b < a and self.last.year is None:
            b = make_date(a.year + 1, b.month, b.day)
        return (a, b) if b is not None and b >= a else None


def _point(m: re.Match[str]) -> PartialDate | None:
    """The parts one `_POINT` match writes; None when a part is not a valid number."""
    y: int | None
    mo: int | None
    d: int | None
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("m"):
        y = to_int(m.group("y")) if m.group("y") else None
        mo, d = to_int(m.group("m")), to_int(m.group("d"))
    else:
        y, mo, d = None, None, to_int(m.group("do"))
    if (mo is not None and not 1 <= mo <= 12) or d is None or not 1 <= d <= 31:
        return None
    if y is not None and not 1900 <= y <= 2099:
        return None
    return PartialDate(y, mo, d)


def _points(text: str) -> list[tuple[re.Match[str], PartialDate]]:
    out = []
    for m in _POINT.finditer(text):
        part = _point(m)
        if part is not None:
            out.append((m, part))
    return out


def _compact_ranges(text: str) -> list[DateMention]:
    """Ranges in the dotted or slashed form ("2018.10.20-10.26"); the end may omit its year."""
    out: list[DateMention] = []
    for m in _COMPACT_RANGE.finditer(text):
        y1 = int(m.group("y1")) if m.group("y1") else None
        y2 = int(m.group("y2")) if m.group("y2") else None
        first = PartialDate(y1, int(m.group("m1")), int(m.group("d1")))
        last = PartialDate(y2, int(m.group("m2")), int(m.group("d2")))
        if m.group("s1") != m.group("s2") or not all(_valid(p) for p in (first, last)):
            continue
        if _range_ok(first, last):
            out.append(DateMention(m.group(), m.start(), m.end(), first, last, True))
    return out + _compact_day_ranges(text, out)


def _compact_day_ranges(text: str, taken: list[DateMention]) -> list[DateMention]:
    """Ranges "2030.10.20-26" (year written, the end a later day of the same month)."""
    out: list[DateMention] = []
    for m in _COMPACT_DAY_RANGE.finditer(text):
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        first = PartialDate(int(m.group("y1")), int(m.group("m1")), d1)
        last = PartialDate(None, first.month, d2)
        if not (_valid(first) and _valid(last) and d2 > d1) or any(o.start <= m.start() < o.end for o in taken):
            continue
        raw = m.group().rstrip()
        out.append(DateMention(raw, m.start(), m.start() + len(raw), first, last, True))
    return out


def _valid(part: PartialDate) -> bool:
    return part.month is not None and part.day is not None and make_date(2000, part.month, part.day) is not None


def find_dates(text: str) -> list[DateMention]:
    """Point dates and ranges in text order.

    A bare day (22日) is kept only as part of a range (至22日, 20日—26日), where its
    month and year come from the other end; alone it is too ambiguous to be a date.
    """
    compact = _compact_ranges(text)
    points = [(m, p) for m, p in _points(text) if not any(c.start <= m.start() < c.end for c in compact)]
    out: list[DateMention] = list(compact)
    i = 0
    while i < len(points):
        m, part = points[i]
        if i + 1 < len(points) and _RANGE_GAP.fullmatch(text, m.end(), points[i + 1][0].start()):
            m2, last = points[i + 1]
            if _range_ok(part, last):
                last = PartialDate(last.year, last.month or part.month, last.day)
                out.append(DateMention(text[m.start() : m2.end()], m.start(), m2.end(), part, last, True))
                i += 2
                continue
        if part.month is not None:
            out.append(DateMention(m.group(), m.start(), m.end(), part, part))
        i += 1
    return sorted(out, key=lambda d: d.start)


def _range_ok(first: PartialDate, last: PartialDate) -> bool:
    """A range end may omit year and month, but never states more than a start lacks."""
    if first.month is None and last.month is not None:
        return False
    return not (first.year is not None and last.year is not None and last.year < first.year)


def parse_date(text: str, default_year: int | None = None) -> _dt.date | None:
    """The one date a short string states ('2013年9月12日', '二〇一三年十月十六日', '2013-09-12')."""
    found = [d for d in find_dates(text) if not d.is_range]
    if len(found) != 1:
        return None
    return found[0].first.resolve(default_year)


@dataclass(frozen=True)
class FuzzyDate:
    """A time stated less precisely than a day, or only tentatively.

    `precision` is "month", "dekad" (旬), "week" or "day" (a day that is only planned or
    approximate); `relation` says whether the text means the span itself ("in"), a time
    around it ("around", 前后), after it ("after", 之后) or before it ("before", 前).
    """

    text: str
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    precision: str
    tentative: bool
    relation: str = "in"


_PART_PRECISION = {"旬": "dekad", "周": "week", "初": "month", "底": "month", "末": "month", "中": "month"}
_FUZZY_MONTH = re.compile(
    rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?<!\d)(?P<m>{_NUM})\s*月\s*(?:份\s*)?"
    r"(?P<q>上中旬|中下旬|上旬|中旬|下旬|初|底|末|中(?![心国小学华文等部])|"
    r"(?:的)?第\s*[一二三四五1-5]\s*(?:个)?周|(?:的)?最后一周)"
)
_TENTATIVE = re.compile(r"(?:拟定?|暂定|计划|预计|初定|拟在|预定)\s*(?:于|在)?\s*$")
_AFTER = re.compile(r"^\s*(?:前后|左右)|^\s*(?:之后|以后)|^\s*(?:之前|以前|前(?![后夕期往列进来面身提沿景行]))")


def _relation(tail: str) -> tuple[str, int]:
    """What the words right after a date say about it, and how many characters they take."""
    m = _AFTER.match(tail)
    if not m:
        return "in", 0
    word = m.group().strip()
    if word in ("前后", "左右"):
        return "around", m.end()
    return ("after" if word in ("之后", "以后") else "before"), m.end()


def _fuzzy(text: str, start: int, end: int, parts: tuple[int | None, int | None, int | None],
           precision: str) -> FuzzyDate | None:
    """A FuzzyDate whose text takes in a tentative marker before and a relation word after.

    A planned (拟于) or approximate (前后, 之后) day is fuzzy; a plain day is not.
    """
    marker = _TENTATIVE.search(text[max(0, start - 6) : start])
    relation, used = _relation(text[end : end + 4])
    if precision == "day" and not marker and relation not in ("around", "after"):
        return None
    lo = start - len(marker.group()) if marker else start
    return FuzzyDate(text[lo : end + used], lo, end + used, *parts, precision, bool(marker), relation)


def _fuzzy_month(text: str, m: re.Match[str]) -> FuzzyDate | None:
    month = to_int(m.group("m"))
    if month is None or not 1 <= month <= 12:
        return None
    q = m.group("q")
    precision = _PART_PRECISION["旬" if "旬" in q else "周" if "周" in q else q[-1]]
    year = to_int(m.group("y")) if m.group("y") else None
    return _fuzzy(text, m.start(), m.end(), (year, month, None), precision)


def _fuzzy_day(text: str, d: DateMention) -> FuzzyDate | None:
    """A day that is only planned (拟于10月20日) or approximate (10月20日前后, 之后)."""
    return _fuzzy(text, d.start, d.end, (d.first.year, d.first.month, d.first.day), "day")


def find_fuzzy(text: str) -> list[FuzzyDate]:
    """Fuzzy spans (11月中旬, 10月第四周, 11月底前) and tentative or approximate days, in order."""
    out = [f for m in _FUZZY_MONTH.finditer(text) if (f := _fuzzy_month(text, m))]
    out += [f for d in find_dates(text) if not d.is_range and (f := _fuzzy_day(text, d))]
    return sorted(out, key=lambda f: f.start)


_YEAR_WORD = re.compile(rf"(?<!\d)(?P<y>{_YEAR})\s*(?:[-—~至到]\s*(?:19|20)\d{{2}}\s*)?年|{_ISO}")


@lru_cache(maxsize=32)
def explicit_years(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, year) of every year the text writes out (2013年, 二〇一三年, 2013-09-12).

    A span of years (2023-2024年度) counts as its first year, the year its work starts.
    """
    out = []
    for m in _YEAR_WORD.finditer(text):
        raw = m.group("y") or m.group("iy")
        year = to_int(raw)
        if year is not None and 1900 <= year <= 2099:
            out.append((m.start(), year))
    return tuple(out)


def year_near(text: str, offset: int) -> int | None:
    """The written year nearest before `offset`, else the first one after it."""
    years = explicit_years(text)
    before = [y for pos, y in years if pos < offset]
    if before:
        return before[-1]
    after = [y for pos, y in years if pos >= offset]
    return after[0] if after else None
