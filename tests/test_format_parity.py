"""A document's record must not depend on its format (apart from source fields and pages).

Synthetic texts are rendered to .docx and .pdf and must parse back to the same lines;
the dev documents rendered by tools/make_samples (data/raw/<stem>.{txt,docx,pdf}) must
give the same records.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parsers import parse_file
from tests.fixtures_docs import (
    NEWS,
    NOTICE,
    long_document,
    norm_lines,
    norm_text_lines,
    write_docx,
    write_pdf,
)

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
_IGNORED = {"doc_id", "source", "evidence", "warnings", "pages"}


def _text_file(folder: Path, lines: list[str]) -> Path:
    path = folder / "doc.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("lines", [NOTICE, NEWS, long_document(pages=2)], ids=["notice", "news", "long"])
def test_docx_and_pdf_give_the_lines_of_the_text(tmp_path: Path, lines: list[str]) -> None:
    expected = norm_lines(parse_file(_text_file(tmp_path, lines)))
    assert expected == norm_text_lines(lines)
    assert norm_lines(parse_file(write_docx(tmp_path, lines))) == expected
    assert norm_lines(parse_file(write_pdf(tmp_path, lines))) == expected


def comparable(record: dict[str, Any]) -> Any:
    """A record without format-dependent parts: source, offsets/pages of evidence, warnings."""
    if isinstance(record, dict):
        return {k: comparable(v) for k, v in record.items() if k not in _IGNORED}
    if isinstance(record, list):
        return [comparable(v) for v in record]
    return record


def _stems() -> list[str]:
    return sorted(p.stem for p in RAW.glob("*.txt"))


@pytest.mark.parametrize("stem", _stems())
def test_dev_documents_give_the_same_record_in_every_format(stem: str) -> None:
    from pipeline.record import extract_path

    paths = [RAW / f"{stem}{ext}" for ext in (".txt", ".docx", ".pdf")]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"run tools/make_samples.py first (missing {', '.join(missing)})")
    records = [comparable(extract_path(p).to_dict()) for p in paths]
    assert records[1] == records[0], "docx record differs from txt"
    assert records[2] == records[0], "pdf record differs from txt"


def test_page_numbers_survive_extraction() -> None:
    pdf = RAW / "000_ac78932649d052bb.pdf"
    if not pdf.exists():
        pytest.skip("run tools/make_samples.py first")
    doc = parse_file(pdf)
    assert doc.source.pages and doc.source.pages > 1
    pages = [b.page or 0 for b in doc.blocks]
    assert pages == sorted(pages) and pages[0] == 1
    assert set(pages) <= set(range(1, doc.source.pages + 1)) and len(set(pages)) > doc.source.pages // 2
