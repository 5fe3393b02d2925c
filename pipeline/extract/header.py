"""PLACEHOLDER: the header field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("header", provides=("doc_type", "title", "doc_number", "issuers", "campaign_year", "context_year"), after=())
def extract(ctx: Context) -> Fields:
    return Fields()
