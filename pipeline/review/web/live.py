"""Review status as of the corrections log, not as of the last ingest.

The app writes only the log; the database's `review_status` and `attention` are brought
up to date by the next ingest (or `lifelong correct`). Without this overlay, a document
marked reviewed in the browser would still be listed as unreviewed and `n` would lead
back to it. So the documents with log lines the database has not mirrored yet (ids
missing from the `corrections` table) are replayed (`apply.apply_corrections` over
`texts.extracted`, the same step the ingest runs) and their status overrides the stored
one in the list queries. Each document's result is cached under its correction ids and
the database file's mtime, so a page load after one click replays one document.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

Status = tuple[str, str]  # (review_status, attention as a JSON list)


@dataclass
class Overlay:
    """Per-document cache of replayed statuses, shared by the requests of one process."""

    cache: dict[str, tuple[tuple[Any, ...], Status]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def statuses(self, con: DuckDBPyConnection, db: Path) -> dict[str, Status]:
        """doc_id -> (status, attention JSON) for every loaded document the log touches."""
        from pipeline.review.log import by_doc, read_log

        mirrored = {row[0] for row in con.execute("SELECT id FROM corrections").fetchall()}
        grouped = {
            doc_id: cs for doc_id, cs in by_doc(read_log(db)).items() if any(c.id not in mirrored for c in cs)
        }
        stamp = _mtime(db)
        keys = {doc_id: (stamp, tuple(c.id for c in cs)) for doc_id, cs in grouped.items()}
        with self.lock:
            stale = [d for d, k in keys.items() if self.cache.get(d, (None,))[0] != k]
        fresh = _replay(con, {d: grouped[d] for d in stale}) if stale else {}
        with self.lock:
            for doc_id, status in fresh.items():
                self.cache[doc_id] = (keys[doc_id], status)
            for doc_id in [d for d in stale if d not in fresh]:
                self.cache.pop(doc_id, None)  # not loaded (yet): nothing to override
            return {d: self.cache[d][1] for d in keys if d in self.cache}


def _mtime(db: Path) -> int:
    try:
        return os.stat(db).st_mtime_ns
    except OSError:
        return 0


def _replay(con: DuckDBPyConnection, grouped: dict[str, list[Any]]) -> dict[str, Status]:
    """Replay the given documents' corrections over their stored extractor output."""
    from pipeline.review.apply import apply_corrections

    ids = list(grouped)
    rows = con.execute(
        "SELECT t.doc_id, t.text, t.extracted, d.attention FROM texts t JOIN documents d USING (doc_id) "
        "WHERE t.doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    out: dict[str, Status] = {}
    for doc_id, text, extracted, stored_attention in rows:
        if not extracted:
            continue
        applied = apply_corrections(json.loads(extracted), text or "", grouped[doc_id])
        attention = list(applied.attention)
        status = applied.status
        if "formats_disagree" in _loads(stored_attention):  # set across documents by the ingest
            attention.append("formats_disagree")
            status = "needs attention" if status == "unreviewed" else status
        out[doc_id] = (status, json.dumps(attention, ensure_ascii=False))
    return out


def _loads(value: Any) -> list[str]:
    try:
        parsed = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def register(con: DuckDBPyConnection, statuses: dict[str, Status]) -> str:
    """Expose the overlay to SQL as the relation `live(doc_id, review_status, attention)`."""
    import pyarrow as pa

    table = pa.table({
        "doc_id": pa.array(list(statuses), pa.string()),
        "review_status": pa.array([s[0] for s in statuses.values()], pa.string()),
        "attention": pa.array([s[1] for s in statuses.values()], pa.string()),
    })
    con.register("live", table)
    return "live"
