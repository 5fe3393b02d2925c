"""Score `lifelong extract` on the third hand-annotated holdout set in tests/holdout3.

The 25 documents (work summaries and 工作情况报告 dense with figures and non-figures, 表彰 and
通报 notices, calls for nominations with quotas, plans with schedule and leading-group tables,
town/street, autonomous-prefecture, municipal-district and development-zone documents, compact
and Chinese-numeral dates, contacts with extensions and faxes) were written and annotated by the
conventions before any extractor ran on them (tests/holdout3/make_gold.py writes the gold; its
docstring lists the judgement calls). Blind macro-F1 was 0.944. The per-field table is printed
(run with -s). Skipped where ../shared (the scorer) is absent.
"""
from __future__ import annotations

import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parent / "holdout3"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
THRESHOLD = 0.963  # macro-F1 0.983 reached after the fixes (0.944 blind), minus 0.02


def test_holdout3_macro_f1(tmp_path: Path) -> None:
    if not SCORER.exists():
        reason = f"no shared scorer at {SCORER}"
        print(reason)
        pytest.skip(reason)
    from pipeline.cli import main

    docs = sorted((HOLDOUT / "docs").glob("*.txt"))
    pred = tmp_path / "holdout3.jsonl"
    with pred.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", *map(str, docs)])
    out = subprocess.run(
        [sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(HOLDOUT / "gold"), "--show-errors"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    print(out.stdout)
    m = re.search(r"macro-F1 ([\d.]+)", out.stdout)
    assert m is not None and "no record for" not in out.stdout
    assert float(m.group(1)) >= THRESHOLD
