"""The 发文字号 (doc number) of a 公文, read where the document prints its own number.

A notice prints its number on a line of its own under the letterhead (often after
`X局文件`, sometimes in brackets under the title: `(X教〔2010〕9号)`), or a portal gives
it in a `文号:` metadata row. Text copied out of a PDF runs the number into the title
(`1X政发〔2011〕12号关于…`) and may lose its brackets (`X府办发2016215 号`); the
brackets are restored when the 4-digit year makes the split certain. Numbers of cited
documents (`根据《…》(X〔2016〕4号)`) sit inside running text and never count.
"""
from __future__ import annotations

import re

from pipeline.extract.header_lines import DOC_NUMBER, Line, is_body, metadata

Number = tuple[str, int, int]  # (value, start, end)
_META_KEYS = ("发文字号", "备注/文号", "文号")
# a page number or list mark that a PDF copy puts before the first line (`1、`, `1`)
_LEAD = re.compile(r"\s*(?:\d{1,3}\s*[、.．]?\s*){0,2}")
# a number whose brackets were lost: prefix ending like a number's type, 4-digit year, serial
_LOST = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?[发函字办])\s*(?P<year>(?:19|20)\d{2})\s*(?P<serial>[1-9]\d{0,3})\s*号"
)
# a number line wrapped in brackets: `(X教〔2010〕9号)`
_WRAPPED = re.compile(r"^[(（](?P<inner>.+)[)）]$")


def doc_number(lines: list[Line], stop: int) -> Number | None:
    """发文字号 from the header zone or a 文号 metadata row; never a body citation."""
    for line in lines[: stop + 2]:
        hit = _metadata_number(line) or _leading_number(line) or _standalone_number(line) or _trailing_number(line)
        if hit:
            return hit
    return None


# a 文号 field as portals print it: `文号：`, `文　　号:`, or a `| 发文字号: | … |` table cell
_META_FIELD = re.compile(rf"(?:发\s*文\s*字\s*号|文\s*号)\s*[:：]?[\s|｜]*(?={DOC_NUMBER.pattern})")


def _metadata_number(line: Line) -> Number | None:
    meta = metadata(line.text)
    for key in _META_KEYS:
        m = DOC_NUMBER.search(meta[key][0]) if key in meta else None
        if m:
            start = line.start + meta[key][1] + m.start()
            return m.group(), start, start + len(m.group())
    field = _META_FIELD.search(line.text)
    m = DOC_NUMBER.match(line.text, field.end()) if field else None
    return (m.group(), line.start + m.start(), line.start + m.end()) if m else None


# the notice's own number printed after its title on the title line: `…的通知(X〔2010〕9号)`
_TRAILING = re.compile(rf"[(（]\s*(?P<n>{DOC_NUMBER.pattern})\s*[)）]\s*$")


def _trailing_number(line: Line) -> Number | None:
    """A bracketed number closing a title line (portal pages print the notice's number so)."""
    m = _TRAILING.search(line.text)
    if m is None or is_body(line.text[: m.start()]) or _CITING.search(line.text[: m.start()]):
        return None
    return m.group("n"), line.start + m.start("n"), line.start + m.end("n")


# a sentence citing a number (`根据X〔2016〕4号文件精神`), not a number heading the page
_CITING = re.compile(r"根据|按照|依据|转发|贯彻|落实|执行|参照|学习")
_CITED_AFTER = re.compile(r"\s*(?:文件|精神|要求|规定|的|有关|中|和|、|及)")


def _leading_number(line: Line) -> Number | None:
    """A number opening the line, the title run on after it (PDF copies); brackets restored."""
    pos = _LEAD.match(line.text).end()  # type: ignore[union-attr]
    m = DOC_NUMBER.match(line.text, pos)
    if m and _heads_line(line.text, m):
        return m.group().strip(), line.start + m.start(), line.start + m.end()
    lost = _LOST.match(line.text, pos)
    if lost and _heads_line(line.text, lost):
        value = f"{lost.group('prefix')}〔{lost.group('year')}〕{lost.group('serial')}号"
        return value, line.start + lost.start(), line.start + lost.end()
    return None


def _heads_line(text: str, m: re.Match[str]) -> bool:
    return not _CITING.search(m.group()) and not _CITED_AFTER.match(text, m.end())


def _standalone_number(line: Line) -> Number | None:
    """A line holding the number alone, after the letterhead, a 签发人 or in brackets."""
    text, shift = line.text, 0
    wrapped = _WRAPPED.match(text)
    if wrapped:
        text, shift = wrapped.group("inner"), wrapped.start("inner")
    if "《" in text or "根据" in text or is_body(text):
        return None
    cut = text.rfind("文件") + 2 if "文件" in text else 0
    m = DOC_NUMBER.search(text, cut)
    if not m:
        return None
    rest = (text[:m.start()] + text[m.end():]).strip()
    if rest and not re.fullmatch(r"[\u4e00-\u9fff\s]*(?:文件|签发人[:：]\s*\S+)?\s*", rest):
        return None
    num = m.group().strip()
    start = line.start + shift + m.start() + (len(m.group()) - len(m.group().lstrip()))
    return num, start, start + len(num)
