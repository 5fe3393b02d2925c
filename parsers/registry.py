"""Registry of parsers by format name.

A parser module registers a function `(path, data) -> Document` with the file
extensions it reads. `parse_file` picks one by the format sniffed from the bytes (a
`.doc` that is really a docx goes to the docx parser); an unknown format raises
`UnsupportedFormat` listing the valid ones.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models import (
    ConverterMissing,
    Document,
    EmptyDocument,
    LifelongError,
    ParseError,
    SourceInfo,
    UnsupportedFormat,
)
from parsers.sniff import sniff

ParserFunc = Callable[[Path, bytes], Document]


@dataclass(frozen=True)
class ParserSpec:
    name: str
    func: ParserFunc
    extensions: tuple[str, ...]


_PARSERS: dict[str, ParserSpec] = {}

# sniffed format -> registered parser (LibreOffice, in parsers/legacy.py, reads every legacy kind)
_PARSER_FOR = {"wps": "doc", "rtf": "doc", "odt": "doc", "wordml": "doc"}
_CONVERTIBLE = {
    "doc": "LibreOffice", "wps": "LibreOffice", "rtf": "LibreOffice", "odt": "LibreOffice",
    "wordml": "LibreOffice", "mht": "an MHT reader", "image": "OCR (tesseract)",
}
_SCHEMA_FORMATS = {"txt", "md", "docx", "doc", "wps", "pdf", "html"}  # record schema's source.format enum


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
    fmt, spec = _parser_for(data, path)
    try:
        doc = spec.func(path, data)
    except LifelongError as exc:
        exc.path = exc.path or str(path)
        raise
    except Exception as exc:  # a library failing on a bad file is a corrupt file
        raise ParseError(f"{spec.name} parser failed: {type(exc).__name__}: {exc}", str(path)) from exc
    if not doc.text.strip():
        raise EmptyDocument("no text found", str(path))
    if fmt in _SCHEMA_FORMATS and doc.source.format != fmt:
        doc = dataclasses.replace(doc, source=dataclasses.replace(doc.source, format=fmt))
    return doc


def _parser_for(data: bytes, path: Path) -> tuple[str, ParserSpec]:
    """The parser for the format the bytes are in, whatever the extension says."""
    try:
        fmt = sniff(data, path)
    except LifelongError as exc:
        exc.path = exc.path or str(path)
        raise
    spec = _PARSERS.get(_PARSER_FOR.get(fmt, fmt))
    if spec is not None:
        return fmt, spec
    if fmt in _CONVERTIBLE:
        raise ConverterMissing(f"{fmt} file (by content) needs {_CONVERTIBLE[fmt]}, which is not available", str(path))
    raise UnsupportedFormat(f"{fmt} file (by content) has no parser; supported: {', '.join(formats())}", str(path))
