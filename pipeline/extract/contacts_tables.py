"""Contact tables: a header row "单位 | 联系人 | 电话 | 邮箱" and one person per row below.

Calls and listing notices often give their contacts as a small table: a Word or HTML table
with cells joined by tabs, a pasted Markdown table with `|`, a plain-text layout with runs
of spaces, or a web table copied one cell per line (the header's cells on as many lines,
then each row's cells likewise). The name then stands under the 联系人 column with no label
in its own row, so the line readers never see a label before it. This module finds such
header rows and reads the cell under the 联系人 column of the rows below as people.

The column header says the cell is a person, so a name needs no common surname there
(less frequent surnames, transliterated names), only the shape of a name: 2-4 characters
(or two dotted parts) that read as no unit, label or role; letter-spacing is removed and a
trailing 同志 dropped. Empty cells keep their column (a blank e-mail cell, a lost merged
cell). Only a 联系人 / 联络人 column counts, or a 姓名 column in a contact section (a
联系方式 / 联系人 line just above): a list of honoured people ("姓名 | 单位 | 电话" under
a 名单 heading) is not a list of contacts.
"""
from __future__ import annotations

import re

from pipeline.extract.contacts_names import NameSpan, is_person_name, plausible_name
from pipeline.extract.table_cells import is_rule, joined_letters, row_cells

_CONTACT_HEADER = re.compile(r"联[系络]人(?:姓名|及(?:其)?(?:联系)?(?:电话|方式)|[（(](?:联系)?(?:电话|方式)[)）])?")
_VALUE_HEADER = re.compile(r"电话|手机|联系方式|邮箱|E-?mail|QQ|微信", re.I)
# Every cell of a header copied one cell per line is one of these words.
_HEADER_WORD = re.compile(
    r"(?:序号|(?:工作)?单位(?:名称)?|部门|科室|职务|职称|联[系络]人(?:姓名)?|姓名|负责人|(?:联系|办公|固定)?电话|"
    r"手机(?:号码)?|联系方式|(?:电子)?邮箱|E-?mail|QQ|微信|传真|(?:通讯|通信)?地址|备注)[：:]?",
    re.I,
)
_CONTACT_CONTEXT = re.compile(r"联\s*[系络]|咨\s*询")
_HEADING = re.compile(r"联系方式[：:]?")
_ROWS = 10  # at most this many person rows under one header
_NAME_SPLIT = re.compile(r"[、，,/；;]")
# What follows the name in a cell that also holds the person's number or unit
# ("赵某 0571-…", "钱某（办公室）", "孙某，电话：…").
_VALUE_TAIL = re.compile(r"[ \u3000]*(?:[，,：:]?[ \u3000]*(?:电话|手机|邮箱)?[：:]?[ \u3000]*[\d（(+@A-Za-z]).*$")
_HONORIFIC = re.compile(r"[ \u3000]*同[ \u3000]*志$")


def _despace(text: str) -> str:
    return re.sub(r"[ \u3000\t]", "", text)


def _name_column(texts: list[str], k: int, row: list[str]) -> int | None:
    """Index of the person column when `row` (the cells of line k) is a contact header."""
    cells = [_despace(t) for t in row]
    if len([c for c in cells if c]) < 2 or not any(len(c) <= 8 and _VALUE_HEADER.search(c) for c in cells):
        return None
    for col, cell in enumerate(cells):
        if _CONTACT_HEADER.fullmatch(cell) or (cell == "姓名" and _in_contact_section(texts, k)):
            return col
    return None


def _in_contact_section(texts: list[str], k: int) -> bool:
    """One of the two non-empty lines above names contacts ("二、联系方式", "联系人：")."""
    above = [t for t in texts[max(0, k - 4) : k] if t.strip()][-2:]
    return any(_CONTACT_CONTEXT.search(t) for t in above)


def cell_names(cell: str, offset: int) -> list[NameSpan]:
    """The people a 联系人 cell names ("李 某", "王某某同志", "赵老师、钱某")."""
    out: list[NameSpan] = []
    pos = 0
    for part in [*_NAME_SPLIT.split(cell)]:
        lead = len(part) - len(part.lstrip(" \u3000"))
        raw = _HONORIFIC.sub("", _VALUE_TAIL.sub("", part).strip(" \u3000"))
        name = _despace(raw)
        if name and (is_person_name(name) or plausible_name(name)):
            start = offset + pos + lead
            out.append(NameSpan(name, start, start + len(raw)))
        pos += len(part) + 1
    return out


def _inline_rows(texts: list[str], k: int, column: int, width: int, spaces: bool) -> dict[int, list[NameSpan]]:
    """Names in the rows under an inline header (blank lines and rules skipped; the table
    ends at a line that is no row, a new header, or two rows without a name)."""
    out: dict[int, list[NameSpan]] = {}
    misses = 0
    for j in range(k + 1, min(len(texts), k + 1 + _ROWS)):
        if not texts[j].strip() or is_rule(texts[j]):
            continue
        row = joined_letters(texts[j], row_cells(texts[j], spaces), width) if spaces else row_cells(texts[j])
        if len([t for _, t in row if t]) < 2 or len(row) > width + 1 or _name_column(texts, j, [t for _, t in row]) is not None:
            break
        names = cell_names(row[column][1], row[column][0]) if column < len(row) else []
        if names:
            out[j], misses = names, 0
        elif column < len(row) and row[column][1]:
            misses += 1
            if misses >= 2:
                break
    return out


def _stacked_header(texts: list[str], k: int) -> tuple[list[str], int] | None:
    """Header cells copied one per line from line k (at least three, one naming people;
    blank lines between them skipped) and the line after the last; a 联系方式 line opening
    the run is the section's heading, not a cell."""
    above = [t for t in texts[max(0, k - 2) : k] if t.strip()][-1:]
    if _HEADING.fullmatch(_despace(texts[k])) or any(
        _HEADER_WORD.fullmatch(_despace(t)) and not _HEADING.fullmatch(_despace(t)) for t in above
    ):
        return None
    cells: list[str] = []
    end = k
    for j in range(k, min(len(texts), k + 16)):
        cell = _despace(texts[j])
        if cell and not _HEADER_WORD.fullmatch(cell):
            break
        if cell:
            cells.append(cell.rstrip("：:"))
            end = j + 1
    return (cells, end) if len(cells) >= 3 else None


def _stacked_rows(texts: list[str], first: int, width: int, column: int) -> dict[int, list[NameSpan]]:
    """Names of a table copied one cell per line: the data lines below the header, taken
    `width` at a time; a row whose name cell is no name or that holds no phone digit or
    e-mail ends the table (its cells are no longer aligned with the header)."""
    lines = [j for j in range(first, min(len(texts), first + 2 * width * _ROWS)) if texts[j].strip()]
    out: dict[int, list[NameSpan]] = {}
    for at in range(0, len(lines) - width + 1, width):
        chunk = lines[at : at + width]
        j = chunk[column]
        text = texts[j]
        names = cell_names(text.strip(), len(text) - len(text.lstrip()))
        if not names or not any(re.search(r"\d{5}|@", texts[i]) for i in chunk):
            break
        out[j] = names
    return out


def table_names(texts: list[str]) -> dict[int, list[NameSpan]]:
    """Line index -> the people under the 联系人 column of a contact table above it."""
    out: dict[int, list[NameSpan]] = {}
    for k, line in enumerate(texts):
        if not line.strip() or k in out:
            continue
        spaces = not re.search(r"[\t|｜]", line)
        row = [t for _, t in row_cells(line, spaces)]
        short = not spaces or all(len(t) <= 10 for t in row)
        column = _name_column(texts, k, row) if len(row) >= 2 and short else None
        if column is not None:
            out.update(_inline_rows(texts, k, column, len(row), spaces))
            continue
        stacked = _stacked_header(texts, k) if len(_despace(line)) <= 8 else None
        column = _name_column(texts, k, stacked[0]) if stacked else None
        if stacked and column is not None:
            out.update(_stacked_rows(texts, stacked[1], len(stacked[0]), column))
    return out
