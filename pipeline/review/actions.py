"""Reviewer actions -> log lines: the one function the web app and `lifelong correct` share.

Every action is checked against the stored text before it is logged: the value must
exist (accept / fix / reject), a new value must fit its field, and an added value's
offsets must cut exactly the selected snippet out of the text (code points, so a
character outside the BMP counts once). Nothing but the log is written here.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from models import ReviewError
from pipeline.review.anchor import make_anchor
from pipeline.review.apply import Value
from pipeline.review.fields import FieldError, check_field, is_list, parse_value
from pipeline.review.log import Correction, append, new_correction, read_log
from pipeline.review.store import DocView, document_view, open_db, resolve_doc_id

VALUE_ACTIONS = ("accept", "fix", "reject", "add")


def record_action(
    db: Path | str, doc_id: str, field: str | None, action: str, pos: int | None = None,
    new: Any = None, at: tuple[int, int] | None = None, snippet: str | None = None,
    reason: str | None = None, reviewer: str | None = None, target: str | None = None,
) -> Correction:
    """Validate one action against the document as it is now and append it to the log."""
    con = open_db(db)
    try:
        doc_id = resolve_doc_id(con, doc_id)
        view = document_view(con, db, doc_id, read_log(db))
    finally:
        con.close()
    if not view.text_stored:
        raise ReviewError("this document's text is not stored (loaded before review existed): "
                          "re-ingest it with `lifelong ingest --force`")
    base = {"doc_id": doc_id, "text_sha256": hashlib.sha256(view.text.encode("utf-8")).hexdigest(),
            "reason": reason or None, **({"reviewer": reviewer} if reviewer else {})}
    correction = _build(view, field, action, pos, new, at, snippet, target, base)
    append(db, correction)
    return correction


def _build(view: DocView, field: str | None, action: str, pos: int | None, new: Any,
           at: tuple[int, int] | None, snippet: str | None, target: str | None,
           base: dict[str, Any]) -> Correction:
    if action == "reviewed":
        return new_correction(field=None, action="reviewed", new=new is not False, **base)
    if action == "undo":
        return new_correction(field=None, action="undo", target=_undo_target(view, target), **base)
    if action not in VALUE_ACTIONS:
        raise ReviewError(f"unknown action {action!r}; valid: {', '.join((*VALUE_ACTIONS, 'undo', 'reviewed'))}")
    try:
        name = check_field(field)
        return _value_action(view, name, action, pos, new, at, snippet, base)
    except FieldError as exc:
        raise ReviewError(str(exc)) from None


def _value_action(view: DocView, name: str, action: str, pos: int | None, new: Any,
                  at: tuple[int, int] | None, snippet: str | None, base: dict[str, Any]) -> Correction:
    span = _check_span(view.text, at, snippet) if at is not None else None
    if action == "add":
        if span is None:
            raise ReviewError("add needs the place of the value in the text (start:end)")
        value = _typed(name, new if new not in (None, "") else view.text[span[0]:span[1]], None)
        return new_correction(field=name, action="add", new=value,
                              anchor=dict(make_anchor(view.text, *span)), **base)
    current = _current(view, name, pos)
    where = span or ((current.start, current.end) if current.start is not None and current.end is not None else None)
    anchor = dict(make_anchor(view.text, *where)) if where else None
    fixed = _typed(name, new, current.value) if action == "fix" else None
    if action == "fix" and fixed is None:
        raise ReviewError("fix needs a new value")
    return new_correction(field=name, action=action, pos=current.pos, old=current.value, new=fixed,
                          anchor=anchor, **base)


def _typed(name: str, new: Any, old: Any) -> Any:
    return parse_value(name, new, old) if isinstance(new, str) else new


def _current(view: DocView, name: str, pos: int | None) -> Value:
    """The value a correction is about: the field's value, or its item at `pos`."""
    mine = [v for v in view.values if v.field == name]
    if is_list(name):
        if pos is None:
            raise ReviewError(f"{name} is a list: say which item (pos 0-{max(len(mine) - 1, 0)})")
        found = [v for v in mine if v.pos == pos]
    else:
        found = mine
    if not found:
        where = f" at pos {pos}" if is_list(name) else ""
        raise ReviewError(f"{name} has no value{where} to correct; use add")
    return found[0]


def _check_span(text: str, at: tuple[int, int], snippet: str | None) -> tuple[int, int]:
    start, end = int(at[0]), int(at[1])
    if not 0 <= start < end <= len(text):
        raise ReviewError(f"offsets {start}:{end} are outside the text (0:{len(text)})")
    if snippet is not None and text[start:end] != snippet:
        raise ReviewError(f"the text at {start}:{end} is {text[start:end]!r}, not the selected {snippet!r}")
    return start, end


def _undo_target(view: DocView, target: str | None) -> str:
    """The correction to take back: the one named, else the newest not yet undone."""
    active = [c for c, outcome in view.corrections if c.action != "undo" and outcome != "undone"]
    if target:
        if not any(c.id == target for c in active):
            raise ReviewError(f"no correction {target} to undo on this document")
        return target
    if not active:
        raise ReviewError("nothing to undo on this document")
    return active[0].id  # view.corrections is newest first
