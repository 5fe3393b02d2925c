"""What every Explore chart shares: the Chart contract, filtered SQL, drill-down, spec styling.

Charts query `documents` restricted by the filters. The comparison views (pipeline/dataset/views.py)
read `documents` by name, so `filtered_view` runs a view's own SQL under a CTE that shadows
`documents` with the filtered rows: a chart uses the view's definition (reposts counted once,
checked values counted) and still honours every filter.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from pipeline.explore.filters import ExploreFilters
from pipeline.explore.render import font_family

if TYPE_CHECKING:
    from typing import TypeAlias

    import pandas as pd
    from duckdb import DuckDBPyConnection

    Frame: TypeAlias = "pd.DataFrame | list[dict[str, Any]]"  # a view's rows: a DataFrame or its records

DRILL_LIMIT = 200
DRILL_COLUMNS = ("doc_id", "title", "campaign_year", "region", "doc_type", "review_status", "field", "snippet",
                 "start", "end")
# The display name of a document's region: the county with its city (county names repeat across
# the country), else the city, else the province; 全国 for national documents.
_PLACEHOLDERS = "('市辖区', '县', '自治区直辖县级行政区划', '省直辖县级行政区划')"  # cpca's non-names
_CITY = "CASE WHEN {a}.region_city IN " + _PLACEHOLDERS + " THEN NULL ELSE {a}.region_city END"
_COUNTY = "CASE WHEN {a}.region_county IN " + _PLACEHOLDERS + " THEN NULL ELSE {a}.region_county END"
# A document saved as .txt, .docx and .pdf has three doc_ids and one text fingerprint.
CONTENT = "coalesce({a}.source_text_sha256, {a}.doc_id)"


def region_name(alias: str = "d") -> str:
    """SQL display name of the document's region (no empty strings)."""
    city_county = f"nullif(concat_ws('', {_CITY.format(a=alias)}, {_COUNTY.format(a=alias)}), '')"
    return (f"CASE WHEN {alias}.region_level = 'national' THEN '全国' "
            f"ELSE coalesce({city_county}, {alias}.region_province, '?') END")


def content(alias: str = "d") -> str:
    return CONTENT.format(a=alias)


def filtered_documents(filters: ExploreFilters) -> tuple[str, list[Any]]:
    """`WITH documents AS (...)`: the filtered documents under the name every view reads."""
    cond, params = filters.where("d")
    return f"WITH documents AS (SELECT d.* FROM main.documents d WHERE {cond})", params


def filtered_view(view_sql: str, filters: ExploreFilters, name: str = "v") -> tuple[str, list[Any]]:
    """`WITH documents AS (...), <name> AS (<view SQL>)`: a view (pipeline.dataset.views) over the filtered documents."""
    head, params = filtered_documents(filters)
    return f"{head}, {name} AS ({view_sql})", params


def frame(con: DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def key(keys: Mapping[str, Any], name: str) -> str | None:
    """A drill key as text, or None when absent/empty (a mark of a view without that field)."""
    value = keys.get(name)
    text = "" if value is None else str(value).strip()
    return None if text.lower() in ("", "null", "undefined", "nan", "none") else text


def int_key(keys: Mapping[str, Any], name: str) -> int | None:
    text = key(keys, name)
    try:
        return None if text is None else int(float(text))
    except ValueError:
        return None


def year_level(keys: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for a mark keyed by campaign year and/or level."""
    cond: list[str] = ["TRUE"]
    params: list[Any] = []
    year, level = int_key(keys, "campaign_year"), key(keys, "level")
    if year is not None:
        cond.append("d.campaign_year = ?")
        params.append(year)
    if level is not None:
        cond.append("coalesce(d.region_level, 'unknown') = ?")
        params.append(level)
    return cond, params


def drill_documents(con: DuckDBPyConnection, filters: ExploreFilters, cond: str, params: list[Any], field: str,
                    joins: str = "", evidence_on: str = "e.pos IS NULL", order: str = "d.campaign_year, region, d.doc_id",
                    evidence_params: list[Any] | None = None) -> pd.DataFrame:
    """Documents matching `cond` (plus the filters), each with the evidence of `field`.

    `joins` may add tables (e.g. the figures row whose evidence is wanted); `evidence_on`
    picks the evidence row (scalar fields have pos NULL; list fields join on their row's pos),
    with `evidence_params` for its `?`.
    The snippet is cut from the stored text at the evidence offsets, so it is what the
    document page highlights.
    """
    where, fparams = filters.where("d")
    sql = f"""
        SELECT d.doc_id, d.title, d.campaign_year, {region_name('d')} AS region, d.doc_type, d.review_status,
               ? AS field,
               CASE WHEN e.start IS NOT NULL AND t.text IS NOT NULL
                    THEN substring(t.text, e.start + 1, e."end" - e.start) ELSE e.text END AS snippet,
               e.start, e."end"
        FROM documents d {joins}
        LEFT JOIN evidence e ON e.doc_id = d.doc_id AND e.field = ? AND ({evidence_on})
        LEFT JOIN texts t ON t.doc_id = d.doc_id
        WHERE {where} AND ({cond})
        ORDER BY {order}
        LIMIT {DRILL_LIMIT}"""
    df = frame(con, sql, [field, field, *(evidence_params or []), *fparams, *params])
    return df[list(DRILL_COLUMNS)]


LEVEL_LABELS = {"national": "全国 national", "province": "省级 province", "city": "市级 city",
                "county": "县级 county", "town": "乡镇 town", "unknown": "未知 unknown"}


LEVEL_COLOURS = {"national": "#b03a2e", "province": "#4e79a7", "city": "#f28e2b", "county": "#59a14f",
                 "town": "#b07aa1", "unknown": "#9d9d9d"}


def level_slots(levels: list[str]) -> dict[str, list[str]]:
    """The slot values `level_colour` reads: the levels present and their fixed colours."""
    return {"levels": levels, "level_colours": [LEVEL_COLOURS.get(lv, "#9d9d9d") for lv in levels]}


def level_colour(s: Slots, title: str = "level") -> Any:
    """Colour by region level, the same colour for a level in every chart, bilingual legend."""
    import altair as alt

    return alt.Color("level:N", title=title, sort=s["levels"], legend=alt.Legend(labelExpr=label_expr(LEVEL_LABELS)),
                     scale=alt.Scale(domain=s["levels"], range=s["level_colours"]))


def label_expr(labels: Mapping[str, str]) -> str:
    """A Vega label expression showing `labels[value]` (bilingual labels), else the value itself."""
    pairs = ", ".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in labels.items())
    return f"({{{pairs}}})[datum.label] || datum.label"


def style(chart: Any, title: str | None = None) -> Any:
    """Fonts and sizes every chart shares: the CJK font, labels >= 10 px, long labels kept."""
    if title is not None:
        chart = chart.properties(title=title)
    return (chart.configure(font=font_family)
            .configure_axis(labelFontSize=11, titleFontSize=12, labelLimit=320, labelFont=font_family,
                            titleFont=font_family)
            .configure_legend(labelFontSize=11, titleFontSize=12, labelLimit=320, labelFont=font_family,
                              titleFont=font_family)
            .configure_header(labelFontSize=12, titleFontSize=12, labelFont=font_family, titleFont=font_family,
                              labelLimit=320)
            .configure_title(fontSize=14, anchor="start", font=font_family, subtitleFont=font_family,
                             subtitleFontSize=11)
            .configure_text(font=font_family)
            .configure_view(stroke=None))


def pick(drill_keys: tuple[str, ...]) -> Any:
    """The point selection a click makes: the datum fields that identify the documents behind it."""
    import altair as alt

    return alt.selection_point(name="pick", fields=list(drill_keys), on="click", clear="dblclick")


F = TypeVar("F", bound=Callable[..., Any])


def quiet(method: F) -> F:
    """Silence Altair's note that one `pick` param added to several sub-views was merged (meant so)."""
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Automatically deduplicated selection parameter")
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


# Schema validation of every spec costs most of a page's build time; the tests validate
# (LIFELONG_VALIDATE_SPECS=1 in tests/conftest.py), pages and reports skip it.
VALIDATE = os.environ.get("LIFELONG_VALIDATE_SPECS") == "1"


def to_spec(chart: Any) -> dict[str, Any]:
    """Vega-Lite JSON with the data inlined (no external URLs, no row limit surprises)."""
    import altair as alt

    with alt.data_transformers.disable_max_rows():
        spec: dict[str, Any] = chart.to_dict(validate=VALIDATE)
    return spec


# Building a chart with Altair costs 30-500 ms whatever the data size: every layer, concat and
# configure deep-copies its sub-charts' encodings, and encode() validates conditions. So a
# chart's structure is built once per shape against placeholders and cached as a dict; each
# spec() call fills in its rows (top-level `datasets`) and the values read from the data.
MARK = "\u27e6{}\u27e7"  # ⟦name⟧: a placeholder in a cached structure
_MARKED = re.compile("\u27e6[^\u27e7]*\u27e7")
_INT_MARK = 7_770_000_000  # int slots: this plus the slot's index among the int slots (sorted by name)
_INT_MARKED = re.compile(r"\b777\d{7}\b")
_TEMPLATES: dict[tuple[Any, ...], dict[str, Any]] = {}
_MAX_TEMPLATES = 256


class Slots:
    """What a chart's structure is built against: placeholders for its rows and data-derived values.

    A chart reads every value that comes from its data (year lists, sort orders, titles,
    thresholds, tick counts) through `s["name"]` (a str, a list or an int) and its rows through `s.data("name")`,
    never from the DataFrame: a value read from the DataFrame would be frozen in the cache.
    Anything else that changes the structure (a log scale, the number of panels) belongs in
    the cache key.
    """

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values
        self._data: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        value = self._values[name]
        if isinstance(value, str):
            return MARK.format(name)
        if isinstance(value, (list, tuple)):
            return [MARK.format(name)]
        if type(value) is int:
            return _int_marks(self._values)[name]
        raise TypeError(f"slot {name!r} must be a str, a list or an int (format floats, or put them in the key)")

    def data(self, name: str) -> Any:
        """The placeholder of `frames[name]`: one object per name, as Altair lifts shared data by identity."""
        import altair as alt

        if name not in self._data:
            self._data[name] = alt.NamedData(name=MARK.format("data:" + name))
        return self._data[name]


def _int_marks(values: Mapping[str, Any]) -> dict[str, int]:
    return {name: _INT_MARK + i for i, name in enumerate(sorted(k for k, v in values.items() if type(v) is int))}


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as Altair inlines them: dates as ISO strings, NaN as None, numpy scalars as Python.

    Altair's sanitizer leaves NaN in an object column whose values are all missing (pandas 3
    turns it into float64), and NaN is not JSON: every non-finite float becomes None here.
    """
    from altair.utils import sanitize_pandas_dataframe

    rows: list[dict[str, Any]] = sanitize_pandas_dataframe(df).to_dict(orient="records")
    for row in rows:
        for name, value in row.items():
            if isinstance(value, float) and not math.isfinite(value):
                row[name] = None
            elif hasattr(value, "dtype") and hasattr(value, "item"):
                row[name] = value.item()
    return rows


def records_by(df: pd.DataFrame, column: str) -> dict[Any, list[dict[str, Any]]]:
    """The rows (as `records`) grouped by a column's value, in row order: one conversion for several views."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in records(df):
        groups.setdefault(row[column], []).append(row)
    return groups


def dataset_name(rows: list[dict[str, Any]]) -> str:
    """Altair's content-hash name of inline rows (the same rows get the same name)."""
    if rows == [{}]:
        return "empty"
    return "data-" + hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()[:32]


def cached_spec(key: tuple[Any, ...], make: Callable[[Slots], Any], frames: Mapping[str, Frame],
                values: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The spec of `make(slots)` (a styled Altair chart) with `frames` as its rows and `values` filled in.

    A frame is a DataFrame, or its `records` already converted (several views cut from one
    DataFrame convert it once).

    `key` names the chart and everything that shapes its structure besides the slots. The
    structure is built on the first call with that key; later calls only fill it.
    """
    values = dict(values or {})
    template = _TEMPLATES.get(key)
    if template is None:
        template = to_spec(make(Slots(values)))
        _check_marks(key, template, values, frames)
        if len(_TEMPLATES) >= _MAX_TEMPLATES:
            _TEMPLATES.clear()
        _TEMPLATES[key] = template
    strings = {MARK.format(k): v for k, v in values.items() if isinstance(v, str)}
    lists = {MARK.format(k): _plain(v) for k, v in values.items() if isinstance(v, (list, tuple))}
    ints = {mark: values[k] for k, mark in _int_marks(values).items()}
    datasets: dict[str, list[dict[str, Any]]] = {}
    for name, given in frames.items():
        rows = given if isinstance(given, list) else records(given)
        strings[MARK.format("data:" + name)] = label = dataset_name(rows)
        datasets[label] = rows
    spec: dict[str, Any] = _fill(template, strings, lists, ints)
    if VALIDATE:
        _validate(spec)
    if datasets:
        spec["datasets"] = datasets
    return spec


def _check_marks(key: tuple[Any, ...], template: dict[str, Any], values: Mapping[str, Any],
                 frames: Mapping[str, Any]) -> None:
    """Every placeholder in the structure is filled, and every slot given is used (else a stale or lost value)."""
    text = json.dumps(template, ensure_ascii=False)
    ints = {mark: name for name, mark in _int_marks(values).items()}
    found = {m[1:-1] for m in _MARKED.findall(text)} | {ints.get(int(m), m) for m in _INT_MARKED.findall(text)}
    if found != {*values, *(f"data:{n}" for n in frames)}:
        raise RuntimeError(f"chart {key}: placeholders {sorted(found)} but slots {sorted(values)}, frames {sorted(frames)}")


def _plain(value: Any) -> Any:
    """Numpy numbers as Altair writes them (float); lists and tuples as lists."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "dtype") and hasattr(value, "item"):
        return float(value) if value.dtype.kind in "iuf" else value.item()
    return value


def _fill(node: Any, strings: Mapping[str, str], lists: Mapping[str, list[Any]], ints: Mapping[int, int]) -> Any:
    """A fresh copy of the cached structure with the placeholders replaced."""
    if isinstance(node, dict):
        return {k: _fill(v, strings, lists, ints) for k, v in node.items()}
    if isinstance(node, list):
        if len(node) == 1 and isinstance(node[0], str) and node[0] in lists:
            return list(lists[node[0]])
        return [_fill(v, strings, lists, ints) for v in node]
    if isinstance(node, str) and "\u27e6" in node:
        for mark in _MARKED.findall(node):
            node = node.replace(mark, strings[mark])
    elif type(node) is int and node >= _INT_MARK:
        return ints[node]
    return node


def _validate(spec: dict[str, Any]) -> None:
    """Check the filled spec (rows aside: they are free-form) against the Vega-Lite schema."""
    from altair.utils.schemapi import validate_jsonschema

    validate_jsonschema(spec, _schema(), rootschema=_schema())


@functools.cache
def _schema() -> dict[str, Any]:
    from altair.vegalite.v6.schema.core import load_schema

    schema: dict[str, Any] = load_schema()
    return schema


class Chart:
    """One Explore chart; subclasses set the class attributes and implement the three methods."""

    name: str = ""
    title: str = ""
    question: str = ""
    drill_keys: tuple[str, ...] = ()

    def data(self, con: DuckDBPyConnection, filters: ExploreFilters) -> pd.DataFrame:
        raise NotImplementedError

    def spec(self, df: pd.DataFrame, interactive: bool = True) -> dict[str, Any]:
        raise NotImplementedError

    def drill(self, con: DuckDBPyConnection, filters: ExploreFilters, keys: Mapping[str, str]) -> pd.DataFrame:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<Chart {self.name}>"
