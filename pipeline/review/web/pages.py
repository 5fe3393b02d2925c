"""The pages' data: each function gets an open read-only connection and returns a template context.

The routes (app.py) open the connection, call one of these in a worker thread and close
it; nothing here keeps a connection. `perform` is the write side: it turns a posted form
into one `actions.record_action` call, which appends to the corrections log only.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from models import ReviewError
from pipeline.review.web import queries
from pipeline.review.web.live import Overlay, register

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

OVERLAY = Overlay()
FORM_ACTIONS = ("accept", "fix", "reject", "add", "undo", "reviewed")


def _source(con: DuckDBPyConnection, db: Path) -> str:
    """The documents relation with statuses as of the log (plain `documents` when the log is empty)."""
    statuses = OVERLAY.statuses(con, db)
    if not statuses:
        return "documents"
    register(con, statuses)
    return queries.LIVE_SOURCE


def documents_context(con: DuckDBPyConnection, db: Path, params: Any) -> dict[str, Any]:
    """Everything the documents page shows: queue, filters, one page of rows, failed files."""
    filters = queries.Filters.from_params(params)
    src = _source(con, db)
    page = queries.documents_page(con, filters, src)
    facets = queries.facets(con, src)
    queue_total = sum(n for status, n in facets["status"] if status == "needs attention")
    queue_rows = queries.queue(con, src=src) if queue_total else []
    failed, failed_total = queries.failed_files(con)
    next_doc = queue_rows[0]["doc_id"] if queue_rows else queries.next_in_queue(con, src=src)
    return {
        "page": page, "filters": filters, "facets": facets,
        "queue": queue_rows, "queue_total": queue_total, "next_doc": next_doc,
        "failed": failed, "failed_total": failed_total, "statuses": queries.STATUSES, "db": str(db),
    }


def resolve(con: DuckDBPyConnection, db: Path, prefix: str) -> str:
    from pipeline.review.store import resolve_doc_id

    return resolve_doc_id(con, prefix)


def document_context(con: DuckDBPyConnection, db: Path, wanted: str) -> dict[str, Any]:
    """The document page: text cut into segments, the field panel, the history, the next document."""
    from pipeline.review.store import document_view, resolve_doc_id
    from pipeline.review.web.render import correction_rows, field_blocks, text_segments

    doc_id = resolve_doc_id(con, wanted)
    if doc_id != wanted:
        return {"doc_id": doc_id}
    view = document_view(con, db, doc_id)
    blocks = field_blocks(view.values, view.applied.rejected, view.text)
    attention = view.attention
    status = view.applied.status
    if status == "unreviewed" and "formats_disagree" in attention:
        status = "needs attention"
    cur = con.cursor()  # a fresh cursor: DuckDB refuses `register` while a fetchone() result is open
    try:
        next_doc = queries.next_in_queue(cur, doc_id, _source(cur, db))
    finally:
        cur.close()
    return {
        "doc_id": doc_id, "row": view.row, "text_stored": view.text_stored, "text_length": len(view.text),
        "segments": text_segments(view.text, blocks), "blocks": blocks, "status": status,
        "attention": attention, "corrections": correction_rows(view.corrections), "next_doc": next_doc,
    }


def _int(form: dict[str, str], name: str) -> int | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ReviewError(f"{name} must be a whole number; got {raw!r}") from None


def _crlf(value: str) -> str:
    """A string as a browser submits it: every line break CR LF (HTML form encoding)."""
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _snippet(db: Path, doc_id: str, at: tuple[int, int], sent: str) -> str:
    """The selected snippet as it stands in the text, when it matches what the browser sent.

    Browsers submit every line break in a form as CR LF, so a selection across lines would
    never compare equal; comparing both sides in that form undoes only the browser's
    change. A mismatch is passed on for the core to refuse with its message.
    """
    from pipeline.review.store import open_db, stored_text

    con = open_db(db)
    try:
        stored = stored_text(con, doc_id)
    finally:
        con.close()
    if stored is None:
        return sent
    exact = stored[0][at[0]:at[1]] if 0 <= at[0] < at[1] <= len(stored[0]) else None
    return exact if exact is not None and _crlf(exact) == _crlf(sent) else sent


def perform(db: Path, doc_id: str, form: dict[str, str]) -> str:
    """Append the form's action to the log; returns the page anchor to go back to."""
    from pipeline.review.actions import record_action

    action = form.get("action", "")
    if action not in FORM_ACTIONS:
        raise ReviewError(f"unknown action {action!r}; valid: {', '.join(FORM_ACTIONS)}")
    field = form.get("field") or None
    at = None
    snippet = None
    if action == "add":
        start, end = _int(form, "start"), _int(form, "end")
        if start is None or end is None:
            raise ReviewError("add needs start and end: select the value in the text, or type its offsets")
        at = (start, end)
        snippet = _snippet(db, doc_id, at, form.get("snippet", ""))
    new: Any = form.get("new")
    if action == "reviewed":
        new = form.get("new", "true") != "false"
    record_action(
        db, doc_id, field, action, pos=_int(form, "pos"), new=new, at=at, snippet=snippet,
        reason=form.get("reason") or None, target=form.get("target") or None,
    )
    return f"#f-{field}" if field and action != "undo" else ""
