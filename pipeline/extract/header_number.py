"""The 发文字号 (doc number) of a 公文, read where the document prints its own number.

A notice prints its number on a line of its own under the letterhead (often after
`X局文件`, sometimes in brackets under the title: `(X教〔2010〕9号)`), or a portal gives
it in a `文号:` metadata row. Text copied out of a PDF runs the number into the title
(`1X政发〔2011〕12号关于…`) and may lose its brackets (`X府办发2016215 号`); the
brackets are restored when the 4-digit year makes the split certain. Numbers of cited
documents (`根据《…》(X〔2016〕4号)`) sit inside running text and never count. Pages also
print the number right of the title (`…的通知　X〔2031〕7号`, glued or after one blank),
between the letterhead's red rules, with brackets lost to `?`, or only in the name of the
signed file they attach (taken when that name is the notice's own title).
"""
from __future__ import annotations

import re

from pipeline.extract.header_lines import CJK, DOC_NUMBER, YEAR, Line, is_body, metadata

Number = tuple[str, int, int]  # (value, start, end)
_META_KEYS = ("发文字号", "备注/文号", "文号")
# a page number or list mark that a PDF copy puts before the first line (`1、`, `1`)
_LEAD = re.compile(r"\s*(?:\d{1,3}\s*[、.．]?\s*){0,2}")
# a number whose brackets were lost: prefix ending like a number's type, 4-digit year, serial
_LOST = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?[发函字办])\s*[?？\ufffd]?\s*(?P<year>(?:19|20)\d{2})\s*[?？\ufffd]?\s*"
    r"(?P<serial>[1-9]\d{0,3})\s*号"
)
# a number line wrapped in brackets: `(X教〔2010〕9号)`
_WRAPPED = re.compile(r"^[(（](?P<inner>.+)[)）]$")


def doc_number(lines: list[Line], stop: int, title_end: int = 0) -> Number | None:
    """发文字号 from the header zone or a 文号 metadata row; never a body citation. Lines up to
    the title's end are header too, even when a portal's blurb above them ended the zone early."""
    for line in [ln for ln in lines if ln.index < stop + 2 or ln.end <= title_end]:
        hit = (_metadata_number(line) or _leading_number(line) or _standalone_number(line)
               or _trailing_number(line) or _split_number(lines, line) or _spaced_number(line))
        if hit:
            return hit
    return None


# a number a PDF copy wrapped over two lines: `X教字〔2013〕` ⏎ `47号`, `X教字` ⏎ `〔2013〕47号`
_WRAP_MAX = 16  # the first part stands alone on a short line


def _split_number(lines: list[Line], line: Line) -> Number | None:
    """A number whose tail wrapped onto the next line: the first line holds nothing but the
    number's head, and the two lines joined start with a whole number."""
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    head = line.text.strip()
    if nxt is None or len(head) > _WRAP_MAX or DOC_NUMBER.search(head) or _CITING.search(head):
        return None
    if not re.match(r"\s*(?:[〔\[（(【﹝]|第?\s*\d)", nxt.text):  # the next line goes on with a bracket or serial
        return None
    m = DOC_NUMBER.match(head + nxt.text)
    if m is None or m.end() <= len(head) or not re.fullmatch(rf"[{CJK}]{{1,10}}\s*(?:[〔\[（(【﹝]\s*{YEAR}\s*[〕\]）)】﹞])?", head):
        return None
    if _CITED_AFTER.match(head + nxt.text, m.end()):
        return None
    tail = m.end() - len(head)
    return head + nxt.text[:tail], line.start + line.text.index(head), nxt.start + tail


# a number line whose brackets were lost, the year set apart from the serial by a blank:
# `X教职成2016 38号` -> `X教职成〔2016〕38号` (the blank makes the split certain)
_SPACED = re.compile(rf"^(?P<prefix>[{CJK}]{{2,10}})\s*(?P<year>{YEAR})\s+(?P<serial>[1-9]\d{{0,3}})\s*号$")


def _spaced_number(line: Line) -> Number | None:
    m = _SPACED.match(line.text.strip())
    if m is None:
        return None
    value = f"{m.group('prefix')}〔{m.group('year')}〕{m.group('serial')}号"
    start = line.start + len(line.text) - len(line.text.lstrip())
    return value, start, start + len(m.group())


# a 文号 field as portals print it: `文号：`, `文　　号:`, or a `| 发文字号: | … |` table cell
_META_FIELD = re.compile(rf"(?:发\s*文\s*字\s*号|文\s*号|(?:文件|公文)编号)\s*[:：]?[\s|｜]*(?={DOC_NUMBER.pattern})")


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
# or set apart from it by a run of blanks, as a table-like header prints it: `…的通知　　X〔2010〕9号`
_BARE_NUMBER = re.sub(r"\?P<\w+>", "", DOC_NUMBER.pattern)
# (one blank or none is enough after a word that closes a title: `…的通知 X〔2010〕9号`)
_TITLE_END = r"(?:(?<=通知|方案|意见|规划|要点|决定|办法|公告|公示|启事|计划)|(?<=函))"
_TRAILING = re.compile(
    rf"(?:[(（]\s*(?P<n>{_BARE_NUMBER})\s*[)）]|(?:\s{{2,}}|\u3000|\t|{_TITLE_END}\s?)(?P<m>{_BARE_NUMBER}))\s*$"
)


def _trailing_number(line: Line) -> Number | None:
    """A bracketed number closing a title line (portal pages print the notice's number so)."""
    m = _TRAILING.search(line.text)
    if m is None or is_body(line.text[: m.start()]):
        return None
    key = "n" if m.group("n") else "m"
    head = line.text[: m.start()].rstrip()
    if key == "n" and (_CITING.search(head) or head.endswith("》")):  # the forwarded or cited one's
        return None
    return _trimmed(m.group(key), line.start + m.start(key))


_TITLE_WORD = re.compile(r"的|通知|方案|意见|规划|要点|决定|办法|公告|公示|启事|计划")


def _trimmed(value: str, start: int) -> Number | None:
    """A number glued to the title before it (`…方案的通知X教发〔2031〕7号`) starts after the
    title's last word; None when no prefix is left."""
    prefix = re.split(r"[〔\[（(【﹝]", value)[0]
    words = list(_TITLE_WORD.finditer(prefix))
    cut = words[-1].end() if words else 0
    if not prefix[cut:].strip():
        return None
    return value[cut:], start + cut, start + len(value)


# a sentence citing a number (`根据X〔2016〕4号文件精神`), not a number heading the page
_CITING = re.compile(r"根据|按照|依据|详见|参见|转发|贯彻|落实|执行|参照|学习(?:贯彻|宣传|领会)")
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


# the red rule and marks a letterhead prints around the number (`━━ X〔2031〕7号 ━━`, `★`)
_RULE = re.compile(r"[━─—–=＝*★☆_·•-]+")


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
    rest = _RULE.sub("", text[:m.start()] + text[m.end():]).strip()
    if rest and not re.fullmatch(r"[\u4e00-\u9fff\s]*(?:文件|签发人[:：]\s*\S+)?\s*", rest):
        return None
    num = m.group().strip()
    start = line.start + shift + m.start() + (len(m.group()) - len(m.group().lstrip()))
    return _trimmed(num, start)


# an attachment offered for download: `附件：X〔2030〕12号关于…的通知.pdf`
_FILE = re.compile(rf"^(?:[^:：]{{0,6}}[:：]\s*)?(?P<n>{_BARE_NUMBER})\s*(?P<rest>[^/\\]*?)\.(?:pdf|docx?|wps|ofd|zip)\s*$", re.I)


def file_number(lines: list[Line], title: str | None) -> Number | None:
    """The number in an attached file's name when the name is the notice's own title (a page
    that prints no number often offers the signed file so); never a forwarded document's."""
    core = _subject(title or "")
    if len(core) < 6 or "转发" in core:
        return None
    for line in lines:
        m = _FILE.match(line.text)
        if m and _subject(m.group("rest")) == core:
            return m.group("n"), line.start + m.start("n"), line.start + m.end("n")
    return None


def _subject(text: str) -> str:
    """A title's words after its issuer's `…关于`, Han characters only (`X局关于Y的通知` -> Y的通知)."""
    han = "".join(re.findall(r"[\u4e00-\u9fff]+", text))
    return han.split("关于", 1)[-1]
