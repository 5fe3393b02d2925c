"""Round 5 forms of contact tables found by the blind corpora (wording invented).

A contact table gives each person under a 联系人 column with no label in the row. Its
header cell may read 联系人, 联系人姓名, 联 系 人, or 姓名 inside a contact section; the cells
may be joined by `|`, tabs, runs of spaces, or copied one per line; a name may have a rare
surname, be letter-spaced or carry 同志 / 老师; cells may be empty; a phone cell may hold two
numbers. Look-alikes: a 姓名 table of honoured people, a unit column, a 待定 cell.
Deadline tables keep their column when a cell of the row is empty.
"""
from __future__ import annotations

import pytest

from pipeline.extract.contacts_names import plausible_name
from pipeline.extract.contacts_tables import table_names
from pipeline.extract.table_cells import cells, row_cells
from tests.test_round3_calls import record  # shared runners

TITLE = "关于做好2038年全民终身学习活动周材料报送工作的通知\n"
BODY = "各镇（街道）：\n请各单位认真组织，按时报送活动材料。\n"
SIGN = "某某区教育局\n2038年9月3日\n"




def triples(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.name, c.phone, c.email) for c in record(TITLE + BODY + text + SIGN).contacts}


def names(text: str) -> set[str]:
    return {n for n, _, _ in triples(text) if n}


# --- cells -------------------------------------------------------------------------------------

def test_row_cells_keep_empty_cells_and_drop_borders() -> None:
    assert [t for _, t in row_cells("| 县文化馆 |  | 0577-6612345 |")] == ["县文化馆", "", "0577-6612345"]
    assert [t for _, t in row_cells("\t钱某\t123")] == ["", "钱某", "123"]
    assert [t for _, t in row_cells("县文化馆    韩 冰   0577-6612345", spaces=True)] == ["县文化馆", "韩 冰", "0577-6612345"]
    assert [t for _, t in row_cells("县文化馆    韩 冰")] == ["县文化馆    韩 冰"]  # spaces only when asked


def test_cells_api_unchanged() -> None:
    assert cells("| a |  | b |") == [(2, "a"), (9, "b")]


def test_plausible_name_needs_no_common_surname_but_no_unit_word() -> None:
    assert plausible_name("笪晓峰") and plausible_name("古丽·艾买提")
    assert not plausible_name("待定") and not plausible_name("县文化馆") and not plausible_name("联系电话")


# --- contact tables ------------------------------------------------------------------------------

PIPE = (
    "三、联系方式\n"
    "单位 | 联系人 | 电话 | 邮箱\n"
    "县文化馆 | 笪晓峰 | 0577-6612345 | whg_lx@163.com\n"
    "县老年大学 | 韩 冰 | 13605771234 |\n"
)


def test_pipe_table_rare_surname_and_spaced_name_with_empty_email() -> None:
    assert triples(PIPE) >= {("笪晓峰", "0577-6612345", "whg_lx@163.com"), ("韩冰", "13605771234", None)}


@pytest.mark.parametrize("header", ["联系人", "联系人姓名", "联 系 人", "联络人"])
def test_header_cell_variants(header: str) -> None:
    assert names(PIPE.replace("| 联系人 |", f"| {header} |")) == {"笪晓峰", "韩冰"}


def test_tab_table_with_title_and_two_phones() -> None:
    table = "联系方式：\n单位\t联系人\t联系电话\n县文化馆\t郁老师\t0577-6612345、13605779876\n县图书馆\t邝明同志\t0577-6654321\n"
    found = triples(table)
    assert {p for n, p, _ in found if n == "郁老师"} == {"0577-6612345", "13605779876"}
    assert ("邝明", "0577-6654321", None) in found


def test_space_separated_table() -> None:
    table = "四、联系方式\n单位        联系人      电话\n县文化馆    昝  宁      0577-6612345\n县图书馆    阙海涛      0577-6654321\n"
    assert names(table) == {"昝宁", "阙海涛"}


def test_table_copied_one_cell_per_line() -> None:
    table = (
        "联系方式\n单位\n联系人\n电话\n邮箱\n"
        "县文化馆\n笪晓峰\n0577-6612345\nwhg_lx@163.com\n"
        "县图书馆\n韩 冰\n0577-6654321\ntsg_lx@126.com\n"
    )
    assert triples(table) >= {("笪晓峰", "0577-6612345", "whg_lx@163.com"), ("韩冰", "0577-6654321", "tsg_lx@126.com")}


def test_name_header_in_contact_section() -> None:
    table = "五、联系方式\n姓名 | 单位 | 电话\n笪晓峰 | 县文化馆 | 0577-6612345\n"
    assert names(table) == {"笪晓峰"}


def test_empty_name_cell_and_pending_cell_are_skipped() -> None:
    table = PIPE + "县档案馆 |  | 0577-6600001 |\n县科技馆 | 待定 | 0577-6600002 |\n"
    found = names(table)
    assert found == {"笪晓峰", "韩冰"}


def test_honoured_list_with_name_column_is_no_contact_table() -> None:
    table = "附件：2038年度优秀学习之星名单\n姓名 | 单位 | 联系电话\n笪晓峰 | 县文化馆 | 0577-6612345\n"
    assert "笪晓峰" not in names(table)


def test_unit_column_never_read_as_a_person() -> None:
    texts = ["单位 | 联系人 | 电话", "文化馆 | 笪晓峰 | 0577-6612345"]
    assert [n.name for n in table_names(texts)[1]] == ["笪晓峰"]


# --- deadline tables ------------------------------------------------------------------------------

def test_deadline_table_rows() -> None:
    table = "材料 | 截止时间 | 报送方式\n活动方案 | 2038年9月20日 | 邮箱\n活动总结 | 2038年11月25日 | 邮箱及纸质件\n"
    dates = {d.date for d in record(TITLE + BODY + table + SIGN).deadlines}
    assert {"2038-09-20", "2038-11-25"} <= dates


def test_deadline_table_row_with_an_empty_cell() -> None:
    table = "材料 | 截止时间 | 报送方式 | 备注\n活动方案 | 2038年9月20日 | 邮箱 |\n活动总结 | 2038年11月25日 |  | 纸质件\n"
    dates = {d.date for d in record(TITLE + BODY + table + SIGN).deadlines}
    assert {"2038-09-20", "2038-11-25"} <= dates


def test_dates_under_an_activity_column_are_no_deadlines() -> None:
    table = "活动 | 举办时间 | 地点\n开幕式 | 2038年10月20日 | 县文化馆\n讲座 | 2038年10月22日 |\n"
    assert not {d.date for d in record(TITLE + BODY + table + SIGN).deadlines}


def test_honoured_list_copied_one_cell_per_line_is_no_contact_table() -> None:
    table = "附件：优秀学习之星名单\n姓名\n单位\n电话\n笪晓峰\n县文化馆\n0577-6612345\n"
    assert "笪晓峰" not in names(table)


@pytest.mark.parametrize("sep", ["、", "/", "；", " "])
def test_phone_cell_with_two_numbers(sep: str) -> None:
    table = f"单位 | 联系人 | 联系电话\n县文化馆 | 郁老师 | 0577-6612345{sep}13605779876\n"
    assert {p for n, p, _ in triples(table) if n == "郁老师"} == {"0577-6612345", "13605779876"}


def test_name_and_phone_column() -> None:
    table = "单位 | 联系人及电话\n县文化馆 | 笪晓峰 13605771234\n县图书馆 | 阙海涛，0577-6654321\n"
    assert triples(table) >= {("笪晓峰", "13605771234", None), ("阙海涛", "0577-6654321", None)}


def test_two_people_in_one_cell_share_the_row() -> None:
    table = "单位 | 联系人 | 电话\n县文化馆 | 笪晓峰、韩冰 | 0577-6612345\n"
    assert triples(table) >= {("笪晓峰", "0577-6612345", None), ("韩冰", "0577-6612345", None)}


def test_numbered_table_with_tab_and_lost_merged_unit_cell() -> None:
    table = "序号\t单位\t联系人\t电子邮箱\n1\t县文化馆\t笪晓峰\twhg_lx@163.com\n\t\t韩 冰\ttsg_lx@126.com\n"
    assert triples(table) >= {("笪晓峰", None, "whg_lx@163.com"), ("韩冰", None, "tsg_lx@126.com")}


def test_table_copied_one_cell_per_line_with_blank_lines_between() -> None:
    table = "联系方式：\n\n单位\n\n联系人\n\n电话\n\n县文化馆\n\n郁老师\n\n0577-6612345\n\n县图书馆\n\n笪晓峰\n\n0577-6654321\n"
    assert triples(table) >= {("郁老师", "0577-6612345", None), ("笪晓峰", "0577-6654321", None)}


DEADLINE_TABLES = {
    "spaces": "材料        截止时间          报送方式\n活动方案    2038年9月20日     邮箱\n活动总结    2038年11月25日    纸质件\n",
    "tabs with empty cells": "材料\t截止时间\t报送方式\n活动方案\t2038年9月20日\t\n\t2038年11月25日\t邮箱\n",
    "one cell per line": "材料\n报送截止时间\n报送方式\n活动方案\n2038年9月20日\n邮箱\n活动总结\n2038年11月25日\n纸质件\n",
    "one cell per line, blank lines": "材料\n\n截止时间\n\n活动方案\n\n2038年9月20日\n\n活动总结\n\n2038年11月25日\n",
    "letter-spaced header": "材  料      截止时间          报送方式\n活动方案    2038年9月20日     邮箱\n活动总结    2038年11月25日    纸质件\n",
    "markdown": "| 材料 | 报送时间 |\n| --- | --- |\n| 活动方案 | 2038年9月20日前 |\n| 活动总结 | 2038年11月25日前 |\n",
}


@pytest.mark.parametrize("layout", DEADLINE_TABLES)
def test_deadline_table_layouts(layout: str) -> None:
    dates = {d.date for d in record(TITLE + BODY + DEADLINE_TABLES[layout] + SIGN).deadlines}
    assert dates == {"2038-09-20", "2038-11-25"}  # the signature date closing the table is not one


@pytest.mark.parametrize(
    "table",
    [
        "活动        举办时间          地点\n开幕式      2038年10月20日     县文化馆\n",
        "活动\n举办时间\n地点\n开幕式\n2038年10月20日\n县文化馆\n讲座\n2038年10月22日\n县图书馆\n",
    ],
)
def test_activity_schedule_tables_give_no_deadline(table: str) -> None:
    assert not {d.date for d in record(TITLE + BODY + table + SIGN).deadlines}
