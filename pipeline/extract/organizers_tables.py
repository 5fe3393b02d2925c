"""Organisers named in a role column of a schedule table.

Plans list their activities in a table (时间 | 活动内容 | 地点 | 承办单位), tab-separated or
aligned with runs of spaces. A column headed by a role (主办单位, 承办单位, 协办单位) gives
each row's unit that role explicitly; generic plurals (各区镇, 各村（社区）) name nobody and are
dropped by `split_names`. The table ends at the first line that is not a row.
"""
from __future__ import annotations

import re

from pipeline.extract.organizers_names import split_names
from pipeline.extract.organizers_sentences import Found

_ROLE_HEADER = re.compile(r"^(?P<role>主办|承办|协办)(?:单位|方)$")
_CELL_SEP = re.compile(r"\t|\s{2,}|\u3000+")


def _cells(line: str) -> list[tuple[str, int]]:
    """(cell, start) of a row split at tabs or at runs of two or more spaces."""
    out, pos = [], 0
    body = line.rstrip()
    for sep in _CELL_SEP.finditer(body):
        out.append((body[pos:sep.start()], pos))
        pos = sep.end()
    out.append((body[pos:], pos))
    return [(c, p) for c, p in out if c.strip() or "\t" in line]


def _header(line: str) -> tuple[int, str, int] | None:
    """(role column, role, cell count) of a header row with a role column."""
    cells = _cells(line)
    if len(cells) < 3:
        return None
    for i, (cell, _) in enumerate(cells):
        m = _ROLE_HEADER.match(re.sub(r"\s+", "", cell))
        if m:
            return i, m.group("role"), len(cells)
    return None


def table_organizers(lines: list[tuple[int, str]]) -> list[Found]:
    """Units in the role column of every schedule table."""
    out: list[Found] = []
    column: tuple[int, str, int] | None = None
    for offset, text in lines:
        head = _header(text)
        if head:
            column = head
            continue
        if column is None:
            continue
        cells = _cells(text)
        index, role, width = column
        if len(cells) < 3 or ("\t" not in text and len(cells) != width) or index >= len(cells):
            column = None
            continue
        cell, start = cells[index]
        names = split_names(cell.strip(), offset + start + cell.index(cell.strip())) if cell.strip() else None
        out.extend((role, n, s, e) for n, s, e in names or [])
    return out
