"""The issue date (成文日期) of an official document.

A 公文 states its date once, on its own line under the signature block (or right
after the issuing body's name on that line), at the end of the main text and before
the attachments; a cover notice signs before the plan it issues, so a date under its
signing body counts wherever it stands. Portal pages may add a 生成日期/成文日期
metadata value (also in `| key: | value |` tables), which is the same official date;
resolutions and 意见 print the date in brackets under the title; a 简报 dates its
masthead; PDF copies run the signature into the text (`。X办公室2016 年 11 月 18 日`).
Other dates that look alike are not it: the web page's publish time (发布时间/发布日期/
时间：), the printing line (…办公室 2013年9月16日印发) and dates inside attachments.
"""
from __future__ import annotations

import re

from models import Evidence
from pipeline.extract.base import Context
from pipeline.extract.dates_common import main_text_end
from pipeline.extract.header_orgs import org_line
from pipeline.normalize.dates import DateMention, find_dates

# portals print the value after a colon, or in the next cell of a `| key: | value |` table
# (发文日期 / 签发日期 name the same official date; 印发日期 is the printing, 发布日期 the page's)
_META = re.compile(r"(?:公文)?(?:生成日期|成文日期|成文时间|发文日期|签发日期)\s*[:：]?[\s|｜]*")
_SIGNER = re.compile(r"^[^\s，,。；;：:、（()）]{2,30}(?:局|厅|委|办|会|处|府|部|院|校|室|站|所|中心|社|馆|组|宣传)$")
_NOT_SIGNATURE = re.compile(r"印发|发布|时间|日期|来源|今天|浏览|点击")
_MIN_BODY = 80  # characters of body text a signature date must follow


def _full_day(mention: DateMention) -> bool:
    return not mention.is_range and mention.first.year is not None and mention.first.has_day


def metadata_date(ctx: Context) -> tuple[str, Evidence] | None:
    """A 生成日期/成文日期 value written by the portal that published an official document."""
    for m in _META.finditer(ctx.text):
        window = ctx.text[m.end() : m.end() + 20]
        found = find_dates(window)
        if found and found[0].start == 0 and _full_day(found[0]):
            iso = found[0].first.iso()
            if iso:
                start = m.end() + found[0].start
                return iso, ctx.evidence(start, start + len(found[0].text))
    return None


# a weekday or a publication note some signatures print after the date:
# `2030年5月8日（星期三）`, `2030年5月8日（此件公开发布）`
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?\s*$|\s*[（(]此件[^（）()]{0,10}[)）]\s*$")
# table cells and Markdown marks around a signature line: `| 2030年5月8日 |`, `**X局**`
_TABLE_MARKS = re.compile(r"^[\s|｜*#]+|[\s|｜*]+$")


def _signature_mention(line: str) -> DateMention | None:
    """The date of a line that holds only a date, or a signing body and a date."""
    line = _WEEKDAY.sub("", line)  # offsets before it are kept
    if _NOT_SIGNATURE.search(line):
        return None
    found = find_dates(line)
    if len(found) != 1 or not _full_day(found[0]) or line[found[0].end :].strip():
        return None
    before = line[: found[0].start].strip()
    if before and not _SIGNER.match(before.replace(" ", "")):
        return None
    return found[0]


# a seal mark or a publication note between the signing body and the date
_SEAL = re.compile(r"^[（(]?\s*(?:盖章|印章|公章|签章|代章|章|印)\s*[)）]?$|^[（(]\s*此件[^（）()]{0,10}[)）]$")


def _is_signer(line: str) -> bool:
    """A line naming the signing body (also one a page cut short, `…宣传`)."""
    text = line.strip()
    return bool(org_line(text)) or bool(_SIGNER.match(text.replace(" ", "")))


# a line that introduces a value on the next line: `报送截止时间：`, `三、截止日期`
_LABEL_ABOVE = re.compile(r"[:：]$|(?:截止|截至|期限|时间|日期)$")


def label_line(text: str) -> bool:
    """Whether a line is a label whose value is on the next line (`报送截止时间：` ⏎ date): a
    date there is that label's value (a deadline, an event day), never the signature's."""
    return bool(_LABEL_ABOVE.search(text.strip()))


def _labelled(above: list[str]) -> bool:
    return bool(above) and label_line(above[-1])


def _dated_lines(ctx: Context, end: int) -> list[tuple[int, DateMention, bool]]:
    """(offset, date, signed) of the signature-style date lines before `end`; `signed`
    when the signing body stands on the line or just above it (a seal mark may sit between)."""
    out: list[tuple[int, DateMention, bool]] = []
    above: list[str] = []
    for offset, raw in ctx.lines():
        if offset >= end:
            break
        line = _TABLE_MARKS.sub(lambda m: " " * len(m.group()), raw)  # offsets kept
        mention = _signature_mention(line) if offset >= _MIN_BODY and not _labelled(above) else None
        if mention is not None:
            prev = next((t for t in reversed(above[-3:]) if not _SEAL.match(t)), "")
            out.append((offset, mention, bool(line[: mention.start].strip()) or _is_signer(prev)))
        if line.strip():
            above.append(line.strip())
    return out


def signature_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The signature date of the main text (before the attachments).

    A date under its signing body is the 成文日期 wherever it stands (a cover notice
    signs early, before the plan it issues); failing that, the last bare date line in
    the latter part of the text (a notice closing on its date alone); failing both, a
    signed date after the attachments (short notices sign under the list they attach).
    """
    end = main_text_end(ctx.text)
    dated = [(o, m, signed) for o, m, signed in _dated_lines(ctx, len(ctx.text)) if m.first.iso()]
    signed = [(o, m) for o, m, ok in dated if ok and o < end]
    bare = [(o, m) for o, m, _ in dated if end * 0.3 <= o < end]
    late = [(o, m) for o, m, ok in dated if ok and o >= end]  # signed under a list it attaches
    pick = signed[0] if signed else (bare[-1] if bare else (late[0] if late else None))
    if pick is None:
        return None
    offset, mention = pick
    return str(mention.first.iso()), ctx.evidence(offset + mention.start, offset + mention.end)


# A bulletin's masthead: the compiling body, 编/编印, and the issue's date on one line.
_MASTHEAD = re.compile(r"^\s*[^\s，,。；;：:]{3,30}?[ \t\u3000]*(?:编印|编发|编)\s+(?=\S)")
_MASTHEAD_LINES = 8


def masthead_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The date on a 简报 masthead line (`X局编  2011年10月24日`), among the first lines."""
    for n, (offset, line) in enumerate(ctx.lines()):
        m = _MASTHEAD.match(line)
        if n >= _MASTHEAD_LINES:
            break
        found = find_dates(line[m.end():]) if m else []
        if m and len(found) == 1 and found[0].start == 0 and _full_day(found[0]):
            iso = found[0].first.iso()
            if iso and not line[m.end() + found[0].end :].strip():
                start = offset + m.end()
                return iso, ctx.evidence(start, start + len(found[0].text))
    return None


# A date printed in brackets under the title, alone or after the issuing body:
# `(2014年1月17日)`, `（某区教育局　2014年1月17日）`.
_HEAD_DATE = re.compile(r"^\s*[（(]\s*(?P<date>[^()（）]{8,50})\s*[)）]\s*$")
_HEAD_LINES = 4  # lines after the title (or from the top when there is none)


# the same line without brackets names its body first, set off from the date by a space:
# `某县教育局　2031年10月16日` (a date alone without brackets is a publish time, not taken)
_HEAD_BODY_DATE = re.compile(r"^\s*(?P<date>[\u4e00-\u9fff（）()]{3,30}[ \t\u3000]+(?:19|20)\d{2}\s*年[^()（）]{3,12})\s*$")


def head_line(text: str) -> tuple[str, DateMention, int] | None:
    """(body, date, offset of the date) of a bracketed date line (`（X局　2014年1月17日）`), or
    of a body and date line without brackets; the body is '' when the date stands alone in
    brackets (shared with the issuers)."""
    m = _HEAD_DATE.match(text) or _HEAD_BODY_DATE.match(text)
    found = find_dates(m.group("date")) if m else []
    if m is None or len(found) != 1 or not _full_day(found[0]) or m.group("date")[found[0].end:].strip():
        return None
    body = m.group("date")[: found[0].start].strip().rstrip("，,、;；").strip()
    if body and not org_line(body):
        return None
    return body, found[0], m.start("date") + found[0].start


def head_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The bracketed date line right under the title (resolutions and 意见 are dated so)."""
    title = ctx.evidence_map.get("title")
    after = title.end if title is not None else 0
    lines = [(o, t) for o, t in ctx.lines() if t.strip() and o >= after][: _HEAD_LINES + (0 if title else 6)]
    for offset, line in lines:
        hit = head_line(line)
        if hit is not None and hit[1].first.iso():
            start = offset + hit[2]
            return str(hit[1].first.iso()), ctx.evidence(start, start + len(hit[1].text))
    return None


# PDF text runs a signature into one line: `…认真抓好落实。X县人民政府办公室2016 年 11 月 18 日 2…`.
_RUN_ON = re.compile(
    r"[。！]\s*(?P<org>[\u4e00-\u9fff]{3,30}?)\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?=\s|\d|$)"
)


def run_on_signature(text: str, end: int) -> re.Match[str] | None:
    """The first `。ORG+date` signature run into a paragraph before `end` (shared with issuers)."""
    for m in _RUN_ON.finditer(text, 0, end):
        if org_line(m.group("org")):
            return m
    return None


def run_on_date(ctx: Context) -> tuple[str, Evidence] | None:
    m = run_on_signature(ctx.text, main_text_end(ctx.text))
    found = find_dates(m.group("date")) if m else []
    if m is None or not found or not _full_day(found[0]):
        return None
    return str(found[0].first.iso()), ctx.evidence(m.start("date"), m.end("date"))


# A bulletin's masthead without 编: `X办公室 ⏎ 简 报 ⏎ 第4期 ⏎ X办公室  2013年10月23日`.
_ISSUE_MARK = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,12}简\s*报|[（(]?\s*第\s*[\d一二三四五六七八九十]{1,4}\s*期\s*[)）]?)\s*$"
)


def _blank(m: re.Match[str]) -> str:
    """Blank out a masthead's body name (pages cut it short: `…办公`), keeping offsets."""
    return " " * len(m.group())


def bulletin_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The date under a 简报 masthead's issue line (`简 报` / `第N期`), alone or after the body's name."""
    lines = [(o, t) for o, t in ctx.lines() if t.strip()][:_MASTHEAD_LINES + 2]
    marks = [i for i, (_, t) in enumerate(lines) if _ISSUE_MARK.match(t)]
    for offset, line in lines[marks[0] + 1 : marks[-1] + 3] if marks else []:
        mention = _signature_mention(re.sub(r"^[\u4e00-\u9fff]{3,30}\s+(?=\d)", _blank, line))
        if mention is not None and mention.first.iso():
            return str(mention.first.iso()), ctx.evidence(offset + mention.start, offset + mention.end)
    return None


def issue_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The 成文日期: official metadata first, else a bulletin's masthead date, else the
    signature date, a dated line under the title, a signature run into the text (none
    for news)."""
    found = metadata_date(ctx) or masthead_date(ctx) or bulletin_date(ctx)
    if found or ctx.fields.get("doc_type") == "news":
        return found or signed_news_date(ctx)
    return signature_date(ctx) or head_date(ctx) or run_on_date(ctx)


def signed_news_date(ctx: Context) -> tuple[str, Evidence] | None:
    """An institution's news page that closes on a signature block (its body's line, then the
    date alone): that date is signed like a 成文日期. A bare date closing a report is the
    page's publish time, and the body must close the main text (nothing but furniture after)."""
    end = main_text_end(ctx.text)
    signed = [(o, m) for o, m, ok in _dated_lines(ctx, end) if ok and m.first.iso()]
    if not signed or ctx.text[signed[-1][0]:end].count("\n") > 1:
        return None
    offset, mention = signed[-1]
    return str(mention.first.iso()), ctx.evidence(offset + mention.start, offset + mention.end)
