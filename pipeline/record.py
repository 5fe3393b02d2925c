"""Document -> Record: normalise, run the extractors, assemble the schema record.

These are the pure steps both `lifelong extract` and the Prefect flow call.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from models import Document, Record, Region
from pipeline.extract import Context, run_all
from pipeline.normalize.text import normalize_document
from pipeline.version import EXTRACTOR_VERSION  # noqa: F401 - re-exported: the record's version

_WHITESPACE = re.compile(r"\s+")
_LIST_FIELDS = ("issuers", "organizers", "committee", "deadlines", "contacts", "figures")
_SCALAR_FIELDS = (
    "doc_type", "title", "doc_number", "issue_date", "campaign_year",
    "theme", "event_start", "event_end",
)


def extract_document(doc: Document) -> Record:
    """Normalise a parsed document and extract every field into a record."""
    return extract_document_text(doc)[0]


def extract_document_text(doc: Document) -> tuple[Record, str]:
    """The record and the normalized text its evidence offsets point into (kept for review)."""
    norm = normalize_document(doc)
    ctx = run_all(Context(norm))
    return assemble(norm, ctx), norm.text


def assemble(doc: Document, ctx: Context) -> Record:
    """Build the record from the merged extractor fields."""
    f = ctx.fields
    record = Record(doc_id=doc.source.sha256, source=asdict(doc.source))
    record.source["text_sha256"] = text_fingerprint(doc.text)
    for name in _SCALAR_FIELDS:
        if f.get(name) is not None:
            setattr(record, name, f[name])
    for name in _LIST_FIELDS:
        setattr(record, name, list(f.get(name) or []))
    record.region = f.get("region") or Region()
    record.evidence = dict(ctx.evidence_map)
    record.warnings = list(dict.fromkeys(doc.warnings + ctx.warnings + _year_warnings(record)))
    for key in ("addressees", "attachments", "fuzzy_dates", "faxes"):
        if key in f:
            record.extras[key] = f[key]
    return record


def _year_warnings(record: Record) -> list[str]:
    """A campaign year outside the campaign's history (before 2005, after the document's date)
    is an extraction error: kept, but flagged so charts and reviewers do not trust it."""
    year, issued = record.campaign_year, str(record.issue_date or "")[:4]
    if isinstance(year, int) and (year < 2005 or (issued.isdigit() and year > int(issued))):
        return [f"campaign_year_implausible:{year}"]
    return []


def text_fingerprint(text: str) -> str:
    """sha256 of the normalised text without white space.

    The same document saved as .txt, .docx, .pdf or .html has different bytes (so a
    different `doc_id`) but the same fingerprint: group by it to count a document once.
    """
    return hashlib.sha256(_WHITESPACE.sub("", text).encode("utf-8")).hexdigest()


def extract_path(path: Path) -> Record:
    """Parse and extract one file (raises `LifelongError` subclasses on bad input)."""
    from parsers import parse_file

    return extract_document(parse_file(Path(path)))


def extract_path_text(path: Path) -> tuple[Record, str]:
    """`extract_path` plus the normalized text (what an ingest stores in the `texts` table)."""
    from parsers import parse_file

    return extract_document_text(parse_file(Path(path)))


def record_dict(record: Record) -> dict[str, Any]:
    return record.to_dict()
