"""The issue date (成文日期) of an official document.

A 公文 states its date once, on its own line under the signature block (or right
after the issuing body's name on that line), at the end of the main text and before
the attachments. Portal pages may add a 生成日期/成文日期 metadata value, which is the
same official date. Other dates that look alike are not it: the web page's publish
time (发布时间/发布日期/时间：), the printing line (…办公室 2013年9月16日印发) and dates
inside attachments.
"""
from __future__ import annotations

import re

from models import Evidence
from pipeline.extract.base import Context
from pipeline.extract.dates_common import main_text_end
from pipeline.normalize.dates import DateMention, find_dates

_META = re.compile(r"(?:公文)?(?:生成日期|成文日期|成文时间)\s*[:：]?\s*")
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


def _signature_mention(line: str) -> DateMention | None:
    """The date of a line that holds only a date, or a signing body and a date."""
    if _NOT_SIGNATURE.search(line):
        return None
    found = find_dates(line)
    if len(found) != 1 or not _full_day(found[0]) or line[found[0].end :].strip():
        return None
    before = line[: found[0].start].strip()
    if before and not _SIGNER.match(before.replace(" ", "")):
        return None
    return found[0]


def signature_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The last signature-style date line of the main text (before the attachments)."""
    end = main_text_end(ctx.text)
    best: tuple[str, Evidence] | None = None
    for offset, line in ctx.lines():
        if offset >= end:
            break
        if offset < _MIN_BODY or offset < end * 0.3:
            continue
        mention = _signature_mention(line)
        iso = mention.first.iso() if mention else None
        if mention and iso:
            best = iso, ctx.evidence(offset + mention.start, offset + mention.end)
    return best


# A bulletin's masthead: the compiling body, 编/编印, and the issue's date on one line.
_MASTHEAD = re.compile(r"^\s*[^\s，,。；;：:]{3,30}?(?:编印|编发|编)\s+(?=\S)")
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


def issue_date(ctx: Context) -> tuple[str, Evidence] | None:
    """The 成文日期: official metadata first, else a bulletin's masthead date, else the
    signature date (none for news)."""
    found = metadata_date(ctx) or masthead_date(ctx)
    if found or ctx.fields.get("doc_type") == "news":
        return found
    return signature_date(ctx)
