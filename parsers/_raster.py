"""PDF pages to grayscale PNG images for OCR.

poppler's `pdftoppm` runs as a separate process per page, so pages of one or many PDFs
can be rendered in parallel. Without poppler, pypdfium2 (installed with pdfplumber)
renders instead; PDFium is not thread-safe, so every call into it holds one lock.
"""
from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

from models import CorruptFile
from parsers._convert import ConversionTimeout

_PDFIUM_LOCK = threading.Lock()
RENDER_TIMEOUT = 120.0


def page_count(pdf: Path) -> int:
    """Number of pages (PDFium reads only the page tree)."""
    import pypdfium2 as pdfium  # lazy: native library

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(pdf))
        except pdfium.PdfiumError as exc:
            raise CorruptFile(f"not a readable PDF: {exc}") from exc
        try:
            return len(document)
        finally:
            document.close()


def render_page(pdf: Path, number: int, dpi: int, outdir: Path) -> Path:
    """Page `number` (1-based) as a grayscale PNG at `dpi`."""
    out = outdir / f"page-{number:05d}.png"
    exe = shutil.which("pdftoppm")
    if exe:
        _pdftoppm(exe, pdf, number, dpi, out)
    else:
        _pdfium(pdf, number, dpi, out)
    if not out.is_file():
        raise CorruptFile(f"page {number} could not be rendered")
    return out


def _pdftoppm(exe: str, pdf: Path, number: int, dpi: int, out: Path) -> None:
    cmd = [exe, "-r", str(dpi), "-gray", "-png", "-f", str(number), "-l", str(number), "-singlefile",
           str(pdf), str(out.with_suffix(""))]
    try:
        subprocess.run(cmd, capture_output=True, timeout=RENDER_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ConversionTimeout(f"rendering page {number} took longer than {RENDER_TIMEOUT:g} s") from None


def _pdfium(pdf: Path, number: int, dpi: int, out: Path) -> None:
    import pypdfium2 as pdfium  # lazy: native library

    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            bitmap = document[number - 1].render(scale=dpi / 72, grayscale=True)
            bitmap.to_pil().save(out)
        finally:
            document.close()
