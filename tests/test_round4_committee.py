"""Committee forms found by the blind corpora of round 4, in invented wording.

Each recall rule has a look-alike that must give nothing (or nothing more): two posts joined
by 兼 in apposition vs a department's post joined the same way; a transcribed name after a
post vs the same name without a committee post; a name with a rare surname vouched for by
its post vs three characters that are no name; a 和 inside a name vs 和 joining two people;
a space between a post and a name vs a sentence that appoints nobody.
"""
from __future__ import annotations

from pipeline.extract.committee_names import is_loose_name, trailing_name
from tests.test_round3_committee import members


def test_two_posts_joined_by_jian_in_apposition_give_two_entries() -> None:
    text = "县民政局局长、县社区教育委员会副主任兼办公室主任黄振东陪同考察。"
    assert members(text) == [("副主任", "黄振东"), ("办公室主任", "黄振东")]


def test_concurrent_posts_after_an_office_post_and_an_elided_body() -> None:
    text = (
        "镇党委副书记、镇社区教育工作领导小组组长何立群，镇政府副镇长、领导小组副组长兼办公室主任"
        "曹晓燕，以及居民群众100余人参加。"
    )
    assert members(text) == [("组长", "何立群"), ("副组长", "曹晓燕"), ("办公室主任", "曹晓燕")]


def test_department_posts_joined_by_jian_are_no_committee() -> None:
    assert members("县教育局副局长兼办公室主任黄振东陪同考察。") == []


def test_transcribed_name_after_a_post_in_an_appointment() -> None:
    text = "成立全市学习型社会建设领导小组，由市政府副市长阿不都·热合曼任组长，市教育局局长韩立新任副组长。"
    assert members(text) == [("组长", "阿不都·热合曼"), ("副组长", "韩立新")]


def test_transcribed_name_without_a_committee_post_gives_nothing() -> None:
    assert members("会议由市政府副市长阿不都·热合曼主持。") == []


def test_rare_surname_vouched_by_a_post_in_brackets() -> None:
    text = (
        "    活动设组委会，\n    主任：笪振邦（县老龄办主任）\n"
        "    副主任：仉晓梅（县教育局副局长）、邓启明（县文旅局副局长）\n"
    )
    assert members(text) == [("主任", "笪振邦"), ("副主任", "仉晓梅"), ("副主任", "邓启明")]


def test_rare_surname_after_a_post_in_an_appointment() -> None:
    text = "成立活动周组织委员会，县教育局局长吴德明任主任，县文明办副主任笪秀英、县教育局副局长程(chéng)建平任副主任。"
    assert members(text) == [("主任", "吴德明"), ("副主任", "笪秀英"), ("副主任", "程建平")]


def test_three_characters_that_are_no_name_are_not_loose_names() -> None:
    assert not is_loose_name("宣传口")  # a common word in it
    assert not is_loose_name("办公室")  # a unit
    assert not is_loose_name("兼职人")  # a function word
    assert trailing_name("县委办副主任兼职") is None
    assert members("    活动设组委会，\n    副主任：待推荐（分管副部长）\n") == []


def test_he_inside_a_name_after_a_long_post() -> None:
    text = "县政府成立学习型城市建设委员会，县长冯志强任主任，常务副县长孙建和、副县长马丽华任副主任。"
    assert members(text) == [("主任", "冯志强"), ("副主任", "孙建和"), ("副主任", "马丽华")]


def test_he_joining_two_people_still_splits() -> None:
    text = "成立领导小组，县教育局局长孙建和县文明办主任马丽华任副组长。"
    assert members(text) == [("副组长", "孙建"), ("副组长", "马丽华")]


def test_space_between_post_and_name() -> None:
    text = "成立活动组委会，县教育局局长 郑光浩任主任，县委宣传部副部长金美玲任副主任。"
    assert members(text) == [("主任", "郑光浩"), ("副主任", "金美玲")]


def test_space_between_post_and_name_without_appointment_gives_nothing() -> None:
    assert members("县教育局局长 郑光浩主持会议并讲话。") == []


def test_rare_surname_right_after_a_committee_post_in_narrative() -> None:
    assert members("县老教委主任笪秀英出席并讲话。") == [("主任", "笪秀英")]


def test_words_after_a_committee_post_are_no_rare_surname_name() -> None:
    text = "组委会主任负总责，领导小组组长亲自部署，委员会主任会议在县政府召开。"
    assert members(text) == []
