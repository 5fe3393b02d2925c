"""The corrections log: one JSON line per reviewer action, append-only, beside the database.

The log, not the database, is the source of truth: the database can be rebuilt from the
files and the log, and a correction is keyed by the document's content (doc_id = sha256
of the file, text_sha256 of its normalized text) and an anchor in that text, never by a
row id, so re-imports and newer extractors replay it instead of duplicating it. Lines
are appended under an exclusive lock with one `write` each, so two reviewers (or the web
app and `lifelong correct`) never interleave half lines; a malformed line is skipped and
counted, never fatal.
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ACTIONS = ("accept", "fix", "reject", "add", "undo", "reviewed")


@dataclass(frozen=True)
class Correction:
    """One reviewer action on one value (or on the whole document for `reviewed`)."""

    id: str
    doc_id: str
    action: str
    text_sha256: str | None = None
    field: str | None = None
    pos: int | None = None
    old: Any = None
    new: Any = None
    anchor: dict[str, Any] | None = None
    reason: str | None = None
    reviewer: str | None = None
    time: str = ""
    extractor_version: str | None = None
    target: str | None = None  # the correction an `undo` takes back

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)


_NAMES = {f.name for f in fields(Correction)}


def log_path(db: Path | str) -> Path:
    """`data/processed/lifelong.duckdb` -> `data/processed/lifelong.corrections.jsonl`."""
    db = Path(db)
    return db.with_name(f"{db.stem}.corrections.jsonl")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_reviewer() -> str:
    return os.environ.get("LIFELONG_REVIEWER") or os.environ.get("USER") or "unknown"


def new_correction(**values: Any) -> Correction:
    """A correction with a fresh id, the current UTC time and the running extractor version."""
    from pipeline.version import EXTRACTOR_VERSION

    values.setdefault("id", uuid.uuid4().hex)
    values.setdefault("time", utc_now())
    values.setdefault("extractor_version", EXTRACTOR_VERSION)
    values.setdefault("reviewer", default_reviewer())
    return Correction(**values)


def append(db: Path | str, correction: Correction) -> Path:
    """Append one line under an exclusive lock; the file is created on first use."""
    path = log_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (correction.to_json() + "\n").encode("utf-8")
    with path.open("ab") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
    return path


def parse_line(line: str) -> Correction | None:
    """A correction from one log line, or None when the line is not one (skipped, counted)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or data.get("action") not in ACTIONS or not isinstance(data.get("doc_id"), str):
        return None
    if not isinstance(data.get("id"), str):
        return None
    try:
        return Correction(**{k: v for k, v in data.items() if k in _NAMES})
    except TypeError:
        return None


def read_log(db: Path | str) -> list[Correction]:
    """Every valid correction in log order (an absent log is an empty one)."""
    return read_log_counted(db)[0]


def read_log_counted(db: Path | str) -> tuple[list[Correction], int]:
    """Valid corrections and the number of malformed lines skipped."""
    path = log_path(db)
    if not path.exists():
        return [], 0
    out, bad = [], 0
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            parsed = parse_line(line)
            if parsed is None:
                bad += 1
            else:
                out.append(parsed)
    return out, bad


def by_doc(corrections: list[Correction]) -> dict[str, list[Correction]]:
    """Corrections grouped by doc_id, log order kept."""
    grouped: dict[str, list[Correction]] = {}
    for c in corrections:
        grouped.setdefault(c.doc_id, []).append(c)
    return grouped
