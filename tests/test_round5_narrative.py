"""Round 5: figures, organisers, themes and event dates in the forms the blind holdout8
corpora showed (statistics tables, schedule tables, national vs local themes, cover
notices, synchronised lower-level programmes, publish stamps).

Fixture texts are invented (other places, people, numbers). Each recall rule comes with a
look-alike that must not be taken.
"""
from __future__ import annotations

from typing import Any

from models import Block, Document, Evidence, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.dates import extract as dates_extract
from pipeline.normalize.text import normalize_document
from tests.test_round3_narrative import counts, organizers  # shared runners
from tests.test_round4_narrative import theme  # shared runners

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def _ctx(text: str, **fields: Any) -> Context:
    blocks = [Block("paragraph", ln) for ln in text.split("\n")]
    return Context(normalize_document(Document.from_blocks(blocks, SRC)), fields=fields)




def event(text: str, **fields: Any) -> tuple[str | None, str | None]:
    ctx = _ctx(text, **fields)
    out = dates_extract(ctx)
    for ev in out.evidence.values():
        assert isinstance(ev, Evidence) and ctx.text[ev.start:ev.end] == ev.text
    return out.values["event_start"], out.values["event_end"]






# --- figures: statistics tables ---------------------------------------------------------

def test_a_tab_table_gives_each_cell_the_unit_of_its_column_header() -> None:
    text = ("　　活动周期间各街道开展活动情况如下：\n项目\t场次\t参与人次\n"
            "读书沙龙\t12\t640\n手工体验\t7\t215\n合计\t19\t855\n　　下一步，我们将继续努力。")
    assert counts(text, doc_type="summary") == [(12, "场"), (640, "人次"), (7, "场"), (215, "人次"),
                                                 (19, "场"), (855, "人次")]


def test_a_pipe_table_with_a_bracketed_unit_header() -> None:
    text = "统计如下：\n| 类别 | 讲座（场） | 人数 |\n| --- | --- | --- |\n| 社区 | 9 | 380 |"
    assert counts(text, doc_type="news") == [(9, "场"), (380, "人")]


def test_a_table_of_a_plan_or_of_targets_gives_no_figures() -> None:
    table = "项目\t场次\t参与人次\n读书沙龙\t12\t640"
    assert counts(table, doc_type="plan") == []
    assert counts("项目\t计划场次\t目标人次\n读书沙龙\t12\t640", doc_type="summary") == []


def test_a_table_without_unit_headers_gives_no_figures() -> None:
    assert counts("序号\t单位\t电话\n1\t某街道\t3345\n", doc_type="summary") == []


# --- figures: background totals, work so far, planned selections ------------------------

def test_a_past_years_totals_inside_a_requirements_section_stay() -> None:
    text = ("　　四、工作要求\n　　（一）各社区于9月5日前报送总结。\n"
            "　　（二）2018年全区共开展活动85场、参与居民1.2万人次，今年力争参与人次不低于2万。")
    assert counts(text, doc_type="plan", campaign_year="2019") == [(85, "场"), (12000, "人次")]


def test_this_years_target_in_a_requirements_section_stays_out() -> None:
    text = "　　四、工作要求\n　　（二）今年全区力争开展活动120场、参与居民3万人次。"
    assert counts(text, doc_type="plan", campaign_year="2019") == []


def test_work_done_so_far_this_year_in_a_notice_stays() -> None:
    text = "目前全县共有老年学校（教学点）48个，今年已开展各类培训1.6万人次。"
    assert (16000, "人次") in counts(text, doc_type="notice")


def test_this_years_planned_work_in_a_notice_stays_out() -> None:
    assert counts("今年开展各类培训1.6万人次。", doc_type="notice") == []


def test_a_selection_to_be_held_in_a_notice_is_a_quota() -> None:
    assert counts("各街道推荐3名，全区共评选15名左右。", doc_type="notice") == []
    assert counts("2.开展书香家庭评选，评选出区级书香家庭30户。", doc_type="notice") == []


def test_a_selection_already_held_stays() -> None:
    text = "经专家评审，评选出优秀学习社区6个、书香家庭30户。"
    assert counts(text, doc_type="notice") == [(6, "个"), (30, "户")]
    assert counts("表彰：评选表彰第五批“终身学习之星”12名。", doc_type="plan") == [(12, "名")]


# --- organisers: schedule tables ---------------------------------------------------------

def test_only_the_opening_row_of_a_schedule_table_gives_organizers() -> None:
    text = ("　　三、活动安排\n日期 | 活动内容 | 地点 | 承办单位\n"
            "9月20日 | 全区活动周开幕式 | 区文化中心 | 区社区学院\n"
            "9月22日 | 科普讲堂 | 区科技馆 | 区科协\n　　四、工作要求")
    assert organizers(text) == [("承办", "区社区学院")]


def test_a_schedule_table_without_an_opening_keeps_every_row() -> None:
    text = "日期\t活动\t地点\t承办单位\n9月22日\t科普讲堂\t区科技馆\t区科协\n9月24日\t读书会\t区图书馆\t区图书馆"
    assert organizers(text) == [("承办", "区科协"), ("承办", "区图书馆")]


def test_a_table_pasted_one_cell_per_line_with_roles_in_the_cell() -> None:
    text = ("　　四、活动安排\n序号\n日期\n活动\n主办/承办\n1\n9月20日\n全区活动周启动仪式\n"
            "区文旅局主办，区成人学校承办\n2\n9月21日\n健身讲座\n区体育中心\n　　五、工作要求")
    assert organizers(text) == [("主办", "区文旅局"), ("承办", "区成人学校")]


def test_a_list_items_side_event_heading_makes_its_role_a_side_role() -> None:
    text = ("　　（一）开幕式。9月20日在区体育馆举行，由区教育局主办，区社区学院承办。\n"
            "　　（二）“读书达人”评选。由区团委承办，各街道推荐。")
    assert organizers(text) == [("主办", "区教育局"), ("承办", "区社区学院")]


# --- theme -------------------------------------------------------------------------------

def test_the_local_theme_beats_the_national_one_quoted_first() -> None:
    text = "全国活动周的主题是“终身学习 点亮人生”，我区活动周以“书香满城 学在东湖”为主题。"
    assert theme(text) == "书香满城 学在东湖"
    text = "今年全国活动周主题为“学无止境”，结合实际，我县活动周主题确定为“乐学青山 幸福家园”。"
    assert theme(text) == "乐学青山 幸福家园"


def test_an_unquoted_label_beats_the_national_theme() -> None:
    text = "今年全国主题是“学习让城市更美好”，我市定于10月开展活动周，活动主题：建设学习型江城 共享美好生活。"
    assert theme(text) == "建设学习型江城 共享美好生活"


def test_the_national_theme_alone_is_still_the_theme() -> None:
    assert theme("今年全国活动周的主题是“终身学习 点亮人生”。") == "终身学习 点亮人生"


def test_pinyin_with_a_space_inside_the_brackets_is_removed() -> None:
    assert theme("活動主題為：“學習點亮人生 進步(jìn bù)成就夢想”。") == "学习点亮人生 进步成就梦想"


def test_an_english_gloss_in_brackets_is_not_pinyin() -> None:
    ctx = _ctx("建设学习型城市(Learning City)网络")
    assert "(Learning City)" in ctx.text


def test_a_cover_notices_theme_and_week_come_from_the_attached_plan() -> None:
    text = ("关于印发《某区2022年活动周实施方案》的通知\n各街道：\n　　现将《某区2022年活动周实施方案》印发给你们，请认真贯彻执行。\n"
            "某区教育局\n2022年9月1日\n附件\n某区2022年活动周实施方案\n　　一、活动主题\n　　活动周主题：“乐学湖畔 共享幸福”。\n"
            "　　二、时间安排\n　　2022年9月17日至23日。")
    assert theme(text) == "乐学湖畔 共享幸福"
    assert event(text) == ("2022-09-17", "2022-09-23")


def test_a_notice_with_its_own_week_ignores_the_attachment() -> None:
    text = ("某区教育局通知\n　　活动周定于2022年9月10日至16日举行。\n某区教育局\n2022年9月1日\n附件\n"
            "回执表\n　　活动时间：2022年9月17日至23日。")
    assert event(text) == ("2022-09-10", "2022-09-16")


# --- event dates ---------------------------------------------------------------------------

def test_a_lower_units_synchronised_programme_is_not_the_weeks_period() -> None:
    text = ("　　9月18日，某市2021年全民终身学习活动周启动仪式在甲县举行。\n"
            "　　甲县同步启动了本县活动周，将于9月18日至24日在全县开展活动。")
    assert event(text) == ("2021-09-18", "2021-09-18")


def test_the_documents_own_week_period_stays() -> None:
    text = "　　某县2021年全民终身学习活动周将于9月18日至24日在全县开展。"
    assert event(text) == ("2021-09-18", "2021-09-24")


def test_a_publish_stamp_gives_no_year_to_the_week() -> None:
    text = ("某社区开展活动周系列活动\n发布时间：2021-09-30\n"
            "　　9月18日至24日，某社区开展了全民终身学习活动周系列活动。")
    assert event(text) == (None, None)


def test_a_year_written_in_the_body_still_dates_the_week() -> None:
    text = ("某社区开展活动周系列活动\n发布时间：2021-09-30\n"
            "　　2021年9月18日至24日，某社区开展了全民终身学习活动周系列活动。")
    assert event(text) == ("2021-09-18", "2021-09-24")
