"""`lead_time`: how many days a notice gives before the event starts and before its deadlines.

From the view lead_time, per region level and target (event start, deadline): the middle half
of the documents as a bar, the 10th-90th percentile as a line, the median as a tick and its
value. Negative days (a date before the notice) are extraction or typing errors worth a look:
they stay visible rather than being clipped.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.dataset.views import LEAD_TIME
from pipeline.explore.base import (
    LEVEL_LABELS,
    Chart,
    Slots,
    cached_spec,
    drill_documents,
    filtered_view,
    frame,
    key,
    label_expr,
    pick,
    style,
)
from pipeline.explore.filters import LEVELS, ExploreFilters

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

TARGETS = {"event_start": "notice -> event start 发文至活动开始", "deadline": "notice -> deadline 发文至截止日期"}


class LeadTime(Chart):
    name = "lead_time"
    title = "Lead time: days from the notice to the event and to its deadlines, by level"
    question = "How far ahead are activities announced, and how long do deadlines give, per level?"
    drill_keys = ("level", "target")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        view, params = filtered_view(LEAD_TIME, filters, "lt")
        df = frame(con, f"""{view}
            SELECT coalesce(d.region_level, 'unknown') AS level, lt.target, count(*) AS n,
                   count(DISTINCT lt.doc_id) AS documents,
                   quantile_cont(lt.days, 0.1) AS p10, quantile_cont(lt.days, 0.25) AS q1,
                   median(lt.days) AS median, quantile_cont(lt.days, 0.75) AS q3,
                   quantile_cont(lt.days, 0.9) AS p90, min(lt.days) AS min, max(lt.days) AS max,
                   count(*) FILTER (WHERE lt.days < 0) AS negative
            FROM lt JOIN documents d USING (doc_id) GROUP BY ALL""", params)
        df["panel"] = df["target"].map(TARGETS).fillna(df["target"])
        return df.sort_values(["target", "level"]).reset_index(drop=True)

    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        values = {"levels": [lv for lv in LEVELS if lv in set(df["level"])]}
        return cached_spec((self.name, interactive), lambda s: self._chart(s, interactive), {"rows": df}, values)

    def _chart(self, s: Slots, interactive: bool) -> Any:
        import altair as alt

        y = alt.Y("level:N", sort=s["levels"], title=None, axis=alt.Axis(labelExpr=label_expr(LEVEL_LABELS)))
        tip: list[Any] = ["level:N", "panel:N", alt.Tooltip("n:Q", title="dates"), "documents:Q",
               alt.Tooltip("median:Q", title="median days", format=".0f"), alt.Tooltip("q1:Q", format=".0f"),
               alt.Tooltip("q3:Q", format=".0f"), "min:Q", "max:Q", alt.Tooltip("negative:Q", title="before notice")]
        rows = s.data("rows")
        base = alt.Chart(rows).encode(y=y, tooltip=tip)
        whisker = base.mark_rule(color="#777").encode(x=alt.X("p10:Q", title="days after the notice"), x2="p90:Q")
        box = base.mark_bar(height=16, color="#8fb4d9").encode(x="q1:Q", x2="q3:Q")
        if interactive:
            sel = pick(self.drill_keys)
            box = box.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.4)))
        median = base.mark_tick(color="#1f3f77", thickness=3, size=18).encode(x="median:Q")
        label = base.mark_text(align="left", dx=6, dy=-12, fontSize=11).encode(
            x="median:Q", text=alt.Text("label:N"))
        zero = alt.Chart(rows).mark_rule(color="#d62728", strokeDash=[3, 3]).encode(x=alt.datum(0))
        chart = (alt.layer(zero, whisker, box, median, label)
                 .transform_calculate(label="format(datum.median, '.0f') + ' days (n=' + datum.n + ')'")
                 .properties(width=640, height=alt.Step(44)))
        chart = chart.facet(row=alt.Row("panel:N", title=None, sort=list(TARGETS.values()), header=alt.Header(
            labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top", labelFontWeight="bold")))
        return style(chart, self.title).properties(
            title={"text": self.title, "subtitle": "bar: middle half of the dates; line: 10th-90th percentile; "
                                                   "tick: median"})

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        level, target = key(keys, "level"), key(keys, "target") or "event_start"
        cond: list[str] = ["lt.target = ?"]
        params: list[Any] = [target]
        if level is not None:
            cond.append("coalesce(d.region_level, 'unknown') = ?")
            params.append(level)
        field = "deadlines" if target == "deadline" else "event_start"
        return drill_documents(con, filters, " AND ".join(cond), params, field,
                               joins="JOIN lead_time lt ON lt.doc_id = d.doc_id",
                               evidence_on="e.pos IS NOT DISTINCT FROM lt.pos", order="lt.days, d.doc_id")
