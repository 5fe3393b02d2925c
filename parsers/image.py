"""Images of pages (photos and scans of notices) read by OCR.

The record schema has no image format: a scanned page is treated like a scanned PDF
(`source.format = "pdf"`, `source.ocr = True`), and the real container is kept in a
warning `source_container:image/<type>`. Every frame of a multi-page TIFF is a page.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from models import CorruptFile, Document
from parsers.ocr import OcrPage, ocr_document, ocr_image, run_parallel
from parsers.registry import register

_MIME = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff", "BMP": "image/bmp",
         "MPO": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


def _frames(data: bytes) -> tuple[str, list[Any]]:
    """(MIME type, page images) of the bytes; unreadable images are corrupt files."""
    from PIL import Image, ImageSequence, UnidentifiedImageError  # lazy: only for images

    try:
        img = Image.open(io.BytesIO(data))
        mime = _MIME.get(img.format or "", f"image/{(img.format or 'unknown').lower()}")
        frames = [frame.copy() for frame in ImageSequence.Iterator(img)]
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise CorruptFile(f"not a readable image: {exc}") from exc
    for frame in frames:  # later TIFF frames may lack the resolution tag
        frame.info.setdefault("dpi", img.info.get("dpi"))
    return mime, frames


@register("image", extensions=(".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"))
def parse_image(path: Path, data: bytes) -> Document:
    mime, frames = _frames(data)

    def one(item: tuple[int, Any]) -> OcrPage:
        return ocr_image(item[1], page=item[0])

    pages = run_parallel(one, list(enumerate(frames, start=1)))
    return ocr_document(path, data, pages, container=mime)
