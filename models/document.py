"""The document model every parser emits.

A document is a sequence of blocks; its text is the blocks joined by newlines, so a
block's offsets are offsets into `Document.text`. Normalisation rewrites block texts
and rebuilds the document with `Document.from_blocks`, which keeps offsets exact.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table_row"]


@dataclass(frozen=True)
class Block:
    """One line-level unit of a document: a heading, a paragraph or a table row.

    Table rows hold their cells joined by a tab, so that line-based rules still see them.
    """

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    page: int | None = None


@dataclass(frozen=True)
class Table:
    """A table as rows of cell texts, with the page it starts on."""

    rows: list[list[str]]
    page: int | None = None


@dataclass(frozen=True)
class SourceInfo:
    """Where a document came from; mirrors the record's `source` object."""

    path: str
    filename: str
    format: str
    sha256: str
    encoding: str | None = None
    pages: int | None = None
    ocr: bool = False


@dataclass(frozen=True)
class Document:
    """A parsed document: text, blocks with offsets, tables, pages and warnings."""

    text: str
    blocks: list[Block]
    tables: list[Table]
    source: SourceInfo
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_blocks(
        cls,
        blocks: list[Block],
        source: SourceInfo,
        tables: list[Table] | None = None,
        warnings: list[str] | None = None,
    ) -> Document:
        """Join block texts with newlines and give each block its offsets."""
        placed: list[Block] = []
        pos = 0
        for block in blocks:
            end = pos + len(block.text)
            placed.append(replace(block, start=pos, end=end))
            pos = end + 1
        text = "\n".join(b.text for b in placed)
        return cls(text, placed, list(tables or []), source, list(warnings or []))

    def page_at(self, offset: int) -> int | None:
        """Page number of the block holding `offset` (None for formats without pages)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            block = self.blocks[mid]
            if offset < block.start:
                hi = mid - 1
            elif offset > block.end:
                lo = mid + 1
            else:
                return block.page
        return None
