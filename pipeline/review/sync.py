"""Corrections into the database: at load time, at the end of every ingest, after `lifelong correct`.

The log is replayed over the extractor's own record (kept in `texts.extracted`), never
over an already corrected one, so replaying twice changes nothing. `sync_corrections`
rewrites only documents that have log lines, then mirrors the whole log into the
`corrections` table with each line's outcome, and marks documents whose copies in
several formats were extracted differently.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from pipeline.review.apply import reviewed_record
from pipeline.review.log import Correction, by_doc, read_log

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Texts = dict[str, tuple[str, dict[str, Any]]]
# fields whose disagreement between two formats of one text sends both to the queue
_COMPARED = ("doc_type", "title", "doc_number", "issue_date", "campaign_year", "region_code", "theme")
_KEYED = ", ".join(f"coalesce(CAST({c} AS VARCHAR), '')" for c in _COMPARED)


def prepare(
    pairs: list[tuple[dict[str, Any], str | None]], log: dict[str, list[Correction]],
) -> tuple[list[dict[str, Any]], Texts]:
    """Records to store (corrections replayed) and their `texts` rows, from fresh extraction."""
    records, texts = [], {}
    for raw, text in pairs:
        stored, _ = reviewed_record(raw, text or "", log.get(raw["doc_id"], []))
        records.append(stored)
        if text is not None:
            texts[raw["doc_id"]] = (text, raw)
    return records, texts


def sync_corrections(
    con: DuckDBPyConnection, db: Path, corrections: list[Correction] | None = None,
) -> dict[str, Any]:
    """Replay the log over every corrected document, mirror it, flag format disagreements.

    Call inside a transaction; `corrections`: the log of `db` when the caller read it
    already. Returns counts of outcomes and the seconds it took.
    """
    started = time.perf_counter()
    corrections = read_log(db) if corrections is None else corrections
    grouped = by_doc(corrections)
    outcomes = _rewrite(con, grouped)
    mirror(con, corrections, outcomes)
    flag_format_disagreements(con)
    counts: dict[str, Any] = {}
    for status in outcomes.values():
        counts[status] = counts.get(status, 0) + 1
    counts["pending"] = len(corrections) - len(outcomes)
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _stored(con: DuckDBPyConnection, doc_ids: list[str]) -> dict[str, tuple[str, dict[str, Any], tuple[Any, ...]]]:
    """doc_id -> (text, raw record, (extractor_version, run_id, loaded_at)) for loaded documents."""
    from pipeline.sqlframe import registered

    ids = pd.DataFrame({"doc_id": pd.Series(doc_ids, dtype=object)})
    with registered(con, "_sync_ids", ids) as view:
        rows = con.execute(
            f'SELECT t.doc_id, t.text, t.extracted, d.extractor_version, d.run_id, d.loaded_at '
            f'FROM texts t JOIN documents d USING (doc_id) JOIN "{view}" i USING (doc_id)'
        ).fetchall()
    return {r[0]: (r[1], json.loads(r[2]), (r[3], r[4], r[5])) for r in rows}


def _rewrite(con: DuckDBPyConnection, grouped: dict[str, list[Correction]]) -> dict[str, str]:
    """Rewrite the rows of documents with log lines; outcome per correction id."""
    from models.tables import TABLES, TEXTS
    from pipeline.sqlframe import delete_documents, insert_frame, registered
    from pipeline.store.frames import record_frames

    stored = _stored(con, list(grouped))
    outcomes: dict[str, str] = {}
    records = []
    for doc_id, (text, raw, _) in stored.items():
        record, applied = reviewed_record(raw, text, grouped[doc_id])
        records.append(record)
        outcomes.update(applied.outcomes)
    if not records:
        return outcomes
    meta = pd.DataFrame([(k, *v[2]) for k, v in stored.items()],
                        columns=["doc_id", "extractor_version", "run_id", "loaded_at"]).astype(object)
    delete_documents(con, list(stored), keep=(TEXTS.name,))
    for name, df in record_frames(records, "", "", None).items():  # type: ignore[arg-type]
        insert_frame(con, TABLES[name], df)
    with registered(con, "_sync_meta", meta) as view:
        con.execute(
            f'UPDATE documents SET extractor_version = m.extractor_version, run_id = m.run_id, '
            f'loaded_at = m.loaded_at FROM "{view}" m WHERE documents.doc_id = m.doc_id'
        )
    return outcomes


def mirror(con: DuckDBPyConnection, corrections: list[Correction], outcomes: dict[str, str]) -> None:
    """The `corrections` table = the log, each line with its outcome (`pending`: document not loaded)."""
    from models.tables import CORRECTIONS
    from pipeline.sqlframe import insert_frame
    from pipeline.store.frames import frame

    rows = []
    for c in corrections:
        row = asdict(c)
        for key in ("old", "new", "anchor"):
            row[key] = None if row[key] is None else json.dumps(row[key], ensure_ascii=False)
        row["time"] = (c.time or "").replace("Z", "") or None
        row["status"] = outcomes.get(c.id, "pending")
        rows.append(row)
    con.execute('DELETE FROM "corrections"')
    insert_frame(con, CORRECTIONS, frame(CORRECTIONS, rows))


def flag_format_disagreements(con: DuckDBPyConnection) -> None:
    """One text saved in several formats but extracted differently: both copies need a look."""
    con.execute(f"""
        UPDATE documents SET
            attention = to_json(list_append(coalesce(from_json(attention, '["VARCHAR"]'), []), 'formats_disagree')),
            review_status = CASE WHEN review_status = 'reviewed' THEN 'reviewed' ELSE 'needs attention' END
        WHERE source_text_sha256 IN (
            SELECT source_text_sha256 FROM documents WHERE source_text_sha256 IS NOT NULL
            GROUP BY source_text_sha256
            HAVING count(DISTINCT concat_ws('|', {_KEYED})) > 1)
          AND coalesce(attention, '') NOT LIKE '%formats_disagree%'
    """)

