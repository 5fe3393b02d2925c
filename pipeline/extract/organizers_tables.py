"""Organisers named in a role column of a schedule table.

Plans list their activities in a table (时间 | 活动内容 | 地点 | 承办单位): tab-separated,
aligned with runs of spaces, pasted Markdown (`|` cells) or a Word table pasted one cell
per line (the header's cells on consecutive short lines, then each row's cells). A column
headed by a role (主办单位, 承办单位, 主办/承办) gives each row's unit that role; a cell may
state the roles itself ("县教育局主办，县职业教育中心承办"). When rows are the week's own
opening or closing (启动仪式, 开幕式, 闭幕式), only those rows name the document's
organisers: the other rows are side events with their own hosts (conventions: only the
main event's roles).
Generic plurals (各区镇) are dropped by `split_names`. The table ends at the first line
that is not a row.
"""
from __future__ import annotations

import re

from pipeline.extract.organizers_names import split_names
from pipeline.extract.organizers_sentences import Found

_ROLE_HEADER = re.compile(r"^(?P<role>主办|承办|协办)(?:单位|方)?(?:[/／、](?:主办|承办|协办)(?:单位|方)?)*$")
_CELL_SEP = re.compile(r"\t|\s{2,}|\u3000+|\s*[|｜]\s*")
_MAIN_EVENT = re.compile(r"启动仪式|开幕式|开幕仪式|启动式|闭幕")
_CELL_ROLE = re.compile(r"(?P<name>[^，,；;。]+?)(?P<role>主办|承办|协办)(?:单位)?")
_SHORT_CELL = 8  # a header cell pasted on its own line is a short word (日期, 承办单位)

Row = list[tuple[str, int]]  # (cell, offset in the text)


def _cells(line: str, offset: int) -> Row:
    """(cell, start) of a row split at tabs, `|` or runs of two or more spaces."""
    out, pos = [], 0
    body = line.rstrip()
    for sep in _CELL_SEP.finditer(body):
        out.append((body[pos:sep.start()], offset + pos))
        pos = sep.end()
    out.append((body[pos:], offset + pos))
    if re.match(r"\s*[|｜]", body):
        out = out[1:]  # the empty cell before a leading bar
    return [(c, p) for c, p in out if c.strip() or "\t" in line]


def _role_column(cells: list[str]) -> tuple[int, str] | None:
    """(index, role) of the role column among header cells."""
    for i, cell in enumerate(cells):
        m = _ROLE_HEADER.match(re.sub(r"\s+", "", cell))
        if m:
            return i, m.group("role")
    return None


def _inline_tables(lines: list[tuple[int, str]]) -> list[tuple[int, str, list[Row]]]:
    """(role column, role, rows) of every table whose rows are single lines."""
    tables: list[tuple[int, str, list[Row]]] = []
    current: tuple[int, str, int, list[Row]] | None = None
    for offset, text in lines:
        cells = _cells(text, offset)
        head = _role_column([c for c, _ in cells]) if len(cells) >= 3 else None
        if head:
            current = (*head, len(cells), [])
            tables.append((head[0], head[1], current[3]))
            continue
        if current is None:
            continue
        index, _, width, rows = current
        if len(cells) < 3 or ("\t" not in text and "|" not in text and len(cells) != width) or index >= len(cells):
            current = None
            continue
        rows.append(cells)
    return tables


def _cell_tables(lines: list[tuple[int, str]]) -> list[tuple[int, str, list[Row]]]:
    """Tables pasted one cell per line: a run of short header lines with a role header,
    then rows of as many lines, until a line that is not a cell (an indented paragraph)."""
    tables = []
    i = 0
    while i < len(lines):
        run = _header_run(lines, i)
        head = _role_column([t.strip() for _, t in run]) if len(run) >= 3 else None
        if head is None:
            i += 1
            continue
        width, rows = len(run), []
        i += width
        while i + width <= len(lines) and all(_is_cell_line(t) for _, t in lines[i:i + width]):
            rows.append([(t.strip(), o + len(t) - len(t.lstrip())) for o, t in lines[i:i + width]])
            i += width
        tables.append((head[0], head[1], rows))
    return tables


def _header_run(lines: list[tuple[int, str]], i: int) -> list[tuple[int, str]]:
    run = []
    while i < len(lines) and 0 < len(lines[i][1].strip()) <= _SHORT_CELL and _is_cell_line(lines[i][1]) \
            and not re.search(r"\d", lines[i][1]):
        run.append(lines[i])
        i += 1
    return run


def _is_cell_line(text: str) -> bool:
    """A pasted cell: not indented like a paragraph, no sentence end, no tab row."""
    return bool(text.strip()) and not text.startswith(("\u3000", "  ")) and "。" not in text and "\t" not in text


def _main_rows(rows: list[Row]) -> list[Row]:
    """The opening and closing ceremonies' rows when the programme has them, else every row."""
    main = [row for row in rows if any(_MAIN_EVENT.search(cell) for cell, _ in row)]
    return main or rows


def _cell_organizers(cell: str, start: int, role: str) -> list[Found]:
    """Units of one role cell; roles written in the cell override the column's."""
    stripped = cell.strip()
    if not stripped:
        return []
    start += cell.index(stripped)
    if _CELL_ROLE.search(stripped):
        out: list[Found] = []
        for m in _CELL_ROLE.finditer(stripped):
            names = split_names(m.group("name"), start + m.start("name")) or []
            out.extend((m.group("role"), n, s, e) for n, s, e in names)
        return out
    return [(role, n, s, e) for n, s, e in split_names(stripped, start) or []]


def table_organizers(lines: list[tuple[int, str]]) -> list[Found]:
    """Units in the role column of every schedule table (the opening's row when there is one)."""
    out: list[Found] = []
    for index, role, rows in _inline_tables(lines) + _cell_tables(lines):
        for row in _main_rows(rows):
            if index < len(row):
                out += _cell_organizers(*row[index], role)
    return out
