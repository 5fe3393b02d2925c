"""The ingest summary: files seen, states and reasons, and per-field coverage.

Coverage is read back from the database (what was really stored) over the documents
this run covered — newly loaded or unchanged — so a re-run reports the same coverage.
`doc_type` counts only when it is not the fallback `other`.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from models.tables import CHILD_TABLES

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

COVERAGE_FIELDS = (
    "doc_type", "title", "doc_number", "issuers", "issue_date", "campaign_year", "region", "theme",
    "event_start", "event_end", "organizers", "committee", "deadlines", "contacts", "figures",
)


def _condition(name: str, ids: str) -> str:
    """SQL truth of 'this document has a value for the field' over `documents d`.

    A list field's rows are looked up among the run's documents (`ids`) only: a set of
    every doc_id of the child table cannot spill and outgrew the writer's memory cap in
    a 130,000-document archive."""
    if name in CHILD_TABLES:
        child = CHILD_TABLES[name].name
        return f'd.doc_id IN (SELECT doc_id FROM "{child}" WHERE doc_id IN (SELECT doc_id FROM {ids}))'
    if name == "doc_type":
        return "coalesce(d.doc_type, 'other') <> 'other'"
    if name == "region":
        return "d.region_level IS NOT NULL"
    return f"coalesce(CAST(d.\"{name}\" AS VARCHAR), '') <> ''"


def coverage(con: DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, float]:
    """Share of the given documents with a non-empty value, per field."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    sums = ", ".join(f"avg(CASE WHEN {_condition(n, '_coverage_ids')} THEN 1.0 ELSE 0.0 END)" for n in COVERAGE_FIELDS)
    frame = pd.DataFrame({"doc_id": pd.Series(ids, dtype=object)})
    con.register("_coverage_ids", frame)
    try:
        rows = con.execute(
            f"SELECT {sums} FROM documents d WHERE d.doc_id IN (SELECT doc_id FROM _coverage_ids)"
        ).fetchall()
    finally:
        con.unregister("_coverage_ids")
    return {n: float(v or 0.0) for n, v in zip(COVERAGE_FIELDS, rows[0] if rows else (), strict=False)}


def format_summary(summary: dict[str, Any]) -> str:
    """Human-readable summary printed by `lifelong ingest`."""
    counts: dict[str, int] = summary["counts"]
    lines = [
        f"run {summary['run_id']} -> {summary['db']}",
        f"files seen:        {summary['files']}",
        f"documents loaded:  {counts.get('loaded', 0)}",
        f"unchanged:         {counts.get('unchanged', 0)}",
        f"failed:            {counts.get('failed', 0)}",
        "by state/reason:",
    ]
    lines += [f"  {key:<30} {n}" for key, n in counts.items()]
    cov = summary.get("coverage") or {}
    lines.append(f"field coverage over {summary['documents']} documents (loaded + unchanged):")
    lines += [f"  {name:<15} {share:6.1%}" for name, share in cov.items()]
    lines.append(f"parquet: {summary['parquet']}")
    return "\n".join(lines)
