"""Region family: the campaign's own area, resolved against cpca's division dataset."""
from __future__ import annotations

from models import Block, Document, Region, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.normalize.regions import chain, gazetteer, to_region
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
BODY = "为推进学习型社会建设，结合实际，决定举办本次活动。现将有关事项通知如下："


def region(*lines: str) -> Region:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header", "region"])
    ev = ctx.evidence_map.get("region")
    if ev is not None:
        assert ctx.text[ev.start:ev.end] == ev.text
    result = ctx.fields["region"]
    assert isinstance(result, Region)
    return result


def test_city_campaign_in_title() -> None:
    r = region("关于举办湘潭市2016年全民终身学习活动周的通知", "各县（市、区）教育局：", BODY)
    assert (r.level, r.province, r.city, r.county, r.code) == ("city", "湖南省", "湘潭市", None, "430300")


def test_county_level_city_gets_its_prefecture() -> None:
    r = region("2015年浏阳市全民终身学习活动周工作总结", BODY)
    assert (r.level, r.province, r.city, r.county) == ("county", "湖南省", "长沙市", "浏阳市")
    assert r.code == "430181"


def test_municipality_is_province_with_null_city() -> None:
    assert region("天津市第九届全民终身学习活动周圆满结束", BODY) == Region(
        level="province", province="天津市", code="120000")
    r = region("关于举办北京市海淀区2019年全民终身学习活动周的通知", BODY)
    assert (r.level, r.province, r.city, r.county) == ("county", "北京市", None, "海淀区")


def test_national_issuer_and_national_opening_news() -> None:
    assert region("教育部办公厅关于举办2021年全民终身学习活动周的通知", "各省教育厅：", BODY).level == "national"
    news = "10月24日，2021年全民终身学习活动周全国总开幕式在某大学举行。"
    assert region(news).level == "national"


def test_issuer_gives_area_when_title_names_none() -> None:
    r = region("温州市鹿城区教育局文件", "关于公布学习型社区名单的通知", "各街道：", BODY)
    assert (r.level, r.city, r.county) == ("county", "温州市", "鹿城区")


def test_abbreviated_issuer_uses_title_campaign() -> None:
    r = region("市教育局", "关于举办绵阳市2020年全民终身学习活动周的通知", "各县市区教育局：", BODY)
    assert (r.level, r.province, r.city) == ("city", "四川省", "绵阳市")


def test_town_campaign_from_news_lead() -> None:
    r = region("本报讯 9月28日上午，石桥镇2014年全民终身学习活动周启动仪式在镇文化站举行。")
    assert (r.level, r.town) == ("town", "石桥镇")


def test_campaign_in_a_cited_title_is_ignored() -> None:
    r = region(
        "各区教育局：",
        "根据《湖北省2018年全民终身学习活动周实施方案》精神，决定举办2018年武汉市全民终身学习活动周。现通知如下：",
    )
    assert (r.level, r.city) == ("city", "武汉市")


def test_ambiguous_district_resolved_by_the_documents_city() -> None:
    r = region("长春市教育局", "关于朝阳区2017年全民终身学习活动周的通知", BODY)
    assert (r.province, r.city, r.county, r.code) == ("吉林省", "长春市", "朝阳区", "220104")


def test_self_reference_with_province_only() -> None:
    r = region("各县区教育局：", "根据《河北省教育厅关于社区教育的通知》要求，为推动我市社区教育，现通知如下：")
    assert (r.level, r.province, r.city) == ("city", "河北省", None)


def test_no_place_gives_empty_region() -> None:
    assert region("全校教职工：", "现将读书活动有关事项通知如下：") == Region()


def test_gazetteer_abbreviations_and_chains() -> None:
    g = gazetteer()
    assert [m.surface for m in g.scan("广西和湖南两地")] == ["广西", "湖南"]
    place = chain(g.scan("吉林省长春市九台"))
    assert place is not None and to_region(place).city == "长春市"


def test_local_campaign_beats_a_mention_of_the_national_opening() -> None:
    r = region(
        "11月5日，我市组织代表观摩2022年全民终身学习活动周全国总开幕式，随后2022年济南市全民终身学习活动周启动。",
    )
    assert (r.level, r.city) == ("city", "济南市")


def test_town_name_cut_after_the_words_before_it() -> None:
    r = region("11月2日，由区教育局主办、镇成校承办的石桥镇2014年全民终身学习活动周启动仪式举行。")
    assert (r.level, r.town) == ("town", "石桥镇")


def test_title_opening_on_the_campaign_with_a_national_lead_is_national() -> None:
    r = region("2031年全民终身学习活动周在湖南长沙启动",
               "新华社电 本届活动周由教育部、湖南省人民政府主办，长沙市人民政府承办。")
    assert r.level == "national"


def test_title_opening_on_the_campaign_on_a_local_page_stays_local() -> None:
    r = region("2031年全民终身学习活动周在湘潭市开幕", "10月9日，我市2031年全民终身学习活动周在市民广场开幕。")
    assert (r.level, r.city) == ("city", "湘潭市")


def test_town_name_opening_with_a_conjunction_character_is_kept_whole() -> None:
    r = region("新闻动态", "10月9日上午，和风镇2031年全民终身学习活动周启动。")
    assert (r.level, r.town) == ("town", "和风镇")
    r = region("新闻动态", "10月9日，区教育局和城南镇2031年全民终身学习活动周启动。")
    assert r.town == "城南镇"


def test_autonomous_prefecture_short_form_in_its_own_documents() -> None:
    assert {p.name for p in gazetteer().by_name.get("黔东南州", [])} == {"黔东南苗族侗族自治州"}
    r = region("湘西州教育局关于2031年全民终身学习活动周工作情况的报告", "湘西州教育局")
    assert (r.level, r.province, r.city) == ("city", "湖南省", "湘西土家族苗族自治州")


def test_town_written_after_its_district_keeps_only_its_own_name() -> None:
    r = region("新闻动态", "10月9日下午，天河区石牌街道2031年全民终身学习活动周启动仪式举行。")
    assert (r.level, r.town) == ("town", "石牌街道")
    r = region("新闻动态", "10月9日，江宁区东山街道2031年全民终身学习活动周开幕。")
    assert r.town == "东山街道"
    r = region("新闻动态", "10月9日，湘潭县花石镇2031年全民终身学习活动周开幕。")
    assert r.town == "花石镇"


def test_area_before_a_joint_event_named_ahead_of_the_campaign() -> None:
    r = region("新闻动态", "4月23日，湘潭市雨湖区第十届全民读书节暨2031年全民终身学习活动周启动仪式举行。")
    assert (r.level, r.county) == ("county", "雨湖区")
    r = region("新闻动态", "11月2日，湘潭市老年教育成果展暨2031年全民终身学习活动周开幕。")
    assert (r.level, r.city) == ("city", "湘潭市")


def test_area_before_an_undertaking_joined_to_the_campaign() -> None:
    r = region("我市举行创建学习型城市暨全民终身学习活动周开幕式",
               "10月21日，醴陵市创建学习型城市暨2031年全民终身学习活动周开幕式举行。")
    assert (r.level, r.city, r.county) == ("county", "株洲市", "醴陵市")
    r = region("新闻动态", "10月9日，株洲市建设学习型社会暨2031年全民终身学习活动周启动。")
    assert (r.level, r.city) == ("city", "株洲市")
