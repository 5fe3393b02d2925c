"""Read-only SQL over the database, printed as an aligned table, CSV or JSON.

Read-only is enforced three ways: statements are classified by DuckDB's own parser and
only reading kinds pass (a keyword scan would miss `SELECT 1; DROP …` or flag a column
called `updated`), the file is opened `read_only`, and file-system access is disabled
so `COPY … TO` or `read_csv('/etc/…')` cannot reach outside the database.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMATS = ("table", "csv", "json")
_READING = {"SELECT", "EXPLAIN", "PRAGMA"}
_CELL_WIDTH = 60  # table format only: long cells (record JSON) are cut


class QueryRefused(ValueError):
    """A statement that would write, or SQL that does not parse."""


def check_read_only(sql: str) -> None:
    """Raise QueryRefused unless every statement only reads."""
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryRefused(f"cannot parse the query: {exc}") from exc
    if not statements:
        raise QueryRefused("empty query")
    for statement in statements:
        kind = statement.type.name
        if kind not in _READING:
            raise QueryRefused(
                f"refused: {kind} statement — `lifelong query` is read-only "
                f"(allowed: {', '.join(sorted(_READING))}); use `lifelong export` to write files"
            )


def run_query(db: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of a read-only query."""
    import duckdb

    check_read_only(sql)
    if not Path(db).exists():
        raise FileNotFoundError(f"no database at {db} (run `lifelong ingest` first)")
    config: dict[str, str | bool | int | float | list[str]] = {"enable_external_access": False}
    with duckdb.connect(str(db), read_only=True, config=config) as con:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    if fmt == "csv":
        return to_csv(columns, rows)
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, default=str, indent=1)
    if fmt == "table":
        return to_table(columns, rows)
    raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in r] for r in rows)
    return out.getvalue().rstrip("\n")


def width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: Any) -> str:
    text = "NULL" if value is None else str(value).replace("\n", "\\n")
    if width(text) <= _CELL_WIDTH:
        return text
    while width(text) > _CELL_WIDTH - 1:
        text = text[:-1]
    return text + "…"


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def to_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Aligned text table with a header rule and a row count."""
    cells = [[_cell(v) for v in r] for r in rows]
    sizes = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(_pad(c, s) for c, s in zip(columns, sizes, strict=True)), "-+-".join("-" * s for s in sizes)]
    lines += [" | ".join(_pad(c, s) for c, s in zip(r, sizes, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
