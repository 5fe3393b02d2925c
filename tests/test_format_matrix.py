"""Parity across formats: every sample rendered as .docx, .pdf, .html, .doc and a scan.

Each sample text (../shared/eval dev and real when present; the project's own held-out
corpus in tests/holdout otherwise) is rendered by tools/render_formats.py. The record of
each rendering must equal the record of the text on every scored field (exact formats),
and the scorer's macro-F1 per format must stay near the text's: within 0.02 for .docx,
.pdf, .html and .doc; within 0.03 for scanned PDFs (RapidOCR; Tesseract lost 0.05-0.13).
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
SCORER = SHARED / "score.py"
EXACT = ("docx", "pdf", "html", "doc")
TOLERANCE = {"docx": 0.02, "pdf": 0.02, "html": 0.02, "doc": 0.02, "scan": 0.03}
SCORED = ("doc_type", "title", "doc_number", "issuers", "issue_date", "campaign_year", "region", "theme",
          "event_start", "event_end", "organizers", "committee", "deadlines", "contacts", "figures")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                       reason="LibreOffice (Debian libreoffice-writer-nogui) is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("rapidocr") is None,
                       reason="RapidOCR (the `ocr` extra: rapidocr, onnxruntime) is not installed"),
]


def corpora() -> list[tuple[str, Path, Path]]:
    """(name, docs, gold) of the corpora to render."""
    if SCORER.exists():
        return [(name, SHARED / name / "docs", SHARED / name / "gold") for name in ("dev", "real")]
    return [("holdout", ROOT / "tests" / "holdout" / "docs", ROOT / "tests" / "holdout" / "gold")]


def project(record: dict[str, Any]) -> dict[str, Any]:
    """The scored fields of a record, without evidence, in a comparable form."""
    out = {k: record[k] for k in SCORED}
    out["region"] = {k: v for k, v in record["region"].items()}
    for name in ("organizers", "committee", "deadlines", "contacts", "figures"):
        out[name] = [{k: v for k, v in item.items() if k != "evidence"} for item in record[name]]
    return out


def extract(folder: Path, out: Path) -> dict[str, dict[str, Any]]:
    from pipeline.cli import main

    with out.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", str(folder)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {Path(r["source"]["filename"]).stem: r for r in records}


def macro(pred: Path, gold: Path) -> float | None:
    if not SCORER.exists():
        return None
    done = subprocess.run([sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(gold), "--json"],
                          capture_output=True, text=True, check=True, timeout=120)
    result, _ = json.JSONDecoder().raw_decode(done.stdout)
    return float(result["macro_f1"])


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Per corpus and format: the records by stem and the macro-F1 (when the scorer exists)."""
    sys.path.insert(0, str(ROOT))
    from tools.render_formats import FORMATS, render_corpus

    root = tmp_path_factory.mktemp("formats")
    out: dict[str, dict[str, Any]] = {}
    for name, docs, gold in corpora():
        folders = {"txt": docs, **render_corpus(sorted(docs.glob("*.txt")), root / name)}
        for fmt in ("txt", *FORMATS):
            pred = root / f"{name}-{fmt}.jsonl"
            out[f"{name}/{fmt}"] = {"records": extract(folders[fmt], pred), "macro": macro(pred, gold)}
    print("\nmacro-F1 per format:")
    for key, value in out.items():
        print(f"  {key:<14} {value['macro']}")
    return out


@pytest.mark.parametrize("fmt", EXACT)
def test_exact_formats_give_the_records_of_the_text(matrix: dict[str, dict[str, Any]], fmt: str) -> None:
    for name, _, _ in corpora():
        text, other = matrix[f"{name}/txt"]["records"], matrix[f"{name}/{fmt}"]["records"]
        assert set(other) == set(text)
        differing = [stem for stem in text if project(text[stem]) != project(other[stem])]
        assert not differing, f"{name} .{fmt}: records differ from .txt for {differing}"


@pytest.mark.parametrize("fmt", [*EXACT, "scan"])
def test_macro_f1_per_format_stays_near_the_text(matrix: dict[str, dict[str, Any]], fmt: str) -> None:
    for name, _, _ in corpora():
        base, got = matrix[f"{name}/txt"]["macro"], matrix[f"{name}/{fmt}"]["macro"]
        if base is None:
            pytest.skip("no scorer (../shared/eval/score.py) to compare with")
        assert got >= base - TOLERANCE[fmt], f"{name} .{fmt} macro-F1 {got:.3f} vs .txt {base:.3f}"


def test_scans_are_marked_as_ocr(matrix: dict[str, dict[str, Any]]) -> None:
    for name, _, _ in corpora():
        for record in matrix[f"{name}/scan"]["records"].values():
            assert record["source"]["ocr"] is True and record["source"]["format"] == "pdf"
            assert any(w.startswith("ocr_confidence:page=") for w in record["warnings"])
            assert "ocr_engine:rapidocr" in record["warnings"]  # the default engine, not the fallback
