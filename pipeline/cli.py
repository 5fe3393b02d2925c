"""The `lifelong` command: a thin argument parser over library functions."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from models import LifelongError


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lifelong", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print one JSON record per document (JSON Lines)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
