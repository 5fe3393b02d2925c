"""Committee tables pasted as text, forms found by the blind corpora of round 5, in invented
wording.

Each recall rule has a look-alike that must give nothing: a table pasted one cell per line vs
a contact table pasted the same way; a row that lost its merged role cell (empty leading
cell, or one cell fewer) vs a short row of units; a table under 组织机构 whose rows name
committee roles vs a table whose rows name none; a rare surname in a 姓名 column vs the same
characters outside a table; 主任 after a clause that sets up an office vs 主任 of a
committee.
"""
from __future__ import annotations

from tests.test_round3_committee import members


def test_table_pasted_one_cell_per_line_with_a_lost_merged_cell() -> None:
    text = "\n".join([
        "成立学习周工作领导小组，名单如下：",
        "职务", "姓名", "单位及职务",
        "组长", "龚立新", "区教育局局长",
        "副组长", "韦晓丽", "区教育局副局长",
        "成员", "潘志强", "区社区学院院长",
        "钟雅琴", "区图书馆馆长",
        "领导小组办公室设在区社区学院，请各单位按时报送材料。",
    ])
    assert members(text) == [
        ("组长", "龚立新"), ("副组长", "韦晓丽"), ("成员", "潘志强"), ("成员", "钟雅琴"),
    ]


def test_one_cell_per_line_with_serial_numbers() -> None:
    text = "\n".join([
        "序号", "职务", "姓名", "工作单位",
        "1", "组长", "龚立新", "区教育局",
        "2", "成员", "潘志强", "区社区学院",
    ])
    assert members(text) == [("组长", "龚立新"), ("成员", "潘志强")]


def test_contact_table_pasted_one_cell_per_line_gives_nothing() -> None:
    text = "\n".join(["单位", "姓名", "联系电话", "区社区学院", "潘志强", "0771-5551234"])
    assert members(text) == []


def test_pipe_row_that_lost_its_merged_role_cell_inherits_the_role() -> None:
    text = "\n".join([
        "成立活动周工作领导小组：",
        "组长 | 龚立新 | 区教育局局长",
        "成员 | 潘志强 | 区社区学院院长",
        "| 钟雅琴 | 区图书馆馆长",
        "| 各街道社区学校校长 |",
    ])
    assert members(text) == [("组长", "龚立新"), ("成员", "潘志强"), ("成员", "钟雅琴")]


def test_tab_row_with_an_empty_first_cell_under_a_header() -> None:
    text = "\n".join([
        "一、成立领导小组",
        "职务\t姓名\t单位及职务",
        "组长\t龚立新\t区教育局局长",
        "成员\t潘志强\t区社区学院院长",
        "\t钟雅琴\t区图书馆馆长",
        "\t韦　军\t区文化馆馆长",
    ])
    assert members(text) == [("组长", "龚立新"), ("成员", "潘志强"), ("成员", "钟雅琴"), ("成员", "韦军")]


def test_header_row_one_cell_short_moves_right() -> None:
    text = "\n".join([
        "职务\t姓名\t单位及职务",
        "副组长\t龚立新\t区教育局副局长",
        "钟雅琴\t区图书馆馆长",
    ])
    assert members(text) == [("副组长", "龚立新"), ("副组长", "钟雅琴")]


def test_rare_surname_in_a_name_column() -> None:
    text = "\n".join([
        "职务\t姓名\t单位及职务",
        "成员\t冶玉芬\t区社区学院院长",
    ])
    assert members(text) == [("成员", "冶玉芬")]


def test_rare_surname_outside_a_table_gives_nothing() -> None:
    assert members("冶玉芬参加了区社区学院的读书会。") == []


def test_headerless_table_under_an_organisation_heading() -> None:
    text = "\n".join([
        "一、组织机构",
        "顾问\t褚立新\t区人民政府副区长",
        "组长\t龚立新\t区教育局局长",
        "\t韦晓丽\t区文明办主任",
        "成员\t朱　涛\t区社区学院院长",
        "二、活动安排",
    ])
    assert members(text) == [("顾问", "褚立新"), ("组长", "龚立新"), ("组长", "韦晓丽"), ("成员", "朱涛")]


def test_headerless_table_whose_rows_name_committee_roles() -> None:
    text = "\n".join([
        "二、工作安排",
        "组长\t龚立新\t区教育局局长",
        "副组长\t韦晓丽\t区文明办主任",
    ])
    assert members(text) == [("组长", "龚立新"), ("副组长", "韦晓丽")]


def test_headerless_staff_table_under_no_committee_gives_nothing() -> None:
    text = "\n".join([
        "二、工作安排",
        "主任\t龚立新\t0771-5551234",
        "副主任\t韦晓丽\t0771-5554321",
    ])
    assert members(text) == []


def test_bare_director_after_an_office_clause_heads_the_office() -> None:
    text = "领导小组办公室设在区社区学院，主任：潘志强（兼）。"
    assert members(text) == [("办公室主任", "潘志强")]


def test_bare_director_of_a_committee_stays_director() -> None:
    assert members("成立区学习周组委会，主任：龚立新。") == [("主任", "龚立新")]


def test_staff_table_pasted_one_cell_per_line_gives_nothing() -> None:
    text = "\n".join(["社区学院工作人员", "职务", "姓名", "电话", "主任", "潘志强", "5551234", "副主任", "钟雅琴", "5554321"])
    assert members(text) == []


def test_director_appointed_after_an_office_is_set_up() -> None:
    text = "领导小组下设办公室，由潘志强任主任，钟雅琴任副主任。"
    assert members(text) == [("办公室主任", "潘志强"), ("办公室副主任", "钟雅琴")]


def test_director_of_another_body_after_an_office_clause_stays_director() -> None:
    text = "领导小组下设办公室，办公室设在区社区学院，组委会主任由龚立新担任。"
    assert members(text) == [("主任", "龚立新")]


def test_markdown_table_with_outer_pipes_and_lost_role_cells() -> None:
    text = "\n".join([
        "成立领导小组",
        "| 职务 | 姓名 | 单位及职务 |",
        "| --- | --- | --- |",
        "| 组长 | 龚立新 | 区教育局局长 |",
        "| 成员 | 潘志强 | 区社区学院院长 |",
        "| | 钟雅琴 | 区图书馆馆长 |",
        "| 韦晓丽 | 区文化馆馆长 |",
    ])
    assert members(text) == [("组长", "龚立新"), ("成员", "潘志强"), ("成员", "钟雅琴"), ("成员", "韦晓丽")]


def test_short_row_whose_name_is_already_in_its_column_is_not_moved() -> None:
    text = "\n".join([
        "职务\t姓名\t单位及职务",
        "成员\t潘志强\t区社区学院院长",
        "区图书馆馆长\t钟雅琴",
    ])
    assert members(text) == [("成员", "潘志强"), ("成员", "钟雅琴")]
