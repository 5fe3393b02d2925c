"""Document genre and campaign year: the two header fields read from several weak signals.

Genre: the title's last word (…的通知, …工作方案, …总结), a news headline verb, a news
lead (本报讯, `X月X日，…举行`), or a 主送 line opening the text. Campaign year: title,
then 发文字号, then the signature/dateline year, then the year written with 活动周,
then the page's publish date, then the year the text mentions most.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.base import Context
from pipeline.extract.header_lines import (
    DATE_LINE,
    DOC_NUMBER,
    YEAR,
    Line,
    cn_year,
    date_lines,
    is_addressee,
    is_body,
    is_furniture,
    metadata,
)
from pipeline.extract.header_title import NEWS_VERBS, Title, genre

_NEWS_LEAD = re.compile(r"^(?:本报讯|.{0,12}讯[)）]|[(（][^)）]{0,20}讯[)）])")
_DATED_EVENT = re.compile(r"\d{1,2}月\d{1,2}日[^。]{0,120}?(?:举行|开幕|启动|召开|举办|闭幕|落幕|揭牌|开班)")
_CAMPAIGN_YEAR = re.compile(
    rf"(?P<year>{YEAR})(?:\s*[-—至~]\s*{YEAR})?\s*年度?[\u4e00-\u9fff“”\"]{{0,16}}?(?:活动周|学习周|推进周)"
)
_ANY_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?!\d)")
_PUBLISH_KEYS = ("发布日期", "发布时间", "时间", "生成日期", "公文生成日期", "成文日期")


def doc_type(title: Title | None, lines: list[Line], stop: int) -> str:
    """notice / plan / summary / news / rules / form / other."""
    if title is not None:
        kind = genre(title.value)
        if kind:
            return kind
        if NEWS_VERBS.search(title.value):
            return "news"
    opener = next((ln for ln in lines[: stop + 1] if not is_furniture(ln.text)), None)
    if opener is not None and is_addressee(opener.text):
        return "notice"
    first_body = next((ln for ln in lines[: stop + 3] if is_body(ln.text) and not is_furniture(ln.text)), None)
    if first_body is not None and _is_news_lead(first_body.text):
        return "news"
    if title is None and any(is_addressee(ln.text) for ln in lines[:stop + 1]):
        return "notice"
    return "other"


# A lead opening on a day whose event verb comes in the next sentence ("X月X日至Y日是…活动周。
# X日上午，启动仪式在…举行").
_DATED_OPENING = re.compile(r"^\s*\d{1,2}月\d{1,2}日[^。]{0,80}。[^。]{0,80}?(?:举行|开幕|启动|召开|举办|揭牌)")


# Local papers date a lead by the day alone ("18日上午，…开幕式举行"): the month is the paper's.
_DAY_LEAD = re.compile(r"^\s*\d{1,2}日(?:上午|下午|晚上?|早上)?[，,][^。]{0,120}?(?:举行|开幕|启动|召开|举办|闭幕|落幕|揭牌|开班)")


def _is_news_lead(text: str) -> bool:
    return bool(_NEWS_LEAD.match(text) or _DATED_EVENT.search(text[:200]) or _DATED_OPENING.match(text)
                or _DAY_LEAD.match(text))


@dataclass(frozen=True)
class YearHit:
    year: int
    start: int
    end: int


def campaign_year(ctx: Context, title: Title | None, number: YearHit | None, lines: list[Line]) -> YearHit | None:
    """The campaign's year, by the preference order in the module docstring."""
    for hit in (_title_year(ctx, title), number, _signature_year(lines), _campaign_mention(ctx),
                _publish_year(lines), _most_common(ctx)):
        if hit is not None:
            return hit
    return None


def _title_year(ctx: Context, title: Title | None) -> YearHit | None:
    if title is None:
        return None
    m = _ANY_YEAR.search(ctx.text, title.start, title.end)
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


def _publish_year(lines: list[Line]) -> YearHit | None:
    for line in lines[:15]:
        meta = metadata(line.text)
        for key in _PUBLISH_KEYS:
            if key in meta:
                value, pos = meta[key]
                m = _ANY_YEAR.search(value)
                if m:
                    return YearHit(int(m.group()), line.start + pos + m.start(), line.start + pos + m.end())
    return None


def _most_common(ctx: Context) -> YearHit | None:
    counts = Counter(m.group() for m in _ANY_YEAR.finditer(ctx.text))
    if not counts:
        return None
    year = counts.most_common(1)[0][0]
    m = _ANY_YEAR.search(ctx.text)
    while m and m.group() != year:
        m = _ANY_YEAR.search(ctx.text, m.end())
    return YearHit(int(year), m.start(), m.end()) if m else None


def doc_number(lines: list[Line], stop: int) -> tuple[str, int, int] | None:
    """发文字号 from the header zone or a 文号 metadata row; never a body citation."""
    for line in lines[: stop + 2]:
        meta = metadata(line.text)
        for key in ("发文字号", "备注/文号", "文号"):
            if key in meta:
                m = DOC_NUMBER.search(meta[key][0])
                if m:
                    start = line.start + meta[key][1] + m.start()
                    return m.group(), start, start + len(m.group())
        hit = _standalone_number(line)
        if hit:
            return hit
    return None


def _standalone_number(line: Line) -> tuple[str, int, int] | None:
    text = line.text
    if "《" in text or "根据" in text or is_body(text):
        return None
    cut = text.rfind("文件") + 2 if "文件" in text else 0
    m = DOC_NUMBER.search(text, cut)
    if not m:
        return None
    rest = (text[:m.start()] + text[m.end():]).strip()
    if rest and not re.fullmatch(r"[\u4e00-\u9fff\s]*(?:文件|签发人[:：]\s*\S+)?\s*", rest):
        return None
    num = m.group().strip()
    start = line.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
    return num, start, start + len(num)
