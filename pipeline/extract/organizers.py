"""PLACEHOLDER: the organizers field family (to be written)."""
from __future__ import annotations

from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import register


@register("organizers", provides=("organizers",), after=("header",))
def extract(ctx: Context) -> Fields:
    return Fields()
