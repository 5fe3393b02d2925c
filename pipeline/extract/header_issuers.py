"""Issuing bodies (发文机关) from the four places a 公文 names them.

Letterhead lines in the header zone, a `发文机构`/`来源` metadata row, the title prefix
(`X关于…的通知`) and the signature block next to the 成文日期 line. A signature line
that a web page truncated (`…宣传` for `…宣传部`) is completed from the document itself.
"""
from __future__ import annotations

import re

from pipeline.extract.base import Context
from pipeline.extract.header_lines import DOC_NUMBER, Line, date_lines, metadata
from pipeline.extract.header_orgs import is_media, is_org, org_line, pieces, same_body, split_glued
from pipeline.extract.header_title import Title

Found = tuple[int, str]  # (offset, name)
_META_ISSUER = ("发文机构", "发布机构", "发文单位", "发文机关", "所属机构")


def letterhead(lines: list[Line], stop: int) -> list[Found]:
    """Body names on the lines of the header zone that hold nothing but body names."""
    out: list[Found] = []
    for line in lines[:stop]:
        out.extend((line.start, name) for name in org_line(_without_number(line.text)))
    return out


def _without_number(text: str) -> str:
    """The letterhead part of `X局文件X教〔2011〕2号` or `X局  X教〔2011〕2号`."""
    head = re.match(r"(.+?)文件", text)
    if head and (not text[head.end():].strip() or DOC_NUMBER.fullmatch(text[head.end():].strip())):
        return head.group(1)
    spaced = re.match(r"(.+?)\s{2,}(\S+)$", text)
    if spaced and DOC_NUMBER.fullmatch(spaced.group(2)):
        return spaced.group(1)
    return text


def from_metadata(lines: list[Line], stop: int) -> list[Found]:
    """`发文机构: X` rows, and `来源: X` when X is a body rather than a media outlet."""
    out: list[Found] = []
    for line in lines[:stop]:
        meta = metadata(line.text)
        for key in (*_META_ISSUER, "来源"):
            value = meta.get(key)
            if value and is_org(value[0]) and not (key == "来源" and is_media(value[0])):
                out.append((line.start + value[1], value[0]))
    return out


def without_relative(meta: list[Found], named: list[Found]) -> list[Found]:
    """A 来源 row often abbreviates the issuer relative to its area (区教委, 市教育局); when
    the letterhead, title or signature names the issuer in full, such a row repeats it."""
    if not named:
        return meta
    return [f for f in meta if f[1][0] not in "省市区县镇乡"]


# A bulletin's masthead credits its compiler and dates the issue: `X教育局编  2011年10月24日`.
MASTHEAD = re.compile(
    r"^(?P<org>[^\s，,。；;：:]{3,30}?)(?:编印|编发|编)\s*(?:[(（]?\s*(?:19|20)\d{2}\s*年[^）)]{2,8}日\s*[)）]?)?$"
)


def masthead(lines: list[Line], stop: int) -> list[Found]:
    """The compiling body named in a 简报/工作动态 masthead (also read for news-like bulletins)."""
    out: list[Found] = []
    for line in lines[:stop]:
        m = MASTHEAD.match(line.text)
        if m and is_org(m.group("org")) and not is_media(m.group("org")):
            out.append((line.start, m.group("org")))
    return out


def from_title(title: Title | None) -> list[Found]:
    """`教育部办公厅关于…` -> 教育部办公厅 (several bodies joined by 、 or spaces)."""
    if title is None:
        return []
    m = re.match(r"(.{3,60}?)关于", title.value)
    if not m:
        return []
    names = [n for part in pieces(m.group(1)) for n in split_glued(part)]
    return [(title.start, n) for n in names] if names and all(is_org(n) for n in names) else []


def signature(ctx: Context, lines: list[Line], stop: int) -> list[Found]:
    """Body lines right above a date-only line (or right below it, as some pages print)."""
    out: list[Found] = []
    for date in date_lines(lines):
        if date.index < stop:
            continue
        names = _around(ctx, lines, date.index - 1, -1) or _around(ctx, lines, date.index + 1, 1)
        out.extend(names)
    return out


def _around(ctx: Context, lines: list[Line], i: int, step: int) -> list[Found]:
    found: list[Found] = []
    while 0 <= i < len(lines) and len(found) < 8:
        names = org_line(lines[i].text) or _completed(ctx, lines[i])
        if not names:
            break
        found.extend((lines[i].start, n) for n in names)
        i += step
    return sorted(found, key=lambda f: f[0])


def _completed(ctx: Context, line: Line) -> list[str]:
    """A signature cut short by the page (`…宣传`): the full name written elsewhere in the text."""
    text = line.text
    if not 4 <= len(text) <= 20 or not re.fullmatch(r"[\u4e00-\u9fff]+", text):
        return []
    for m in re.finditer(re.escape(text) + r"[\u4e00-\u9fff]{1,2}", ctx.text):
        for size in (1, 2):
            name = m.group()[: len(text) + size]
            if is_org(name):
                return [name]
    return []


def merge(*sources: list[Found]) -> list[str]:
    """All names in document order, each body once in the first form seen."""
    out: list[str] = []
    for _, name in sorted((f for source in sources for f in source), key=lambda f: f[0]):
        if not any(same_body(name, seen) for seen in out):
            out.append(name)
    return out
