"""Committee tables pasted one cell per line.

A Word or web table copied as plain text often loses its row structure: every cell lands
on a line of its own, the header first:

    职务
    姓名
    单位及职务
    组长
    某某某
    某局局长
    成员
    某某          <- the merged 成员 cell spans two rows: it is printed once
    某校校长
    某某某
    某馆馆长

A run of at least two short lines that are all column headers, one of them 姓名, opens such
a table. The cells after it are read by value, since a lost merged cell breaks the column
count: a role word (组长, 成员 …) starts a role, a person name is a member under the role
in force, any other short cell is the member's post, and a serial number is skipped. A
sentence, a heading or a table row ends the table. The table counts when the text above
it names a committee or when it names two roles only a leading group has (组长, 成员 …). A name whose surname is too rare for the
dictionary is taken where the layout expects a name (after a role or after a post).
"""
from __future__ import annotations

import re

from pipeline.extract.committee_layout import ROLES, Member, is_row
from pipeline.extract.committee_names import clean_name, is_person_name, normalize_role
from pipeline.extract.committee_pairs import loose_name

# One column header: 序号, 职务, 姓名, 单位及职务, 工作单位, 性别, 备注 …
_HEADER_CELL = re.compile(
    r"^(?:序\s*号|姓\s*名|职\s*务|职\s*称|性\s*别|备\s*注|(?:工作|所在)?单\s*位(?:及(?:职务|职称))?|"
    r"(?:现任|行政|小组|组内)职务|联系电话|电\s*话)$"
)
_NAME_HEADER = re.compile(r"^姓\s*名$")
_SERIAL = re.compile(r"^\d{1,3}[.、．]?$")
_PROSE = re.compile(r"[。，,；;：:]")
_CONCURRENT = re.compile(r"\s*[（(]兼[)）]\s*$")
_COMMITTEE_WORD = re.compile(r"领导小组|委员会|组委会|领导组|工作组|小组|办公室|老教委|老龄委|组织机构|组织领导")
_GROUP_ROLES = frozenset(("组长", "副组长", "名誉组长", "顾问", "总顾问", "成员", "组员"))


def _header_run(lines: list[tuple[int, str]], at: int) -> int:
    """How many lines from `at` on are column headers (0 when they are no table header)."""
    size = 0
    while at + size < len(lines) and _HEADER_CELL.match(lines[at + size][1].strip()):
        size += 1
    names = sum(bool(_NAME_HEADER.match(t.strip())) for _, t in lines[at:at + size])
    return size if size >= 2 and names == 1 else 0


def _role(text: str) -> str | None:
    role = normalize_role(text)
    return role if role in ROLES else None


def _is_cell(text: str) -> bool:
    """A short cell, no sentence and no table row."""
    return 0 < len(text) <= 30 and not _PROSE.search(text) and not is_row(text)


def _name_span(offset: int, line: str, expect_name: bool) -> tuple[str, int, int] | None:
    """(name, start, end) when the line is a person's name."""
    text = _CONCURRENT.sub("", line.strip())
    if not (is_person_name(text) or (expect_name and loose_name(text))):
        return None
    start = offset + line.index(text[0])
    return clean_name(text), start, start + len(text)


def _read_cells(lines: list[tuple[int, str]], at: int, body: str | None) -> list[Member]:
    """Members in the cells from `at` on, until a line that is no cell."""
    out: list[Member] = []
    role: str | None = None
    expect_name = False  # the cell before was a role or a post
    for offset, line in lines[at:]:
        text = line.strip()
        if not text or _SERIAL.match(text):
            continue
        if not _is_cell(text):
            break
        found = _role(text)
        span = None if found or role is None else _name_span(offset, line, expect_name)
        if found:
            role, expect_name = found, True
        elif span:
            out.append((body, role or "", span[0], None, span[1], span[2]))
            expect_name = False
        else:
            out[-1:] = [m[:3] + (m[3] or text,) + m[4:] for m in out[-1:]]
            expect_name = True
    return out


def _committee_context(lines: list[tuple[int, str]], at: int, bodies: dict[int, str | None]) -> bool:
    """The last text line above the header names a committee, or a committee heading is in force."""
    above = next((t for _, t in reversed(lines[:at]) if t.strip()), "")
    return bool(_COMMITTEE_WORD.search(above)) or bool(bodies.get(lines[at][0]))


def cell_line_members(lines: list[tuple[int, str]], bodies: dict[int, str | None]) -> list[Member]:
    """Members of every committee table pasted one cell per line: under a committee
    heading, or naming two roles only a leading group has (a centre's staff table names
    主任 and 副主任 too)."""
    out: list[Member] = []
    i = 0
    while i < len(lines):
        size = _header_run(lines, i) if lines[i][1].strip() else 0
        if size:
            found = _read_cells(lines, i + size, bodies.get(lines[i][0]))
            roles = {m[1] for m in found} & _GROUP_ROLES
            out += found if len(roles) >= 2 or _committee_context(lines, i, bodies) else []
        i += size or 1
    return out
