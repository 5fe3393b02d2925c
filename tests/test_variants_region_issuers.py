"""Variant forms of doc_number, issuers, issue_date, campaign_year and region.

Round 2 of the generalisation audit: every mechanism of these fields is tried on the other
ways 公文, calls and news write the same thing (bracket styles, spacing, the value on
another line or in a metadata row, Chinese numerals, joint bodies, forwarded documents),
with a look-alike that must not be taken beside each recall rule. All wording is invented.
"""
from __future__ import annotations

import pytest

from models import Block, Document, Region, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.normalize.regions import gazetteer
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
TITLE = "关于举办2031年全民终身学习活动周的通知"
TO = "各县（市、区）教育局："
BODY = "为推进学习型社会建设，结合本地实际，决定举办本次活动。现将有关事项通知如下。"
PLAN = "老年教育是终身教育体系的重要组成部分，对丰富群众精神文化生活具有重要作用。" * 10
NEWS = "活动现场设置了多个展位，展示了各地终身学习成果，吸引了众多居民驻足参与。" * 3
SIGNED = [TO, BODY, PLAN, "衢州市教育局", "2031年5月8日"]


def run(*lines: str) -> dict:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header", "dates", "region"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for ev in ctx.evidence_map.values():
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx.fields


def key(region: Region) -> tuple[str | None, ...]:
    return region.level, region.province, region.city, region.county, region.town


# ---------------------------------------------------------------- doc_number

@pytest.mark.parametrize("head", [
    ["衢州市教育局文件", "衢教发〔2031〕7号", TITLE],
    ["衢州市教育局文件", "衢教发[2031]7号", TITLE],
    ["衢州市教育局文件", "衢教发【2031】7号", TITLE],
    ["衢州市教育局文件", "衢教发﹝2031﹞7号", TITLE],
    ["衢州市教育局文件", "衢教发（2031）7号", TITLE],
    ["衢州市教育局文件  衢教发〔2031〕7号", TITLE],
    ["衢州市教育局文件", "衢教发〔2031〕7号　　　签发人：王某", TITLE],
    ["衢州市教育局文件", "签发人：王某　　衢教发〔2031〕7号", TITLE],
    ["文号：衢教发〔2031〕7号", TITLE],
    ["文件编号：衢教发〔2031〕7号", TITLE],
    ["| 索引号 | 0001-2031-0007 |", "| 发文字号 | 衢教发〔2031〕7号 |", TITLE],
    [TITLE, "（衢教发〔2031〕7号）"],
    [TITLE + "（衢教发〔2031〕7号）"],
    [TITLE + "　　衢教发〔2031〕7号"],
    [TITLE + " 衢教发〔2031〕7号"],
    [TITLE + "衢教发〔2031〕7号"],
    ["关于印发活动方案的通知衢教发〔2031〕7号"],
    ["衢州市教育局文件", "━━━━衢教发〔2031〕7号━━━━", TITLE],
    ["衢州市教育局文件", "衢教发?2031?7号", TITLE],
    ["本站提供教育资讯服务。欢迎访问。", "衢州市教育局文件", "衢教发〔2031〕7号", TITLE],
])
def test_doc_number_forms(head: list[str]) -> None:
    number = run(*head, *SIGNED)["doc_number"]
    assert number is not None and number.replace(" ", "").translate(str.maketrans("[]【】﹝﹞（）", "〔〕〔〕〔〕〔〕")) \
        == "衢教发〔2031〕7号"


@pytest.mark.parametrize("number", ["衢教发〔2031〕第7号", "衢教发 〔 2031 〕 7 号", "衢教职成函〔2031〕7号"])
def test_doc_number_spacing_and_types(number: str) -> None:
    assert run("衢州市教育局文件", number, TITLE, *SIGNED)["doc_number"] == number


def test_doc_number_with_full_width_year() -> None:
    assert run("衢州市教育局文件", "衢教发〔２０３１〕７号", TITLE, *SIGNED)["doc_number"] == "衢教发〔2031〕7号"


def test_doc_number_from_the_attached_signed_file() -> None:
    f = run(TITLE, *SIGNED, "附件：衢教发〔2031〕7号关于举办2031年全民终身学习活动周的通知.pdf")
    assert f["doc_number"] == "衢教发〔2031〕7号"
    f = run(TITLE, *SIGNED, "衢教发〔2031〕7号衢州市教育局关于举办2031年全民终身学习活动周的通知.docx")
    assert f["doc_number"] == "衢教发〔2031〕7号"


@pytest.mark.parametrize("lines", [
    [TITLE, TO, "根据《省教育厅关于做好活动周工作的通知》（浙教办〔2031〕3号）精神，" + BODY],
    [TITLE, TO, "按照省教育厅（浙教办〔2031〕3号）文件要求，现通知如下："],
    [TITLE, TO, "省教育厅印发了《关于做好活动周工作的通知》（浙教办〔2031〕3号）", BODY],
    [TITLE, "浙教办〔2031〕3号文件精神", TO, BODY],
    ["关于转发省厅关于举办活动周的通知的通知（浙教办〔2031〕3号）", TO, BODY],
])
def test_cited_numbers_never_count(lines: list[str]) -> None:
    assert run(*lines, PLAN, "衢州市教育局", "2031年5月8日")["doc_number"] is None


def test_numbers_of_other_files_and_issues_do_not_count() -> None:
    assert run(TITLE, *SIGNED, "附件：浙教办〔2031〕3号关于做好活动周工作的通知.pdf")["doc_number"] is None
    assert run(TITLE, *SIGNED, "附件：衢教发〔2031〕7号.pdf")["doc_number"] is None
    bulletin = run("老年教育工作简报", "第6期", "衢州市教育局编　　2031年5月8日", "衢州市启动老年教育宣传月", PLAN)
    assert bulletin["doc_number"] is None


# ---------------------------------------------------------------- issue_date

@pytest.mark.parametrize("tail", [
    ["衢州市教育局", "二〇三一年五月八日"],
    ["衢州市教育局", "二○三一年五月八日"],
    ["衢州市教育局", "二零三一年五月八日"],
    ["衢州市教育局", "2031 年 5 月 8 日"],
    ["衢州市教育局", "（盖章）", "2031年5月8日"],
    ["衢州市教育局（盖章）", "2031年5月8日"],
    ["衢州市教育局　　2031年5月8日"],
    ["衢州市教育局", "2031.5.8"],
    ["衢州市教育局", "2031-05-08"],
    ["2031年5月8日", "衢州市教育局"],
    ["衢州市教育局", "二O三一年五月八日"],
    ["衢州市教育局", "2031年5月8号"],
    ["衢州市教育局", "2031年5月8日（星期四）"],
    ["衢州市教育局", "2031年5月8日（此件主动公开）"],
    ["| 衢州市教育局 |", "| 2031年5月8日 |"],
])
def test_signature_date_forms(tail: list[str]) -> None:
    f = run(TITLE, TO, BODY, PLAN, *tail)
    assert f["issue_date"] == "2031-05-08"
    assert f["issuers"] == ["衢州市教育局"]


@pytest.mark.parametrize("meta", [
    "成文日期：2031年5月8日", "发文日期：2031-05-08", "签发日期：2031年05月08日", "| 成文日期 | 2031年05月08日 |",
])
def test_official_date_in_portal_metadata(meta: str) -> None:
    assert run(meta, TITLE, TO, BODY, PLAN)["issue_date"] == "2031-05-08"


@pytest.mark.parametrize("under", ["（2031年5月8日）", "(2031年5月8日)", "（二〇三一年五月八日）"])
def test_dated_line_under_the_title(under: str) -> None:
    assert run(TITLE, under, TO, BODY, PLAN)["issue_date"] == "2031-05-08"


@pytest.mark.parametrize("lines", [
    ["发布时间：2031-05-09 10:22", TITLE, TO, BODY, PLAN],
    ["发布日期：2031年05月09日", TITLE, TO, BODY, PLAN],
    ["印发日期：2031年05月09日", TITLE, TO, BODY, PLAN],
    [TITLE, TO, "活动定于2031年5月8日在市民广场开幕。" + BODY, PLAN],
    [TITLE, TO, BODY, PLAN, "抄送：市政府办公室", "衢州市教育局办公室　　　2031年5月9日印发"],
])
def test_dates_that_are_not_the_issue_date(lines: list[str]) -> None:
    assert run(*lines)["issue_date"] is None


def test_a_listing_notice_dated_at_its_end() -> None:
    f = run("关于2031年度百姓学习之星拟推荐人选的公示",
            "经各地推荐、专家评审，现将拟推荐人选予以公示。公示时间为2031年5月10日至5月16日。", PLAN,
            "衢州市教育局", "2031年5月9日")
    assert f["issue_date"] == "2031-05-09"
    assert f["issuers"] == ["衢州市教育局"]


# ---------------------------------------------------------------- issuers

@pytest.mark.parametrize(("head", "expected"), [
    (["衢 州 市 教 育 局 文 件"], ["衢州市教育局"]),
    (["衢州市教育局", "衢州市民政局", "衢州市总工会", "文件"], ["衢州市教育局", "衢州市民政局", "衢州市总工会"]),
    (["衢州市教育局文件", "衢州市民政局文件"], ["衢州市教育局", "衢州市民政局"]),
    (["衢州市教育局　衢州市民政局　衢州市总工会"], ["衢州市教育局", "衢州市民政局", "衢州市总工会"]),
    (["衢州市教育局  衢州市民政局文件"], ["衢州市教育局", "衢州市民政局"]),
    (["中共衢州市委宣传部文件"], ["中共衢州市委宣传部"]),
    (["衢州市教育局 办公室文件"], ["衢州市教育局办公室"]),
    (["市教育局　市民政局"], ["市教育局", "市民政局"]),
])
def test_letterhead_forms(head: list[str], expected: list[str]) -> None:
    assert run(*head, TITLE, TO, BODY, PLAN, "2031年5月8日")["issuers"] == expected


@pytest.mark.parametrize(("tail", "expected"), [
    (["衢州市教育局　　　　衢州市民政局"], ["衢州市教育局", "衢州市民政局"]),
    (["衢州市教育局", "衢州市民政局", "衢州市总工会"], ["衢州市教育局", "衢州市民政局", "衢州市总工会"]),
    (["衢州市教育局（代章）"], ["衢州市教育局"]),
    (["衢州市教育局(章)"], ["衢州市教育局"]),
    (["中共衢州市委宣传部　　衢州市教育局"], ["中共衢州市委宣传部", "衢州市教育局"]),
    (["衢州市全民终身学习活动周领导小组办公室"], ["衢州市全民终身学习活动周领导小组办公室"]),
    (["共青团衢州市委员会"], ["共青团衢州市委员会"]),
])
def test_signature_block_forms(tail: list[str], expected: list[str]) -> None:
    assert run(TITLE, TO, BODY, PLAN, *tail, "2031年5月8日")["issuers"] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("衢州市教育局关于举办2031年全民终身学习活动周的通知", ["衢州市教育局"]),
    ("衢州市教育局 衢州市民政局关于举办2031年全民终身学习活动周的通知", ["衢州市教育局", "衢州市民政局"]),
    ("衢州市教育局、衢州市民政局关于举办2031年全民终身学习活动周的通知", ["衢州市教育局", "衢州市民政局"]),
    ("衢州市教育局转发省教育厅关于举办2031年全民终身学习活动周的通知", ["衢州市教育局"]),
    ("衢州市教育局关于转发《省教育厅关于举办2031年全民终身学习活动周的通知》的通知", ["衢州市教育局"]),
])
def test_title_prefix_forms(title: str, expected: list[str]) -> None:
    assert run(title, TO, BODY, PLAN)["issuers"] == expected


def test_the_forwarded_documents_own_signature_is_not_an_issuer() -> None:
    f = run("关于转发《浙江省教育厅关于举办2031年全民终身学习活动周的通知》的通知", TO,
            "现将《浙江省教育厅关于举办2031年全民终身学习活动周的通知》转发给你们，请遵照执行。",
            "衢州市教育局", "2031年5月8日",
            "浙江省教育厅关于举办2031年全民终身学习活动周的通知", "各市教育局：", BODY, PLAN,
            "浙江省教育厅", "2031年4月20日")
    assert f["issuers"] == ["衢州市教育局"]
    assert f["issue_date"] == "2031-05-08"


def test_source_lines_on_notices_and_news() -> None:
    assert run("来源：衢州市教育局", TITLE, TO, BODY, PLAN)["issuers"] == ["衢州市教育局"]
    assert run("来源：衢州日报", TITLE, TO, BODY, PLAN)["issuers"] == []
    assert run("来源：衢州市人民政府网", TITLE, TO, BODY, PLAN)["issuers"] == []
    news = run("衢州市举行2031年全民终身学习活动周开幕式", "来源：衢州市教育局",
               "5月8日上午，衢州市2031年全民终身学习活动周开幕式在市民广场举行。" + NEWS)
    assert news["issuers"] == []


@pytest.mark.parametrize("headline", ["书香飘满社区学校", "走进龙游社区学院", "快乐学习在老年大学", "共建学习型社会"])
def test_headlines_ending_like_a_body_are_not_issuers(headline: str) -> None:
    assert run(headline, TO, BODY, PLAN, "2031年5月8日")["issuers"] == []


def test_a_campaign_committee_heading_inside_a_plan_is_not_an_issuer() -> None:
    f = run("龙游县2031年全民终身学习活动周实施方案", "一、组织机构", "活动周领导小组", "组　长：王某", PLAN)
    assert f["issuers"] == []


# ---------------------------------------------------------------- campaign_year

def test_campaign_year_in_chinese_numerals() -> None:
    assert run("关于举办二〇三一年全民终身学习活动周的通知", TO, BODY, PLAN)["campaign_year"] == 2031


def test_campaign_year_placeholders_and_spans() -> None:
    assert run("关于举办20××年全民终身学习活动周的通知", *SIGNED)["campaign_year"] is None
    assert run("衢州市社区教育发展规划（2031—2035年）", TO, BODY, PLAN, "衢州市教育局", "2031年3月8日")[
        "campaign_year"] == 2031


def test_notice_year_for_this_years_campaign() -> None:
    f = run("关于举办全民终身学习活动周的通知", TO, "今年活动周定于10月举行。" + BODY, PLAN, "衢州市教育局", "2031年5月8日")
    assert f["campaign_year"] == 2031


# ---------------------------------------------------------------- region

@pytest.mark.parametrize(("title", "expected"), [
    ("关于举办德宏州2031年全民终身学习活动周的通知", ("city", "云南省", "德宏傣族景颇族自治州", None, None)),
    ("阿克苏地区2031年全民终身学习活动周启动", ("city", "新疆维吾尔自治区", "阿克苏地区", None, None)),
    ("乌审旗举办2031年全民终身学习活动周", ("county", "内蒙古自治区", "鄂尔多斯市", "乌审旗", None)),
    ("射洪市2031年全民终身学习活动周开幕", ("county", "四川省", "遂宁市", "射洪市", None)),
    ("石阡县青石镇举办2031年全民终身学习活动周", ("town", "贵州省", "铜仁市", "石阡县", "青石镇")),
])
def test_region_levels_in_titles(title: str, expected: tuple[str | None, ...]) -> None:
    assert key(run(title, NEWS)["region"]) == expected


def test_a_town_under_a_district_the_dataset_does_not_know_yet() -> None:
    assert "钱江区" not in gazetteer().by_name
    r = run("钱江区青石街道举办2031年全民终身学习活动周", NEWS)["region"]
    assert (r.level, r.town) == ("town", "青石街道")


def test_a_county_name_shared_by_several_cities() -> None:
    assert len(gazetteer().by_name["鼓楼区"]) > 1
    r = run("鼓楼区举办2031年全民终身学习活动周", NEWS)["region"]
    assert (r.level, r.county, r.city) == ("county", "鼓楼区", None)


def test_region_from_the_issuer_only() -> None:
    r = run("关于开展社区读书活动的通知", "各乡镇、街道：", BODY, PLAN, "龙游县教育局", "2031年5月8日")["region"]
    assert key(r) == ("county", "浙江省", "衢州市", "龙游县", None)


def test_short_forms_that_are_ordinary_words_are_not_places() -> None:
    names = [m.surface for m in gazetteer().scan("全体来宾参观了展区，共话世界大同。")]
    assert names == []
    assert [m.surface for m in gazetteer().scan("在大同举办")] == ["大同"]
    assert [m.surface for m in gazetteer().scan("大同举办读书节")] == ["大同"]
    r = run("全民终身学习活动周开幕式隆重举行", "5月8日，龙游县2031年全民终身学习活动周开幕式举行，全体来宾参观了展区。" + NEWS)
    assert key(r["region"]) == ("county", "浙江省", "衢州市", "龙游县", None)


def test_national_and_provincial_campaigns_held_in_a_city() -> None:
    assert run("2031年浙江省全民终身学习活动周在衢州市开幕", NEWS)["region"].level == "province"
    news = run("2031年全民终身学习活动周在衢州启动",
               "5月8日，由教育部主办的2031年全民终身学习活动周全国总开幕式在衢州举行。" + NEWS)
    assert news["region"].level == "national"


# ---------------------------------------------------------------- signatures without a date, headers under a blurb

@pytest.mark.parametrize("tail", [
    ["衢州市教育局"],
    ["衢州市教育局", "主办单位：衢州市教育局  地址：衢州市某路1号", "版权所有"],
    ["附件：1.活动安排表", "衢州市教育局"],
])
def test_a_signature_whose_date_the_page_dropped(tail: list[str]) -> None:
    f = run(TITLE, TO, BODY, PLAN, *tail)
    assert f["issuers"] == ["衢州市教育局"]
    assert f["issue_date"] is None


def test_a_list_of_units_closing_a_notice_is_not_a_signature() -> None:
    assert run(TITLE, TO, BODY, PLAN, "参加单位：", "龙游县教育局", "江山市教育局")["issuers"] == []


def test_letterhead_and_number_under_a_portal_blurb() -> None:
    f = run("本站提供教育资讯、办事指南等服务。欢迎访问。", "当前位置：首页 > 通知公告",
            "衢州市教育局文件", "衢教发〔2031〕7号", TITLE, TO, BODY, PLAN)
    assert f["doc_number"] == "衢教发〔2031〕7号"
    assert f["issuers"] == ["衢州市教育局"]


# ---------------------------------------------------------------- locality tags and datelines in headlines

@pytest.mark.parametrize("lines", [
    ["【龙游县】全民终身学习活动周启动", NEWS],
    ["龙游：全民终身学习活动周精彩纷呈", NEWS],
    ["全民终身学习活动周｜龙游县举办老年教育成果展", NEWS],
])
def test_locality_tag_or_dateline_of_a_headline(lines: list[str]) -> None:
    assert key(run(*lines)["region"]) == ("county", "浙江省", "衢州市", "龙游县", None)


@pytest.mark.parametrize("headline", ["【通知公告】全民终身学习活动周启动", "学习：点亮幸福生活", "和平：一个老话题"])
def test_column_tags_and_word_datelines_name_no_area(headline: str) -> None:
    assert run(headline, NEWS)["region"].level is None


def test_a_local_body_forwarding_a_national_notice_is_local() -> None:
    f = run("关于转发《教育部办公厅关于举办2031年全民终身学习活动周的通知》的通知", TO, BODY, PLAN,
            "龙游县教育局", "2031年5月8日")
    assert key(f["region"]) == ("county", "浙江省", "衢州市", "龙游县", None)
    assert f["campaign_year"] == 2031
    repost = run("转发《教育部办公厅关于举办2031年全民终身学习活动周的通知》", "各省、自治区、直辖市教育厅（教委）：", BODY, PLAN)
    assert repost["region"].level == "national"


def test_our_county_named_only_by_the_author_body_of_the_source_line() -> None:
    lead = "5月8日，我县全民终身学习活动周启动仪式在县文化中心举行。" + NEWS
    r = run("我县启动全民终身学习活动周", "来源：龙游县教育局　发布时间：2031-05-09", lead)["region"]
    assert key(r) == ("county", "浙江省", "衢州市", "龙游县", None)
    media = run("我县启动全民终身学习活动周", "来源：衢州日报　发布时间：2031-05-09", lead)["region"]
    assert media.county is None and media.city is None
