"""Cells of a table row as the text carries it: Word / HTML cells joined by tabs, or a
pasted Markdown row with `|`. Contact tables and deadline tables are read by column, so
both need the cells with their offsets in the line."""
from __future__ import annotations

import re

_CELL_SPLIT = re.compile(r"\t|[|｜]")
_RULE = re.compile(r"[\s|｜:：\-—]+")


def is_row(line: str) -> bool:
    """A line that holds at least two cells."""
    return len(cells(line)) >= 2


def cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty cell of a table-like line (tabs or `|`)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in _CELL_SPLIT.split(line):
        if part.strip():
            out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part) + 1
    return out


def is_rule(line: str) -> bool:
    """A Markdown separator row ("| --- | --- |")."""
    return bool(_RULE.fullmatch(line))
