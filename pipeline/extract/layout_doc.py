"""The document's layout with its headline: labeled lines where the title's lines are HEADLINE.

The title finder (`header_title`) reads the layout labels, and the labels of the title's
own lines depend on the title it finds; this module composes the two, so neither imports
the other back. Cached on the Context: every extractor that asks pays once per document.
"""
from __future__ import annotations

from pipeline.extract.base import Context
from pipeline.extract.header_lines import body_start, lines
from pipeline.extract.header_title import Title, find_title
from pipeline.extract.layout import HEADLINE, LabeledLine, classify


def label_lines(ctx: Context) -> list[LabeledLine]:
    """Every line of the document with its layout label; the headline's lines are HEADLINE.

    Cached on the Context, so every extractor that asks pays once per document."""
    return list(_layout(ctx)[0])


def headline(ctx: Context) -> Title | None:
    """The document's title (see header_title.find_title), from the same cached layout."""
    return _layout(ctx)[1]


def _layout(ctx: Context) -> tuple[tuple[LabeledLine, ...], Title | None]:
    cached = ctx.__dict__.get("_layout")
    if cached is not None and cached[0] is ctx.text:
        return cached[1], cached[2]
    all_lines = lines(ctx)
    labeled = classify(all_lines)
    title = find_title(all_lines, body_start(all_lines), labeled)
    if title is not None:
        labeled = [_as_headline(item, title) for item in labeled]
    ctx.__dict__["_layout"] = (ctx.text, tuple(labeled), title)
    return tuple(labeled), title


def _as_headline(item: LabeledLine, title: Title) -> LabeledLine:
    overlaps = item.line.start < title.end and item.line.end > title.start
    return LabeledLine(item.line, HEADLINE) if overlaps else item
