"""Extraction rate in one process on the shared evaluation texts (dev, real, real2).

Prints figures only, no asserts: documents, characters, the first document's time (lazy
loads: jieba, cpca, opencc) and the steady rate over three passes (median), so a change to
the extractors can be checked against the ingest target (>= 80 docs/s in one process).

    .venv/bin/python bench/bench_extract.py [FOLDER ...]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def corpus(folders: list[str]) -> list[Path]:
    """The .txt documents of the given folders (default: the shared corpora)."""
    roots = [Path(f) for f in folders] or [EVAL / n / "docs" for n in ("dev", "real", "real2")]
    return sorted(p for r in roots for p in r.rglob("*.txt"))


def one_pass(paths: list[Path]) -> float:
    from pipeline.record import extract_path

    start = time.perf_counter()
    for path in paths:
        extract_path(path)
    return time.perf_counter() - start


def main() -> None:
    sys.path.insert(0, str(ROOT))
    paths = corpus(sys.argv[1:])
    chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in paths)
    first = one_pass(paths[:1])
    runs = [one_pass(paths) for _ in range(3)]
    median = statistics.median(runs)
    print(f"documents {len(paths)}, characters {chars:,}")
    print(f"first document (lazy loads) {first:.2f} s")
    print(f"passes {', '.join(f'{r:.2f}' for r in runs)} s; median {median:.2f} s")
    print(f"rate {len(paths) / median:.1f} docs/s, {chars / median / 1000:.0f} k chars/s (one process)")


if __name__ == "__main__":
    main()
