"""Read side of review: open the database read-only, and a document as a reviewer sees it.

The web app and `lifelong correct` open the database per request and close it at once,
so an ingest can take its write lock between requests; a lock held by an ingest becomes
`DatabaseBusy` (a page that says so), never a crash. A document's view replays the
whole log over the extractor's own record, so corrections made since the last ingest
show at once, exactly as the next ingest will store them.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models import DatabaseBusy, ReviewError
from pipeline.review.apply import Applied, Value, apply_corrections, values
from pipeline.review.log import Correction, read_log

__all__ = ["DatabaseBusy", "DocView", "document_view", "open_db", "resolve_doc_id", "stored_text"]

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


@dataclass
class DocView:
    """One document for review: text, values after corrections, its corrections with outcomes."""

    doc_id: str
    text: str
    row: dict[str, Any]
    applied: Applied
    values: list[Value]
    corrections: list[tuple[Correction, str]] = field(default_factory=list)
    text_stored: bool = True

    @property
    def attention(self) -> list[str]:
        """Reasons from the replay plus those only the database knows (formats_disagree)."""
        stored = json.loads(self.row.get("attention") or "[]")
        return list(dict.fromkeys([*self.applied.attention, *stored]))


def open_db(db: Path | str, tries: int = 5) -> DuckDBPyConnection:
    """A read-only connection; `DatabaseBusy` while an ingest holds the write lock."""
    import duckdb

    from pipeline.store.load import connect

    for attempt in range(tries):
        try:
            return connect(Path(db), read_only=True)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or attempt == tries - 1:
                raise DatabaseBusy(f"the database is locked by another program (an ingest?): {exc}",
                                   str(db)) from None
            time.sleep(0.1)
    raise DatabaseBusy("the database is locked", str(db))  # pragma: no cover - loop always returns


def resolve_doc_id(con: DuckDBPyConnection, prefix: str) -> str:
    """The doc_id that starts with `prefix` (at least 4 characters), or a ReviewError."""
    prefix = (prefix or "").strip().lower()
    if len(prefix) < 4 or not all(c in "0123456789abcdef" for c in prefix):
        raise ReviewError(f"a document id is 4-64 hex characters; got {prefix!r}")
    rows = con.execute("SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) LIMIT 2", [prefix]).fetchall()
    if not rows:
        raise ReviewError(f"no document with id {prefix}…")
    if len(rows) > 1:
        raise ReviewError(f"the id prefix {prefix} is not unique: give more characters")
    return str(rows[0][0])


def _row(con: DuckDBPyConnection, doc_id: str) -> dict[str, Any]:
    cur = con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    names = [d[0] for d in cur.description]
    found = cur.fetchall()  # fetchall: an unfinished result would block later `register` calls
    if not found:
        raise ReviewError(f"no document with id {doc_id}")
    return dict(zip(names, found[0], strict=True))


def stored_text(con: DuckDBPyConnection, doc_id: str) -> tuple[str, dict[str, Any]] | None:
    """(normalized text, extractor's record) as the last ingest stored them, or None."""
    rows = con.execute("SELECT text, extracted FROM texts WHERE doc_id = ?", [doc_id]).fetchall()
    return None if not rows else (str(rows[0][0]), json.loads(rows[0][1]))


def document_view(con: DuckDBPyConnection, db: Path | str, doc_id: str,
                  log: list[Correction] | None = None) -> DocView:
    """The document with the whole log replayed over the extractor's own record."""
    row = _row(con, doc_id)
    stored = stored_text(con, doc_id)
    text, raw = stored if stored is not None else ("", json.loads(row["record"]))
    mine = [c for c in (read_log(db) if log is None else log) if c.doc_id == doc_id]
    applied = apply_corrections(raw, text, mine)
    listed = [(c, applied.outcomes.get(c.id, "pending")) for c in mine]
    return DocView(doc_id, text, row, applied, values(applied.record, text), listed[::-1], stored is not None)


def correction_rows(db: Path | str) -> list[dict[str, Any]]:
    """Every log line with its outcome now (replayed per document; `pending` if not loaded)."""
    from dataclasses import asdict

    from pipeline.review.log import by_doc

    log = read_log(db)
    status: dict[str, str] = {}
    if log and Path(db).exists():
        con = open_db(db)
        try:
            for doc_id, mine in by_doc(log).items():
                try:
                    status.update(dict((c.id, o) for c, o in document_view(con, db, doc_id, mine).corrections))
                except ReviewError:
                    continue
        finally:
            con.close()
    return [{**asdict(c), "status": status.get(c.id, "pending")} for c in log]
