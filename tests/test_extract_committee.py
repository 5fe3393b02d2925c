"""Committee: member lists, appointment sentences, tables and concurrent posts in news.

Fixture texts are synthetic: invented people and bodies in the layouts documents use.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.committee import extract
from pipeline.extract.committee_names import is_person_name, normalize_role, trailing_name
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def members(text: str) -> list[tuple[str | None, str, str, str | None]]:
    blocks = [Block("table_row" if "\t" in ln else "paragraph", ln) for ln in text.split("\n")]
    ctx = Context(normalize_document(Document.from_blocks(blocks, SRC)))
    found = extract(ctx).values["committee"]
    for m in found:
        assert ctx.text[m.evidence.start:m.evidence.end] == m.evidence.text
        assert m.evidence.text.replace(" ", "") == m.name
    return [(m.body, m.role, m.name, m.title) for m in found]


def test_one_member_per_line_with_parenthesised_posts() -> None:
    text = (
        "四、组织机构\n（一）全民学习活动周指导委员会\n顾  问： 张建国（某市人民政府副市长）\n\n"
        "主  任：李卫东（某市教育局局长）\n\n王小红（某市文明办主任）\n"
        "常务副主任： 刘   敏（某市教育局副局长）\n        陈  刚（某市文广局副局长）\n"
        "（二）全民学习活动周组织委员会\n主  任：李卫东（兼）\n五、活动内容\n赵明（某校校长）"
    )
    body1 = "全民学习活动周指导委员会"
    assert members(text) == [
        (body1, "顾问", "张建国", "某市人民政府副市长"),
        (body1, "主任", "李卫东", "某市教育局局长"),
        (body1, "主任", "王小红", "某市文明办主任"),
        (body1, "副主任", "刘敏", "某市教育局副局长"),
        (body1, "副主任", "陈刚", "某市文广局副局长"),
    ]  # 主任 李卫东 again under body2: one entry per distinct (role, name)


def test_post_after_the_name_without_parentheses() -> None:
    text = "（一）某区学习活动领导小组\n副组长：孙  涛  某街道办事处副主任\n钱文华  某镇政府副镇长\n吴  丽  某镇党委委员、宣传委员"
    assert [(r, n, t) for _, r, n, t in members(text)] == [
        ("副组长", "孙涛", "某街道办事处副主任"),
        ("副组长", "钱文华", "某镇政府副镇长"),
        ("副组长", "吴丽", "某镇党委委员、宣传委员"),
    ]


def test_runs_of_names_and_descriptions_of_units() -> None:
    text = "（一）某县活动周工作小组\n成  员：周立新、郑海燕、黄志明\n成  员：各镇、街道分管领导，各学校负责人\n某县社区教育委员会其他成员单位分管领导"
    assert [(r, n) for _, r, n, _ in members(text)] == [("成员", "周立新"), ("成员", "郑海燕"), ("成员", "黄志明")]


def test_office_described_in_a_sentence() -> None:
    text = (
        "（二）某市学习活动组织委员会\n主  任：何明（兼）\n"
        "为保证活动顺利开展，某市学习活动组委会下设办公室，办公室设在市教育局，由赵振华同志兼任办公室主任，"
        "成员由钱伟、孙莉莉和各镇、街道社区教育中心主任等同志组成。"
    )
    office = "某市学习活动组委会办公室"
    assert members(text)[1:] == [
        (office, "办公室主任", "赵振华", None),
        (office, "成员", "钱伟", None),
        (office, "成员", "孙莉莉", None),
    ]


def test_named_office_and_appointment_after_titles() -> None:
    text = (
        "活动周组委会下设全民学习周办公室，由吴海同志担任办公室主任。\n"
        "县委常委、宣传部长刘建国任组长，县政府副县长陈志强、县教育局局长黄晓明任副组长。"
    )
    assert [(b, r, n) for b, r, n, _ in members(text)] == [
        ("全民学习周办公室", "办公室主任", "吴海"),
        (None, "组长", "刘建国"),
        (None, "副组长", "陈志强"),
        (None, "副组长", "黄晓明"),
    ]


def test_table_with_role_name_and_unit_columns() -> None:
    text = "（一）某市活动周领导小组\n职务\t姓名\t工作单位及职务\n组长\t张  伟\t某市教育局局长\n副组长\t李娜\t某市教育局副局长\n\t王磊\t某市文明办主任\n\n附件2"
    assert members(text) == [
        ("某市活动周领导小组", "组长", "张伟", "某市教育局局长"),
        ("某市活动周领导小组", "副组长", "李娜", "某市教育局副局长"),
        ("某市活动周领导小组", "副组长", "王磊", "某市文明办主任"),
    ]


def test_concurrent_committee_post_in_a_news_report() -> None:
    text = "市委常委、副市长、市关工委常务副主任周建华出席大会并讲话。"
    assert members(text) == [("市关工委", "副主任", "周建华", "市委常委、副市长、市关工委常务副主任")]


@pytest.mark.parametrize("text", [
    "市人大常委会副主任孙立宣布活动周开幕。",
    "市教委副主任钱进出席开幕式并讲话。",
    "工作小组组长由教育厅副厅长担任，成员包括教育厅有关处室和各市教育局领导。",
    "镇党委委员、统战委员张强出席活动。",
    "联系人：王芳，电话：12345678。",
])
def test_unnamed_positions_and_department_officials_give_nothing(text: str) -> None:
    assert members(text) == []


def test_name_helpers() -> None:
    assert normalize_role("常务副主任") == "副主任"
    assert normalize_role("成  员（兼）") == "成员"
    assert is_person_name("丁   一") and is_person_name("欧阳晓明")
    assert not is_person_name("宣传部") and not is_person_name("县委常委")
    text = "宣传部长刘建国"
    span = trailing_name(text)
    assert span is not None and text[span[0]:span[1]] == "刘建国"
    assert trailing_name("县委常委") is None


def test_two_roles_on_one_line_and_space_separated_names() -> None:
    text = "组  长：张三丰（局长）  副组长：李思远（副局长）\n成  员：张建华  李明  王小红"
    assert [(r, n, t) for _, r, n, t in members(text)] == [
        ("组长", "张三丰", "局长"), ("副组长", "李思远", "副局长"),
        ("成员", "张建华", None), ("成员", "李明", None), ("成员", "王小红", None),
    ]


def test_appointments_with_yi_wei() -> None:
    text = "成立以副县长刘建国为组长、陈志强为副组长的活动周领导小组。"
    assert [(r, n) for _, r, n, _ in members(text)] == [("组长", "刘建国"), ("副组长", "陈志强")]


@pytest.mark.parametrize("text", [
    "区委常委、开发区党工委副主任王明出席。",
    "村党支部书记、村委主任李强参加活动。",
    "（一）某某领导小组\n组长：张三丰\n联系人：王芳\n李四光",
])
def test_party_and_village_committees_and_colon_lines_end_nothing_more(text: str) -> None:
    assert all(m[2] == "张三丰" for m in members(text))


def test_member_run_with_padded_two_character_names() -> None:
    text = "（二）活动周筹备组\n组　长：马国栋\n成　员：许　兰　高　峰　郭晓明"
    found = {(role, name) for _, role, name, _ in members(text)}
    assert {("成员", "许兰"), ("成员", "高峰"), ("成员", "郭晓明")} <= found


def test_table_copied_from_a_web_page_with_pipes() -> None:
    text = "成立工作专班，名单如下：\n序号 | 专班职务 | 姓名 | 现任职务\n1 | 组长 | 宋立春 | 县政府副县长\n2 | 成员 | 白雪 | 县文旅局副局长"
    assert [(role, name, title) for _, role, name, title in members(text)] == [
        ("组长", "宋立春", "县政府副县长"),
        ("成员", "白雪", "县文旅局副局长"),
    ]


def test_with_as_appointment_continued_by_a_list_of_deputies() -> None:
    text = "成立以县委副书记孔令军为组长，县教育局局长沈阳、县文明办主任卫青青为副组长，各乡镇分管负责同志为成员的工作领导小组。"
    assert [(role, name) for _, role, name, _ in members(text)] == [
        ("组长", "孔令军"), ("副组长", "沈阳"), ("副组长", "卫青青"),
    ]


def test_list_clause_needs_a_preceding_with_as_appointment() -> None:
    assert members("会议强调，各地要以社区学院为龙头。张华为此作了说明。") == []


def test_body_from_a_founding_line_ending_in_a_colon_and_an_office_set_up_somewhere() -> None:
    text = (
        "成立读书节工作领导小组：\n"
        "组  长：钱志远（区文化局局长）\n"
        "工作领导小组办公室设在区文化局社文科，孙明同志任办公室主任。\n"
    )
    got = [(body, role, name) for body, role, name, _ in members(text)]
    assert got == [("读书节工作领导小组", "组长", "钱志远"), ("工作领导小组办公室", "办公室主任", "孙明")]


def test_post_after_the_name_separated_by_one_wide_space() -> None:
    text = ("成立某区学习活动周领导小组：\n组　长：邓志远　区人民政府副区长\n副组长：韩　梅　区教育局局长\n"
            "　　　　　　孔祥云　区文明办副主任\n成　员：邱立　区社区学院院长")
    assert [(r, n, t) for _, r, n, t in members(text)] == [
        ("组长", "邓志远", "区人民政府副区长"),
        ("副组长", "韩梅", "区教育局局长"),
        ("副组长", "孔祥云", "区文明办副主任"),
        ("成员", "邱立", "区社区学院院长"),
    ]


def test_role_and_colon_inside_a_prose_sentence() -> None:
    text = "工作小组下设办公室，办公室设在某开放大学，办公室主任：贺建新（兼），负责日常工作。"
    assert [(r, n) for _, r, n, _ in members(text)] == [("办公室主任", "贺建新")]


def test_colon_roles_inside_one_paragraph_with_posts_in_brackets() -> None:
    text = ("成立活动周工作领导小组。组长：欧阳明（县政府副县长）；副组长：韩立群（县教育局局长）、"
            "曹雪梅（县文明办主任）；成员：邓宏（县文旅局副局长）、田小燕（县教育局副局长，兼领导小组办公室主任）。")
    got = [(r, n) for _, r, n, _ in members(text)]
    assert got == [("组长", "欧阳明"), ("副组长", "韩立群"), ("副组长", "曹雪梅"), ("成员", "邓宏"),
                   ("成员", "田小燕"), ("办公室主任", "田小燕")]


def test_role_labels_set_off_by_spaces_without_colon() -> None:
    text = ("二、工作领导小组\n组  长    蒋国栋    乡党委书记\n副组长    石慧    乡长\n"
            "          彭建新    乡中心学校校长\n成  员    各村村委会主任\n三、活动安排")
    got = [(r, n, t) for _, r, n, t in members(text)]
    assert got == [("组长", "蒋国栋", "乡党委书记"), ("副组长", "石慧", "乡长"), ("副组长", "彭建新", "乡中心学校校长")]


def test_table_office_row_with_concurrent_marker() -> None:
    text = "职务\t姓名\t单位\n组长\t贺文涛\t某局局长\n成员\t葛兰\t某校校长\n办公室主任\t葛兰（兼）\t"
    assert [(r, n) for _, r, n, _ in members(text)] == [("组长", "贺文涛"), ("成员", "葛兰"), ("办公室主任", "葛兰")]


def test_committee_post_named_before_the_other_titles_in_a_news_report() -> None:
    text = "县活动周组委会主任、县委常委、副县长吴明远宣布活动周开幕。"
    assert members(text) == [("县活动周组委会", "主任", "吴明远", "县活动周组委会主任、县委常委、副县长")]
    text = "市终身学习活动周组织委员会副主任、市教育局局长郑海，出席开幕式。"
    assert [m[1:3] for m in members(text)] == [("副主任", "郑海")]
    assert members("区人大常委会主任、区委副书记钱立宣布开幕。") == []
    assert members("市组委会主任、副市长宣布开幕。") == []


def test_concurrent_post_in_a_committee_office_keeps_the_office_role() -> None:
    text = "市教育局副局长、市活动周组委会办公室主任钱志强出席启动仪式。"
    assert [m[1:3] for m in members(text)] == [("办公室主任", "钱志强")]


def test_rank_qualified_roles_and_gender_or_ethnicity_notes() -> None:
    text = (
        "成立活动周领导小组，成员如下：\n"
        "第一组长：马建平（回族）　区委副书记、区长\n"
        "组  长：杨丽华（女）　副区长\n"
        "常务副组长：丁长海　区教育局局长\n"
        "副组长：苏  敏（女）　区文明办主任\n"
        "执行主任：宋文琪（女）　区教育局局长\n"
        "副秘书长：龚秀萍（女）、邵志杰\n"
        "委  员：葛  红（女）、柴国强、闵雪梅（满族）\n"
        "联络员：郭小燕"
    )
    got = [(role, name) for _, role, name, _ in members(text)]
    assert got == [
        ("组长", "马建平"), ("组长", "杨丽华"), ("副组长", "丁长海"), ("副组长", "苏敏"), ("执行主任", "宋文琪"),
        ("副秘书长", "龚秀萍"), ("副秘书长", "邵志杰"), ("委员", "葛红"), ("委员", "柴国强"), ("委员", "闵雪梅"),
        ("联络员", "郭小燕"),
    ]


def test_two_members_with_posts_in_one_comma_run() -> None:
    got = members("副主任：贺文军　区教育局副局长、孔令华　区文广旅局副局长")
    assert [(r, n, t) for _, r, n, t in got] == [
        ("副主任", "贺文军", "区教育局副局长"), ("副主任", "孔令华", "区文广旅局副局长"),
    ]


def test_label_naming_the_body_before_the_role() -> None:
    text = "评审委员会主任：陆振国\n评审委员会副主任：关丽敏\n专家组成员：何家明、冯静怡、欧阳志远"
    assert members(text) == [
        ("评审委员会", "主任", "陆振国", None), ("评审委员会", "副主任", "关丽敏", None),
        ("专家组", "成员", "何家明", None), ("专家组", "成员", "冯静怡", None), ("专家组", "成员", "欧阳志远", None),
    ]


def test_rank_qualifiers_are_dropped_from_roles() -> None:
    assert normalize_role("第一组长") == "组长"
    assert normalize_role("第一副组长") == "副组长"
    assert normalize_role("常务副主任") == "副主任"
    assert normalize_role("执行主任") == "执行主任"
