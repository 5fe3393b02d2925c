"""Decide what each input file needs before any parsing, and extract batches of documents.

A file is a document only when a parser reads its extension and it is not an office or
OS by-product (Thumbs.db, .DS_Store, ~$ lock files). Documents are keyed by the sha256
of their bytes, so a file already loaded by the same extractor version is `unchanged`,
and a second path with the same bytes in one run is a `duplicate`. Only the rest is
extracted. Every file ends with a `FileOutcome`: nothing is dropped silently.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import EmptyDocument, LifelongError, TooLarge

_SYSTEM_FILES = {"thumbs.db", "ehthumbs.db", ".ds_store", "desktop.ini"}
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}

KnownVersions = Callable[[list[str]], dict[str, str]]


@dataclass
class FileOutcome:
    """What happened to one input path; becomes a row of the `files` table."""

    path: str
    state: str
    doc_id: str | None = None
    reason: str | None = None
    message: str | None = None


@dataclass
class Plan:
    """Outcomes decided without extraction, and the (path, doc_id) pairs to extract."""

    decided: list[FileOutcome] = field(default_factory=list)
    todo: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Extracted:
    """Result of extracting one file: its outcome and, when loaded, its record JSON."""

    outcome: FileOutcome
    record: dict[str, Any] | None = None
    text: str | None = None  # the normalized text the record's offsets point into


def skip_reason(path: Path, extensions: Iterable[str]) -> tuple[str, str] | None:
    """(reason, message) when the file is not a document to read, else None."""
    name = path.name
    if name.lower() in _SYSTEM_FILES or name.startswith("._"):
        return "system_file", f"operating-system file {name!r}"
    if name.startswith("~$") or name.startswith(".~lock."):
        return "lock_file", f"office lock file {name!r}"
    ext = path.suffix.lower()
    if ext in IMAGE_EXTENSIONS and ext not in set(extensions):
        return "image", f"image file {name!r} (OCR is off)"
    if ext not in set(extensions):
        return "unsupported", f"unsupported file type {ext or '(none)'!r}"
    return None


def plan_files(
    paths: Iterable[Path], known: KnownVersions, version: str,
    max_bytes: int | None = None, refused: Mapping[str, tuple[str, str]] | None = None,
    ocr: bool = True,
) -> Plan:
    """Classify every path: skipped, failed (unreadable), duplicate, unchanged or to extract."""
    from parsers import supported_extensions

    plan, seen = Plan(), set[str]()
    candidates: list[tuple[str, str]] = []
    extensions = supported_extensions() - (set() if ocr else IMAGE_EXTENSIONS)
    for path in paths:
        outcome = _classify(path, extensions, seen, max_bytes, refused or {})
        if outcome.state == "todo":
            candidates.append((outcome.path, outcome.doc_id or ""))
        else:
            plan.decided.append(outcome)
    versions = known([doc_id for _, doc_id in candidates])
    for path_str, doc_id in candidates:
        if versions.get(doc_id) == version:
            plan.decided.append(FileOutcome(path_str, "unchanged", doc_id))
        else:
            plan.todo.append((path_str, doc_id))
    return plan


def _classify(
    path: Path, extensions: set[str], seen: set[str], max_bytes: int | None,
    refused: Mapping[str, tuple[str, str]],
) -> FileOutcome:
    if str(path) in refused:
        return FileOutcome(str(path), "skipped", None, *refused[str(path)])
    skip = skip_reason(path, extensions)
    if skip is not None:
        return FileOutcome(str(path), "skipped", None, *skip)
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            limit = f"{max_bytes / 2**20:g} MB"
            return FileOutcome(str(path), "failed", None, TooLarge.reason, f"{size:,} bytes (limit {limit})")
        data = path.read_bytes()
    except OSError as exc:
        return FileOutcome(str(path), "failed", None, "unreadable", str(exc))
    doc_id = hashlib.sha256(data).hexdigest()
    if not data.strip():  # as parse_file would say; empty files are not duplicates of each other
        return FileOutcome(str(path), "failed", doc_id, EmptyDocument.reason, "file is empty")
    if doc_id in seen:
        return FileOutcome(str(path), "duplicate", doc_id, "same_bytes", "same bytes as another file in this run")
    seen.add(doc_id)
    return FileOutcome(str(path), "todo", doc_id)


def extract_one(path: str, doc_id: str) -> Extracted:
    """Extract one file; a bad file becomes a failed outcome, never an exception.

    Errors other than `LifelongError` are extractor bugs: they are recorded as
    `internal_error` so one document cannot take the batch (and the run) down.
    """
    from pipeline.record import extract_path_text

    try:
        parsed, text = extract_path_text(Path(path))
        record = parsed.to_dict()
    except LifelongError as exc:
        return Extracted(FileOutcome(path, "failed", doc_id, exc.reason, exc.message))
    except MemoryError:
        return Extracted(FileOutcome(path, "failed", doc_id, TooLarge.reason, "ran out of memory while reading"))
    except Exception as exc:  # noqa: BLE001 - see docstring
        message = f"{type(exc).__name__}: {exc}"
        return Extracted(FileOutcome(path, "failed", doc_id, "internal_error", message))
    return Extracted(FileOutcome(path, "loaded", record["doc_id"]), record, text)


def extract_batch(items: list[tuple[str, str]]) -> list[Extracted]:
    """Extract a batch in this process (no isolation: for tools and tests of the steps)."""
    return [extract_one(path, doc_id) for path, doc_id in items]
