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


# Cells set apart by runs of spaces (a Word table saved as text, a plain-text layout): two
# spaces or more, or one ideographic space next to another space; a single space stays inside
# a cell, so a letter-spaced name ("李 某") is one cell.
_SPACE_SPLIT = re.compile(r"[ \u3000]{2,}|\t")


def row_cells(line: str, spaces: bool = False) -> list[tuple[int, str]]:
    """(offset, text) of every cell of a row, EMPTY cells kept, so that a column index of
    the header row names the same column in every row (a blank e-mail cell, a merged cell
    lost at the start of a tab row). One leading and one trailing `|` of a Markdown row
    are borders, not cells. With `spaces`, a line with neither tabs nor `|` is cut at runs
    of spaces."""
    body = line.rstrip()
    if "|" in body or "｜" in body:
        splitter: re.Pattern[str] = re.compile(r"[|｜]")
    elif "\t" in body or not spaces:
        splitter = re.compile(r"\t")
    else:
        splitter = _SPACE_SPLIT
    start = len(line) - len(line.lstrip()) if splitter is _SPACE_SPLIT else 0
    out: list[tuple[int, str]] = []
    pos = start
    for m in [*splitter.finditer(body, start), None]:
        end = m.start() if m else len(body)
        part = line[pos:end]
        out.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos = m.end() if m else end
    if splitter.pattern == r"[|｜]":
        out = _without_borders(out, body)
    return out


def _without_borders(row: list[tuple[int, str]], body: str) -> list[tuple[int, str]]:
    """Drop the empty parts outside a Markdown row's first and last `|`."""
    if body.lstrip()[:1] in "|｜" and row and not row[0][1]:
        row = row[1:]
    if body[-1:] in "|｜" and row and not row[-1][1]:
        row = row[:-1]
    return row


def joined_letters(line: str, row: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """A space-laid row with more cells than `width` (its header's, or the row's below): a
    word letter-spaced with two spaces ("韩  冰", "材  料") was cut; adjacent one-character
    cells are joined back."""
    row = list(row)
    while len(row) > width:
        pairs = [i for i in range(len(row) - 1) if len(row[i][1]) == 1 == len(row[i + 1][1])]
        if not pairs:
            break
        i = pairs[0]
        row[i : i + 2] = [(row[i][0], line[row[i][0] : row[i + 1][0] + 1])]
    return row
