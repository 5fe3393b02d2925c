"""OCR words to text lines, and the lines a writer typed rebuilt from scanned geometry.

Scans are less tidy than PDF text layers: the page sits a little askew and shifted in the
scanner, Tesseract's boxes jump (a word box may span the full line pitch, a trailing
comma ends its ink half a character early, a speckle widens a line box), so the exact
rules of `parsers._pdf_layout.join_wrapped` would miss most wrapped lines. Here each
page gets its own left and right margins fitted as straight lines (rotation and shift
removed), sizes come from the typical glyph height, and a line continues the previous
one when that one reaches the right margin within a couple of characters and this one
is neither indented nor a numbered item.

RapidOCR boxes get the same treatment (`parsers._ocr_lines` builds their lines); the
last section here reads off the image what its recogniser drops or confuses inside a
box: printed spaces, a double dash read as one, the width of a punctuation mark.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile
from statistics import median
from typing import Any

from parsers._pdf_layout import CLOSERS, ITEM_START, Line, join_text
from parsers._rapidocr import Glyph, TextBox
from parsers._tesseract import Row, Word
from parsers.ocr_repair import CJK_PUNCT, HAN, join_words, repair_ocr_text

MIN_LINE_CONFIDENCE = 30.0
SOLID_WORD = 50.0  # words below this confidence do not stretch a line's extent
TAB_GAP = 3.0  # a gap wider than this many character heights separates table cells
GAP_SPACE = 0.45  # a blank this many character heights wide is printed white space
JOIN_SLACK = 2.0  # characters a full line may end short of the right margin
MAX_SLOPE = 0.03  # about 1.7 degrees: steeper margins are layout, not skew
MAX_SPACES = 8
WIDTH_TWINS = dict(zip(",:;()?!，：；（）？！", "，：；（）？！,:;()?!", strict=True))
FULL_WIDTH_ROOM = 0.72  # character pitches a punctuation mark takes when it is full-width
EM_PER_HEIGHT = 1.12  # character pitch per glyph height, when a box has too few characters to measure
SPACE_GAP = 0.37  # glyph heights: a blank this wide between two characters is a printed space
DASHES = ("—", "一", "－", "-", "–", "_")
_HAN = re.compile(f"[{HAN}]")
_FULL_PUNCT = re.compile(f"[{CJK_PUNCT}]")


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
    unbreakable = max(0.0, b.first_width - b.size)  # a Latin word or number wider than a character
    return width - a.x1 <= unbreakable + JOIN_SLACK * a.size


# ---------------------------------------------------------------- RapidOCR glyphs on the image
# The recogniser reads a whole box; its character boxes place each character roughly.
# Together with the ink they give back what it drops or confuses: printed spaces, the
# length of a dash, the width of a punctuation mark.

def glyph_blanks(columns: Any, x0: int, height: float) -> list[tuple[float, float]]:
    """(start, end) in pixels of the blank column runs wider than SPACE_GAP glyph heights."""
    runs: list[tuple[float, float]] = []
    start: int | None = None
    for x, filled in enumerate([*columns.tolist(), True]):
        if not filled and start is None:
            start = x
        elif filled and start is not None:
            if x - start >= SPACE_GAP * height:
                runs.append((float(x0 + start), float(x0 + x)))
            start = None
    return runs


def spaced_glyphs(box: TextBox, columns: Any, x0: int, height: float) -> str:
    """The box's text with the printed white space between its characters put back,
    and a double dash read as one restored (`columns`: which pixel columns hold ink).

    A blank run lying between two characters (that are not punctuation, which carries
    its own blank half) is printed spacing; the count of spaces follows its width. A
    letter-spaced line (nearly every pair of Chinese characters apart, as in a
    letterhead `某 某 县 人 民 政 府`) is joined instead: the spacing is typography.
    """
    parts = _glyph_spans(box.text, box.glyphs) if box.glyphs else None
    if parts is None:
        return box.text
    runs = glyph_blanks(columns, x0, height)
    chunks = [_reglyph(parts, i, columns, x0, height) for i in range(len(parts))]
    gaps = [0.0] + [_printed_gap(runs, parts, chunks, i) for i in range(1, len(parts))]
    if _letter_spaced([g.text for g, _ in parts], gaps):
        gaps = [0.0] * len(gaps)
    return "".join((spaces(gap, height) if gap else "") + chunk for gap, chunk in zip(gaps, chunks, strict=True))


def _printed_gap(runs: list[tuple[float, float]], parts: list[tuple[Glyph, str]], chunks: list[str],
                 i: int) -> float:
    """Width of the blank printed before glyph `i`: 0 when there is none, when the
    recogniser kept a space there, or next to full-width punctuation."""
    if chunks[i][0].isspace() or not (may_space(chunks[i - 1][-1]) and may_space(chunks[i][0])):
        return 0.0
    before, glyph = _centre(parts[i - 1][0]), _centre(parts[i][0])
    run = next((r for r in runs if before < (r[0] + r[1]) / 2 < glyph), None)
    return run[1] - run[0] if run else 0.0


def _letter_spaced(texts: list[str], gaps: list[float]) -> bool:
    """Are (nearly) all neighbouring Chinese characters set apart (at least two pairs)?"""
    pairs = [gap > 0 for i, gap in enumerate(gaps) if i and _HAN.match(texts[i - 1]) and _HAN.match(texts[i])]
    return len(pairs) >= 2 and sum(pairs) >= 0.8 * len(pairs)


def _reglyph(parts: list[tuple[Glyph, str]], i: int, columns: Any, x0: int, height: float) -> str:
    """The text of glyph `i` (with the white space before it), its width or length fixed."""
    glyph, chunk = parts[i]
    if glyph.text in DASHES and _double_dash(parts, i, columns, x0, height):
        return chunk.replace(glyph.text, "——")
    if glyph.text in WIDTH_TWINS and 0 < i < len(parts) - 1:
        return chunk.replace(glyph.text, _width_twin(parts, i, height))
    return chunk


def _width_twin(parts: list[tuple[Glyph, str]], i: int, height: float) -> str:
    """`，` or `,` (and the other punctuation with a full- and a half-width form), from the
    room the mark takes between its neighbours' centres, in character pitches: about 1 for
    a full-width mark, 0.2-0.6 for a half-width one (measured on rendered scans; the
    recogniser reads about one in ten of them in the wrong width).
    """
    glyph, before, after = parts[i][0], parts[i - 1][0], parts[i + 1][0]
    pitches = [_centre(b) - _centre(a) for (a, _), (b, _) in zip(parts, parts[1:], strict=False)
               if _HAN.match(a.text) and _HAN.match(b.text)]
    em = median(pitches) if len(pitches) >= 3 else EM_PER_HEIGHT * height
    room = (_centre(after) - _centre(before)) / em - (_cell(before.text) + _cell(after.text)) / 2
    half, wide = (glyph.text, WIDTH_TWINS[glyph.text]) if glyph.text.isascii() else (WIDTH_TWINS[glyph.text], glyph.text)
    return wide if room >= FULL_WIDTH_ROOM else half


def _cell(text: str) -> float:
    """Advance of a glyph in character pitches: ASCII is about half as wide as Chinese."""
    return 0.55 * len(text) if text.isascii() else float(len(text))


def _centre(glyph: Glyph) -> float:
    return (glyph.x0 + glyph.x1) / 2


def _double_dash(parts: list[tuple[Glyph, str]], i: int, columns: Any, x0: int, height: float) -> bool:
    """Is the dash at `i` printed two characters long (——, read as one — or 一)?

    No Chinese character has one unbroken stroke that long, so a continuous ink run of
    more than 1.5 glyph heights through the dash is the double dash of a range or a
    subtitle.
    """
    if any(0 <= j < len(parts) and parts[j][0].text in DASHES for j in (i - 1, i + 1)):
        return False
    glyph = parts[i][0]
    filled = columns.tolist()
    centre = int(_centre(glyph)) - x0
    if not 0 <= centre < len(filled) or not filled[centre]:
        return False
    left = right = centre
    while left > 0 and filled[left - 1]:
        left -= 1
    while right + 1 < len(filled) and filled[right + 1]:
        right += 1
    return right - left + 1 >= 1.5 * height


def spaces(width: float, height: float) -> str:
    """Spaces for a blank `width` pixels wide between glyphs `height` tall.

    Measured on rendered Chinese text: neighbouring characters leave up to 0.3 glyph
    heights blank, one space adds about 0.27.
    """
    return " " * min(MAX_SPACES, max(1, round((width / height - 0.15) / 0.27)))


def _glyph_spans(text: str, glyphs: list[Glyph]) -> list[tuple[Glyph, str]] | None:
    """Each glyph with its text and the white space the recogniser put before it."""
    out, pos = [], 0
    for glyph in glyphs:
        start = pos
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text[pos:pos + len(glyph.text)] != glyph.text:
            return None
        pos += len(glyph.text)
        out.append((glyph, text[start:pos]))
    return out if pos == len(text.rstrip()) else None


def may_space(ch: str) -> bool:
    """Can a blank next to this character be a space? Not next to full-width punctuation,
    whose glyph leaves half its cell blank."""
    return not ch.isspace() and not _FULL_PUNCT.match(ch)
