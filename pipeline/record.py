"""Document -> Record: normalise, run the extractors, assemble the schema record.

These are the pure steps both `lifelong extract` and the Prefect flow call.
"""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from models import Document, Record, Region
from pipeline.extract import Context, run_all
from pipeline.normalize.text import normalize_document

EXTRACTOR_VERSION = "0.1.0"

_LIST_FIELDS = ("issuers", "organizers", "committee", "deadlines", "contacts", "figures")
_SCALAR_FIELDS = (
    "doc_type", "title", "doc_number", "issue_date", "campaign_year",
    "theme", "event_start", "event_end",
)


def extract_document(doc: Document) -> Record:
    """Normalise a parsed document and extract every field into a record."""
    norm = normalize_document(doc)
    ctx = run_all(Context(norm))
    return assemble(norm, ctx)


def assemble(doc: Document, ctx: Context) -> Record:
    """Build the record from the merged extractor fields."""
    f = ctx.fields
    record = Record(doc_id=doc.source.sha256, source=asdict(doc.source))
    for name in _SCALAR_FIELDS:
        if f.get(name) is not None:
            setattr(record, name, f[name])
    for name in _LIST_FIELDS:
        setattr(record, name, list(f.get(name) or []))
    record.region = f.get("region") or Region()
    record.evidence = dict(ctx.evidence_map)
    record.warnings = list(dict.fromkeys(doc.warnings + ctx.warnings))
    for key in ("addressees", "attachments", "fuzzy_dates", "faxes"):
        if key in f:
            record.extras[key] = f[key]
    return record


def extract_path(path: Path) -> Record:
    """Parse and extract one file (raises `LifelongError` subclasses on bad input)."""
    from parsers import parse_file

    return extract_document(parse_file(Path(path)))


def record_dict(record: Record) -> dict[str, Any]:
    return record.to_dict()
