"""Legacy word-processor files (.doc, .wps, .rtf, .odt, templates) read through LibreOffice.

Offices still publish Word 97 .doc and Kingsoft WPS files, and a ".doc" from a download
page is often something else in disguise (an RTF, a .docx, an HTML page saved by Word).
LibreOffice converts whatever it is to .docx, which the docx parser reads with lists and
tables intact; the document then gets the original file's source (sha256 of the original
bytes). The record schema only knows "doc" and "wps", so the real container is kept in a
warning `source_container:<mime type>`. A .docx in disguise skips the conversion.
"""
from __future__ import annotations

import dataclasses
import zipfile
from io import BytesIO
from pathlib import Path

from models import Document, EncryptedFile
from parsers import docx as _docx  # noqa: F401  (registers the docx parser used below)
from parsers._convert import convert_bytes
from parsers.registry import get, register, source_info

_WPS_EXTENSIONS = (".wps", ".wpt")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MIME_BY_EXT = {
    ".doc": "application/msword",
    ".dot": "application/msword",
    ".wps": "application/vnd.ms-works",
    ".wpt": "application/vnd.ms-works",
    ".rtf": "application/rtf",
    ".odt": "application/vnd.oasis.opendocument.text",
}
_DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def schema_format(path: Path) -> str:
    """The record's `source.format`: "wps" for WPS files, "doc" for the other legacy kinds."""
    return "wps" if path.suffix.lower() in _WPS_EXTENSIONS else "doc"


def container(path: Path, data: bytes) -> str:
    """MIME type of what the bytes really are (the extension decides only for OLE2 files)."""
    head = data[:2048].lstrip()
    if data.startswith(_OLE_MAGIC):
        return _MIME_BY_EXT.get(path.suffix.lower(), "application/msword")
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if data.startswith(b"PK"):
        return _zip_mime(data)
    if head[:100].lower().lstrip(b"\xef\xbb\xbf").startswith((b"<html", b"<!doctype html", b"<?xml")):
        return "text/html" if b"<html" in head.lower() else "application/xml"
    return _MIME_BY_EXT.get(path.suffix.lower(), "application/octet-stream")


def _zip_mime(data: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return archive.read("mimetype").decode("ascii", "replace").strip()
            if "word/document.xml" in names:
                return _DOCX_MIME
    except zipfile.BadZipFile:
        pass
    return "application/zip"


@register("doc", extensions=(".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt"))
def parse_legacy(path: Path, data: bytes) -> Document:
    mime = container(path, data)
    if data.startswith(_OLE_MAGIC) and "EncryptionInfo".encode("utf-16-le") in data:
        raise EncryptedFile("the document is password-protected")
    docx_bytes = data if mime == _DOCX_MIME else convert_bytes(data, path.suffix or ".doc", "docx")
    converted = get("docx").func(path.with_suffix(".docx"), docx_bytes)
    source = source_info(path, data, schema_format(path))
    warnings = [*converted.warnings, f"source_container:{mime}"]
    return dataclasses.replace(converted, source=source, warnings=warnings)
