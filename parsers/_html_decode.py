"""Bytes of a saved web page -> text, trusting what the page says about itself first.

Order: a BOM, then the charset the page declares (<meta charset>, the http-equiv
Content-Type, an XML declaration), then strict UTF-8, then the plain-text guesser.
Chinese portals label GBK pages "gb2312" (and sometimes "gbk"/"x-gbk"); those labels are
decoded with gb18030, the superset, because real GB2312 pages routinely contain GBK-only
characters. A declared charset that does not fit the bytes is not believed.
"""
from __future__ import annotations

import codecs
import re

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""",
    re.IGNORECASE,
)
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "euc-cn", "cp936", "ms936", "hz-gb-2312", "gb18030"}
_BIG5_FAMILY = {"big5", "big5-hkscs", "x-x-big5", "cn-big5", "cp950"}


def declared_charset(data: bytes) -> str | None:
    """Python codec for the charset the page declares in its first 4 KB, if any is known."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    return codec_for(label)


def codec_for(label: str) -> str | None:
    """A page's charset label as a Python codec name (GB labels read as gb18030)."""
    label = label.lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in _BIG5_FAMILY:
        return "big5hkscs"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the codec it was read with."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    declared = declared_charset(data)
    if declared and declared not in ("utf-16", "utf-32"):
        text = _strict(data, declared)
        if text is not None:
            return text, declared
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if declared:
        text = _mostly(data, declared)
        if text is not None:
            return text, declared
    from parsers.text import decode  # the plain-text guesser (candidates + charset-normalizer)

    return decode(data)


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly(data: bytes, name: str) -> str | None:
    """The declared decoding when only a few bytes are broken (a truncated or patched page)."""
    try:
        text = data.decode(name, errors="replace")
    except LookupError:
        return None
    return text if text.count("\ufffd") <= max(3, len(text) // 1000) else None
