"""Deadline forms of calls and listing pages, beyond "X月X日前" and "截止：X".

Calls (征稿启事, 征集通知, 申报公告) and the sites that list them write the deadline in a
few more shapes:

- a label alone on its line, the date (or the period) on the next one:
  "截稿日期" ⏎ "2024年6月15日", "二、申报时间" ⏎ "4月2日-4月20日";
- an open period that starts today: "征文时间：即日起至8月31日", "即日起至…止";
- a period named after its dates: "7月1日至9月30日为作品征集期";
- an as-of end after an opening clause: "即日起开始征集，截至10月15日".

Each form needs a submission cue (征集, 报名, 申报, 投稿 …) in its label or sentence: an
activity period ("活动时间：即日起至10月31日") is not a deadline. A creation target
("力争2020年12月31日前建成…") is not one either.
"""
from __future__ import annotations

import re

from pipeline.extract.base import Context
from pipeline.extract.dates_common import sentence_bounds
from pipeline.normalize.dates import DateMention

# What is due: the words of a submission, collection, application or registration period.
SUBMIT_CUE = re.compile(r"申报|报名|征集|征稿|征文|报送|提交|投稿|收稿|交稿|受理|推荐|截稿|截止|参赛|应征")

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
    r"(?:征集|报名|申报|征稿|征文|投稿|报送|受理|推荐)(?:期|时间|阶段|工作)?"
)
_AS_OF = re.compile(r"截至\s*$")
_OPENING = re.compile(r"即日起|开始")
# Creation targets: "力争…前建成", "确保…前实现".
_TARGET_BEFORE = re.compile(r"(?:力争|争取|确保|计划|预计|到)\s*(?:于|在)?\s*$")
_TARGET_AFTER = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:基本)?(?:建成|建立|形成|实现|普及|覆盖|达到)")


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
    above = ctx.text[: max(0, line_start)].rstrip().rsplit("\n", 1)[-1]
    m = LABEL_LINE.match(above)
    return m.group("label") if m and SUBMIT_CUE.search(m.group("label")) else None


def _open_period(ctx: Context, mention: DateMention) -> str | None:
    """"(征文时间：)即日起至X": the cue from the sentence or the label line above."""
    s0, _ = sentence_bounds(ctx.text, mention.start)
    before = ctx.text[s0 : mention.start]
    if not OPEN_START.search(before):
        return None
    if SUBMIT_CUE.search(before):
        return OPEN_START.sub("", before).strip(" \t:：，,") or None
    return _label_above(ctx, mention)


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
_ON_DAY = re.compile(r"(?:请|须|需|务必|应|统一|最迟|最晚)\s*(?:于|在)\s*$")
_STRICT_SEND = r"报送|上报|发送|提交|寄送|送交|报至|发至|送至|寄至|交至|传至"
_SEND_OBJECT = re.compile(rf"\s*[，,]?\s*(?:将|把)?(?P<what>[^。；\n]{{0,30}}?)(?:{_STRICT_SEND})")


def _on_day(ctx: Context, mention: DateMention) -> str | None:
    """"请于5月10日将报名表发送至…": what is sent is due that day."""
    if mention.is_range or not _ON_DAY.search(ctx.text[max(0, mention.start - 6) : mention.start]):
        return None
    _, s1 = sentence_bounds(ctx.text, mention.start)
    m = _SEND_OBJECT.match(ctx.text, mention.end, s1)
    return (m.group("what").strip() or m.group().strip(" ，,")) if m else None


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


def extra_form(ctx: Context, mention: DateMention) -> tuple[str, int] | None:
    """(what is due, evidence start) when a call's deadline form holds the mention."""
    readers = (_label_above, _open_period, _named_after, _as_of_after_opening, _on_day, _as_of_closing, _ends_after)
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
_REVIEW_STEP = re.compile(r"^\s*(?:之前|以前|前)\s*(?:完成|组织|进行|开展)?(?:初审|审核|审查|评审|初评|复评|复审|遴选|考核|验收)")


def is_not_due(ctx: Context, mention: DateMention) -> bool:
    """"力争2025年12月31日前建成…" (a target) or "12月30日前完成初审" (a review step):
    dates that end no submission."""
    before = ctx.text[max(0, mention.start - 6) : mention.start]
    after = ctx.text[mention.end : mention.end + 12]
    if _TARGET_BEFORE.search(before) and _TARGET_AFTER.match(after):
        return True
    return bool(re.match(r"^\s*(?:之前|以前|前)\s*(?:基本)?(?:建成|形成|普及)", after) or _REVIEW_STEP.match(after))
