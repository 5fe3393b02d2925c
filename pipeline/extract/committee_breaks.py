"""Page breaks inside a committee list or paragraph, in copies of paged documents.

Document-sharing sites (文库) and printed-then-scanned copies keep each page's furniture in
the text: a page number (`- 1 -`, `1/4`), a `第1页 共4页` line, a row of download buttons
(`下载券：2 立即下载`). It falls wherever the page ended, in a list of members or in the middle
of a word:

    领导小组办公室设在某局某科，办
    - 1 -
    第1页 共4页 下载券：2 立即下载
    公室主任：某某某（某科科长）。

The furniture lines are dropped, so a list goes on across the break with its role, and a
paragraph cut mid-sentence (the line before the break has a sentence's punctuation and ends
on a character, the line after starts with one) is joined again. A joined line keeps the
offset of its first part; `Remap` turns positions in its second part back into positions
of the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.committee_layout import role_line

Line = tuple[int, str]

_FURNITURE = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|\d{1,3}\s*/\s*\d{1,3}|第\s*\d{1,3}\s*页.{0,40}"
    r"|.{0,40}(?:下载券|立即下载|免费下载|下载文档|阅读已结束).{0,40})\s*$"
)
_SENTENCE_MARK = re.compile(r"[，。；,;]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STARTS_HEADING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])")


@dataclass
class Remap:
    """Position shifts of joined lines: (virtual start, virtual end, shift) per join."""

    spans: list[tuple[int, int, int]] = field(default_factory=list)

    def start(self, pos: int) -> int:
        """The document position of a span's start."""
        return next((pos + shift for a, b, shift in self.spans if a <= pos < b), pos)

    def end(self, pos: int) -> int:
        """The document position of a span's (exclusive) end."""
        return next((pos + shift for a, b, shift in self.spans if a < pos <= b), pos)


def is_furniture(text: str) -> bool:
    """A page's furniture line: a page number, a 第N页 line, a row of download buttons."""
    return bool(text.strip()) and len(text.strip()) <= 60 and bool(_FURNITURE.match(text))


def _cut_mid_sentence(before: str, after: str) -> bool:
    """The text before a break stops inside a paragraph's sentence that the text after
    continues. A list line (a role label, names set apart by spaces) is never joined: the
    next page goes on with the next member."""
    before, after = before.rstrip(), after.lstrip()
    if not (before and after and _HAN.match(before[-1]) and _HAN.match(after[0])):
        return False
    last_clause = _SENTENCE_MARK.split(before)[-1]
    return bool(_SENTENCE_MARK.search(before)) and not re.search(r"\s", last_clause) \
        and not _STARTS_HEADING.match(after) and role_line(before) is None


def join_page_breaks(lines: list[Line]) -> tuple[list[Line], Remap]:
    """The lines without page furniture, paragraphs cut by a break joined again."""
    out: list[Line] = []
    remap = Remap()
    broken = False  # furniture seen since the last text line
    for offset, text in lines:
        if is_furniture(text):
            broken = True
            continue
        last = next((i for i in range(len(out) - 1, -1, -1) if out[i][1].strip()), None)
        if broken and text.strip() and last is not None and _cut_mid_sentence(out[last][1], text):
            prev_offset, prev = out[last]
            del out[last:]
            prev = prev.rstrip()
            lead = len(text) - len(text.lstrip())
            start = prev_offset + len(prev)
            remap.spans.append((start, start + len(text) - lead, offset + lead - start))
            out.append((prev_offset, prev + text.lstrip()))
        else:
            out.append((offset, text))
        broken = broken and not text.strip()
    return out, remap
