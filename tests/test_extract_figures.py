"""Figures: participation and scale counts kept, quotas, ordinals, organisers and durations left out."""
from __future__ import annotations

import pytest

from models import Block, Document, Figure, SourceInfo
from pipeline.extract import figures
from pipeline.extract.base import Context

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def run(*lines: str) -> list[Figure]:
    ctx = Context(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    found: list[Figure] = figures.extract(ctx).values.get("figures", [])
    for f in found:
        assert ctx.text[f.evidence.start:f.evidence.end] == f.evidence.text
    return found


def triples(*lines: str) -> set[tuple[float, str, str]]:
    return {(f.value, f.unit, f.qualifier) for f in run(*lines)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本次活动共举办讲座120余场。", (120, "场", "more_than")),
        ("培训市民3.5万人次。", (35000, "人次", "exact")),
        ("开放网络课程近8万门。", (80000, "门", "approx")),
        ("发放学习读本2000多册。", (2000, "册", "more_than")),
        ("参与居民超过12万人次。", (120000, "人次", "more_than")),
        ("社区覆盖率达98%以上。", (98, "%", "at_least")),
        ("活动期间有近万人到场。", (10000, "人", "approx")),
        ("共有十二所学校参与。", (12, "所", "exact")),
        ("八位老学员获得表彰。", (8, "位", "exact")),
        ("全区共有56家单位参与。", (56, "家", "exact")),
        ("媒体报道30余篇。", (30, "篇", "more_than")),
        ("当地媒体共刊发报道近50余篇。", (50, "篇", "approx")),
        ("表彰先进集体10个、先进个人25名。", (10, "个", "exact")),
        ("600多社区居民参加了培训。", (600, "人", "more_than")),
        ("百分之六十的社区开展了活动。", (60, "%", "exact")),
        ("全市所有16个区(县)均参与。", (16, "个", "exact")),
        ("活动周推荐认定了120位学习之星。", (120, "位", "exact")),
    ],
)
def test_scale_figures_kept(text: str, expected: tuple[float, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "各县区可推荐1～2位候选人。",
        "各市向省里推荐3个品牌项目。",
        "每个学校至少开设一门课程。",
        "总结材料不少于3000字，视频不超过8分钟。",
        "这是第8个全民终身学习活动日，也是学会成立7周年。",
        "活动已连续举办15届，本届为第十届。",
        "由区文化馆等六个部门联合主办，全区7个主办单位均成立了领导小组。",
        "市领导提出了四个要求，开展“四个一”活动。",
        "公示期为3个工作日，7日内提出异议。",
        "专项经费300万元。",
        "联系电话：65123456，邮编：450018。",
        "请将以上四份表格报送至教育科。",
        "各地组织千家万户参与，推进五位一体建设。",
        "七台河市教育局参加了会议。",
        "启动社区教育大讲堂100讲。",
        "依据教职成厅函〔2014〕23号文件，于2014年10月19日举办。",
        "报送一份方案和五张照片。",
    ],
)
def test_non_figures_left_out(text: str) -> None:
    assert run(text) == []


def test_criteria_section_gives_no_figures() -> None:
    lines = ("三、评选标准", "1.效果显著，抽查学员的好评率达80%以上。", "四、工作成效", "覆盖率达90%。")
    assert {(f.value, f.unit) for f in run(*lines)} == {(90, "%")}


def test_counted_thing_is_described() -> None:
    found = run("全市共开办了38个班，学员1700多人次。")
    whats = {f.unit: f.what for f in found}
    assert whats["个"] == "班"
    assert whats["人次"] and "学员" in whats["人次"]


def test_repeated_figure_reported_once() -> None:
    found = run("全市300余所学校参与", "据统计，全市300余所学校参与了活动。")
    assert [(f.value, f.unit) for f in found] == [(300, "所")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经专家评审，拟认定李四、王五等7名同志为优秀学员。", {(7, "名", "exact")}),
        ("拟推荐“夜校课堂”等4个项目为示范项目。", {(4, "个", "exact")}),
        ("本届活动评选表彰优秀学员16名、学习型家庭示范点9个。", {(16, "名", "exact"), (9, "个", "exact")}),
    ],
)
def test_results_of_a_selection_are_not_quotas(text: str, expected: set[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "县教育局联合文广、人社、妇联等9个部门成立工作专班。",
        "每个乡镇评选表彰优秀学员3名。",
    ],
)
def test_department_counts_and_per_unit_awards_left_out(text: str) -> None:
    assert run(text) == []


def test_next_steps_section_gives_no_figures() -> None:
    found = run("二、取得成效", "全镇举办讲座66场。", "三、下一步打算", "明年力争参训群众翻番，新增学习点15个。")
    assert {(f.value, f.unit) for f in found} == {(66, "场")}


def test_hedged_people_with_a_unit_counted_once() -> None:
    assert triples("来自各村的600余名居民观看了演出。") == {(600, "名", "more_than")}


@pytest.mark.parametrize(
    "stamp",
    ["发布者：管理员　发布时间：2019-09-03　浏览：412次", "作者：某某  来源：本站原创  点击数：2047次  更新时间：2019-10-21",
     "首页 > 新闻中心 > 基层动态    阅读次数：865次"],
)
def test_page_view_counts_on_portal_stamp_lines_are_not_figures(stamp: str) -> None:
    found = run("某区全民终身学习活动周开幕", stamp, "开幕式上，500余名居民参加了学习体验活动。")
    assert [(f.value, f.unit) for f in found] == [(500, "名")]


def test_counts_in_a_body_sentence_with_spam_link_appended_are_kept() -> None:
    found = run("来自全区12个社区的800余名居民参加了开幕式。 点击进入>>>高清视频在线观看")
    assert [(f.value, f.unit) for f in found] == [(12, "个"), (800, "名")]


def _kinds(doc_type: str, *lines: str) -> set[tuple[float, str]]:
    ctx = Context(Document.from_blocks([Block("paragraph", line) for line in lines], SRC), fields={"doc_type": doc_type})
    return {(f.value, f.unit) for f in figures.extract(ctx).values.get("figures", [])}


@pytest.mark.parametrize("doc_type", ["notice", "summary"])
def test_totals_of_a_selection_already_made_are_results(doc_type: str) -> None:
    found = _kinds(doc_type, "各地共推荐候选人240名、候选课程95个。", "全县已累计遴选示范项目31个。")
    assert found == {(240, "名"), (95, "个"), (31, "个")}


def test_selection_verbs_in_a_report_tell_what_was_done() -> None:
    text = "推荐学习标兵7名、特色项目4个参加省级评选；力争明年推荐9名。"
    assert _kinds("summary", text) == {(7, "名"), (4, "个")}
    assert _kinds("notice", text) == set()


def test_households_are_counted_but_not_words_beginning_with_hu() -> None:
    assert triples("表彰书香家庭120户，参与亲子家庭300余户。") == {(120, "户", "exact"), (300, "户", "more_than")}
    assert triples("设置3户外学习点。") == set()


@pytest.mark.parametrize("text", [
    "开幕式现场设置展位40余个。",
    "现场搭建了30个展台，展出成果。",
    "设立咨询台20余个。",
    "学员表演节目12个。",
])
def test_booths_stands_and_acts_of_an_event_are_not_figures(text: str) -> None:
    assert run(text) == []


def test_participants_next_to_booths_are_kept() -> None:
    assert triples("现场设置展位40余个，吸引了约1500名市民参与。") == {(1500, "名", "approx")}


def test_averages_per_person_year_or_event_are_not_counts() -> None:
    got = {(f.value, f.unit) for f in run(
        "全区共举办学习活动312场，平均每场80人参与，居民人均参与学习2.3次，社区学校年均开展培训120场，"
        "场均观众150人，满意率平均达96%。"
    )}
    assert got == {(312, "场"), (96, "%")}


@pytest.mark.parametrize(
    "text",
    ["全县共举办活动210场，参与群众1.6万人次，同比增长17%。",
     "参与人数较上年增长9.5%，开设课程64门。",
     "学员较上学期增长12%，达到1900余人。"],
)
def test_year_on_year_increases_left_out_percentages_too(text: str) -> None:
    """real2 convention: a year-on-year increase is not a figure, whether a count or a rate."""
    found = triples(text)
    assert all(unit != "%" for _, unit, _ in found) and found
