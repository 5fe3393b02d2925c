"""PLACEHOLDER: the contacts field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("contacts", provides=("contacts",), after=("header",))
def extract(ctx: Context) -> Fields:
    return Fields()
