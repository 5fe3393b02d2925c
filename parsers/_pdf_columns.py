"""Reading order of two-column pages (newspaper pages, bulletins, printed briefs).

pdfplumber groups characters into visual lines across the whole page width, so on a
two-column page each "line" holds a piece of the left column and a piece of the right.
A page is two-column when many lines show a wide gap at about the same place near the
middle of the page (the gutter). Its lines are then cut at the gutter and read as:
full-width lines above the columns, the left column, the right column, full-width lines
below.
"""
from __future__ import annotations

from statistics import median
from typing import Any

Raw = dict[str, Any]

_MIDDLE = (0.3, 0.7)  # where a gutter may lie, as shares of the page width
_MIN_SHARE = 0.4  # share of lines that must show the gutter
_MIN_LINES = 3
_AGREE = 15.0  # points: gutter positions of different lines agree within this


def _chars(raw: Raw) -> list[Raw]:
    return sorted((c for c in raw.get("chars", []) if str(c["text"]).strip()), key=lambda c: c["x0"])


def middle_gap(raw: Raw, width: float) -> float | None:
    """Midpoint of a wide gap between characters near the middle of the page, if any."""
    chars = _chars(raw)
    if len(chars) < 2:
        return None
    size = median(float(c["x1"] - c["x0"]) for c in chars)
    for a, b in zip(chars, chars[1:], strict=False):
        gap, mid = b["x0"] - a["x1"], (a["x1"] + b["x0"]) / 2
        if gap > max(2.5 * size, 12.0) and _MIDDLE[0] * width <= mid <= _MIDDLE[1] * width:
            return float(mid)
    return None


def gutter(raws: list[Raw], width: float) -> float | None:
    """The gutter of a two-column page, or None for a single-column page."""
    gaps = [g for raw in raws if (g := middle_gap(raw, width)) is not None]
    if len(gaps) < _MIN_LINES or len(gaps) < _MIN_SHARE * len(raws):
        return None
    mid = median(gaps)
    agreeing = [g for g in gaps if abs(g - mid) <= _AGREE]
    return mid if len(agreeing) >= _MIN_SHARE * len(raws) else None


def _part(raw: Raw, chars: list[Raw]) -> Raw:
    return {
        "text": "".join(str(c["text"]) for c in chars).strip(),
        "x0": min(c["x0"] for c in chars), "x1": max(c["x1"] for c in chars),
        "top": min(c["top"] for c in chars), "bottom": max(c["bottom"] for c in chars),
        "chars": chars,
    }


def reading_order(raws: list[Raw], width: float) -> tuple[list[Raw], bool]:
    """Lines in reading order, and whether the page was read as two columns."""
    cut = gutter(raws, width)
    if cut is None:
        return raws, False
    left: list[Raw] = []
    right: list[Raw] = []
    spanning: list[Raw] = []
    for raw in raws:
        chars = _chars(raw)
        lc = [c for c in chars if c["x1"] <= cut]
        rc = [c for c in chars if c["x0"] >= cut]
        if len(lc) + len(rc) < len(chars):
            spanning.append(raw)
            continue
        left += [_part(raw, lc)] if lc else []
        right += [_part(raw, rc)] if rc else []
    start = min((r["top"] for r in left + right), default=0.0)
    above = [r for r in spanning if r["top"] < start]
    below = [r for r in spanning if r["top"] >= start]
    return above + left + right + below, True
