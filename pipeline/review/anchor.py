"""Anchors: where a corrected value sits in the text, robust to the text changing.

An anchor keeps the offsets and the quoted snippet with a little context on each side
(the W3C Web Annotation `TextQuoteSelector` idea). When the text is the same, the
offsets still hold. When a newer parser or normaliser changed the text, the snippet is
looked for again and the occurrence whose context matches best wins; if no occurrence
matches any context and the snippet is not unique, the correction is orphaned rather
than applied at a guessed place. Offsets are Python code points, so characters outside
the BMP count once.
"""
from __future__ import annotations

from typing import Any, TypedDict

CONTEXT = 32  # code points of prefix / suffix kept with an anchor


class Anchor(TypedDict):
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """The anchor of text[start:end]; raises ValueError on offsets outside the text."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"offsets {start}:{end} outside the text (length {len(text)})")
    return Anchor(start=start, end=end, exact=text[start:end],
                  prefix=text[max(0, start - CONTEXT):start], suffix=text[end:end + CONTEXT])


def is_anchor(value: Any) -> bool:
    """True for a dict with the anchor's keys and sane types (log lines are untrusted)."""
    if not isinstance(value, dict):
        return False
    ints = all(isinstance(value.get(k), int) for k in ("start", "end"))
    strs = all(isinstance(value.get(k), str) for k in ("exact", "prefix", "suffix"))
    return ints and strs and bool(value["exact"])


def locate(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where the anchored snippet is in `text` now, or None when it cannot be found safely."""
    start, end, exact = anchor["start"], anchor["end"], anchor["exact"]
    full = len(anchor["prefix"]) + len(anchor["suffix"])
    if text[start:end] == exact and _context_score(text, start, anchor) == full:
        return start, end
    hits = _occurrences(text, exact)
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0], hits[0] + len(exact)
    scored = sorted(((_context_score(text, h, anchor), -abs(h - start), h) for h in hits), reverse=True)
    best, second = scored[0], scored[1]
    if best[0] == 0 or best[:2] == second[:2]:
        return None  # several places and no context tells them apart: do not guess
    return best[2], best[2] + len(exact)


def _occurrences(text: str, needle: str) -> list[int]:
    hits, at = [], text.find(needle)
    while at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _context_score(text: str, at: int, anchor: Anchor) -> int:
    """Code points of prefix and suffix that still match around an occurrence."""
    before = text[max(0, at - len(anchor["prefix"])):at]
    after = text[at + len(anchor["exact"]):at + len(anchor["exact"]) + len(anchor["suffix"])]
    return _common_suffix(before, anchor["prefix"]) + _common_prefix(after, anchor["suffix"])


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
