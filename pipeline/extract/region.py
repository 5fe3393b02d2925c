"""PLACEHOLDER: the region field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("region", provides=("region",), after=("header",))
def extract(ctx: Context) -> Fields:
    return Fields()
