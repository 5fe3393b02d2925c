"""`committees`: how large the organizing committees are, and how many lead them, by level and year.

From the view committee_size_by_region_year (one committee = one body of one region in one
year, its largest document): the median number of named members and of leading roles (a role
without 副 that is not 成员: 组长, 主任 …) per committee, one line per region level. Medians,
not sums, so a year with more documents does not look like a year with bigger committees.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.dataset.views import COMMITTEE_SIZE
from pipeline.explore.base import (
    Chart,
    Slots,
    cached_spec,
    drill_documents,
    filtered_view,
    frame,
    level_colour,
    level_slots,
    pick,
    style,
    year_level,
)
from pipeline.explore.filters import LEVELS, ExploreFilters

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

MEASURES = {"members": "named members per committee (median) 成员人数",
            "heads": "leading roles per committee (median: 组长, 主任 …) 负责人",
            "committees": "committees with named members (body x region) 组委会数"}
HEAD = "(c.role NOT LIKE '%副%' AND c.role NOT LIKE '%成员%')"


class Committees(Chart):
    name = "committees"
    title = "Organizing committees: size and leading roles per level and year"
    question = "How large are the organizing committees, and how many people lead them, per level and year?"
    drill_keys = ("campaign_year", "level")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        view, params = filtered_view(COMMITTEE_SIZE, filters, "c")
        wide = frame(con, f"""{view},
            lv AS (SELECT campaign_year, region_code, any_value(coalesce(region_level, 'unknown')) AS level
                   FROM documents GROUP BY ALL)
            SELECT c.campaign_year, lv.level, count(*) AS committees, count(*) AS n_committees,
                   median(c.members) AS members, median(c.heads) AS heads, max(c.members) AS largest,
                   sum(c.checked_members) AS checked_members, sum(c.members) AS all_members
            FROM c JOIN lv ON lv.campaign_year = c.campaign_year
                          AND coalesce(lv.region_code, '') = coalesce(c.region_code, '')
            GROUP BY ALL""", params)
        df = wide.melt(id_vars=["campaign_year", "level", "n_committees", "largest", "checked_members", "all_members"],
                       value_vars=list(MEASURES), var_name="measure", value_name="median")
        df["panel"] = df["measure"].map(MEASURES)
        return df.sort_values(["measure", "level", "campaign_year"]).reset_index(drop=True)

    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        levels = [lv for lv in LEVELS if lv in set(df["level"])]
        values = {**level_slots(levels), "years": sorted(set(df["campaign_year"]))}
        return cached_spec((self.name, interactive), lambda s: self._chart(s, interactive), {"rows": df}, values)

    def _chart(self, s: Slots, interactive: bool) -> Any:
        import altair as alt

        base = alt.Chart(s.data("rows")).encode(
            x=alt.X("campaign_year:O", title="campaign year", scale=alt.Scale(domain=s["years"]),
                    axis=alt.Axis(labelAngle=0)),
            y=alt.Y("median:Q", title=None),
            color=level_colour(s),
            tooltip=[alt.Tooltip("campaign_year:O", title="year"), "level:N", "measure:N",
                     alt.Tooltip("median:Q", title="value", format=".1f"), alt.Tooltip("n_committees:Q", title="committees"),
                     alt.Tooltip("largest:Q", title="largest committee"),
                     alt.Tooltip("checked_members:Q", title="checked members")])
        points = base.mark_point(filled=True, size=60)
        if interactive:
            sel = pick(self.drill_keys)
            points = points.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.3)))
        chart = alt.layer(base.mark_line(strokeWidth=1.5, opacity=0.7), points).properties(width=680, height=130)
        chart = chart.facet(row=alt.Row("panel:N", title=None, sort=list(MEASURES.values()), header=alt.Header(
            labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top", labelFontWeight="bold"))
        ).resolve_scale(y="independent")
        return style(chart, self.title)

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        cond, params = year_level(keys)
        joins = (f"JOIN (SELECT c.doc_id, coalesce(min(c.pos) FILTER (WHERE {HEAD}), min(c.pos)) AS pos "
                 "FROM committee_members c WHERE coalesce(c.name, '') <> '' GROUP BY c.doc_id) c ON c.doc_id = d.doc_id")
        return drill_documents(con, filters, " AND ".join(cond), params, "committee", joins=joins,
                               evidence_on="e.pos = c.pos")
