"""The `lifelong` command: a thin argument parser over library functions.

Heavy modules (prefect, duckdb, pandas) are imported inside the commands, so that
`lifelong extract` starts fast.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from models import LifelongError
from pipeline.interrupt import sigterm_as_interrupt
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
    from pipeline.settings import prepare_prefect_env
    from pipeline.store import IngestLocked, ingest_lock

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        return _fail(f"no such file or directory: {', '.join(missing)}", 2)
    if args.dask:
        from flows.dask_runner import parse_target

        try:
            parse_target(args.dask)
        except ValueError as exc:
            return _fail(str(exc), 2)
    db = Path(args.db)
    try:
        with ingest_lock(db), sigterm_as_interrupt():
            prepare_prefect_env(db)  # before prefect is imported
            from flows.server import use_server_env

            if hint := use_server_env(db):
                print(hint, file=sys.stderr)
            return _run_flow(args, db)
    except IngestLocked as exc:
        return _fail(str(exc), 3)
    except KeyboardInterrupt:
        return _fail("interrupted; finished batches are saved - run the same command again to resume", 130)


def _run_flow(args: argparse.Namespace, db: Path) -> int:
    import duckdb

    from flows.ingest import run_ingest
    from pipeline.store import format_summary

    limits = Limits(timeout=args.timeout, memory_mb=args.memory_mb, max_file_mb=args.max_file_mb,
                    workers=args.workers, ocr=not args.no_ocr)
    try:
        summary = run_ingest(args.paths, db, args.batch_size, limits, show_progress=True,
                             force=args.force, dask=args.dask)
    except duckdb.IOException as exc:  # e.g. another program holds the database
        return _fail(f"cannot write {db}: {exc}", 1)
    print(format_summary(summary))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Recent ingest runs with their counts (an unfinished run was interrupted)."""
    from pipeline.dataset.query import render
    from pipeline.store import recent_runs

    try:
        columns, rows = recent_runs(Path(args.db), args.limit)
    except FileNotFoundError as exc:
        return _fail(str(exc), 2)
    print(render(columns, rows, args.format))
    return 0


def cmd_failures(args: argparse.Namespace) -> int:
    """Failed files of a run (default: the latest) with their reasons."""
    from pipeline.dataset.query import render
    from pipeline.store import failed_files

    try:
        columns, rows = failed_files(Path(args.db), args.run)
    except (FileNotFoundError, LookupError) as exc:
        return _fail(str(exc), 2)
    print(render(columns, rows, args.format))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run read-only SQL and print the result."""
    import duckdb

    from pipeline.dataset.query import QueryRefused, render, run_query

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
    from pipeline.dataset import export_dataset, export_tables
    from pipeline.store import SchemaVersionError, connect

    try:
        con = connect(Path(args.db), read_only=True)
    except (FileNotFoundError, SchemaVersionError) as exc:
        return _fail(str(exc), 2)
    try:
        if args.format == "spacy":
            from pipeline.review.spacy_export import export_spacy

            for path in export_spacy(con, Path(args.out)):
                print(path)
            return 0
        partitioned = args.format == "parquet"  # tables partitioned by campaign_year
        paths = export_dataset(con, Path(args.out)) if partitioned else export_tables(con, Path(args.out), args.format)
        for path in paths:
            print(path)
    finally:
        con.close()
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the self-contained HTML report (charts as inline SVG, evidence quoted)."""
    from pipeline.dataset import write_report
    from pipeline.store import SchemaVersionError

    try:
        print(write_report(Path(args.db), Path(args.out)))
    except (FileNotFoundError, SchemaVersionError) as exc:
        return _fail(str(exc), 2)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """The local review app; it reads the database and writes only the corrections log."""
    import duckdb

    from pipeline.review.web.app import serve
    from pipeline.store import SchemaVersionError, connect

    try:
        connect(Path(args.db), read_only=True).close()  # refuse a missing or old database up front
    except (FileNotFoundError, SchemaVersionError) as exc:
        return _fail(str(exc), 2)
    except duckdb.IOException:
        pass  # locked by an ingest: the pages say so until it finishes
    serve(Path(args.db), host=args.host, port=args.port)
    return 0


def _span(text: str) -> tuple[int, int]:
    start, _, end = text.partition(":")
    try:
        return int(start), int(end)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--at takes START:END in code points, got {text!r}") from None


def _correct_action(args: argparse.Namespace) -> tuple[str, object]:
    if args.reviewed:
        return "reviewed", True
    if args.undo is not None:
        return "undo", None
    for action, value in (("accept", args.accept), ("reject", args.reject)):
        if value:
            return action, None
    if args.set is not None:
        return "fix", args.set
    return "add", args.add


def cmd_correct(args: argparse.Namespace) -> int:
    """Log one correction (as the review app would) and apply it unless an ingest is running."""
    from pipeline.review.actions import record_action
    from pipeline.review.apply_now import apply_now

    action, new = _correct_action(args)
    if action == "add" and args.at is None:
        return _fail("--add needs --at START:END (code points into the stored text)", 2)
    if action not in ("reviewed", "undo") and not args.field:
        return _fail(f"--{'set' if action == 'fix' else action} needs a FIELD", 2)
    try:
        c = record_action(Path(args.db), args.doc_id, args.field, action, pos=args.pos, new=new, at=args.at,
                          reason=args.reason, target=args.undo or None)
    except (LifelongError, FileNotFoundError) as exc:
        return _fail(str(exc), 2)
    applied = apply_now(Path(args.db))
    where = "applied to the database" if applied is not None else "logged; an ingest is running and will apply it"
    print(f"{c.id} {c.action} {c.field or ''} {c.doc_id[:12]}: {where}")
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    """Every logged correction with its outcome (applied, reanchored, orphaned, undone, pending)."""
    import csv
    import io

    from pipeline.review.store import correction_rows

    try:
        rows = correction_rows(Path(args.db))
    except LifelongError as exc:
        return _fail(str(exc), 2)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    out = io.StringIO()
    names = ["id", "time", "doc_id", "field", "action", "pos", "old", "new", "reason", "reviewer", "status"]
    writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                         for k, v in row.items()})
    sys.stdout.write(out.getvalue())
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    """Prefect's own server in the background: ingest and watch then skip the temporary one."""
    from flows.server import ServerError, recorded_server, server_status, start_server, stop_server

    db = Path(args.db)
    if args.action == "start":
        try:
            info = start_server(db, args.port)
        except ServerError as exc:
            return _fail(str(exc), 1)
        print(f"Prefect server at {info.ui} (pid {info.pid}); `lifelong ingest` and `lifelong watch` use it\n"
              f"log: {info.log}")
        return 0
    if args.action == "stop":
        print("stopped" if stop_server(db) else "no server was running")
        return 0
    running = server_status(db)
    if running is not None:
        print(f"running at {running.ui} (pid {running.pid}, since {running.started}); API {running.url}")
        return 0
    pending = recorded_server(db)
    print(f"pid {pending.pid} is not answering at {pending.url} (starting or hung); log: {pending.log}"
          if pending else "no server running; `lifelong server start` starts one")
    return 1


def cmd_watch(args: argparse.Namespace) -> int:
    """Serve the inbox watch until Ctrl-C or SIGTERM; each run takes the ingest lock itself."""
    from flows.server import use_server_env
    from pipeline.settings import prepare_prefect_env

    inbox, db = Path(args.inbox), Path(args.db)
    if not inbox.is_dir():
        return _fail(f"not a folder: {inbox}", 2)
    prepare_prefect_env(db)  # before prefect is imported
    use_server_env(db)  # a running `lifelong server` is used; else the watch starts a private one
    from flows.watch import parse_every, watch  # imports prefect

    try:
        every = parse_every(args.every)
    except ValueError as exc:
        return _fail(str(exc), 2)
    if args.dask:
        from flows.dask_runner import parse_target

        try:
            parse_target(args.dask)
        except ValueError as exc:
            return _fail(str(exc), 2)
    on = f" on Dask {args.dask}" if args.dask else ""
    print(f"watching {inbox} every {args.every} -> {db}{on} (Ctrl-C stops)", file=sys.stderr)
    watch(inbox, db, every, dask=args.dask)
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
    _ocr_engine_option(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lifelong", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print one JSON record per document (JSON Lines)")
    p.add_argument("paths", nargs="+")
    _ocr_engine_option(p)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="load files and folders into DuckDB + Parquet (Prefect flow)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--db", default=str(DEFAULT_DB), help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--batch-size", type=_batch_size, default=BATCH_SIZE,
                   help=f"documents per Prefect task ({MIN_BATCH}-{MAX_BATCH}, default {BATCH_SIZE})")
    _limit_options(p)
    p.add_argument("--force", action="store_true",
                   help="re-extract files even when their bytes are unchanged (corrections are replayed)")
    p.add_argument("--dask", metavar="ADDRESS|local[:N]", default=None,
                   help="run the extract batches on Dask: a scheduler address (tcp://host:8786) "
                        "or local[:N] for N worker processes on this machine")
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
    p.add_argument("--format", choices=("parquet", "csv", "jsonl", "spacy"), required=True,
                   help="spacy: a DocBin of texts with extracted/confirmed/corrected spans (training data)")
    p.add_argument("--out", required=True, help="output folder (files are written only there)")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("report", help="write a self-contained HTML report with charts")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--out", default="report.html", help="HTML file to write (default report.html)")
    p.set_defaults(func=cmd_report)
    _review_commands(sub)
    _scale_commands(sub)
    return parser


def _scale_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="run Prefect's server in the background so each ingest starts ~10 s faster")
    p.add_argument("action", choices=("start", "stop", "status"))
    p.add_argument("--db", default=str(DEFAULT_DB), help="database whose Prefect home the server uses")
    p.add_argument("--port", type=int, default=None, help="port on 127.0.0.1 (default 4200, else a free one)")
    p.set_defaults(func=cmd_server)
    p = sub.add_parser("watch", help="ingest an inbox folder on an interval (a served Prefect deployment); Ctrl-C stops")
    p.add_argument("inbox", help="folder to watch; files are read, never moved or deleted")
    p.add_argument("--every", default="10m", help="interval: 30s, 10m, 2h or 1d (at least 5s; default %(default)s)")
    p.add_argument("--db", default=str(DEFAULT_DB), help="DuckDB file (default: %(default)s)")
    p.add_argument("--dask", metavar="ADDRESS|local[:N]", default=None,
                   help="extract each run's new files on Dask, as `lifelong ingest --dask`")
    _ocr_engine_option(p)
    p.set_defaults(func=cmd_watch)


def _review_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="local web app to check and correct extracted values")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("correct", help="log a correction of one value (like the review app)")
    p.add_argument("doc_id", help="document id or a unique prefix of it")
    p.add_argument("field", nargs="?", help="field name (title, theme, organizers, ...)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--accept", action="store_true", help="confirm the value")
    what.add_argument("--reject", action="store_true", help="the value is wrong: remove it")
    what.add_argument("--set", metavar="VALUE", help="replace the value (JSON object for items/region)")
    what.add_argument("--add", metavar="VALUE", help="add a missed value (with --at)")
    what.add_argument("--reviewed", action="store_true", help="mark the document reviewed")
    what.add_argument("--undo", metavar="ID", nargs="?", const="", help="take back a correction (default: the last)")
    p.add_argument("--at", type=_span, help="START:END of the value in the stored text (code points)")
    p.add_argument("--pos", type=int, help="item position, for list fields")
    p.add_argument("--reason", help="why (kept in the log)")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.set_defaults(func=cmd_correct)
    p = sub.add_parser("corrections", help="list the logged corrections and their outcomes")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.set_defaults(func=cmd_corrections)


OCR_ENGINES = ("rapidocr", "tesseract")


def _ocr_engine_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ocr-engine", choices=OCR_ENGINES, default=None,
                   help="OCR engine for scans and images (default rapidocr; tesseract is the fallback); "
                        "also LIFELONG_OCR_ENGINE")


def _apply_ocr_engine(args: argparse.Namespace) -> None:
    """The engine goes through the environment, which worker processes (forkserver, Dask
    LocalCluster) inherit; set before any of them starts."""
    engine = getattr(args, "ocr_engine", None)
    if engine:
        os.environ["LIFELONG_OCR_ENGINE"] = engine


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _apply_ocr_engine(args)
    code = int(args.func(args))
    import gc

    gc.freeze()  # the exit's final collection over thousands of modules costs ~0.4 s; nothing needs it
    return code


if __name__ == "__main__":
    sys.exit(main())
