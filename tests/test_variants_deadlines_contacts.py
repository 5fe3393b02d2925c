"""Variant forms of deadlines and contacts that real calls, notices and 公示 use (wording invented).

Each parametrized case is one way the genre writes the same thing: the label synonyms, the
value on the next line or in a table cell, Chinese numerals, ranges with their dashes, a
year from the document's own context, and the look-alikes that must stay out (activity
periods, targets, the issuer's own steps, site footers, mail recipients, fax numbers).
Every document runs through the whole pipeline, so the year comes from where a real
record would take it (title, signature, 文号, an earlier date on the line).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from models import Record
from parsers.text import parse_md, parse_txt
from pipeline.extract import Context, run_all
from pipeline.normalize.phones import phone_kind
from pipeline.normalize.text import normalize_document
from pipeline.record import assemble

CALL = "2037年社区学习达人推荐工作通知\n"
PLAN = "2037年全民终身学习活动周实施方案\n"


def record(text: str, markdown: bool = False) -> Record:
    """The whole pipeline on one invented document; every value's evidence quotes the text."""
    parse = parse_md if markdown else parse_txt
    doc = normalize_document(parse(Path("x.md" if markdown else "x.txt"), text.encode("utf-8")))
    ctx = run_all(Context(doc))
    for value in [*(ctx.fields.get("deadlines") or []), *(ctx.fields.get("contacts") or [])]:
        ev = value.evidence
        assert ctx.text[ev.start : ev.end] == ev.text
    return assemble(doc, ctx)


def dates(text: str) -> list[str | None]:
    return [d.date for d in record(text).deadlines]


def people(text: str, markdown: bool = False) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.name, c.phone, c.email) for c in record(text, markdown).contacts}


# --- deadlines: the forms that state one -------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "请于8月21日前将推荐表报至县教育局社教股。",
        "推荐材料请于8月21日前上传至活动平台。",
        "各乡镇须于八月二十一日前报送推荐材料。",
        "各乡镇须于二〇三七年八月二十一日前报送推荐材料。",
        "推荐表须在8月21日（星期五）前寄达，以邮戳为准。",
        "请于8月21日（含）前报送。",
        "请在8月21日以前把推荐表交到县社区学院。",
        "各乡镇最迟于8月21日报送推荐材料，逾期不予受理。",
        "请务必在8月21日下午4:30前报送。",
        "8月21日前，各乡镇将推荐名单报县教育局。",
        "申报截止时间：2037年8月21日17:00",
        "报名截止：8月21日",
        "截稿日期：2037年8月21日。",
        "截止日期：2037.8.21",
        "【截止时间】2037年8月21日",
        "（截止日期：2037年8月21日）",
        "报名截止于2037年8月21日。",
        "报名截止至2037年8月21日。",
        "于2037年8月21日截止报名。",
        "2037年8月21日报名截止。",
        "报名于2037年8月21日截止。",
        "报送截止时间为8月21日，逾期不予受理。",
        "推荐材料报送时间不晚于2037年8月21日。",
        "接收作品时间至2037年8月21日，以当地邮戳为准。",
        "报名时间延长至8月21日。",
        "征集时间：2037年7月1日—8月21日。",
        "报名时间：7月1日至8月21日",
        "报名时间：7月1日~8月21日",
        "报名时间：7月1日到8月21日",
        "报名时间：2037年7月1日－2037年8月21日",
        "网上报名时间：2037年7月1日00:00—8月21日24:00",
        "征集时间为二〇三七年七月一日至八月二十一日。",
        "征文时间：2037年7月1日至8月21日。",
        "作品征集时间自即日起至2037年8月21日止。",
        "征稿时间：即日起—2037年8月21日",
        "即日起至2037年8月21日，市民可通过网站报名。",
        "作品征集自即日起，截止于2037年8月21日。",
        "本次征集从即日起开始，至2037年8月21日结束。",
        "7月1日至8月21日为作品征集期。",
        "公示期为5个工作日（2037年8月17日—8月21日）。",
        "公示时间：2037年8月17日－8月21日（共5个工作日）",
        "公示期：8月17日—21日",
        "现予以公示，公示期自2037年8月17日起至8月21日止。",
        "2037年8月17日至8月21日为公示期。",
        "如有异议，请于2037年8月21日前以书面形式向县教育局反映。",
        "材料报送时间为2037年8月21日，逾期不予受理。",
        "报送时间：2037年8月21日",
        "2037年8月21日后提交的材料不予受理。",
        "请各乡镇8月21日将推荐表报送县教育局，逾期不予受理。",
        "推荐材料于2037年8月21日统一报送。",
    ],
)
def test_one_deadline_form(body: str) -> None:
    assert dates(CALL + body) == ["2037-08-21"]


@pytest.mark.parametrize(
    "block",
    [
        "截止时间：\n2037年8月21日",
        "投稿截止日期\n2037年8月21日",
        "报名截止时间\n2037年8月21日17:00",
        "三、报名时间\n7月1日—8月21日",
        "上报时间\n2037年7月1日至8月21日",
        "公示时间\n2037年8月17日至8月21日",
        "| 事项 | 时间 |\n| 报名截止 | 8月21日 |\n| 评审 | 8月28日 |",
        "| 截止时间 | 2037年8月21日 |",
        "截止时间：\n\n2037年8月21日",
        "| 报名时间 | 2037年7月1日至8月21日 |",
        "| 材料 | 报送时间 | 方式 |\n| 推荐表 | 2037年8月21日 | 邮箱 |",
        "推荐表\t截止日期\n县级推荐\t8月21日",
    ],
)
def test_value_on_the_next_line_or_in_a_cell(block: str) -> None:
    assert dates(CALL + block) == ["2037-08-21"]


def test_several_deadlines_one_entry_each_and_repeats_once() -> None:
    body = "各乡镇于8月21日前报送方案；10月9日前报送总结；请于8月21日前报送方案。"
    assert dates(CALL + body) == ["2037-08-21", "2037-10-09"]


@pytest.mark.parametrize(
    "body",
    [
        "请于8月21日前报名，8月28日前提交作品。",
        "请于8月21日前完成网上报名，并于8月28日前提交纸质材料。",
        "报名截止时间：2037年8月21日；作品提交截止时间：2037年8月28日。",
        "| 材料名称 | 报送时间 |\n| 推荐表 | 8月21日前 |\n| 作品 | 8月28日前 |",
        "| 材料 | 截止时间 |\n| --- | --- |\n| 推荐表 | 8月21日 |\n| 作品 | 8月28日 |",
    ],
)
def test_two_deadlines_in_one_line(body: str) -> None:
    assert dates(CALL + body) == ["2037-08-21", "2037-08-28"]


# --- deadlines: the year ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the signature year
        ("关于推荐社区学习达人的通知\n各乡镇：\n请于8月21日前报送。\n县教育局\n2037年7月2日", "2037-08-21"),
        ("关于推荐社区学习达人的通知\n各乡镇：\n请于8月21日前报送。\n县教育局\n二〇三七年七月二日", "2037-08-21"),
        # a dated line under the title
        ("关于推荐社区学习达人的通知\n（2037年7月2日）\n各乡镇：\n请于8月21日前报送。", "2037-08-21"),
        # the notice's own 文号
        ("关于推荐社区学习达人的通知\n滨教社〔2037〕8号\n各乡镇：\n请于8月21日前报送。", "2037-08-21"),
        # a December notice's January deadline falls in the next year
        ("关于报送年度社区教育总结的通知\n各乡镇：\n请于1月12日前报送总结。\n县教育局\n2037年12月18日", "2038-01-12"),
        # a programme year's notice signed early in the next year keeps the signing year
        ("关于开展2037年度学习品牌推荐的通知\n各乡镇：\n请于1月22日前报送。\n县教育局\n2038年1月4日", "2038-01-22"),
    ],
)
def test_year_from_the_document_itself(text: str, expected: str) -> None:
    assert dates(text) == [expected]


def test_a_yearless_date_takes_the_year_of_the_full_date_before_it_on_the_line() -> None:
    text = "关于公布2036年社区学习达人的通知\n各乡镇：\n请于2037年3月9日前报送推荐计划。4月2日前报送总结。"
    assert dates(text) == ["2037-03-09", "2037-04-02"]


def test_no_year_anywhere_gives_no_date() -> None:
    assert dates("关于推荐社区学习达人的通知\n各乡镇：\n请于8月21日前报送推荐材料。") in ([], [None])


# --- deadlines: look-alikes that are not ---------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "活动周时间为2037年10月12日至10月18日。",
        "开幕式定于10月12日上午9:00在县文化广场举行。",
        "力争2037年12月31日前建成60个学习型村居。",
        "到2040年底前基本形成全民终身学习的良好氛围。",
        "根据《省教育厅关于做好2037年全民终身学习活动周工作的通知》（2037年7月6日印发）要求，",
        "会议于2037年8月21日召开，部署活动周工作。",
        "截至2037年8月21日，全县共开展活动180余场。",
        "培训时间：2037年8月1日至8月21日。",
        "活动时间：即日起至2037年10月31日。",
        "评审时间：2037年8月22日—8月30日。",
        "8月21日前完成评审，8月30日前公布评选结果。",
        "展览时间：10月12日至10月18日，地点：县图书馆。",
        "各乡镇要在10月底前组织开展活动。",
        "请各地于2037年8月21日前后报送作品。",
        "即日起至2037年10月31日，开展全民阅读打卡活动。",
        "| 序号 | 活动名称 | 时间 |\n| 1 | 开幕式 | 10月12日 |\n| 2 | 读书会 | 10月13日 |",
        "培训时间为2037年8月21日，地点：县市民中心。",
        "报名日期：2037年8月21日（星期五）",
        "评选结果将于2037年8月21日公布。",
        "请关注2037年8月21日举行的开幕式直播。",
    ],
)
def test_not_a_deadline(body: str) -> None:
    assert dates(PLAN + body) == []


# --- contacts: the ways they are written --------------------------------------------------

@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("联系人：祁若愚，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁若愚  联系电话：0592-61234567  电子邮箱：qry@xm-edu.cn",
         {("祁若愚", "0592-61234567", "qry@xm-edu.cn")}),
        ("联系人及电话：祁若愚 0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人及联系方式：祁若愚，13712345678", {("祁若愚", "13712345678", None)}),
        ("联系方式：祁若愚 0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系方式：祁老师，0592-61234567，qry@xm-edu.cn", {("祁老师", "0592-61234567", "qry@xm-edu.cn")}),
        ("联系人：祁若愚13712345678", {("祁若愚", "13712345678", None)}),
        ("联系人：祁若愚同志，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁若愚老师 13712345678", {("祁若愚", "13712345678", None)}),
        ("联系人：县教育局社教股祁若愚，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：县社区学院 祁若愚 0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁若愚，电话：61234567-802", {("祁若愚", "61234567-802", None)}),
        ("联系人：祁若愚，电话：0592-61234567转802", {("祁若愚", "0592-61234567转802", None)}),
        ("联系人：祁若愚（13712345678）", {("祁若愚", "13712345678", None)}),
        ("联络人：祁若愚，61234567", {("祁若愚", "61234567", None)}),
        ("联系人：上官明月，电话：61234567", {("上官明月", "61234567", None)}),
        ("报名电话：0592-61234567（祁老师）", {("祁老师", "0592-61234567", None)}),
        ("如有疑问，请联系祁老师，电话：0592-61234567。", {("祁老师", "0592-61234567", None)}),
        ("联系人：祁若愚科长，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁主任，电话：0592-61234567", {("祁主任", "0592-61234567", None)}),
        ("联系人（电话）：祁若愚（0592-61234567）", {("祁若愚", "0592-61234567", None)}),
        ("联系人 ：祁若愚 ，电话 ：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("收稿联系人：祁若愚，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁若愚，电话：（0592）61234567", {("祁若愚", "(0592)61234567", None)}),
    ],
)
def test_one_contact_line(line: str, expected: set[tuple[str | None, str | None, str | None]]) -> None:
    assert people(line) == expected


def test_several_people_each_with_a_phone() -> None:
    found = people("联系人：祁若愚，电话：0592－61234567；訾秋，电话：0592－61234568。")
    assert found == {("祁若愚", "0592-61234567", None), ("訾秋", "0592-61234568", None)}


def test_names_in_brackets_after_their_phones() -> None:
    found = people("联系电话：0592-61234567（祁老师）、0592-61234568（訾老师）")
    assert found == {("祁老师", "0592-61234567", None), ("訾老师", "0592-61234568", None)}


def test_units_with_a_person_each_under_a_contact_heading() -> None:
    found = people("五、联系方式\n县社区学院：祁若愚 0592-61234567\n县老年大学：訾秋 0592-61234568")
    assert found == {("祁若愚", "0592-61234567", None), ("訾秋", "0592-61234568", None)}


def test_names_separated_by_spaces_share_the_phone_below() -> None:
    found = people("联系人：祁若愚 訾秋\n联系电话：61234567")
    assert found == {("祁若愚", "61234567", None), ("訾秋", "61234567", None)}


def test_teachers_share_one_phone() -> None:
    found = people("联系人：祁老师、訾老师，电话：0592-61234567")
    assert {n for n, _, _ in found} == {"祁老师", "訾老师"}


@pytest.mark.parametrize("separator", ["、", "，", "或", " "])
def test_several_phones_of_one_person(separator: str) -> None:
    found = people(f"联系人：祁若愚，电话：0592-61234567{separator}13712345678")
    assert {p for _, p, _ in found} == {"0592-61234567", "13712345678"}


@pytest.mark.parametrize(
    "table",
    [
        "| 联系人 | 电话 | 邮箱 |\n| --- | --- | --- |\n| 祁若愚 | 0592-61234567 | qry@xm-edu.cn |\n"
        "| 訾秋 | 0592-61234568 | zq@xm-edu.cn |",
        "联系人\t联系电话\t电子邮箱\n祁若愚\t0592-61234567\tqry@xm-edu.cn\n訾秋\t0592-61234568\tzq@xm-edu.cn",
    ],
)
def test_contact_table_columns(table: str) -> None:
    found = people("通知\n" + table, markdown=True)
    assert found == {("祁若愚", "0592-61234567", "qry@xm-edu.cn"), ("訾秋", "0592-61234568", "zq@xm-edu.cn")}


def test_label_and_name_in_adjacent_cells() -> None:
    assert people("| 联系人 | 祁若愚 | 联系电话 | 0592-61234567 |") == {("祁若愚", "0592-61234567", None)}


@pytest.mark.parametrize("label", ["电子邮箱：", "E-mail：", "Email:", "邮件地址：", "联系人邮箱：", "投稿邮箱："])
def test_email_labels(label: str) -> None:
    assert people(f"{label}qry@xm-edu.cn") == {(None, None, "qry@xm-edu.cn")}


def test_consultation_phone_is_a_phone() -> None:
    assert people("咨询电话：0592-61234567") == {(None, "0592-61234567", None)}


# --- contacts: what is not taken ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fax number is kept apart, never a phone
        ("联系人：祁若愚；传真：0592-61234569；电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系电话：0592-61234567 传真：0592-61234569", {(None, "0592-61234567", None)}),
        # a postal code, a QQ group, an address's room number
        ("联系电话：0592-61234567 邮编：361000", {(None, "0592-61234567", None)}),
        ("QQ群：734561234\n联系人：祁若愚，电话：0592-61234567", {("祁若愚", "0592-61234567", None)}),
        ("联系人：祁若愚；电话：0592-61234567；地址：某路12号1201室", {("祁若愚", "0592-61234567", None)}),
        # a mail recipient is where a parcel goes
        ("收件人：訾秋，电话：0592-61234599，地址：某路1号\n联系人：祁若愚，电话：0592-61234567",
         {("祁若愚", "0592-61234567", None)}),
        # placeholders and units are not people
        ("联系人：待定", set()),
        ("联系人：各乡镇社区教育负责同志", set()),
        # a site footer
        ("主办单位：某某网 地址：某路1号 电话：0592-61230000 版权所有", set()),
    ],
)
def test_not_a_contact(text: str, expected: set[tuple[str | None, str | None, str | None]]) -> None:
    assert people(text) == expected


def test_a_person_in_charge_is_not_a_contact_name() -> None:
    assert {n for n, _, _ in people("活动负责人：訾秋，电话：13712345671")} == {None}


@pytest.mark.parametrize("number", ["61234567-802", "0592-61234567-802", "0592-6123-4567"])
def test_phone_shapes_with_dashes(number: str) -> None:
    assert phone_kind(number) is not None


def test_a_cited_document_date_on_the_line_sets_no_year() -> None:
    text = "关于推荐2037年社区学习达人的通知\n各乡镇：\n根据2035年3月2日印发的办法，请于8月21日前报送。"
    assert dates(text) == ["2037-08-21"]


@pytest.mark.parametrize(
    "footer",
    [
        "版权所有：某某县教育局 网站联系人：訾秋 电话：0592-61230000",
        "版权所有：某某县教育局\n网站联系人：訾秋 电话：0592-61230000 邮箱：web@xx.gov.cn",
        "主办：某某县教育局  地址：某路1号  电话：0592-61230000",
    ],
)
def test_the_websites_own_people_and_numbers_are_not_contacts(footer: str) -> None:
    text = "关于开展征文活动的通知\n联系人：祁若愚，电话：0592-61234567。\n县教育局\n2037年7月2日\n" + footer
    assert people(text) == {("祁若愚", "0592-61234567", None)}


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("0592——61234567", "059261234567"),
        ("0592－61234567（转802）", "059261234567802"),
        ("0592-61234567 转 802", "059261234567802"),
        ("（0592）—61234567", "059261234567"),
        ("0592 6123 4567", "059261234567"),
        ("137-1234-5678", "13712345678"),
    ],
)
def test_phone_written_forms_keep_their_digits(written: str, digits: str) -> None:
    (found,) = [p for _, p, _ in people(f"联系人：祁若愚，电话：{written}")]
    assert found is not None and "".join(ch for ch in found if ch.isdigit()) == digits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("活动周定于2037年10月12日至18日举行。活动结束后，请于1月8日前报送总结。", ["2038-01-08"]),
        ("活动周定于2037年10月12日至18日举行。请于1月8日前报送年度总结。", ["2038-01-08"]),
        ("活动周定于2037年10月12日至18日举行。请于3月20日前报送年度计划。", ["2037-03-20"]),
        ("活动周定于2037年10月12日至18日举行。请于9月30日前报送方案，11月6日前报送总结。",
         ["2037-09-30", "2037-11-06"]),
    ],
)
def test_unsigned_plan_dates_yearless_deadlines_around_its_week(body: str, expected: list[str]) -> None:
    assert dates(PLAN + body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "截 止 时 间：2037年8月21日",
        "报 名 时 间：2037年7月1日至8月21日",
        "截　止　日　期\n2037年8月21日",
        "請各鄉鎮於8月21日前將推薦材料報送縣教育局。",
        "截(jié)止(zhǐ)时(shí)间(jiān)：2037年8月21日",
        "报名截止时间：2037年8月21日🔥",
    ],
)
def test_typeset_spaces_traditional_characters_and_mirror_noise(body: str) -> None:
    assert dates(CALL + body) == ["2037-08-21"]


@pytest.mark.parametrize(
    "line",
    [
        "聯系人：祁若愚，電話：0592-61234567",
        "联(lián)系(xì)人(rén)：祁若愚，电(diàn)话(huà)：0592-61234567",
        "联系人：祁若愚 😀 电话：0592-61234567",
    ],
)
def test_contacts_through_traditional_characters_and_mirror_noise(line: str) -> None:
    assert people(line) == {("祁若愚", "0592-61234567", None)}
