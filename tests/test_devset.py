"""Score `lifelong extract` on the shared dev set with ../shared/eval/score.py.

The macro-F1 is printed (run with -s to see it). The .txt dev documents must reach the
threshold, their .docx and .pdf renderings in data/raw (made by tools/make_samples.py)
must stay within 0.02 of it, and the real web excerpts must reach theirs with no field
below the floor. Skipped, with the reason printed, where ../shared is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_DOCS = SHARED / "eval" / "dev" / "docs"
DEV_GOLD = SHARED / "eval" / "dev" / "gold"
REAL_DOCS = SHARED / "eval" / "real" / "docs"
REAL_GOLD = SHARED / "eval" / "real" / "gold"
SCORER = SHARED / "eval" / "score.py"
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
THRESHOLD = 0.98
REAL_THRESHOLD = 0.90
FIELD_FLOOR = 0.80
PARITY = 0.02


def run_score(docs: list[Path], gold: Path, pred: Path) -> dict[str, Any]:
    """Extract `docs` with the CLI and score them with the shared scorer."""
    from pipeline.cli import main

    with pred.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", *map(str, docs)])
    out = subprocess.run(
        [sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(gold), "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    result, _ = json.JSONDecoder().raw_decode(out.stdout)  # a "macro-F1 X" line follows the JSON
    return result  # type: ignore[no-any-return]


def need_shared() -> None:
    if not SCORER.exists() or not DEV_DOCS.is_dir():
        reason = f"no shared eval set at {SHARED} (../shared/eval/score.py and dev/docs)"
        print(reason)
        pytest.skip(reason)


def show(label: str, result: dict[str, Any]) -> None:
    print(f"\n{label} macro-F1 {result['macro_f1']:.3f}")
    for name, row in result["fields"].items():
        print(f"  {name:<15} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}")


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Dev-set scores per format: the shared .txt, and the renderings in data/raw."""
    need_shared()
    tmp = tmp_path_factory.mktemp("devset")
    scores = {"txt": run_score(sorted(DEV_DOCS.glob("*.txt")), DEV_GOLD, tmp / "txt.jsonl")}
    for fmt in ("docx", "pdf"):
        docs = sorted(RAW.glob(f"*.{fmt}"))
        if docs:
            scores[fmt] = run_score(docs, DEV_GOLD, tmp / f"{fmt}.jsonl")
    for fmt, result in scores.items():
        show(f"dev .{fmt}", result)
    return scores


def test_dev_txt_reaches_threshold(dev_scores: dict[str, dict[str, Any]]) -> None:
    txt = dev_scores["txt"]
    assert txt["documents"] == len(list(DEV_DOCS.glob("*.txt"))) and not txt["missing"]
    assert txt["macro_f1"] >= THRESHOLD, f"dev macro-F1 {txt['macro_f1']:.3f} < {THRESHOLD}"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_dev_renderings_match_text(dev_scores: dict[str, dict[str, Any]], fmt: str) -> None:
    if fmt not in dev_scores:
        pytest.skip(f"no .{fmt} renderings in {RAW}: run tools/make_samples.py")
    got, base = dev_scores[fmt]["macro_f1"], dev_scores["txt"]["macro_f1"]
    assert not dev_scores[fmt]["missing"]
    assert got >= base - PARITY, f".{fmt} macro-F1 {got:.3f} vs .txt {base:.3f}"


def test_real_excerpts_reach_threshold(tmp_path: Path) -> None:
    need_shared()
    if not REAL_DOCS.is_dir():
        pytest.skip(f"no real excerpts at {REAL_DOCS}")
    result = run_score(sorted(REAL_DOCS.glob("*.txt")), REAL_GOLD, tmp_path / "real.jsonl")
    show("real", result)
    low = {k: round(v["f1"], 3) for k, v in result["fields"].items() if v["f1"] < FIELD_FLOOR}
    assert result["macro_f1"] >= REAL_THRESHOLD and not low, (result["macro_f1"], low)
