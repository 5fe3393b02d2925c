"""What a file is, from its bytes rather than its name.

Archives are full of misnamed files: Word files saved as .doc that are really .docx (or
web pages), PDFs that are error pages, .txt files that are binary. `sniff` reads magic
numbers and container contents first and uses the extension only where the bytes cannot
tell (an OLE2 container is a .doc or a Kingsoft .wps; text is .txt or Markdown).

Text must earn its place: it has to decode (BOM, strict UTF-8, GB18030 or Big5) into
mostly printable characters, and a GB18030/Big5 decode must consist mostly of *common*
characters — the 3,755 level-1 hanzi of GB2312 or the 5,401 frequent hanzi of Big5,
ASCII and punctuation. Random high bytes decode as GB18030 into rare characters, so this
share tells garbage from Chinese. This module imports nothing from the parsers, so the
registry can import it.
"""
from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path

from models import CorruptFile, EmptyDocument, EncryptedFile, GarbledText, UnsupportedFormat

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|meta|body|title)\b", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|head|p|div|table|br|script|style|span|a)\b[^>]*>|<!--", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:\s+|<!--.*?-->|<\?xml[^>]*\?>)+", re.DOTALL)
_TEXT_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
HTML_EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml")
TEXT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".csv")
MIN_PRINTABLE = 0.95  # share of printable characters in a text file
MIN_COMMON = 0.8  # share of common characters in a GB18030/Big5 decode
SAMPLE = 64 * 1024


def sniff(data: bytes, path: Path | str) -> str:
    """Format name by content: pdf, doc, wps, docx, odt, rtf, html, mht, wordml, image, txt or md."""
    ext = Path(path).suffix.lower()
    if not data.strip():
        raise EmptyDocument("file is empty", str(path))
    fmt = _by_magic(data, ext) or _by_markup(data, ext)
    if fmt:
        return fmt
    if _looks_like_text(data[:SAMPLE]):
        return "md" if ext in (".md", ".markdown") else "txt"
    if ext in TEXT_EXTENSIONS:
        raise GarbledText(f"{ext} file is not readable text (binary or undecodable bytes)", str(path))
    raise UnsupportedFormat(f"unknown file format (extension {ext or '(none)'!r}; content not recognised)", str(path))


def _by_magic(data: bytes, ext: str) -> str | None:
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE2):
        return _ole(data, ext)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(data)
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(_IMAGE_MAGIC) or _is_bmp(data) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    return None


def _ole(data: bytes, ext: str) -> str:
    """An OLE2 compound file: a Kingsoft .wps or a Word .doc, the extension decides."""
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFile("password-protected Office file (OLE2 EncryptionInfo stream)")
    if ext == ".wps":
        return "wps"
    if _WORD_STREAM not in data:
        raise UnsupportedFormat("OLE2 file without a Word stream (a spreadsheet, presentation or other Office file)")
    return "doc"


def _zip(data: bytes) -> str:
    """A ZIP container: .docx by word/document.xml, .odt by its mimetype member."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names and "mimetype" in names:
                mime = archive.read("mimetype").decode("ascii", "replace").strip()
                if mime == "application/vnd.oasis.opendocument.text":
                    return "odt"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise CorruptFile(f"ZIP container cannot be read: {exc}") from exc
    kind = "spreadsheet" if "xl/workbook.xml" in names else "presentation" if "ppt/presentation.xml" in names else "archive"
    raise UnsupportedFormat(f"ZIP {kind} that is not a Word (.docx) or OpenDocument text (.odt) file")


def _is_bmp(data: bytes) -> bool:
    return len(data) >= 26 and data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00"


def _head_text(data: bytes) -> str:
    head = data[:4096]
    for bom, name in _TEXT_BOMS:
        if head.startswith(bom):
            return head.decode(name, errors="ignore")
    return head.decode("latin-1")


def _by_markup(data: bytes, ext: str) -> str | None:
    """A web page (or a page saved as a web archive) by its opening tags."""
    head = _head_text(data)
    if head.lstrip().startswith("MIME-Version:") and "multipart/related" in head:
        return "mht"
    if "<w:wordDocument" in head or 'progid="Word.Document"' in head:
        return "wordml"  # Word 2003 XML, usually saved as .doc
    start = _LEADING_JUNK.sub("", head, count=1)
    if _HTML_START.match(start):
        return "html"
    if ext in HTML_EXTENSIONS and _HTML_ANYWHERE.search(head):
        return "html"
    return None


def _looks_like_text(sample: bytes) -> bool:
    for bom, name in _TEXT_BOMS:
        if sample.startswith(bom):
            return _printable(sample.decode(name, errors="replace"))
    if b"\x00" in sample:
        return _utf16_text(sample)
    text = _decode(sample, "utf-8")
    if text is not None:
        return _printable(text)
    return any(_chinese_text(_decode(sample, name)) for name in ("gb18030", "big5"))


def _decode(sample: bytes, name: str) -> str | None:
    """Strict decode, forgiving a multi-byte character cut at the end of the sample."""
    for cut in range(4):
        try:
            return sample[: len(sample) - cut].decode(name)
        except UnicodeDecodeError:
            continue
    return None


def _utf16_text(sample: bytes) -> bool:
    """BOM-less UTF-16: NULs on one side only, and a decode of Chinese text."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    name = "utf-16-le" if odd > even * 4 else "utf-16-be" if even > odd * 4 else None
    return bool(name) and _chinese_text(_decode(sample, name or ""))


def _printable(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if not c.isprintable() and c not in "\t\n\r\f\v\u3000" or c == "\ufffd")
    return 1 - bad / len(text) >= MIN_PRINTABLE


def _chinese_text(text: str | None) -> bool:
    """Printable, and mostly common characters (random bytes give mostly rare hanzi)."""
    if not text or not _printable(text):
        return False
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    common = _common_chars()
    share = sum(1 for c in chars if c.isascii() or c in common or _is_punct(c)) / len(chars)
    return share >= MIN_COMMON


def _is_punct(c: str) -> bool:
    return "\u2000" <= c <= "\u206f" or "\u3000" <= c <= "\u303f" or "\uff01" <= c <= "\uff5e"


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 symbols and level-1 hanzi, and Big5 frequent hanzi."""
    out: set[str] = set()
    for lead in [*range(0xA1, 0xA4), *range(0xB0, 0xD8)]:
        out.update(_row(bytes([lead]), "gb2312"))
    for lead in range(0xA4, 0xC7):
        out.update(_row(bytes([lead]), "big5"))
    return frozenset(out)


def _row(lead: bytes, codec: str) -> list[str]:
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)] if codec == "big5" else range(0xA1, 0xFF)
    chars = []
    for trail in trails:
        try:
            chars.append((lead + bytes([trail])).decode(codec))
        except UnicodeDecodeError:
            continue
    return chars
