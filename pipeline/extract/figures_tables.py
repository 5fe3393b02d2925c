"""Figures in a statistics table: bare numbers whose measure word is in the column header.

Summaries and 简报 tabulate what was done as a Word table (tab cells) or a pasted Markdown
table (`|` cells): a header row such as 项目 / 场次 / 参与人次, then one row per kind of
activity and often a 合计 row. A data cell holds a bare number; its unit is the one its
column header names (场次 -> 场, 参与人次 -> 人次, 人数 -> 人, 讲座（场） -> 场). Every
numeric cell of such a column is a figure, the total row included. Plans and notices
tabulate targets and quotas, so only reporting genres are read; a header that names a
plan (计划, 目标, 任务, 指标) is a target table in any genre.
"""
from __future__ import annotations

import re

from models import Figure
from pipeline.extract.base import Context
from pipeline.extract.table_cells import cells, is_row, is_rule
from pipeline.normalize.numbers import parse_number

# The counting word a column header ends with, and the unit it gives its cells.
_HEADER_UNITS = (
    ("人次", "人次"), ("场次", "场"), ("人数", "人"), ("场数", "场"), ("次数", "次"), ("个数", "个"),
    ("项数", "项"), ("所数", "所"), ("户数", "户"), ("家数", "家"),
)
_BRACKET_UNIT = re.compile(r"[（(](人次|场次|人|名|场|次|项|个|所|家|户|门|本|册)[)）]$")
_TARGET_HEADER = re.compile(r"计划|目标|任务|指标|预计|拟")
_NUMBER_CELL = re.compile(r"\d+(?:,\d{3})*")
_NOT_REPORTED = frozenset({"plan", "notice"})


def header_unit(cell: str) -> str | None:
    """The unit a column header gives its cells, None for a label column."""
    m = _BRACKET_UNIT.search(cell)
    if m:
        return {"场次": "场"}.get(m.group(1), m.group(1))
    for ending, unit in _HEADER_UNITS:
        if cell.endswith(ending):
            return unit
    return None


def table_figures(ctx: Context) -> list[Figure]:
    """Figures of every statistics table of a reporting document."""
    if ctx.fields.get("doc_type") in _NOT_REPORTED or not ("\t" in ctx.text or "|" in ctx.text):
        return []
    out: list[Figure] = []
    header: list[str | None] | None = None
    for offset, line in ctx.lines():
        if not is_row(line):
            header = None
            continue
        if is_rule(line.strip()):
            continue
        row = cells(line)
        units = [header_unit(text) for _, text in row]
        if any(units) and not any(_TARGET_HEADER.search(text) for _, text in row):
            header = units
        elif header is not None and len(row) == len(header):
            out += _row_figures(ctx, offset, row, header)
    return out


def _row_figures(ctx: Context, offset: int, row: list[tuple[int, str]], header: list[str | None]) -> list[Figure]:
    """One figure per numeric cell under a unit column; the row label says what is counted."""
    label = row[0][1]
    out: list[Figure] = []
    for (pos, text), unit in zip(row, header, strict=True):
        if unit is None or not _NUMBER_CELL.fullmatch(text):
            continue
        value = parse_number(text)
        if value is None:
            continue
        start = offset + pos
        out.append(Figure(value, unit, "exact", label, ctx.evidence(start, start + len(text))))
    return out
