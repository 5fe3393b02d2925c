"""Score `lifelong extract` on the fifth hand-annotated holdout set (5b) in tests/holdout5b.

The 20 documents (notices, plans, summaries, news and committee lists at county level) stress
organizers (role labels with remarks, space-separated units, bare 支持/指导 labels, English glosses,
牵头/配合/冠名/赞助 as non-roles, "提供…支持"), committees (第一组长, 常务副组长, 执行主任, 秘书长,
联络员, （女）/（回族） notes, 序号 tables, 评审委员会/专家组), contacts (units before names, extensions,
400 numbers, spaced and en-dash phones, several emails on a line) and figures (averages, money,
durations, editions, percentages). They were written and annotated by the conventions before any
extractor ran on them (tests/holdout5b/make_gold.py writes the gold; its docstring lists the judgement
calls). Blind macro-F1 was 0.972. The per-field table is printed (run with -s). Skipped where ../shared (the scorer) is absent.
"""
from __future__ import annotations

import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parent / "holdout5b"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
THRESHOLD = 0.97  # macro-F1 0.991 reached after the fixes (0.972 blind), minus 0.02


def test_holdout5b_macro_f1(tmp_path: Path) -> None:
    if not SCORER.exists():
        reason = f"no shared scorer at {SCORER}"
        print(reason)
        pytest.skip(reason)
    from pipeline.cli import main

    docs = sorted((HOLDOUT / "docs").glob("*.txt"))
    pred = tmp_path / "holdout5b.jsonl"
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
