"""Plain text and Markdown: encoding detected from the bytes, markup reduced to text.

Encodings: BOMs (UTF-8/16) are trusted first, then strict UTF-8, then
charset-normalizer's guess among the encodings Chinese offices actually produce.
"""
from __future__ import annotations

import re
from pathlib import Path

from models import Block, Document, GarbledText
from parsers.registry import register, source_info

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "utf_16", "big5", "utf_8"]).best()
    if best is None:
        raise GarbledText("no text encoding fits the bytes")
    name = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
    return data.decode(name, errors="replace"), name


_MD_RULES = [
    (re.compile(r"^\s{0,3}#{1,6}\s*"), ""),  # headings
    (re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)"), r"\1"),  # links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)\*"), r"\1"),  # italics
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),  # escapes
]


def strip_markdown(line: str) -> tuple[str, bool]:
    """(plain text, is_heading) of one Markdown line."""
    heading = bool(re.match(r"^\s{0,3}#{1,6}\s", line))
    for pattern, repl in _MD_RULES:
        line = pattern.sub(repl, line)
    return line, heading


def _blocks(text: str, markdown: bool) -> list[Block]:
    out: list[Block] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = False
        if markdown:
            raw, heading = strip_markdown(raw)
        kind = "heading" if heading else ("table_row" if "\t" in raw.strip(" ") else "paragraph")
        out.append(Block(kind, raw.rstrip()))  # type: ignore[arg-type]
    return out


@register("txt", extensions=(".txt", ".text"))
def parse_txt(path: Path, data: bytes) -> Document:
    text, encoding = decode(data)
    return Document.from_blocks(_blocks(text, False), source_info(path, data, "txt", encoding=encoding))


@register("md", extensions=(".md", ".markdown"))
def parse_md(path: Path, data: bytes) -> Document:
    text, encoding = decode(data)
    return Document.from_blocks(_blocks(text, True), source_info(path, data, "md", encoding=encoding))
