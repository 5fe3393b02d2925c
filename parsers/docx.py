"""Word .docx: paragraphs and tables in document order, with Word's list labels restored.

The body XML is walked directly (w:p, w:tbl, content controls) rather than through
python-docx's separate paragraph and table lists, so a table stays where it was written.
Each table row becomes one `table_row` block (cells joined by a tab) plus a `models.Table`;
a one-column table is layout (a frame around a letter) and is read as paragraphs.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import Block, CorruptFile, Document, EncryptedFile, Table
from parsers._numbering import Counters, Numbering, W
from parsers._zipguard import check_zip
from parsers.registry import register, source_info

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_HEADING_NAME = re.compile(r"^(heading\s*\d|title|标题\s*\d?)$", re.IGNORECASE)
_SKIP = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", _MC_FALLBACK, W + "instrText"}


@dataclass(frozen=True)
class StyleInfo:
    """What a paragraph style contributes: heading-ness and inherited list numbering."""

    heading: bool = False
    num: tuple[str, int] | None = None


def _open(data: bytes) -> Any:
    """python-docx document, with typed errors for encrypted and broken files."""
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise EncryptedFile("the .docx is password-protected")
        raise CorruptFile("an OLE compound file (legacy .doc?) named .docx")
    check_zip(data)  # refuse a zip bomb before python-docx inflates it
    try:
        import docx  # python-docx; lazy: heavy import

        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptFile(f"not a readable .docx: {exc}") from exc
    except Exception as exc:
        if type(exc).__name__ == "PackageNotFoundError":
            raise CorruptFile(f"not a readable .docx: {exc}") from exc
        raise


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id = num_pr.find(W + "numId")
    ilvl = num_pr.find(W + "ilvl")
    if num_id is None:
        return None
    return num_id.get(W + "val", "0"), int(ilvl.get(W + "val", "0")) if ilvl is not None else 0


def _outline_heading(ppr: Any) -> bool:
    lvl = ppr.find(W + "outlineLvl") if ppr is not None else None
    return lvl is not None and lvl.get(W + "val", "9").isdigit() and int(lvl.get(W + "val", "9")) < 9


def style_table(styles_root: Any) -> dict[str, StyleInfo]:
    """styleId → StyleInfo, following basedOn chains."""
    raw: dict[str, tuple[str, str | None, Any]] = {}
    for st in styles_root.findall(W + "style"):
        name = st.find(W + "name")
        based = st.find(W + "basedOn")
        raw[st.get(W + "styleId", "")] = (
            name.get(W + "val", "") if name is not None else "",
            based.get(W + "val") if based is not None else None,
            st.find(W + "pPr"),
        )

    def resolve(sid: str, depth: int = 0) -> StyleInfo:
        if sid not in raw or depth > 20:
            return StyleInfo()
        name, based, ppr = raw[sid]
        parent = resolve(based, depth + 1) if based else StyleInfo()
        heading = bool(_HEADING_NAME.match(name.strip())) or _outline_heading(ppr) or parent.heading
        return StyleInfo(heading, _num_pr(ppr) or parent.num)

    return {sid: resolve(sid) for sid in raw}


@dataclass
class BodyReader:
    """Walks body XML in order and collects blocks and tables."""

    counters: Counters
    styles: dict[str, StyleInfo]
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def walk(self, parent: Any) -> None:
        for child in parent:
            if child.tag == W + "p":
                self.paragraph(child)
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins"):
                self.walk(child)

    def paragraph(self, p: Any) -> None:
        for line_kind, line in self.paragraph_lines(p):
            self.blocks.append(Block(line_kind, line))  # type: ignore[arg-type]

    def paragraph_lines(self, p: Any) -> list[tuple[str, str]]:
        """(kind, text) of each non-blank line of a paragraph, text boxes first."""
        boxes: list[Any] = []
        text = _text(p, boxes)
        out: list[tuple[str, str]] = []
        for box in boxes:
            for child in box.iter(W + "p"):
                out.extend(self.paragraph_lines(child))
        ppr = p.find(W + "pPr")
        style = self.styles.get(_val(ppr, "pStyle") or "", StyleInfo())
        num = _num_pr(ppr) or style.num
        label = self.counters.label(*num) if num else ""
        kind = "heading" if style.heading or _outline_heading(ppr) else "paragraph"
        lines = (label + text).split("\n")
        out.extend((kind, line.rstrip()) for line in lines if line.strip())
        return out

    def cell_text(self, tc: Any) -> str:
        parts: list[str] = []
        for child in tc:
            if child.tag == W + "p":
                parts.extend(line for _kind, line in self.paragraph_lines(child))
            elif child.tag == W + "tbl":
                parts.extend(" ".join(cells) for cells in self.rows(child))
        return " ".join(p.strip() for p in parts).replace("\t", " ")

    def rows(self, tbl: Any) -> list[list[str]]:
        out: list[list[str]] = []
        for tr in tbl.iter(W + "tr"):
            if tr.getparent() is not tbl and tr.getparent().getparent() is not tbl:
                continue  # rows of nested tables are read with their cell
            cells = [tc for tc in tr.iter(W + "tc") if _owner_row(tc) is tr]
            out.append([("" if _continues_merge(tc) else self.cell_text(tc)) for tc in cells])
        return out

    def table(self, tbl: Any) -> None:
        if _is_layout(tbl):
            for tr in tbl.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    self.walk(tc)
            return
        rows = self.rows(tbl)
        self.tables.append(Table(rows))
        for cells in rows:
            if any(c.strip() for c in cells):
                self.blocks.append(Block("table_row", "\t".join(cells)))


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


def _owner_row(tc: Any) -> Any:
    node = tc.getparent()
    while node is not None and node.tag != W + "tr":
        node = node.getparent()
    return node


def _continues_merge(tc: Any) -> bool:
    """A cell continuing a vertical merge: its text belongs to the cell above."""
    tcpr = tc.find(W + "tcPr")
    vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
    return vmerge is not None and vmerge.get(W + "val", "continue") == "continue"


def _is_layout(tbl: Any) -> bool:
    """A table whose rows have at most one cell only frames text."""
    rows = tbl.findall(W + "tr")
    return bool(rows) and all(len(tr.findall(W + "tc")) <= 1 for tr in rows)


def _text(el: Any, boxes: list[Any]) -> str:
    """Visible text of a paragraph: runs, hyperlinks, insertions, field results.

    Deleted text, field codes and the fallback copies of drawings are skipped; text
    boxes are handed back in `boxes` to be read as paragraphs of their own.
    """
    parts: list[str] = []
    for child in el:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == W + "txbxContent":
            boxes.append(child)
        elif tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_text(child, boxes))
    return "".join(parts)


def _numbering_root(part: Any) -> Any | None:
    """The w:numbering element, if the document has list definitions."""
    for rel in part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/numbering"):
            continue
        target = rel.target_part
        if hasattr(target, "element"):
            return target.element
        from lxml import etree

        return etree.fromstring(target.blob)
    return None


_PAGE_NUMBER = re.compile(r"^[\s\-—–－·第页共/0-9]*$")


def _furniture(document: Any, numbering: Numbering, styles: dict[str, StyleInfo], part: str) -> list[Block]:
    """Distinct lines of the sections' headers or footers, without bare page numbers.

    A letterhead (`X市教育局文件`) is often set in the first page's header, so header text
    leads the document; footer text (an issuing office, a print line) ends it.
    """
    seen: dict[str, Block] = {}
    for section in document.sections:
        for name in (f"first_page_{part}", part):
            area = getattr(section, name)
            if area.is_linked_to_previous and name == part and seen:
                continue
            reader = BodyReader(Counters(numbering), styles)
            reader.walk(area._element)
            for block in reader.blocks:
                if not _PAGE_NUMBER.match(block.text):
                    seen.setdefault(block.text, block)
    return list(seen.values())


def _image_count(document: Any) -> int:
    return sum(1 for rel in document.part.rels.values() if rel.reltype.endswith("/image"))


@register("docx", extensions=(".docx",))
def parse_docx(path: Path, data: bytes) -> Document:
    document = _open(data)
    numbering = Numbering.from_element(_numbering_root(document.part))
    styles = style_table(document.styles.element)
    reader = BodyReader(Counters(numbering), styles)
    reader.walk(document.element.body)
    blocks = (
        _furniture(document, numbering, styles, "header") + reader.blocks
        + _furniture(document, numbering, styles, "footer")
    )
    images = _image_count(document)
    warnings = [f"images_not_read:{images}"] if images else []
    return Document.from_blocks(blocks, source_info(path, data, "docx"), reader.tables, warnings)
