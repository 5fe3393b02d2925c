"""Round 4 region class, in invented wording: the place written only in an institution's own
full name (site banner, letter-spaced letterhead, signature) while the text calls it by its
short form (`县老年大学`) or says 我市."""
from __future__ import annotations

from pipeline.extract.region_institution import short_uses
from tests.test_extract_region import region  # header + region (its dependencies run too)
from tests.test_round3_region import names  # shared runners


def test_school_site_banner_with_the_short_form_in_the_headline() -> None:
    r = region("宜章县老年大学", "首页 | 学校简介 | 校园动态 | 联系我们",
               "县老年大学举行2031年春季开学典礼",
               "3月2日上午，县老年大学春季开学典礼在学校礼堂举行，县委常委李明远出席并讲话，师生210余人参加。",
               "版权所有：宜章县老年大学")
    assert names(r) == ("county", "湖南省", "郴州市", "宜章县")


def test_spaced_letterhead_with_short_form_and_our_city() -> None:
    r = region("海 城 市 社 区 学 院", "学院动态", "我市举办社区教育推进会",
               "十月九日，社区教育推进会在市社区学院报告厅召开，我市各街道社区学校负责人共46人参加。")
    assert names(r) == ("county", "辽宁省", "鞍山市", "海城市")


def test_spaced_letterhead_and_our_city_without_short_form() -> None:
    r = region("庄 河 市 职 业 教 育 中 心", "我市举办读书分享会",
               "九月二十日，读书分享会在中心图书室举行，全市职工代表踊跃参加，我市读书氛围日益浓厚。")
    assert names(r) == ("county", "辽宁省", "大连市", "庄河市")


def test_a_portal_banner_of_another_body_gives_no_place() -> None:
    r = region("岳阳市教育局", "首页 | 新闻中心 | 政务公开", "县老年大学举办书画展",
               "10月9日，县老年大学书画展在校内展厅开幕，展出学员作品百余幅。")
    assert r.level is None


def test_a_different_suffix_is_no_short_form() -> None:
    r = region("宜章县老年大学", "市老年大学举办书画展",
               "10月9日，市老年大学书画展在展厅开幕，展出学员作品百余幅。")
    assert r.county is None


def test_plural_and_full_names_are_not_short_uses() -> None:
    assert short_uses("各县老年大学与宜章县老年大学", "县老年大学") == 0
    assert short_uses("学员来到县老年大学，参观宜章县老年大学展厅", "县老年大学") == 1


def test_a_city_report_naming_a_county_school_by_its_short_form_is_not_the_county() -> None:
    r = region("老年教育工作情况", "今年以来，我市老年教育稳步发展，全市新增老年学校12所。宜章县老年大学新开设课程8门，"
               "县老年大学学员达1500人。")
    assert r.county is None


def test_an_honour_of_the_province_is_no_self_reference() -> None:
    r = region("宜章县老年大学", "县老年大学举行结业典礼",
               "6月28日，县老年大学春季学期结业典礼举行，学校连续三年被评为全省示范老年大学。")
    assert names(r) == ("county", "湖南省", "郴州市", "宜章县")


def test_a_town_report_on_a_county_portal_stays_the_town() -> None:
    r = region("宜章县人民政府", "首页 | 政务公开 | 乡镇动态", "社区教育读书节开幕",
               "9月3日，青禾镇社区教育读书节在镇文化站开幕。青禾镇党委书记出席并讲话，青禾镇各村群众300余人参加，"
               "县人民政府有关负责同志到场指导。")
    assert (r.level, r.town) == ("town", "青禾镇")


def test_our_town_is_no_county_bodys_page() -> None:
    r = region("宜章县人民政府网", "县人民政府督导组到镇检查社区教育",
               "我镇认真迎接县人民政府督导组检查，我镇社区学校开设课程12门。")
    assert r.county is None


def test_prefecture_full_name_written_without_its_suffix() -> None:
    r = region("郴州社区大学", "市社区大学举办家长学校公益讲座",
               "4月8日，市社区大学家长学校公益讲座在报告厅举行，80余名家长参加。")
    assert names(r) == ("city", "湖南省", "郴州市", None)


def test_short_form_in_the_body_only_is_the_last_resort() -> None:
    r = region("宜章县老年大学", "书画班学员作品展开幕",
               "5月6日，县老年大学书画班学员作品展在校内展厅开幕，展出作品120件。")
    assert names(r) == ("county", "湖南省", "郴州市", "宜章县")


def test_banner_alone_without_short_form_or_self_reference_gives_no_place() -> None:
    r = region("宜章县老年大学", "书画班学员作品展开幕", "5月6日，书画班学员作品展在校内展厅开幕，展出作品120件。")
    assert r.county is None
