"""The header field family: doc_type, title, doc_number, issuers, campaign_year, context_year.

These fields live at the edges of a document (letterhead, title, 发文字号, signature
block, portal metadata), so the rules first split the text into the header zone (up to
the 主送 line or the first running paragraph) and the rest; see the header_* helpers.
"""
from __future__ import annotations

import re

from pipeline.extract import header_issuers as issuers_of
from pipeline.extract.base import Context, Fields
from pipeline.extract.header_doctype import doc_type
from pipeline.extract.header_doctype_model import combine
from pipeline.extract.header_lines import Line, body_start, lines
from pipeline.extract.header_number import doc_number, file_number
from pipeline.extract.header_title import Title, clean_value
from pipeline.extract.header_year import YearHit, campaign_year, official_year
from pipeline.extract.layout import FURNITURE, listed
from pipeline.extract.layout_doc import headline, label_lines
from pipeline.extract.registry import register


@register("header", provides=("doc_type", "title", "doc_number", "issuers", "campaign_year", "context_year"), after=())
def extract(ctx: Context) -> Fields:
    out = Fields()
    all_lines = lines(ctx)
    stop = body_start(all_lines)
    title = headline(ctx)  # the layout step labels the lines and scores title candidates
    out.set("title", clean_value(title.value) if title else None,
            ctx.evidence(title.start, title.end) if title else None)
    rules = doc_type(ctx.text, title, all_lines, stop, skip=listed(label_lines(ctx)))
    decided = combine(rules, ctx.text)
    if decided.kind != rules.kind:  # the evidence is the rules' cue: say who decided
        out.warnings.append(f"doc_type_model:{rules.kind}->{decided.kind}")
    kind = decided.kind
    span = decided.span or _opening(ctx)
    out.set("doc_type", kind, ctx.evidence(*span) if span else None)
    number = (doc_number(all_lines, stop, title.end if title else 0)
              or file_number(all_lines, title.value if title else None))
    out.set("doc_number", number[0] if number else None, ctx.evidence(number[1], number[2]) if number else None)
    news_issuers = issuers_of.merge(issuers_of.masthead(all_lines, stop))
    out.set("issuers", news_issuers if kind == "news" else _issuers(ctx, all_lines, stop, title))
    number_year = _number_year(ctx, number)
    year = campaign_year(ctx, title, number_year, all_lines, news=kind == "news")
    out.set("campaign_year", year.year if year else None, ctx.evidence(year.start, year.end) if year else None)
    # dates written without a year take the document's own year (an official 成文日期 even in a
    # template whose campaign year is a placeholder), never a publish line's: that is the page's
    context = year or official_year(all_lines)
    out.set("context_year", context.year if context else None, ctx.evidence(context.start, context.end) if context else None)
    return out


def _issuers(ctx: Context, all_lines: list[Line], stop: int, title: Title | None) -> list[str]:
    signed = issuers_of.signature(ctx, all_lines, stop) + issuers_of.dated_head(all_lines, title)
    head = max(stop, _title_index(all_lines, title))  # a letterhead stands above the title
    site = {item.line.start for item in label_lines(ctx) if item.label == FURNITURE}
    heads = issuers_of.letterhead(all_lines, head)
    named = [
        *issuers_of.not_in_title([f for f in heads if f[0] not in site], title),
        *issuers_of.from_title(title),
        *signed,
        *issuers_of.masthead(all_lines, stop),
    ]
    # a site header's body (the portal's owner) counts like a 发布机构 row: only when the
    # document names no body itself
    site_heads = [f for f in heads if f[0] in site]
    meta = issuers_of.without_relative([*issuers_of.from_metadata(all_lines, stop), *site_heads], named)
    return issuers_of.merge(named, meta, prefer=signed)


def _number_year(ctx: Context, number: tuple[str, int, int] | None) -> YearHit | None:
    if number is None:
        return None
    m = re.search(r"(?:19|20)\d{2}", ctx.text[number[1]:number[2]])
    return YearHit(int(m.group()), number[1] + m.start(), number[1] + m.end()) if m else None


def _title_index(all_lines: list[Line], title: Title | None) -> int:
    """Index of the title's first line (0 without a title): a portal's blurb may end the
    header zone before a letterhead that still stands above the title."""
    if title is None:
        return 0
    return next((line.index for line in all_lines if line.end > title.start), 0)


def _opening(ctx: Context) -> tuple[int, int] | None:
    """Evidence for a doc_type no cue decided (`other`): the first line of the text that is not
    page furniture, which shows what the document opens with and that it names no genre."""
    for labeled in label_lines(ctx):
        if labeled.label != FURNITURE and labeled.text.strip():
            return labeled.line.start, labeled.line.end
    return None
