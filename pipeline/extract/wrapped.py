"""Sentences that a copied PDF or a narrow page wrapped over two lines.

Text copied out of a PDF keeps the page's line breaks: a sentence, even a word, runs on
into the next line ("…上饶某学院承" ⏎ "办，10月…"; "决定于…至25日在全市" ⏎ "举办…活动周").
Rules that read one sentence (event dates, organisers) must read across such a break.
A break is a wrap when the line before it is long running text (punctuated inside, unlike a
title) that ends without punctuation and the next line is running text, not an indented paragraph, a heading or a list item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_WRAP_MIN = 18  # a title or a heading is shorter than a wrapped line of body text
_CLOSED = "。！？；：:!?;，,、）)】」』”\"'"
_RUNNING = re.compile(r"[，。；、,;]")
_NEW_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．]|附\s*件|[#*|-])"
)


def wrapped(text: str, newline: int) -> bool:
    """The line break at `newline` cuts a sentence: the line before it is long and ends
    without punctuation, and the next line is text, not a heading or a list item."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    following = text[newline + 1 : newline + 12]
    if len(line.strip()) < _WRAP_MIN or line[-1] in _CLOSED or not following.strip():
        return False
    if not _RUNNING.search(line):
        return False  # a title or a heading: no punctuation of running text inside
    return not (following[0].isspace() or _NEW_ITEM.match(following))


@dataclass(frozen=True)
class Unwrapped:
    """Lines joined across wrapped breaks: `text` is the document's slice from `offset`
    with the wrapping newlines removed; `breaks` are their indexes in `text`."""

    text: str
    offset: int
    breaks: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Document offsets of text[start:end], or None when it straddles a break."""
        if any(start < b < end for b in self.breaks):
            return None
        return (self.offset + start + sum(b <= start for b in self.breaks),
                self.offset + end + sum(b < end for b in self.breaks))


def unwrap(doc: str, lines: list[tuple[int, str]]) -> list[tuple[list[int], Unwrapped]]:
    """Runs of consecutive lines (their indexes) joined where `wrapped` says a sentence
    runs on; a line that is not wrapped is a run of its own."""
    runs: list[list[int]] = []
    for i, (offset, _) in enumerate(lines):
        prev = lines[i - 1] if i else None
        joined = prev is not None and prev[0] + len(prev[1]) + 1 == offset and doc[offset - 1] == "\n"
        if joined and wrapped(doc, offset - 1) and runs:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [(run, _joined(lines, run)) for run in runs]


def _joined(lines: list[tuple[int, str]], run: list[int]) -> Unwrapped:
    parts = [lines[i][1] for i in run]
    breaks = tuple(sum(len(p) for p in parts[: k + 1]) for k in range(len(parts) - 1))
    return Unwrapped("".join(parts), lines[run[0]][0], breaks)
