"""Registry of parsers by format name.

A parser module registers a function `(path, data) -> Document` with the file
extensions it reads. `parse_file` picks one by extension; an unknown format raises
`UnsupportedFormat` listing the valid ones. Format sniffing by content can replace the
extension lookup without touching the parsers.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models import Document, EmptyDocument, LifelongError, ParseError, SourceInfo, UnsupportedFormat

ParserFunc = Callable[[Path, bytes], Document]


@dataclass(frozen=True)
class ParserSpec:
    name: str
    func: ParserFunc
    extensions: tuple[str, ...]


_PARSERS: dict[str, ParserSpec] = {}


def register(name: str, *, extensions: tuple[str, ...]) -> Callable[[ParserFunc], ParserFunc]:
    """Decorator: register a parser for a format and its file extensions."""

    def wrap(func: ParserFunc) -> ParserFunc:
        _PARSERS[name] = ParserSpec(name, func, tuple(e.lower() for e in extensions))
        return func

    return wrap


def formats() -> list[str]:
    return sorted(_PARSERS)


def get(name: str) -> ParserSpec:
    try:
        return _PARSERS[name]
    except KeyError:
        raise UnsupportedFormat(f"no parser named {name!r}; valid formats: {', '.join(formats())}") from None


def format_for(path: Path) -> str:
    """Format name for a path, from its extension."""
    ext = path.suffix.lower()
    for spec in _PARSERS.values():
        if ext in spec.extensions:
            return spec.name
    known = ", ".join(sorted(e for s in _PARSERS.values() for e in s.extensions))
    raise UnsupportedFormat(f"unsupported file type {ext or '(none)'!r}; supported: {known}", str(path))


def supported_extensions() -> set[str]:
    return {e for s in _PARSERS.values() for e in s.extensions}


def source_info(path: Path, data: bytes, fmt: str, **extra: object) -> SourceInfo:
    """The `source` part of a record, with the sha256 of the bytes."""
    digest = hashlib.sha256(data).hexdigest()
    return SourceInfo(str(path), path.name, fmt, digest, **extra)  # type: ignore[arg-type]


def parse_file(path: Path, data: bytes | None = None) -> Document:
    """Parse one file into a document; every failure is a `LifelongError` with a reason."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    if not data.strip():
        raise EmptyDocument("file is empty", str(path))
    spec = get(format_for(path))
    try:
        doc = spec.func(path, data)
    except LifelongError as exc:
        exc.path = exc.path or str(path)
        raise
    except Exception as exc:  # a library failing on a bad file is a corrupt file
        raise ParseError(f"{spec.name} parser failed: {type(exc).__name__}: {exc}", str(path)) from exc
    if not doc.text.strip():
        raise EmptyDocument("no text found", str(path))
    return doc
