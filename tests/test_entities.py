"""Entities resolved across documents: organizations, people, regions, editions, national themes."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from models import CommitteeMember, Evidence, Figure, Organizer, Record, Region
from pipeline.dataset.entities import national_theme_rows, region_rows
from pipeline.dataset.entities_orgs import DocRegion, resolve
from pipeline.dataset.entities_people import title_org
from pipeline.store.load import RunInfo, connect, load_run

# Invented places are no use here: resolution goes through cpca's real index, so the tests
# use well-known prefecture and county names, never the sample documents' places.
CITY = Region("city", "浙江省", "杭州市", None, None, "330100")
COUNTY = Region("county", "浙江省", "杭州市", "西湖区", None, "330106")
COUNTY_CITY = Region("county", "浙江省", "宁波市", "余姚市", None, "330281")


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(text, start, start + len(text), None)


def make_doc(key: str, region: Region | None, year: int | None = 2020, doc_type: str = "notice", **lists: Any) -> dict:
    """A synthetic record; list fields given as keyword arguments."""
    doc_id = hashlib.sha256(key.encode()).hexdigest()
    rec = Record(doc_id=doc_id, source={"path": f"{key}.txt", "filename": f"{key}.txt", "format": "txt", "sha256": doc_id})
    rec.doc_type, rec.title, rec.campaign_year, rec.region = doc_type, f"{key}通知", year, region
    rec.issue_date = f"{year}-09-01" if year else None
    for name, value in lists.items():
        setattr(rec, name, value)
    return rec.to_dict()


def load(tmp_path: Path, records: list[dict]) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "e.duckdb")
    load_run(con, RunInfo(["x"]), [], records, "v1")
    return con


def member(role: str, name: str, title: str | None) -> CommitteeMember:
    return CommitteeMember("领导小组", role, name, title, ev(name))


@pytest.mark.parametrize(
    ("written", "region", "expected", "code"),
    [
        ("市教育局", CITY, "杭州市教育局", "330100"),
        ("区教育局", COUNTY, "西湖区教育局", "330106"),
        ("市教育局", COUNTY, "杭州市教育局", "330100"),  # a district's document naming its city's bureau
        ("市教育局", COUNTY_CITY, "余姚市教育局", "330281"),  # county-level city takes 市 first
        ("杭州市西湖区教育局", CITY, "西湖区教育局", "330106"),  # ancestor chain reduced
        ("中共杭州市西湖区委宣传部", None, "中共西湖区委宣传部", "330106"),
        ("县 文 化 馆", Region("county", "浙江省", "杭州市", "淳安县", None, "330127"), "淳安县文化馆", "330127"),
        ("市场监督管理局", CITY, "市场监督管理局", "330100"),  # 市场 is a word, not a level prefix
        ("团市委", CITY, "团市委", "330100"),  # no place: the local body of the document's region
    ],
)
def test_resolve_names(written: str, region: Region | None, expected: str, code: str) -> None:
    doc_region = DocRegion(*(getattr(region, p) for p in ("code", "province", "city", "county", "town"))) \
        if region else DocRegion(None)
    org = resolve(written, doc_region)
    assert (org.name, org.region_code) == (expected, code)


@pytest.mark.parametrize(
    ("title", "org"),
    [("市教育局副局长", "市教育局"), ("中共某县委教育工委书记", "中共某县委教育工委"),
     ("区委常委、统战部部长、副区长", "区委"), ("街道办事处常务副主任", "街道办事处"),
     ("退休教师", None), (None, None), ("局长", None)],
)
def test_title_org(title: str | None, org: str | None) -> None:
    assert title_org(title) == org


def test_same_body_written_three_ways_is_one_organization(tmp_path: Path) -> None:
    a = make_doc("a", COUNTY, issuers=["杭州市西湖区教育局"],
                 organizers=[Organizer("主办", "区教育局", ev("区教育局")), Organizer("承办", "西湖区文化馆", ev("x"))])
    b = make_doc("b", COUNTY, year=2021, organizers=[Organizer("主办", "西湖区教育局", ev("西湖区教育局")),
                                                     Organizer("承办", "区文化馆", ev("区文化馆"))])
    con = load(tmp_path, [a, b])
    rows = con.execute("SELECT name, region_code, documents, names_as_written FROM organizations "
                       "WHERE name = '西湖区教育局'").fetchall()
    assert len(rows) == 1 and rows[0][:3] == ("西湖区教育局", "330106", 2)
    assert set(rows[0][3].split("；")) == {"杭州市西湖区教育局", "区教育局", "西湖区教育局"}
    mentions = con.execute("SELECT source, pos, name_as_written FROM organization_mentions m JOIN organizations o "
                           "USING (org_id) WHERE o.name = '西湖区教育局' ORDER BY doc_id, source").fetchall()
    assert len(mentions) == 3
    pairs = con.execute("SELECT org_a_name, org_b_name, documents, years FROM organizer_network").fetchall()
    assert len(pairs) == 1 and pairs[0][2] == 2 and pairs[0][3] == [2020, 2021]


def test_people_across_documents(tmp_path: Path) -> None:
    a = make_doc("a", CITY, year=2020, committee=[member("组长", "甲乙", "市教育局局长"), member("成员", "丙丁", None)])
    b = make_doc("b", CITY, year=2022, committee=[member("顾问", "甲乙", "杭州市教育局局长"),
                                                 member("成员", "丙丁", "市文化馆馆长"), member("成员", "丙丁", None)])
    c = make_doc("c", COUNTY, year=2022, committee=[member("组长", "甲乙", "区教育局局长")])  # another region
    con = load(tmp_path, [a, b, c])
    people = con.execute("SELECT p.name, o.name, p.documents, p.first_year, p.last_year FROM people p "
                         "LEFT JOIN organizations o USING (org_id) ORDER BY p.name, o.name").fetchall()
    assert ("甲乙", "杭州市教育局", 2, 2020, 2022) in people
    assert ("甲乙", "西湖区教育局", 1, 2022, 2022) in people
    # in b, 丙丁 is listed twice, once titled: one person with that organization
    assert ("丙丁", "杭州市文化馆", 1, 2022, 2022) in people
    roles = con.execute("SELECT count(*) FROM person_roles").fetchall()[0][0]
    assert roles == 6


def test_regions_with_ancestors(tmp_path: Path) -> None:
    rows = {r["code"]: r for r in region_rows(["330106", "330281"])}
    assert rows["330106"]["parent_code"] == "330100" and rows["330100"]["parent_code"] == "330000"
    assert rows["330281"]["level"] == "county" and rows["330200"]["name"] == "宁波市"
    assert rows["330000"]["parent_code"] is None
    con = load(tmp_path, [make_doc("a", COUNTY)])
    codes = {r[0] for r in con.execute("SELECT code FROM regions").fetchall()}
    assert codes == {"330106", "330100", "330000"}


def test_editions_link_notice_to_summary(tmp_path: Path) -> None:
    notice = make_doc("n", CITY, year=2020)
    plan = make_doc("p", CITY, year=2020, doc_type="plan")
    summary = make_doc("s", CITY, year=2020, doc_type="summary")
    other_year = make_doc("o", CITY, year=2021)
    national = make_doc("nat", Region("national", None, None, None, None, None), year=2020)
    con = load(tmp_path, [notice, plan, summary, other_year, national])
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT edition_id, notice_ids, plan_ids, summary_ids, documents FROM editions").fetchall()}
    assert rows["2020-330100"] == ([notice["doc_id"]], [plan["doc_id"]], [summary["doc_id"]], 3)
    assert rows["2021-330100"][3] == 1 and rows["2020-national"][0] == [national["doc_id"]]


def test_national_themes_are_sourced() -> None:
    rows = national_theme_rows()
    years = [int(r["year"]) for r in rows]
    assert years == list(range(2005, years[-1] + 1))
    for row in rows:
        assert bool(row["theme"]) == bool(row["source"])  # a theme always says where it is stated
        if not row["theme"]:
            assert row["note"] == "not stated in the corpus"


def test_rebuild_replaces_entities(tmp_path: Path) -> None:
    a = make_doc("a", CITY, organizers=[Organizer("主办", "市教育局", ev("市教育局"))])
    con = load(tmp_path, [a])
    a2 = make_doc("a", CITY, organizers=[Organizer("主办", "市文化馆", ev("市文化馆"))])
    load_run(con, RunInfo(["x"]), [], [a2], "v2")
    assert [r[0] for r in con.execute("SELECT name FROM organizations").fetchall()] == ["杭州市文化馆"]


def test_figures_unused_here_do_not_break_build(tmp_path: Path) -> None:
    rec = make_doc("f", None, year=None, figures=[Figure(5.0, "场", "exact", "活动", ev("5场"))])
    con = load(tmp_path, [rec])
    assert con.execute("SELECT count(*) FROM editions").fetchall()[0][0] == 0
