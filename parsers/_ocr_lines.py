"""RapidOCR text boxes to ordered layout `Line`s, measured on the page image.

RapidOCR returns one box per detected text run, with the recognised text and rough
character boxes, but not what the layout steps need: glyph heights (its boxes are padded
by about half a line), printed white space (the recogniser drops the spaces of
`王  明` or a letter-spaced `某 某 市`), table cells, or reading order. So each box is
measured on the page's ink (rules and speckles removed) and boxes on one visual row are
joined, gaps becoming spaces (a letter-spaced letterhead stays one line, joined). In a
ruled table the rules decide: a row is what lies between two horizontal rules (a wrapped
cell stays whole), cells are the spans between vertical rules, `\t`-separated. A page
with a clear vertical gutter is read column by column. The `Line`s carry sizes in points
like a PDF text layer's lines, so `parsers.ocr.ocr_blocks` drops running heads, joins
wrapped lines and marks headings without knowing which engine read the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from parsers._pdf_layout import CLOSERS, Line, join_text
from parsers._rapidocr import TextBox
from parsers.ocr_layout import SPACE_GAP, may_space, spaced_glyphs, spaces
from parsers.ocr_repair import HAN, join_words, repair_ocr_text

RULE_LENGTH = 1.8  # box heights: straight ink runs longer than this are table/letterhead rules
SKEW_ROWS = 6  # pixels a table rule may rise or fall across the page (a scan tilted ~0.3 degrees)
ROW_OVERLAP = 0.5  # share of the smaller glyph height two boxes must share to be one row
MIDDLE = (0.3, 0.7)  # where a column gutter may lie, as shares of the page width
MIN_COLUMN_BOXES = 3
_HAN = re.compile(f"[{HAN}]")


@dataclass
class Page:
    """The page image reduced to what measuring needs (boolean arrays, True = ink)."""

    ink: Any  # dark pixels without rules and lone speckles
    rules: Any  # long straight horizontal or vertical runs (table borders, letterhead bars)
    width: int
    across: Any = None  # the horizontal rules alone, thickened by SKEW_ROWS up and down
    down: Any = None  # the vertical rules alone
    tables: dict[int, list[float]] = field(default_factory=dict)  # a table's left edge -> its column rules
    banded: dict[int, int] = field(default_factory=dict)  # id of a piece in a table row -> the table's left edge


@dataclass
class Piece:
    """A text box measured on the ink: glyph extent and height in pixels, spaced text."""

    box: TextBox
    x0: float
    x1: float
    top: float
    bottom: float
    height: float
    text: str

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2


def prepare(gray: Any, boxes: list[TextBox]) -> Page:
    """Ink and rule masks of a grayscale page (2-D uint8 array)."""
    import cv2  # lazy: installed with rapidocr
    import numpy

    dark = (gray < 128).astype(numpy.uint8)
    heights = [b.bottom - b.top for b in boxes] or [40.0]
    length = max(15, int(RULE_LENGTH * median(heights)))
    horizontal = cv2.morphologyEx(dark, cv2.MORPH_OPEN, numpy.ones((1, length), numpy.uint8))
    vertical = cv2.morphologyEx(dark, cv2.MORPH_OPEN, numpy.ones((length, 1), numpy.uint8))
    rules = numpy.logical_or(horizontal, vertical)
    edges = cv2.dilate(rules.astype(numpy.uint8), numpy.ones((3, 3), numpy.uint8)).astype(bool)
    ink = dark.astype(bool) & ~edges  # a rule's grey fringe is not a glyph's either
    neighbours = cv2.filter2D(ink.astype(numpy.uint8), -1, numpy.ones((3, 3), numpy.float32),
                              borderType=cv2.BORDER_CONSTANT)
    skewed = cv2.dilate(horizontal, numpy.ones((2 * SKEW_ROWS + 1, 1), numpy.uint8))  # a tilted rule, row-wise
    return Page(ink & (neighbours >= 2), rules, int(gray.shape[1]), skewed.astype(bool), vertical.astype(bool))


# ---------------------------------------------------------------- one box


def measure(box: TextBox, page: Page) -> Piece | None:
    """The box's glyphs on the ink: extent, glyph height, and its text with printed spaces."""
    top, bottom = max(0, int(box.top)), int(box.bottom) + 1
    left, right = max(0, int(box.x0)), int(box.x1) + 1
    band = page.ink[top:bottom, left:right]
    rows, cols = band.any(axis=1).nonzero()[0], band.any(axis=0).nonzero()[0]
    if not len(rows) or not box.text.strip():
        return None
    y0, y1 = top + int(rows[0]), top + int(rows[-1]) + 1
    x0, x1 = left + int(cols[0]), left + int(cols[-1]) + 1
    height = glyph_height(box, page.ink, top, bottom) or float(y1 - y0)
    text = spaced_glyphs(box, page.ink[y0:y1, x0:x1].any(axis=0), x0, height)
    return Piece(box, float(x0), float(x1), float(y0), float(y1), height, text)


def glyph_height(box: TextBox, ink: Any, top: int, bottom: int) -> float:
    """Median ink height of the box's Chinese characters (all characters if it has none).

    Measured per character, so a slightly rotated scan does not make a long line look
    tall, and flat glyphs (一、。) do not make it look small.
    """
    chosen = [g for g in box.glyphs if _HAN.match(g.text)] or box.glyphs
    heights = []
    for glyph in chosen:
        rows = ink[top:bottom, max(0, int(glyph.x0)):int(glyph.x1) + 1].any(axis=1).nonzero()[0]
        if len(rows):
            heights.append(float(rows[-1] - rows[0] + 1))
    if not heights:
        return 0.0
    tall = [h for h in heights if h >= 0.6 * max(heights)]
    return float(median(tall))


# ---------------------------------------------------------------- rows and columns


def rows_of(pieces: list[Piece], page: Page | None = None) -> list[list[Piece]]:
    """Pieces grouped into visual rows (top to bottom), each row left to right; in a
    ruled table, the pieces between the same two horizontal rules are one row (a cell
    may wrap over several lines)."""
    bands = table_bands(pieces, page) if page is not None and page.down is not None else {}
    rows: list[list[Piece]] = []
    for piece in sorted((p for p in pieces if id(p) not in bands), key=lambda p: p.mid):
        row = next((r for r in reversed(rows[-3:]) if _same_row(r, piece)), None)
        if row is None:
            rows.append([piece])
        else:
            row.append(piece)
    rows += _group(pieces, lambda p: bands.get(id(p))).values()
    rows.sort(key=lambda r: min(p.top for p in r))
    return [sorted(r, key=lambda p: p.x0) for r in rows]


def _same_row(row: list[Piece], piece: Piece) -> bool:
    if any(p.x0 < piece.x1 and piece.x0 < p.x1 for p in row):
        return False  # side by side only
    top, bottom = min(p.top for p in row), max(p.bottom for p in row)
    shared = min(bottom, piece.bottom) - max(top, piece.top)
    return shared >= ROW_OVERLAP * min(piece.height, median(p.height for p in row))


Table = tuple[int, int, list[tuple[int, int]]]  # left and right edge, (first, last) row of each rule


def table_bands(pieces: list[Piece], page: Page) -> dict[int, tuple[int, int]]:
    """For each piece inside a ruled table: (table's left edge, index of the rule its cell
    starts below). Pieces sharing it form one table row, as in the PDF text layer: the
    lines of a wrapped cell, and a cell merged over several rows with the first of them.
    """
    crossing = [(p, _vertical_rules(page.down[int(p.top):int(p.bottom) + 1])) for p in pieces]
    tables = _tables(crossing, page)
    out: dict[int, tuple[int, int]] = {}
    for piece, xs in crossing:
        table = next((t for t in tables if t[0] < piece.mid_x < t[1]), None)
        left = max((int(x) for x in xs if x < piece.mid_x), default=-1)
        right = min((int(x) + 1 for x in xs if x > piece.mid_x), default=-1)
        if table is None or min(left, right) < 0:
            continue
        above = [i for i, (y0, y1) in enumerate(table[2])  # the rules over this piece's own cell
                 if y0 + y1 < 2 * piece.mid and page.across[y0:y1 + 1, left:right].any(axis=0).mean() > 0.6]
        if above:
            out[id(piece)] = (table[0], above[-1])
            page.banded[id(piece)] = table[0]
    return out


def _tables(crossing: list[tuple[Piece, list[float]]], page: Page) -> list[Table]:
    """Ruled tables: where at least three vertical rules cross a piece's band. Overlapping
    spans are one table (a border may be broken near a corner or a page break); its
    column rules are all the rules its pieces meet, its row rules every horizontal rule
    over a third of its width (merged cells break some)."""
    spans: list[list[int]] = []
    for piece, xs in sorted(crossing, key=lambda c: c[1][0] if c[1] else 0):
        if len(xs) >= 3 and xs[0] < piece.mid_x < xs[-1]:
            if spans and xs[0] <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], int(xs[-1]) + 1)
            else:
                spans.append([int(xs[0]), int(xs[-1]) + 1])
    for x0, x1 in spans:
        found = sorted(x for _p, xs in crossing for x in xs if x0 <= x <= x1)
        page.tables[x0] = [x for i, x in enumerate(found) if not i or x - found[i - 1] > 2 * SKEW_ROWS]
    return [(x0, x1, _runs((page.across[:, x0:x1].mean(axis=1) > 0.3).tolist())) for x0, x1 in spans]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of True."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, on in enumerate([*flags, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def _group(pieces: list[Piece], key: Any) -> dict[Any, list[Piece]]:
    out: dict[Any, list[Piece]] = {}
    for piece in pieces:
        if key(piece) is not None:
            out.setdefault(key(piece), []).append(piece)
    return out


def gutter(pieces: list[Piece], page: Page) -> float | None:
    """x of the gap between two text columns, or None for a one-column page.

    A gutter is a band near the middle of the page that no more than a fifth of the
    boxes cross, with at least three boxes wholly on each side at the same heights, the
    left ones mostly filling their column (wrapped text, not the short cells of an
    unruled table), and no ruled line in it (a ruled table is read row by row).
    """
    if len(pieces) < 2 * MIN_COLUMN_BOXES:
        return None
    lo, hi = int(MIDDLE[0] * page.width), int(MIDDLE[1] * page.width)
    cover = [0] * (hi - lo)
    for p in pieces:
        for x in range(max(lo, int(p.x0)), min(hi, int(p.x1) + 1)):
            cover[x - lo] += 1
    least = min(cover)
    if least > 0.2 * len(pieces):
        return None
    xs = [i for i, c in enumerate(cover) if c == least]
    cut = lo + xs[len(xs) // 2]
    return float(cut) if _columns_plausible(pieces, page, cut) else None


def _columns_plausible(pieces: list[Piece], page: Page, cut: int) -> bool:
    left = [p for p in pieces if p.x1 <= cut]
    right = [p for p in pieces if p.x0 >= cut]
    if min(len(left), len(right)) < MIN_COLUMN_BOXES:
        return False
    if max(min(p.top for p in left), min(p.top for p in right)) > min(
            max(p.bottom for p in left), max(p.bottom for p in right)):
        return False  # one above the other, not side by side
    margin = min(p.x0 for p in left)
    if median(p.x1 - p.x0 for p in left) < 0.5 * (cut - margin):
        return False
    top, bottom = int(min(p.top for p in left)), int(max(p.bottom for p in left))
    return not page.rules[top:bottom, cut - 2:cut + 3].any(axis=1).mean() > 0.3


def reading_order(pieces: list[Piece], page: Page) -> list[list[Piece]]:
    """Rows in reading order: by row on one-column pages; on two-column pages, between
    boxes spanning both columns, the left column's rows, then the right column's."""
    cut = gutter(pieces, page)
    if cut is None:
        return rows_of(pieces, page)
    out: list[list[Piece]] = []
    section: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: p.top):
        if piece.x0 < cut < piece.x1:
            out += _columns(section, cut) + [[piece]]
            section = []
        else:
            section.append(piece)
    return out + _columns(section, cut)


def _columns(section: list[Piece], cut: float) -> list[list[Piece]]:
    return rows_of([p for p in section if p.x1 <= cut]) + rows_of([p for p in section if p.x0 >= cut])


# ---------------------------------------------------------------- rows to lines


def row_line(row: list[Piece], page: Page, number: int, scale: float) -> tuple[Line, float] | None:
    """One visual row as a `Line` in points and its confidence; None for noise."""
    cells = table_cells(row, page)
    texts = [repair_ocr_text(_cell_text(c), cjk_spaces=False, punctuation=False).strip() if c else ""
             for c in cells or [row]]
    text = "\t".join(texts)
    if not any(ch.isalnum() for ch in text):
        return None
    height = _row_height(row)
    first = row[0]
    line = Line(text, first.x0 * scale, max(p.x1 for p in row) * scale, min(p.top for p in row) * scale,
                (min(p.top for p in row) + height) * scale, number, height * scale,
                _first_width(first, height) * scale)
    if cells is not None:
        line.kind, line.cells = "table_row", texts
    weights = [len(p.box.text) for p in row]
    return line, sum(p.box.score * w for p, w in zip(row, weights, strict=True)) / max(1, sum(weights))


def _cell_text(pieces: list[Piece]) -> str:
    """Boxes of one cell joined: printed gaps as spaces, except in a row of single
    characters (a letterhead the detector cut letter by letter), which is joined."""
    if len(pieces) >= 3 and all(len(p.text.strip()) <= 2 for p in pieces):
        return "".join(p.text.strip() for p in pieces)
    out = pieces[0].text
    for prev, piece in zip(pieces, pieces[1:], strict=False):
        if piece.top >= prev.bottom - 0.3 * prev.height:  # the next line of a wrapped table cell
            out = join_text(out, piece.text)
            continue
        gap, height = piece.x0 - prev.x1, max(prev.height, piece.height)
        if not (may_space(out[-1:] or " ") and may_space(piece.text[:1] or " ")):
            gap -= 0.5 * height  # full-width punctuation carries a blank half of its own
        if gap >= SPACE_GAP * height:
            out += spaces(gap, height) + piece.text
        else:
            out = join_words([out, piece.text])
    return out


def table_cells(row: list[Piece], page: Page) -> list[list[Piece]] | None:
    """The row's boxes per table cell, if the row lies in a ruled table; else None.

    Cells are the spans between the vertical rules crossing the row (at least three: two
    columns), so an empty cell before the text is kept (`\tcontent`, as a PDF text
    layer or a text file gives it) and empty cells at the end are dropped. A page framed
    by a dark scanner edge on both sides has only two such rules and is not a table.
    """
    rules = max([page.tables.get(page.banded.get(id(p), -1), []) for p in row]
                + [_vertical_rules(page.down[int(p.top):int(p.bottom) + 1]) for p in row], key=len)
    if len(rules) < 3 or not rules[0] < min(p.mid_x for p in row) <= max(p.mid_x for p in row) < rules[-1]:
        return None
    cells: list[list[Piece]] = [[] for _ in rules[1:]]
    for piece in row:
        cells[max(0, sum(1 for x in rules if x < piece.mid_x) - 1)].append(piece)
    while len(cells) > 1 and not cells[-1]:
        cells.pop()
    return [[p for line in rows_of(cell) for p in line] for cell in cells]  # a wrapped cell line by line


def _vertical_rules(band: Any) -> list[float]:
    """x (pixels) of the vertical rules crossing a horizontal band of the rule mask."""
    if not band.size:
        return []
    return [(a + b) / 2 for a, b in _runs((band.mean(axis=0) > 0.6).tolist())]


def _row_height(row: list[Piece]) -> float:
    """Glyph height of the row, weighted by characters (a short stray box counts little)."""
    pairs = sorted((p.height, len(p.box.text)) for p in row)
    half, seen = sum(w for _, w in pairs) / 2, 0
    for height, weight in pairs:
        seen += weight
        if seen >= half:
            return height
    return pairs[-1][0]


def _first_width(piece: Piece, height: float) -> float:
    """Width of the row's first unbreakable token: a Latin word, or a CJK character with
    the closing punctuation glued to it (what would have fitted at the previous line's end)."""
    glyphs = piece.box.glyphs
    if not glyphs:
        return height
    end = 1
    if _ascii_word(glyphs[0].text):
        while end < len(glyphs) and _ascii_word(glyphs[end].text):
            end += 1
    while end < len(glyphs) and glyphs[end].text[:1] in CLOSERS:
        end += 1
    return max(1.0, glyphs[end - 1].x1 - piece.x0)


def _latin_heights(pieces: list[Piece]) -> list[Piece]:
    """Lines without Chinese get the glyph height their box implies on this page.

    Latin letters and digits are shorter than Chinese characters of the same size, so a
    line holding only an e-mail address or a number would look set in a smaller font
    and not be joined to the paragraph it wraps from. The detector's box height follows
    the font size for any script; its ratio to the glyph height is taken from the
    page's Chinese lines.
    """
    ratios = [p.height / (p.box.bottom - p.box.top) for p in pieces if _HAN.search(p.box.text) and p.box.bottom > p.box.top]
    if not ratios:
        return pieces
    ratio = median(ratios)
    for piece in pieces:
        if not _HAN.search(piece.box.text):
            piece.height = max(piece.height, ratio * (piece.box.bottom - piece.box.top))
    return pieces


def _ascii_word(text: str) -> bool:
    """Part of a run the renderer would not break: printable ASCII (a word, a number, `(2018-2020`)."""
    return bool(text) and all("!" <= ch <= "~" for ch in text)


def page_lines(boxes: list[TextBox], gray: Any, number: int, scale: float) -> tuple[list[Line], list[float]]:
    """Ordered lines of a page (points) and their confidences (0-1)."""
    page = prepare(gray, boxes)
    pieces = _latin_heights([p for p in (measure(b, page) for b in boxes) if p is not None])
    lines: list[Line] = []
    confidences: list[float] = []
    for row in reading_order(pieces, page):
        built = row_line(row, page, number, scale)
        if built is not None:
            lines.append(built[0])
            confidences.append(built[1])
    return lines, confidences
