"""Reading order for PDF text lines: running headers/footers out, wrapped lines re-joined.

A PDF stores visual lines, not paragraphs: the renderer broke every long paragraph at the
right margin and stamped page numbers ("- 2 -") and running heads on each page. Left as
is, a deadline sentence split over two lines or pages is invisible to line-based rules,
so the lines a writer typed are rebuilt here from geometry alone.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any

_CN = "一二三四五六七八九十百"
ITEM_START = re.compile(
    rf"^\s*(?:[{_CN}]+[、.．]|[（(][{_CN}\d]{{1,3}}[)）]|\d{{1,2}}(?:[、．]|\.(?!\d))"
    rf"|[①-⑳⑴-⒇⒈-⒛]|第[{_CN}\d]+[条章节部分]|附件|[-—•·●■◆]\s)"
)
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－_\s]*\d{1,4}[-—–－_\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)$"
)
CLOSERS = set("，。、；：！？）》」』”’,.;:!?)]%")
_MARGIN_ZONE = 0.12


@dataclass
class Line:
    """A visual line (or a table row) with the geometry the joiner needs."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    size: float
    first_width: float = 0.0
    kind: str = "paragraph"
    cells: list[str] = field(default_factory=list)


def line_from_plumber(raw: dict[str, Any], page: int) -> Line:
    """A `Line` from one of pdfplumber's `extract_text_lines` entries."""
    chars = [c for c in raw.get("chars", []) if not str(c["text"]).isspace()]
    size = median(float(c.get("size", 0.0)) for c in chars) if chars else 0.0
    return Line(raw["text"], raw["x0"], raw["x1"], raw["top"], raw["bottom"], page, size, _first_width(chars))


def _first_width(chars: list[dict[str, Any]]) -> float:
    """Width of the line's first unbreakable token (a Latin word or one CJK character),
    with the closing punctuation that may not start a line glued to it."""
    if not chars:
        return 0.0
    end = 1
    if _ascii_word(chars[0]["text"]):
        while end < len(chars) and _ascii_word(chars[end]["text"]):
            end += 1
    while end < len(chars) and chars[end]["text"] in CLOSERS:
        end += 1
    return float(chars[end - 1]["x1"] - chars[0]["x0"])


def _ascii_word(ch: str) -> bool:
    return "!" <= ch <= "~"


def strip_running(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop page numbers and heads/feet repeated on most pages (first/last lines only)."""
    keys = Counter(k for lines, h in zip(pages, heights, strict=True) for k in {_key(x) for x in _edges(lines, h)})
    needed = max(2, (len(pages) + 1) // 2)
    out: list[list[Line]] = []
    for lines, height in zip(pages, heights, strict=True):
        edges = {id(x) for x in _edges(lines, height)}
        out.append([
            x for x in lines
            if id(x) not in edges or not (PAGE_NUMBER.match(x.text.strip()) or keys[_key(x)] >= needed)
        ])
    return out


def _edges(lines: list[Line], height: float) -> list[Line]:
    """Up to two text lines at the top and bottom of a page that lie in its margins."""
    text = [x for x in lines if x.kind == "paragraph"]
    top = [x for x in text[:2] if x.bottom < height * _MARGIN_ZONE]
    bottom = [x for x in text[-2:] if x.top > height * (1 - _MARGIN_ZONE)]
    return top + bottom


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Merge each line into the previous one when the renderer, not the writer, broke it."""
    text = [x for x in lines if x.kind == "paragraph"]
    if not text:
        return lines
    left = min(x.x0 for x in text)
    right = max(x.x1 for x in text)
    out: list[Line] = []
    last: Line | None = None  # last physical line of out[-1]
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and last is not None and continues(last, line, left, right):
            prev.text = join_text(prev.text, line.text)
        else:
            out.append(Line(**{**line.__dict__, "cells": list(line.cells)}))
        last = line
    return out


def continues(a: Line, b: Line, left: float, right: float) -> bool:
    """Does `b` carry on the paragraph whose last visual line is `a`?

    Yes when `a` reaches the right margin, i.e. `b`'s first word would not have fitted
    after it, and `b` neither is indented nor starts a numbered item.
    """
    if a.kind != "paragraph" or b.kind != "paragraph" or abs(a.size - b.size) > 0.5:
        return False
    if b.x0 > left + 0.4 * b.size or ITEM_START.match(b.text):
        return False
    if a.page == b.page and not (0 <= b.top - a.bottom < a.size):
        return False
    return right - a.x1 <= b.first_width + 0.6 * a.size


def join_text(a: str, b: str) -> str:
    """Chinese lines join directly; a Latin word broken at a space gets its space back."""
    if a and b and re.match(r"[A-Za-z0-9,.;:!?)]", a[-1]) and re.match(r"[A-Za-z0-9(]", b[0]):
        return f"{a} {b}"
    return a + b


def mark_headings(lines: list[Line]) -> None:
    """Lines set clearly larger than the body text are headings."""
    sizes = Counter(round(x.size) for x in lines if x.kind == "paragraph" for _ in x.text)
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    for x in lines:
        if x.kind == "paragraph" and x.size > body * 1.15:
            x.kind = "heading"
