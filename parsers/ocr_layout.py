"""OCR words to text lines, and the lines a writer typed rebuilt from scanned geometry.

Scans are less tidy than PDF text layers: the page sits a little askew and shifted in the
scanner, Tesseract's boxes jump (a word box may span the full line pitch, a trailing
comma ends its ink half a character early, a speckle widens a line box), so the exact
rules of `parsers._pdf_layout.join_wrapped` would miss most wrapped lines. Here each
page gets its own left and right margins fitted as straight lines (rotation and shift
removed), sizes come from the typical glyph height, and a line continues the previous
one when that one reaches the right margin within a couple of characters and this one
is neither indented nor a numbered item.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from statistics import median
from typing import Any

from parsers._pdf_layout import CLOSERS, ITEM_START, Line, join_text
from parsers._tesseract import Row, Word
from parsers.ocr_repair import HAN, join_words, repair_ocr_text

MIN_LINE_CONFIDENCE = 30.0
SOLID_WORD = 50.0  # words below this confidence do not stretch a line's extent
TAB_GAP = 3.0  # a gap wider than this many character heights separates table cells
GAP_SPACE = 0.45  # a blank this many character heights wide is printed white space
JOIN_SLACK = 2.0  # characters a full line may end short of the right margin
MAX_SLOPE = 0.03  # about 1.7 degrees: steeper margins are layout, not skew
_HAN = re.compile(f"[{HAN}]")


def build_line(row: Row, page: int, scale: float, ink: Any = None) -> tuple[Line, float] | None:
    """A layout `Line` in points, and its mean confidence (0-1); None for noise.

    `ink` (the page as a boolean array, True = dark) lets printed white space be kept.
    """
    words = row.words
    conf = sum(w.conf * len(w.text) for w in words) / max(1, sum(len(w.text) for w in words))
    height = char_height(words)
    top = median(w.top for w in words)
    blanks = blank_runs(ink, words, top, height) if ink is not None else []
    cells = _cells(words, height)
    text = "\t".join(repair_ocr_text(spaced_text(c, height, blanks), cjk_spaces=False) for c in cells).strip()
    if conf < MIN_LINE_CONFIDENCE or not any(ch.isalnum() for ch in text):
        return None
    solid = [w for w in words if w.conf >= SOLID_WORD] or words
    line = Line(
        text, min(w.left for w in solid) * scale, max(w.left + w.width for w in solid) * scale,
        top * scale, (top + height) * scale, page, height * scale, _first_width(words[0], height) * scale,
    )
    if len(cells) > 1:
        line.kind, line.cells = "table_row", text.split("\t")
    return line, conf / 100.0


def char_height(words: list[Word]) -> float:
    """Typical glyph height of a line in pixels.

    Tesseract gives some word boxes the full line pitch and flat glyphs (一, 、) tiny ones;
    the lower quartile of the plausible CJK heights is the glyph height.
    """
    heights = sorted(w.height for w in words if _HAN.search(w.text)) or sorted(w.height for w in words)
    plausible = [h for h in heights if h >= 0.6 * median(heights)]
    return float(plausible[len(plausible) // 4])


def spaced_text(words: list[Word], height: float, blanks: Sequence[tuple[float, float]] = ()) -> str:
    """Words of a line joined as printed.

    Tesseract splits Chinese text into "words" at random and its word boxes are too rough
    to measure gaps, so white space comes from the image: a blank run of columns (from
    `blank_runs`) between two characters that are not punctuation (which carries its own
    blank half) is printed spacing, e.g. between a name and a title in a committee list
    (吴  敏  某某街道…). Latin words keep one space.
    """
    out = words[0].text
    for prev, word in zip(words, words[1:], strict=False):
        run = next((r for r in blanks if _between(r, prev, word)), None)
        if run is not None and _spaceable(out[-1]) and _spaceable(word.text[0]):
            out += " " * min(4, max(1, round(run[1] / (0.3 * height)))) + word.text
        else:
            out = join_words([out, word.text])
    return out


def _between(run: tuple[float, float], prev: Word, word: Word) -> bool:
    """Does the blank run (centre, width) lie between the two words' boxes (which are rough)?"""
    start, end = run[0] - run[1] / 2, run[0] + run[1] / 2
    mid_prev, mid_word = prev.left + prev.width / 2, word.left + word.width / 2
    return mid_prev < run[0] < mid_word and prev.left < start and end < word.left + word.width


def _spaceable(ch: str) -> bool:
    return ch.isalnum() and ch not in CLOSERS


def blank_runs(ink: Any, words: list[Word], top: float, height: float) -> list[tuple[float, float]]:
    """(centre, width) in pixels of the column runs without ink, at least GAP_SPACE character
    heights wide, inside the band of a line (`ink`: 2-D boolean array, True = dark pixel)."""
    left, right = words[0].left, max(w.left + w.width for w in words)
    band = ink[max(0, int(top)):int(top + height), max(0, left):right]
    if band.size == 0:
        return []
    empty = (band.sum(axis=0) < 2).tolist()  # a lone speckle does not fill a gap
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x, blank in enumerate([*empty, False]):
        if blank and start is None:
            start = x
        elif not blank and start is not None:
            if x - start >= GAP_SPACE * height:
                runs.append((left + start, left + x))
            start = None
    return [((a + b) / 2, float(b - a)) for a, b in _without_punctuation(runs, height)]


def _without_punctuation(runs: list[tuple[int, int]], height: float) -> list[tuple[int, int]]:
    """Drop pairs of blank runs around a thin stroke: that is a centred punctuation mark
    (，。、 in many Chinese fonts), whose blank halves are not spacing."""
    thin = 0.4 * height
    out = []
    for i, (a, b) in enumerate(runs):
        before = i > 0 and a - runs[i - 1][1] < thin
        after = i + 1 < len(runs) and runs[i + 1][0] - b < thin
        if not (before or after):
            out.append((a, b))
    return out


def _cells(words: list[Word], height: float) -> list[list[Word]]:
    """Words split where the gap is wide enough to be a table cell boundary."""
    cells: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:], strict=False):
        if word.left - (prev.left + prev.width) > TAB_GAP * height:
            cells.append([])
        cells[-1].append(word)
    return cells


def _first_width(word: Word, char: float) -> float:
    """Width of the first unbreakable token: a Latin word, or one CJK character (+ closers)."""
    text = word.text
    if text[0].isascii() and text[0].isalnum():
        ascii_run = len(list(takewhile(str.isascii, text)))
        return word.width * ascii_run / len(text)
    closers = len(list(takewhile(lambda ch: ch in CLOSERS, text[1:])))
    return min(float(word.width), char * (1 + closers))


# ---------------------------------------------------------------- page geometry


def fit_margin(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """(intercept, slope) of x against y by least squares; flat when the data cannot tell."""
    if not points:
        return 0.0, 0.0
    ys, xs = [p[0] for p in points], [p[1] for p in points]
    my, mx = sum(ys) / len(ys), sum(xs) / len(xs)
    var = sum((y - my) ** 2 for y in ys)
    if len(points) < 3 or var < 100.0 ** 2:
        return median(xs), 0.0
    slope = sum((y - my) * (x - mx) for y, x in zip(ys, xs, strict=True)) / var
    slope = max(-MAX_SLOPE, min(MAX_SLOPE, slope))
    return mx - slope * my, slope


def text_width(pages: Sequence[list[Line]]) -> float:
    """Typical distance between the left and right margins over the pages (points)."""
    spans = [max(x.x1 for x in body) - min(x.x0 for x in body)
             for body in ([x for x in lines if x.kind == "paragraph"] for lines in pages) if body]
    return median(spans) if spans else 0.0


def normalize_page(lines: list[Line], width: float) -> None:
    """Map each line's x so that the page's left margin is 0 and its right margin `width`."""
    body = [x for x in lines if x.kind == "paragraph"]
    if not body:
        return
    size = median(x.size for x in body)
    lo, hi = min(x.x0 for x in body), max(x.x1 for x in body)
    left = fit_margin([(x.top, x.x0) for x in body if x.x0 <= lo + size])
    right = fit_margin([(x.top, x.x1) for x in body if x.x1 >= hi - JOIN_SLACK * size])
    for line in lines:
        a = left[0] + left[1] * line.top
        b = right[0] + right[1] * line.top
        factor = width / (b - a) if b - a > 4 * size else 1.0
        line.x0, line.x1 = (line.x0 - a) * factor, (line.x1 - a) * factor


def snap_sizes(lines: list[Line], tolerance: float = 0.15) -> None:
    """OCR glyph heights jitter; sizes within 15% of the body size are the body size."""
    sizes = [x.size for x in lines if x.kind == "paragraph"]
    if not sizes:
        return
    body = median(sizes)
    for line in lines:
        if abs(line.size - body) <= tolerance * body:
            line.size = body


# ---------------------------------------------------------------- joining


def join_lines(lines: list[Line], width: float) -> list[Line]:
    """Merge each line into the previous one when the scanner's page, not the writer, broke it."""
    out: list[Line] = []
    last: Line | None = None
    for line in lines:
        if out and last is not None and continues(last, line, width):
            out[-1].text = join_text(out[-1].text, line.text)
        else:
            out.append(Line(**{**line.__dict__, "cells": list(line.cells)}))
        last = line
    return out


def continues(a: Line, b: Line, width: float) -> bool:
    """Does `b` carry on the paragraph whose last visual line is `a` (normalised x)?"""
    if a.kind != "paragraph" or b.kind != "paragraph":
        return False
    if abs(a.size - b.size) > 0.25 * max(a.size, b.size):
        return False
    if b.x0 > 0.6 * b.size or ITEM_START.match(b.text):
        return False
    if a.page == b.page and not (-0.3 * a.size <= b.top - a.bottom < 1.5 * a.size):
        return False
    if b.page not in (a.page, a.page + 1):
        return False
    latin = b.first_width if b.text[:1].isascii() else 0.0
    return width - a.x1 <= latin + JOIN_SLACK * a.size
