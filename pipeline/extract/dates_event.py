"""When the campaign's week of activities took place: event_start / event_end.

Two kinds of statement fix it. A plan or notice gives the period (活动时间：10月8日—
10月14日; 本届活动周时间定为11月3日至9日), a summary recalls it (于10月21日–27日举行
了…活动周). Failing that, a news report dates the opening or launch ceremony
(10月9日，…活动周在…正式启动; 启动仪式定于11月5日在…举行), which gives a one-day event.
Fuzzy or tentative times (11月中旬, 10月第四周, 拟于…) never give a day; they are kept
as text with their precision.
"""
from __future__ import annotations

import re
from typing import Any

from models import Evidence
from pipeline.extract.base import Context
from pipeline.extract.dates_common import (
    WEEK,
    clause_bounds,
    cover_text_end,
    main_text_end,
    previous_line,
    sentence_bounds,
    wrapped_sentence_bounds,
    year_for,
)
from pipeline.extract.dates_today import speech_week
from pipeline.normalize.dates import DateMention, FuzzyDate, PartialDate, find_dates, find_fuzzy

Event = tuple[str, str, Evidence]

_OTHER_PERIOD = re.compile(
    r"申报|报名|征集|征稿|报送|上报|提交|投稿|受理|公示|截止|评选|推荐|考试|交稿|展览|比赛|大赛|竞赛|培训班|"
    r"(?:学习|活动|读书|宣传)月"  # 全民学习月 and the like are other campaigns than the week
)
# "活动时间：", "活动时间为", a table row "| 活动时间 | …" or "活动时间⇥…".
_TIME_LABEL = re.compile(r"(?:时间|日期)\s*(?:为|是|定为|定于|安排在)?\s*[:：|｜]?\s*(?:从|自)?\s*$")
_TIME_SECTION = re.compile(
    r"主题(?:和|与|及)时间|时间(?:和|与|及)主题|活动时间|时间安排|活动周时间|(?:举办|开展|活动|举行)(?:时间|日期)"
)
# A heading of its own over the period ("一、时间", "（二）举办时间", "三、时间地点").
_TIME_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])?\s*"
    r"(?:活动|举办|开展|举行)?(?:时间|日期)(?:[和与及、]?(?:地点|安排|主题|范围))?\s*[:：]?$"
)
_CEREMONY = re.compile(r"开幕式|开幕仪式|启动仪式|开幕|启动|开营|拉开帷幕|拉开序幕|启幕|揭幕")
_PLANNING = re.compile(r"筹备|座谈|明年|下一届")
_CLOSING_WORDS = r"闭幕|落幕|落下帷幕|圆满结束|圆满收官"
# "前/后/起" make a day a bound; "11月7日讯" / "…日电" is a news agency's dateline.
_NOT_A_DAY = re.compile(r"\s*(?:(?:之|以)?(?:前|后)|起|止|左右|讯|电(?!视|影|子|台|脑))")
# "1030上午" / "1115日": a month and day whose 月 was lost in a mirror copy (four digits).
_GARBLED_DAY = re.compile(r"(?<![\d./:：\-])(?P<m>1[0-2]|0[1-9])(?P<d>[0-3]\d)(?=\s*(?:上午|下午|晚上|早上|中午|日))")
_SET_FOR = re.compile(
    r"(?:开幕式|开幕仪式|启动仪式)[^。，,]{0,12}(?:定于|将于|于|在|拟定?于?|暂定于?|计划于|预计于?)\s*$"
)
# A ceremony sentence that calls its event part of the week (作为…活动周的…组成部分) opens
# one of the week's activities, not the week.
_PART_OF_WEEK = re.compile(
    r"作为[^。]{0,30}(?:活动周|学习周|推进周)(?:的|之)[^。，,]{0,8}(?:内容|组成部分|一部分|之一|项目|子活动)"
)
_OWN_EVENT = re.compile(r"比赛|大赛|竞赛|展览|论坛|培训班|典礼|会议|晚会")
_UNTIL = re.compile(r"(?:持续|延续|进行|一直)(?:到|至)\s*$")


def _week_near(text: str, mention: DateMention) -> bool:
    """The campaign week is named within the sentence (read across a PDF's wrapped line),
    close to the range, not as 期间."""
    s0, s1 = wrapped_sentence_bounds(text, mention.start)
    return _week_near_span(text, max(s0, mention.start - 40), min(s1, mention.end + 40))


def _labelled(text: str, mention: DateMention) -> bool:
    """The range follows a 时间 label in the campaign's time section, or a 活动时间 heading."""
    s0, _ = sentence_bounds(text, mention.start)
    prefix = text[s0 : mention.start]
    heading = previous_line(text, mention.start)
    if not prefix.strip():
        return bool(_TIME_SECTION.search(heading) or _week_heading(text, heading, mention.start))
    if not _TIME_LABEL.search(prefix):
        return False
    return bool(_TIME_SECTION.search(text[max(0, mention.start - 150) : mention.end]) or WEEK.search(prefix)
                or WEEK.search(heading) or _week_heading(text, heading, mention.start))


def _week_heading(text: str, heading: str, pos: int) -> bool:
    """A bare 时间 heading ("一、时间", "三、时间地点") in a text that has named the week
    before it (its title): the section states the week's period, unless the text opens on
    another event of the week (a contest, a call), whose time the section gives."""
    if not (_TIME_HEADING.match(heading) and WEEK.search(text, 0, pos)):
        return False
    opening = "\n".join(text.split("\n", 2)[:2])  # the title (and a line above or below it)
    return not (_OTHER_PERIOD.search(opening) or _OWN_EVENT.search(opening))


def _leads_week_sentence(text: str, mention: DateMention) -> bool:
    """"（按照…部署，）A至B，某地以…为主题，组织了本届活动周": a range standing as its own
    clause is the time adverbial of the sentence, which names the week (not as 期间) and no
    other period."""
    s0, s1 = sentence_bounds(text, mention.start)
    c0, _ = clause_bounds(text, mention.start)
    if text[c0 : mention.start].strip() not in ("", "于", "在") or not text.startswith("，", mention.end):
        return False
    return _week_near_span(text, s0, s1) and not _OTHER_PERIOD.search(text, mention.end, s1)


def _week_near_span(text: str, lo: int, hi: int) -> bool:
    return any(not text.startswith("期间", m.end()) for m in WEEK.finditer(text, lo, hi))


# "活动周期间（10月20日—26日）": the week's period given in brackets right after its name.
_BRACKETED = re.compile(r"(?:活动周|学习周|推进周)(?:期间)?\s*[（(]\s*(?:从|自)?$")


# "10月20日至26日(的)(全民终身学习)活动周期间": the range qualifies the week's name itself.
_QUALIFIES_WEEK = re.compile(r"\s*的?[^，,。；;：:\n]{0,12}?(?:活动周|学习周|推进周)")


def _qualifies_week(text: str, mention: DateMention) -> bool:
    m = _QUALIFIES_WEEK.match(text, mention.end)
    return m is not None and not _OTHER_PERIOD.search(m.group())


# "某县同步启动了本县活动周，将于…至…开展": a lower unit's own programme run in step with
# the week the text reports (conventions: a town's programme is not the week's period).
_OWN_PROGRAMME = re.compile(r"同步[^。；\n]{0,12}(?:本|该)(?:县|区|镇|乡|街道|市|旗)[^。；\n]{0,4}(?:活动周|学习周|推进周)")


def _lower_programme(text: str, mention: DateMention) -> bool:
    """The range belongs to a lower unit's own programme, after the week was named."""
    s0, _ = sentence_bounds(text, mention.start)
    return bool(_OWN_PROGRAMME.search(text, s0, mention.start)) and bool(WEEK.search(text, 0, s0))


def _is_week_period(text: str, mention: DateMention) -> bool:
    if _lower_programme(text, mention):
        return False
    if _BRACKETED.search(text, max(0, mention.start - 12), mention.start) or _qualifies_week(text, mention):
        return True
    c0, _ = clause_bounds(text, mention.start)
    if _OTHER_PERIOD.search(text[c0 : mention.start]):
        return False
    return _labelled(text, mention) or _week_near(text, mention) or _leads_week_sentence(text, mention)


def week_period(ctx: Context, mentions: list[DateMention]) -> Event | None:
    """The first range of days stated as the campaign week's period."""
    for mention in mentions:
        if not (mention.is_range and mention.first.has_day):
            continue
        days = mention.resolve(year_for(ctx, mention.start))
        if days and _is_week_period(ctx.text, mention):
            return days[0].isoformat(), days[1].isoformat(), ctx.evidence(mention.start, mention.end)
    return None


def _week_in_context(text: str, s0: int, s1: int) -> bool:
    """The sentence names the week, or (for a bare 开幕式 sentence) the sentence before or
    after does ("开幕式于10月20日上午在…举行。活动周为期一周。")."""
    if WEEK.search(text, s0, s1):
        return True
    if _OWN_EVENT.search(text, s0, s1):
        return False
    p0, _ = sentence_bounds(text, max(0, s0 - 2))
    _, n1 = sentence_bounds(text, min(len(text), s1 + 1))
    return bool(WEEK.search(text, p0, s0) or WEEK.search(text, s1, n1))


def _is_ceremony_day(text: str, mention: DateMention) -> bool:
    """A day heading a sentence on the week's opening, or set for its opening ceremony."""
    line_end = text.find("\n", mention.end)
    if not text[mention.end : line_end if line_end >= 0 else len(text)].strip():
        return False  # a dateline or a page's publish stamp
    if _NOT_A_DAY.match(text, mention.end):
        return False
    s0, s1 = sentence_bounds(text, mention.start)
    if _PLANNING.search(text, s0, s1) or _PART_OF_WEEK.search(text, s0, s1) or _closing_clause(text, mention):
        return False
    before = _SET_FOR.search(text[max(s0, mention.start - 30) : mention.start])
    if before:
        return _week_in_context(text, s0, s1)
    return bool(WEEK.search(text, s0, s1) and _CEREMONY.search(text, mention.end, s1))


_OPEN_OR_CLOSE = re.compile(rf"{_CEREMONY.pattern}|{_CLOSING_WORDS}")


def _closing_clause(text: str, mention: DateMention) -> bool:
    """The day is the closing's: the first opening or closing word after it closes
    ("10月26日闭幕"); "于10月20日开幕，10月26日闭幕" keeps its opening day."""
    _, s1 = sentence_bounds(text, mention.start)
    first = _OPEN_OR_CLOSE.search(text, mention.end, s1)
    return first is not None and bool(re.fullmatch(_CLOSING_WORDS, first.group()))


def ceremony_day(ctx: Context, mentions: list[DateMention], fuzzy: list[FuzzyDate]) -> Event | None:
    """The first stated day of the week's opening or launch ceremony; when a later
    sentence says the week lasts until a day (活动周将持续至10月17日), that day ends it."""
    # a planned exact day (拟于10月20日) still names the day; spans and 前后/之后 do not
    vague = [(f.start, f.end) for f in fuzzy if f.precision != "day" or f.relation in ("around", "after")]
    for i, mention in enumerate(mentions):
        if mention.is_range or not mention.first.has_day:
            continue
        if any(a <= mention.start < b for a, b in vague):
            continue
        iso = mention.first.iso(year_for(ctx, mention.start))
        if iso and _is_ceremony_day(ctx.text, mention):
            end = _lasts_until(ctx, mentions[i + 1 :], iso) or _closing_day(ctx, mentions, iso)
            return iso, end or iso, ctx.evidence(mention.start, mention.end)
    return None


def _lasts_until(ctx: Context, later: list[DateMention], start_iso: str) -> str | None:
    """The day the week is said to last until, in a sentence naming the week."""
    for mention in later:
        s0, s1 = sentence_bounds(ctx.text, mention.start)
        if not mention.first.has_day or not WEEK.search(ctx.text, s0, s1) or _lower_programme(ctx.text, mention):
            continue
        iso = _until_iso(ctx, mention, s0, start_iso)
        if iso and start_iso < iso <= _week_after(start_iso):
            return iso
    return _until_bare_day(ctx, start_iso)


def _until_iso(ctx: Context, mention: DateMention, s0: int, start_iso: str) -> str | None:
    """"持续至10月17日", or a range from the opening day ("将从9月16日持续至22日")."""
    if mention.is_range:
        days = mention.resolve(year_for(ctx, mention.start))
        return days[1].isoformat() if days and days[0].isoformat() == start_iso else None
    if not _UNTIL.search(ctx.text[max(s0, mention.start - 6) : mention.start]):
        return None
    return mention.first.iso(year_for(ctx, mention.start))


# "至26日闭幕", "至10月31日结束", "持续至25日": the week's last day after its opening; a bare
# day takes the opening's month.
_UNTIL_DAY = re.compile(
    r"(?P<verb>(?:持续|延续|进行|一直)\s*)?(?:至|到)\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]"
    r"\s*(?P<close>结束|闭幕|落幕|收官|止)?"
)


def _until_bare_day(ctx: Context, start_iso: str) -> str | None:
    """The day a sentence naming the week says it lasts until or closes on, within a
    fortnight of the opening; a deadline in such a sentence (报送至…止) is not it."""
    from datetime import date

    opening = date.fromisoformat(start_iso)
    for m in _UNTIL_DAY.finditer(ctx.text, 0, main_text_end(ctx.text)):
        s0, s1 = sentence_bounds(ctx.text, m.start())
        if not (m.group("verb") or m.group("close")) or not WEEK.search(ctx.text, s0, s1):
            continue
        if _OTHER_PERIOD.search(ctx.text, clause_bounds(ctx.text, m.start())[0], m.start()):
            continue  # "…期间，作品报送至25日止"
        month = int(m.group("m")) if m.group("m") else opening.month
        iso = PartialDate(opening.year, month, int(m.group("d"))).iso()
        if iso and start_iso < iso <= _week_after(start_iso):
            return iso
    return None


_CLOSING = re.compile(_CLOSING_WORDS)


# What may stand before a news lead's day: a station's or agency's credit ("本台讯（记者 X）").
_LEAD = re.compile(r"^\s*(?:[^，。；\s]{0,12}(?:讯|电)\s*)?(?:[（(][^（）()]{0,20}[)）])?\s*$")


def _closing_day(ctx: Context, mentions: list[DateMention], start_iso: str) -> str | None:
    """A closing report dates the week's last day ("10月28日，…活动周在…闭幕") and recalls its
    opening ("于10月22日开幕"): the day heading a sentence on the week's closing ends it."""
    for mention in mentions:
        if mention.is_range or not mention.first.has_day:
            continue
        s0, s1 = sentence_bounds(ctx.text, mention.start)
        c0, _ = clause_bounds(ctx.text, mention.start)
        if not _LEAD.match(ctx.text[c0 : mention.start]) or not WEEK.search(ctx.text, s0, s1):
            continue  # "…于10月20日开幕，10月26日闭幕": a day heading its clause
        if not _closing_clause(ctx.text, mention) or _NOT_A_DAY.match(ctx.text, mention.end):
            continue
        iso = mention.first.iso(year_for(ctx, mention.start))
        if iso and start_iso < iso <= _week_after(start_iso):
            return iso
    return None


def _week_after(iso: str) -> str:
    """The latest plausible last day of a week opening on `iso` (a fortnight's margin)."""
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=14)).isoformat()


def _about_event(text: str, f: FuzzyDate) -> bool:
    s0, s1 = sentence_bounds(text, f.start)
    sentence = text[s0:s1]
    return bool(WEEK.search(sentence) or _CEREMONY.search(sentence) or _TIME_SECTION.search(sentence))


def event_fuzzy(ctx: Context, fuzzy: list[FuzzyDate]) -> list[dict[str, Any]]:
    """Fuzzy or tentative times stated for the week or its ceremony, as record extras."""
    return [
        {"text": f.text, "precision": f.precision, "tentative": f.tentative, "relation": f.relation,
         "evidence": ctx.evidence(f.start, f.end)}
        for f in fuzzy
        if _about_event(ctx.text, f)
    ]


def garbled_days(text: str) -> list[DateMention]:
    """Days written as MMDD without 月 (a mirror's lost characters), read as month and day."""
    out = []
    for m in _GARBLED_DAY.finditer(text):
        part = PartialDate(None, int(m.group("m")), int(m.group("d")))
        if part.iso(2000):
            out.append(DateMention(m.group(), m.start(), m.end(), part, part))
    return out


def find_event(ctx: Context) -> tuple[Event | None, list[dict[str, Any]]]:
    """(start, end, evidence) of the campaign week, and the fuzzy times found for it; a
    cover notice's week is read in the plan it attaches."""
    event, fuzzy = _find_event(ctx, main_text_end(ctx.text))
    cover = cover_text_end(ctx.text) if event is None else None
    return _find_event(ctx, cover) if cover is not None else (event, fuzzy)


def _find_event(ctx: Context, end: int) -> tuple[Event | None, list[dict[str, Any]]]:
    main = ctx.text[:end]
    mentions = sorted(find_dates(main) + garbled_days(main), key=lambda d: d.start)
    fuzzy = find_fuzzy(main)
    event = week_period(ctx, mentions) or ceremony_day(ctx, mentions, fuzzy) or speech_week(ctx)
    return event, event_fuzzy(ctx, fuzzy)
