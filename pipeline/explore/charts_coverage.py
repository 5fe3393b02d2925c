"""`coverage`: how much of the data is there, and how much of it a person has checked.

Per field, the share of documents with a value, split into values a reviewer confirmed,
corrected or added (provenance human:*) and values only the extractor stands behind; plus
the documents per review status. A researcher reads how far each chart can be trusted and
what a restriction to checked values would leave.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.explore.base import (
    Chart,
    Slots,
    cached_spec,
    drill_documents,
    frame,
    key,
    label_expr,
    pick,
    records,
    style,
)
from pipeline.explore.filters import ExploreFilters

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

SCALARS = ("doc_type", "title", "doc_number", "issue_date", "campaign_year", "region", "theme", "event_start",
           "event_end")
LISTS = {"issuers": "issuers", "organizers": "organizers", "committee": "committee_members",
         "deadlines": "deadlines", "contacts": "contacts", "figures": "figures"}
STATES = ("checked", "extracted", "missing")
# Field states, then review statuses; an unknown status gets grey.
STATE_COLOURS = {"checked": "#2a9d4b", "extracted": "#8fb4d9", "missing": "#eeeeee", "reviewed": "#2a9d4b",
                 "unreviewed": "#bbbbbb", "needs attention": "#e8702a"}
STATUS = "review status"
LABELS = {"doc_type": "文种 doc_type", "title": "标题 title", "doc_number": "文号 doc_number",
          "issue_date": "发文日期 issue_date", "campaign_year": "活动年份 campaign_year", "region": "地区 region",
          "theme": "主题 theme", "event_start": "活动开始 event_start", "event_end": "活动结束 event_end",
          "issuers": "发文机关 issuers", "organizers": "主办单位 organizers", "committee": "组委会 committee",
          "deadlines": "截止日期 deadlines", "contacts": "联系人 contacts", "figures": "数字 figures",
          STATUS: "审核状态 review status"}


def has_value(field: str) -> str:
    """SQL truth of 'document d has a value for the field' (doc_type 'other' is the fallback, not a value).

    List fields read `l_<field>` (one row per document: `checked`), joined by `list_joins()`.
    """
    if field in LISTS:
        return f"l_{field}.doc_id IS NOT NULL"
    if field == "doc_type":
        return "coalesce(d.doc_type, 'other') <> 'other'"
    if field == "region":
        return "d.region_level IS NOT NULL"
    return f"coalesce(CAST(d.{field} AS VARCHAR), '') <> ''"


def checked(field: str) -> str:
    """SQL truth of 'a person stands behind the field's value in document d'."""
    if field in LISTS:
        return f"coalesce(l_{field}.checked, false)"
    return f"coalesce(json_extract_string(d.provenance, '$.{field}'), '') LIKE 'human:%'"


def list_joins(fields: tuple[str, ...] = tuple(LISTS)) -> str:
    """One aggregated LEFT JOIN per list field: a hash join each, not a subquery per document."""
    return " ".join(
        f"LEFT JOIN (SELECT doc_id, bool_or(provenance LIKE 'human:%') AS checked FROM {LISTS[f]} GROUP BY doc_id) "
        f"l_{f} ON l_{f}.doc_id = d.doc_id" for f in fields)


def state(field: str) -> str:
    return f"CASE WHEN NOT ({has_value(field)}) THEN 'missing' WHEN {checked(field)} THEN 'checked' ELSE 'extracted' END"


def _labels(df: pd.DataFrame) -> dict[str, str]:
    """Per field: '87% · 3% checked' (share with a value, share checked by a person)."""
    out = {}
    for field, part in df.groupby("field"):
        share = part.set_index("state")["share"]
        if field == STATUS:
            out[field] = f"{share.get('reviewed', 0.0):.0%} reviewed"
        else:
            out[field] = f"{share.get('checked', 0.0) + share.get('extracted', 0.0):.0%} · " \
                         f"{share.get('checked', 0.0):.0%} checked"
    return out


def _field_labels(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first row of each field without its state: the rows of the labels beside the bars."""
    seen: set[str] = set()
    out = []
    for row in rows:
        if row["field"] not in seen:
            seen.add(row["field"])
            out.append({k: v for k, v in row.items() if k != "state"})
    return out


class Coverage(Chart):
    name = "coverage"
    title = "Field coverage and review: how much is there, and how much a person checked"
    question = "For each field, how many documents have a value, and how many of those values were checked?"
    drill_keys = ("field", "state")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        import pandas as pd

        where, params = filters.where("d")
        cases = ", ".join(f"{state(f)} AS \"{f}\"" for f in (*SCALARS, *LISTS))
        columns = ", ".join(f'"{f}"' for f in (*SCALARS, *LISTS))
        counts = frame(con, f"""
            WITH w AS (SELECT coalesce(d.review_status, 'unreviewed') AS "{STATUS}", {cases}
                       FROM documents d {list_joins()} WHERE {where})
            SELECT field, state, count(*) AS documents
            FROM (UNPIVOT w ON {columns}, "{STATUS}" INTO NAME field VALUE state) GROUP BY ALL""", params)
        found = {(f, s): int(n) for f, s, n in counts.itertuples(index=False)}
        total = sum(n for (f, _), n in found.items() if f == STATUS)
        rows = [{"field": f, "state": s, "documents": found.get((f, s), 0)} for f in (*SCALARS, *LISTS) for s in STATES]
        rows += [{"field": STATUS, "state": s, "documents": n} for (f, s), n in sorted(found.items()) if f == STATUS]
        df = pd.DataFrame(rows, columns=["field", "state", "documents"])
        df["share"] = df["documents"] / total if total else 0.0
        df["total"] = total
        df["label"] = df["field"].map(_labels(df))
        return df

    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        extra = sorted(set(df["state"]) - set(STATE_COLOURS))
        states = [*STATE_COLOURS, *extra]
        values = {"states": states, "colours": [*STATE_COLOURS.values(), *["#999999"] * len(extra)],
                  "rank": f"indexof({states!r}, datum.state)"}
        rows = records(df)
        frames = {"bars": rows, "text": _field_labels(rows)}
        return cached_spec((self.name, interactive), lambda s: self._chart(s, interactive), frames, values)

    def _chart(self, s: Slots, interactive: bool) -> Any:
        import altair as alt

        order = [*SCALARS, *LISTS, STATUS]
        bars = alt.Chart(s.data("bars")).transform_filter("datum.documents > 0").mark_bar(stroke="white").encode(
            y=alt.Y("field:N", sort=order, title=None, axis=alt.Axis(labelExpr=label_expr(LABELS))),
            x=alt.X("share:Q", title="share of the documents", axis=alt.Axis(format="%"),
                    scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("state:N", title=None, legend=alt.Legend(orient="bottom", columns=6),
                            scale=alt.Scale(domain=s["states"], range=s["colours"])),
            order=alt.Order("rank:Q"),
            tooltip=["field:N", "state:N", "documents:Q", alt.Tooltip("share:Q", format=".1%"), "total:Q"],
        ).transform_calculate(rank=s["rank"])
        if interactive:
            sel = pick(self.drill_keys)
            bars = bars.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.4)))
        text = alt.Chart(s.data("text")).mark_text(align="left", dx=6, fontSize=11).encode(
            y=alt.Y("field:N", sort=order), x=alt.datum(1), text="label:N")
        chart = alt.layer(bars, text).properties(width=520, height=alt.Step(20))
        return style(chart, self.title).properties(title={
            "text": self.title, "subtitle": [
            "green: checked by a person; blue: extractor only; grey: no value. Last row: documents per review status.",
            "Documents with a campaign year in the campaign's history (2005 to their own date)."]})

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        field, st = key(keys, "field"), key(keys, "state")
        if field == STATUS:
            cond, params = ("coalesce(d.review_status, 'unreviewed') = ?", [st]) if st else ("TRUE", [])
            return drill_documents(con, filters, cond, params, "title")
        if field not in (*SCALARS, *LISTS):
            field = "title"
        cond = f"{state(field)} = ?" if st in STATES else "TRUE"
        params = [st] if st in STATES else []
        if field in LISTS:
            evidence = "e.pos = (SELECT min(x.pos) FROM " + LISTS[field] + " x WHERE x.doc_id = d.doc_id)"
            return drill_documents(con, filters, cond, params, field, joins=list_joins((field,)), evidence_on=evidence)
        return drill_documents(con, filters, cond, params, field)
