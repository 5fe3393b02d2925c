"""Committee, organizers, theme and event dates as real web pages write them in narrative.

Fixture texts are invented (other places, people, numbers) in the forms news reports,
visit reports, summaries and mirror copies use: posts in apposition, lists broken by
mirror-site commas, elliptic unit names, unquoted or garbled theme labels, datelines.
"""
from __future__ import annotations

from typing import Any

import pytest

from models import Block, Document, Evidence, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.committee import extract as committee_extract
from pipeline.extract.dates import extract as dates_extract
from pipeline.extract.organizers import extract as organizers_extract
from pipeline.extract.theme import extract as theme_extract
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def _ctx(text: str, **fields: Any) -> Context:
    blocks = [Block("table_row" if "\t" in ln else "paragraph", ln) for ln in text.split("\n")]
    return Context(normalize_document(Document.from_blocks(blocks, SRC)), fields=fields)


def committee(text: str) -> list[tuple[str, str]]:
    ctx = _ctx(text)
    found = committee_extract(ctx).values["committee"]
    for m in found:
        assert ctx.text[m.evidence.start:m.evidence.end] == m.evidence.text == m.name
    return [(m.role, m.name) for m in found]


def organizers(text: str) -> list[tuple[str, str]]:
    ctx = _ctx(text)
    found = organizers_extract(ctx).values["organizers"]
    for o in found:
        assert ctx.text[o.evidence.start:o.evidence.end] == o.evidence.text
    return [(o.role, o.name) for o in found]


def theme(text: str, **fields: Any) -> str | None:
    ctx = _ctx(text, **fields)
    if "title" in fields:
        at = ctx.text.index(fields["title"])
        ctx.evidence_map["title"] = ctx.evidence(at, at + len(fields["title"]))
    out = theme_extract(ctx)
    ev = out.evidence.get("theme")
    if ev is not None:
        assert ctx.text[ev.start:ev.end] == ev.text == out.values["theme"]
    return out.values["theme"]  # type: ignore[no-any-return]


def event(text: str) -> tuple[str | None, str | None]:
    ctx = _ctx(text)
    out = dates_extract(ctx)
    for ev in out.evidence.values():
        assert isinstance(ev, Evidence) and ctx.text[ev.start:ev.end] == ev.text
    return out.values["event_start"], out.values["event_end"]


# --- committee: posts given in apposition inside narrative -------------------------------

def test_committee_post_right_before_the_name() -> None:
    text = (
        "5月8日上午，青川县老教委主任贺明远、县委组织部刘强部长率队来我镇参观。\n"
        "村党支部书记、村老年教育领导组副组长孔德新介绍了学校的办学情况。"
    )
    assert committee(text) == [("主任", "贺明远"), ("副组长", "孔德新")]


def test_committee_post_followed_by_other_titles_and_a_name() -> None:
    text = "会上，委员会副主任、市老年大学教务处处长严佳宁宣读了工作条例；委员会主任、市老年大学副校长柏文涛作总结。"
    assert committee(text) == [("副主任", "严佳宁"), ("主任", "柏文涛")]


def test_same_person_and_post_named_twice_is_one_entry() -> None:
    text = "东源区老教委主任、区老年大学校长祁永年致辞。\n东源区老教委主任祁永年对活动给予肯定。"
    assert committee(text) == [("主任", "祁永年")]


def test_leading_group_post_and_standing_deputy_in_narrative() -> None:
    text = "县社区教育领导小组副组长滕志远出席。市活动周组委会常务副主任梅若华主持开幕式。"
    assert committee(text) == [("副组长", "滕志远"), ("副主任", "梅若华")]


def test_name_before_the_post_and_post_in_brackets_after_the_name() -> None:
    assert committee("开幕式由县老教委纪文山主任主持。") == [("主任", "纪文山")]
    text = "出席活动的有钱立群（市老龄委副主任）、葛红（县教育局局长）。会议由欧阳明（县活动周组委会主任）主持。"
    assert committee(text) == [("副主任", "钱立群"), ("主任", "欧阳明")]
    assert committee("市老龄委常务副主任祁山出席。组委会主任 吕方舟宣布开幕。") == [("副主任", "祁山"), ("主任", "吕方舟")]


def test_posts_spread_over_one_cell_per_line_under_a_body_heading() -> None:
    text = (
        "活动周领导小组\n组长\n郝建平\n县人民政府副县长\n副组长\n褚立新\n县教育局局长\n"
        "成员\n柴文静\n县文明办主任\n二、活动内容\n组织开展读书活动。"
    )
    assert committee(text) == [("组长", "郝建平"), ("副组长", "褚立新"), ("成员", "柴文静")]
    assert committee("成员\n柴文静") == []


@pytest.mark.parametrize("text", [
    "镇人大主席团常务副主席、镇人大工委副主任庞海川同志出席会议。",
    "市教委副主任姜晓峰出席开幕式并讲话。",
    "区发展和改革委员会主任韦成钢出席活动。",
    "街道办事处主任岑立新主持会议。",
    "县教育局办公室主任卜一鸣宣读通知。",
    "省老年大学协会秘书长、副会长蒲永康讲话。",
])
def test_department_legislative_and_office_posts_are_not_committee_posts(text: str) -> None:
    assert committee(text) == []


# --- organizers -------------------------------------------------------------------------

def test_mirror_commas_before_enumeration_marks_do_not_cut_the_list() -> None:
    text = (
        "开幕式由文化部,、科学技术部、卫生部(全国爱卫办),、中国科学技术协会联合主办,,"
        "东川省人民政府,、北方能源集团有限公司承办。"
    )
    assert organizers(text) == [
        ("主办", "文化部"), ("主办", "科学技术部"), ("主办", "卫生部(全国爱卫办)"),
        ("主办", "中国科学技术协会"), ("承办", "东川省人民政府"), ("承办", "北方能源集团有限公司"),
    ]


def test_elliptic_area_name_and_headline_host_of_a_launch_ceremony() -> None:
    assert organizers("由高新区承办的2031年秋江市全民终身学习活动周启动仪式昨日举行。") == [("承办", "高新区")]
    text = "全民终身学习活动周系列报道12——青溪东湖街道举办“终身学习周”启动仪式\n（讯）街道举行了启动仪式。"
    assert organizers(text) == [("主办", "青溪东湖街道")]


def test_headline_host_gives_way_to_explicit_roles_and_to_the_area_body() -> None:
    text = "柳川县举办全民终身学习活动周启动仪式\n活动由县文化和体育局主办，县职业中学承办。"
    assert organizers(text) == [("主办", "县文化和体育局"), ("承办", "县职业中学")]
    text = "石门区举办全民终身学习活动周开幕式\n10月9日，石门区人民政府在市民广场举办全民终身学习活动周开幕式。"
    assert organizers(text) == [("主办", "石门区人民政府")]


def test_co_organizers_of_many_kinds_and_joint_hosting_with_an_international_body() -> None:
    text = "此次活动由南坪镇人民政府主办，南坪镇文化站承办，南坪镇社区、松风书画院、兴业银行南坪支行协办。"
    assert ("协办", "兴业银行南坪支行") in organizers(text)
    assert ("协办", "南坪镇社区") in organizers(text)
    text = "本次大会由教育部、东海市人民政府与联合国教科文组织合作举办。"
    assert organizers(text) == [("主办", "教育部"), ("主办", "东海市人民政府"), ("主办", "联合国教科文组织")]


def test_unified_guidance_and_a_units_own_work_under_guidance() -> None:
    text = "此次评选活动由市委宣传部、市文化旅游局统一指导部署，各区县具体组织实施。"
    assert organizers(text) == [("指导", "市委宣传部"), ("指导", "市文化旅游局")]
    text = "市博物馆在市文旅局的指导下，以活动周为契机，开设了流动展览。"
    assert organizers(text) == []


def test_a_page_footer_label_is_the_websites_owner() -> None:
    text = "关于我们 | 网站地图\n主办：南城市教育局  承办：南城市教育信息中心\n版权所有 南城市教育局 ICP备12345678号"
    assert organizers(text) == []


def test_label_value_continued_on_the_next_line_until_the_next_label() -> None:
    text = "二、组织机构\n主办单位: 南江市老龄办\n承办单位: 南江市老年活动中心\n南江市老年诗词学会\n协办单位:各区老龄办\n三、活动安排"
    assert organizers(text) == [("主办", "南江市老龄办"), ("承办", "南江市老年活动中心"), ("承办", "南江市老年诗词学会")]
    text = "承办单位：北岭区社区学院\n\n北岭区教育局\n2031年5月6日"
    assert organizers(text) == [("承办", "北岭区社区学院")]


# --- theme ------------------------------------------------------------------------------

def test_unquoted_theme_after_zhuti_shi() -> None:
    assert theme("今年活动的主题是乐学善思,共建“书香家园”。出席活动的有各界代表。") == "乐学善思,共建“书香家园”"
    assert theme("今年活动周以终身学习 幸福家园为主题，开展系列活动。") == "终身学习 幸福家园"
    assert theme("本次活动的主题是引导广大居民积极参与各类学习活动并在社区中形成良好风气。") is None


def test_contest_label_counts_only_in_a_text_about_the_contest() -> None:
    assert theme("关于举办2031年老年诗词征文活动的通知\n一、征文主题：诗意晚年 乐享生活\n二、征文要求") == "诗意晚年 乐享生活"
    text = "一、活动周主题：学习点亮生活\n三、征文活动\n征文主题：我的学习故事"
    assert theme(text) == "学习点亮生活"


def test_theme_after_a_byte_shifted_label_of_a_mirror_copy() -> None:
    garbled = "。活動主題".encode("gbk")[3:].decode("gbk", errors="replace").replace("\ufffd", "?")
    text = f"11月2日，某市活动周启动仪式在文化馆举行?;{garbled}是“学习立身,实干兴城”。"
    assert theme(text) == "学习立身,实干兴城"


def test_theme_of_the_activity_the_headline_reports() -> None:
    title = "云岭社区学院开展2031年终身学习摄影作品评比活动"
    text = f"{title}\n\n12月5日，云岭社区学院举行了以“光影记录成长”为主题的全民终身学习摄影作品评选活动。"
    assert theme(text, title=title) == "光影记录成长"
    text = "社区开展了以“低碳出行”为主题的社区教育体验日活动。"
    assert theme(text) is None


# --- event dates --------------------------------------------------------------------------

def test_mirror_day_without_its_month_character() -> None:
    text = "活动周开幕\n\n    1027上午9:00,南湖市2031年全民终身学习活动周开幕式在市文化中心举行。"
    assert event(text) == ("2031-10-27", "2031-10-27")


def test_week_period_in_brackets_after_the_weeks_name() -> None:
    text = "2031年全民终身学习活动周期间（10月20日—26日），全市共举办各类活动50场。"
    assert event(text) == ("2031-10-20", "2031-10-26")


def test_news_agency_dateline_is_not_the_ceremony_day() -> None:
    text = "东海网11月9日讯11月8日上午,东海市2031年全民终身学习活动周启动仪式在市民中心举行。"
    assert event(text) == ("2031-11-08", "2031-11-08")
