"""Record JSON -> one pandas DataFrame per table, shaped by `models.tables`.

Columns are object-typed so that None stays NULL (a float column would turn a missing
page into NaN); DuckDB casts each column to the table's type on insert.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import pandas as pd

from models.tables import (
    CHILD_TABLES,
    DOCUMENTS,
    EVIDENCE,
    REGION_PARTS,
    SCALAR_FIELDS,
    SOURCE_PARTS,
    TEXTS,
    TableSpec,
)

Row = dict[str, Any]


def frame(spec: TableSpec, rows: Iterable[Row]) -> pd.DataFrame:
    """DataFrame with exactly the table's columns, in order, object dtype."""
    rows = list(rows)
    return pd.DataFrame({name: pd.Series([r.get(name) for r in rows], dtype=object) for name in spec.names})


def document_row(record: dict[str, Any], version: str, run_id: str, loaded_at: datetime) -> Row:
    """The `documents` row: scalar fields, region_*, source_*, and the full record JSON."""
    row: Row = {name: record.get(name) for name in SCALAR_FIELDS}
    region = record.get("region") or {}
    source = record.get("source") or {}
    row.update({f"region_{p}": region.get(p) for p in REGION_PARTS})
    row.update({f"source_{p}": source.get(p) for p in SOURCE_PARTS})
    row.update(
        doc_id=record["doc_id"],
        warnings=json.dumps(record.get("warnings") or [], ensure_ascii=False),
        extractor_version=version,
        run_id=run_id,
        loaded_at=loaded_at,
        record=json.dumps(record, ensure_ascii=False),
        review_status=record.get("review_status") or "unreviewed",
        attention=json.dumps(record.get("attention") or [], ensure_ascii=False),
        provenance=json.dumps(
            {k: v for k, v in (record.get("provenance") or {}).items() if not isinstance(v, list)}, ensure_ascii=False,
        ),
    )
    return row


def _provenance(record: dict[str, Any], field: str, pos: int | None) -> str | None:
    """Who stands behind a value: the record's provenance map (scalar) or list (items)."""
    prov = (record.get("provenance") or {}).get(field)
    if isinstance(prov, list):
        return prov[pos] if pos is not None and pos < len(prov) else None
    return prov if isinstance(prov, str) else None


def child_rows(record: dict[str, Any], field: str) -> list[Row]:
    """Rows of one list field; plain strings (issuers) go to the `name` column."""
    spec = CHILD_TABLES[field]
    rows: list[Row] = []
    for pos, item in enumerate(record.get(field) or []):
        values = item if isinstance(item, dict) else {"name": item}
        row = {name: values.get(name) for name in spec.names}
        row.update(doc_id=record["doc_id"], pos=pos, provenance=_provenance(record, field, pos))
        rows.append(row)
    return rows


def evidence_rows(record: dict[str, Any]) -> list[Row]:
    """Evidence of scalar fields (pos NULL) and of every list item that carries one."""
    rows = [_evidence_row(record, name, None, ev) for name, ev in (record.get("evidence") or {}).items()]
    for field in CHILD_TABLES:
        for pos, item in enumerate(record.get(field) or []):
            if isinstance(item, dict) and isinstance(item.get("evidence"), dict):
                rows.append(_evidence_row(record, field, pos, item["evidence"]))
    for field, evs in (record.get("item_evidence") or {}).items():  # plain-string items placed by a reviewer
        for pos, ev in enumerate(evs or []):
            if isinstance(ev, dict) and field in CHILD_TABLES:
                rows.append(_evidence_row(record, field, pos, ev))
    return rows


def _evidence_row(record: dict[str, Any], field: str, pos: int | None, ev: dict[str, Any]) -> Row:
    return {
        "doc_id": record["doc_id"], "field": field, "pos": pos,
        "text": ev.get("text"), "start": ev.get("start"), "end": ev.get("end"), "page": ev.get("page"),
        "provenance": _provenance(record, field, pos),
    }


def text_rows(texts: dict[str, tuple[str, dict[str, Any]]]) -> list[Row]:
    """`texts` rows: doc_id -> (normalized text, the extractor's record before corrections)."""
    return [
        {"doc_id": doc_id, "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text": text,
         "extracted": json.dumps(raw, ensure_ascii=False)}
        for doc_id, (text, raw) in texts.items()
    ]


def record_frames(
    records: list[dict[str, Any]], version: str, run_id: str, loaded_at: datetime,
    texts: dict[str, tuple[str, dict[str, Any]]] | None = None,
) -> dict[str, pd.DataFrame]:
    """All document tables' frames for a list of records (table name -> DataFrame).

    `texts` (doc_id -> normalized text, raw extractor record) fills the `texts` table;
    without it that table is left alone.
    """
    frames = {DOCUMENTS.name: frame(DOCUMENTS, (document_row(r, version, run_id, loaded_at) for r in records))}
    for field, spec in CHILD_TABLES.items():
        frames[spec.name] = frame(spec, (row for r in records for row in child_rows(r, field)))
    frames[EVIDENCE.name] = frame(EVIDENCE, (row for r in records for row in evidence_rows(r)))
    if texts is not None:
        frames[TEXTS.name] = frame(TEXTS, text_rows(texts))
    return frames
