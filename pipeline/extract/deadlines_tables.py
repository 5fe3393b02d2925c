"""Deadline tables: a date alone in a cell under a header cell that names a time.

A schedule of submissions ("材料 | 截止时间 | 报送方式") reaches the text in the same shapes
as any table: cells joined by `|` or tabs (empty cells kept in place), a plain-text layout
with runs of spaces, or a web table copied one cell per line (the header's cells on as
many lines, then each row's). The date then has no label in its own line; only the header
cell of its column says what the date is. This module returns that header cell; the caller
decides whether it names a submission (截止时间, 报送时间) or something else (举办时间).
"""
from __future__ import annotations

import re

from pipeline.extract.table_cells import is_rule, joined_letters, row_cells

# A column header naming a time: "截止时间", "报送时间", "报名截止日期".
COLUMN_LABEL = re.compile(r"[^\n]{0,8}(?:时间|日期|期限|时限|截止)")
_TABLE_ROWS = 10
_SPACES = re.compile(r"[ \u3000\t]")
_DATE_CELL = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_CELL_WIDTH = 20  # a line longer than this is prose, not a cell copied on its own line


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def _cell_column(text: str, start: int, end: int) -> tuple[int, list[tuple[int, str]], int] | None:
    """(column, cells of the row, line start) when the date fills a table cell alone."""
    line_start, line_end = _line_at(text, start)
    row = row_cells(text[line_start:line_end], spaces=True)
    at = start - line_start
    column = [k for k, (off, cell) in enumerate(row) if off == at and len(cell) <= end - start + 1]
    return (column[0], row, line_start) if len(row) >= 2 and column else None


def _same_table(header: list[tuple[int, str]], width: int, column: int) -> bool:
    """A row of the same table: as many cells, or one more or fewer when a row's last cell
    was left empty and read as its border ("方案 | 9月15日 | 邮箱 |" under four headers)."""
    return abs(len(header) - width) <= 1 and column < len(header) and len(header) >= 2


def inline_label(text: str, start: int, end: int, cue: re.Pattern[str]) -> str | None:
    """"| 材料 | 截止时间 |" ⏎ "| 活动方案 | 9月15日 |": the header cell above a date alone
    in its cell naming a time and matching `cue` (rows above of the same width skipped),
    spaces removed."""
    found = _cell_column(text, start, end)
    if found is None:
        return None
    column, row, line_start = found
    for above in reversed(text[max(0, line_start - 2000) : max(0, line_start - 1)].split("\n")[-_TABLE_ROWS:]):
        if is_rule(above):
            continue
        header = joined_letters(above, row_cells(above, spaces=True), len(row))
        if not _same_table(header, len(row), column):
            return None
        label = _SPACES.sub("", header[column][1])
        if COLUMN_LABEL.fullmatch(label) and cue.search(label):
            return label
    return None


def _lines_above(text: str, line_start: int) -> list[str]:
    """The non-empty lines above, nearest first, while they are short enough to be cells."""
    out: list[str] = []
    pos = line_start - 1
    while pos > 0 and len(out) < 8 * _TABLE_ROWS:
        begin = text.rfind("\n", 0, pos) + 1
        line = text[begin:pos].strip()
        if len(line) > _CELL_WIDTH:
            break
        if line:
            out.append(line)
        pos = begin - 1
    return out


def stacked_label(text: str, start: int, end: int) -> str | None:
    """A table copied one cell per line: the date alone on its line, a time label some
    lines above, and the lines in between cut into rows as wide as the distance from the
    label to the first date below it (every row's cell in that column a date)."""
    line_start, line_end = _line_at(text, start)
    if len(text[line_start:line_end].strip()) > end - start + 1:
        return None
    above = _lines_above(text, line_start)
    labels = [k for k, line in enumerate(above) if COLUMN_LABEL.fullmatch(_SPACES.sub("", line))]
    if not labels:
        return None
    below_label = list(reversed(above[: labels[0]]))  # lines from the label down to the date
    distance = labels[0] + 1
    dated = [k + 1 for k, line in enumerate(below_label) if _DATE_CELL.search(line)] + [distance]
    width = dated[0]
    if width < 2 or distance % width or any(not _DATE_CELL.search(below_label[k - 1]) for k in range(width, distance, width)):
        return None
    return _SPACES.sub("", above[labels[0]])
