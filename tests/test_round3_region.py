"""Round 3 region classes, in invented wording: districts the division dataset lacks, and
visit reports (the place visited, not the visitors' home)."""
from __future__ import annotations

import pytest

from models import Region
from pipeline.extract.region_newcounty import new_counties, new_county_at
from tests.test_extract_region import region  # header + region (its dependencies run too)

BODY = "为推进学习型社会建设，结合实际，决定开展本次活动。现将有关事项通知如下："


def names(r: Region) -> tuple[str | None, ...]:
    return (r.level, r.province, r.city, r.county)


# --- districts created or renamed after the dataset ---------------------------------------

def test_unknown_district_in_the_issuer_after_its_prefecture() -> None:
    r = region("关于公布2032年学习型社区名单的通知", "各街道办事处：", BODY, "荆州市楚望区教育局", "2032年11月3日")
    assert names(r) == ("county", "湖北省", "荆州市", "楚望区")
    assert r.code is None


def test_bare_unknown_district_in_the_campaign_title_takes_the_signature_city() -> None:
    r = region("楚望区2032年全民终身学习活动周工作总结", "2032年10月，我区组织开展了活动周。", BODY,
               "荆州市楚望区教育局", "2032年11月20日")
    assert names(r) == ("county", "湖北省", "荆州市", "楚望区")


def test_headline_opening_on_prefecture_and_unknown_district() -> None:
    r = region("德阳市云栖区举办社区教育成果展", "10月12日上午，成果展在区文化馆开幕，市民踊跃参观。")
    assert names(r) == ("county", "四川省", "德阳市", "云栖区")


def test_our_district_in_a_report_on_an_unknown_district() -> None:
    r = region("社区教育工作情况报告", "今年以来，德阳市云栖区扎实推进社区教育。我区建成社区学校12所，"
               "云栖区社区教育学院开设课程40门，云栖区各街道积极参与。")
    assert names(r) == ("county", "四川省", "德阳市", "云栖区")


def test_unknown_district_of_a_municipality_has_no_city() -> None:
    r = region("关于举办重庆市渝望区2032年全民终身学习活动周的通知", "各镇街：", BODY)
    assert names(r) == ("county", "重庆市", None, "渝望区")


def test_unknown_banner_of_a_league_city() -> None:
    assert new_counties("呼和浩特市兴望旗教育局") and new_county_at("呼和浩特市兴望旗教育局", 5) == "兴望旗"


@pytest.mark.parametrize("text", [
    "荆州市开发区管委会", "荆州市高新区社会事业局", "荆州市经开区", "荆州市主城区", "荆州市老城区",
    "荆州市所辖区域", "荆州市中心城区", "荆州市城乡区域", "荆州市农贸市场", "荆州市各县区",
    "荆州市辖区内", "荆州市广大市民", "荆州市新区", "荆州市学习型城市", "荆州市及公安县",
    "荆州市和监利市", "荆州市首批示范区", "荆州市教育局", "荆州市区县教育局", "荆州市两区",
])
def test_ordinary_words_after_a_city_are_no_district(text: str) -> None:
    assert new_counties(text) == {}


def test_development_zone_after_its_city_stays_the_city() -> None:
    r = region("关于举办德阳市高新区2032年全民终身学习活动周的通知", "各街道：", BODY)
    assert (r.level, r.city, r.county) == ("city", "德阳市", None)


# --- visit reports ------------------------------------------------------------------------

def test_visit_to_our_county_takes_the_host_from_its_source_line() -> None:
    r = region("首页 > 工作动态", "宜宾市老年教育考察团到我县考察交流",
               "来源：安吉县老年大学　　发布日期：2032-05-20",
               "5月18日，四川省宜宾市老年教育考察团一行15人在宜宾市老年大学校长的带领下，到我县考察学习。"
               "考察团参观了县老年大学，宜宾市的同志表示收获很大。")
    assert names(r) == ("county", "浙江省", "湖州市", "安吉县")


def test_visit_to_our_county_without_source_line_leaves_out_the_visitors() -> None:
    r = region("宜宾市社区教育考察团来我县交流",
               "5月18日，四川省宜宾市社区教育考察团到我县交流。宜宾市代表介绍了宜宾市的做法，"
               "考察团参观了安吉县社区学院，对安吉县社区教育给予肯定。")
    assert names(r) == ("county", "浙江省", "湖州市", "安吉县")


def test_visit_to_a_named_place_takes_that_place() -> None:
    r = region("宜宾市老年教育代表团赴金华市婺城区学习交流", "6月2日，代表团一行到婺城区老年大学观摩教学。")
    assert names(r) == ("county", "浙江省", "金华市", "婺城区")


def test_headline_with_a_going_verb_but_no_visited_place_keeps_its_place() -> None:
    r = region("宜宾市举办全民终身学习活动周 市民走进图书馆学习", "10月20日，活动周在宜宾市图书馆启动。")
    assert (r.level, r.city) == ("city", "宜宾市")


def test_our_county_without_a_visit_is_not_read_as_a_host() -> None:
    r = region("宜宾市召开社区教育推进会", "5月18日，宜宾市召开社区教育推进会，我市各区县代表参加。")
    assert (r.level, r.city) == ("city", "宜宾市")


def test_delegation_headline_takes_the_visited_place_from_the_lead() -> None:
    r = region("宜宾市老年教育考察团来访", "6月2日，四川省宜宾市老年教育考察团一行到金华市婺城区考察老年教育。")
    assert names(r) == ("county", "浙江省", "金华市", "婺城区")


def test_unnamed_host_gives_the_level_only_never_the_visitors_place() -> None:
    r = region("宜宾市老年教育考察团到我区考察交流", "6月2日，考察团一行到我区考察，参观了区老年大学。")
    assert (r.level, r.province, r.city, r.county) == ("county", None, None, None)


def test_town_of_an_unknown_district_keeps_district_and_city() -> None:
    r = region("楚望区青禾街道2032年全民终身学习活动周开幕", "10月20日，荆州市楚望区青禾街道举行活动周开幕式。")
    assert (r.level, r.city, r.county, r.town) == ("town", "荆州市", "楚望区", "青禾街道")
    r = region("楚望区青禾街道举办社区教育成果展", "10月20日，荆州市楚望区青禾街道举行成果展。")
    assert (r.level, r.city, r.county, r.town) == ("town", "荆州市", "楚望区", "青禾街道")


def test_unknown_district_in_the_first_sponsor() -> None:
    r = region("社区教育成果展举行", "10月20日，社区教育成果展在文化广场举行。本次活动由荆州市楚望区教育局主办，"
               "区社区学院承办。")
    assert names(r) == ("county", "湖北省", "荆州市", "楚望区")


def test_locality_tag_naming_an_unknown_district() -> None:
    r = region("【楚望区】社区教育成果展举行", "10月20日，荆州市楚望区社区教育成果展在文化广场举行。")
    assert names(r) == ("county", "湖北省", "荆州市", "楚望区")


def test_visit_to_an_institution_of_our_city() -> None:
    r = region("宜宾市老年教育代表团到我市老年大学参观", "6月2日，代表团一行参观了金华市老年大学，金华市老年大学校长介绍了办学情况。",
               "金华市各县区老年大学负责人陪同。")
    assert (r.level, r.province, r.city) == ("city", "浙江省", "金华市")
