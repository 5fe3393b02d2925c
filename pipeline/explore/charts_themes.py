"""`themes`: the national theme of each year, and where and how local themes differ from it.

Three aligned views instead of one lane per region (300 lanes do not read): the national
theme per year as text; a year x province grid counting documents whose theme differs; the
most used differing themes (top 25, a search box finds the others) by year. The national
theme is reference data (national_themes, else national documents): filters restrict the
documents compared with it, not the reference itself.
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
    int_key,
    key,
    pick,
    quiet,
    records_by,
    style,
)
from pipeline.explore.filters import ExploreFilters, plausible_year

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

TOP_THEMES = 25  # shown at once; the search box reaches the others
THEMES_KEPT = 150  # in the data, most used first
MAX_ROWS = 3000
NOT_STATED = "(not stated in the corpus)"
NATIONAL = "全国"
KINDS = ("national", "differs", "local")  # same as the national theme / other / no national theme that year


def theme_key(expr: str) -> str:
    """Punctuation and spaces do not make two themes different (as in pipeline.dataset.views)."""
    return f"regexp_replace(coalesce({expr}, ''), '[\\s\\p{{P}}“”‘’·　]', '', 'g')"


NATIONAL_SQL = f"""
    SELECT y.year, coalesce(s.theme, n.theme) AS theme,
           CASE WHEN s.theme IS NOT NULL THEN s.source WHEN n.theme IS NOT NULL
                THEN 'national documents in the database' END AS source
    FROM (SELECT DISTINCT campaign_year AS year FROM documents) y
    LEFT JOIN (SELECT year, theme, source FROM national_themes WHERE theme IS NOT NULL) s USING (year)
    LEFT JOIN (SELECT d.campaign_year AS year, mode(d.theme) AS theme FROM main.documents d
               WHERE d.region_level = 'national' AND d.theme IS NOT NULL AND {plausible_year('d')}
               GROUP BY 1) n USING (year)
"""


class Themes(Chart):
    name = "themes"
    title = "Themes: the national theme per year, and local themes that differ"
    question = "What was the national theme each year, which provinces used other themes, and which ones?"
    drill_keys = ("campaign_year", "province", "theme", "kind")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        """Three parts: `national` (one row per year), `grid` (year x province x kind), `theme` (year x theme)."""
        import pandas as pd

        head, params = _filtered(filters)
        nat = frame(con, f"{head} {NATIONAL_SQL} ORDER BY year", params)
        docs = f"""{head}, nat AS ({NATIONAL_SQL}), t AS (
            SELECT d.campaign_year, coalesce(d.region_province, '{NATIONAL}') AS province, d.theme,
                   CASE WHEN nat.theme IS NULL THEN 'local'
                        WHEN {theme_key('d.theme')} = {theme_key('nat.theme')} THEN 'national'
                        ELSE 'differs' END AS kind,
                   coalesce(d.region_code, d.region_level) AS region, {content('d')} AS content
            FROM documents d LEFT JOIN nat ON nat.year = d.campaign_year
            WHERE d.theme IS NOT NULL AND d.theme <> '')"""
        grid = frame(con, f"""{docs}
            SELECT 'grid' AS part, campaign_year, province, kind, count(DISTINCT region) AS regions,
                   count(DISTINCT content) AS documents, count(DISTINCT theme) AS themes
            FROM t GROUP BY ALL""", params)
        themes = frame(con, f"""{docs},
            top AS (SELECT theme FROM t WHERE kind <> 'national' GROUP BY theme
                    ORDER BY count(DISTINCT content) DESC, theme LIMIT {THEMES_KEPT}),
            p AS (SELECT campaign_year, theme, kind, province, count(DISTINCT region) AS regions,
                         count(DISTINCT content) AS documents
                  FROM t WHERE kind <> 'national' AND theme IN (SELECT theme FROM top) GROUP BY ALL)
            SELECT 'theme' AS part, campaign_year, theme, kind, sum(regions) AS regions, sum(documents) AS documents,
                   count(*) AS provinces,
                   array_to_string(list_slice(list(province || ' ' || documents ORDER BY documents DESC, province),
                                              1, 6), '、') AS "where"
            FROM p GROUP BY ALL ORDER BY documents DESC LIMIT {MAX_ROWS}""", params)
        national = pd.DataFrame({
            "part": "national", "campaign_year": nat["year"], "province": NATIONAL,
            "theme": nat["theme"].fillna(NOT_STATED), "kind": "reference", "source": nat["source"]})
        df = pd.concat([national, grid, themes], ignore_index=True)
        df["campaign_year"] = df["campaign_year"].astype(int)
        for column in ("regions", "documents", "themes", "provinces"):
            df[column] = df[column].fillna(0).astype(int)
        return df

    @quiet
    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        rows = records_by(df, "part")
        frames = {part: rows.get(part, []) for part in ("national", "grid", "theme")}
        grid = df[df["part"] == "grid"]
        values = {"years": sorted(set(df["campaign_year"])),
                  "provinces": grid.groupby("province")["documents"].sum().sort_values(ascending=False).index.tolist()}
        kinds = tuple(kind for kind in ("differs", "local") if kind in set(grid["kind"]))
        return cached_spec((self.name, interactive, kinds), lambda s: self._chart(s, kinds, interactive), frames,
                           values)

    def _chart(self, s: Slots, kinds: tuple[str, ...], interactive: bool) -> Any:
        import altair as alt

        search = alt.param(name="search", value="", bind=alt.binding(
            input="search", placeholder="theme or province contains…", name="search themes "))
        match = "(search == '' || indexof(datum.theme, search) >= 0 || indexof(datum.where, search) >= 0)"
        year_y = alt.Y("campaign_year:O", title="campaign year", sort=s["years"])
        sel = pick(self.drill_keys) if interactive else None
        reference = _reference(s, year_y, sel)
        grid = _grid(s, kinds, year_y, sel)
        top = _top(s, match, sel)
        chart = alt.vconcat(alt.hconcat(reference, grid, spacing=16), top, spacing=24).add_params(search)
        return style(chart, self.title)

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        cond: list[str] = ["d.theme IS NOT NULL"]
        params: list[Any] = []
        year, province, theme, kind = (int_key(keys, "campaign_year"), key(keys, "province"), key(keys, "theme"),
                                       key(keys, "kind"))
        if year is not None:
            cond.append("d.campaign_year = ?")
            params.append(year)
        if kind == "reference" and year is not None:  # the national theme's row: documents that use it
            kind, theme, province = "national", None, None
        if province is not None:
            cond.append(f"coalesce(d.region_province, '{NATIONAL}') = ?")
            params.append(province)
        if theme is not None and theme != NOT_STATED:
            cond.append("d.theme = ?")
            params.append(theme)
        if kind in KINDS:
            cond.append(f"{_kind_sql()} = ?")
            params.append(kind)
        return drill_documents(con, filters, " AND ".join(cond), params, "theme")


def _kind_sql() -> str:
    """SQL kind of a document's theme: national (same as the year's), differs, local (no national one)."""
    nat = (f"(SELECT any_value(nat.theme) FROM ({NATIONAL_SQL.replace('FROM documents)', 'FROM main.documents)')}) nat "
           "WHERE nat.year = d.campaign_year)")
    return (f"CASE WHEN {nat} IS NULL THEN 'local' WHEN {theme_key('d.theme')} = {theme_key(nat)} THEN 'national' "
            "ELSE 'differs' END")


def _filtered(filters: ExploreFilters) -> tuple[str, list[Any]]:
    where, params = filters.where("d")
    return f"WITH documents AS (SELECT d.* FROM main.documents d WHERE {where})", params


def _select(chart: Any, sel: Any) -> Any:
    import altair as alt

    if sel is None:
        return chart
    return chart.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.35)))


def _reference(s: Slots, year_y: Any, sel: Any) -> Any:
    """The national theme of each year, as text (the row a researcher compares everything with)."""
    import altair as alt

    ref = alt.Chart(s.data("national")).mark_text(align="left", fontSize=12, dx=2).encode(
        y=year_y, text="theme:N", x=alt.value(0),
        color=alt.condition(f"datum.theme == '{NOT_STATED}'", alt.value("#999"), alt.value("#1f3f77")),
        tooltip=[alt.Tooltip("campaign_year:O", title="year"), alt.Tooltip("theme:N", title="national theme"),
                 alt.Tooltip("source:N")])
    return _select(ref, sel).properties(width=250, height=alt.Step(20), title="national theme")


def _grid(s: Slots, kinds: tuple[str, ...], year_y: Any, sel: Any) -> Any:
    """Year x province: documents whose theme differs from the national one, or with no national theme.

    `kinds`: which of differs / local occur (a layer each); provinces most documents first.
    """
    import altair as alt

    base = alt.Chart(s.data("grid")).mark_rect(stroke="white").encode(
        y=year_y, x=alt.X("province:N", sort=s["provinces"], title=None, axis=alt.Axis(labelAngle=-90, orient="top")),
        tooltip=[alt.Tooltip("campaign_year:O", title="year"), "province:N", "kind:N",
                 alt.Tooltip("sum(documents):Q", title="documents"), alt.Tooltip("sum(regions):Q", title="regions"),
                 alt.Tooltip("sum(themes):Q", title="themes")])
    differs = base.transform_filter("datum.kind == 'differs'").encode(color=alt.Color(
        "sum(documents):Q", title="documents, theme differs", scale=alt.Scale(scheme="oranges")))
    local = base.transform_filter("datum.kind == 'local'").encode(color=alt.Color(
        "sum(documents):Q", title="documents, no national theme", scale=alt.Scale(scheme="greys")))
    layers = [_select(c, sel) for kind, c in (("differs", differs), ("local", local)) if kind in kinds]
    grid = alt.layer(*(layers or [base.mark_rect(opacity=0)])).resolve_scale(color="independent")
    return grid.properties(width=alt.Step(17), height=alt.Step(20),
                           title="where: documents whose theme differs (orange) or has no national theme (grey)")


def _top(s: Slots, match: str, sel: Any) -> Any:
    """The most used differing themes by year (top 25 after the search), dot size = regions."""
    import altair as alt

    top = (alt.Chart(s.data("theme")).transform_filter(match)
           .transform_joinaggregate(total="sum(regions)", groupby=["theme"])
           .transform_window(rank="dense_rank()", sort=[alt.SortField("total", order="descending"),
                                                         alt.SortField("theme")])
           .transform_filter(f"datum.rank <= {TOP_THEMES}")
           .mark_circle().encode(
               color=alt.Color("kind:N", title="theme", scale=alt.Scale(domain=["differs", "local"],
                               range=["#e8702a", "#888888"]), legend=alt.Legend(labelExpr=(
                   "datum.label == 'local' ? 'year without a national theme' : 'differs from the national theme'"))),
               x=alt.X("campaign_year:O", title="campaign year", scale=alt.Scale(domain=s["years"]),
                       axis=alt.Axis(labelAngle=0)),
               y=alt.Y("theme:N", title=None, sort=alt.EncodingSortField("total", order="descending")),
               size=alt.Size("regions:Q", title="regions", scale=alt.Scale(range=[30, 400])),
               tooltip=["theme:N", alt.Tooltip("campaign_year:O", title="year"), "regions:Q", "documents:Q",
                        "provinces:Q", alt.Tooltip("where:N", title="most in")]))
    return _select(top, sel).properties(
        width=alt.Step(34), height=alt.Step(18),
        title=f"which: the {TOP_THEMES} most used local themes other than the national one (search finds the rest)")
