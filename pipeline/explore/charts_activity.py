"""`activity`: how many documents and campaign editions each year, by region level.

An edition is one campaign year in one region (distinct year x region); a document saved in
several formats counts once (text fingerprint). Twenty years x six levels: never large.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.explore.base import (
    Chart,
    Slots,
    cached_spec,
    content,
    drill_documents,
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

MEASURES = ("documents", "editions")
HEADERS = {"documents": "documents 文件数", "editions": "editions 活动届次 (year x region)"}


class Activity(Chart):
    name = "activity"
    title = "Documents and editions per campaign year and level"
    question = "How much activity each year, at which level: documents, and editions (year x region)?"
    drill_keys = ("campaign_year", "level")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        where, params = filters.where("d")
        sql = f"""
            SELECT d.campaign_year, coalesce(d.region_level, 'unknown') AS level,
                   count(DISTINCT {content('d')}) AS documents,
                   count(DISTINCT coalesce(d.region_code, d.region_level, '?')) AS editions
            FROM documents d WHERE {where} GROUP BY ALL"""
        wide = frame(con, sql, params)
        df = wide.melt(id_vars=["campaign_year", "level"], value_vars=list(MEASURES), var_name="measure",
                       value_name="count")
        df["count"] = df["count"].astype(int)
        df["panel"] = df["measure"].map(HEADERS)
        return df.sort_values(["measure", "campaign_year", "level"]).reset_index(drop=True)

    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        levels = [lv for lv in LEVELS if lv in set(df["level"])]
        values = {**level_slots(levels), "rank": f"indexof({levels!r}, datum.level)"}
        return cached_spec((self.name, interactive), lambda s: self._chart(s, interactive), {"rows": df}, values)

    def _chart(self, s: Slots, interactive: bool) -> Any:
        import altair as alt

        base = alt.Chart(s.data("rows")).mark_bar().encode(
            x=alt.X("campaign_year:O", title="campaign year 活动年份", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("sum(count):Q", title=None),
            color=level_colour(s),
            order=alt.Order("level_rank:Q"),
            tooltip=[alt.Tooltip("campaign_year:O", title="year"), alt.Tooltip("level:N"),
                     alt.Tooltip("measure:N"), alt.Tooltip("sum(count):Q", title="count")],
        ).transform_calculate(level_rank=s["rank"]).properties(width=680, height=170)
        if interactive:
            sel = pick(self.drill_keys)
            base = base.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.35)))
        chart = base.facet(row=alt.Row("panel:N", title=None, sort=list(HEADERS.values()),
                                        header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start",
                                                          labelOrient="top", labelFontWeight="bold"))
                           ).resolve_scale(y="independent")
        return style(chart, self.title)

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        cond, params = year_level(keys)
        return drill_documents(con, filters, " AND ".join(cond), params, "campaign_year")
