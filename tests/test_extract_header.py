"""Header family on synthetic 公文, web pages and news: each form the genre uses."""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.extract.header_orgs import org_line
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
BODY = "为推进学习型城市建设，根据上级有关要求，结合本地实际，决定举办本次活动。现将有关事项通知如下："


def run(*lines: str) -> Context:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for ev in ctx.evidence_map.values():
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx


def test_spaced_letterhead_split_title_and_signature_block() -> None:
    ctx = run(
        "苏 州 市 教 育 局",
        "苏州市精神文明建设指导委员会办公室文件",
        "苏教社〔2019〕７号",
        "关于举办苏州市2019年全民终身学习",
        "",
        "活动周的通知",
        "各市、区教育局，局属各单位：",
        BODY,
        "一、活动主题",
        "苏州市教育局          苏 州 市 精 神 文 明 建 设 指 导 委 员 会 办 公 室",
        "2019年9月2日",
        "苏州市教育局办公室            2019年9月3日印发",
    )
    f = ctx.fields
    assert f["title"] == "关于举办苏州市2019年全民终身学习活动周的通知"
    assert f["doc_number"] == "苏教社〔2019〕7号"
    assert f["issuers"] == ["苏州市教育局", "苏州市精神文明建设指导委员会办公室"]
    assert f["doc_type"] == "notice"
    assert f["campaign_year"] == 2019 and f["context_year"] == 2019


def test_glued_letterhead_bodies_are_split_and_not_repeated() -> None:
    ctx = run(
        "中共无锡市滨湖区委宣传部",
        "无锡市滨湖区文明办无锡市滨湖区教育局",
        "关于开展2021年全民终身学习活动周的通知",
        "各街道：",
        BODY,
        "中共无锡市滨湖区委宣传部    无锡市滨湖区文明办",
        "无锡市滨湖区教育局",
        "2021年10月8日",
    )
    assert ctx.fields["issuers"] == ["中共无锡市滨湖区委宣传部", "无锡市滨湖区文明办", "无锡市滨湖区教育局"]


@pytest.mark.parametrize(
    "number",
    ["杭教职〔2016〕12号", "杭教职[2016]12号", "杭教职（2016）12号", "杭教职【2016】12号",
     "杭教职(2016)12号", "杭教职﹝2016﹞12号", "杭教职〔2016〕第12号", "杭教职〔２０１６〕１２号"],
)
def test_doc_number_bracket_styles(number: str) -> None:
    ctx = run("杭州市教育局文件" + number, "关于公布社区教育示范点名单的通知", "各区教育局：", BODY)
    assert ctx.fields["doc_number"] == number.replace("２０１６", "2016").replace("１２", "12")
    assert ctx.fields["issuers"] == ["杭州市教育局"]
    assert ctx.fields["campaign_year"] == 2016


def test_cited_number_in_body_is_not_the_doc_number() -> None:
    ctx = run(
        "关于举办2015年社区教育成果展示活动的通知",
        "各县区教育局：",
        "根据《省教育厅关于举办2015年全民终身学习活动周的通知》（X教函〔2015〕8号）精神，现将有关事项通知如下：",
    )
    assert ctx.fields["doc_number"] is None
    assert ctx.fields["doc_type"] == "notice"


def test_portal_metadata_block_gives_number_issuer_and_not_title() -> None:
    ctx = run(
        "当前位置：首页 > 政务公开 > 通知公告",
        "索引号: 11A-2020-031 发布机构: 厦门市教育局 生成日期: 2020-10-09",
        "文号: 厦教职成〔2020〕31号 主题分类: 教育",
        "关于开展2020年全民终身学习活动周的通知",
        "发布日期：2020-10-12 浏览次数：356",
        "各区教育局：",
        BODY,
    )
    f = ctx.fields
    assert f["title"] == "关于开展2020年全民终身学习活动周的通知"
    assert f["doc_number"] == "厦教职成〔2020〕31号"
    assert f["issuers"] == ["厦门市教育局"]


def test_metadata_title_row_used_when_page_has_no_title_line() -> None:
    ctx = run("信息名称: 关于组织申报百姓学习之星的通知", "各设区市教育局：", BODY)
    assert ctx.fields["title"] == "关于组织申报百姓学习之星的通知"


def test_title_prefix_names_the_issuer_and_spaced_markdown_title() -> None:
    ctx = run("## 湖南省教育厅办公室关于举办 2022 年全民终身学习活动周的通知", "各市教育局：", BODY)
    assert ctx.fields["title"] == "湖南省教育厅办公室关于举办2022年全民终身学习活动周的通知"
    assert ctx.fields["issuers"] == ["湖南省教育厅办公室"]


def test_signature_after_date_and_truncated_signature_completed() -> None:
    ctx = run(
        "关于百姓学习之星推荐人选的公示",
        BODY,
        "受理单位：中共绍兴市委宣传部，联系电话：88000000。",
        "2022年5月6日",
        "中共绍兴市委宣传",
    )
    assert ctx.fields["issuers"] == ["中共绍兴市委宣传部"]


def test_news_report_has_no_issuers_even_with_a_source_body() -> None:
    ctx = run(
        "【基层动态】柯桥区2022年全民终身学习活动周启动",
        "来源：柯桥区教育局 发布日期：2022-11-03",
        "本报讯 11月2日，柯桥区2022年全民终身学习活动周启动仪式在区文化中心举行。",
    )
    f = ctx.fields
    assert f["doc_type"] == "news"
    assert f["title"] == "柯桥区2022年全民终身学习活动周启动"
    assert f["issuers"] == []
    assert f["campaign_year"] == 2022


def test_news_without_headline() -> None:
    ctx = run("10月20日上午，2019年全民终身学习活动周开幕式在市民广场隆重举行。", "开幕式现场")
    assert ctx.fields["doc_type"] == "news"
    assert ctx.fields["title"] is None
    assert ctx.fields["campaign_year"] == 2019


def test_genre_named_subtitle_beats_news_style_lead() -> None:
    ctx = run("贵州省将举办学习活动周总开幕式", "暨老年教育工作推进会", "——贵州省2017年全民终身学习活动周工作方案", BODY)
    assert ctx.fields["title"] == "贵州省2017年全民终身学习活动周工作方案"
    assert ctx.fields["doc_type"] == "plan"


@pytest.mark.parametrize(
    ("title", "kind"),
    [("2016年全民终身学习活动周工作总结", "summary"), ("成都市2016年全民终身学习活动周圆满结束", "summary"),
     ("社区教育实验区评估办法", "other"), ("百姓学习之星推荐表", "other"),
     ("2016年社区教育工作要点", "plan"), ("关于印发《社区教育工作要点》的通知", "notice")],
)
def test_doc_type_from_title(title: str, kind: str) -> None:
    assert run(title, BODY).fields["doc_type"] == kind


def test_untitled_text_with_addressee_is_a_notice_and_year_from_signature() -> None:
    ctx = run("各成员单位：", BODY, "一、活动安排", "某某学院继续教育处", "2018年3月1日")
    f = ctx.fields
    assert (f["doc_type"], f["title"], f["campaign_year"]) == ("notice", None, 2018)
    assert f["issuers"] == ["某某学院继续教育处"]


def test_campaign_year_preferences() -> None:
    assert run("关于举办2023-2024年度全民终身学习活动的通知", BODY).fields["campaign_year"] == 2023
    # title year beats the number's year; the number's year beats the signature
    assert run("甬教〔2011〕2号", "关于公布2010年学习型社区的通知", BODY).fields["campaign_year"] == 2010
    assert run("甬教〔2011〕2号", "关于公布学习型社区的通知", BODY, "2012年1月3日").fields["campaign_year"] == 2011


def test_org_line_rejects_sentences_and_dated_imprint() -> None:
    assert org_line("某某市教育局办公室         2013年9月16日印发") == []
    assert org_line("关于举办读书节的通知") == []
    assert org_line("黑 龙 江 省 教 育 厅") == ["黑龙江省教育厅"]


def test_excerpt_starting_mid_document_has_no_title() -> None:
    ctx = run("一、主题和时间", "（一）主题：乐学善学伴一生。", "二、活动内容")
    assert ctx.fields["title"] is None


def test_source_line_naming_a_media_outlet_is_not_an_issuer() -> None:
    ctx = run("关于开展读书月活动的通知", "来源：某某日报 发布时间：2017-04-01", "各学校：", BODY)
    assert ctx.fields["issuers"] == []
    ctx = run("关于开展读书月活动的通知", "来源：嘉兴市教育局 发布时间：2017-04-01", "各学校：", BODY)
    assert ctx.fields["issuers"] == ["嘉兴市教育局"]


def test_issuing_body_on_its_own_line_above_the_title_is_an_issuer_not_title() -> None:
    """real2 convention: an issuer printed on its own line above the title is not part of it."""
    ctx = run(
        "某省教育厅办公室",
        "关于遴选2029年度优秀社区学习",
        "项目的通知",
        "某省教职成函〔2029〕3号",
        "各市教育局：",
        BODY,
    )
    assert ctx.fields["title"] == "关于遴选2029年度优秀社区学习项目的通知"
    assert ctx.fields["issuers"] == ["某省教育厅办公室"]


def test_letterhead_separated_by_a_blank_line_is_not_in_the_title() -> None:
    ctx = run("某省教育厅办公室", "", "关于遴选2029年度优秀社区学习项目的通知", "各市教育局：", BODY)
    assert ctx.fields["title"] == "关于遴选2029年度优秀社区学习项目的通知"


@pytest.mark.parametrize(
    "banner",
    ["某市教育信息网  首页｜新闻中心｜基层动态｜通知公告", "某某区人民政府 www.example.gov.cn | 无障碍浏览 | 长者模式",
     "某市社区教育网 - 通知公告", "网站首页 | 政务公开 | 办事服务 | 互动交流"],
)
def test_site_banners_and_menu_bars_are_not_titles(banner: str) -> None:
    ctx = run(banner, "某县举办2021年全民终身学习活动周开幕式", "发布时间：2021-10-20  浏览：88次",
              "10月19日，某县2021年全民终身学习活动周开幕式在县文化广场举行。")
    assert ctx.fields["title"] == "某县举办2021年全民终身学习活动周开幕式"
    assert ctx.fields["doc_type"] == "news"


@pytest.mark.parametrize(
    ("title", "kind"),
    [("某街道2022年全民终身学习活动周工作小结", "summary"),
     ("某市教育局关于2020年全民终身学习活动周工作情况的报告", "summary"),
     ("某市创建学习型城市工作方案（2021—2023年）", "plan"), ("某区社区教育管理办法（试行）", "other")],
)
def test_genre_word_before_a_bracketed_qualifier_or_report(title: str, kind: str) -> None:
    assert run(title, BODY).fields["doc_type"] == kind


def test_news_lead_whose_event_verb_is_in_the_second_sentence() -> None:
    ctx = run("社区教育进万家 终身学习伴我行",
              "10月9日至15日是某区2022年全民终身学习活动周。9日上午，活动周启动仪式在某社区举行。")
    assert ctx.fields["doc_type"] == "news"


def test_relative_source_row_repeats_the_signed_issuer() -> None:
    lines = ("关于某区2022年“百姓学习之星”拟推荐对象的公示", "发布时间：2022-10-31  来源：区教委",
             "经街镇推荐、专家评审，拟推荐3位同志，现予以公示。", "某市某区教育委员会", "2022年10月31日")
    assert run(*lines).fields["issuers"] == ["某市某区教育委员会"]
    assert run(*lines[:3]).fields["issuers"] == ["区教委"]


def test_headline_announcing_results_is_news() -> None:
    ctx = run("雨湖区2031年“百姓学习之星”揭晓", "近日，雨湖区2031年“百姓学习之星”评选结果揭晓，共有8人获此殊荣。")
    assert ctx.fields["doc_type"] == "news"
    assert ctx.fields["title"] == "雨湖区2031年“百姓学习之星”揭晓"


def test_lead_dated_by_the_day_alone_is_news() -> None:
    ctx = run("终身学习丨学习点亮生活", "18日上午，雨湖区2031年全民终身学习活动周开幕式举行，活动为期一周。")
    assert ctx.fields["doc_type"] == "news"
    ctx = run("终身学习丨学习点亮生活", "18日前，各单位将材料报送至区教育局。")
    assert ctx.fields["doc_type"] != "news"


def test_signature_dated_by_month_alone_still_names_the_issuer() -> None:
    ctx = run(
        "青山区2031年社区教育工作要点",
        "2031年，我区社区教育工作以建设学习型城区为目标，全面推进终身教育体系建设。",
        "一、办好全民终身学习活动周。",
        "青山市青山区教育局",
        "二〇三一年三月",
    )
    assert ctx.fields["doc_type"] == "plan"
    assert ctx.fields["issuers"] == ["青山市青山区教育局"]
    assert ctx.fields["campaign_year"] == 2031


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2031年青山区全民终身学习活动周活动安排", "plan"),
        ("青山市教育局关于2031年全民终身学习活动周的工作安排", "plan"),
        ("关于开展2031年青山市全民终身学习周活动的安排意见", "plan"),
        ("关于推进学习型社会建设的实施意见", "plan"),
        ("青山区全民终身学习活动周筹备工作会议纪要", "other"),
    ],
)
def test_arrangements_opinions_and_minutes_are_genres(title: str, kind: str) -> None:
    ctx = run(title, "2031年9月8日，区教育局召开筹备会议，研究部署活动周各项工作，会议纪要如下。", BODY)
    assert ctx.fields["doc_type"] == kind
    assert ctx.fields["title"] == title


def test_title_broken_before_its_genre_word_with_joint_issuers_above() -> None:
    ctx = run(
        "湘潭市教育局　湘潭市文明办",
        "关于开展“学习型城市”创建暨2031年",
        "全民终身学习活动周的",
        "通知",
        "",
        "潭教联〔2031〕3号",
        "各区教育局、文明办：",
        BODY,
    )
    f = ctx.fields
    assert f["title"].replace(" ", "") == "关于开展“学习型城市”创建暨2031年全民终身学习活动周的通知"
    assert f["doc_type"] == "notice"
    assert f["issuers"] == ["湘潭市教育局", "湘潭市文明办"]
    assert f["doc_number"] == "潭教联〔2031〕3号"


def test_slogan_title_with_a_dashed_genre_subtitle_is_one_title() -> None:
    ctx = run("终身学习　从我做起", "——致全区居民的倡议书", "广大居民朋友们：", BODY)
    assert ctx.fields["title"] == "终身学习 从我做起——致全区居民的倡议书"
    assert ctx.fields["doc_type"] == "notice"
    # a news headline above a dashed document title is not part of it
    ctx = run("青山市将举办全民终身学习活动周开幕式", "---青山市2031年全民终身学习活动周工作方案", BODY)
    assert ctx.fields["title"] == "青山市2031年全民终身学习活动周工作方案"


def test_bulletin_masthead_names_its_compiler_as_issuer() -> None:
    ctx = run(
        "全民终身学习活动周简报",
        "第2期",
        "青山市教育局编　　　　2031年10月24日",
        "10月22日上午，青山市2031年全民终身学习活动周开幕式在市文化宫举行。",
    )
    assert ctx.fields["doc_type"] == "news"
    assert ctx.fields["issuers"] == ["青山市教育局"]
    # an ordinary news report has none
    ctx = run("青山市2031年全民终身学习活动周开幕", "10月22日上午，青山市2031年全民终身学习活动周开幕式在市文化宫举行。")
    assert ctx.fields["issuers"] == []


def test_doc_type_no_cue_decided_still_has_evidence() -> None:
    """A text naming no genre is `other`; its evidence is the first line that is not page furniture."""
    ctx = run("首页 > 专题", "湖光山色间的一次读书分享", "读书让人沉静，也让人开阔。几位退休教师各自谈了最近读过的书。")
    assert ctx.fields["doc_type"] == "other"
    assert ctx.evidence_map["doc_type"].text == "湖光山色间的一次读书分享"
