"""Cut a document's text at every evidence boundary, so overlapping values need no nested tags.

One line often carries the title, the doc_type, the year and the region at once: their
spans overlap and nest. Rendering each value as its own element would need tags that
cross each other; instead the text is cut at every span start and end, and each piece
lists the values covering it. Offsets are Python code points (the evidence offsets), and
each piece carries its start so the browser can count a selection back in code points.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A value's place in the text: [start, end) in code points, and the value's key."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Segment:
    """A piece of the text between two boundaries and the keys of the values covering it."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]

    @property
    def depth(self) -> int:
        return len(self.keys)


def value_key(field: str, pos: int | None) -> str:
    """The value's id in the page (`title`, `issuers-2`): a field name and a position, CSS-safe."""
    return field if pos is None else f"{field}-{pos}"


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """The text cut at all span boundaries; spans outside the text or empty are ignored.

    Keys keep the order the spans were given in, so a segment lists its values in panel order.
    """
    size = len(text)
    usable = [s for s in spans if 0 <= s.start < s.end <= size]
    cuts = sorted({0, size, *(s.start for s in usable), *(s.end for s in usable)})
    order = {s.key: i for i, s in reversed(list(enumerate(usable)))}
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    for span in usable:
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, []).append(span)
    active: dict[str, int] = {}  # key -> how many of its spans cover the point
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        for span in ending.get(left, ()):
            active[span.key] -= 1
            if not active[span.key]:
                del active[span.key]
        for span in starting.get(left, ()):
            active[span.key] = active.get(span.key, 0) + 1
        keys = tuple(sorted(active, key=order.__getitem__))
        out.append(Segment(left, right, text[left:right], keys))
    return out
