"""A speech's "today": the day fixed by the dated line under its title.

An address delivered at the week's opening ("在…活动周开幕式上的致辞") carries its date on
a bracketed line under the title ("（2014年10月25日）") and speaks of the week relative to
that day: "今天，我们在这里隆重举行…开幕式", "从今天起至10月31日，全市将…". The dated line
makes "today" certain, unlike a news page's publish time (which never gives a day).
"""
from __future__ import annotations

import re
from datetime import date

from models import Evidence
from pipeline.extract.base import Context
from pipeline.extract.dates_common import WEEK, sentence_bounds

_DATED_LINE = re.compile(r"^[ \u3000]*[（(]\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[)）][ \u3000]*$", re.M)
_FROM_TODAY = re.compile(r"(?:从|自)?今天(?:起|开始)(?:至|到)\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]")
_TODAY_OPENS = re.compile(r"今天[^。]{0,40}?(?:开幕式|开幕|启动仪式|启动)")
_HEAD_LINES = 6


def dated_line(text: str) -> tuple[date, re.Match[str]] | None:
    """The bracketed full date on a line of its own among the first lines (under the title)."""
    head_end = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", head_end + 1)
        head_end = len(text) if nxt < 0 else nxt
    m = _DATED_LINE.search(text, 0, head_end)
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m
    except ValueError:
        return None


def _week_sentence(text: str, pos: int) -> bool:
    s0, s1 = sentence_bounds(text, pos)
    return bool(WEEK.search(text, s0, s1) or re.search(r"为期|一周", text[s0:s1]))


def speech_week(ctx: Context) -> tuple[str, str, Evidence] | None:
    """(start, end, evidence) of the week an address dates relative to its own day."""
    found = dated_line(ctx.text)
    if found is None:
        return None
    today, line = found
    opens = next((m for m in _TODAY_OPENS.finditer(ctx.text, line.end()) if _week_sentence(ctx.text, m.start())), None)
    until = next((m for m in _FROM_TODAY.finditer(ctx.text, line.end()) if _week_sentence(ctx.text, m.start())), None)
    if opens is None and until is None:
        return None
    end = today
    if until is not None:
        month = int(until.group("m")) if until.group("m") else today.month
        try:
            end = date(today.year, month, int(until.group("d")))
        except ValueError:
            return None
        if not 0 <= (end - today).days <= 14:
            return None
    evidence = ctx.evidence(line.start("y"), ctx.text.index("日", line.end("d")) + 1)
    return today.isoformat(), end.isoformat(), evidence
