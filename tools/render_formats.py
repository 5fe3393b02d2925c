"""Render text documents into every format an archive holds, for parity tests and scores.

`render_corpus(txts, out_root)` writes each text as .docx, .pdf, .html, .doc (through
LibreOffice) and a scanned PDF (image only), one folder per format, keeping the file
stem so the scorer matches each record with its gold answer.

    python tools/render_formats.py ../shared/eval/dev/docs /tmp/formats
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Renderer = Callable[[Sequence[str], Path], Any]


def _renderers() -> dict[str, tuple[str, Renderer]]:
    from tools.make_html import render_html
    from tools.make_legacy import render_legacy
    from tools.make_samples import render_docx, render_pdf
    from tools.make_scans import render_scan

    return {
        "docx": (".docx", render_docx),
        "pdf": (".pdf", render_pdf),
        "html": (".html", render_html),
        "doc": (".doc", render_legacy),
        "scan": (".pdf", render_scan),
    }


FORMATS = ("docx", "pdf", "html", "doc", "scan")


def render_corpus(txts: Sequence[Path], out_root: Path, formats: Sequence[str] = FORMATS) -> dict[str, Path]:
    """Folder per format holding every text rendered in it (existing files are reused)."""
    table = _renderers()
    folders: dict[str, Path] = {}
    for fmt in formats:
        suffix, render = table[fmt]
        folder = out_root / fmt
        folder.mkdir(parents=True, exist_ok=True)
        for txt in txts:
            target = folder / (txt.stem + suffix)
            if not target.exists():
                render(txt.read_text(encoding="utf-8").splitlines(), target)
        folders[fmt] = folder
    return folders


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print(__doc__)
        return 2
    src, out = Path(args[0]), Path(args[1])
    formats = args[2].split(",") if len(args) > 2 else FORMATS
    for fmt, folder in render_corpus(sorted(src.glob("*.txt")), out, formats).items():
        print(f"{fmt}: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
