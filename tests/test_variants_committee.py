"""Committee: the many ways 公文 and news name the members of a leading group or committee.

Every text is invented (other places, other people); each case is one phrasing of a form
the genre uses, and each recall form has a look-alike that must give nothing.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.committee import extract
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def pairs(text: str) -> list[tuple[str, str]]:
    """(role, name) of every member found; evidence must equal the text at its offsets."""
    blocks = [Block("table_row" if "\t" in ln else "paragraph", ln) for ln in text.split("\n")]
    ctx = Context(normalize_document(Document.from_blocks(blocks, SRC)))
    found = extract(ctx).values["committee"]
    for m in found:
        assert ctx.text[m.evidence.start:m.evidence.end] == m.evidence.text
        assert "".join(m.evidence.text.split()) == m.name
    return [(m.role, m.name) for m in found]


# --- list layouts: one role label per line ----------------------------------------------

@pytest.mark.parametrize("line", [
    "组　长：柯景明　市人民政府副市长",
    "组　长：柯景明（市人民政府副市长）",
    "组  长: 柯景明 (市人民政府副市长)",
    "组长：市人民政府副市长柯景明",
    "组长：柯景明，市人民政府副市长",
    "组长：柯景明同志（市人民政府副市长）",
    "组长：柯景明　　市人民政府副市长",
    "组　　长：柯景明",
    "组 长 柯景明 市人民政府副市长",
    "组长（兼）：柯景明",
    "组长——柯景明（市人民政府副市长）",
])
def test_one_leader_per_line_in_many_spellings(line: str) -> None:
    text = "成立全市终身学习活动周工作领导小组，成员如下：\n" + line
    assert pairs(text) == [("组长", "柯景明")]


@pytest.mark.parametrize("line", [
    "副组长：蓝文斌、晏小红",
    "副组长：蓝文斌，晏小红",
    "副组长：蓝文斌　晏小红",
    "副组长：蓝文斌（区教育局局长）、晏小红（区文明办主任）",
    "副组长：蓝文斌（区教育局局长）；晏小红（区文明办主任）",
    "副组长：蓝文斌（区教育局局长）　晏小红（区文明办主任）",
    "副组长：区教育局局长蓝文斌、区文明办主任晏小红",
    "副组长：蓝文斌　区教育局局长　　晏小红　区文明办主任",
])
def test_several_deputies_on_one_line(line: str) -> None:
    text = "（二）区社区教育工作领导小组\n" + line
    assert pairs(text) == [("副组长", "蓝文斌"), ("副组长", "晏小红")]


@pytest.mark.parametrize("label", [
    "成员",
    "成　员",
    "成员（按姓氏笔画排序）",
    "成员(按姓氏笔画为序)",
    "成　员（以姓氏笔画为序）",
    "委员",
])
def test_member_label_with_an_ordering_note(label: str) -> None:
    text = f"（三）县老年教育工作委员会\n{label}：戈文涛（县民政局副局长）、冼佩玲（县财政局副局长）"
    role = "委员" if label == "委员" else "成员"
    assert pairs(text) == [(role, "戈文涛"), (role, "冼佩玲")]


def test_members_on_the_lines_after_an_empty_label() -> None:
    text = (
        "市全民终身学习推进委员会组成人员\n主任：\n　　甘如海　市政府副市长\n副主任：\n"
        "　　牛立群　市教育局局长\n　　乔慧　市委宣传部副部长\n成员：\n　　阮国华　市财政局副局长\n"
        "　　邝丽萍　市人社局副局长\n二、工作职责"
    )
    assert pairs(text) == [
        ("主任", "甘如海"), ("副主任", "牛立群"), ("副主任", "乔慧"), ("成员", "阮国华"), ("成员", "邝丽萍"),
    ]


@pytest.mark.parametrize("name", ["欧阳建华", "司马静", "阿依古丽·吐尔逊", "热合曼·买买提"])
def test_compound_surnames_and_names_with_a_middle_dot(name: str) -> None:
    text = f"（一）活动周组织委员会\n副主任：{name}（州教育局副局长）"
    assert pairs(text) == [("副主任", name)]


def test_honorary_and_standing_roles() -> None:
    text = (
        "学习型城市建设指导委员会\n名誉主任：樊立德\n主任：费仲远\n常务副主任：包文清\n"
        "副主任：祝海燕（兼）\n秘书长：邬建明"
    )
    assert pairs(text) == [
        ("名誉主任", "樊立德"), ("主任", "费仲远"), ("副主任", "包文清"), ("副主任", "祝海燕"), ("秘书长", "邬建明"),
    ]


# --- sub-groups of a leading group ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "1.宣传报道组\n组长：苗思远（县融媒体中心主任）\n成员：井文博、卜小芸",
    "（一）宣传报道组\n组　长：苗思远\n成　员：井文博　卜小芸",
    "宣传报道组组长：苗思远；成员：井文博、卜小芸",
    "宣传报道组：组长苗思远，成员井文博、卜小芸。",
])
def test_sub_groups_of_a_leading_group(text: str) -> None:
    assert pairs("活动周领导小组下设三个工作组：\n" + text) == [
        ("组长", "苗思远"), ("成员", "井文博"), ("成员", "卜小芸"),
    ]


# --- tables -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "| 组长 | 喻国庆 | 县人民政府副县长 |\n| 副组长 | 席文军 | 县教育局局长 |",
    "组长\t喻国庆\t县人民政府副县长\n副组长\t席文军\t县教育局局长",
    "| 小组职务 | 姓 名 | 单位及职务 |\n| 组　长 | 喻国庆 | 县人民政府副县长 |\n| 副组长 | 席文军 | 县教育局局长 |",
    "| 序号 | 姓名 | 工作单位及职务 | 领导小组职务 |\n| 1 | 喻国庆 | 县人民政府副县长 | 组长 |\n| 2 | 席文军 | 县教育局局长 | 副组长 |",
    "| 职务 | 成员姓名 | 单位 |\n| 组长 | 喻国庆 | 县人民政府副县长 |\n| 副组长 | 席文军 | 县教育局局长 |",
])
def test_member_tables_with_or_without_a_header(text: str) -> None:
    assert pairs("县活动周工作领导小组名单\n" + text) == [("组长", "喻国庆"), ("副组长", "席文军")]


# --- appointment sentences --------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("领导小组由副县长尤海波任组长，县教育局局长戚明任副组长。", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("由尤海波同志任组长，戚明、柏青同志任副组长。", [("组长", "尤海波"), ("副组长", "戚明"), ("副组长", "柏青")]),
    ("尤海波同志任组委会主任，戚明同志任组委会副主任。", [("主任", "尤海波"), ("副主任", "戚明")]),
    ("组长由县人民政府副县长尤海波担任，副组长由县教育局局长戚明担任。", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("领导小组组长由副县长尤海波同志担任。", [("组长", "尤海波")]),
    ("成立以尤海波为组长、戚明为副组长的活动周领导小组。", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("成立由尤海波任组长、戚明任副组长的工作领导小组。", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("领导小组下设办公室，办公室设在县教育局，戚明兼任办公室主任。", [("办公室主任", "戚明")]),
    ("领导小组下设办公室，办公室主任由戚明同志兼任。", [("办公室主任", "戚明")]),
    ("戚明担任领导小组办公室主任，负责日常工作。", [("办公室主任", "戚明")]),
    ("尤海波（县人民政府副县长）任组长，戚明（县教育局局长）任副组长。", [("组长", "尤海波"), ("副组长", "戚明")]),
])
def test_appointments_written_as_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


# --- posts in apposition in news --------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("组委会主任、副市长尤海波宣布活动周开幕。", [("主任", "尤海波")]),
    ("市终身学习活动周组委会副主任戚明主持开幕式。", [("副主任", "戚明")]),
    ("区全民学习推进委员会常务副主任、区教育局局长柏青致辞。", [("副主任", "柏青")]),
    ("县老教委副主任　戚明　出席会议。", [("副主任", "戚明")]),
    ("市老龄委办公室主任戚明介绍了有关情况。", [("办公室主任", "戚明")]),
    ("副市长、市学习型城市建设领导小组组长尤海波出席并讲话。", [("组长", "尤海波")]),
])
def test_posts_in_apposition_in_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


# --- look-alikes that must give nothing -------------------------------------------------

@pytest.mark.parametrize("text", [
    "市教育局局长尤海波出席开幕式。",
    "县实验小学校长戚明致辞。",
    "市政府办公室主任柏青主持会议。",
    "区人大常委会副主任尤海波、区政协副主席戚明出席。",
    "社区居委会主任柏青介绍了情况。",
    "村委会主任柏青、村党支部书记戚明参加活动。",
    "镇党委副书记尤海波主持。",
    "市老年教育协会会长尤海波、秘书长戚明出席。",
    "街道办事处主任柏青致欢迎辞。",
    "领导小组由分管副市长任组长，市教育局局长任副组长。",
    "组长由分管副县长担任，成员由各相关部门负责同志组成。",
    "组　长：县政府分管副县长\n副组长：县教育局主要负责人",
    "成员单位：县教育局、县民政局、县财政局",
    "市教委主任尤海波出席开幕式。",
    "开发区管委会副主任戚明讲话。",
    "县社区教育中心主任柏青介绍了活动安排。",
    "区发改委副主任尤海波、区卫健委主任戚明出席。",
])
def test_look_alikes_give_nothing(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "| 一等奖 | 喻国庆 | 县实验小学 |\n| 二等奖 | 席文军 | 县第二中学 |",
    "| 联系人 | 喻国庆 | 0571-12345678 |",
    "活动周工作领导小组\n第一组：喻国庆、席文军、尤海波",
    "学习小组：组长由各班班长担任，成员为本班学员。",
    "（一）县活动周领导小组\n组长：由县政府分管副县长担任\n成员：各成员单位分管负责同志",
    "尤海波任区政协文史委员会主任。",
    "戚明任市政府办公室主任。",
    "柏青任市教委副主任，分管职业教育。",
])
def test_look_alikes_of_the_new_forms_give_nothing(text: str) -> None:
    assert pairs(text) == []


def test_office_post_of_a_leading_group_before_other_titles() -> None:
    text = "市学习型城市建设领导小组办公室主任、市教育局副局长柏青介绍了筹备情况。"
    assert pairs(text) == [("办公室主任", "柏青")]


def test_member_run_wrapped_over_lines() -> None:
    text = (
        "（一）活动周组织委员会\n成　员：喻国庆（县委宣传部副部长）、席文军（县文明办副主任）、\n"
        "　　　　尤海波（县民政局副局长）、戚明（县文旅局副局长）\n二、活动内容"
    )
    assert pairs(text) == [("成员", "喻国庆"), ("成员", "席文军"), ("成员", "尤海波"), ("成员", "戚明")]


@pytest.mark.parametrize("text", [
    "县老年教育协会第三届理事会\n会　长：喻国庆\n副会长：席文军、尤海波\n秘书长：戚明\n副秘书长：柏青",
    "（二）县社区教育指导中心\n主　任：喻国庆\n副主任：席文军",
    "三、承办学校\n（一）县老年大学\n校　长：喻国庆\n主　任：席文军",
])
def test_officers_of_associations_and_institutions_are_not_committee_members(text: str) -> None:
    assert pairs(text) == []


def test_a_committee_heading_after_an_association_block_reads_again() -> None:
    text = "（一）县老年教育协会\n会　长：喻国庆\n秘书长：戚明\n（二）活动周组委会\n主　任：席文军\n秘书长：柏青"
    assert pairs(text) == [("主任", "席文军"), ("秘书长", "柏青")]


@pytest.mark.parametrize("text,expected", [
    ("区活动周领导小组组长、副区长尤海波，副组长、区教育局局长席文军出席。",
     [("组长", "尤海波"), ("副组长", "席文军")]),
    ("县活动周组委会主任、副县长尤海波，副主任席文军，县教育局局长戚明出席。",
     [("主任", "尤海波"), ("副主任", "席文军")]),
    ("喻国庆（市人民政府副市长、活动周组委会主任）宣布活动周开幕。", [("主任", "喻国庆")]),
    ("市老教委副主任、老年大学校长迪丽娜尔·阿不都出席。", [("副主任", "迪丽娜尔·阿不都")]),
])
def test_elided_bodies_bracketed_posts_and_dotted_names_in_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "区老教委主任尤海波带领一行参观了社区教育中心，主任席文军介绍了情况。",
    "区老教委主任尤海波，主任席文军出席。",
])
def test_a_role_after_a_comma_belongs_to_the_earlier_body_only_right_after_its_name(text: str) -> None:
    assert pairs(text) == [("主任", "尤海波")]


@pytest.mark.parametrize("text,expected", [
    ("县活动周领导小组成员、县教育局副局长尤海波出席。", [("成员", "尤海波")]),
    ("市学习型城市建设指导委员会委员尤海波出席。", [("委员", "尤海波")]),
    ("区委常委、组织部部长、区老干部教育委员会主任尤海波出席。", [("主任", "尤海波")]),
    ("区社区教育委员会主任尤海波出席。", [("主任", "尤海波")]),
])
def test_member_posts_and_committees_named_like_departments_in_news(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "领导小组成员、各镇街分管领导、各学校校长和社区代表参加会议。",
    "上海市教育委员会副主任尤海波出席。",
    "市卫生健康委员会主任尤海波出席。",
    "县委委员尤海波、市政协委员戚明出席。",
    "领导小组成员单位负责人参加。",
])
def test_plural_members_and_departments_give_nothing(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize("text,expected", [
    ("成立活动周领导小组：\n1.组长：尤海波（县长）\n2.副组长：戚明（副县长）\n3.成员：喻国庆、席文军",
     [("组长", "尤海波"), ("副组长", "戚明"), ("成员", "喻国庆"), ("成员", "席文军")]),
    ("（一）活动周领导小组\n（1）组　长：尤海波\n（2）副组长：戚明", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("领导小组组长为尤海波，副组长为戚明、席文军同志。", [("组长", "尤海波"), ("副组长", "戚明"), ("副组长", "席文军")]),
    ("组长由县委副书记、县长尤海波同志担任，副组长由副县长戚明同志担任。", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("成员：（按姓氏笔画排序）\n喻国庆　县委宣传部副部长\n席文军　县财政局副局长", [("成员", "喻国庆"), ("成员", "席文军")]),
    ("组长:尤海波,县长\n副组长:戚明,副县长;席文军,县教育局局长", [("组长", "尤海波"), ("副组长", "戚明"), ("副组长", "席文军")]),
])
def test_numbered_role_lines_and_role_first_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "组长为县政府分管副县长，成员为各相关单位负责人。",
    "主任为此作了专门说明。",
    "1.联系人：尤海波\n2.联系电话：12345678",
])
def test_role_first_look_alikes(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize("text,expected", [
    ("活动周领导小组成员名单：\n尤海波　县政府副县长（组长）\n戚明　县教育局局长（副组长）\n喻国庆　县文明办主任（成员）",
     [("组长", "尤海波"), ("副组长", "戚明"), ("成员", "喻国庆")]),
    ("县活动周领导小组成员名单\n组长\n尤海波\n县长\n副组长\n戚明\n副县长", [("组长", "尤海波"), ("副组长", "戚明")]),
    ("市活动周组委会主任尤海波、副主任戚明出席开幕式。", [("主任", "尤海波"), ("副主任", "戚明")]),
])
def test_roles_noted_after_members_and_list_titles_naming_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_role_note_outside_a_committee_list_gives_nothing() -> None:
    assert pairs("获奖名单\n尤海波　县实验小学（组长）") == []


@pytest.mark.parametrize("text,expected", [
    ("县活动周组委会副主任、县文化和旅游局局长尤海波出席。", [("副主任", "尤海波")]),
    ("组委会主任欧阳建华出席。", [("主任", "欧阳建华")]),
    ("（二）宣传组\n组长：尤海波\n组员：戚明、席文军", [("组长", "尤海波"), ("组员", "戚明"), ("组员", "席文军")]),
])
def test_department_names_with_he_four_character_names_and_group_members(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


def test_a_conjunction_after_a_title_starts_no_name() -> None:
    assert pairs("领导小组成员、镇分管书记、主任和企业代表参加仪式。") == []


def test_invited_advisers_and_added_members() -> None:
    assert pairs("聘请尤海波为活动周组委会顾问，增补戚明为领导小组成员。") == [("顾问", "尤海波"), ("成员", "戚明")]
    assert pairs("聘请尤海波为区政协文史委员会委员。") == []
    assert pairs("聘请尤海波为我校名誉校长。") == []


def test_an_office_set_up_in_a_centre_is_still_the_committees() -> None:
    text = "（三）活动周组委会办公室设在县社区教育中心\n主　任：尤海波（兼）\n副主任：戚明"
    assert pairs(text) == [("主任", "尤海波"), ("副主任", "戚明")]


@pytest.mark.parametrize("text,expected", [
    ("活动周组委会主任尤海波的讲话引起反响。", [("主任", "尤海波")]),
    ("组委会副主任戚明为获奖者颁奖。", [("副主任", "戚明")]),
    ("组委会主任尤海波希望大家积极参与。", [("主任", "尤海波")]),
    ("出席的领导有：尤海波（活动周组委会主任、市人民政府副市长）、戚明（市教育局局长）。", [("主任", "尤海波")]),
])
def test_more_sentence_cues_and_posts_first_in_brackets(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_post_followed_by_a_verb_names_nobody() -> None:
    assert pairs("组委会主任为此作了说明。") == []


def test_roles_and_names_in_tab_separated_cells() -> None:
    text = ("成立活动周领导小组：\n组长：\t尤海波\t县政府副县长\n副组长：\t戚明\t县教育局局长\t柏青\t县文明办主任\n"
            "\t\t喻国庆\t县民政局副局长\n成　员：\t席文军\t卜小芸")
    assert pairs(text) == [("组长", "尤海波"), ("副组长", "戚明"), ("副组长", "柏青"), ("副组长", "喻国庆"),
                           ("成员", "席文军"), ("成员", "卜小芸")]


def test_a_headerless_table_outside_a_committee_gives_nothing() -> None:
    assert pairs("社区教育中心工作人员\n| 主任 | 尤海波 | 12345678 |\n| 副主任 | 戚明 | 87654321 |") == []


@pytest.mark.parametrize("text,expected", [
    ("主任：尤海波 同志", [("主任", "尤海波")]),
    ("组委会名誉主任尤海波、顾问戚明出席。", [("名誉主任", "尤海波"), ("顾问", "戚明")]),
    ("活动周组委会秘书长柏青主持。", [("秘书长", "柏青")]),
    ("市老年教育协会秘书长柏青主持。", []),
])
def test_honorary_advisory_and_secretary_posts(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_concurrent_post_in_the_civilisation_committee() -> None:
    assert pairs("市委常委、宣传部部长、市文明委副主任尤海波出席。") == [("副主任", "尤海波")]
    assert pairs("市文明办主任戚明、区发改委主任柏青出席。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("活动周组委会副主任，县文广局党组书记、局长钟雨桐主持开幕式。", [("副主任", "钟雨桐")]),
        ("县终身教育促进委员会副主任祁远航、龚书瑶出席。", [("副主任", "祁远航"), ("副主任", "龚书瑶")]),
        ("领导小组组长：副县长 卜清源", [("组长", "卜清源")]),
        ("组委会副主任，各乡镇分管领导出席。", []),
        ("组委会副主任甘露、县教育局局长出席。", [("副主任", "甘露")]),
    ],
)
def test_posts_with_a_comma_co_holders_and_a_spaced_post_first(text: str, expected: list) -> None:
    """A post then a comma and other titles before the name; several holders of one post
    listed with 、; a list line with the post, one space, then the name."""
    assert pairs(text) == expected
