"""The masthead of a 简报 (bulletin) and the compiled reports inside it.

A bulletin prints its name over letter-spaced lines: the series name (`某区全民终身学习活动周`),
then `简　报` alone, the issue (`第3期` / `（第3期）`), and the compiler's line with the date
(`某局　编　　2031年10月25日`). The bulletin's title is the series name joined with 简报 (the
issue number is no part of it), not the first report's headline below. An issue that lists
its contents (`本期要目`) and then prints each listed report under its own headline compiles
several reports: that is how a bulletin (a summary) differs from a single news report.
A masthead may also print its name on one line ending in 简报 (`某区社区教育工作简报`) right over
the issue line (`第1期（总第15期）`); an issue whose one report closes the week (`…圆满落幕`)
reports the week as a whole: a summary, while one reporting an opening stays news.
"""
from __future__ import annotations

import re

from pipeline.extract.header_doctype_cues import Cue
from pipeline.extract.header_lines import DATE_LINE, Line, cjk_count, is_body
from pipeline.extract.header_orgs import org_line

_SPACES = re.compile(r"[ \t\u3000]+")
_MARKS = ("简报", "簡報")
_NAME_LINES = 4  # the masthead opens the page (after any page furniture)
_NAME = re.compile(r"^[\u4e00-\u9fff\d（）()·]{4,30}$")


def squeezed(text: str) -> str:
    return _SPACES.sub("", text)


_ISSUE = re.compile(r"^[（(]?第[\d一二三四五六七八九十〇]{1,4}期[)）]?(?:[（(]总第[\d一二三四五六七八九十〇]{1,5}期[)）])?$")
_CLOSING = re.compile(r"圆满(?:结束|落幕|闭幕|收官)|落下帷幕|胜利闭幕")
_REPORT_LINES = 3  # the compiler's line, then the report's headline


def is_issue(text: str) -> bool:
    """`第3期`, `（第4期）`, `第1期（总第15期）`: the issue line under a masthead."""
    return bool(_ISSUE.match(squeezed(text)))


def masthead_name(lines: list[Line], skip: set[int]) -> tuple[str, int, int] | None:
    """(title, start, end) of a masthead set as a series-name line over a bare `简　报` line,
    or as one name line ending in 简报 over the issue line.
    A body name above `简 报` is the compiler (an issuer), not the bulletin's name."""
    head = [ln for ln in lines if ln.start not in skip][:_NAME_LINES + 1]
    one_line = _one_line(head)
    if one_line is not None:
        return one_line
    for above, mark in zip(head, head[1:], strict=False):
        if squeezed(mark.text) not in _MARKS:
            continue
        name = squeezed(above.text)
        if _NAME.match(name) and not org_line(name) and not DATE_LINE.match(name) and not is_body(name):
            return name + "简报", above.start, mark.end
        return None
    return None


def _one_line(head: list[Line]) -> tuple[str, int, int] | None:
    """A name line ending in 简报 directly over an issue line (`第1期（总第15期）`)."""
    for name, issue in zip(head, head[1:], strict=False):
        text = squeezed(name.text)
        if text.endswith(_MARKS) and len(text) > 2 and _NAME.match(text) and is_issue(issue.text):
            return text, name.start, name.end
    return None


def _issue_index(lines: list[Line]) -> int | None:
    """Index (in `lines`) of a masthead's issue line: under a name ending in 简报 or a `简 报` line."""
    for i, line in enumerate(lines[1:_NAME_LINES + 2], start=1):
        if is_issue(line.text) and squeezed(lines[i - 1].text).endswith(_MARKS):
            return i
    return None


def closing_report_cues(lines: list[Line]) -> list[Cue]:
    """A summary cue when a masthead's issue carries a report closing the week (`…圆满闭幕`)
    among the lines right under the issue line: the issue sums the week up, it is no news item."""
    at = _issue_index(lines)
    if at is None:
        return []
    for line in lines[at + 1 : at + 1 + _REPORT_LINES]:
        hit = _CLOSING.search(line.text)
        if hit and "。" not in line.text and cjk_count(line.text) <= 40:
            return [Cue("summary", 6.0, line.start, line.end, "bulletin closing report")]
    return []


# the contents box of an issue: `【本期要目】`, `本期导读`, `目录`
_CONTENTS = re.compile(r"^[【\[]?\s*(?:本期(?:要目|导读|目录|要点|提要|内容)|目\s*录)\s*[】\]]?\s*[:：]?\s*$")
_ITEM_MARK = re.compile(r"^(?:[★☆◆◇●○■□▲△►▶·•\-—]+|\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）])\s*")
_CONTENTS_SPAN = 10


def compiled_cues(lines: list[Line]) -> list[Cue]:
    """A summary cue when two or more items of an issue's contents box reappear later as
    headline lines of their own (one report per item): the issue compiles several reports."""
    for i, line in enumerate(lines[:30]):
        if not _CONTENTS.match(line.text):
            continue
        items = _items(lines[i + 1 : i + 1 + _CONTENTS_SPAN])
        rest = {squeezed(ln.text) for ln in lines[i + 1 + len(items):]}
        again = [item for item in items if squeezed(item.text) in rest]
        if len(again) >= 2:
            return [Cue("summary", 6.0, line.start, line.end, "bulletin contents")]
    return []


def _items(after: list[Line]) -> list[Line]:
    """The contents entries under the box label, their bullets or numbers cut."""
    out: list[Line] = []
    for line in after:
        m = _ITEM_MARK.match(line.text)
        text = line.text[m.end():] if m else line.text
        if is_body(text) or cjk_count(text) < 4 or any(squeezed(text) == squeezed(o.text) for o in out):
            break  # the box ends where the first report (its headline repeating item one) starts
        out.append(Line(line.index, line.start + (m.end() if m else 0), text))
    return out
