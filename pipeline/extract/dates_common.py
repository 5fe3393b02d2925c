"""Text geometry shared by the dates, theme and deadlines families.

Campaign documents share a layout: a main text that ends with a signature block and
its date, then attachments (附件1：…) that carry forms, tables and their own dates.
Rules that look for "the" date or theme work on sentences of the main text, so these
helpers find sentence bounds, the end of the main text and the year to give a date
written without one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.base import Context
from pipeline.extract.header_lines import is_furniture
from pipeline.extract.wrapped import wrapped
from pipeline.normalize.dates import year_near

WEEK = re.compile(r"活动周|学习周|推进周|学习活动周")
"""The campaign's own names for its week of activities."""

_ATTACHMENT_HEAD = re.compile(r"^[ \t#*]*附[ \t]*件[ \t]*[0-9一二三四五六七八九十]*[ \t]*[:：]?[ \t*]*$", re.M)
_LIST_ITEM = re.compile(r"\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*[.、．]")
_SENTENCE_END = "。！？；\n"


def main_text_end(text: str) -> int:
    """Offset where the attachments begin (a line that is only 附件 / 附件1：), else len(text).

    The attachment list before the signature (附件：1.…) names the attachments on the
    same line and is part of the main text; the heading of an attachment's own body
    stands alone on its line.
    """
    for m in _ATTACHMENT_HEAD.finditer(text):
        if _LIST_ITEM.match(text, m.end()):  # 附件：⏎1.… is the list before the signature
            continue
        if m.start() > len(text) * 0.2:
            return m.start()
    return len(text)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `pos`: between 。！？； or line breaks."""
    start = max(text.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, pos) for c in _SENTENCE_END) if i >= 0]
    return start, min(ends) if ends else len(text)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the clause holding `pos`: a sentence cut further at commas."""
    stops = _SENTENCE_END + "，,"
    start = max(text.rfind(c, 0, pos) for c in stops) + 1
    ends = [i for i in (text.find(c, pos) for c in stops) if i >= 0]
    return start, min(ends) if ends else len(text)


def previous_line(text: str, pos: int) -> str:
    """The nearest non-empty line before the line holding `pos` (a heading over a value)."""
    line_start = text.rfind("\n", 0, pos)
    for line in reversed(text[: max(0, line_start)].split("\n")):
        if line.strip():
            return line.strip()
    return ""


# "现将《…方案》印发给你们": a cover notice whose content is the plan it attaches.
_COVER = re.compile(r"现将[^。\n]{0,80}(?:印发|转发|下发|发送)给你们")


def cover_text_end(text: str) -> int | None:
    """The end of the whole text when the main text is only a cover notice issuing its
    attachment (the plan then states the theme and the week), else None."""
    end = main_text_end(text)
    return len(text) if end < len(text) and _COVER.search(text, 0, end) else None


def year_for(ctx: Context, offset: int) -> int | None:
    """Year for a date written without one: the context year, else the nearest year the
    document writes (a web page's 发布时间 stamp is not the document's: no year from it)."""
    return ctx.year or year_near(_stamps_blanked(ctx.text), offset)


_STAMP_MAX = 80  # a portal stamp line (发布时间：…  浏览次数：…) is short


@lru_cache(maxsize=8)
def _stamps_blanked(text: str) -> str:
    """The text with web-page stamp lines blanked (same length, so offsets hold)."""
    if "20" not in text and "19" not in text:
        return text
    lines = text.split("\n")
    return "\n".join(
        " " * len(line) if len(line.strip()) <= _STAMP_MAX and "。" not in line and is_furniture(line.strip()) else line
        for line in lines
    )


def wrapped_sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Like `sentence_bounds`, but a sentence a copied PDF wrapped over two lines
    ("决定于…至…日在全市" ⏎ "举办…活动周") is read as one across the break."""
    s0, s1 = sentence_bounds(text, pos)
    while s0 > 0 and text[s0 - 1] == "\n" and wrapped(text, s0 - 1):
        s0 = sentence_bounds(text, s0 - 2)[0] if s0 >= 2 else 0
    while s1 < len(text) and text[s1] == "\n" and wrapped(text, s1):
        s1 = sentence_bounds(text, s1 + 1)[1]
    return s0, s1
