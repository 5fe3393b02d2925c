"""What the templates show: values grouped by field, corrections, and safe text filters.

Kept apart from the routes so the page model can be tested without HTTP. Everything a
document supplies (text, values, snippets) reaches the HTML only through Jinja's
autoescaping; the one filter here that returns Markup escapes first and only then turns
carriage returns into `&#13;` (a raw CR would be folded into LF by the HTML parser and
shift every code-point offset after it).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from pipeline.review.web.segments import Segment, Span, segments, value_key

PROVENANCE_CLASS = {
    "human:confirmed": "confirmed", "human:corrected": "corrected", "human:added": "added",
}
UNDOABLE = ("accept", "fix", "reject", "add", "reviewed")


@dataclass
class ValueRow:
    """One value in the panel, with what its forms need."""

    key: str
    field: str
    pos: int | None
    label: str
    start: int | None
    end: int | None
    provenance: str
    fix_default: str
    snippet: str = ""

    @property
    def prov_class(self) -> str:
        return PROVENANCE_CLASS.get(self.provenance, "extracted")


@dataclass
class FieldBlock:
    """One field of the panel: its values and the values a person rejected."""

    name: str
    values: list[ValueRow] = field(default_factory=list)
    rejected: list[ValueRow] = field(default_factory=list)


@dataclass
class CorrectionRow:
    """One line of the document's correction history (newest first)."""

    id: str
    action: str
    field: str | None
    pos: int | None
    old: str
    new: str
    reason: str
    reviewer: str
    time: str
    outcome: str
    target: str | None

    @property
    def undoable(self) -> bool:
        return self.action in UNDOABLE and self.outcome != "undone"


def fix_default(field_name: str, value: Any) -> str:
    """What the fix input starts with: the value as it would be typed back.

    Region and whole items are JSON objects; list items of objects start with their main
    key (a name, a date, a number), which a plain-text fix replaces.
    """
    from pipeline.review.fields import MAIN_KEY, bare

    value = bare(value)
    if field_name == "region" and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return _plain(value.get(MAIN_KEY.get(field_name, ""), ""))
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def value_row(v: Any, text: str) -> ValueRow:
    """A panel row from an `apply.Value`."""
    snippet = text[v.start:v.end] if v.start is not None and v.end is not None else ""
    return ValueRow(value_key(v.field, v.pos), v.field, v.pos, v.label, v.start, v.end, v.provenance,
                    fix_default(v.field, v.value), snippet)


def field_blocks(values: list[Any], rejected: list[Any], text: str) -> list[FieldBlock]:
    """Every reviewable field in REVIEW_FIELDS order, empty ones too (so a missed value can be added)."""
    from pipeline.review.fields import REVIEW_FIELDS

    blocks = {name: FieldBlock(name) for name in REVIEW_FIELDS}
    for v in values:
        if v.field in blocks:
            blocks[v.field].values.append(value_row(v, text))
    for v in rejected:
        if v.field in blocks:
            row = value_row(v, text)
            row.key = f"rejected-{row.key}"
            blocks[v.field].rejected.append(row)
    return list(blocks.values())


def text_segments(text: str, blocks: list[FieldBlock]) -> list[Segment]:
    """The text cut at the evidence boundaries of every shown value."""
    spans = [
        Span(row.start, row.end, row.key)
        for block in blocks for row in block.values
        if row.start is not None and row.end is not None
    ]
    return segments(text, spans)


def correction_rows(corrections: list[tuple[Any, str]]) -> list[CorrectionRow]:
    """The history as the page lists it (the core gives it newest first)."""
    from pipeline.review.fields import label

    rows = []
    for c, outcome in corrections:
        name = c.field or ""
        new = label(name, c.new) if c.new is not None and c.action != "reviewed" else ""
        rows.append(CorrectionRow(
            c.id, c.action if c.action != "reviewed" or c.new is not False else "unmarked reviewed",
            c.field, c.pos, label(name, c.old) if c.old is not None else "", new, c.reason or "", c.reviewer or "",
            (c.time or "").replace("T", " ").replace("Z", " UTC"), outcome, c.target,
        ))
    return rows


def text_html(value: str) -> Markup:
    """Escaped text whose carriage returns survive HTML parsing (offsets stay code points)."""
    return Markup(str(escape(value)).replace("\r", "&#13;"))


def json_list(value: Any) -> list[str]:
    """A JSON list column (warnings, attention) as strings; anything else as empty."""
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        parsed = json.loads(value or "[]")
    except (TypeError, ValueError):
        return [str(value)]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def short(doc_id: str) -> str:
    return (doc_id or "")[:12]


FILTERS = {"text_html": text_html, "json_list": json_list, "short": short}
