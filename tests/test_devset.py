"""Score `lifelong extract` on the shared dev set with ../shared/eval/score.py.

The macro-F1 is printed (run with -s to see it). The threshold test is marked xfail
while extractors are being written, so its failure is visible (XFAIL) without
breaking the suite; the lead removes the mark once it passes (XPASS).
"""
from __future__ import annotations

import json
import subprocess
import sys
from contextlib import redirect_stdout
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_DOCS = SHARED / "eval" / "dev" / "docs"
DEV_GOLD = SHARED / "eval" / "dev" / "gold"
SCORER = SHARED / "eval" / "score.py"
THRESHOLD = 0.95


@lru_cache(maxsize=1)
def dev_score(tmp: str) -> dict[str, Any]:
    """Extract the dev .txt documents and score them (once per session)."""
    from pipeline.cli import main

    pred = Path(tmp) / "dev.jsonl"
    docs = sorted(DEV_DOCS.glob("*.txt"))
    with pred.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", *map(str, docs)])
    out = subprocess.run(
        [sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(DEV_GOLD), "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )
    result, _ = json.JSONDecoder().raw_decode(out.stdout)  # a "macro-F1 X" line follows the JSON
    return result  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def score(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SCORER.exists() or not DEV_DOCS.is_dir():
        reason = f"no shared eval set at {SHARED} (../shared/eval/score.py and dev/docs)"
        print(reason)
        pytest.skip(reason)
    return dev_score(str(tmp_path_factory.mktemp("devset")))


def test_macro_f1_is_a_number(score: dict[str, Any]) -> None:
    macro = score["macro_f1"]
    print(f"\ndev macro-F1 {macro:.3f}")
    for name, row in sorted(score["fields"].items()):
        print(f"  {name:<15} P {row['precision']:.2f}  R {row['recall']:.2f}  F1 {row['f1']:.2f}")
    assert isinstance(macro, float) and 0.0 <= macro <= 1.0
    assert score["documents"] == len(list(DEV_DOCS.glob("*.txt")))
    assert not score["missing"]


@pytest.mark.xfail(reason="extractors are still being written; remove this mark once the dev set passes", strict=False)
def test_macro_f1_reaches_threshold(score: dict[str, Any]) -> None:
    assert score["macro_f1"] >= THRESHOLD, f"dev macro-F1 {score['macro_f1']:.3f} < {THRESHOLD}"
