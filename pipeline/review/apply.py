"""Replay the corrections log over a record: the pure step that makes corrections last.

Every ingest extracts afresh and then replays each document's corrections in log order.
A correction finds its value by content (the logged old value) and its place by anchor
(`anchor.locate`): same text and place -> applied; the snippet found again elsewhere ->
reanchored; not found -> orphaned (not applied, the document goes back to the queue).
Where a newer extractor no longer produces a value a person confirmed or fixed, the
person's value stays and the document is flagged `extractor_disagrees`.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

from pipeline.review.anchor import Anchor, is_anchor, locate
from pipeline.review.fields import LIST_FIELDS, REVIEW_FIELDS, SCALAR_FIELDS, bare, is_list, label, same
from pipeline.review.log import Correction

KEY_FIELDS = ("title", "doc_type", "campaign_year", "region")
OCR_FLOOR = 0.80  # mean page confidence below which a scan goes to the queue
_QUIET_WARNINGS = ("ocr_confidence:", "source_container:", "ocr_engine:")  # engine fallback stays loud


@dataclass(frozen=True)
class Value:
    """One value as the review page shows it."""

    field: str
    pos: int | None
    value: Any
    label: str
    start: int | None
    end: int | None
    provenance: str


@dataclass
class Applied:
    """A record after its corrections, with the document's review state."""

    record: dict[str, Any]
    status: str = "unreviewed"
    attention: list[str] = field(default_factory=list)
    outcomes: dict[str, str] = field(default_factory=dict)
    rejected: list[Value] = field(default_factory=list)


class _State:
    """Mutable replay state of one document."""

    def __init__(self, record: dict[str, Any], text: str) -> None:
        self.rec = copy.deepcopy(record)
        self.text = text
        self.flags: list[str] = []
        self.reviewed = False
        self.rejected: list[Value] = []
        self.rec["provenance"] = initial_provenance(self.rec)

    @property
    def prov(self) -> dict[str, Any]:
        return dict(self.rec["provenance"])

    def flag(self, reason: str) -> None:
        if reason not in self.flags:
            self.flags.append(reason)


def initial_provenance(record: dict[str, Any]) -> dict[str, Any]:
    """`extractor:<version>` for every value the record holds (kept if already present)."""
    if isinstance(record.get("provenance"), dict):
        return copy.deepcopy(record["provenance"])
    tag = f"extractor:{_version(record)}"
    prov: dict[str, Any] = {}
    for name in (*SCALAR_FIELDS, "region"):
        if _present(record.get(name)):
            prov[name] = tag
    for name in LIST_FIELDS:
        prov[name] = [tag] * len(record.get(name) or [])
    return prov


def _version(record: dict[str, Any]) -> str:
    from pipeline.version import EXTRACTOR_VERSION

    return str(record.get("extractor_version") or EXTRACTOR_VERSION)


def _present(value: Any) -> bool:
    if isinstance(value, dict):
        return any(v for v in value.values())
    return value is not None


def apply_corrections(record: dict[str, Any], text: str, corrections: list[Correction]) -> Applied:
    """The record with `corrections` (one document's, in log order) replayed over it."""
    state = _State(record, text)
    undone = {c.target for c in corrections if c.action == "undo" and c.target}
    outcomes: dict[str, str] = {}
    for c in corrections:
        if c.action == "undo":
            outcomes[c.id] = "applied"
        elif c.id in undone:
            outcomes[c.id] = "undone"
        elif c.action == "reviewed":
            state.reviewed = c.new is not False
            outcomes[c.id] = "applied"
        else:
            outcomes[c.id] = _apply_value(state, c)
    attention = state.flags + record_attention(state.rec)
    return Applied(state.rec, _status(state, attention), attention, outcomes, state.rejected)


def _status(state: _State, attention: list[str]) -> str:
    if state.flags:
        return "needs attention"
    if state.reviewed:
        return "reviewed"
    return "needs attention" if attention else "unreviewed"


def record_attention(record: dict[str, Any]) -> list[str]:
    """Why a document needs a person's look before anyone relies on it."""
    reasons = [f"missing:{name}" for name in KEY_FIELDS if not _present(record.get(name))]
    if record.get("doc_type") == "other":
        reasons.append("missing:doc_type")
    if campaign_year_implausible(record):
        reasons.append("implausible:campaign_year")
    for warning in record.get("warnings") or []:
        reasons.extend(_warning_reason(str(warning)))
    return list(dict.fromkeys(reasons))


FIRST_CAMPAIGN_YEAR = 2005  # the first 全民终身学习活动周


def campaign_year_implausible(record: dict[str, Any]) -> bool:
    """A campaign year before the campaign existed, or after the document's own date."""
    year = record.get("campaign_year")
    if not isinstance(year, int):
        return False
    issued = str(record.get("issue_date") or "")[:4]
    return year < FIRST_CAMPAIGN_YEAR or (issued.isdigit() and year > int(issued))


def _warning_reason(warning: str) -> list[str]:
    if warning.startswith("ocr_confidence:"):
        try:
            return ["low_ocr_confidence"] if float(warning.rsplit(":", 1)[1]) < OCR_FLOOR else []
        except ValueError:
            return []
    if warning.startswith(_QUIET_WARNINGS) or warning.startswith("campaign_year_implausible"):
        return []
    return [f"warning:{warning.split(':', 1)[0]}"]


def _place(state: _State, c: Correction) -> tuple[str, tuple[int, int] | None]:
    """(outcome, span) of a correction's anchor in the current text."""
    if not is_anchor(c.anchor):
        return "applied", None
    anchor: Anchor = c.anchor  # type: ignore[assignment]
    span = locate(state.text, anchor)
    if span is None:
        return "orphaned", None
    return ("applied" if span == (anchor["start"], anchor["end"]) else "reanchored"), span


def _apply_value(state: _State, c: Correction) -> str:
    if c.field not in REVIEW_FIELDS:
        return "orphaned"
    outcome, span = _place(state, c)
    if outcome == "orphaned":
        state.flag("orphaned_correction")
        return outcome
    if is_list(c.field):
        _apply_item(state, c, span)
    else:
        _apply_scalar(state, c, span)
    return outcome


def _evidence(state: _State, span: tuple[int, int] | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": state.text[span[0]:span[1]], "start": span[0], "end": span[1], "page": None}


def _set_scalar(state: _State, name: str, value: Any, prov: str | None, span: tuple[int, int] | None) -> None:
    state.rec[name] = value
    evidence = state.rec.setdefault("evidence", {})
    provenance = state.rec["provenance"]
    if prov is None:
        evidence.pop(name, None)
        provenance.pop(name, None)
        return
    provenance[name] = prov
    ev = _evidence(state, span)
    if ev is not None:
        evidence[name] = ev


def _apply_scalar(state: _State, c: Correction, span: tuple[int, int] | None) -> None:
    name = str(c.field)
    current = state.rec.get(name)
    if c.action == "accept":
        keep_span = None if same(current, c.old) else span
        if not same(current, c.old):
            state.flag(f"extractor_disagrees:{name}")
        _set_scalar(state, name, c.old if not same(current, c.old) else current, "human:confirmed", keep_span)
    elif c.action in ("fix", "add"):
        expected = c.old if c.action == "fix" else None
        if _present(current) and not same(current, expected) and not same(current, c.new):
            state.flag(f"extractor_disagrees:{name}")
        _set_scalar(state, name, c.new, "human:corrected" if c.action == "fix" else "human:added", span)
    elif c.action == "reject" and same(current, c.old):
        state.rejected.append(_value(state, name, None, current))
        _set_scalar(state, name, None if name != "region" else _empty_region(), None, None)


def _empty_region() -> dict[str, Any]:
    return {"level": None, "province": None, "city": None, "county": None, "town": None, "code": None}


def _items(state: _State, name: str) -> tuple[list[Any], list[str]]:
    items = state.rec.setdefault(name, []) or []
    state.rec[name] = items
    provs = state.rec["provenance"].setdefault(name, [])
    while len(provs) < len(items):
        provs.append(f"extractor:{_version(state.rec)}")
    return items, provs


def _plain_evidence(state: _State, name: str, n: int) -> list[Any]:
    """Evidence of plain-string items (issuers), kept aligned with the items in `item_evidence`."""
    evs = state.rec.setdefault("item_evidence", {}).setdefault(name, [])
    while len(evs) < n:
        evs.append(None)
    return evs


def _note_plain(state: _State, name: str, at: int, span: tuple[int, int] | None, items: list[Any]) -> None:
    if isinstance(items[at], str) and span is not None:
        _plain_evidence(state, name, len(items))[at] = _evidence(state, span)


def _drop_plain(state: _State, name: str, at: int, n: int) -> None:
    evs = (state.rec.get("item_evidence") or {}).get(name)
    if evs is not None:
        _plain_evidence(state, name, n)
        del evs[at]


def _find(items: list[Any], old: Any, pos: int | None, span: tuple[int, int] | None) -> int | None:
    """Index of the item equal to `old`: the one at the logged position or place if several."""
    hits = [i for i, item in enumerate(items) if same(item, old)]
    if not hits:
        return None
    if span is not None:
        hits.sort(key=lambda i: abs(_item_start(items[i]) - span[0]))
    elif pos is not None:
        hits.sort(key=lambda i: abs(i - pos))
    return hits[0]


def _item_start(item: Any) -> int:
    ev = item.get("evidence") if isinstance(item, dict) else None
    return int(ev["start"]) if isinstance(ev, dict) and isinstance(ev.get("start"), int) else 0


def _with_evidence(state: _State, value: Any, span: tuple[int, int] | None, old: Any = None) -> Any:
    if not isinstance(value, dict):
        return value
    item = dict(bare(value))
    ev = _evidence(state, span) or (old.get("evidence") if isinstance(old, dict) else None)
    if ev is not None:
        item["evidence"] = ev
    return item


def _apply_item(state: _State, c: Correction, span: tuple[int, int] | None) -> None:
    name = str(c.field)
    items, provs = _items(state, name)
    at = _find(items, c.old, c.pos, span) if c.action != "add" else _find(items, c.new, c.pos, span)
    if at is None and c.action == "fix":
        again = _find(items, c.new, c.pos, span)
        if again is not None:  # the extractor now gives the corrected value itself
            provs[again] = "human:corrected"
            return
    if c.action == "reject":
        if at is not None:
            state.rejected.append(_value(state, name, at, items[at]))
            _drop_plain(state, name, at, len(items))
            del items[at], provs[at]
        return
    tag = {"accept": "human:confirmed", "fix": "human:corrected", "add": "human:added"}.get(c.action)
    if tag is None:
        return
    value = c.old if c.action == "accept" else c.new
    if at is None:
        if c.action != "add" and not any(same(i, value) for i in items):
            state.flag(f"extractor_disagrees:{name}")
        items.append(_with_evidence(state, value, span))
        provs.append(tag)
        _note_plain(state, name, len(items) - 1, span, items)
        return
    items[at] = _with_evidence(state, value, span, items[at]) if c.action == "fix" else items[at]
    provs[at] = tag
    if c.action != "accept":
        _note_plain(state, name, at, span, items)


def _value(state: _State, name: str, pos: int | None, value: Any) -> Value:
    prov = state.rec["provenance"].get(name)
    tag = prov[pos] if isinstance(prov, list) and pos is not None and pos < len(prov) else prov
    start, end = _span_of(state.rec, state.text, name, value, pos)
    return Value(name, pos, bare(value), label(name, value), start, end, str(tag or ""))


def _span_of(record: dict[str, Any], text: str, name: str, value: Any,
             pos: int | None = None) -> tuple[int | None, int | None]:
    """Evidence offsets of a value; a plain-string item (issuers) without a reviewer's place
    is found by search (its first occurrence)."""
    ev = value.get("evidence") if isinstance(value, dict) and name in LIST_FIELDS else None
    if name not in LIST_FIELDS:
        ev = (record.get("evidence") or {}).get(name)
    elif isinstance(value, str) and pos is not None:
        evs = (record.get("item_evidence") or {}).get(name) or []
        ev = evs[pos] if pos < len(evs) else None
    if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return ev["start"], ev["end"]
    if isinstance(value, str) and value and text:
        at = text.find(value)
        if at >= 0:
            return at, at + len(value)
    return None, None


def values(record: dict[str, Any], text: str = "") -> list[Value]:
    """Every value of the record in REVIEW_FIELDS order, with evidence offsets and provenance."""
    prov = record.get("provenance") or initial_provenance(record)
    out: list[Value] = []
    for name in REVIEW_FIELDS:
        if is_list(name):
            tags = prov.get(name) or []
            for pos, item in enumerate(record.get(name) or []):
                start, end = _span_of(record, text, name, item, pos)
                tag = tags[pos] if pos < len(tags) else ""
                out.append(Value(name, pos, bare(item), label(name, item), start, end, tag))
        elif _present(record.get(name)):
            start, end = _span_of(record, text, name, record[name])
            out.append(Value(name, None, record[name], label(name, record[name]), start, end, prov.get(name, "")))
    return out


def provenance_json(record: dict[str, Any]) -> str:
    """The scalar part of the provenance map, for the `documents.provenance` column."""
    prov = record.get("provenance") or {}
    return json.dumps({k: v for k, v in prov.items() if not isinstance(v, list)}, ensure_ascii=False)


def reviewed_record(record: dict[str, Any], text: str, corrections: list[Correction]) -> tuple[dict[str, Any], Applied]:
    """The record as stored: corrections replayed, provenance, review_status and attention set."""
    applied = apply_corrections(record, text, corrections)
    out = applied.record
    out["review_status"] = applied.status
    out["attention"] = applied.attention
    return out, applied
