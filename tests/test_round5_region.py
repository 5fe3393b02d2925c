"""Round 5: a notice internal to an institution (a university department, a school, a
hospital, a company) has no campaign area: level null, with the province only when the text
makes it certain (a province-level body it answers to, or its own name opening on a place).
Invented wording throughout."""
from __future__ import annotations

from models import Region
from tests.test_extract_region import region

TITLE = "关于组织师生参加2024年全民终身学习活动周系列活动的通知"
TAIL = ("一、活动时间：2024年11月4日至10日。", "请各单位于10月28日前将名单报学院办公室。")


def province_only(r: Region) -> tuple[str | None, ...]:
    return (r.level, r.province, r.city, r.county, r.town)


def test_province_body_the_department_answers_to() -> None:
    r = region("明远大学成人教育学院", TITLE, "各二级学院、各职能部门：",
               "根据江西省教育厅关于开展2024年全民终身学习活动周的通知要求，学院决定组织师生参加。", *TAIL,
               "成人教育学院", "2024年10月20日")
    assert province_only(r) == (None, "江西省", None, None, None)


def test_staff_addressees_and_a_province_in_the_college_name() -> None:
    r = region("湖北省明德职业学院", TITLE, "全体教职工：",
               "为营造终身学习氛围，学院决定在活动周期间开设公益讲座。", *TAIL, "2024年10月21日")
    assert province_only(r) == (None, "湖北省", None, None, None)


def test_no_province_in_the_text_gives_no_place() -> None:
    r = region("启明学院继续教育部", TITLE, "各系（部）、各教研室：",
               "根据上级关于开展活动周的通知要求，组织学员赴外地参观学习，现将有关事项通知如下：", *TAIL)
    assert province_only(r) == (None, None, None, None, None)


def test_two_provinces_named_as_bodies_make_none_certain() -> None:
    r = region("湖北省明德职业学院", TITLE, "各班级：",
               "根据湖南省教育厅关于开展活动周的通知要求，学院决定组织学生参加。", *TAIL)
    assert province_only(r) == (None, None, None, None, None)


def test_a_place_visited_is_no_province_of_the_institution() -> None:
    r = region("启明学院继续教育部", TITLE, "各校区、全校离退休教职工：",
               "活动周期间，学院将组织离退休教职工赴江西省井冈山市参观学习。", *TAIL)
    assert province_only(r) == (None, None, None, None, None)


def test_lookalike_city_bureau_addressing_its_departments_keeps_its_city() -> None:
    r = region("关于开展2024年全民终身学习活动周活动的通知", "各县（市、区）教育局，市直各部门：",
               "根据江西省教育厅关于开展2024年全民终身学习活动周的通知要求，现将有关事项通知如下：", *TAIL,
               "宜春市教育局", "2024年10月20日")
    assert (r.level, r.province, r.city) == ("city", "江西省", "宜春市")


def test_lookalike_public_addressees_without_any_area_word_are_not_internal() -> None:
    r = region("关于开展2024年全民终身学习活动周活动的通知", "各有关单位：",
               "根据江西省教育厅关于开展2024年全民终身学习活动周的通知要求，全省各地组织开展活动。", *TAIL)
    assert r.level == "province" and r.province == "江西省"


def test_a_school_named_after_its_city_gives_the_province_only() -> None:
    r = region("宜春市明德中学", TITLE, "各年级、各班级：",
               "学校决定在活动周期间组织师生开展读书活动。", *TAIL, "2024年10月22日")
    assert province_only(r) == (None, "江西省", None, None, None)


def test_a_campaign_named_in_the_title_stays_the_documents_area() -> None:
    r = region("明远大学成人教育学院", "关于组织师生参加宜春市2024年全民终身学习活动周的通知", "各二级学院：",
               "学院决定组织师生参加活动周系列活动。", *TAIL)
    assert (r.level, r.city) == ("city", "宜春市")
