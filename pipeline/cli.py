"""The `lifelong` command: a thin argument parser over library functions.

Heavy modules (prefect, duckdb, pandas) are imported inside the commands, so that
`lifelong extract` starts fast.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from models import LifelongError
from pipeline.settings import BATCH_SIZE, DEFAULT_DB, MAX_BATCH, MIN_BATCH, Limits


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON record per document; bad files go to stderr with their reason."""
    from pipeline.discover import walk
    from pipeline.record import extract_path

    failed = 0
    for path in walk(args.paths):
        try:
            record = extract_path(path)
        except LifelongError as exc:
            failed += 1
            print(f"lifelong: {exc}", file=sys.stderr)
            continue
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Run the Prefect ingest flow and print the run summary.

    The database's ingest lock is taken before Prefect starts its server, so a second
    ingest is refused at once. Failed files are data (exit 0); only a run that cannot
    proceed exits non-zero (130 when interrupted: run the same command again to resume).
    """
    from pipeline.load_lock import IngestLocked, ingest_lock
    from pipeline.settings import prepare_prefect_env

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        return _fail(f"no such file or directory: {', '.join(missing)}", 2)
    db = Path(args.db)
    try:
        with ingest_lock(db), _sigterm_as_interrupt():
            prepare_prefect_env(db)  # before prefect is imported
            return _run_flow(args, db)
    except IngestLocked as exc:
        return _fail(str(exc), 3)
    except KeyboardInterrupt:
        return _fail("interrupted; finished batches are saved - run the same command again to resume", 130)


def _run_flow(args: argparse.Namespace, db: Path) -> int:
    import duckdb

    from flows.ingest import run_ingest
    from pipeline.load_summary import format_summary

    limits = Limits(timeout=args.timeout, memory_mb=args.memory_mb, max_file_mb=args.max_file_mb,
                    workers=args.workers, ocr=not args.no_ocr)
    try:
        summary = run_ingest(args.paths, db, args.batch_size, limits, show_progress=True)
    except duckdb.IOException as exc:  # e.g. another program holds the database
        return _fail(f"cannot write {db}: {exc}", 1)
    print(format_summary(summary))
    return 0


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the run like Ctrl-C: workers are stopped, finished batches stay."""
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_status(args: argparse.Namespace) -> int:
    """Recent ingest runs with their counts (an unfinished run was interrupted)."""
    from pipeline.load_status import recent_runs
    from pipeline.query import render

    try:
        columns, rows = recent_runs(Path(args.db), args.limit)
    except FileNotFoundError as exc:
        return _fail(str(exc), 2)
    print(render(columns, rows, args.format))
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    """Failed files of a run (default: the latest) with their reasons."""
    from pipeline.load_status import failed_files
    from pipeline.query import render

    try:
        columns, rows = failed_files(Path(args.db), args.run)
    except (FileNotFoundError, LookupError) as exc:
        return _fail(str(exc), 2)
    print(render(columns, rows, args.format))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run read-only SQL and print the result."""
    import duckdb

    from pipeline.query import QueryRefused, render, run_query

    try:
        columns, rows = run_query(Path(args.db), args.sql)
    except (QueryRefused, FileNotFoundError) as exc:
        return _fail(str(exc), 2)
    except duckdb.Error as exc:
        return _fail(str(exc), 1)
    print(render(columns, rows, args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the tables (or the records) into a folder."""
    from pipeline.dataset import export_dataset
    from pipeline.export import export_tables
    from pipeline.load import connect
    from pipeline.schema_version import SchemaVersionError

    try:
        con = connect(Path(args.db), read_only=True)
    except (FileNotFoundError, SchemaVersionError) as exc:
        return _fail(str(exc), 2)
    try:
        partitioned = args.format == "parquet"  # tables partitioned by campaign_year
        paths = export_dataset(con, Path(args.out)) if partitioned else export_tables(con, Path(args.out), args.format)
        for path in paths:
            print(path)
    finally:
        con.close()
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the self-contained HTML report (charts as inline SVG, evidence quoted)."""
    from pipeline.report import write_report
    from pipeline.schema_version import SchemaVersionError

    try:
        print(write_report(Path(args.db), Path(args.out)))
    except (FileNotFoundError, SchemaVersionError) as exc:
        return _fail(str(exc), 2)
    return 0


def _fail(message: str, code: int) -> int:
    print(f"lifelong: {message}", file=sys.stderr)
    return code


def _batch_size(text: str) -> int:
    """A task per few documents would spend more on Prefect than on extraction."""
    value = int(text)
    if not MIN_BATCH <= value <= MAX_BATCH:
        raise argparse.ArgumentTypeError(f"batch size must be {MIN_BATCH}-{MAX_BATCH}, got {value}")
    return value


def _limit_options(p: argparse.ArgumentParser) -> None:
    """Per-document limits: past them a file fails alone (timeout / too_large)."""
    d = Limits()
    p.add_argument("--timeout", type=float, default=d.timeout, help=f"seconds per document (default {d.timeout:g})")
    p.add_argument("--memory-mb", type=int, default=d.memory_mb,
                   help=f"memory a worker may add per document, MB (default {d.memory_mb})")
    p.add_argument("--max-file-mb", type=int, default=d.max_file_mb,
                   help=f"larger files fail as too_large unread (default {d.max_file_mb})")
    p.add_argument("--workers", type=int, default=d.workers, help=f"worker processes (default {d.workers})")
    p.add_argument("--no-ocr", action="store_true", help="skip image files instead of reading them with OCR")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lifelong", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print one JSON record per document (JSON Lines)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="load files and folders into DuckDB + Parquet (Prefect flow)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--batch-size", type=_batch_size, default=BATCH_SIZE,
                   help=f"documents per Prefect task ({MIN_BATCH}-{MAX_BATCH}, default {BATCH_SIZE})")
    _limit_options(p)
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("status", help="recent ingest runs and their counts")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--limit", type=int, default=10, help="runs to show (default 10)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("failures", help="failed files of a run, with reason codes")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--run", default=None, help="run id or a prefix of it (default: the latest run)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_failures)
    p = sub.add_parser("query", help="run read-only SQL against the database")
    p.add_argument("sql")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_query)
    p = sub.add_parser("export", help="export the tables as parquet/csv, or the records as jsonl")
    p.add_argument("--format", choices=("parquet", "csv", "jsonl"), required=True)
    p.add_argument("--out", required=True, help="output folder (files are written only there)")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("report", help="write a self-contained HTML report with charts")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--out", default="report.html", help="HTML file to write (default report.html)")
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
