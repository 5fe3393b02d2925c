"""Committee layouts found by the blind corpora of round 3, in invented wording.

Each recall rule has a look-alike that must give nothing (or nothing more): pairs of posts
and names separated by spaces vs a row of units; several role labels after a sentence; a
role label alone on its line; page furniture inside a list or a word; appointment clauses
that each bind their own role; two roles joined by 兼; members described by departments.
"""
from __future__ import annotations

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.committee import extract
from pipeline.extract.committee_breaks import is_furniture, join_page_breaks
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def members(text: str) -> list[tuple[str, str]]:
    """(role, name) of every member, each with evidence equal to the document's text."""
    blocks = [Block("paragraph", ln) for ln in text.split("\n")]
    ctx = Context(normalize_document(Document.from_blocks(blocks, SRC)))
    found = extract(ctx).values["committee"]
    for m in found:
        assert ctx.text[m.evidence.start:m.evidence.end] == m.evidence.text
        assert m.evidence.text.replace(" ", "").replace("\u3000", "") == m.name
    return [(m.role, m.name) for m in found]


def test_posts_before_names_separated_by_ascii_spaces() -> None:
    text = (
        "一、组委会名单\n主  任：县委副书记 谢文涛    县政府副县长 龚晓燕\n"
        "副主任：县委宣传部副部长 苗青  县教育局局长 柯振宇  县文旅局局长 伍春梅\n"
        "委  员：由各乡镇、县直相关部门分管负责同志组成。"
    )
    assert members(text) == [
        ("主任", "谢文涛"), ("主任", "龚晓燕"),
        ("副主任", "苗青"), ("副主任", "柯振宇"), ("副主任", "伍春梅"),
    ]


def test_posts_before_names_with_full_width_spaces() -> None:
    text = "成立某市学习活动周领导小组。\n组　长：副市长　汪立本\n副组长：市教育局局长　严立新　　市文明办副主任　陆雅琴"
    assert members(text) == [("组长", "汪立本"), ("副组长", "严立新"), ("副组长", "陆雅琴")]


def test_names_before_posts_still_read() -> None:
    text = "领导小组\n副组长：严立新  市教育局局长  陆雅琴  市文明办副主任"
    assert members(text) == [("副组长", "严立新"), ("副组长", "陆雅琴")]


def test_a_row_of_units_after_a_label_names_nobody() -> None:
    text = "领导小组\n成  员：县委宣传部 县文明办 县民政局 县文旅局"
    assert members(text) == []


def test_several_role_labels_after_a_sentence_on_one_line() -> None:
    text = "成立某县全民终身学习活动周工作委员会。主任：罗志刚 副主任：潘晓丽 吕 军 成员：程海燕 贺 平 范明轩"
    assert members(text) == [
        ("主任", "罗志刚"), ("副主任", "潘晓丽"), ("副主任", "吕军"),
        ("成员", "程海燕"), ("成员", "贺平"), ("成员", "范明轩"),
    ]


def test_a_label_after_a_sentence_describing_units_names_nobody() -> None:
    text = "成立某县全民终身学习活动周工作委员会。成员：各乡镇分管负责同志"
    assert members(text) == []


def test_role_label_alone_on_its_line_members_below() -> None:
    text = (
        "三、组织机构\n    成立某区全民终身学习活动周领导小组。\n    组长\n    白玛次仁　区政府副区长\n"
        "    副组长\n    邱红梅　区教育局局长\n    魏大海　区文明办主任\n    领导小组办公室主任\n"
        "    扎西顿珠　区教育局副局长\n    四、活动内容\n    （一）开幕式。十月二十日上午在区文化广场举行。"
    )
    assert members(text) == [
        ("组长", "白玛次仁"), ("副组长", "邱红梅"), ("副组长", "魏大海"), ("办公室主任", "扎西顿珠"),
    ]


def test_role_label_alone_after_a_sentence_naming_the_group() -> None:
    text = "成立全民终身学习活动周领导小组，成员如下：\n组长\n扎西顿珠　县政府副县长\n副组长\n邱红梅　县教育局局长"
    assert members(text) == [("组长", "扎西顿珠"), ("副组长", "邱红梅")]


def test_a_bare_label_outside_a_committee_or_over_units_names_nobody() -> None:
    assert members("四、活动安排\n组长\n古丽娜尔　学员代表") == []
    assert members("成立某区学习活动周领导小组。\n成员\n社区学校　校长\n各镇街道　分管领导") == []


def test_each_appointment_clause_binds_its_own_role() -> None:
    text = (
        "会议宣读了《关于成立某县社区教育工作委员会的通知》，由县政府副县长蒋文华任委员会主任，"
        "县教育局局长沈国庆、县民政局局长祝丽萍任副主任，县教育局副局长韦东兼任委员会办公室主任。"
    )
    assert members(text) == [("主任", "蒋文华"), ("副主任", "沈国庆"), ("副主任", "祝丽萍"), ("办公室主任", "韦东")]


def test_apposition_after_a_committee_post_still_read() -> None:
    text = "县活动周组委会主任、副县长蒋文华出席开幕式并讲话。"
    assert members(text) == [("主任", "蒋文华")]


def test_two_roles_joined_by_jian() -> None:
    text = "县政府调整了活动周领导小组，由县委常委、副县长秦国栋任组长，县教育局局长郝振东任副组长兼办公室主任。"
    assert members(text) == [("组长", "秦国栋"), ("副组长", "郝振东"), ("办公室主任", "郝振东")]


def test_membership_described_by_departments_names_nobody() -> None:
    text = "由副县长秦国栋任组长，成员由组织、宣传、教育、文化、卫健等9个部门的分管负责人组成。"
    assert members(text) == [("组长", "秦国栋")]


def test_membership_by_named_people_still_read() -> None:
    assert members("领导小组成员由封立军、卓雅琴等同志组成。") == [("成员", "封立军"), ("成员", "卓雅琴")]


def test_page_break_inside_a_label_is_joined() -> None:
    text = (
        "领导小组办公室设在县教育局职成科，办\n- 3 -\n第3页 共5页 下载券：3 立即下载\n"
        "公室主任：焦永刚（县教育局职成科科长）。\n三、活动安排"
    )
    assert members(text) == [("办公室主任", "焦永刚")]


def test_page_break_inside_a_list_keeps_the_role() -> None:
    text = "二、组织机构\n副组长：邵立新（县教育局局长）\n- 2 -\n第2页 共5页\n　　　　严小青（县文明办主任）"
    assert members(text) == [("副组长", "邵立新"), ("副组长", "严小青")]


def test_page_furniture_lines_and_what_is_not_furniture() -> None:
    assert is_furniture("- 12 -") and is_furniture("第2页 共9页") and is_furniture("下载券：1 立即下载")
    assert not is_furniture("二、活动时间：10月20日至26日") and not is_furniture("组长：秦国栋")


def test_a_list_line_before_a_page_break_is_not_joined() -> None:
    text = "领导小组\n组长：张立军，副组长：李文华\n- 2 -\n王志强（县教育局局长）"
    assert members(text) == [("组长", "张立军"), ("副组长", "李文华"), ("副组长", "王志强")]


def test_a_heading_after_a_page_break_is_not_joined() -> None:
    lines = [(0, "各乡镇组织开展读书活动，形式多样"), (17, "- 2 -"), (23, "三、工作要求")]
    joined, _ = join_page_breaks(lines)
    assert joined == [(0, "各乡镇组织开展读书活动，形式多样"), (23, "三、工作要求")]


def test_posts_first_under_a_bare_label_and_padded_names_in_pairs() -> None:
    text = (
        "成立某镇学习活动周领导小组。\n组长\n镇政府副镇长　陈立明\n副组长\n镇教育办主任　李卫红\n"
        "组委会\n主　　任：县委副书记　陈　立　　县政府副县长　黄丽萍"
    )
    assert members(text) == [
        ("组长", "陈立明"), ("副组长", "李卫红"), ("主任", "陈立"), ("主任", "黄丽萍"),
    ]


def test_concurrent_office_post_by_jianren_and_units_as_members() -> None:
    text = "领导小组办公室设在县教育局，由县教育局副局长刘洋兼任办公室主任，成员为县委宣传部、县文明办等单位的分管负责同志。"
    assert members(text) == [("办公室主任", "刘洋")]


def test_jian_with_the_body_named_again() -> None:
    text = "县教育局局长李卫红同志任领导小组副组长兼领导小组办公室主任。"
    assert members(text) == [("副组长", "李卫红"), ("办公室主任", "李卫红")]


def test_a_name_without_known_surname_only_when_shaped_like_a_name() -> None:
    text = "成立某县学习活动周领导小组。\n成员\n达瓦次仁　县文旅局副局长\n日常事务　联络员"
    assert members(text) == [("成员", "达瓦次仁")]
