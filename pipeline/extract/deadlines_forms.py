"""Deadline forms of calls and listing pages, beyond "X月X日前" and "截止：X".

Calls (征稿启事, 征集通知, 申报公告) and the sites that list them write the deadline in a
few more shapes:

- a label alone on its line, the date (or the period) on the next one:
  "截稿日期" ⏎ "2024年6月15日", "二、申报时间" ⏎ "4月2日-4月20日";
- an open period that starts today: "征文时间：即日起至8月31日", "即日起至…止";
- a period named after its dates: "7月1日至9月30日为作品征集期";
- an as-of end after an opening clause: "即日起开始征集，截至10月15日";
- a submission running up to a day: "接收作品时间至3月1日", "报名时间延长至…", "不晚于…";
- the date, then what ends: "9月15日报名截止"; a refusal after it: "9月15日后提交的…不予受理";
- a one-day submission time: "材料报送时间为9月15日", "推荐材料于9月15日统一报送";
- a table whose header cell names the time: "| 材料 | 截止时间 |" ⏎ "| 方案 | 9月15日 |"
  (also tabs, runs of spaces, or one cell per line: see `deadlines_tables`).

Each form needs a submission cue (征集, 报名, 申报, 投稿 …) in its label or sentence: an
activity period ("活动时间：即日起至10月31日") is not a deadline. A creation target
("力争2020年12月31日前建成…"), the issuer's own step ("…前公布评选结果") and an
approximate day ("9月15日前后") are not one either.
"""
from __future__ import annotations

import re

from pipeline.extract.base import Context
from pipeline.extract.dates_common import sentence_bounds
from pipeline.extract.deadlines_tables import inline_label, stacked_label
from pipeline.normalize.dates import DateMention

# What is due: the words of a submission, collection, application or registration period.
SUBMIT_CUE = re.compile(r"申报|报名|续报|补报|征集|征稿|征文|报送|上报|提交|递交|投稿|收稿|交稿|接收|受理|公示|推荐|截稿|截止|参赛|应征")

_ENUM = r"(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
# A label line: "截稿日期", "二、申报时间：", "报名截止", "作品征集时间".
LABEL_LINE = re.compile(
    rf"^\s*{_ENUM}(?P<label>[^\n，。；:：]{{0,14}}?(?:时间|日期|期限|截止|截稿|时限|截止时间|截止日期))\s*[:：]?\s*$"
)
# "即日起至", "自本通知印发之日起至", "即日起—": a period open from today.
OPEN_START = re.compile(
    r"(?:自|从)?(?:即日|今日|今天|即时|(?:本)?(?:通知|公告|启事)(?:发布|印发|下发|公布)之日)"
    r"(?:起|开始)?\s*(?:至|到|—+|－|-|～|~)\s*$"
)
_PERIOD_NAMED_AFTER = re.compile(
    r"\s*[，,]?\s*(?:为|是|进行|开展|集中|接受|统一)?[^。；\n，,]{0,8}?"
    r"(?:征集|报名|申报|征稿|征文|投稿|报送|受理|推荐|公示)(?:期|时间|阶段|工作)?"
)
_AS_OF = re.compile(r"截至\s*$")
_OPENING = re.compile(r"即日起|开始")
# Creation targets: "力争…前建成", "确保…前实现".
_TARGET_BEFORE = re.compile(r"(?:力争|争取|确保|计划|预计|到)\s*(?:于|在)?\s*$")
_TARGET_AFTER = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:基本)?(?:建成|建立|形成|实现|普及|覆盖|达到)")


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def despace(text: str) -> str:
    """Labels typeset with spaces between their characters ("截 止 时 间") read as written
    without them; only label tests use this (offsets stay those of the text)."""
    return _SPACED.sub("", text)


def _line_prefix(ctx: Context, mention: DateMention) -> str:
    """The text between the start of the mention's line and the mention."""
    return ctx.text[ctx.text.rfind("\n", 0, mention.start) + 1 : mention.start]


def _label_above(ctx: Context, mention: DateMention) -> str | None:
    """The label of the line above when the mention opens its own line (after an
    optional "即日起至"): "截稿日期" ⏎ "2024年6月15日"."""
    prefix = _line_prefix(ctx, mention)
    if prefix.strip() and not OPEN_START.search(prefix):
        return None
    line_start = ctx.text.rfind("\n", 0, mention.start)
    above = despace(ctx.text[: max(0, line_start)].rstrip().rsplit("\n", 1)[-1])
    m = LABEL_LINE.match(above) or _closing_label(above)
    return m.group("label") if m and SUBMIT_CUE.search(m.group("label")) else None


# A sentence may close with the label, the date going to the next line ("…完成初评，推荐材料
# 报送截止时间：" ⏎ "2031年5月8日" ⏎ "逾期不予受理。"; a PDF copy's "报送截止时间为" ⏎ "5月8日"):
# a colon or 为 / 是 after it makes the last clause a label.
_LAST_CLAUSE = re.compile(r"(?:^|[。；;，,！？])\s*(?P<clause>[^。；;，,！？\n]+?)\s*(?:[:：]|为|是)\s*$")


def _closing_label(above: str) -> re.Match[str] | None:
    """The label closing a sentence line, when its last clause is a label with a colon (or
    with 为 / 是 leading to the date)."""
    m = _LAST_CLAUSE.search(above)
    return LABEL_LINE.match(m.group("clause")) if m else None


def _open_period(ctx: Context, mention: DateMention) -> str | None:
    """"(征文时间：)即日起至X": the cue from the sentence or the label line above."""
    s0, _ = sentence_bounds(ctx.text, mention.start)
    before = despace(ctx.text[s0 : mention.start])
    if not OPEN_START.search(before):
        return None
    if SUBMIT_CUE.search(before):
        return OPEN_START.sub("", before).strip(" \t:：，,") or None
    return _label_above(ctx, mention) or _cue_after(ctx, mention) or _heading_above(ctx, mention)


# A section heading naming how to submit ("三、报名方式", "（二）投稿办法"): the open period
# opening the line below it is that submission's.
_SUBMIT_HEADING = re.compile(rf"^\s*{_ENUM}(?P<label>[^\n，。；:：]{{0,10}}?(?:方式|办法|要求|安排|流程|程序))\s*[:：]?\s*$")


def _heading_above(ctx: Context, mention: DateMention) -> str | None:
    """"三、报名方式" ⏎ "即日起至X，…": the heading's submission cue."""
    prefix = _line_prefix(ctx, mention)
    if not OPEN_START.fullmatch(despace(prefix).strip()):
        return None
    line_start = ctx.text.rfind("\n", 0, mention.start)
    above = despace(ctx.text[: max(0, line_start)].rstrip().rsplit("\n", 1)[-1])
    m = _SUBMIT_HEADING.match(above)
    return m.group("label") if m and SUBMIT_CUE.search(m.group("label")) else None


# The clause after the date, for a cue written after it: "即日起至X，市民可通过网站报名".
# …after a clock time closing the day ("即日起至10月20日17:00，填写报名表…").
_NEXT_CLAUSE = re.compile(
    r"\s*(?:(?:上午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|整|半)?))?"
    r"\s*(?:止|为止)?\s*[，,]?(?P<clause>[^，,。；;\n]{1,20})"
)


def _cue_after(ctx: Context, mention: DateMention) -> str | None:
    """The clause right after the date when it names a submission."""
    m = _NEXT_CLAUSE.match(ctx.text, mention.end)
    return m.group("clause").strip() if m and SUBMIT_CUE.search(m.group("clause")) else None


# "接收作品时间至3月1日", "报名时间延长至9月20日", "征稿至9月15日": a submission running up to a day.
_UNTIL = re.compile(r"(?:时间|日期|期限)?\s*(?:为|是)?\s*(?:延长|延至|顺延)?\s*(?:截)?(?:至|到)\s*$")


def _until(ctx: Context, mention: DateMention) -> str | None:
    """"(接收作品时间)至X": a submission named in its clause runs up to the date."""
    s0, _ = sentence_bounds(ctx.text, mention.start)
    clause = despace(re.split(r"[，,]", ctx.text[s0 : mention.start])[-1])
    m = _UNTIL.search(clause)
    if not m or OPEN_START.search(clause) or mention.is_range:
        return None
    what = clause[: m.start()].strip(" \t:：")
    return what if SUBMIT_CUE.search(what) and not re.search(r"(?:自|从)\S*$|起$", what) else None


# "9月15日报名截止", "9月15日24时征稿结束": the date, then what is due, then its end.
_CUE_THEN_END = re.compile(
    r"\s*(?:\d{1,2}\s*[:：时点]\s*(?:\d{2})?\s*)?(?P<what>(?:网上|线上|现场)?"
    r"(?:报名|申报|征集|征稿|征文|投稿|报送|提交|收稿|推荐|作品征集|材料报送))(?:工作)?\s*(?:截止|结束|停止)"
)


def _cue_then_end(ctx: Context, mention: DateMention) -> str | None:
    """"2031年9月15日报名截止": what ends is written between the date and 截止."""
    m = _CUE_THEN_END.match(ctx.text, mention.end)
    return m.group("what") if m else None


def _named_after(ctx: Context, mention: DateMention) -> str | None:
    """"7月1日至9月30日为作品征集期": a period whose name follows its dates."""
    if not mention.is_range:
        return None
    m = _PERIOD_NAMED_AFTER.match(ctx.text, mention.end)
    return re.sub(r"^[\s，,]*(?:为|是)", "", m.group()).strip() if m else None


def _as_of_after_opening(ctx: Context, mention: DateMention) -> str | None:
    """"即日起开始征集，截至10月15日": 截至 closes a collection opened in the sentence."""
    s0, _ = sentence_bounds(ctx.text, mention.start)
    before = ctx.text[s0 : mention.start]
    if not _AS_OF.search(before) or not _OPENING.search(before):
        return None
    if not SUBMIT_CUE.search(before):
        return None
    return re.sub(r"^(?:自|从)?即日起|开始", "", _AS_OF.sub("", before)).strip(" \t，,") or None


# "请于5月10日将报名表发送至…": a send instruction on a day, without 前.
# "请各区于5月10日", "请各区5月10日" (the addressees between the request and the day).
_ON_DAY = re.compile(r"(?:请|须|需|务必|应|统一|最迟|最晚)(?:[^。；，,\n\d]{0,8}?(?:于|在)|[^。；，,\n\d]{1,8})\s*$")
_STRICT_SEND = r"报送|上报|发送|提交|寄送|送交|报至|发至|送至|寄至|交至|传至"
_SEND_OBJECT = re.compile(rf"\s*[，,]?\s*(?:将|把)?(?P<what>[^。；\n]{{0,30}}?)(?:{_STRICT_SEND})")


def _on_day(ctx: Context, mention: DateMention) -> str | None:
    """"请于5月10日将报名表发送至…": what is sent is due that day."""
    if mention.is_range or not _ON_DAY.search(ctx.text[max(0, mention.start - 12) : mention.start]):
        return None
    _, s1 = sentence_bounds(ctx.text, mention.start)
    m = _SEND_OBJECT.match(ctx.text, mention.end, s1)
    return (m.group("what").strip() or m.group().strip(" ，,")) if m else None


# "材料于5月10日统一报送": what is due, on the day, then the send verb.
_DUE_SUBJECT = re.compile(r"(?:材料|作品|稿件|推荐表|报名表|申报表|汇总表|方案|总结)[^，,。；\n]{0,4}?(?:于|在)\s*$")
_SEND_NEXT = re.compile(rf"\s*(?:前)?\s*(?:统一|集中|一并)?(?:{_STRICT_SEND})")


def _subject_on_day(ctx: Context, mention: DateMention) -> str | None:
    """"推荐材料于5月10日统一报送": the material named before the day is sent that day."""
    before = ctx.text[max(0, mention.start - 16) : mention.start]
    m = _DUE_SUBJECT.search(before)
    if mention.is_range or not m or not _SEND_NEXT.match(ctx.text, mention.end):
        return None
    return m.group().rstrip("于在 ")


# "材料报送时间为5月10日": a submission time of one day, with a send word or a refusal after it.
_DAY_LABEL = re.compile(
    r"(?P<label>(?:报送|提交|上报|申报|投稿|交稿|报名|推荐|征集)(?:截止)?(?:时间|日期))\s*(?:为|是)?\s*[:：]?\s*$"
)
_REFUSAL = re.compile(r"逾期|不予受理|不再受理|不再接收|视为放弃|截止")


def _one_day_label(ctx: Context, mention: DateMention) -> str | None:
    """"报送时间：5月10日" is a deadline; "报名日期：5月10日" only with 逾期 / 不予受理 near."""
    s0, s1 = sentence_bounds(ctx.text, mention.start)
    m = _DAY_LABEL.search(despace(ctx.text[s0 : mention.start]))
    if mention.is_range or not m:
        return None
    sends = re.search(r"报送|提交|上报|申报|投稿|交稿", m.group("label"))
    after = ctx.text[mention.end : min(len(ctx.text), s1 + 12)]
    return m.group("label") if sends or _REFUSAL.search(after) else None


# "5月10日后提交的材料不予受理": the day after which nothing is taken.
_LATE_REFUSED = re.compile(rf"\s*(?:以后|之后|后)[^。；\n]{{0,12}}?(?:{_STRICT_SEND}|报名|申报|投稿)?[^。；\n]{{0,8}}?(?:不予受理|不再受理|不再接收|视为放弃|不予评审)")


def _late_refused(ctx: Context, mention: DateMention) -> str | None:
    """"5月10日后提交的材料不予受理": the day is the deadline of what is refused."""
    m = _LATE_REFUSED.match(ctx.text, mention.end)
    return m.group().strip() if m and not mention.is_range else None


def _as_of_closing(ctx: Context, mention: DateMention) -> str | None:
    """"…报名表报送至市教育局，截至5月10日。": 截至 closing a submission sentence (a
    summary's "截至10月底，全市已…" opens its sentence and is not one)."""
    s0, s1 = sentence_bounds(ctx.text, mention.start)
    before = ctx.text[s0 : mention.start]
    if not _AS_OF.search(before) or not re.match(r"\s*(?:止|为止)?\s*$", ctx.text[mention.end : s1]):
        return None
    what = _AS_OF.sub("", before).strip(" \t，,")
    return what if SUBMIT_CUE.search(what) else None


# "报名于5月10日结束", "以5月10日为截止日期": the end of a submission named after the date.
_ENDS_AFTER = re.compile(
    r"\s*(?:\d{1,2}\s*[:：时点]\s*(?:\d{2})?\s*)?(?:结束|截止|停止|为(?:报名|申报|征集|投稿|收稿)?(?:截止|截稿))"
)


def _ends_after(ctx: Context, mention: DateMention) -> str | None:
    """"作品征集于5月10日结束": the clause before names what is due."""
    if not _ENDS_AFTER.match(ctx.text, mention.end):
        return None
    s0, _ = sentence_bounds(ctx.text, mention.start)
    before = ctx.text[s0 : mention.start]
    cue = SUBMIT_CUE.search(before)
    return re.sub(r"(?:于|在|以|到)\s*$", "", before).strip(" \t，,") if cue else None


# "不晚于X", "最迟X": the latest day for what the sentence asks to submit.
_NO_LATER = re.compile(r"(?:不晚于|不迟于|最迟|最晚)\s*(?:于|在)?\s*$")


def _no_later(ctx: Context, mention: DateMention) -> str | None:
    """"推荐材料报送时间不晚于X": a submission named in the sentence, due no later than X."""
    s0, s1 = sentence_bounds(ctx.text, mention.start)
    before = ctx.text[s0 : mention.start]
    if mention.is_range or not _NO_LATER.search(before):
        return None
    what = _NO_LATER.sub("", before).strip(" \t，,")
    return (what or "截止") if SUBMIT_CUE.search(ctx.text[s0:s1]) else None


def _column_header(ctx: Context, mention: DateMention) -> str | None:
    """A date alone in a table cell under a header cell naming a submission time
    ("| 材料 | 截止时间 |", tab, space or one-cell-per-line tables: see `deadlines_tables`)."""
    label = inline_label(ctx.text, mention.start, mention.end, SUBMIT_CUE)
    if label is None and not _signed_on(ctx, mention):
        label = stacked_label(ctx.text, mention.start, mention.end)
    return label if label and SUBMIT_CUE.search(label) else None


def _signed_on(ctx: Context, mention: DateMention) -> bool:
    """The signature's date line, which may close a table copied one cell per line."""
    signed = ctx.evidence_map.get("issue_date")
    return signed is not None and signed.start <= mention.start < signed.end


def extra_form(ctx: Context, mention: DateMention) -> tuple[str, int] | None:
    """(what is due, evidence start) when a call's deadline form holds the mention."""
    readers = (_label_above, _open_period, _named_after, _as_of_after_opening, _on_day, _as_of_closing, _ends_after,
               _until, _cue_then_end, _no_later, _column_header, _subject_on_day, _one_day_label, _late_refused)
    for reader in readers:
        what = reader(ctx, mention)
        if what:
            return _what(what), _evidence_start(ctx, mention, reader is _label_above)
    return None


def _what(label: str) -> str:
    """The label without its time word: "作品征集时间" -> "作品征集", "征集期" -> "征集"."""
    label = label.strip(" \t:：，,")
    return re.sub(r"(?:截止)?(?:时间|日期|期限|时限|期)\s*(?:为|是)?$", "", label).strip() or label


def _evidence_start(ctx: Context, mention: DateMention, above: bool) -> int:
    """Evidence from the label line above, else from the start of the sentence."""
    if above:
        line_start = ctx.text.rfind("\n", 0, mention.start)
        return ctx.text.rfind("\n", 0, max(0, line_start)) + 1
    return sentence_bounds(ctx.text, mention.start)[0]


# A step of the reviewers, not something due from the addressees: "12月30日前完成初审".
# …and the issuer's own announcing step ("9月30日前公布评选结果").
_REVIEW_STEP = re.compile(
    r"^\s*(?:之前|以前|前)\s*(?:完成|组织|进行|开展)?(?:初审|审核|审查|评审|初评|复评|复审|遴选|考核|验收|"
    r"(?:公布|通报|发布|反馈)(?:评选|评审|遴选|审核)?结果|表彰|颁奖)"
)


def is_not_due(ctx: Context, mention: DateMention) -> bool:
    """"力争2025年12月31日前建成…" (a target) or "12月30日前完成初审" (a review step):
    dates that end no submission."""
    before = ctx.text[max(0, mention.start - 6) : mention.start]
    after = ctx.text[mention.end : mention.end + 12]
    if _TARGET_BEFORE.search(before) and _TARGET_AFTER.match(after):
        return True
    if re.match(r"^\s*(?:前后|左右)", after):  # "5月10日前后": about, not by
        return True
    return bool(re.match(r"^\s*(?:之前|以前|前)\s*(?:基本)?(?:建成|形成|普及)", after) or _REVIEW_STEP.match(after))
