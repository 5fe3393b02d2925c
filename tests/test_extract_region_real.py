"""Region on real-page genres: towns, joint campaigns, series reports, national cues, visits.

Every text is invented (other places, other people, other numbers); each test states the
general way the genre is written, not a corpus document.
"""
from __future__ import annotations

from pipeline.extract.region_towns import is_town_name, town_counts
from pipeline.normalize.regions import gazetteer
from tests.test_extract_region import region  # the shared runner: header + region, evidence checked


def test_county_written_with_its_former_suffix() -> None:
    # cpca knows the district by today's name; older pages still write the county-level city
    assert [p.code for p in gazetteer().by_name["吴江市"]] == ["320509"]
    r = region("各学校：", "经研究，决定开展“2031年吴江市第六届全民终身学习活动周”评选活动。现通知如下：")
    assert (r.level, r.city, r.county) == ("county", "苏州市", "吴江市")


def test_ordinary_words_are_not_former_county_names() -> None:
    assert "大城市" not in gazetteer().by_name


def test_joint_campaign_of_two_levels_is_the_higher_one() -> None:
    r = region("2031年湖南省暨湘潭市全民终身学习活动周开幕式在湘潭举行。")
    assert (r.level, r.province, r.city) == ("province", "湖南省", None)
    r = region("株洲市暨醴陵市全民终身学习活动周开幕", "10月9日，株洲市暨醴陵市2031年全民终身学习活动周开幕。")
    assert (r.level, r.city, r.county) == ("city", "株洲市", None)


def test_series_tag_names_the_umbrella_campaign_not_the_report() -> None:
    r = region("学习点亮幸福生活",
               "■2031年湖南省全民终身学习活动周·系列报道(五)",
               "10月12日，湘潭县第八届全民终身学习活动周开幕式在县文化广场举行。")
    assert (r.level, r.county) == ("county", "湘潭县")


def test_headline_after_a_series_prefix_opens_on_a_town() -> None:
    r = region("湖南省全民终身学习活动周系列报道12——岳塘青枫街道举办学习周启动仪式",
               "10月9日上午，岳塘区青枫街道举行2031年学习周启动仪式，街道各社区代表参加。")
    assert (r.level, r.town, r.county, r.city) == ("town", "青枫街道", "岳塘区", "湘潭市")


def test_headline_opening_on_a_town_body() -> None:
    r = region("石门镇社区教育中心举办全民终身学习活动周开幕式",
               "11月3日，湘潭县石门镇社区教育中心举办开幕式，镇文化站承办。")
    assert (r.level, r.town, r.county) == ("town", "石门镇", "湘潭县")


def test_town_named_again_and_again_in_a_report_without_self_reference() -> None:
    r = region("12月2日，花溪镇举行第五届终身教育节闭幕式。",
               "花溪镇党委书记李华致闭幕词，花溪镇社区学校组织了系列学习活动。",
               "最后，花溪镇领导为获奖者颁发证书，还邀请了岳麓区文化馆的老师。")
    assert (r.level, r.town) == ("town", "花溪镇")


def test_town_notice_calling_itself_our_town() -> None:
    r = region("欢迎访问文库",
               "关于印发枫林镇社区教育工作计划的通知",
               "各村、各单位：为加快我镇学习型乡镇建设，提升全镇居民素质，现将枫林镇社区教育工作计划印发给你们。")
    assert (r.level, r.town) == ("town", "枫林镇")


def test_ordinary_phrases_with_a_town_suffix_are_not_towns() -> None:
    text = "创建省级示范街道和学习型乡镇，打造特色小镇、美丽乡村，城乡居民共同参与。"
    assert town_counts(text) == {}
    assert not is_town_name("示范街道") and not is_town_name("乡镇")


def test_notice_addressed_to_the_provinces_is_national() -> None:
    r = region("某协〔2031〕12号", "各省、自治区、直辖市教育厅（教委），各有关单位：",
               "现就推介2031年终身学习品牌项目有关事宜通知如下。")
    assert r.level == "national"


def test_repost_of_a_national_association_plan_is_national() -> None:
    r = region("转发《中国社区教育协会2031年工作要点》", "来源：某县老年大学", "2031年，协会工作思路是……")
    assert r.level == "national"


def test_international_meeting_held_in_a_city_is_national() -> None:
    r = region("国际终身学习论坛将在长沙召开", "本报讯 论坛将于10月21日在长沙举行，来自各国的代表参加。")
    assert r.level == "national"


def test_first_sponsor_gives_the_area() -> None:
    r = region("首届全国老年摄影展开始征稿",
               "首届全国老年摄影展将于5月在某美术馆举办。活动由中国老年文化协会主办，某美术馆承办。")
    assert r.level == "national"
    r = region("学习让生活更美好",
               "本次活动由湘乡市人民政府主办，湘乡市教育局承办，各乡镇代表参加。")
    assert (r.level, r.county) == ("county", "湘乡市")


def test_visit_report_is_about_the_place_visited() -> None:
    r = region("5月8日上午，岳阳县老年大学校长王明一行二十余人来到我区，参观青枫镇红星村老年学校的远程教育工作。",
               "岳阳县老年大学对青枫镇的做法给予高度评价。")
    assert (r.level, r.town) == ("town", "青枫镇")


def test_our_city_is_the_county_level_city_when_both_cities_are_named() -> None:
    r = region("11月9日，我市2031年全民终身学习活动周启动仪式举行。",
               "仪式上表彰了湘潭市和湘乡市的百姓学习之星，我市各乡镇同步启动。")
    assert (r.level, r.city, r.county) == ("county", "湘潭市", "湘乡市")


def test_our_country_alone_makes_a_text_national() -> None:
    r = region("“我心中的社区学校”征文启事", "我国的社区教育已走过四十年。为讲好社区学校的故事，杂志社开展征文。")
    assert r.level == "national"


def test_development_zone_campaign_belongs_to_its_city() -> None:
    r = region("湘江新区2031年全民终身学习活动周开幕", "来源：长沙晚报",
               "10月9日，湘江新区2031年全民终身学习活动周开幕式在新区市民中心举行。")
    assert (r.level, r.province, r.city) == ("city", "湖南省", "长沙市")


def test_our_country_in_an_institution_notice_is_not_national() -> None:
    r = region("全校离退休教职工：", "我国已进入老龄社会。为丰富老同志的生活，现面向全校征集书画作品。")
    assert r.level != "national"


def test_our_city_in_a_prefecture_text_naming_several_of_its_cities() -> None:
    r = region("11月9日，我市2031年全民终身学习活动周启动仪式举行，湘潭市教育局局长讲话。",
               "湘乡市教育局、韶山市教育局代表交流发言，我市各县市区同步启动。")
    assert (r.level, r.city, r.county) == ("city", "湘潭市", None)


def test_visit_to_a_named_place_between_the_two_verbs() -> None:
    r = region("6月3日，市老年大学协会一行赴韶山市清溪镇调研老年教育工作，镇党委书记陪同。")
    assert (r.level, r.town, r.county) == ("town", "清溪镇", "韶山市")


def test_town_campaign_keeps_the_county_written_before_it() -> None:
    r = region("新闻动态", "10月9日，韶山市清溪镇2031年全民终身学习活动周开幕。")
    assert (r.level, r.town, r.county, r.city) == ("town", "清溪镇", "韶山市", "湘潭市")


def test_banner_is_a_county_under_its_prefecture() -> None:
    r = region("鄂托克旗2031年全民终身学习活动周启动", "10月9日，鄂托克旗2031年全民终身学习活动周启动仪式举行。")
    assert (r.level, r.province, r.city, r.county) == ("county", "内蒙古自治区", "鄂尔多斯市", "鄂托克旗")


def test_area_known_only_from_the_issuers_signature() -> None:
    r = region("关于印发推进社区教育工作实施意见的通知", "各乡镇人民政府，县直各单位：",
               "现将《推进社区教育工作实施意见》印发给你们，请认真贯彻执行。",
               "泸溪县人民政府办公室", "2031年3月2日")
    assert (r.level, r.city, r.county) == ("county", "湘西土家族苗族自治州", "泸溪县")


def test_town_government_as_issuer() -> None:
    r = region("关于开展全民学习月活动的通知", "各村（社区）、镇直各单位：",
               "为营造学习氛围，决定开展全民学习月活动，现将有关事项通知如下。",
               "清溪镇人民政府", "2031年4月1日")
    assert (r.level, r.town) == ("town", "清溪镇")


def test_lead_sentence_on_a_national_meeting_held_in_a_city() -> None:
    r = region("本报讯（记者 李明）10月21日上午，2031年全国社区教育工作会议在长沙召开，湖南省副省长出席。",
               "会上，湘潭市作了交流发言。")
    assert r.level == "national"


def test_repost_title_below_page_furniture_is_national() -> None:
    r = region("当前位置：首页 > 通知公告", "转发《中国社区教育协会2031年工作要点》", "2031年，协会工作思路是……")
    assert r.level == "national"


def test_portal_place_name_in_page_furniture_is_not_the_subject() -> None:
    r = region("当前位置：首页 > 长沙市社区教育网 > 基层动态",
               "来源：长沙市社区教育网  发布时间：2031-12-03",
               "12月2日，花溪镇举行第五届终身教育节闭幕式，花溪镇党委书记致辞，花溪镇社区学校组织展演。",
               "长沙市社区教育网 版权所有")
    assert (r.level, r.town) == ("town", "花溪镇")



def test_title_glued_to_a_spaced_letterhead_still_names_its_area() -> None:
    r = region("泸 溪 县 教 育 局 文 件", "关于开展社区教育宣传活动的通知", "各学校：", "现将有关事项通知如下。")
    assert (r.level, r.county) == ("county", "泸溪县")


def test_place_name_at_the_very_end_of_a_text_keeps_its_true_offsets() -> None:
    # a longer name sharing the first two characters must not stretch the match past the end
    mentions = gazetteer().scan("去三亚")
    assert [(m.start, m.end, m.surface) for m in mentions] == [(1, 3, "三亚")]
