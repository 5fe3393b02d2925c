"""Score `lifelong extract` on the fifth hand-annotated holdout set (5a) in tests/holdout5a.

The 22 documents (older-style 2006-2012 notices and plans, 意见, 要点, 安排, 简报, 纪要,
倡议书, 公告 and 印发 notices; joint letterheads with 文件, 签发人 lines, doc numbers with 第 and
spaces, Chinese-numeral and month-only dates, titles split over three or four lines, themes among
slogan lists or with Latin letters and digits, weeks spanning two months or given as 第X周, 新区 /
开发区 / 高新区 / 林区 / 兵团师市 regions, an 开放大学, 抄送/印发 lines, deadlines in a table,
以邮戳为准, 截止到, 公示期) were written and annotated by the conventions before any extractor ran
on them (tests/holdout5a/make_gold.py writes the gold; its docstring lists the judgement calls). Blind
macro-F1 was 0.959. The per-field table is printed (run with -s). Skipped where ../shared (the scorer) is absent.
"""
from __future__ import annotations

import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parent / "holdout5a"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
THRESHOLD = 0.974  # macro-F1 0.994 reached after the fixes (0.959 blind), minus 0.02


def test_holdout5a_macro_f1(tmp_path: Path) -> None:
    if not SCORER.exists():
        reason = f"no shared scorer at {SCORER}"
        print(reason)
        pytest.skip(reason)
    from pipeline.cli import main

    docs = sorted((HOLDOUT / "docs").glob("*.txt"))
    pred = tmp_path / "holdout5a.jsonl"
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
