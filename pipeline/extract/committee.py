"""The committee field family: people named with a role in a leading group or committee.

Three layouts are read, each in its own module: one member per line under a body heading
(`committee_layout`), appointments in sentences and concurrent posts in news reports
(`committee_sentences`), and member tables (`committee_tables`, or one cell per line:
`committee_cell_lines`). Members are kept in
document order, one entry per distinct (role, name) as the conventions count them: a person
who chairs both the steering and the organizing committee is one 主任 (the first body named
is kept); the same person with two different roles gives two entries.
"""
from __future__ import annotations

import re

from models import CommitteeMember
from pipeline.extract.base import Context, Fields
from pipeline.extract.committee_apposition import apposition_members, elided_members
from pipeline.extract.committee_breaks import join_page_breaks
from pipeline.extract.committee_cell_lines import cell_line_members
from pipeline.extract.committee_layout import Member, is_row, layout_members, role_line
from pipeline.extract.committee_names import ROLE
from pipeline.extract.committee_sentences import chain_members, group_members, sentence_members
from pipeline.extract.committee_tables import table_members
from pipeline.extract.registry import register

# Every prose rule (appointments, chains, appositions) captures one of these role words.
_ANY_ROLE = re.compile(ROLE)


def _prose_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Paragraph lines that name a role: the only ones prose rules can read members from.

    Most lines of most documents name none, and the sentence rules are the committee
    family's costliest; leaving those lines out changes no output."""
    return [(o, line) for o, line in lines if _ANY_ROLE.search(line) and not is_row(line) and not role_line(line)]


def _prose_members(lines: list[tuple[int, str]], bodies: dict[int, str | None]) -> list[Member]:
    """Sentence appointments (paragraph lines only) and news title chains."""
    out: list[Member] = []
    for offset, line in lines:
        out.extend(sentence_members(line, offset, bodies.get(offset)))
        out.extend(group_members(line, offset))
        out.extend(chain_members(line, offset))
    return out


# "朱某（某局副局长，兼领导小组办公室主任）": a concurrent office post named in the title.
_CONCURRENT_POST = re.compile(r"兼(?:任)?[^，,、；;]*?(?P<role>办公室(?:副)?主任)$")


def _concurrent_posts(members: list[Member]) -> list[Member]:
    """The office posts members hold concurrently, as members of their own."""
    out: list[Member] = []
    for body, _, name, title, start, end in members:
        m = _CONCURRENT_POST.search(title or "")
        if m:
            out.append((body, m.group("role"), name, title, start, end))
    return out


def _new_appositions(lines: list[tuple[int, str]], members: list[Member]) -> list[Member]:
    """Posts named in apposition in narrative, once per (role, name): a report names the
    same person by the same post several times, with the body written in full or not."""
    seen = {(role, name) for _, role, name, *_ in members}
    out: list[Member] = []
    for offset, line in lines:
        found = apposition_members(line, offset)
        for member in found + _elided(line, offset, members + found):
            if (member[1], member[2]) not in seen:
                seen.add((member[1], member[2]))
                out.append(member)
    return out


def _elided(line: str, offset: int, members: list[Member]) -> list[Member]:
    """Later posts of the body of the line's first committee post, the body elided."""
    inside = [m for m in members if offset <= m[4] < offset + len(line) and m[0]]
    if not inside:
        return []
    return elided_members(line, min(inside, key=lambda m: m[4]), offset)


@register("committee", provides=("committee",), after=("header",))
def extract(ctx: Context) -> Fields:
    """Committee members from lists, sentences and tables, deduplicated."""
    lines, remap = join_page_breaks(list(ctx.lines()))
    members, bodies = layout_members(lines)
    prose = _prose_lines(lines)
    members += _prose_members(prose, bodies) + table_members(lines, bodies) + cell_line_members(lines, bodies)
    members += _concurrent_posts(members)
    members += _new_appositions(prose, members)
    seen: set[tuple[str, str]] = set()
    out: list[CommitteeMember] = []
    for body, role, name, title, start, end in sorted(members, key=lambda m: m[4]):
        if (role, name) in seen:
            continue
        seen.add((role, name))
        out.append(CommitteeMember(body, role, name, title, ctx.evidence(remap.start(start), remap.end(end))))
    fields = Fields()
    fields.set("committee", out)
    return fields
