"""The Explore chart library (pipeline/explore): data, filters, drill-down and rendering.

On real databases: 2,000 synthetic documents (tools/synth_db.py: 20 years, 300 regions, a few
campaign years of 1984 or after the document's own date) and the sample corpus ingested
(data/raw/*.txt). Counts are checked against direct SQL on the tables, drill rows against the
stored text, and every spec is rendered to SVG with the CJK font.
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.explore import registry, render
from pipeline.explore.filters import ExploreFilters, options
from pipeline.store.load import connect

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["activity", "themes", "participation", "committees", "organizers", "lead_time", "coverage"]
PLAUSIBLE = "campaign_year >= 2005 AND (issue_date IS NULL OR campaign_year <= year(issue_date))"
CJK_TEXT = re.compile(r"<text[^>]*>[^<]*[\u4e00-\u9fff]")
YEAR_COLUMNS = ("campaign_year", "first_year", "last_year")


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tools.synth_db import make_synthetic_db

    db = make_synthetic_db(tmp_path_factory.mktemp("synth") / "synth.duckdb", docs=2000, seed=0)
    con = connect(db, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from pipeline.store.run import ingest_local

    tmp = tmp_path_factory.mktemp("real")
    corpus = tmp / "raw"
    corpus.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    db = tmp / "real.duckdb"
    ingest_local([str(corpus)], db)
    con = connect(db, read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def synth_data(synth: Any) -> dict[str, Any]:
    return {name: chart.data(synth, ExploreFilters()) for name, chart in registry.CHARTS.items()}


def one(con: Any, sql: str, params: list[Any] | None = None) -> Any:
    return con.execute(sql, params or []).fetchall()[0][0]


def test_registry_names_and_unknown_chart() -> None:
    assert list(registry.CHARTS) == NAMES
    for chart in registry.CHARTS.values():
        assert chart.title and chart.question and chart.drill_keys
    with pytest.raises(KeyError) as err:
        registry.get_chart("nope")
    assert all(name in str(err.value) for name in NAMES)


def test_filters_from_params_lenient_and_round_trip() -> None:
    f = ExploreFilters.from_params({"year_from": "20x", "year_to": " 2015 ", "level": "galaxy", "province": " 浙江省 ",
                                    "status": "", "doc_type": "notice"})
    assert f == ExploreFilters(year_to=2015, province="浙江省", doc_type="notice")
    assert ExploreFilters.from_params(f.to_params()) == f
    cond, params = f.where("d")
    assert "campaign_year >= 2005" in cond and params == [2015, "浙江省", "notice"]


def test_options_have_plausible_years_only(synth: Any) -> None:
    assert one(synth, "SELECT count(*) FROM documents WHERE campaign_year = 1984") > 0
    assert one(synth, "SELECT count(*) FROM documents WHERE campaign_year > year(issue_date)") > 0
    opts = options(synth)
    assert opts["years"] == sorted(opts["years"]) and min(opts["years"]) >= 2005
    assert 1984 not in opts["years"] and len(opts["years"]) == 20
    assert set(opts["levels"]) == {"province", "city", "county"}
    assert all(opts["cities"][p] for p in opts["cities"]) and set(opts["cities"]) <= set(opts["provinces"])
    assert opts["statuses"] and opts["doc_types"]


@pytest.mark.parametrize("db", ["synth", "real"])
@pytest.mark.parametrize("name", NAMES)
def test_data_small_and_years_plausible(name: str, db: str, request: pytest.FixtureRequest) -> None:
    con = request.getfixturevalue(db)
    df = registry.get_chart(name).data(con, ExploreFilters())
    assert 0 < len(df) <= 5000
    years = set(one(con, f"SELECT list(DISTINCT campaign_year) FROM documents WHERE {PLAUSIBLE}"))
    for column in YEAR_COLUMNS:
        if column in df:
            shown = set(df[column].dropna().astype(int))
            assert shown <= years, (name, column, shown - years)
            assert 1984 not in shown


def test_activity_counts(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["activity"]
    docs = df[df["measure"] == "documents"].groupby("campaign_year")["count"].sum().to_dict()
    expected = dict(synth.execute(f"SELECT campaign_year, count(DISTINCT coalesce(source_text_sha256, doc_id)) "
                                  f"FROM documents WHERE {PLAUSIBLE} GROUP BY 1").fetchall())
    assert docs == expected
    editions = df[(df["measure"] == "editions") & (df["campaign_year"] == 2014)]["count"].sum()
    assert editions == one(synth, f"SELECT count(DISTINCT region_code) FROM documents WHERE campaign_year = 2014 "
                                  f"AND {PLAUSIBLE}")


def test_themes_national_row_per_year_and_counts(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["themes"]
    ref = df[df["part"] == "national"]
    assert sorted(ref["campaign_year"]) == list(range(2006, 2026))
    stated = dict(synth.execute("SELECT year, theme FROM national_themes WHERE theme IS NOT NULL").fetchall())
    assert ref.set_index("campaign_year").loc[2014, "theme"] == stated[2014]
    local = df[df["part"] == "grid"]
    assert local["documents"].sum() == one(synth, f"SELECT count(*) FROM documents WHERE theme IS NOT NULL "
                                                  f"AND {PLAUSIBLE}")
    same = local[(local["campaign_year"] == 2014) & (local["kind"] == "national")]["documents"].sum()
    assert same == one(synth, f"SELECT count(*) FROM documents WHERE campaign_year = 2014 AND theme = ? "
                              f"AND {PLAUSIBLE}", [stated[2014]])
    assert set(local[local["campaign_year"] == 2010]["kind"]) == {"local"}  # no national theme stated for 2010


def test_themes_spec_has_search_box(synth_data: dict[str, Any]) -> None:
    spec = registry.get_chart("themes").spec(synth_data["themes"], interactive=True)
    params = {p["name"]: p for p in spec["params"]}
    assert params["search"]["bind"]["input"] == "search" and "pick" in params


def test_participation_top_regions_and_rest(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["participation"]
    part = df[df["unit"] == "人次"]
    assert part[part["region_code"] != "__other__"]["region_code"].nunique() == 15
    row = part[part["region_code"] != "__other__"].iloc[0]
    assert row["value"] == one(synth, f"""SELECT max(f.value) FROM figures f JOIN documents d USING (doc_id)
        WHERE f.unit = '人次' AND d.region_code = ? AND d.campaign_year = ? AND {PLAUSIBLE}""",
                                 [row["region_code"], int(row["campaign_year"])])
    others = part[part["region_code"] == "__other__"]
    assert len(others) == part["campaign_year"].nunique() and others["region"].str.startswith("other").all()
    assert part["label"].str.len().max() <= 8


def test_committees_counts(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["committees"]
    got = df[(df["measure"] == "members")]["n_committees"].sum()
    assert got == one(synth, f"""SELECT count(*) FROM (SELECT DISTINCT d.campaign_year, d.region_code, c.body
        FROM committee_members c JOIN documents d USING (doc_id) WHERE coalesce(c.name, '') <> '' AND {PLAUSIBLE})""")


def test_organizers_strongest_first(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["organizers"]
    orgs = df[df["tie"] == "org"]
    assert list(orgs["documents"]) == sorted(orgs["documents"], reverse=True) and len(orgs) == 20
    top = orgs.iloc[0]
    assert top["documents"] == one(synth, f"""SELECT count(DISTINCT d.doc_id) FROM documents d WHERE {PLAUSIBLE}
        AND EXISTS (SELECT 1 FROM organization_mentions m WHERE m.doc_id = d.doc_id AND m.source = 'organizers'
                    AND m.org_id = ?)
        AND EXISTS (SELECT 1 FROM organization_mentions m WHERE m.doc_id = d.doc_id AND m.source = 'organizers'
                    AND m.org_id = ?)""", [top["a"], top["b"]])
    assert not df[df["tie"] == "kind"]["pair"].str.contains("市|县|省").any()


def test_lead_time_counts(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["lead_time"].set_index(["level", "target"])
    assert df.loc[("city", "event_start"), "n"] == one(synth, f"""SELECT count(*) FROM documents WHERE {PLAUSIBLE}
        AND region_level = 'city' AND issue_date IS NOT NULL AND event_start IS NOT NULL""")


def test_coverage_counts(synth: Any, synth_data: dict[str, Any]) -> None:
    df = synth_data["coverage"].set_index(["field", "state"])
    total = one(synth, f"SELECT count(*) FROM documents WHERE {PLAUSIBLE}")
    assert df["total"].iloc[0] == total
    assert df.loc[("figures", "extracted"), "documents"] == one(
        synth, f"SELECT count(*) FROM documents d WHERE {PLAUSIBLE} AND doc_id IN (SELECT doc_id FROM figures)")
    assert df.xs("review status")["documents"].sum() == total


@pytest.mark.parametrize("name", NAMES)
def test_filters_change_the_data(synth: Any, name: str, synth_data: dict[str, Any]) -> None:
    chart = registry.get_chart(name)
    full = synth_data[name]
    some = chart.data(synth, ExploreFilters(year_from=2010, year_to=2012, level="city"))
    assert 0 < len(some) and not some.equals(full)
    if "campaign_year" in some:
        assert set(some["campaign_year"].dropna().astype(int)) <= {2010, 2011, 2012}
    if "level" in some:
        assert set(some["level"]) == {"city"}


def test_filters_province_and_status(synth: Any) -> None:
    activity = registry.get_chart("activity")
    province = options(synth)["provinces"][0]
    df = activity.data(synth, ExploreFilters(province=province))
    assert df[df["measure"] == "documents"]["count"].sum() == one(
        synth, f"SELECT count(*) FROM documents WHERE region_province = ? AND {PLAUSIBLE}", [province])
    cov = registry.get_chart("coverage").data(synth, ExploreFilters(status="needs attention"))
    statuses = cov[(cov["field"] == "review status") & (cov["documents"] > 0)]["state"]
    assert list(statuses) == ["needs attention"]


def _keys(chart: Any, df: Any) -> dict[str, str]:
    """The drill keys of the data row with most documents behind it (what a click would send)."""
    weight = next((c for c in ("documents", "count", "n", "value") if c in df), None)
    rows = df.sort_values(weight, ascending=False) if weight else df
    if chart.name == "themes":
        rows = rows[rows["part"] == "theme"]
    if chart.name == "coverage":
        rows = rows[(rows["state"] == "extracted") & (rows["field"] == "figures")]
    row = rows.iloc[0]
    return {k: str(row[k]) for k in chart.drill_keys if k in row and row[k] is not None}


@pytest.mark.parametrize("name", NAMES)
def test_drill_lists_the_documents_with_their_evidence(synth: Any, name: str, synth_data: dict[str, Any]) -> None:
    chart = registry.get_chart(name)
    keys = _keys(chart, synth_data[name])
    rows = chart.drill(synth, ExploreFilters(), keys)
    assert 0 < len(rows) <= 200, keys
    assert list(rows.columns) == ["doc_id", "title", "campaign_year", "region", "doc_type", "review_status", "field",
                                  "snippet", "start", "end"]
    assert rows["campaign_year"].between(2005, 2030).all()
    with_evidence = rows.dropna(subset=["start"])
    assert len(with_evidence) == len(rows), f"{name}: every drilled document shows its evidence"
    for r in with_evidence.head(30).itertuples():
        text = one(synth, "SELECT text FROM texts WHERE doc_id = ?", [r.doc_id])
        assert r.snippet == text[int(r.start):int(r.end)] and r.snippet
    if "campaign_year" in keys:
        assert set(rows["campaign_year"]) == {int(keys["campaign_year"])}


def test_drill_matches_the_mark(synth: Any, synth_data: dict[str, Any]) -> None:
    rows = registry.get_chart("activity").drill(synth, ExploreFilters(), {"campaign_year": "2012", "level": "county"})
    expected = one(synth, f"SELECT count(*) FROM documents WHERE campaign_year = 2012 AND region_level = 'county' "
                          f"AND {PLAUSIBLE}")
    assert len(rows) == min(expected, 200) and (rows["field"] == "campaign_year").all()
    part = registry.get_chart("participation")
    df = synth_data["participation"]
    row = df[(df["region_code"] != "__other__") & (df["unit"] == "人次")].iloc[0]
    rows = part.drill(synth, ExploreFilters(), {k: str(row[k]) for k in part.drill_keys})
    assert float(row["value"]) in {float(re.sub(r"\D", "", s)) for s in rows["snippet"]}
    rest = df[(df["region_code"] == "__other__") & (df["unit"] == "人次")].iloc[0]
    rows = part.drill(synth, ExploreFilters(), {k: str(rest[k]) for k in part.drill_keys})
    top = set(df[(df["region_code"] != "__other__") & (df["unit"] == "人次")]["region_code"])
    codes = set(one(synth, "SELECT list(region_code) FROM documents WHERE list_contains(?, doc_id)",
                    [rows["doc_id"].tolist()]))
    assert len(rows) > 0 and not codes & top


def test_drill_ignores_bad_keys(synth: Any) -> None:
    rows = registry.get_chart("activity").drill(synth, ExploreFilters(), {"campaign_year": "undefined", "x": "1"})
    assert len(rows) == 200


def _check_svg(svg: str, name: str) -> None:
    assert svg.lstrip().startswith("<svg") or "<svg" in svg[:400], name
    assert CJK_TEXT.search(svg), f"{name}: no Chinese text drawn"
    marks = len(re.findall(r"<(path|rect|line)\b", svg))
    assert marks > 10, f"{name}: blank chart ({marks} marks)"


@pytest.mark.parametrize("name", NAMES)
def test_interactive_spec_renders_with_chinese(name: str, synth_data: dict[str, Any]) -> None:
    chart = registry.get_chart(name)
    spec = chart.spec(synth_data[name], interactive=True)
    assert spec["config"]["font"] == render.font_family
    pick = [p for p in spec.get("params", []) if p["name"] == "pick"]
    assert pick and pick[0]["select"]["fields"] == list(chart.drill_keys)
    assert "http" not in str(spec.get("data", ""))
    _check_svg(render.svg(spec), name)


@pytest.mark.parametrize("name", NAMES)
def test_static_spec_renders_on_the_sample_corpus(real: Any, name: str) -> None:
    chart = registry.get_chart(name)
    spec = chart.spec(chart.data(real, ExploreFilters()), interactive=False)
    assert not [p for p in spec.get("params", []) if p["name"] == "pick"]
    svg = render.svg(spec)
    assert CJK_TEXT.search(svg), name
    assert len(re.findall(r"<(path|rect|line)\b", svg)) > 5, name


def test_bundle_is_cached() -> None:
    js = render.bundle_js()
    assert len(js) > 500_000 and render.bundle_js() is js
