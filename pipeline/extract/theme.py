"""The theme family: the campaign's 活动主题, as written.

Documents introduce the theme in a few fixed ways: a 活动主题 heading with the theme on
the next line, a label (（一）主题：…。), a phrase (以“…”为主题, 主题是“…”, 围绕“…”这一
主题). A document may also quote the theme of a sub-activity (以“低碳生活”为主题的…一日
行活动, …为主题的征文活动); that is not the campaign's. Candidates are ranked: a 主题
heading or label, or a phrase tied to the week (活动周/本届/今年/本次) outranks an untied
phrase; sub-activity themes are dropped. The earliest of the best rank wins, so the
issuing body's own wording beats a later paraphrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models import Evidence
from pipeline.extract.base import Context, Fields
from pipeline.extract.dates_common import WEEK, main_text_end, sentence_bounds
from pipeline.extract.registry import register

_ENUM = r"(?:[（(]?\s*[一二三四五六七八九十\d]+\s*[)）、.．]\s*)?"
_HEADING = re.compile(rf"^[ #*]*{_ENUM}(?:活动周?|学习周|推进周|本届|年度)?主题[ \t]*[:：]?[ *]*$", re.M)
_NEXT_HEADING = re.compile(r"^[ #*]*(?:[（(]?[一二三四五六七八九十]+[)）、]|\d+\s*[、.．])")
_LABEL = re.compile(r"(?P<pre>[^\n，,。；;]{0,14}?)主题\s*(?:是|为)?\s*[:：][ \t]*(?P<val>[^\n]+)")
_LABEL_PRE = re.compile(r"(?:^|活动|活动周|学习周|推进周|活动日|活动月|开幕式|本届|今年|本次|年度)的?$")
_Q_OPEN, _Q_CLOSE = "“\"「『", "”\"」』"
_QUOTED = rf"[{_Q_OPEN}](?P<val>[^\n{_Q_CLOSE}]{{2,60}})[{_Q_CLOSE}]"
_IS_THEME = re.compile(rf"主题\s*(?:是|为)?\s*[:：]?\s*{_QUOTED}")
_TAKES_THEME = re.compile(
    rf"(?P<verb>以|围绕|按照|紧扣|突出|紧紧围绕)\s*[{_Q_OPEN}](?P<val>[^\n。]{{2,60}}?)[{_Q_CLOSE}]"
    r"\s*(?P<mid>(?:的|这一|这个|为|作为)?[^，,。；\n“”]{0,10}?)主题"
)
_TIED = re.compile(r"活动周|学习周|推进周|本届|今年|本次|开幕式|启动仪式|活动日|年度")
_SUB_WORDS = re.compile(r"征文|一日行|比赛|竞赛|大赛|讲座|论坛|展览|展示|演讲|培训|班会|课程|作品")
_SUB_ACTIVITY = re.compile(r"^的[^。；\n]{0,20}?(?:征文|一日行|比赛|竞赛|大赛|讲座|论坛|展览|展示|演讲|培训|班会|活动)")
_STRIP = " \t*“”\"'‘’「」『』"


@dataclass(frozen=True)
class Candidate:
    """A theme found at `evidence`, with its rank (3 heading/label, 2 tied phrase, 1 other)."""

    rank: int
    value: str
    evidence: Evidence


def clean_theme(raw: str) -> str | None:
    """The theme without surrounding quotes, markup or a final full stop; None if implausible."""
    text = raw.strip(_STRIP)
    if raw.strip(" \t*")[:1] in _Q_OPEN:
        inner = re.match(rf"[ \t*]*[{_Q_OPEN}]([^{_Q_CLOSE}]+)[{_Q_CLOSE}]", raw)
        text = inner.group(1) if inner else text
    text = re.split(r"[。]", text)[0].rstrip("。.；;，, ").strip(_STRIP)
    if not 2 <= len(text) <= 60 or "\t" in text or text.startswith(("和", "与", "及")):
        return None
    return text


def _candidate(ctx: Context, rank: int, raw: str, start: int) -> Candidate | None:
    value = clean_theme(raw)
    if value is None:
        return None
    at = ctx.text.find(value, start)
    return Candidate(rank, value, ctx.evidence(at, at + len(value))) if at >= 0 else None


def heading_themes(ctx: Context, end: int) -> list[Candidate]:
    """A 活动主题 heading followed by the theme on the next non-empty line."""
    out = []
    for m in _HEADING.finditer(ctx.text, 0, end):
        rest = ctx.text[m.end() : end].lstrip("\n \t")
        line = rest.split("\n", 1)[0]
        if line and not _NEXT_HEADING.match(line) and "主题" not in line:  # else a label states it
            found = _candidate(ctx, 3, line, m.end())
            out += [found] if found else []
    return out


def label_themes(ctx: Context, end: int) -> list[Candidate]:
    """主题：… labels of the campaign (not of a lecture or contest)."""
    out = []
    for m in _LABEL.finditer(ctx.text, 0, end):
        pre = re.sub(r"[“”\"'「」\s*#]", "", re.sub(rf"^[\s#*]*{_ENUM}", "", m.group("pre")))
        if _LABEL_PRE.search(pre) and not _SUB_WORDS.search(pre):
            found = _candidate(ctx, 3, m.group("val"), m.start("val"))
            out += [found] if found else []
    return out


def _tied(ctx: Context, start: int, end: int) -> bool:
    s0, s1 = sentence_bounds(ctx.text, start)
    return bool(_TIED.search(ctx.text, max(s0, start - 30), start) or WEEK.search(ctx.text, end, min(s1, end + 40)))


def phrase_themes(ctx: Context, end: int) -> list[Candidate]:
    """主题是“…” and 以/围绕“…”(为/的/这一)主题 phrases, ranked by their tie to the week."""
    out = []
    for m in _IS_THEME.finditer(ctx.text, 0, end):
        rank = 3 if _TIED.search(ctx.text, max(sentence_bounds(ctx.text, m.start())[0], m.start() - 30), m.start()) else 1
        found = _candidate(ctx, rank, m.group("val"), m.start("val"))
        out += [found] if found else []
    for m in _TAKES_THEME.finditer(ctx.text, 0, end):
        tail = ctx.text[m.end() : m.end() + 30]
        tied = _tied(ctx, m.start(), m.end()) or bool(_TIED.search(m.group("mid")))
        if not tied and _SUB_ACTIVITY.match(tail):
            continue
        found = _candidate(ctx, 2 if tied else 1, m.group("val"), m.start("val"))
        out += [found] if found else []
    return out


def best_theme(ctx: Context) -> Candidate | None:
    """The highest-ranked, then earliest, theme of the main text."""
    end = main_text_end(ctx.text)
    found = heading_themes(ctx, end) + label_themes(ctx, end) + phrase_themes(ctx, end)
    if not found:
        return None
    return min(found, key=lambda c: (-c.rank, c.evidence.start))


@register("theme", provides=("theme",), after=("header",))
def extract(ctx: Context) -> Fields:
    out = Fields()
    found = best_theme(ctx)
    out.set("theme", found.value if found else None, found.evidence if found else None)
    return out
