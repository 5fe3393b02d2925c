"""PDF with a text layer: text per page, tables, fake bold removed, wrapped lines re-joined.

pdfplumber gives characters with positions. Per page: duplicated "fake bold" characters
(the same glyph drawn twice a fraction of a point apart) are dropped, ruled tables are
read as rows and their text kept out of the paragraphs, and the remaining characters are
grouped into visual lines. Across the document, page numbers and running heads are
removed and lines broken by the renderer are joined back, so a PDF of a text gives the
lines of that text (see `parsers._pdf_layout`).
"""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from models import Block, CorruptFile, Document, EmptyDocument, EncryptedFile, Table
from parsers._pdf_columns import reading_order
from parsers._pdf_layout import Line, join_wrapped, line_from_plumber, mark_headings, strip_running
from parsers.registry import register, source_info

_ENCRYPTED = ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning")
_CORRUPT = ("PDFSyntaxError", "PSEOF", "PSSyntaxError", "PDFNoValidXRef", "PSException", "PDFException")


def _classify(exc: BaseException) -> Exception | None:
    """Typed error for pdfminer failures (pdfplumber may wrap them)."""
    chain: list[BaseException] = [exc, *[a for a in exc.args if isinstance(a, BaseException)]]
    if exc.__cause__ is not None:
        chain.append(exc.__cause__)
    names = {type(e).__name__ for e in chain} | {b.__name__ for e in chain for b in type(e).__mro__}
    if names & set(_ENCRYPTED):
        return EncryptedFile("the PDF is password-protected")
    if names & set(_CORRUPT):
        return CorruptFile(f"not a readable PDF: {type(exc).__name__}: {exc}")
    return None


def _open(data: bytes) -> Any:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptFile("no %PDF header")
    import pdfplumber  # lazy: heavy import

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # forces the page tree, where broken files fail
        return pdf
    except Exception as exc:
        typed = _classify(exc)
        if typed is None:
            raise
        raise typed from exc


def _cell(text: str | None) -> str:
    """Cell text on one line: wrapped cell lines joined like paragraph lines."""
    from parsers._pdf_layout import join_text

    parts = [p.strip() for p in (text or "").split("\n") if p.strip()]
    out = ""
    for part in parts:
        out = join_text(out, part) if out else part
    return out.replace("\t", " ")


def _table_lines(table: Any, number: int) -> tuple[Table, list[Line]]:
    rows = [[_cell(c) for c in row] for row in table.extract()]
    lines: list[Line] = []
    for row, cells in zip(table.rows, rows, strict=False):
        x0, top, x1, bottom = row.bbox
        if any(cells):
            lines.append(Line("\t".join(cells), x0, x1, top, bottom, number, 0.0, kind="table_row", cells=cells))
    return Table(rows, number), lines


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def read_page(page: Any, number: int) -> tuple[list[Line], list[Table]]:
    """Lines and tables of one page, in reading order (top to bottom)."""
    page = page.dedupe_chars(tolerance=1)
    found = page.find_tables()
    boxes = [t.bbox for t in found]
    body = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    raws = body.extract_text_lines(return_chars=True, strip=True, keep_blank_chars=True)
    raws, columns = reading_order(raws, float(page.width))
    lines = [line_from_plumber(raw, number) for raw in raws]
    tables: list[Table] = []
    for t in found:
        table, rows = _table_lines(t, number)
        tables.append(table)
        lines.extend(rows)
    lines = [x for x in lines if x.text.strip()]
    if not columns:  # two-column pages keep the column order reading_order gave them
        lines.sort(key=lambda x: (x.top, x.x0))
    return lines, tables


@register("pdf", extensions=(".pdf",))
def parse_pdf(path: Path, data: bytes) -> Document:
    from parsers.ocr import ocr_document, ocr_pdf, ocr_warnings
    from parsers.ocr_layout import snap_sizes

    pages, tables, heights, need_ocr = _read_pages(data)
    count = len(pages)
    ocr_pages = ocr_pdf(data, pages=need_ocr) if need_ocr else []
    if ocr_pages and len(need_ocr) == count:  # every page scanned: OCR's own layout
        return ocr_document(path, data, ocr_pages, page_total=count)
    for scanned in ocr_pages:
        snap_sizes(scanned.lines)  # OCR glyph heights jitter; the joiner compares sizes
        pages[scanned.number - 1] = scanned.lines
    if not any(pages):
        raise EmptyDocument("no text found")
    lines = join_wrapped([x for page in strip_running(pages, heights) for x in page])
    mark_headings(lines)
    blocks = [Block(x.kind, _clean(x.text), page=x.page) for x in lines]  # type: ignore[arg-type]
    source = source_info(path, data, "pdf", pages=count, ocr=bool(ocr_pages))
    return Document.from_blocks(blocks, source, tables, warnings=ocr_warnings(ocr_pages))


def _read_pages(data: bytes) -> tuple[list[list[Line]], list[Table], list[float], list[int]]:
    """Text lines and tables per page, and the pages whose text layer needs OCR instead.

    A page needs OCR when it has ink but no usable text: almost no characters, `(cid:N)`
    placeholders, private-use code points or mojibake.
    """
    from parsers.ocr import text_layer_unusable

    pdf = _open(data)
    try:
        pages: list[list[Line]] = []
        tables: list[Table] = []
        need_ocr: list[int] = []
        for number, page in enumerate(pdf.pages, start=1):
            lines, page_tables = read_page(page, number)
            if text_layer_unusable(" ".join(x.text for x in lines), len(page.images)):
                lines, page_tables = [], []
                need_ocr.append(number)
            pages.append(lines)
            tables.extend(page_tables)
        heights = [float(p.height) for p in pdf.pages]
    finally:
        pdf.close()
    return pages, tables, heights, need_ocr


def _clean(text: str) -> str:
    return re.sub(r"[\r\n]+", " ", text).rstrip()
