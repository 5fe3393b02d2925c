"""Comparison views over synthetic documents: each answers its question, duplicates count once."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from models import CommitteeMember, Deadline, Figure, Region
from pipeline.dataset.views import VIEWS
from tests.test_entities import CITY, COUNTY, ev, load, make_doc

NATIONAL = Region("national", None, None, None, None, None)


def figure(value: float, unit: str, what: str) -> Figure:
    return Figure(value, unit, "exact", what, ev(f"{value:g}{unit}"))


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    summary = make_doc("s", CITY, year=2021, doc_type="summary", theme="学习伴我成长",
                       figures=[figure(3000, "人次", "参与群众"), figure(12, "场", "讲座")])
    repost = make_doc("s-repost", CITY, year=2021, doc_type="summary", theme="学习伴我成长",
                      figures=[figure(3000, "人次", "参与群众")])
    notice = make_doc("n", COUNTY, year=2021, theme="「学习，伴我成长」",
                      committee=[CommitteeMember("领导小组", r, n, None, ev(n)) for r, n in
                                 (("组长", "甲"), ("副组长", "乙"), ("成员", "丙"), ("成员", "丙"))],
                      deadlines=[Deadline("2021-09-21", "方案", ev("9月21日前"))])
    notice["event_start"] = "2021-10-15"
    national = make_doc("nat", NATIONAL, year=2019, theme="全国某主题")
    return load(tmp_path, [summary, repost, notice, national])


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_every_view_is_queryable(con: duckdb.DuckDBPyConnection) -> None:
    for name in VIEWS:
        con.execute(f'SELECT * FROM "{name}"').fetchall()


def test_theme_by_year(con: duckdb.DuckDBPyConnection) -> None:
    out = {(r["campaign_year"], r["region_code"]): r for r in rows(con, "SELECT * FROM theme_by_year")}
    assert out[(2021, "330100")]["local_theme"] == "学习伴我成长" and out[(2021, "330100")]["documents"] == 2
    assert out[(2021, "330100")]["region_name"] == "杭州市"
    # a year without a national theme in the reference falls back to national documents
    assert out[(2019, None)]["national_theme"] == "全国某主题" and out[(2019, None)]["same_as_national"]


def test_theme_comparison_ignores_punctuation(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT INTO documents (doc_id, campaign_year, theme, region_level) "
                "VALUES ('x', 2021, '学习 伴我成长！', 'national')")
    out = {r["region_code"]: r for r in rows(con, "SELECT * FROM theme_by_year WHERE campaign_year = 2021")}
    assert out["330100"]["same_as_national"] is True and out["330106"]["same_as_national"] is True


def test_participation_counts_a_repost_once(con: duckdb.DuckDBPyConnection) -> None:
    out = rows(con, "SELECT * FROM participation_by_region_year ORDER BY unit")
    people = next(r for r in out if r["unit"] == "人次")
    assert people["measure"] == "participants" and people["total_value"] == 3000 and people["figures"] == 1
    assert len(people["doc_ids"]) == 2 and people["evidence_key"].endswith(":0")
    assert next(r for r in out if r["unit"] == "场")["measure"] == "activities"


def test_committee_size(con: duckdb.DuckDBPyConnection) -> None:
    out = rows(con, "SELECT * FROM committee_size_by_region_year")
    assert len(out) == 1 and out[0]["members"] == 3 and out[0]["heads"] == 1 and out[0]["region_name"] == "西湖区"


def test_lead_time(con: duckdb.DuckDBPyConnection) -> None:
    out = {r["target"]: r for r in rows(con, "SELECT * FROM lead_time")}
    assert out["deadline"]["days"] == 20 and out["event_start"]["days"] == 44


def test_organizer_network_is_empty_without_organizers(con: duckdb.DuckDBPyConnection) -> None:
    assert rows(con, "SELECT * FROM organizer_network") == []


def test_one_document_in_three_formats_counts_once(tmp_path: Path) -> None:
    from pipeline.store.load import connect
    from pipeline.store.run import ingest_local

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    db = tmp_path / "formats.duckdb"
    ingest_local([str(raw / f"000_ac78932649d052bb.{ext}") for ext in ("txt", "docx", "pdf")], db)
    con = connect(db, read_only=True)
    try:
        assert rows(con, "SELECT count(*) AS n FROM documents")[0]["n"] == 3
        assert [r["documents"] for r in rows(con, "SELECT documents FROM theme_by_year")] == [1]
        assert {r["documents"] for r in rows(con, "SELECT documents FROM organizer_network")} == {1}
        assert {r["documents"] for r in rows(con, "SELECT documents FROM committee_size_by_region_year")} == {1}
    finally:
        con.close()
