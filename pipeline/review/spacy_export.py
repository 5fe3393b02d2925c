"""`lifelong export --format spacy`: the stored texts with their values as spaCy span groups.

Reviewed documents are training and evaluation data for statistical extractors, so each
document becomes a spaCy `Doc` over its exact normalized text with one token per code point
(white space included). Evidence offsets are code points into that text, so every span maps
to tokens exactly, however jieba or spaCy's own segmenter would have cut it, and characters
outside the BMP keep their offsets. Spans are grouped by provenance (`extracted`,
`confirmed`, `corrected`, `added`) and labelled with the field name. spaCy is imported
inside `export_spacy` only: nothing on the ingest path pays for it.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.dataset.export import safe_target
from pipeline.review.apply import Value, values

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

ALL_NAME = "lifelong.spacy"
REVIEWED_NAME = "reviewed.spacy"
SUMMARY_NAME = "spacy_export.json"
GROUPS = ("extracted", "confirmed", "corrected", "added")
_HUMAN_GROUPS = {"human:confirmed": "confirmed", "human:corrected": "corrected", "human:added": "added"}
_QUERY = """
    SELECT d.doc_id, d.review_status, d.title, d.record, t.text
    FROM documents d JOIN texts t USING (doc_id)
    ORDER BY d.doc_id
"""
_FETCH = 200  # rows per fetch: memory stays flat however many documents there are


@dataclass
class Summary:
    """What an export wrote and what it left out, saved beside the DocBins for the researcher."""

    documents: int = 0
    reviewed: int = 0
    spans: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    without_evidence: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def skip(self, doc_id: str, value: Value, reason: str) -> None:
        self.skipped.append({
            "doc_id": doc_id, "field": value.field, "pos": value.pos, "start": value.start,
            "end": value.end, "provenance": value.provenance, "reason": reason,
        })


def group_of(provenance: str) -> str | None:
    """The span group of a provenance string (None for one this export does not know)."""
    if provenance.startswith("extractor:"):
        return "extracted"
    return _HUMAN_GROUPS.get(provenance)


def evidence_text(record: dict[str, Any], value: Value) -> str | None:
    """The snippet the value was read from: its evidence text, or for a plain string without
    evidence (issuers; `values` finds those by searching the text) the string itself."""
    if value.pos is None:
        ev = (record.get("evidence") or {}).get(value.field)
    else:
        items = record.get(value.field) or []
        item = items[value.pos] if 0 <= value.pos < len(items) else None
        ev = item.get("evidence") if isinstance(item, dict) else None
    if isinstance(ev, dict):
        return ev.get("text")
    return value.value if isinstance(value.value, str) else None


def add_spans(doc: Doc, doc_id: str, record: dict[str, Any], summary: Summary) -> None:
    """Put each value whose evidence text is exactly text[start:end] into its provenance group;
    user_data["values"] keeps each kept span's normalized value (what a model should output)."""
    groups: dict[str, list[Any]] = {name: [] for name in GROUPS}
    kept = []
    for value in values(record, doc.text):
        if value.start is None or value.end is None:
            summary.without_evidence += 1
            continue
        group = group_of(value.provenance)
        span = doc.char_span(value.start, value.end, label=value.field) if 0 <= value.start < value.end else None
        if group is None:
            summary.skip(doc_id, value, "unknown provenance")
        elif span is None:
            summary.skip(doc_id, value, "offsets outside the text")
        elif span.text != evidence_text(record, value):
            summary.skip(doc_id, value, "text[start:end] differs from the evidence text")
        else:
            groups[group].append(span)
            summary.spans[group] += 1
            kept.append({"group": group, "field": value.field, "pos": value.pos, "start": value.start,
                         "end": value.end, "provenance": value.provenance, "value": value.value})
    for name, spans in groups.items():
        doc.spans[name] = spans
    doc.user_data["values"] = kept


def make_doc(vocab: Vocab, text: str) -> Doc:
    """A Doc with one token per code point, so any [start, end) is a token boundary."""
    from spacy.tokens import Doc

    return Doc(vocab, words=list(text), spaces=[False] * len(text))


def _rows(con: DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    cur = con.execute(_QUERY)
    while batch := cur.fetchmany(_FETCH):
        yield from batch


def _targets(out_dir: Path) -> list[tuple[Path, Path]]:
    """(file, its temporary name) for the three outputs, all checked before anything is written."""
    return [(safe_target(out_dir, name), safe_target(out_dir, name + ".tmp"))
            for name in (ALL_NAME, REVIEWED_NAME, SUMMARY_NAME)]


def _save(data: bytes, target: Path, tmp: Path) -> Path:
    """Write through a temporary name and rename, so a reader never sees half a file."""
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


def export_spacy(con: DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """Write DIR/lifelong.spacy (every stored text), DIR/reviewed.spacy (reviewed documents only)
    and DIR/spacy_export.json (counts and the spans left out, with why); return the three paths."""
    import spacy
    from spacy.tokens import DocBin

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    targets = _targets(out_dir)
    vocab = spacy.blank("zh").vocab
    # Only ORTH (SPACY is always kept): the docs carry no tags, so the default attribute
    # set would store a dozen zero columns per token (8x the file, 5x the memory).
    every, reviewed = (DocBin(attrs=["ORTH"], store_user_data=True) for _ in range(2))
    summary = Summary()
    for doc_id, status, title, record_json, text in _rows(con):
        doc = make_doc(vocab, text or "")
        add_spans(doc, doc_id, json.loads(record_json) if record_json else {}, summary)
        doc.user_data.update({"doc_id": doc_id, "review_status": status, "title": title})
        every.add(doc)
        summary.documents += 1
        if status == "reviewed":
            reviewed.add(doc)
            summary.reviewed += 1
    report = json.dumps(summary.__dict__, ensure_ascii=False, indent=1, default=str) + "\n"
    data = (every.to_bytes(), reviewed.to_bytes(), report.encode("utf-8"))
    return [_save(blob, *where) for blob, where in zip(data, targets, strict=True)]
