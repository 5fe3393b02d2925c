"""`organizers`: who co-organizes with whom, strongest ties first.

Two rankings instead of a hairball: the pairs of organizations named together as organizers
most often (view organizer_network), and the same ties by kind of body, with the region's name
removed (X市教育局 and Y区教育局 are both 教育局), which shows which partnerships are common
across the country. Ties count documents (reposts once); the bar's shade is the years spanned.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.dataset.views import ORGANIZER_NETWORK
from pipeline.explore.base import (
    Chart,
    Slots,
    cached_spec,
    content,
    drill_documents,
    filtered_documents,
    filtered_view,
    frame,
    key,
    pick,
    quiet,
    records_by,
    style,
)
from pipeline.explore.filters import ExploreFilters

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

TOP_PAIRS = 20
PANELS = {"org": f"the {TOP_PAIRS} pairs of organizations most often organizing together",
          "kind": f"the {TOP_PAIRS} most common pairs of kinds of body (place names removed)"}
# X市教育局 -> 教育局; 中共X市委宣传部 -> 中共市委宣传部 (the place's stem removed inside the name).
_STEM = "CASE WHEN length(r.name) > 2 AND right(r.name, 1) IN ('市', '区', '县', '省') THEN left(r.name, -1) ELSE r.name END"
KIND = ("CASE WHEN r.name IS NULL THEN g.name "
        "WHEN starts_with(g.name, r.name) AND length(g.name) > length(r.name) THEN substr(g.name, length(r.name) + 1) "
        f"WHEN length({_STEM}) >= 2 AND contains(g.name, {_STEM}) THEN replace(g.name, {_STEM}, '') ELSE g.name END")
MENTIONS = f"""
    SELECT DISTINCT m.doc_id, m.pos, m.org_id, {KIND} AS kind
    FROM organization_mentions m JOIN organizations g USING (org_id) LEFT JOIN regions r ON r.code = g.region_code
    WHERE m.source = 'organizers' AND m.org_id IS NOT NULL"""


class Organizers(Chart):
    name = "organizers"
    title = "Organizer network: who organizes together, strongest ties first"
    question = "Which organizations, and which kinds of body, co-organize the campaign most often?"
    drill_keys = ("tie", "a", "b")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        import pandas as pd

        view, params = filtered_view(ORGANIZER_NETWORK, filters, "n")
        orgs = frame(con, f"""{view}
            SELECT 'org' AS tie, org_a AS a, org_b AS b, org_a_name || ' — ' || org_b_name AS pair,
                   documents, len(years) AS years, list_min(years) AS first_year, list_max(years) AS last_year,
                   NULL::BIGINT AS regions
            FROM n ORDER BY documents DESC, years DESC, pair LIMIT {TOP_PAIRS}""", params)
        head, params = filtered_documents(filters)
        kinds = frame(con, f"""{head}, o AS (
                SELECT DISTINCT {content('d')} AS doc_key, d.campaign_year, d.region_code, m.kind
                FROM ({MENTIONS}) m JOIN documents d USING (doc_id))
            SELECT 'kind' AS tie, a.kind AS a, b.kind AS b, a.kind || ' — ' || b.kind AS pair,
                   count(DISTINCT a.doc_key) AS documents, count(DISTINCT a.campaign_year) AS years,
                   min(a.campaign_year) AS first_year, max(a.campaign_year) AS last_year,
                   count(DISTINCT a.region_code) AS regions
            FROM o a JOIN o b ON a.doc_key = b.doc_key AND a.kind < b.kind
            GROUP BY ALL ORDER BY documents DESC, pair LIMIT {TOP_PAIRS}""", params)
        df = pd.concat([orgs, kinds], ignore_index=True)
        df["panel"] = df["tie"].map(PANELS)
        return df

    @quiet
    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        parts = {tie: df[df["tie"] == tie] for tie in PANELS}
        values: dict[str, Any] = {}
        for tie, part in parts.items():
            values[f"order_{tie}"] = part.sort_values(["documents", "pair"], ascending=[False, True])["pair"].tolist()
            # whole documents on the axis: at most 8 ticks
            values[f"ticks_{tie}"] = int(min(max(part["documents"].max(), 1), 8)) if len(part) else 1
        rows = records_by(df, "tie")
        frames = {tie: rows.get(tie, []) for tie in PANELS}
        return cached_spec((self.name, interactive), lambda s: self._chart(s, interactive), frames, values)

    def _chart(self, s: Slots, interactive: bool) -> Any:
        import altair as alt

        sel = pick(self.drill_keys) if interactive else None
        panels = [_panel(s, tie, title, sel) for tie, title in PANELS.items()]
        return style(alt.vconcat(*panels, spacing=24).resolve_scale(color="independent"), self.title)

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        tie, a, b = key(keys, "tie") or "org", key(keys, "a"), key(keys, "b")
        column = "org_id" if tie == "org" else "kind"
        cond: list[str] = ["TRUE"]
        params: list[Any] = []
        for value in (a, b):
            if value is not None:
                cond.append(f"EXISTS (SELECT 1 FROM ({MENTIONS}) x WHERE x.doc_id = d.doc_id AND x.{column} = ?)")
                params.append(value)
        # the evidence of the first of the two organizations named in the document
        first = f"e.pos = (SELECT min(x.pos) FROM ({MENTIONS}) x WHERE x.doc_id = d.doc_id AND x.{column} = ?)"
        return drill_documents(con, filters, " AND ".join(cond), params, "organizers", evidence_on=first,
                               evidence_params=[a or b])


def _panel(s: Slots, tie: str, title: str, sel: Any) -> Any:
    """One ranking: a bar per pair (ticks: whole documents, at most 8), the count beside it."""
    import altair as alt

    order = s[f"order_{tie}"]
    bars = alt.Chart(s.data(tie)).mark_bar().encode(
        y=alt.Y("pair:N", sort=order, title=None),
        x=alt.X("documents:Q", title="documents naming both as organizers",
                axis=alt.Axis(format="d", tickCount=s[f"ticks_{tie}"])),
        color=alt.Color("years:Q", title="years together", scale=alt.Scale(scheme="teals")),
        tooltip=["pair:N", "documents:Q", alt.Tooltip("years:Q", title="years"), "first_year:O", "last_year:O",
                 alt.Tooltip("regions:Q", title="regions")])
    if sel is not None:
        bars = bars.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.4)))
    text = alt.Chart(s.data(tie)).mark_text(align="left", dx=4, fontSize=10).encode(
        y=alt.Y("pair:N", sort=s[f"order_{tie}"]), x="documents:Q", text="documents:Q")
    return alt.layer(bars, text).properties(width=420, height=alt.Step(18), title=title)
