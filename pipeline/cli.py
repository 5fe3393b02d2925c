"""The `lifelong` command: a thin argument parser over library functions.

Heavy modules (prefect, duckdb, pandas) are imported inside the commands, so that
`lifelong extract` starts fast.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from models import LifelongError
from pipeline.settings import BATCH_SIZE, DEFAULT_DB, MAX_BATCH, MIN_BATCH


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
    """Run the Prefect ingest flow and print the run summary."""
    from pipeline.settings import prepare_prefect_env

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        return _fail(f"no such file or directory: {', '.join(missing)}", 2)
    db = Path(args.db)
    prepare_prefect_env(db)  # before prefect is imported
    import duckdb

    from flows.ingest import run_ingest
    from pipeline.load_summary import format_summary

    try:
        summary = run_ingest(args.paths, db, args.batch_size)
    except duckdb.IOException as exc:  # e.g. another process holds the database
        return _fail(f"cannot write {db}: {exc}", 1)
    print(format_summary(summary))
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
    from pipeline.export import export_tables
    from pipeline.load import connect

    try:
        con = connect(Path(args.db), read_only=True)
    except FileNotFoundError as exc:
        return _fail(str(exc), 2)
    try:
        for path in export_tables(con, Path(args.out), args.format):
            print(path)
    finally:
        con.close()
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
    p.set_defaults(func=cmd_ingest)
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
