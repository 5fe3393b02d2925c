"""Contact tables: a header row "联系人 | 电话 | 邮箱" and one person per row below.

Calls and listing notices often give their contacts as a small table (a Word or HTML
table, cells joined by tabs, or a pasted Markdown table with `|`). The name then stands
under the 联系人 column with no label in its own row, so the line readers never see a
label before it. This module finds such header rows and reads the cell under the 联系人
column of the rows below as a person (checked as a name, so a 单位 cell is never one).
Only a 联系人 / 联络人 column counts: a list of honoured people ("姓名 | 单位 | 电话") is
not a list of contacts.
"""
from __future__ import annotations

import re

from pipeline.extract.contacts_names import NameSpan, is_person_name
from pipeline.extract.table_cells import cells, is_rule

_NAME_HEADER = re.compile(r"联\s*[系络]\s*人(?:姓名)?")
_VALUE_HEADER = re.compile(r"电\s*话|手\s*机|联系方式|邮\s*箱|E-?mail|email")
_ROWS = 10  # at most this many person rows under one header


def _name_column(line: str) -> int | None:
    """Index of the 联系人 column when the line is a header row naming contact values too."""
    row = [text for _, text in cells(line)]
    if len(row) < 2 or not any(len(t) <= 8 and _VALUE_HEADER.search(t) for t in row):
        return None
    hits = [k for k, text in enumerate(row) if _NAME_HEADER.fullmatch(text)]
    return hits[0] if hits else None


def table_names(texts: list[str]) -> dict[int, NameSpan]:
    """Line index -> the person under the 联系人 column of a contact table above it."""
    out: dict[int, NameSpan] = {}
    for k, line in enumerate(texts):
        column = _name_column(line)
        if column is None:
            continue
        for j in range(k + 1, min(len(texts), k + 1 + _ROWS)):
            if is_rule(texts[j]):
                continue
            row = cells(texts[j])
            if len(row) <= column or not is_person_name(row[column][1]):
                break
            offset, name = row[column]
            out[j] = NameSpan(name.replace(" ", ""), offset, offset + len(name))
    return out
