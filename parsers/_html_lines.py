"""A page's DOM -> text lines, the way a browser lays the text out.

Block elements (p, div, li, headings, table rows…) start and end lines, <br> breaks
them, inline elements run together; HTML whitespace collapses to one space (except in
<pre>) while non-breaking spaces are kept as spaces. Data tables become rows of cells;
tables with one cell per row only frame text and are read as paragraphs. The walk is
iterative, so a page of thousands of unclosed tags cannot exhaust the stack.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul option legend".split()
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Line:
    """One laid-out line: its text, the element that opened it, and its kind."""

    text: str
    origin: Any
    kind: str = "paragraph"
    cells: list[str] | None = None


@dataclass
class _Layout:
    skip: set[Any]
    lines: list[Line] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    origin: Any = None
    pre: int = 0

    def add(self, text: str | None, el: Any) -> None:
        if not text:
            return
        if self.origin is None:
            self.origin = el
        self.parts.append(text if self.pre else _COLLAPSE.sub(" ", text))

    def flush(self) -> None:
        text = clean("".join(self.parts))
        if text.strip():
            kind = "heading" if _in_heading(self.origin) else "paragraph"
            self.lines.append(Line(text, self.origin, kind))
        self.parts, self.origin = [], None


def clean(text: str) -> str:
    """Edge whitespace off, non-breaking spaces as plain spaces, no tabs inside a line."""
    text = text.strip(" \t\n\r\f").replace("\xa0", " ").replace("\t", " ")
    return text.rstrip()


def _in_heading(el: Any, depth: int = 30) -> bool:
    while el is not None and depth > 0:
        if tag_of(el) in HEADING_TAGS:
            return True
        el, depth = el.getparent(), depth - 1
    return False


def tag_of(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def layout(root: Any, skip: set[Any] | None = None) -> list[Line]:
    """Lines of `root`, leaving out the subtrees of the elements in `skip`."""
    from lxml import etree

    state = _Layout(skip or set())
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            _start(state, walker, el)
        else:
            _end(state, el, root)
    state.flush()
    return state.lines


def _start(state: _Layout, walker: Any, el: Any) -> None:
    tag = tag_of(el)
    if el in state.skip or not tag:
        walker.skip_subtree()
        return
    if tag == "br":
        state.add("", el)
        state.flush()
        return
    if tag in BLOCK_TAGS:
        state.flush()
    if tag == "table" and is_data_table(el):
        state.lines.extend(table_lines(el))
        walker.skip_subtree()
        return
    if tag == "pre":
        state.pre += 1
    state.add(el.text, el)


def _end(state: _Layout, el: Any, root: Any) -> None:
    tag = tag_of(el)
    if tag == "pre" and el not in state.skip:
        state.pre -= 1
    if tag in BLOCK_TAGS and el not in state.skip:
        state.flush()
    if el is not root:
        state.add(el.tail, el.getparent())


def rows_of(table: Any) -> list[Any]:
    """The table's own rows (not those of tables nested in its cells)."""
    return [tr for tr in table.iter("tr") if _owner_table(tr) is table]


def _owner_table(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and tag_of(parent) != "table":
        parent = parent.getparent()
    return parent


def cells_of(tr: Any) -> list[Any]:
    return [c for c in tr if tag_of(c) in ("td", "th")]


def is_data_table(table: Any) -> bool:
    """A grid of short cells; layout tables (nested tables, one cell per row) frame text."""
    if any(tag_of(t) == "table" for t in table.iterdescendants()):
        return False
    return any(len(cells_of(tr)) > 1 for tr in rows_of(table))


def cell_text(cell: Any) -> str:
    """A cell's lines joined by spaces, as the Word parser joins a cell's paragraphs."""
    return " ".join(line.text.strip() for line in layout(cell))


def table_rows(table: Any) -> list[list[str]]:
    rows = [[cell_text(c) for c in cells_of(tr)] for tr in rows_of(table)]
    return [r for r in rows if any(c.strip() for c in r)]


def table_lines(table: Any) -> list[Line]:
    return [Line("\t".join(r), table, "table_row", r) for r in table_rows(table)]
