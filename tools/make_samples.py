"""Render the plain-text dev documents as .docx and .pdf, the way offices publish them.

Real documents arrive as Word files and PDFs; rendering the same texts in those formats
lets us check that a document gives the same record whatever its format. The .docx uses
real Word automatic numbering for "一、", "（一）" and "1." when the sequence in the text is
one Word would produce (otherwise the label stays literal text); the .pdf is written by
fpdf2 with an embedded CJK font, wrapping lines the way Word does (CJK anywhere, Latin
words whole, no closing punctuation at a line start) and indenting first lines.

Outputs are deterministic (fixed dates, ids and zip timestamps) so re-runs do not churn git.

    .venv/bin/python tools/make_samples.py [data/raw]
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/simsun.ttc",
]
FONT_PACKAGE = "fonts-wqy-zenhei"
_CN = "一二三四五六七八九十"
# (level, pattern of the label at the start of a line, Word number format, lvlText)
LIST_LEVELS = [
    (0, re.compile(rf"^([{_CN}]+)、"), "chineseCounting", "%1、"),
    (1, re.compile(rf"^（([{_CN}]+)）"), "chineseCounting", "（%2）"),
    (2, re.compile(r"^(\d{1,2})\.(?!\d)"), "decimal", "%3."),
]
CLOSERS = set("，。、；：！？）》」』”’,.;:!?)]%")


class FontMissing(RuntimeError):
    """No CJK font on this machine: PDFs of Chinese text cannot be written."""


def find_cjk_font(candidates: Iterable[str] = FONT_CANDIDATES) -> Path:
    """The first CJK font found among common system paths."""
    for name in candidates:
        if Path(name).is_file():
            return Path(name)
    raise FontMissing(
        "no CJK font found (looked in: " + ", ".join(candidates) + "); "
        f"install one, e.g. `apt-get install {FONT_PACKAGE}` (Debian package {FONT_PACKAGE})"
    )


# ---------------------------------------------------------------- planning


@dataclass(frozen=True)
class Para:
    """A text line; `num` = (list instance, level, text after the label) when auto-numbered."""

    text: str
    num: tuple[int, int, str] | None = None
    heading: bool = False
    index: int = 0


@dataclass(frozen=True)
class Grid:
    """A run of tab-separated lines, rendered as a table."""

    rows: list[list[str]]


@dataclass(frozen=True)
class Gap:
    """A blank line."""


Item = Para | Grid | Gap


def chinese_value(label: str) -> int | None:
    """Value of a Chinese counting numeral as Word writes it (一 … 九十九)."""
    from parsers._numbering import chinese_count

    table = {chinese_count(i): i for i in range(1, 100)}
    return table.get(label)


class ListPlanner:
    """Decides which numbered lines Word's counters would reproduce.

    It simulates Word's counters for the current list instance: a label equal to the next
    counter value is auto-numbered; a 1 where the counter expects more starts a new
    instance (a restarted list); any other value stays literal text.
    """

    def __init__(self) -> None:
        self.instances = 0
        self.counts: list[int] = [0, 0, 0]

    def plan(self, line: str) -> tuple[int, int, str] | None:
        for level, pattern, fmt, _text in LIST_LEVELS:
            m = pattern.match(line)
            if not m:
                continue
            value = int(m.group(1)) if fmt == "decimal" else chinese_value(m.group(1))
            if value is None:
                return None
            return self._place(level, value, line[m.end():])
        return None

    def _place(self, level: int, value: int, rest: str) -> tuple[int, int, str] | None:
        if self.instances and value == self.counts[level] + 1:
            pass
        elif value == 1:
            self.instances += 1
            self.counts = [0, 0, 0]
        else:
            return None
        self.counts[level] = value
        for deeper in range(level + 1, len(self.counts)):
            self.counts[deeper] = 0
        return self.instances, level, rest


def plan(lines: Sequence[str], headings: Iterable[int] = ()) -> list[Item]:
    """Lines → paragraphs (with list numbering decided), tables and blank gaps."""
    heads = set(headings)
    planner = ListPlanner()
    items: list[Item] = []
    rows: list[list[str]] = []
    for i, line in enumerate(lines):
        if "\t" in line and line.strip(" "):
            rows.append([cell.strip() for cell in line.split("\t")])
            continue
        if rows:
            items.append(_grid(rows))
            rows = []
        if not line.strip():
            items.append(Gap())
        else:
            items.append(Para(line.rstrip(), planner.plan(line), i in heads, i))
    if rows:
        items.append(_grid(rows))
    return items


def _grid(rows: list[list[str]]) -> Grid:
    width = max(len(r) for r in rows)
    return Grid([r + [""] * (width - len(r)) for r in rows])


# ---------------------------------------------------------------- docx


def _numbering_xml(abstract_id: int) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for level, _p, fmt, text in LIST_LEVELS
    )
    return f'<w:abstractNum {_ns()} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'


def _ns() -> str:
    from docx.oxml.ns import nsdecls

    return str(nsdecls("w"))


def _add_list_instances(document: Any, count: int) -> dict[int, int]:
    """One abstract list and one w:num per planned instance; instance → numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    root = document.part.numbering_part.element
    used = [int(x) for x in root.xpath("./w:abstractNum/@w:abstractNumId | ./w:num/@w:numId")]
    base = max(used, default=0) + 1
    first_num = root.find(qn("w:num"))
    ids: dict[int, int] = {}
    for k in range(1, count + 1):
        absn = parse_xml(_numbering_xml(base + k))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            root.append(absn)
        root.append(parse_xml(
            f'<w:num {_ns()} w:numId="{base + k}"><w:abstractNumId w:val="{base + k}"/></w:num>'))
        ids[k] = base + k
    return ids


def _number_paragraph(paragraph: Any, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:numPr {_ns()}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def render_docx(lines: Sequence[str], out_path: Path, headings: Iterable[int] = ()) -> Path:
    """Write `lines` as a .docx: Word lists for consistent numbering, tab runs as tables."""
    import docx

    items = plan(lines, headings)
    document = docx.Document()
    instances = max((it.num[0] for it in items if isinstance(it, Para) and it.num), default=0)
    num_ids = _add_list_instances(document, instances)
    for item in items:
        if isinstance(item, Para):
            style = "Heading 1" if item.heading else None
            paragraph = document.add_paragraph(style=style)
            if item.num:
                _number_paragraph(paragraph, num_ids[item.num[0]], item.num[1])
                paragraph.add_run(item.num[2])
            else:
                paragraph.add_run(item.text)
        elif isinstance(item, Grid):
            _docx_table(document, item)
    _fix_core_properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    out_path.write_bytes(_stable_zip(buffer.getvalue()))
    return out_path


def _docx_table(document: Any, grid: Grid) -> None:
    table = document.add_table(rows=len(grid.rows), cols=len(grid.rows[0]))
    table.style = "Table Grid"
    for row, cells in zip(table.rows, grid.rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def _fix_core_properties(document: Any) -> None:
    props = document.core_properties
    naive = FIXED_DATE.replace(tzinfo=None)
    props.created = naive
    props.modified = naive
    props.last_printed = naive
    props.revision = 1
    props.author = "lifelong"
    props.last_modified_by = "lifelong"


def _stable_zip(data: bytes) -> bytes:
    """Same archive with fixed member timestamps, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- pdf


@dataclass(frozen=True)
class PdfStyle:
    """Page geometry in points (A4, margins close to the 公文 standard)."""

    size: float = 12.0
    leading: float = 1.6
    left: float = 79.0
    right: float = 74.0
    top: float = 90.0
    bottom: float = 80.0


def wrap(measure: Any, text: str, width: float, indent: float = 0.0) -> list[str]:
    """Greedy Word-like wrapping: CJK anywhere, ASCII words whole, no closer at a line start."""
    tokens = re.findall(r"[!-~]+|\s|[^\s!-~]", text)
    lines: list[list[str]] = [[]]
    room = width - indent
    for tok in tokens:
        cur = lines[-1]
        if not cur and tok.isspace() and len(lines) > 1:
            continue
        if cur and measure("".join(cur) + tok) > room and not tok.isspace():
            carry = [cur.pop()] if tok in CLOSERS and len(cur) > 1 else []
            lines.append(carry)
            room = width
        lines[-1].append(tok)
    return ["".join(chars).rstrip() for chars in lines]


def _pdf_class() -> Any:
    from fpdf import FPDF

    class SamplePdf(FPDF):  # type: ignore[misc]
        """FPDF with an optional running header and a 公文-style page number footer."""

        header_text: str | None = None
        page_numbers: bool = True

        def header(self) -> None:
            if self.header_text:
                self.set_font("cjk", size=9)
                self.set_xy(self.l_margin, 40)
                self.cell(self.epw, 12, self.header_text, align="C")
            self.set_xy(self.l_margin, self.t_margin)  # the body starts below the header

        def footer(self) -> None:
            if self.page_numbers:
                self.set_font("cjk", size=10)
                self.set_xy(self.l_margin, self.h - 50)
                self.cell(self.epw, 12, f"- {self.page_no()} -", align="C")

    return SamplePdf


def render_pdf(
    lines: Sequence[str],
    out_path: Path,
    *,
    font: Path | None = None,
    header: str | None = None,
    page_numbers: bool = True,
    fake_bold: Iterable[int] = (),
    style: PdfStyle = PdfStyle(),
) -> Path:
    """Write `lines` as a PDF; lines listed in `fake_bold` are drawn twice, 0.3pt apart."""
    import logging

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    pdf = _pdf_class()(unit="pt", format="A4")
    pdf.header_text, pdf.page_numbers = header, page_numbers
    pdf.set_margins(style.left, style.top, style.right)
    pdf.set_auto_page_break(True, margin=style.bottom)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("lifelong make_samples")
    pdf.add_font("cjk", fname=str(font or find_cjk_font()))
    pdf.add_page()
    bold = set(fake_bold)
    for item in plan(lines):
        if isinstance(item, Para):
            _pdf_para(pdf, item, style, item.index in bold)
        elif isinstance(item, Grid):
            _pdf_table(pdf, item, style)
        else:
            pdf.set_y(pdf.get_y() + style.size * 0.5)
    pdf.output(str(out_path))
    return out_path


def _new_page_if_full(pdf: Any, needed: float, style: PdfStyle) -> None:
    if pdf.get_y() + needed > pdf.h - style.bottom:
        pdf.add_page()
        pdf.set_font("cjk", size=style.size)


def _pdf_para(pdf: Any, para: Para, style: PdfStyle, fake_bold: bool) -> None:
    """A paragraph: first line indented two characters, continuation lines flush left."""
    size = style.size * (1.3 if para.heading else 1.0)
    pdf.set_font("cjk", size=size)
    height = size * style.leading
    indent = 2 * size
    text = para.text.replace("\xa0", " ")
    for i, line in enumerate(wrap(pdf.get_string_width, text, pdf.epw, indent)):
        _new_page_if_full(pdf, height, style)
        pdf.set_font("cjk", size=size)
        x, y = pdf.l_margin + (indent if i == 0 else 0), pdf.get_y()
        for dx in (0.0, 0.3) if fake_bold else (0.0,):
            pdf.set_xy(x + dx, y)
            pdf.cell(text=line, h=height)
        pdf.set_xy(pdf.l_margin, y + height)


def _pdf_table(pdf: Any, grid: Grid, style: PdfStyle) -> None:
    """A ruled table (pdfplumber finds tables by their rules), rows kept whole across pages."""
    pdf.set_font("cjk", size=style.size * 0.9)
    height = style.size * style.leading
    _new_page_if_full(pdf, height * 2, style)
    pdf.set_font("cjk", size=style.size * 0.9)
    with pdf.table(
        first_row_as_headings=False, repeat_headings=0, line_height=height,
        text_align="LEFT", borders_layout="ALL",
    ) as table:
        for cells in grid.rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.set_y(pdf.get_y() + style.size * 0.5)

# ---------------------------------------------------------------- main


def read_lines(path: Path) -> list[str]:
    """Lines of a text file, decoded like the text parser decodes it."""
    from parsers.text import decode

    text, _enc = decode(path.read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0]) if args else ROOT / "data" / "raw"
    try:
        font = find_cjk_font()
    except FontMissing as exc:
        print(f"make_samples: {exc}", file=sys.stderr)
        return 2
    for txt in sorted(folder.glob("*.txt")):
        lines = read_lines(txt)
        render_docx(lines, txt.with_suffix(".docx"))
        render_pdf(lines, txt.with_suffix(".pdf"), font=font)
        print(f"wrote {txt.with_suffix('.docx').name} and {txt.with_suffix('.pdf').name}")
    return 0


__all__ = ["FontMissing", "find_cjk_font", "plan", "render_docx", "render_pdf", "read_lines"]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
