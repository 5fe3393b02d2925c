"""What every extractor sees and returns.

An extractor is a pure function `(Context) -> Fields`. It reads the normalised
document and the fields earlier extractors found (`ctx.fields`), and returns only the
fields it owns. Evidence is built with `ctx.evidence(start, end)`, which guarantees the
snippet equals the normalised text at those offsets.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from models import Document, Evidence


@dataclass
class Context:
    """One document under extraction, with the fields found so far."""

    doc: Document
    fields: dict[str, Any] = field(default_factory=dict)
    evidence_map: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end], with the page it lies on."""
        start = max(0, start)
        end = min(len(self.text), max(start, end))
        return Evidence(self.text[start:end], start, end, self.doc.page_at(start))

    def match_evidence(self, match: re.Match[str], group: int | str = 0) -> Evidence:
        """Evidence for a regex match (or one of its groups) over `ctx.text`."""
        return self.evidence(match.start(group), match.end(group))

    def lines(self) -> Iterator[tuple[int, str]]:
        """(offset, text) of every block, in document order."""
        for block in self.doc.blocks:
            yield block.start, block.text

    @property
    def year(self) -> int | None:
        """The year the document's context gives (campaign year, else issue year)."""
        year = self.fields.get("context_year") or self.fields.get("campaign_year")
        return int(year) if year else None


@dataclass
class Fields:
    """What one extractor returns: field values, evidence per scalar field, warnings."""

    values: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def set(self, name: str, value: Any, evidence: Evidence | None = None) -> None:
        self.values[name] = value
        if evidence is not None and value not in (None, "", []):
            self.evidence[name] = evidence


Extractor = Callable[[Context], Fields]
