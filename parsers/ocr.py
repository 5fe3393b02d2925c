"""OCR of scanned pages and images (Tesseract, Chinese + English, fully offline).

Many offices publish a notice as a scan: an image, or a PDF whose pages are images
(sometimes with a broken text layer on top). Pages are rendered to 300 dpi grayscale,
read by Tesseract into positioned lines, repaired (`parsers.ocr_repair`), and then go
through the same layout steps as text-layer PDF lines (running heads dropped, wrapped
lines joined, larger lines marked as headings), so a scan gives the lines of its text.

Every OCR'd document has `source.ocr = True` and one warning per page
`ocr_confidence:page=<n>:<0..1>` (mean word confidence weighted by characters), so a
researcher can filter out records read from poor scans.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models import Block, Document, EmptyDocument
from parsers._pdf_layout import Line, mark_headings, strip_running
from parsers._raster import page_count, render_page
from parsers._tesseract import parse_tsv, run_tsv
from parsers.ocr_layout import build_line, join_lines, normalize_page, snap_sizes, text_width
from parsers.ocr_repair import repair_ocr_text
from parsers.registry import source_info
from parsers.text import plausibility

DPI = 200  # measured: as accurate as 300 on 200-300 dpi scans, 1.4x faster
WORKERS_ENV = "LIFELONG_OCR_WORKERS"
SMALL_IMAGE = 1000  # longest side (pixels) below which an image is upscaled twice; larger only hurts
_CID = re.compile(r"\(cid:\d+\)")
_PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


@dataclass
class OcrPage:
    """One OCR'd page: lines in points (like a PDF page) and their confidences (0-1)."""

    number: int
    width: float
    height: float
    lines: list[Line]
    confidences: list[float]

    @property
    def confidence(self) -> float:
        """Mean line confidence weighted by characters (0 for a page without text)."""
        weights = [len(x.text) for x in self.lines]
        if not sum(weights):
            return 0.0
        return sum(c * w for c, w in zip(self.confidences, weights, strict=True)) / sum(weights)

    def texts(self) -> list[tuple[str, float]]:
        """(line text, confidence) pairs in reading order."""
        return [(x.text, c) for x, c in zip(self.lines, self.confidences, strict=True)]


def ocr_image(image: Any, *, page: int = 1, dpi: float | None = None, lang: str | None = None) -> OcrPage:
    """OCR one image: PNG/JPEG/TIFF bytes, a path, or a PIL image."""
    from PIL import Image  # lazy: only for images

    img = image if isinstance(image, Image.Image) else Image.open(_as_file(image))
    dpi = float(dpi or _image_dpi(img))
    gray = img.convert("L")
    if max(gray.size) < SMALL_IMAGE:  # screenshots: characters too small for Tesseract
        gray = gray.resize((gray.width * 2, gray.height * 2), Image.Resampling.LANCZOS)
        dpi *= 2
    work = Path(tempfile.mkdtemp(prefix="lifelong-ocr-"))
    try:
        png = work / "page.png"
        gray.save(png)
        return _read_png(png, page, dpi, lang, gray.size)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _as_file(image: bytes | str | Path) -> Any:
    import io

    return io.BytesIO(image) if isinstance(image, bytes | bytearray) else str(image)


def _image_dpi(img: Any) -> float:
    """The resolution stored in the image, if plausible for a scan; else 300."""
    value = img.info.get("dpi")
    try:
        dpi = float(value[0]) if value else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    return dpi if 100 <= dpi <= 1200 else float(DPI)


def _read_png(png: Path, number: int, dpi: float, lang: str | None, size: tuple[int, int]) -> OcrPage:
    import numpy  # lazy: installed with pandas/pdfplumber
    from PIL import Image

    scale = 72.0 / dpi
    with Image.open(png) as img:
        ink = numpy.asarray(img.convert("L")) < 128
    lines: list[Line] = []
    confidences: list[float] = []
    for row in parse_tsv(run_tsv(png, lang)):
        built = build_line(row, number, scale, ink)
        if built is not None:
            lines.append(built[0])
            confidences.append(built[1])
    order = sorted(range(len(lines)), key=lambda i: (lines[i].top, lines[i].x0))
    return OcrPage(number, size[0] * scale, size[1] * scale,
                   [lines[i] for i in order], [confidences[i] for i in order])


def ocr_pdf(source: Path | bytes, *, pages: Sequence[int] | None = None, dpi: int = DPI,
            lang: str | None = None) -> list[OcrPage]:
    """OCR the given pages (1-based; all by default) of a PDF, pages in parallel."""
    work = Path(tempfile.mkdtemp(prefix="lifelong-ocr-"))
    try:
        pdf = work / "in.pdf"
        pdf.write_bytes(source if isinstance(source, bytes) else Path(source).read_bytes())
        numbers = list(pages) if pages is not None else list(range(1, page_count(pdf) + 1))

        def one(number: int) -> OcrPage:
            png = render_page(pdf, number, dpi, work)
            from PIL import Image

            with Image.open(png) as img:
                size = img.size
            return _read_png(png, number, dpi, lang, size)

        return run_parallel(one, numbers)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_parallel(func: Any, items: Sequence[Any]) -> list[OcrPage]:
    """`func` over items in threads (each runs a subprocess), results in input order."""
    workers = min(len(items), int(os.environ.get(WORKERS_ENV) or os.cpu_count() or 1)) or 1
    if workers == 1:
        return [func(x) for x in items]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))


def ocr_blocks(pages: list[OcrPage]) -> list[Block]:
    """Blocks (with page numbers) of OCR'd pages: running heads out, wrapped lines joined."""
    kept = strip_running([p.lines for p in pages], [p.height for p in pages])
    width = text_width(kept)
    for lines in kept:
        normalize_page(lines, width)
    flat = [x for lines in kept for x in lines]
    snap_sizes(flat)
    joined = join_lines(flat, width)
    mark_headings(joined)
    return [Block(x.kind, _repair_joined(x), page=x.page) for x in joined]  # type: ignore[arg-type]


def _repair_joined(line: Line) -> str:
    """Repairs again once wrapped lines are joined (a comma may now sit before Chinese)."""
    if line.kind == "table_row":
        return "\t".join(repair_ocr_text(cell, cjk_spaces=False) for cell in line.text.split("\t"))
    return repair_ocr_text(line.text, cjk_spaces=False)


def confidence_warnings(pages: Iterable[OcrPage]) -> list[str]:
    return [f"ocr_confidence:page={p.number}:{p.confidence:.2f}" for p in pages]


def ocr_document(path: Path, data: bytes, pages: list[OcrPage], container: str | None = None,
                 page_total: int | None = None) -> Document:
    """A document from OCR'd pages; format "pdf", `ocr=True`, confidences as warnings."""
    blocks = ocr_blocks(pages)
    if not any(b.text.strip() for b in blocks):
        raise EmptyDocument("OCR found no text on the page images")
    warnings = confidence_warnings(pages) + ([f"source_container:{container}"] if container else [])
    source = source_info(path, data, "pdf", pages=page_total or len(pages), ocr=True)
    return Document.from_blocks(blocks, source, warnings=warnings)


def parse_scanned_pdf(path: Path, data: bytes) -> Document:
    """A whole PDF read by OCR (for PDFs with no usable text layer on any page)."""
    return ocr_document(path, data, ocr_pdf(data))


def text_layer_unusable(text: str, image_count: int = 1) -> bool:
    """Is a page's text layer missing or broken, so that the page needs OCR?

    Broken means: almost no characters on a page that has images (a scan), runs of
    `(cid:N)` placeholders (a font without a Unicode map), private-use code points, or
    text that does not look like Chinese office text at all (mojibake).
    """
    body = re.sub(r"\s+", "", text)
    if len(body) < 20:
        return image_count > 0
    cids = sum(len(m) for m in _CID.findall(body))
    if cids > 0.1 * len(body) or len(_PUA.findall(body)) > 0.1 * len(body):
        return True
    return plausibility(body) < 0.8


__all__ = [
    "OcrPage", "confidence_warnings", "ocr_blocks", "ocr_document", "ocr_image", "ocr_pdf",
    "parse_scanned_pdf", "text_layer_unusable",
]
