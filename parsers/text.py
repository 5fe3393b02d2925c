"""Plain text and Markdown: encoding detected from the bytes, markup reduced to text.

Encodings: BOMs (UTF-8/16) are trusted first, then strict UTF-8, then
charset-normalizer's guess among the encodings Chinese offices actually produce.
"""
from __future__ import annotations

import re
from pathlib import Path

from models import Block, Document, GarbledText
from parsers.registry import register, source_info

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CANDIDATES = ["utf-8", "gb18030", "utf-16-le", "utf-16-be", "big5"]
_PLAUSIBLE = re.compile(
    "[\t\n\r -~\u00a0\u00b7\u2000-\u206f\u2160-\u216b\u2460-\u24ff\u3000-\u303f"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def plausibility(text: str) -> float:
    """Share of characters a Chinese office text is made of (CJK, ASCII, CJK punctuation)."""
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_PLAUSIBLE.findall(sample)) / len(sample)


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with.

    A BOM decides; otherwise every encoding that decodes the bytes strictly is scored by
    how much of the result looks like Chinese office text, UTF-8 winning ties (GBK bytes
    occasionally form valid UTF-8, and any even number of bytes is "valid" UTF-16).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    scored: list[tuple[float, int, str, str]] = []
    for rank, name in enumerate(_CANDIDATES):
        text = _strict(data, name)
        if text is not None and "\x00" not in text:
            scored.append((plausibility(text), -rank, name, text))
    if scored:
        best = max(scored)
        if best[0] >= 0.9:
            return _pick_script(data, best, scored)
    return _guess(data)


def _pick_script(data: bytes, best: tuple[float, int, str, str], scored: list[tuple[float, int, str, str]]) -> tuple[str, str]:
    """GB18030 and Big5 often both decode CJK bytes; let charset-normalizer break that tie."""
    rivals = {name for score, _r, name, _t in scored if score >= best[0] - 0.02}
    if best[2] in ("gb18030", "big5") and {"gb18030", "big5"} <= rivals:
        guess = _guess(data)
        if guess[1] in rivals:
            return guess
    return best[3], best[2]


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only for ambiguous bytes

    best = from_bytes(data, cp_isolation=["gb18030", "utf_16", "big5", "utf_8"]).best()
    if best is None:
        raise GarbledText("no text encoding fits the bytes")
    name = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
    return data.decode(name, errors="replace"), name


_MD_RULES = [
    (re.compile(r"^\s{0,3}#{1,6}\s*"), ""),  # headings
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$"), ""),  # horizontal rules
    (re.compile(r"^\s{0,3}>\s?"), ""),  # block quotes
    (re.compile(r"^(\s*)[-*+]\s+(?=\S)"), r"\1"),  # bullet markers
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"</?(?:br|p|span|div|b|i|u|strong|em)\b[^>]*>", re.IGNORECASE), ""),  # inline html
    (re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)"), r"\1"),  # links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![A-Za-z0-9*\\])\*(?![\s*])(.+?)(?<!\s)\*"), r"\1"),  # italics (also inside CJK)
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),  # escapes
]


def strip_markdown(line: str) -> tuple[str, bool]:
    """(plain text, is_heading) of one Markdown line."""
    heading = bool(re.match(r"^\s{0,3}#{1,6}\s", line))
    for pattern, repl in _MD_RULES:
        line = pattern.sub(repl, line)
    return line, heading


_MD_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")


def markdown_cells(line: str) -> list[str] | None:
    """Cells of a Markdown table row ([] for the |---| rule under the header), else None."""
    if _MD_TABLE_RULE.match(line):
        return []
    m = _MD_TABLE_ROW.match(line)
    if not m:
        return None
    return [strip_markdown(cell.strip())[0] for cell in re.split(r"(?<!\\)\|", m.group(1))]


def _blocks(text: str, markdown: bool) -> list[Block]:
    out: list[Block] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = False
        cells = markdown_cells(raw) if markdown else None
        if cells is not None:
            if cells:
                out.append(Block("table_row", "\t".join(cells)))
            continue
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
