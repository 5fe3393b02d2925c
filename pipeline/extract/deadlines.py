"""The deadlines family: each explicit submission deadline, with what and to whom.

Notices set deadlines in a few fixed shapes: a day (and perhaps a clock time) followed by
前/之前/以前 (于11月6日前
报送…; 于12月4日前将《汇总表》发送至…邮箱; typos such as 11月6前 included), a 截止
label (征稿截止时间：2025年6月15日; 8月25日截止), or a period for submitting or
objecting (报名时间为8月3日——8月24日; 公示期：从4月7日起至9日止) whose end is the
deadline. Calls and listing pages add their own forms (a label line above its date,
即日起至…, a period named after its dates, a deadline table's column): see
`deadlines_forms`. A day written without a year takes the signing year (a December
notice's January day rolls over), else the year of a full deadline earlier on its line,
the 文号's year, or the context year (an unsigned plan's "活动结束后…1月10日前" rolls past
its week); never a page's publish stamp; no year anywhere gives no date. One entry per date: the
scorer and researchers compare the set of dates, and repeated reminders of one deadline
(a table note restating it) are the same deadline.
"""
from __future__ import annotations

import datetime as _dt
import re

from models import Deadline
from pipeline.extract import deadlines_forms as forms
from pipeline.extract.base import Context, Fields
from pipeline.extract.dates_common import clause_bounds, sentence_bounds
from pipeline.extract.header_lines import is_furniture
from pipeline.extract.registry import register
from pipeline.normalize.dates import DateMention, find_dates, year_near

# A clock time may sit between the day and 前/截止 ("10月20日17:00前", "9月1日下午5时截止").
# …and a weekday or a note in brackets ("10月12日（星期一）前", "10月12日（含）前").
_CLOCK = (
    r"(?:\s*[（(](?:(?:星期|周|礼拜)[一二三四五六日天]|含(?:当日|当天)?|[^（()）\n]{1,6}为准)[)）])?"
    r"(?:\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|整|半)?))?"
)
# 前 followed by these is another word (前提, 前往, 前期 …); 前提交 is "before submitting".
_BEFORE = re.compile(_CLOCK + r"\s*(?:之前|以前|前)(?![后夕期往列进来面身沿景行]|提(?!交))")
_SEND = r"报送|上报|报至|发送|发至|送至|送达|送交|提交|交至|寄至|邮寄至|寄|送|发"
_WITH_OBJECT = re.compile(
    rf"\s*[，,]?\s*(?:将|把)(?P<what>[^。；\n]+?)(?:{_SEND})(?:至|到|给)?\s*(?P<rec>[^，,。；;（(:：\n]*)"
)
_PHRASE = re.compile(r"\s*(?P<what>[^，,。；;\n]+)")
_SEND_FIRST = re.compile(rf"\s*(?:{_SEND})(?P<to>至|到|给)?\s*(?P<rec>[^，,。；;（(:：\n]+)")
_BODY_END = re.compile(r"(?:局|厅|委|办|处|科|室|中心|部|院|校|会|站|组|邮箱|信箱)(?:内)?\s*$")
_OBJECT_BEFORE = re.compile(r"(?:将|把)(?P<what>[^。；\n]+?)\s*(?:于|在)?\s*$")
_RECIPIENT = re.compile(rf"(?:{_SEND})(?:至|到|给)\s*(?P<rec>[^，,。；;（(:：\n]+)")
# A table cell may separate the label from its date ("报名截止时间 | 2024年4月9日").
# …or close a bracketed label ("【截止时间】2031年5月8日"); "截止于X" says the same.
_CUTOFF_LABEL = re.compile(r"(?:截止|截稿)(?:时间|日期|日|期限)?\s*(?:为|是|到|至|于)?\s*[:：|｜】\]]?\s*$")
# 截至 also means "as of" in summaries (截至10月底，共开展…): a deadline only after what is due.
_AS_OF_LABEL = re.compile(r"截至\s*$")
_DUE = re.compile(r"材料|作品|稿件|方案|案例|表格|申报|报名|征集|征稿|报送|提交|投稿|推荐")
_CUTOFF_AFTER = re.compile(_CLOCK + r"\s*(?:截止|为止|止)(?![日期时])")
_SUBMIT_PERIOD = re.compile(r"申报|报名|续报|补报|征集|征稿|征文|报送|上报|提交|递交|投稿|收稿|接收|受理|公示|推荐|交稿")
_LEAD = re.compile(r"^[\s（(]*(?:[一二三四五六七八九十\d]+[)）、.．])?\s*")
_TRAIL = re.compile(r"(?:请|务必|须|需|应|要|统一|均)?\s*(?:于|在)?\s*$")


def _clause_before(ctx: Context, mention: DateMention) -> tuple[str, int]:
    """The words of the clause before a date (what is due, when the date comes last)."""
    c0, _ = clause_bounds(ctx.text, mention.start)
    raw = ctx.text[c0 : mention.start]
    lead = _LEAD.match(raw)
    start = c0 + (lead.end() if lead else 0)
    words = _TRAIL.sub("", forms.despace(ctx.text[start : mention.start])).strip()
    return words, start


def _make(ctx: Context, mention: DateMention, iso: str, what: str | None, span: tuple[int, int],
          recipient: str | None = None) -> Deadline:
    lo, hi = min(span[0], mention.start), max(span[1], mention.end)
    return Deadline(iso, (what or "").strip() or None, ctx.evidence(lo, hi), (recipient or "").strip() or None)


def _before_deadline(ctx: Context, mention: DateMention, iso: str) -> Deadline | None:
    """…X月X日前(将)…(报送至 Y): what is due is the object, else the following phrase."""
    m = _BEFORE.match(ctx.text, mention.end)
    if not m:
        return None
    _, s1 = sentence_bounds(ctx.text, mention.start)
    obj = _WITH_OBJECT.match(ctx.text, m.end(), s1)
    if obj:
        return _make(ctx, mention, iso, obj.group("what"), (mention.start, obj.end()), obj.group("rec"))
    sent = _SEND_FIRST.match(ctx.text, m.end(), s1)
    if sent and (sent.group("to") or _BODY_END.search(sent.group("rec"))):
        return _sent_deadline(ctx, mention, iso, sent)
    phrase = _PHRASE.match(ctx.text, m.end(), s1)
    if phrase and ctx.text[m.end()] not in "，,":
        rec = _RECIPIENT.search(ctx.text, m.end(), s1)
        return _make(ctx, mention, iso, phrase.group("what"), (mention.start, phrase.end()),
                     rec.group("rec") if rec else None)
    words, start = _clause_before(ctx, mention)
    return _make(ctx, mention, iso, words, (start, m.end()))


def _sent_deadline(ctx: Context, mention: DateMention, iso: str, sent: re.Match[str]) -> Deadline:
    """(将)A于X月X日前报送Y: what is due is the object before the date, Y the recipient."""
    s0, _ = sentence_bounds(ctx.text, mention.start)
    obj = _OBJECT_BEFORE.search(ctx.text, s0, mention.start)
    if obj:
        return _make(ctx, mention, iso, obj.group("what"), (obj.start(), sent.end()), sent.group("rec"))
    words, start = _clause_before(ctx, mention)
    if not words and start > s0 + 1:  # ，于10月30日前报送…: the object is the clause before
        c0, _ = clause_bounds(ctx.text, start - 2)
        words, start = _TRAIL.sub("", ctx.text[c0 : start - 1]).strip(), c0
    return _make(ctx, mention, iso, words, (start, sent.end()), sent.group("rec"))


def _cutoff_deadline(ctx: Context, mention: DateMention, iso: str) -> Deadline | None:
    """截止时间：X / X截止: what is due is named before the label."""
    c0, _ = clause_bounds(ctx.text, mention.start)
    prefix = forms.despace(ctx.text[c0 : mention.start])
    label = _CUTOFF_LABEL.search(prefix) or _as_of_deadline(prefix)
    if label:
        what = _LEAD.sub("", prefix[: label.start()]).strip()
        return _make(ctx, mention, iso, what, (c0, mention.end))
    after = _CUTOFF_AFTER.match(ctx.text, mention.end)
    if after:
        words, start = _clause_before(ctx, mention)
        return _make(ctx, mention, iso, words, (start, after.end()))
    return None


def _as_of_deadline(prefix: str) -> re.Match[str] | None:
    """"案例材料截至9月30日" states a deadline; "截至9月30日，全市已…" does not."""
    label = _AS_OF_LABEL.search(prefix)
    return label if label and _DUE.search(prefix[: label.start()]) else None


def _period_deadline(ctx: Context, mention: DateMention, iso: str) -> Deadline | None:
    """报名时间为A至B / 公示期：从A起至B止: the end of a submission period."""
    words, start = _clause_before(ctx, mention)
    if not _SUBMIT_PERIOD.search(words):
        return None
    what = re.sub(r"(?:时间|日期|期)\s*(?:为|是)?\s*[:：]?\s*(?:从|自)?$", "", words)
    return _make(ctx, mention, iso, what, (start, mention.end))


# "次年1月10日前报送年度总结": a day of the year after the campaign year.
_NEXT_YEAR = re.compile(r"(?:次年|翌年|明年|下一年度?|下年度?)\s*$")


_STAMP_MAX = 80  # a portal stamp line (发布时间：…  浏览次数：…) is short


def without_stamps(ctx: Context) -> str:
    """The text with web stamp lines blanked (same length): a page's publish year is
    not the document's context year."""
    parts: list[str] = []
    last = 0
    for offset, line in ctx.lines():
        if len(line.strip()) <= _STAMP_MAX and "。" not in line and is_furniture(line.strip()):
            parts += [ctx.text[last:offset], " " * len(line)]
            last = offset + len(line)
    return "".join(parts) + ctx.text[last:]


def _year(ctx: Context, mention: DateMention, stamp_free: str) -> int | None:
    """The year for a date written without one: the signing year when the notice is dated
    (a deadline follows its notice; a 2021 programme's notice signed in 2022 sets 2022
    deadlines), else the context year; 次年/明年 just before it adds one."""
    issued = ctx.fields.get("issue_date")
    year = int(str(issued)[:4]) if issued else (
        _line_year(ctx, mention) or _number_year(ctx) or ctx.year or year_near(stamp_free, mention.start))
    if year is not None and mention.first.year is None and _NEXT_YEAR.search(ctx.text[max(0, mention.start - 8) : mention.start]):
        return year + 1
    return year


def _line_year(ctx: Context, mention: DateMention) -> int | None:
    """The year of a full date written earlier on the same line: "请于2031年3月15日前报送计划，
    4月1日前报送总结" sets both in 2031 (an unsigned notice's title may name the past year)."""
    if mention.first.year is not None:
        return None
    start = ctx.text.rfind("\n", 0, mention.start) + 1
    prefix = ctx.text[start : mention.start]
    years = [m.first.year for m in find_dates(prefix) if m.first.year and m.first.has_day and _is_due_date(prefix, m)]
    return years[-1] if years else None


def _is_due_date(text: str, mention: DateMention) -> bool:
    """A date that closes something (…前, …截止): not a cited document's or an event's date."""
    return bool(_BEFORE.match(text, mention.end) or _CUTOFF_AFTER.match(text, mention.end))


def _number_year(ctx: Context) -> int | None:
    """The year in the notice's own 文号 (〔2031〕12号): the year it was issued."""
    m = re.search(r"[〔\[（(【]((?:19|20)\d{2})[〕\]）)】]", str(ctx.fields.get("doc_number") or ""))
    return int(m.group(1)) if m else None


_ROLLOVER_DAYS = 180


def _after_signing(ctx: Context, mention: DateMention, year: int | None) -> int | None:
    """A deadline is never long before the notice is signed: a December notice's "1月10日前"
    (no year written) falls in the next year."""
    issued = ctx.fields.get("issue_date")
    if year is None or mention.first.year is not None or not issued:
        return year
    days = mention.resolve(year)
    if days and (_dt.date.fromisoformat(str(issued)) - days[0]).days > _ROLLOVER_DAYS:
        return year + 1
    return year


_EVENT_ROLLOVER_DAYS = 250
_AFTER_EVENT = re.compile(r"(?:活动|活动周|学习周|推进周)(?:结束|闭幕)(?:后|以后|之后)")


def _after_event(ctx: Context, mention: DateMention, year: int | None) -> int | None:
    """An unsigned notice dates its yearless deadlines by the campaign year; one due "活动结束后"
    before the week ends, or most of a year before it starts, is in the next year."""
    start, end = ctx.fields.get("event_start"), ctx.fields.get("event_end")
    if year is None or mention.first.year is not None or ctx.fields.get("issue_date") or not start:
        return year
    days = mention.resolve(year)
    if days is None or _line_year(ctx, mention):
        return year
    s0, _ = sentence_bounds(ctx.text, mention.start)
    after_week = _AFTER_EVENT.search(ctx.text[s0 : mention.start]) and days[0] < _dt.date.fromisoformat(str(end or start))
    long_before = (_dt.date.fromisoformat(str(start)) - days[0]).days > _EVENT_ROLLOVER_DAYS
    return year + 1 if after_week or long_before else year


def _deadline(ctx: Context, mention: DateMention, stamp_free: str) -> Deadline | None:
    year = _after_event(ctx, mention, _after_signing(ctx, mention, _year(ctx, mention, stamp_free)))
    days = mention.resolve(year)
    if days is None or not mention.first.has_day or forms.is_not_due(ctx, mention):
        return None
    if mention.is_range:
        iso = days[1].isoformat()
        found = _period_deadline(ctx, mention, iso)
    else:
        iso = days[0].isoformat()
        found = _before_deadline(ctx, mention, iso) or _cutoff_deadline(ctx, mention, iso)
    return found or _form_deadline(ctx, mention, iso)


def _form_deadline(ctx: Context, mention: DateMention, iso: str) -> Deadline | None:
    """A call's own forms: a label line above, 即日起至…, a period named after its dates."""
    form = forms.extra_form(ctx, mention)
    if form is None:
        return None
    what, start = form
    return _make(ctx, mention, iso, what, (start, mention.end))


def find_deadlines(ctx: Context) -> list[Deadline]:
    """Every explicit deadline, one per date, in document order."""
    out: dict[str, Deadline] = {}
    stamp_free = without_stamps(ctx)
    for mention in find_dates(ctx.text):
        found = _deadline(ctx, mention, stamp_free)
        if found and found.date not in out:
            out[found.date] = found
    return list(out.values())


@register("deadlines", provides=("deadlines",), after=("header", "dates"))
def extract(ctx: Context) -> Fields:
    out = Fields()
    out.set("deadlines", find_deadlines(ctx))
    return out
