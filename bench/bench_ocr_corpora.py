"""OCR quality and cost on the eval corpora rendered as scans (issue 13), per engine.

For each corpus (dev, real, real2 and real2's tuning/validation split) and engine
(`LIFELONG_OCR_ENGINE` = tesseract | rapidocr) this extracts the scanned PDFs and the text
versions (text PDF and .txt) in `--workers` spawned processes (one document at a time
each, `LIFELONG_OCR_WORKERS=--page-threads` inside), then prints a Markdown table:

- CER of the scan's normalized text against the text PDF's normalized text (tools/ocr_cer:
  white space removed; width, quotes, traditional->simplified folded on both sides),
  pooled over the corpus, mean and max per document;
- field macro-F1 (the scorer's figure) of the scan, the text PDF and the .txt, and scan - text PDF;
- CPU s/page (worker + its child processes: pdftoppm, tesseract), pages/s of the whole run
  (wall clock, pool start and engine loading included), peak RSS per worker process
  (for Tesseract also of its largest child, the tesseract process itself).

Extraction outputs are cached as JSONL records (a valid `score.py --pred` file, plus a
`bench` key) under <scans>/out/<engine>/<corpus>.jsonl (text versions: out/pdf, out/txt);
reruns only extract what is missing, `--fresh` redoes. The validation split is only ever
summarised (never its documents).

    .venv/bin/python bench/bench_ocr_corpora.py --engine tesseract --workers 2
    .venv/bin/python bench/bench_ocr_corpora.py --corpus real --engine rapidocr --limit 5
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import multiprocessing
import os
import resource
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.ocr_cer import HAS_T2S, CerCount, cer_count, summarize  # noqa: E402

EVAL = Path(os.environ.get("LIFELONG_EVAL", ROOT.parent / "shared" / "eval"))
SCANS = Path(os.environ.get("LIFELONG_SCANS", ROOT.parent / "scans"))
CORPORA = ("dev", "real", "real2")
ENGINES = ("tesseract", "rapidocr")
ENGINE_ENV, PAGE_THREADS_ENV = "LIFELONG_OCR_ENGINE", "LIFELONG_OCR_WORKERS"
Row = dict[str, Any]


@dataclass(frozen=True)
class Version:
    """One rendering of a corpus: where its files are and where their extraction is cached."""

    corpus: str
    kind: str  # "scan", "pdf" or "txt"
    engine: str | None  # the OCR engine for scans; None for text versions

    @property
    def files(self) -> list[Path]:
        if self.kind == "txt":
            return sorted((EVAL / self.corpus / "docs").glob("*.txt"))
        return sorted((SCANS / self.corpus / self.kind).glob("*.pdf"))

    @property
    def cache(self) -> Path:
        return SCANS / "out" / (self.engine or self.kind) / f"{self.corpus}.jsonl"

    @property
    def meta(self) -> Path:
        return self.cache.with_suffix(".runs.json")


# ---- worker side -------------------------------------------------------------------------


def _init_worker(engine: str | None, page_threads: int) -> None:
    if engine:
        os.environ[ENGINE_ENV] = engine
    os.environ[PAGE_THREADS_ENV] = str(page_threads)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import parsers  # noqa: F401 - imports and engine loading are not charged to the first document
    import pipeline.record  # noqa: F401

    if engine:
        _warm_up()


def _warm_up() -> None:
    """Load the OCR engine (and its lazy imports) on a small blank page."""
    from PIL import Image

    from parsers.ocr import ocr_image

    try:
        ocr_image(Image.new("L", (1200, 300), 255))
    except Exception as exc:  # noqa: BLE001 - a warm-up failure shows again on the first document
        print(f"warm-up: {type(exc).__name__}: {exc}", file=sys.stderr)


def _cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _engine_of(warnings: Iterable[str]) -> str:
    names = [w.split(":", 1)[1] for w in warnings if w.startswith("ocr_engine:")]
    return names[0] if names else "?"


def extract_one(path: str) -> Row:
    """Parse + extract one file; the record with a `bench` key (text, timings, memory)."""
    from models import LifelongError
    from parsers import parse_file
    from pipeline.record import extract_document_text

    cpu, wall = _cpu_seconds(), time.perf_counter()
    try:
        record, text = extract_document_text(parse_file(Path(path)))
        data, error = record.to_dict(), None
    except LifelongError as exc:
        data, text, error = {"source": {"filename": Path(path).name}}, "", f"{exc.reason}: {exc}"
    warnings = data.get("warnings") or []
    data["bench"] = {
        "stem": Path(path).stem, "pages": (data["source"].get("pages") or 1), "text": text, "error": error,
        "cpu_s": _cpu_seconds() - cpu, "wall_s": time.perf_counter() - wall, "pid": os.getpid(),
        "rss_mb": _rss_mb(resource.RUSAGE_SELF), "child_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "ocr": bool(data["source"].get("ocr")), "engine": _engine_of(warnings),
        "fallback": [w for w in warnings if w.startswith("ocr_engine_fallback:")],
    }
    return data


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: kilobytes


# ---- parent side: cache and runs ---------------------------------------------------------------


def load_cache(path: Path) -> dict[str, Row]:
    if not path.is_file():
        return {}
    rows = (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    return {row["bench"]["stem"]: row for row in rows}


def load_runs(meta: Path) -> list[dict[str, Any]]:
    return json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else []


def _accepted(version: Version, row: Row) -> bool:
    """A scan read by another engine than asked for (e.g. before RapidOCR exists) is not cached."""
    seen = row["bench"]["engine"]
    return version.kind != "scan" or seen == version.engine or (seen == "?" and version.engine == "tesseract")


def run_missing(version: Version, todo: Sequence[Path], workers: int, page_threads: int) -> list[Row]:
    """Extract `todo` in a fresh process pool; append accepted rows to the cache as they come."""
    todo = sorted(todo, key=lambda p: -p.stat().st_size)  # big documents first: a shorter tail
    ctx = multiprocessing.get_context("spawn")  # fresh processes: clean peak RSS, env set before imports
    version.cache.parent.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    start = time.perf_counter()
    with ctx.Pool(workers, _init_worker, (version.engine, page_threads)) as pool, \
            version.cache.open("a", encoding="utf-8") as out:
        for row in pool.imap_unordered(extract_one, map(str, todo)):
            rows.append(row)
            if _accepted(version, row):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                out.flush()
    _save_run(version, rows, time.perf_counter() - start, workers, page_threads)
    return rows


def _save_run(version: Version, rows: list[Row], wall: float, workers: int, page_threads: int) -> None:
    rss: dict[str, float] = {}
    for row in rows:
        pid = str(row["bench"]["pid"])
        rss[pid] = max(rss.get(pid, 0.0), row["bench"]["rss_mb"])
    run = {"date": dt.datetime.now().isoformat(timespec="seconds"), "docs": len(rows),
           "pages": sum(r["bench"]["pages"] for r in rows), "wall_s": wall, "workers": workers,
           "page_threads": page_threads, "rss_mb": rss,
           "child_rss_mb": max((r["bench"]["child_rss_mb"] for r in rows), default=0.0),
           "engines": sorted({r["bench"]["engine"] for r in rows}), "load1": os.getloadavg()[0]}
    version.meta.write_text(json.dumps(load_runs(version.meta) + [run], indent=1), encoding="utf-8")


_FRESHENED: set[Version] = set()


def ensure(version: Version, limit: int | None, opts: argparse.Namespace) -> dict[str, Row]:
    """Cached rows of the version's (first `limit`) files, extracting what is missing."""
    if opts.fresh and version not in _FRESHENED:  # text versions: once per run, not once per engine
        _FRESHENED.add(version)
        version.cache.unlink(missing_ok=True)
        version.meta.unlink(missing_ok=True)
    wanted = version.files[:limit]
    have = load_cache(version.cache)
    todo = [p for p in wanted if p.stem not in have]
    if todo:
        print(f"extracting {len(todo)} {version.kind} files of {version.corpus} "
              f"({version.engine or 'text'}, {opts.workers} workers)", file=sys.stderr, flush=True)
        rejected = [r for r in run_missing(version, todo, opts.workers, opts.page_threads)
                    if not _accepted(version, r)]
        if rejected:
            print(f"!! {len(rejected)} {version.corpus} scans were read by "
                  f"{sorted({r['bench']['engine'] for r in rejected})}, not {version.engine}: not cached",
                  file=sys.stderr)
        have = load_cache(version.cache)
    return {p.stem: have[p.stem] for p in wanted if p.stem in have}


# ---- scoring --------------------------------------------------------------------------------------


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def macro_f1(rows: dict[str, Row], corpus: str, ids: set[str]) -> float | None:
    """The scorer's macro-F1 of these records on the gold of `ids` (totals only, no errors)."""
    if not ids:
        return None
    score = _scorer()
    preds = {stem: row for stem, row in rows.items() if stem in ids}
    return float(score.score(preds, EVAL / corpus / "gold", False, ids, None)["macro_f1"])


def validation_ids() -> set[str]:
    path = EVAL / "real2" / "validation.txt"
    return {x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def splits(corpus: str, stems: set[str]) -> list[tuple[str, set[str]]]:
    """(row label, ids): the corpus, and for real2 its tuning and validation parts too."""
    if corpus != "real2":
        return [(corpus, stems)]
    val = validation_ids()
    return [(corpus, stems), ("real2-tune", stems - val), ("real2-val", stems & val)]


# ---- the table --------------------------------------------------------------------------------


@dataclass
class Measured:
    label: str
    engine: str
    docs: int
    pages: int
    cer: tuple[float, float, float]
    f1_scan: float | None
    f1_pdf: float | None
    f1_txt: float | None
    cpu_per_page: float
    pages_per_s: float | None = None
    workers: int | None = None
    rss_mb: float | None = None
    child_rss_mb: float | None = None


def cer_counts(scan: dict[str, Row], text: dict[str, Row], ids: Iterable[str]) -> dict[str, CerCount]:
    return {s: cer_count(scan[s]["bench"]["text"], text[s]["bench"]["text"])
            for s in sorted(ids) if s in scan and s in text}


def measure(label: str, corpus: str, engine: str, ids: set[str], rows: dict[str, dict[str, Row]]) -> Measured:
    scan = rows["scan"]
    ids = ids & scan.keys()
    cer = summarize(cer_counts(scan, rows["pdf"], ids).values())
    pages = sum(scan[s]["bench"]["pages"] for s in ids)
    cpu = sum(scan[s]["bench"]["cpu_s"] for s in ids)
    return Measured(label, engine, len(ids), pages, (cer.pooled, cer.mean, cer.worst),
                    macro_f1(scan, corpus, ids), macro_f1(rows["pdf"], corpus, ids),
                    macro_f1(rows["txt"], corpus, ids), cpu / pages if pages else 0.0)


def add_run_figures(m: Measured, runs: list[dict[str, Any]]) -> None:
    """pages/s and memory from the extraction runs (summed over the runs with the latest worker count)."""
    if not runs:
        return
    same = [r for r in runs if r["workers"] == runs[-1]["workers"]]
    wall = sum(r["wall_s"] for r in same)
    m.pages_per_s = sum(r["pages"] for r in same) / wall if wall else None
    m.workers = runs[-1]["workers"]
    m.rss_mb = max((v for r in runs for v in r["rss_mb"].values()), default=None)
    m.child_rss_mb = max(r["child_rss_mb"] for r in runs)


HEADER = ("| corpus | engine | docs | pages | CER pooled / mean / max | F1 scan | F1 text PDF | Δ scan−PDF "
          "| F1 .txt | CPU s/page | pages/s (workers) | peak RSS/worker MB (+tesseract child) |\n"
          "|---|---|---|---|---|---|---|---|---|---|---|---|")


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _child(m: Measured) -> str:
    """Tesseract reads in a child process: its peak counts. Other engines' children are pdftoppm,
    whose ru_maxrss counts the pages it shares with the big worker at fork: not shown."""
    return f" (+{m.child_rss_mb or 0:.0f})" if m.engine == "tesseract" else ""


def table_line(m: Measured) -> str:
    delta = None if m.f1_scan is None or m.f1_pdf is None else m.f1_scan - m.f1_pdf
    cer = " / ".join(f"{100 * x:.2f} %" for x in m.cer)
    speed = "–" if m.pages_per_s is None else f"{m.pages_per_s:.2f} ({m.workers})"
    rss = "–" if m.rss_mb is None else f"{m.rss_mb:.0f}" + _child(m)
    return (f"| {m.label} | {m.engine} | {m.docs} | {m.pages} | {cer} | {_f(m.f1_scan)} | {_f(m.f1_pdf)} "
            f"| {'–' if delta is None else f'{delta:+.3f}'} | {_f(m.f1_txt)} | {m.cpu_per_page:.2f} | {speed} "
            f"| {rss} |")


# ---- main -----------------------------------------------------------------------------------------


def corpus_rows(corpus: str, engine: str, opts: argparse.Namespace) -> tuple[list[Measured], list[str]]:
    """The table lines of one corpus and engine, and notes (worst non-validation documents, oddities)."""
    rows = {kind: ensure(Version(corpus, kind, engine if kind == "scan" else None), opts.limit, opts)
            for kind in ("scan", "pdf", "txt")}
    out: list[Measured] = []
    for label, ids in splits(corpus, set(rows["scan"])):
        m = measure(label, corpus, engine, ids, rows)
        if label == corpus:
            add_run_figures(m, load_runs(Version(corpus, "scan", engine).meta))
        out.append(m)
    return out, notes(corpus, engine, rows, opts.worst) + run_notes(corpus, engine)


def run_notes(corpus: str, engine: str) -> list[str]:
    """When the extraction ran and how loaded the machine was (wall-clock figures depend on it)."""
    return [f"{corpus}/{engine} run {r['date']}: {r['docs']} docs in {r['wall_s']:.0f} s, "
            f"load average {r.get('load1', float('nan')):.1f} at the end"
            for r in load_runs(Version(corpus, "scan", engine).meta)]


def notes(corpus: str, engine: str, rows: dict[str, dict[str, Row]], worst: int) -> list[str]:
    scan = rows["scan"]
    val = validation_ids() if corpus == "real2" else set()
    counts = cer_counts(scan, rows["pdf"], set(scan) - val)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1].rate)[:worst]
    out = [f"{corpus}/{engine} worst CER (validation left out): "
           + ", ".join(f"{s} {100 * c.rate:.1f} %" for s, c in ranked)] if ranked else []
    errors = [s for s, r in scan.items() if r["bench"]["error"]]
    engines = sorted({r["bench"]["engine"] for r in scan.values()})
    fallbacks = sorted({w for r in scan.values() for w in r["bench"]["fallback"]})
    text_ocr = [s for s, r in rows["pdf"].items() if r["bench"]["ocr"]]
    out += [f"{corpus}/{engine} engine warnings seen: {engines}"]
    out += [f"{corpus}/{engine} failed scans: {len(errors)}"] if errors else []
    out += [f"{corpus}/{engine} fallbacks: {fallbacks}"] if fallbacks else []
    out += [f"{corpus}: {len(text_ocr)} text PDFs were OCR'd"] if text_ocr else []
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", choices=CORPORA, help="corpus (repeatable; default all)")
    ap.add_argument("--engine", action="append", choices=ENGINES, help="engine (repeatable; default both)")
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--page-threads", type=int, default=1, help="LIFELONG_OCR_WORKERS in each worker (default 1)")
    ap.add_argument("--fresh", action="store_true", help="redo the extraction instead of using the cache")
    ap.add_argument("--worst", type=int, default=3, help="list the N worst-CER documents (not validation)")
    ap.add_argument("--notes", type=Path, help="append a dated section with the table to this Markdown file")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    lines, remarks = [HEADER], []
    for engine in opts.engine or ENGINES:
        for corpus in opts.corpus or CORPORA:
            measured, extra = corpus_rows(corpus, engine, opts)
            lines += [table_line(m) for m in measured]
            remarks += extra
    remarks.append(f"CER folding t2s: {'OpenCC' if HAS_T2S else 'NOT AVAILABLE (no opencc)'}")
    text = "\n".join(lines) + "\n\n" + "\n".join(f"- {r}" for r in remarks)
    print(text)
    if opts.notes:
        _append_notes(opts.notes, text, argv)
    return 0


def _append_notes(path: Path, text: str, argv: Sequence[str] | None) -> None:
    command = " ".join(["bench/bench_ocr_corpora.py", *(sys.argv[1:] if argv is None else argv)])
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"\n## Run {stamp}: `{command}`\n\n{text}\n")


if __name__ == "__main__":
    sys.exit(main())
