"""PLACEHOLDER: the dates field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("dates", provides=("issue_date", "event_start", "event_end"), after=("header",))
def extract(ctx: Context) -> Fields:
    return Fields()
