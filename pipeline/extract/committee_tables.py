"""Committee members listed in a table (职务 | 姓名 | 单位及职务).

Rows come tab-separated from documents, or pipe-separated when a web page's table was
copied as text.

A header row names a 姓名 column. In each data row the committee role is the cell that
is a role word (组长, 成员 …) — the 职务 column may instead hold the person's job, so the
role is recognised by value, not by column name; a row with an empty role cell continues
the role above it (merged cells). The title is the first other non-empty cell.
"""
from __future__ import annotations

import re

from pipeline.extract.committee_layout import ROLES, Member, is_row
from pipeline.extract.committee_names import clean_name, is_person_name, normalize_role

_NAME_HEADER = re.compile(r"^姓\s*名$")
_SKIP_HEADER = re.compile(r"序号|电话|手机|备注|性别|年龄|邮箱")
_CONCURRENT = re.compile(r"\s*[（(]兼[)）]\s*$")
_SEP = re.compile(r"\t|\s*[|｜]\s*")


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """(cell text, start offset) of a row split at tabs or at the pipes of a web copy."""
    out, pos = [], 0
    for sep in _SEP.finditer(line):
        out.append((line[pos:sep.start()], offset + pos))
        pos = sep.end()
    out.append((line[pos:], offset + pos))
    return out


def _row_member(cells: list[tuple[str, int]], header: list[str], role: str | None) -> tuple[str | None, Member | None]:
    name_col = next(i for i, h in enumerate(header) if _NAME_HEADER.match(h))
    roles = [normalize_role(c) for c, _ in cells if normalize_role(c) in ROLES]
    role = roles[0] if roles else role
    if name_col >= len(cells) or role is None:
        return role, None
    raw, start = cells[name_col]
    raw = _CONCURRENT.sub("", raw)  # "赵某（兼）": the office post held concurrently
    if not is_person_name(raw):
        return role, None
    lead = len(raw) - len(raw.lstrip())
    title = next(
        (c.strip() for i, (c, _) in enumerate(cells)
         if i != name_col and c.strip() and normalize_role(c) not in ROLES
         and not (i < len(header) and _SKIP_HEADER.search(header[i]))),
        None,
    )
    end = start + lead + len(raw.strip())
    return role, (None, role, clean_name(raw), title, start + lead, end)


def table_members(lines: list[tuple[int, str]], bodies: dict[int, str | None]) -> list[Member]:
    """Members of every table whose header has a 姓名 column."""
    out: list[Member] = []
    header: list[str] | None = None
    role: str | None = None
    for offset, line in lines:
        if not is_row(line):
            header, role = (None, None) if line.strip() else (header, role)
            continue
        cells = _cells(line, offset)
        texts = [re.sub(r"\s+", "", c) for c, _ in cells]
        if any(_NAME_HEADER.match(t) for t in texts):
            header, role = texts, None
            continue
        if header is None:
            continue
        role, member = _row_member(cells, header, role)
        if member:
            out.append((bodies.get(offset),) + member[1:])
    return out
