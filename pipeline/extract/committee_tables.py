"""Committee members listed in a table (职务 | 姓名 | 单位及职务).

Rows come tab-separated from documents, or pipe-separated when a web page's table was
copied as text.

A header row names a 姓名 column. In each data row the committee role is the cell that
is a role word (组长, 成员 …) — the 职务 column may instead hold the person's job, so the
role is recognised by value, not by column name; a row with an empty role cell continues
the role above it (merged cells). The title is the first other non-empty cell.

Tables pasted without their header row (`| 组长 | 张三 | 副县长 |`) are read by value too,
when the line above the table or the heading in force names a committee: a row whose
cells are a role word, then names (each with its post), gives members, and a row with an
empty first cell continues the role above it.

A merged role cell is often lost in the copy: the continuation row then starts with an
empty cell, or has one cell fewer than the rows above (`| 邱某 | 某馆馆长` under
`成员 | 乔某 | 某中心主任`); either way it inherits the role above. A table under a heading
that names no committee word (组织机构, 组织领导) is still a committee list when its own
rows carry two different roles of a leading group (组长 and 副组长, 顾问 and 成员 …; not
主任 and 副主任, which also head a centre's staff table).
In a 姓名 column the header vouches for a name, so a rare surname (three characters shaped
like a name) is taken there.
"""
from __future__ import annotations

import re

from pipeline.extract.committee_layout import ROLES, Member, is_row
from pipeline.extract.committee_names import clean_name, is_person_name, normalize_role
from pipeline.extract.committee_pairs import loose_name

_NAME_HEADER = re.compile(r"^(?:成员|人员)?姓\s*名$")
_SKIP_HEADER = re.compile(r"序号|电话|手机|备注|性别|年龄|邮箱")
_CONCURRENT = re.compile(r"\s*[（(]兼[)）]\s*$")
_SEP = re.compile(r"\t|\s*[|｜]\s*")
_COMMITTEE_WORD = re.compile(r"领导小组|委员会|组委会|领导组|工作组|小组|办公室|老教委|老龄委|组织机构|组织领导")


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
    if not _is_name(raw):
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


def _is_name(cell: str) -> bool:
    """A person's name in a 姓名 column: the header vouches for rare surnames too."""
    cell = _CONCURRENT.sub("", cell)
    return is_person_name(cell) or loose_name(cell)


def _role_cell(text: str) -> str | None:
    role = normalize_role(text.rstrip(":："))
    return role if role in ROLES else None


def _headerless_members(
    cells: list[tuple[str, int]], role: str | None, width: int
) -> tuple[str | None, list[Member]]:
    """A row of a table without header: a role cell (or an empty first cell, or one cell
    fewer than the role row above: merged with the role above), then names, each followed
    by its post when one is given."""
    texts = [c.strip() for c, _ in cells]
    at = next((i for i, t in enumerate(texts) if _role_cell(t)), None)
    if at is not None:
        role = _role_cell(texts[at])
    elif role is None or not texts or (texts[0] and len(cells) != width - 1):
        return None, []
    out: list[Member] = []
    for i in range(0 if at is None else at + 1, len(cells)):
        name = _CONCURRENT.sub("", texts[i])
        if name and is_person_name(name):
            raw, start = cells[i]
            start += raw.index(name[0])
            out.append((None, role or "", clean_name(name), None, start, start + len(name)))
        elif texts[i] and out and out[-1][3] is None:
            out[-1] = out[-1][:3] + (texts[i],) + out[-1][4:]
    if not out and at is None:
        return None, []
    return role, out


# Roles only a leading group has; 主任 / 副主任 also head a centre's staff table.
_GROUP_ROLES = frozenset(("组长", "副组长", "名誉组长", "顾问", "总顾问", "成员", "组员"))


def _role_tables(lines: list[tuple[int, str]]) -> set[int]:
    """Offsets of the rows of tables whose own rows name two different roles of a leading
    group (组长 and 副组长, 顾问 and 成员 …): a committee list whatever its heading says."""
    out: set[int] = set()
    run: list[int] = []
    roles: set[str | None] = set()
    for offset, line in [*lines, (-1, "")]:
        if is_row(line):
            run.append(offset)
            roles |= {_role_cell(c.strip()) for c, _ in _cells(line, offset)} & _GROUP_ROLES
            continue
        if line.strip() or offset < 0:
            out |= set(run) if len(roles) >= 2 else set()
            run, roles = [], set()
    return out


def _inner_cells(line: str, cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Cells without the empty ones outside the outer pipes of a web copy ("| a | b |")."""
    if line.lstrip()[:1] in ("|", "｜"):
        cells = cells[1:]
    if line.rstrip()[-1:] in ("|", "｜"):
        cells = cells[:-1]
    return cells


def _with_header(cells: list[tuple[str, int]], header: list[str], role: str | None) -> tuple[str | None, list[Member]]:
    """A row under a header; a row one cell short, with no role cell, lost its merged
    role cell at the front: its cells move one column right."""
    name_col = next(i for i, h in enumerate(header) if _NAME_HEADER.match(h))
    in_place = name_col < len(cells) and _is_name(cells[name_col][0])
    if len(cells) == len(header) - 1 and not in_place and not any(_role_cell(c.strip()) for c, _ in cells):
        cells = [("", cells[0][1]), *cells]
    role, member = _row_member(cells, header, role)
    return role, [member] if member else []


def table_members(lines: list[tuple[int, str]], bodies: dict[int, str | None]) -> list[Member]:
    """Members of every table whose header has a 姓名 column, and of headerless tables
    under a committee heading or whose rows name committee roles."""
    out: list[Member] = []
    header: list[str] | None = None
    role: str | None = None
    width = 0  # cells of the last row that named a role
    context = False  # the text above the table names a committee
    role_rows = _role_tables(lines)
    for offset, line in lines:
        if not is_row(line):
            header, role = (None, None) if line.strip() else (header, role)
            context = bool(_COMMITTEE_WORD.search(line)) if line.strip() else context
            continue
        cells = _cells(line, offset)
        texts = [re.sub(r"\s+", "", c) for c, _ in cells]
        if any(_NAME_HEADER.match(t) for t in texts):
            header, role = texts, None
            continue
        if header is None and (context or bodies.get(offset) or offset in role_rows):
            inner = _inner_cells(line, cells)
            role, members = _headerless_members(inner, role, width)
            width = len(inner) if any(_role_cell(c.strip()) for c, _ in inner) else width
        elif header is None:
            members = []
        else:
            role, members = _with_header(cells, header, role)
        out += [(bodies.get(offset),) + m[1:] for m in members]
    return out
