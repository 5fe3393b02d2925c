"""The report's drill-down: for the largest marks of a chart, the documents behind them, each with
the quoted snippet, document id and offsets of the value the mark counts.

The Explore page lists these on a click; a static report cannot click, so it lists them for the
marks a reader looks at first (the largest), through the same `Chart.drill` the page uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from pipeline.dataset.report_html import cell, plain

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

TOP_MARKS = 5
DOCS_PER_MARK = 8
# Columns that size a mark, in order of preference; else the first numeric column that is not a key.
VALUE_COLUMNS = ("documents", "value", "count", "n", "median", "members", "ties")
REST = ("__other__", "other")  # a top-N chart's "the rest grouped" mark: drilled last
PANELS = ("panel", "part")  # a chart made of several views: each gets its share of the marks


@dataclass(frozen=True)
class Mark:
    """One mark of a chart: the drill keys the page would send, and how the report names it."""

    keys: dict[str, str]
    label: str
    size: str
    panel: str = ""


def _key_text(value: Any) -> str | None:
    """A drill key as the page sends it (a string), None for a missing value."""
    text = plain(value)
    return text or None


def value_column(df: pd.DataFrame, keys: tuple[str, ...]) -> str | None:
    """The column that measures a mark (how big it is), or None if the data has none."""
    import pandas as pd

    numeric = [c for c in df.columns if c not in keys and pd.api.types.is_numeric_dtype(df[c])
               and not pd.api.types.is_bool_dtype(df[c])]
    for name in VALUE_COLUMNS:
        if name in numeric:
            return name
    return numeric[0] if numeric else None


def _label(row: Any, keys: dict[str, str]) -> str:
    """`k = v` per key, in the chart's own words where the data has them: a `*_code` key shows the
    name beside it, an organization pair its names (`pair`) instead of the ids `a`/`b`."""
    pair = "pair" in row.index and {"a", "b"} <= set(keys)
    parts = [plain(row["pair"])] if pair else []
    for k, v in keys.items():
        if pair and k in ("a", "b"):
            continue
        name = next((c for c in (k[:-5], "region") if k.endswith("_code") and c in row.index), None)
        parts.append(f"{name} = {plain(row[name])}" if name else f"{k} = {v}")
    return ", ".join(parts)


def top_marks(df: pd.DataFrame, keys: tuple[str, ...], n: int = TOP_MARKS) -> list[Mark]:
    """The n largest marks (a grouped rest comes last, empty marks never; a chart of several panels or
    parts shares n between them)."""
    keys = tuple(k for k in keys if k in df.columns)
    if df.empty or not keys:
        return []
    what = None
    if "measure" in df.columns and "measure" not in keys:  # long format: rank by the first measure only
        what = plain(df["measure"].iloc[0])
        df = df[df["measure"] == df["measure"].iloc[0]]
    facet = next((c for c in PANELS if c in df.columns and c not in keys and df[c].nunique() > 1), None)
    if facet:
        panels = list(dict.fromkeys(df[facet]))
        share = max(1, -(-n // len(panels)))
        return [m for p in panels for m in _largest(df[df[facet] == p], keys, share, what, plain(p))]
    return _largest(df, keys, n, what, "")


def _largest(df: pd.DataFrame, keys: tuple[str, ...], n: int, what: str | None, panel: str) -> list[Mark]:
    size = value_column(df, keys)
    frame = df.copy()
    frame["_rest"] = frame[list(keys)].isin(REST).any(axis=1)
    frame["_size"] = frame.groupby(list(keys), dropna=False)[size].transform("sum") if size else 0
    frame = frame.sort_values(["_rest", "_size"], ascending=[True, False], kind="stable")
    frame = frame.drop_duplicates(subset=list(keys))
    marks: list[Mark] = []
    for _, row in frame.iterrows():
        drill = {k: v for k in keys if (v := _key_text(row[k])) is not None}
        empty = size is not None and not row["_size"] > 0
        if drill and not empty:  # a mark without some key (another part of the chart) drills on the others
            size_text = f"{what or size}: {plain(row['_size'])}" if size else ""
            marks.append(Mark(drill, _label(row, drill), size_text, panel))
        if len(marks) == n:
            break
    return marks


def _doc_row(r: dict[str, Any]) -> str:
    where = f"{cell(r.get('field'))} · offsets {cell(r.get('start'))}–{cell(r.get('end'))}"
    snippet = r.get("snippet")
    quote = f'<q class="snippet">{cell(snippet)}</q>' if snippet else '<span class="muted">(no snippet stored)</span>'
    return (f"<tr><td>{cell(r.get('title'))}<br><code class=\"muted\">{cell(r.get('doc_id'))}</code></td>"
            f"<td>{cell(r.get('campaign_year'))}</td><td>{cell(r.get('region'))}</td>"
            f"<td>{cell(r.get('doc_type'))}</td><td>{cell(r.get('review_status'))}</td>"
            f"<td>{quote}<br><span class=\"muted\">{where}</span></td></tr>")


def mark_title(mark: Mark) -> str:
    return mark.label + (f" ({mark.size})" if mark.size else "") + (f" — {mark.panel}" if mark.panel else "")


def drill_html(chart_name: str, i: int, mark: Mark, docs: pd.DataFrame) -> str:
    """One mark's documents as a table with quoted evidence."""
    found = docs.to_dict("records")
    head = f'<h3 class="mark" id="{escape(chart_name)}-mark-{i}">{escape(mark_title(mark))}</h3>'
    if not found:
        return head + '<p class="muted">No document with evidence behind this mark.</p>'
    more = len(found) - DOCS_PER_MARK
    note = f'<p class="muted">{more} more documents behind this mark (Explore page: click the mark).</p>' if more > 0 else ""
    cols = "".join(f"<th>{c}</th>" for c in ("document", "year", "region", "type", "status", "evidence"))
    body = "".join(_doc_row(r) for r in found[:DOCS_PER_MARK])
    return f"{head}<table><tr>{cols}</tr>{body}</table>{note}"


def evidence_section(con: DuckDBPyConnection, chart: Any, filters: Any, df: pd.DataFrame) -> str:
    """The drill-down of a chart's largest marks (empty text if the chart has no drill keys)."""
    marks = top_marks(df, tuple(chart.drill_keys))
    if not marks:
        return '<p class="muted">No mark to drill into.</p>'
    index = "".join(f'<li><a href="#{escape(chart.name)}-mark-{i}">{escape(mark_title(m))}</a></li>'
                    for i, m in enumerate(marks))
    parts = [f'<details class="evidence"><summary>Documents behind the {len(marks)} largest marks, '
             f"with the quoted evidence</summary><ol>{index}</ol>"]
    for i, mark in enumerate(marks):
        parts.append(drill_html(chart.name, i, mark, chart.drill(con, filters, mark.keys)))
    parts.append("</details>")
    return "\n".join(parts)
