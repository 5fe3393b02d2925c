"""Score `lifelong extract` on ../shared/eval/real2: 89 real web documents with gold.

real2 is the corpus that showed the gap between tuned and unseen documents (0.748 at first
sight while the tuned corpora read 0.97-1.00). Its 29-document validation split
(`validation.txt`) is never read to write a rule: its score is the honest estimate of
accuracy on documents nobody tuned on, so it has its own test and threshold. Thresholds are
the scores reached with extractor 0.3.0 minus 0.02. The per-field table is printed (run
with -s). Skipped where ../shared (the scorer and the corpus) is absent.
"""
from __future__ import annotations

import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
EVAL = TESTS.parents[1] / "shared" / "eval"
SCORER = EVAL / "score.py"
REAL2 = EVAL / "real2"
VALIDATION = REAL2 / "validation.txt"

WHOLE_THRESHOLD = 0.934  # measured 0.954
VALIDATION_THRESHOLD = 0.803  # measured 0.823
FIELD_FLOOR = 0.64  # lowest per-field F1 on the whole corpus (contact_phones, 2/1/1)


@pytest.fixture(scope="module")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (SCORER.exists() and VALIDATION.exists()):
        pytest.skip(f"no shared real2 corpus at {REAL2}")
    from pipeline.cli import main

    pred = tmp_path_factory.mktemp("real2") / "real2.jsonl"
    with pred.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", *map(str, sorted((REAL2 / "docs").glob("*.txt")))])
    return pred


def _score(pred: Path, *extra: str) -> str:
    cmd = [sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(REAL2 / "gold"), *extra]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=120).stdout
    assert "no record for" not in out
    return out


def _macro(out: str) -> float:
    m = re.search(r"macro-F1 ([\d.]+)", out)
    assert m is not None
    return float(m.group(1))


def test_real2_whole_corpus(predictions: Path) -> None:
    out = _score(predictions)
    print(out)
    assert _macro(out) >= WHOLE_THRESHOLD
    fields = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)", out, re.M)}
    assert fields and min(fields.values()) >= FIELD_FLOOR, fields


def test_real2_validation_split(predictions: Path) -> None:
    """Scored as a whole only: its errors are never printed, so nobody tunes on them."""
    out = _score(predictions, "--only", str(VALIDATION))
    print(out)
    assert _macro(out) >= VALIDATION_THRESHOLD
