"""Render texts as "scanned" documents: image-only PDFs (and a PNG of page 1) for OCR tests.

A text is first typeset as a normal PDF (tools/make_samples.render_pdf, CJK font), each
page is rasterised, then degraded the way a scanner degrades paper: a slight rotation,
speckle noise and a little blur, all drawn from a seeded generator so the same text and
seed always give the same bytes. The pages are saved as images in a PDF without any
text layer, which is what a scanned notice looks like to a parser.

    .venv/bin/python tools/make_scans.py OUT_DIR file.txt [...]
"""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ScanStyle:
    """How the scanner treats the paper (angles in degrees, noise as a share of pixels)."""

    dpi: int = 200
    max_angle: float = 0.3
    speckles: float = 0.002
    blur: float = 0.4
    seed: int = 0


def rasterize(pdf: Path, dpi: int) -> list[Any]:
    """Pages of a PDF as grayscale PIL images."""
    from PIL import Image

    from parsers._raster import page_count, render_page

    work = Path(tempfile.mkdtemp(prefix="make-scans-"))
    try:
        images = []
        for number in range(1, page_count(pdf) + 1):
            with Image.open(render_page(pdf, number, dpi, work)) as img:
                images.append(img.convert("L"))
        return images
    finally:
        shutil.rmtree(work, ignore_errors=True)


def degrade(image: Any, rng: random.Random, style: ScanStyle) -> Any:
    """A page as a scanner returns it: rotated a little, speckled, slightly soft."""
    from PIL import ImageFilter

    angle = rng.uniform(-style.max_angle, style.max_angle)
    page = image.rotate(angle, resample=3, expand=False, fillcolor=255)
    pixels = page.load()
    width, height = page.size
    for _ in range(int(width * height * style.speckles)):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.choice((0, 96, 160))
    return page.filter(ImageFilter.GaussianBlur(style.blur)) if style.blur else page


def render_scan(lines: Sequence[str], out_pdf: Path, style: ScanStyle = ScanStyle(),
                png: Path | None = None) -> Path:
    """Write `lines` as an image-only PDF; also page 1 as a PNG when `png` is given."""
    from tools.make_samples import render_pdf

    work = Path(tempfile.mkdtemp(prefix="make-scans-"))
    try:
        typeset = render_pdf(lines, work / "typeset.pdf")
        rng = random.Random(style.seed)
        pages = [degrade(img, rng, style) for img in rasterize(typeset, style.dpi)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pages[0].save(out_pdf, "PDF", resolution=float(style.dpi), save_all=True, append_images=pages[1:])
    if png is not None:
        pages[0].save(png, dpi=(style.dpi, style.dpi))
    return out_pdf


def render_tiff(lines: Sequence[str], out_tiff: Path, style: ScanStyle = ScanStyle()) -> Path:
    """Write `lines` as a multi-page TIFF (one frame per page), as fax and scanner software do."""
    from tools.make_samples import render_pdf

    work = Path(tempfile.mkdtemp(prefix="make-scans-"))
    try:
        rng = random.Random(style.seed)
        pages = [degrade(img, rng, style) for img in rasterize(render_pdf(lines, work / "t.pdf"), style.dpi)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pages[0].save(out_tiff, save_all=True, append_images=pages[1:], dpi=(style.dpi, style.dpi),
                  compression="tiff_deflate")
    return out_tiff


def main(argv: Sequence[str] | None = None) -> int:
    from tools.make_samples import FontMissing, find_cjk_font, read_lines

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: make_scans.py OUT_DIR file.txt [...]", file=sys.stderr)
        return 2
    try:
        find_cjk_font()
    except FontMissing as exc:
        print(f"make_scans: {exc}", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    for name in args[1:]:
        txt = Path(name)
        render_scan(read_lines(txt), out / f"{txt.stem}.pdf", png=out / f"{txt.stem}.png")
        print(f"wrote {txt.stem}.pdf and {txt.stem}.png")
    return 0


__all__ = ["ScanStyle", "degrade", "rasterize", "render_scan", "render_tiff"]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
