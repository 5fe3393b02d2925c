"""Contacts: named 联系人, titled names, group phones, contact blocks, emails anywhere, faxes apart."""
from __future__ import annotations

from models import Block, Contact, Document, SourceInfo
from pipeline.extract import contacts
from pipeline.extract.base import Context

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def run(*lines: str) -> tuple[list[Contact], Context]:
    ctx = Context(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    return contacts.extract(ctx).values.get("contacts", []), ctx


def sets(found: list[Contact]) -> tuple[set[str], set[str], set[str]]:
    return (
        {c.name for c in found if c.name},
        {c.phone for c in found if c.phone},
        {c.email for c in found if c.email},
    )


def test_group_of_names_shares_the_phone() -> None:
    found, _ = run("材料请于月底前报送（邮箱：abc_xy@126.com），联系人：赵明、钱丽，联系电话：86123457。")
    names, phones, emails = sets(found)
    assert names == {"赵明", "钱丽"} and phones == {"86123457"} and emails == {"abc_xy@126.com"}
    assert all(c.phone == "86123457" for c in found if c.name)


def test_each_person_keeps_own_phone_on_one_line() -> None:
    found, _ = run("联系人：孙强 13812345678；周敏 13987654321")
    assert {(c.name, c.phone) for c in found} == {("孙强", "13812345678"), ("周敏", "13987654321")}


def test_titled_name_glued_to_local_number_is_split() -> None:
    found, _ = run("校本部：活动中心201室 陈老师66554433", "分校区：活动室 刘老师66554434")
    assert {(c.name, c.phone) for c in found} == {("陈老师", "66554433"), ("刘老师", "66554434")}


def test_block_of_person_lines_under_label() -> None:
    found, _ = run("联系人及电话：", "何 静（市学习指导中心） 13612345678", "许文（市学习指导中心） 0791-86543210")
    assert {(c.name, c.phone) for c in found} == {("何静", "13612345678"), ("许文", "0791-86543210")}


def test_name_line_lends_itself_to_value_lines_below() -> None:
    found, _ = run("联系地址：某市某路1号201室", "联系人:欧阳华", "邮 箱:oyh2016@163.com", "联系电话:(0512)65123456")
    assert found[0] == Contact("欧阳华", "(0512)65123456", "oyh2016@163.com", found[0].evidence)


def test_fax_postal_code_and_address_numbers_are_not_phones() -> None:
    found, ctx = run(
        "电话：0371-65432100，传真：0371-65432101",
        "地址：某市某区某路11号D822室 邮编：450018",
    )
    assert sets(found)[1] == {"0371-65432100"}
    out = contacts.extract(ctx).values
    assert out["faxes"] == ["0371-65432101"]


def test_bare_local_numbers_need_a_phone_context() -> None:
    found, _ = run("本次活动于20231012启动，编号：65123456，QQ：88776655。")
    assert found == []


def test_emails_anywhere_become_nameless_contacts() -> None:
    found, _ = run("欢迎投稿（投稿邮箱lifelong2020@163.com），详见 mailto:Info.Week@edu.cn 。")
    assert sets(found) == (set(), set(), {"lifelong2020@163.com", "Info.Week@edu.cn"})
    assert all(c.name is None for c in found)


def test_table_header_is_not_a_person() -> None:
    found, _ = run("单位名称（盖章）   联系人          联系电话", "联系人及电话\t\t", "主办单位及协办单位\t\t")
    assert found == []


def test_name_before_phone_after_unit_name() -> None:
    found, _ = run("联系人：市教育局职成科 刘洋 电话 0551-62345678 邮箱 liuyang@ah.gov.cn")
    assert sets(found) == ({"刘洋"}, {"0551-62345678"}, {"liuyang@ah.gov.cn"})


def test_evidence_snippets_match_the_text() -> None:
    found, ctx = run("联系人：赵明，电话：020-83335566转802", "手机：13512345678")
    assert found
    for c in found:
        assert ctx.text[c.evidence.start:c.evidence.end] == c.evidence.text
    assert {c.phone for c in found} == {"020-83335566转802", "13512345678"}


def test_full_name_with_tongzhi_and_two_numbers() -> None:
    found, _ = run("联系人：张明同志，电话：020-83456789、83456790")
    assert sets(found)[:2] == ({"张明"}, {"020-83456789", "83456790"})


def test_place_or_body_is_not_a_person() -> None:
    found, _ = run("联系人：林业局 13912345678")
    assert sets(found)[:2] == (set(), {"13912345678"})


def test_continuation_lines_under_a_labelled_contact_line() -> None:
    found, _ = run(
        "联系人：市教育局某科 赵强，0591-87651234；",
        "　　　　　　某市开放大学某处 钱丽，0591-87659876，13912345670。",
        "　　　　　　孙敏　15812345678",
        "通讯地址：某市某路8号，邮编：350001。",
    )
    assert {(c.name, c.phone) for c in found if c.name} >= {
        ("赵强", "0591-87651234"), ("钱丽", "0591-87659876"), ("钱丽", "13912345670"), ("孙敏", "15812345678")}
    assert "350001" not in sets(found)[1]


def test_unit_colon_name_lines_under_a_contact_heading() -> None:
    found, _ = run(
        "四、联系方式",
        "某厅某处：周海，020-83331234",
        "某大学某中心：吴倩，020-86261234，13512345678",
        "咨询QQ群：781234560",
    )
    assert sets(found)[0] == {"周海", "吴倩"}
    assert sets(found)[1] == {"020-83331234", "020-86261234", "13512345678"}


def test_courtesy_title_in_brackets_after_the_number() -> None:
    found, _ = run("联系电话：62345678（孙老师）　传真：62345679")
    names, phones, _ = sets(found)
    assert names == {"孙老师"} and phones == {"62345678"}


def test_transliterated_name_after_the_label_is_kept_whole() -> None:
    found, _ = run("联系人：热依拉古丽，联系电话：0991-8026354", "联系人：买买提·吐尔逊 13912345678")
    names, phones, _ = sets(found)
    assert names == {"热依拉古丽", "买买提·吐尔逊"}
    assert phones == {"0991-8026354", "13912345678"}


def test_generic_words_after_the_label_are_no_person() -> None:
    found, _ = run("联系人：各校工作人员，电话：0991-8026354")
    names, _, _ = sets(found)
    assert names == set()


def test_unit_then_name_then_landline_and_mobile_and_several_emails() -> None:
    found, _ = run(
        "联系人：区社区学院办公室 周晓梅 0571 8701 2345 13957100000",
        "邮箱：abc-office@mail.qx.gov.cn；zsxx_2@163.com",
    )
    names, phones, emails = sets(found)
    assert names == {"周晓梅"} and len(phones) == 2
    assert emails == {"abc-office@mail.qx.gov.cn", "zsxx_2@163.com"}
