"""The campaign (programme) year: the year the document's own programme is for.

Read by preference from the title (`2019年…活动周`), the 发文字号, the signature date,
a year written with 活动周, an official 生成日期/成文日期, a national event the text
says it greets (`喜迎党的十九大召开`), then the year the text mentions most. A web page's
publish or upload time is never the campaign year (a page may be years younger than the
notice; a news page whose text writes no year has none), nor is a year in a URL. A planning span in the title (`规划(2016—2020年)`)
is not a single year: the notice's own year is taken, the span's start only as a last
resort. Template placeholders (`××年`, `20xx年`) mean the year is unknown, and years of
founding (`2000年…以来`) or of cited documents are not the programme's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.base import Context
from pipeline.extract.header_lines import DATE_LINE, YEAR, Line, cn_year, date_lines, is_furniture, metadata
from pipeline.extract.header_title import Title
from pipeline.normalize.dates import to_int


@dataclass(frozen=True)
class YearHit:
    year: int
    start: int
    end: int


_CAMPAIGN_YEAR = re.compile(
    rf"(?P<year>{YEAR})(?:\s*[-—至~]\s*{YEAR})?\s*年度?[\u4e00-\u9fff“”\"]{{0,16}}?(?:活动周|学习周|推进周)"
)
_ANY_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?!\d)")
# `2016—2020年`, `2018-2020`: a planning span, not one programme year
_SPAN = re.compile(rf"(?<!\d){YEAR}\s*(?:年\s*)?[-—–~～至到]+\s*{YEAR}(?!\d)")
# `××年`, `20xx年`, `**年`: a template whose year was never filled in
# (`**` only between characters, so Markdown bold around 年度 is not one)
_PLACEHOLDER = re.compile(
    r"(?:(?<![A-Za-z])(?:19|20|二〇)?[×xXＸｘ]{2}|(?:19|20|二〇)\*{2}|(?<=[\u4e00-\u9fff])\*{2}|[×xXＸｘ]{4})\s*年"
)
# a year that dates a founding or a starting point (`2000年…以来`, `始于2005年`, `成立于…`)
_NOT_PROGRAMME = re.compile(
    rf"(?:始于|成立于|创办于|创建于|建于)\s*{YEAR}|{YEAR}\s*年[^。，,；;]{{0,24}}?以来|"
    rf"{YEAR}\s*年(?:成立|创办|开办|建校)|(?:到|力争|争取)\s*{YEAR}|"
    rf"[〔\[【(（]\s*{YEAR}\s*[〕\]】)）]\s*第?\s*\d"
)
_OFFICIAL_KEYS = ("公文生成日期", "生成日期", "成文日期")
# a national congress the text greets before it is held: the programme runs in that year
_GREETED = re.compile(r"(?:喜迎|迎接)\s*(?:党的)?\s*(?:第)?(?P<n>[十二][一二三四五六七八九十]?)\s*(?:次全国代表)?大")
_FIRST_TERM_YEAR, _FIRST_TERM, _TERM_YEARS = 1982, 12, 5  # congresses every five years since the 12th


def campaign_year(ctx: Context, title: Title | None, number: YearHit | None, lines: list[Line],
                  news: bool = False) -> YearHit | None:
    """The campaign's year, by the preference order in the module docstring. A news report's
    unlabelled dateline counts among its years; no page's publish line does."""
    if title is not None and _PLACEHOLDER.search(title.value):
        return None
    for hit in (_title_year(ctx, title), number or _number_head(lines), _signature_year(lines),
                _campaign_mention(ctx), official_year(lines), _greeted_event(ctx)):
        if hit is not None:
            return hit
    if _PLACEHOLDER.search(ctx.text):
        return None
    return _most_common(ctx, lines, news) or _title_span(ctx, title)


# a year in Chinese numerals (`二〇三〇年`), as formal titles and signatures write it
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=\s*年)")


def _title_year(ctx: Context, title: Title | None) -> YearHit | None:
    if title is None:
        return None
    spans = [m.span() for m in _SPAN.finditer(ctx.text, title.start, title.end)]
    for m in _ANY_YEAR.finditer(ctx.text, title.start, title.end):
        if not any(a <= m.start() < b for a, b in spans):
            return YearHit(int(m.group()), m.start(), m.end())
    cn = _CN_YEAR.search(ctx.text, title.start, title.end)
    year = cn_year(cn.group()) if cn else None
    return YearHit(year, cn.start(), cn.end()) if cn and year else None


def _title_span(ctx: Context, title: Title | None) -> YearHit | None:
    m = _ANY_YEAR.search(ctx.text, title.start, title.end) if title else None
    return YearHit(int(m.group()), m.start(), m.end()) if m else None


def _signature_year(lines: list[Line]) -> YearHit | None:
    for line in reversed(date_lines(lines)):
        m = DATE_LINE.match(line.text)
        year = cn_year(m.group("year")) if m else None
        if m and year:
            return YearHit(year, line.start + m.start("year"), line.start + m.end("year"))
    return None


def _campaign_mention(ctx: Context) -> YearHit | None:
    m = _CAMPAIGN_YEAR.search(ctx.text)
    return YearHit(int(m.group("year")), m.start("year"), m.end("year")) if m else None


def official_year(lines: list[Line]) -> YearHit | None:
    """The year of a portal's official 生成日期/成文日期 (not its publish time)."""
    for line in lines[:15]:
        meta = metadata(line.text)
        for key in _OFFICIAL_KEYS:
            m = _ANY_YEAR.search(meta[key][0]) if key in meta else None
            if m:
                pos = meta[key][1]
                return YearHit(int(m.group()), line.start + pos + m.start(), line.start + pos + m.end())
    return None


# an anniversary the text celebrates: founding year of what is celebrated + N
_ANNIVERSARY = re.compile(
    r"(?:庆祝|喜迎|迎接|献礼)\s*(?P<what>建党|中国共产党成立|新中国成立|中华人民共和国成立|建国|改革开放)\s*"
    r"(?P<n>\d{2,3}|[一二三四五六七八九十百]{1,4})\s*周年"
)
_FOUNDED = {"建党": 1921, "中国共产党成立": 1921, "新中国成立": 1949, "中华人民共和国成立": 1949, "建国": 1949,
            "改革开放": 1978}


def _greeted_event(ctx: Context) -> YearHit | None:
    """`喜迎党的十九大胜利召开`, `庆祝建党100周年`: the text is written in that event's year."""
    m = _GREETED.search(ctx.text)
    term = to_int(m.group("n")) if m else None
    if m is not None and term is not None and term >= _FIRST_TERM:
        return YearHit(_FIRST_TERM_YEAR + _TERM_YEARS * (term - _FIRST_TERM), m.start("n"), m.end("n"))
    a = _ANNIVERSARY.search(ctx.text)
    years = to_int(a.group("n")) if a else None
    if a is None or years is None:
        return None
    return YearHit(_FOUNDED[a.group("what")] + years, a.start("n"), a.end("n"))


def _most_common(ctx: Context, lines: list[Line], news: bool) -> YearHit | None:
    """The year the running text names most, leaving out founding years, targets, the years
    of cited document numbers and (but for news datelines) page furniture and web timestamps."""
    hits = [m for line in lines if (news and not published(line.text)) or not _page_date(line.text)
            for m in _programme_years(ctx, line)]
    counts = Counter(m.group() for m in hits)
    if not counts:
        return None
    year = counts.most_common(1)[0][0]
    first = next(m for m in hits if m.group() == year)
    return YearHit(int(year), first.start(), first.end())


# a web timestamp (2022-05-12) or a labelled date field of a listing page (`截止日期:…`)
_TIMESTAMP = re.compile(rf"(?<!\d){YEAR}-\d{{1,2}}-\d{{1,2}}")
_DATE_FIELD = re.compile(r"^[^\d:：]{1,10}[:：]\s*[\d年月日\s./-]{6,20}$")


def _page_date(text: str) -> bool:
    return is_furniture(text) or bool(_TIMESTAMP.search(text) or _DATE_FIELD.match(text))


# a web page's publish line: `发布时间：…`, `发布日期：…`, `发布人：… 发布时间：…`, `更新时间：…`
_PUBLISHED = re.compile(r"(?:发布|发表|更新|上传|录入|编辑)\s*(?:时间|日期)|发布人|浏览次数|点击[数量率]")


def published(text: str) -> bool:
    """Whether a line is the page's publish line: its year is the page's, never the
    document's own context (conventions: no year, month or date from a publish time)."""
    return bool(_PUBLISHED.search(text))


# the head of a 发文字号 the page cut short (`X教〔2023`): its year is still the notice's
_NUMBER_LINE = 24  # a number line, not a paragraph citing one
_NUMBER_HEAD = re.compile(rf"^[\u4e00-\u9fff]{{1,10}}[〔\[【﹝]\s*(?P<year>{YEAR})")


def _number_head(lines: list[Line]) -> YearHit | None:
    for line in lines[:30]:
        m = _NUMBER_HEAD.match(line.text) if len(line.text) <= _NUMBER_LINE else None
        if m:
            return YearHit(int(m.group("year")), line.start + m.start("year"), line.start + m.end("year"))
    return None


def _programme_years(ctx: Context, line: Line) -> list[re.Match[str]]:
    excluded = [m.span() for m in _NOT_PROGRAMME.finditer(ctx.text, line.start, line.end)]
    return [m for m in _ANY_YEAR.finditer(ctx.text, line.start, line.end)
            if not any(a <= m.start() < b for a, b in excluded)]
