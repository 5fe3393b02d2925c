"""Score `lifelong extract` on every corpus: dev, real, real2 (tuning part and validation split), holdouts.

Why: one command gives the before/after figures an extraction change must quote. The
validation split of real2 is only ever summarised (per-field table, never its errors), so
nobody tunes on it by accident.

    python tools/eval_corpora.py                 # all corpora, one macro-F1 line each
    python tools/eval_corpora.py --fields        # per-field tables too
    python tools/eval_corpora.py --errors real2  # errors of a corpus (validation ids always left out)
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score.py"
VALIDATION = EVAL / "real2" / "validation.txt"


def corpora() -> dict[str, tuple[Path, Path]]:
    """name -> (docs folder, gold folder)."""
    out = {name: (EVAL / name / "docs", EVAL / name / "gold") for name in ("dev", "real", "real2")}
    for folder in sorted((ROOT / "tests").glob("holdout*")):
        out[folder.name] = (folder / "docs", folder / "gold")
    return out


def extract(docs: Path, pred: Path) -> None:
    from pipeline.cli import main

    with pred.open("w", encoding="utf-8") as fh, redirect_stdout(fh):
        main(["extract", *map(str, sorted(docs.glob("*.txt")))])


def score(pred: Path, gold: Path, *extra: str) -> str:
    cmd = [sys.executable, str(SCORER), "--pred", str(pred), "--gold", str(gold), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def macro(text: str) -> str:
    m = re.search(r"macro-F1 ([\d.]+)", text)
    return m.group(1) if m else "?"


def run(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="eval-"))
    for name, (docs, gold) in corpora().items():
        if args.only and name not in args.only or not any(docs.glob("*.txt")) or not any(gold.glob("*.json")):
            continue
        pred = tmp / f"{name}.jsonl"
        extract(docs, pred)
        parts = [("", ())] if name != "real2" else [
            ("-tune", ("--skip", str(VALIDATION))), ("-validation", ("--only", str(VALIDATION))), ("-all", ())]
        for suffix, extra in parts:
            show = name in args.errors and suffix == "-tune" or (name in args.errors and name != "real2")
            out = score(pred, gold, *extra, *(("--show-errors",) if show else ()))
            if args.fields or show:
                print(out if show else "\n".join(x for x in out.splitlines() if not re.match(r"^r[ABC]\d", x)))
            print(f"{name + suffix:18} macro-F1 {macro(out)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fields", action="store_true", help="print per-field tables")
    ap.add_argument("--errors", nargs="*", default=[], help="corpora whose errors to print (real2: tuning ids only)")
    ap.add_argument("--only", nargs="*", default=[], help="score only these corpora")
    run(ap.parse_args())


if __name__ == "__main__":
    main()
