"""Organizers: role sections and role sentences, with precision on look-alike contexts.

Fixture texts are synthetic: invented units in the layouts official documents use.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.organizers import extract
from pipeline.extract.organizers_names import is_org_name, split_names
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def run(text: str) -> list[tuple[str, str]]:
    blocks = [Block("table_row" if "\t" in ln else "paragraph", ln) for ln in text.split("\n")]
    ctx = Context(normalize_document(Document.from_blocks(blocks, SRC)))
    found = extract(ctx).values["organizers"]
    for org in found:
        assert ctx.text[org.evidence.start:org.evidence.end] == org.evidence.text
        assert org.name in org.evidence.text
    return [(o.role, o.name) for o in found]


def test_numbered_headings_with_names_below() -> None:
    text = (
        "三、组织机构\n（一）主办单位\n\n临江市教育局、临江市文明办、临江市总工会\n\n"
        "（二）协办单位\n临江市老年教育学会\n（三）启动仪式承办单位\n\n临江开放大学\n四、活动内容"
    )
    assert run(text) == [
        ("主办", "临江市教育局"), ("主办", "临江市文明办"), ("主办", "临江市总工会"),
        ("协办", "临江市老年教育学会"), ("承办", "临江开放大学"),
    ]


def test_unnumbered_heading_and_one_name_per_line() -> None:
    text = "协办单位\n\n青山县社区学院\n青山县科学技术协会\n\n二、活动安排"
    assert run(text) == [("协办", "青山县社区学院"), ("协办", "青山县科学技术协会")]


def test_inline_labels_keep_parentheses_and_split_on_one_line() -> None:
    text = "主办单位：北岸区教育局\n承办：北岸区社区教育指导中心（北岸开放大学）  协办：北岸区图书馆"
    assert run(text) == [
        ("主办", "北岸区教育局"),
        ("承办", "北岸区社区教育指导中心（北岸开放大学）"),
        ("协办", "北岸区图书馆"),
    ]


def test_sentence_with_you_chain_and_conjunction_inside_names() -> None:
    text = "由东湖省教育厅、东湖市住房和城乡建设局和东湖市妇联主办，东湖市教育局承办，东湖市老年大学协办。"
    assert run(text) == [
        ("主办", "东湖省教育厅"), ("主办", "东湖市住房和城乡建设局"), ("主办", "东湖市妇联"),
        ("承办", "东湖市教育局"), ("协办", "东湖市老年大学"),
    ]


def test_guidance_role_and_yu_inside_a_name() -> None:
    text = "活动周由南岭市教委、南岭市社区教育与职业培训指导中心指导,南岭市成人教育协会主办,南岭理工大学承办。"
    assert run(text) == [
        ("指导", "南岭市教委"), ("指导", "南岭市社区教育与职业培训指导中心"),
        ("主办", "南岭市成人教育协会"), ("承办", "南岭理工大学"),
    ]


def test_lead_unit_of_joint_hosting_is_a_host() -> None:
    text = "今年活动周由西川市教育局牵头组织，西川市文化局、西川市体育局、团市委等四个单位共同主办，西川市职业技术学校承办。"
    assert run(text) == [
        ("主办", "西川市教育局"), ("主办", "西川市文化局"), ("主办", "西川市体育局"),
        ("主办", "团市委"), ("承办", "西川市职业技术学校"),
    ]


def test_trailing_deng_dropped_and_de_form_accepted() -> None:
    text = (
        "总开幕式由北原省教育厅主办，北原市教育局、北原省成人教育协会等单位承办，北原市社区大学等协办。\n"
        "10月20日上午,由国家某部职业教育司主办,北原市人民政府承办的全民终身学习活动周总开幕式在北原举行。"
    )
    assert run(text) == [
        ("主办", "北原省教育厅"), ("承办", "北原市教育局"), ("承办", "北原省成人教育协会"),
        ("协办", "北原市社区大学"), ("主办", "国家某部职业教育司"), ("承办", "北原市人民政府"),
    ]


def test_holding_an_opening_ceremony_counts_as_hosting() -> None:
    text = "中和区教育局举办2021年全民终身学习活动周开幕式。\n读书节由中和区图书馆、中和区文联联合举办。"
    assert run(text) == [("主办", "中和区教育局"), ("主办", "中和区图书馆"), ("主办", "中和区文联")]


def test_generic_units_are_not_organizers_and_pairs_deduplicated() -> None:
    text = "本届活动周由安平市教育局主办，各县区教育局承办，有关单位协办。\n主办单位：安平市教育局"
    assert run(text) == [("主办", "安平市教育局")]


@pytest.mark.parametrize("text", [
    "开幕式上,主办方为全市百姓学习之星代表颁发证书。",
    "各主办单位结合活动周主题为居民举办系列讲座。",
    "2005年以来由平川省教育厅、平川省成人教育协会共同主办了7次学习活动周。",
    "平川市教育局指导、协调本届全民终身学习活动周全程。",
    "主办单位及协办单位\t\t",
    "根据《平川省教育厅关于举办2020年全民终身学习活动周的通知》要求，决定举办本市活动周。",
    "活动得到市政府和各主办单位领导的重视和支持。",
])
def test_role_words_in_other_contexts_give_nothing(text: str) -> None:
    assert run(text) == []


def test_split_names_rejects_clauses_that_are_not_unit_lists() -> None:
    assert split_names("整个活动从筹办、组织内容到总结") is None
    assert [n for n, _, _ in split_names("甲市教育局和乙市文化局") or []] == ["甲市教育局", "乙市文化局"]
    assert is_org_name("甲市精神文明建设指导委员会办公室（文明办）")
    assert not is_org_name("各县区社区教育学院")


def test_labels_separated_by_semicolon_and_unit_is_sentences() -> None:
    assert run("主办单位：甲市教育局；承办单位：乙市文化馆。") == [("主办", "甲市教育局"), ("承办", "乙市文化馆")]
    assert run("开幕式主办单位为甲市教育局，协办单位是甲市图书馆") == [("主办", "甲市教育局"), ("协办", "甲市图书馆")]


def test_dunhao_between_role_clauses_but_not_between_verbs() -> None:
    assert run("此次活动由甲市教育局主办、乙区社区学院承办。") == [("主办", "甲市教育局"), ("承办", "乙区社区学院")]
    assert run("3. 甲市教育局指导、协调本届活动周全程。") == []


@pytest.mark.parametrize("text, expected", [
    ("甲市教育局、乙市文联共同主办本次活动。", [("主办", "甲市教育局"), ("主办", "乙市文联")]),
    ("感谢甲科技公司支持。", []),
    ("此次论坛甲市教育局主办。", []),
])
def test_bare_clause_needs_support_from_its_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert run(text) == expected


def test_place_names_with_sentence_characters_are_unit_names() -> None:
    text = "启动仪式由市教育局主办，都江堰市社区学院、成都市图书馆承办。"
    assert run(text) == [("主办", "市教育局"), ("承办", "都江堰市社区学院"), ("承办", "成都市图书馆")]
    assert not is_org_name("全部都到场")


def test_co_organiser_of_this_very_event_after_a_hosting_clause() -> None:
    text = "9月12日，某县人民政府在县文化广场举办全民终身学习活动周开幕式，县职业教育中心承办了此次活动。"
    assert run(text) == [("主办", "某县人民政府"), ("承办", "县职业教育中心")]
    assert run("某协会共同主办了7次读书节，县文化馆承办了3次。") == []


def test_implicit_host_of_a_headline_yields_to_its_explicit_role() -> None:
    text = ("某州老年大学举办终身学习活动周开幕式\n"
            "本次活动周由州教育局、州老干部局主办，州老年大学承办。")
    assert run(text) == [("主办", "州教育局"), ("主办", "州老干部局"), ("承办", "州老年大学")]


@pytest.mark.parametrize("sep", ["\t", "      "])
def test_role_column_of_a_schedule_table(sep: str) -> None:
    rows = [["日期", "活动", "地点", "承办单位"], ["11月2日", "开幕式", "文化中心", "某县老年大学"],
            ["11月3日-6日", "社区讲座", "各社区", "各乡镇"], ["11月8日", "闭幕式", "体育馆", "县图书馆"]]
    text = "活动安排\n" + "\n".join(sep.join(r) for r in rows) + "\n其他要求：按时报送。"
    assert run(text) == [("承办", "某县老年大学"), ("承办", "县图书馆")]


def test_table_without_role_column_gives_no_organizers() -> None:
    text = "日期\t活动\t地点\t负责人\n11月2日\t开幕式\t文化中心\t某县老年大学"
    assert run(text) == []


def test_guidance_stated_as_circumstance_zai_zhidao_xia() -> None:
    text = "活动在省教育厅职成处指导下，由市教育局、市委宣传部联合举办，市开放大学承办。"
    assert run(text) == [("指导", "省教育厅职成处"), ("主办", "市教育局"), ("主办", "市委宣传部"), ("承办", "市开放大学")]
    assert run("在区委教育工委的精心指导下，由区教育局主办。") == [("指导", "区委教育工委"), ("主办", "区教育局")]
    assert run("在各级领导的关心指导下，活动取得圆满成功。") == []


def test_abbreviated_associations_ending_in_xie_are_units() -> None:
    text = "本次活动由市教育局、市科协、市文联共同主办，市图书馆承办。"
    assert run(text) == [("主办", "市教育局"), ("主办", "市科协"), ("主办", "市文联"), ("承办", "市图书馆")]


def test_units_hosting_this_event_as_the_object_of_the_verb() -> None:
    assert run("区教育局、区文明办主办此次活动。") == [("主办", "区教育局"), ("主办", "区文明办")]
    assert run("区社区学院承办本届活动周，区图书馆协办。") == [("承办", "区社区学院"), ("协办", "区图书馆")]
    assert run("各街道主办此次活动时要注重安全。") == []


def test_label_with_a_parenthesised_remark_and_space_separated_units() -> None:
    text = (
        "主办单位（排名不分先后）：云岭区教育局　云岭区文明办　云岭区民政局\n"
        "承办单位：云岭区社区教育中心\n"
        "支持单位：云岭开放大学、云岭区图书馆\n"
        "冠名单位：某某文化传媒有限公司"
    )
    assert run(text) == [
        ("主办", "云岭区教育局"), ("主办", "云岭区文明办"), ("主办", "云岭区民政局"),
        ("承办", "云岭区社区教育中心"), ("支持", "云岭开放大学"), ("支持", "云岭区图书馆"),
    ]


def test_bare_support_and_guidance_labels_on_one_line() -> None:
    text = "主办：河湾区教育局 承办：河湾区社区学院　支持：河湾职业技术学院　指导：河湾市教育局"
    assert run(text) == [
        ("主办", "河湾区教育局"), ("承办", "河湾区社区学院"), ("支持", "河湾职业技术学院"), ("指导", "河湾市教育局"),
    ]


def test_foreign_gloss_after_a_unit_name_is_not_part_of_it() -> None:
    text = "本次活动由河湾区教育局主办，河湾开放大学（Hewan Open University）承办，河湾区社区学院（Hewan Community College）协办。"
    assert run(text) == [("主办", "河湾区教育局"), ("承办", "河湾开放大学"), ("协办", "河湾区社区学院")]


def test_units_providing_support_in_a_chained_sentence() -> None:
    text = "活动周由青石区教育局主办，青石区社区学院承办，青石区图书馆、青石区文化馆提供场地支持。"
    assert run(text) == [
        ("主办", "青石区教育局"), ("承办", "青石区社区学院"), ("支持", "青石区图书馆"), ("支持", "青石区文化馆"),
    ]


@pytest.mark.parametrize("text", [
    "本次活动周由区教育局牵头，区委宣传部、区文明办配合。",
    "赞助单位：某某书城",
    "社区志愿者提供支持。",
])
def test_lead_sponsor_and_unanchored_support_are_no_roles(text: str) -> None:
    assert run(text) == []
