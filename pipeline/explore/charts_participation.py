"""`participation`: stated participation and activity figures per region and year.

From the view participation_by_region_year (a value repeated by reposts counts once), the
largest value per region, year and unit. Units are not added up across kinds (人 and 人次
differ), so each unit is its own panel (the four units with most region-years). Within a
panel, the 15 regions with the largest values get a row each and every other region is
summed into one "other" row; the cell shows the value with its qualifier (约, 超过 …) and
the colour scale turns logarithmic when the values spread over more than 100x.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pipeline.dataset.views import MEASURES, PARTICIPATION
from pipeline.explore.base import (
    Chart,
    Slots,
    cached_spec,
    drill_documents,
    filtered_view,
    frame,
    int_key,
    key,
    pick,
    quiet,
    records_by,
    region_name,
    style,
)
from pipeline.explore.filters import ExploreFilters

if TYPE_CHECKING:
    import pandas as pd
    from duckdb import DuckDBPyConnection

TOP_REGIONS = 15
MAX_SERIES = 4
OTHER_CODE = "__other__"
# The schema's qualifier values (pipeline.normalize.numbers), and the words themselves, as one sign each.
QUALIFIER_SIGNS = {"exact": "", "approx": "≈", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤",
                   "约": "≈", "近": "≈", "超过": ">", "逾": ">", "以上": "≥", "不足": "<"}
SIGNS_NOTE = "≈ about, > more than, ≥ at least, < less than, ≤ at most: the document's own hedge; Σ sum of the rest"
NO_REGION = "__none__"


def short_number(value: float) -> str:
    """12345 -> 1.23万, 16000000 -> 1600万, 230000000 -> 2.3亿: the way the documents write counts."""
    for unit, size in (("亿", 1e8), ("万", 1e4)):
        if value >= size:
            q = value / size
            return (f"{q:.0f}" if q >= 100 else f"{q:.3g}") + unit
    return f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.3g}"


class Participation(Chart):
    name = "participation"
    title = "Participation and activity figures per region and year (largest stated value)"
    question = "How many took part, or how many activities, where and when (by unit, qualifier shown)?"
    drill_keys = ("unit", "region_code", "campaign_year")

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        import pandas as pd

        view, params = filtered_view(PARTICIPATION, filters, "p")
        rows = frame(con, f"""{view},
            names AS (SELECT d.region_code, any_value({region_name('d')}) AS name FROM documents d GROUP BY 1)
            SELECT p.campaign_year, coalesce(p.region_code, '{NO_REGION}') AS region_code,
                   any_value(coalesce(names.name, p.region_name, p.region_code, '(no region)')) AS region,
                   p.measure, p.unit,
                   max(p.max_value) AS value, arg_max(p.what, p.max_value) AS what,
                   arg_max(p.evidence_key, p.max_value) AS evidence_key,
                   sum(p.figures) AS figures, sum(p.checked_figures) AS checked
            FROM p LEFT JOIN names ON names.region_code IS NOT DISTINCT FROM p.region_code
            WHERE p.campaign_year IS NOT NULL AND p.max_value IS NOT NULL
            GROUP BY p.campaign_year, p.region_code, p.measure, p.unit""", params)
        if rows.empty:
            return _empty()
        rows = _with_qualifier(con, rows)
        parts = [_top_n(part) for _, part in _series(rows)]
        df = pd.concat(parts, ignore_index=True)
        signs = [QUALIFIER_SIGNS.get(q, q) for q in df["qualifier"].fillna("")]
        df["label"] = [q + short_number(v) for q, v in zip(signs, df["value"], strict=True)]
        return df.drop(columns=["evidence_key"]).reset_index(drop=True)

    @quiet
    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        panels = [_panel_values(i, series, part) for i, (series, part) in enumerate(df.groupby("series", sort=False))]
        logs = tuple(log for _, log, _ in panels)
        rows = records_by(df, "series")
        frames: dict[str, Any] = {f"panel{i}": rows[series] for i, (series, _, _) in enumerate(panels)} or {"rows": df}
        values = {k: v for _, _, slots in panels for k, v in slots.items()}
        return cached_spec((self.name, interactive, logs), lambda s: self._chart(s, logs, interactive), frames,
                           values)

    def _chart(self, s: Slots, logs: tuple[bool, ...], interactive: bool) -> Any:
        import altair as alt

        sel = pick(self.drill_keys) if interactive else None
        panels = [_panel(s, i, log, sel) for i, log in enumerate(logs)]
        if not panels:
            panels = [alt.Chart(s.data("rows")).mark_text().encode().properties(title="no figures for these filters")]
        chart = style(alt.vconcat(*panels, spacing=28).resolve_scale(color="independent"))
        return chart.properties(title={"text": self.title, "subtitle": SIGNS_NOTE})

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        cond: list[str] = ["f.value IS NOT NULL"]
        params: list[Any] = []
        unit, code, year = key(keys, "unit"), key(keys, "region_code"), int_key(keys, "campaign_year")
        if unit is not None:
            cond.append("f.unit = ?")
            params.append(unit)
        if year is not None:
            cond.append("d.campaign_year = ?")
            params.append(year)
        if code == OTHER_CODE:
            top = self.data(con, filters)
            top = top[(top["unit"] == unit) & (top["region_code"] != OTHER_CODE)]["region_code"].tolist()
            cond.append("list_contains(?, coalesce(d.region_code, ?)) = false")
            params += [top or [""], NO_REGION]
        elif code is not None:
            cond.append("coalesce(d.region_code, ?) = ?")
            params += [NO_REGION, code]
        return drill_documents(con, filters, " AND ".join(cond), params, "figures",
                               joins="JOIN figures f ON f.doc_id = d.doc_id", evidence_on="e.pos = f.pos",
                               order="f.value DESC, d.doc_id")


def _empty() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(columns=["series", "measure", "unit", "region_code", "region", "campaign_year", "value",
                                 "qualifier", "what", "figures", "checked", "rank", "label"])


def _with_qualifier(con: DuckDBPyConnection, rows: pd.DataFrame) -> pd.DataFrame:
    """The qualifier (约, 超过 …) of the figure each value comes from."""
    keys = rows["evidence_key"].dropna().unique().tolist()
    quals = frame(con, """SELECT doc_id || ':' || pos AS evidence_key, qualifier FROM figures
                          WHERE list_contains(?, doc_id || ':' || pos)""", [keys])
    return rows.merge(quals.drop_duplicates("evidence_key"), on="evidence_key", how="left")


def _series(rows: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The units with most region-years, each as one series 'measure (unit)'."""
    rows = rows.assign(series=rows["measure"] + " (" + rows["unit"].fillna("?") + ")")
    sizes = rows.groupby("series").size().sort_values(ascending=False)
    kept = rows[rows["series"].isin(sizes.index[:MAX_SERIES])]
    priority = {m: i for i, m in enumerate(MEASURES)}
    order = sorted(set(kept["series"]), key=lambda s: (priority.get(s.split(" (")[0], len(priority)), -sizes[s]))
    return [(s, kept[kept["series"] == s]) for s in order]


def _top_n(part: pd.DataFrame) -> pd.DataFrame:
    """The regions with the largest values, the others summed per year into one row."""
    import pandas as pd

    best = part.groupby("region_code")["value"].max().sort_values(ascending=False)
    top = best.index[:TOP_REGIONS].tolist()
    kept = part[part["region_code"].isin(top)].copy()
    kept["rank"] = kept["region_code"].map({c: i for i, c in enumerate(top)})
    rest = part[~part["region_code"].isin(top)]
    if rest.empty:
        return kept
    n = rest["region_code"].nunique()
    other = rest.groupby(["campaign_year", "series", "measure", "unit"], as_index=False).agg(
        value=("value", "sum"), figures=("figures", "sum"), checked=("checked", "sum"), what=("what", "first"))
    other = other.assign(region_code=OTHER_CODE, region=f"other {n} regions (sum)", qualifier="Σ",
                         evidence_key=None, rank=len(top))
    return pd.concat([kept, other], ignore_index=True)


def _dark_from(values: pd.Series, log: bool) -> float:
    """The value above which a cell is dark enough to need white text (upper half of the scale)."""
    import math

    if values.empty:
        return math.inf
    low, high = float(values.min()), float(values.max())
    return math.sqrt(low * high) * 2 if log else low + (high - low) * 0.55


def _panel_values(i: int, series: str, part: pd.DataFrame) -> tuple[str, bool, dict[str, Any]]:
    """Panel i: its series, its shape (log colour scale when the values spread over more than 100x), its slots."""
    values = part.loc[(part["value"] > 0) & (part["region_code"] != OTHER_CODE), "value"]
    spread = values.max() / values.min() if len(values) else 1.0
    log = bool(spread > 100 and values.min() > 0)
    grouped = (part["region_code"] == OTHER_CODE).any()
    title = (f"{series}: the {TOP_REGIONS} regions with the largest values, the rest summed" if grouped
             else f"{series}: every region with a value")
    return series, log, {f"legend{i}": f"{series}{' (log)' if log else ''}", f"title{i}": title,
                       f"order{i}": part.sort_values("rank")["region"].drop_duplicates().tolist(),
                       f"dark{i}": f"{_dark_from(values, log)}"}


def _panel(s: Slots, i: int, log: bool, sel: Any) -> Any:
    import altair as alt

    scale = alt.Scale(scheme="blues", type="log") if log else alt.Scale(scheme="blues")
    base = alt.Chart(s.data(f"panel{i}")).encode(
        x=alt.X("campaign_year:O", title="campaign year", axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("region:N", title=None, sort=s[f"order{i}"]),
        tooltip=["region:N", alt.Tooltip("campaign_year:O", title="year"), alt.Tooltip("value:Q", format=",.0f"),
                 "qualifier:N", "unit:N", "what:N", "figures:Q", alt.Tooltip("checked:Q", title="checked figures")])
    own = f"datum.region_code != '{OTHER_CODE}'"
    cells = base.transform_filter(own).mark_rect(stroke="white").encode(color=alt.Color(
        "value:Q", scale=scale, title=s[f"legend{i}"], legend=alt.Legend(format="~s")))
    rest = base.transform_filter(f"!({own})").mark_rect(stroke="white", color="#e4e4e4")
    text = base.mark_text(fontSize=10).encode(text="label:N", color=alt.condition(
        f"{own} && datum.value > {s[f'dark{i}']}", alt.value("white"), alt.value("#111")))
    if sel is not None:
        cells = cells.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.4)))
        rest = rest.add_params(sel).encode(opacity=alt.condition(sel, alt.value(1.0), alt.value(0.4)))
    cells = alt.layer(cells, rest)
    return alt.layer(cells, text).properties(width=alt.Step(52), height=alt.Step(20), title=s[f"title{i}"])
