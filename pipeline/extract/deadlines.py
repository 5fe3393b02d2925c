"""PLACEHOLDER: the deadlines field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("deadlines", provides=("deadlines",), after=("header", "dates"))
def extract(ctx: Context) -> Fields:
    return Fields()
