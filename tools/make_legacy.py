"""Render texts as legacy word-processor files (.doc, .wps, .rtf, .odt) for fixtures.

The text is written as a .docx (tools/make_samples.render_docx, with Word list numbering
and tables) and converted by LibreOffice, so the fixtures are files LibreOffice really
wrote, not hand-made bytes. A .wps is a Word 97 .doc under the WPS extension, which is
what Kingsoft WPS saves by default in "compatible" mode. LibreOffice's RTF export writes
list labels in the ANSI code page (一、 becomes 一?), so RTF fixtures are written from a
.docx whose labels are plain text.

    .venv/bin/python tools/make_legacy.py OUT_DIR EXT file.txt [...]     (EXT: doc, wps, rtf, odt)
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {".doc": "doc:MS Word 97", ".wps": "doc:MS Word 97", ".dot": "doc:MS Word 97",
           ".rtf": "rtf", ".odt": "odt"}


def render_legacy(lines: Sequence[str], out_path: Path, timeout: float | None = None) -> Path:
    """Write `lines` in the format of `out_path`'s extension (one of TARGETS)."""
    from parsers._convert import convert_bytes
    from tools.make_samples import render_docx

    target = TARGETS.get(out_path.suffix.lower())
    if target is None:
        raise ValueError(f"unsupported legacy extension {out_path.suffix!r}; use one of {sorted(TARGETS)}")
    with tempfile.TemporaryDirectory(prefix="make-legacy-") as work:
        if target == "rtf":
            docx = plain_docx(lines, Path(work) / "source.docx")
        else:
            docx = render_docx(lines, Path(work) / "source.docx")
        out_path.write_bytes(convert_bytes(docx.read_bytes(), ".docx", target, timeout))
    return out_path


def plain_docx(lines: Sequence[str], out_path: Path) -> Path:
    """A .docx of the lines without list numbering (labels stay text); tab runs as tables."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if "\t" in line.strip(" "):
            rows.append([cell.strip() for cell in line.split("\t")])
            continue
        if rows:
            _table(document, rows)
            rows = []
        if line.strip():
            document.add_paragraph(line.rstrip())
    document.save(str(out_path))
    return out_path


def _table(document: object, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)  # type: ignore[attr-defined]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells + [""] * (width - len(cells)), strict=True):
            cell.text = text


def main(argv: Sequence[str] | None = None) -> int:
    from tools.make_samples import read_lines

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 3:
        print("usage: make_legacy.py OUT_DIR EXT file.txt [...]", file=sys.stderr)
        return 2
    out, ext = Path(args[0]), "." + args[1].lstrip(".")
    out.mkdir(parents=True, exist_ok=True)
    for name in args[2:]:
        txt = Path(name)
        render_legacy(read_lines(txt), out / f"{txt.stem}{ext}")
        print(f"wrote {txt.stem}{ext}")
    return 0


__all__ = ["TARGETS", "plain_docx", "render_legacy"]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
