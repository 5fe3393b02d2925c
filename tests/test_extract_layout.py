"""Layout step and scored titles: web-page furniture, datelines, glued headers, in invented wording."""
from __future__ import annotations

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.extract.header_title import clean_value
from pipeline.extract.layout import (
    ATTACHMENT,
    BODY,
    DATELINE,
    FURNITURE,
    HEADLINE,
    SIGNATURE,
    page_furniture,
)
from pipeline.extract.layout_doc import label_lines
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
NEWS = "10月9日上午，青川县全民终身学习活动周开幕式在县文化广场举行，来自各乡镇的三百余名居民参加了活动。"
BODY_TEXT = "为推进学习型社会建设，根据上级有关要求，结合本地实际，现将有关事项通知如下。"


def ctx_of(*lines: str) -> Context:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    return Context(doc)


def title_of(*lines: str) -> str | None:
    ctx = run_all(ctx_of(*lines), ["header"])
    ev = ctx.evidence_map.get("title")
    if ev is not None:
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx.fields.get("title")


def test_welcome_and_login_widgets_are_not_titles() -> None:
    assert title_of(
        "欢迎访问云岭教育资讯网！",
        "注册新用户",
        "《云岭资讯用户服务协议》",
        "登录",
        "当前位置：首页 > 工作动态 > 正文",
        "青川县2024年全民终身学习活动周开幕",
        "发布时间：2024-10-10 09:12  来源：青川县教育局",
        NEWS,
    ) == "青川县2024年全民终身学习活动周开幕"


def test_column_label_above_notice_title_is_furniture() -> None:
    assert page_furniture("通知公告")
    assert page_furniture("新闻动态")
    assert not page_furniture("关于开展社区读书节活动的通知")
    assert title_of(
        "通知公告",
        "关于开展河湾区第五届社区读书节活动的通知",
        "日期：2022-04-02 信息来源：社区学院 点击数：",
        "各街道社区学校：",
        BODY_TEXT,
    ) == "关于开展河湾区第五届社区读书节活动的通知"


def test_headline_glued_to_its_dateline_is_cut_before_the_date() -> None:
    assert title_of(
        "登录",
        "忘记密码？",
        "滨江市2023年全民终身学习活动周在北湖公园启动 2023-11-02     来源：滨江市终身教育中心     阅读数：2048",
        NEWS,
    ) == "滨江市2023年全民终身学习活动周在北湖公园启动"


def test_doc_number_glued_before_the_title_is_not_part_of_it() -> None:
    assert title_of(
        "云政办函〔2021〕17号《云山市人民政府办公室关于建立社区教育联席会议制度的通知》",
        "各区县人民政府：",
        BODY_TEXT,
    ) == "云山市人民政府办公室关于建立社区教育联席会议制度的通知"


def test_title_label_and_number_without_brackets_are_cut() -> None:
    assert title_of(
        "标      题：石政办发2020.05号关于印发石桥县老年教育发展实施方案的通知",
        "各乡镇人民政府：",
        BODY_TEXT,
    ) == "关于印发石桥县老年教育发展实施方案的通知"


def test_title_wrapped_after_a_cited_document_goes_on() -> None:
    assert title_of(
        "东湖省教育厅关于报送《东湖省推进社区教育",
        "发展的若干意见》",
        "落实情况的通知",
        "各市教育局：",
        BODY_TEXT,
    ) == "东湖省教育厅关于报送《东湖省推进社区教育发展的若干意见》落实情况的通知"


def test_title_wrapped_before_its_period_and_genre_goes_on() -> None:
    assert title_of(
        "关于印发西岭市建设学习型城市行动方案",
        "(2024—2026年)的通知",
        "西政办〔2024〕8号",
        "各区人民政府：",
        BODY_TEXT,
    ) == "关于印发西岭市建设学习型城市行动方案(2024—2026年)的通知"


def test_cover_note_without_title_gives_the_plan_title() -> None:
    assert title_of(
        "北原省人民政府办公厅",
        "各市人民政府，省政府各部门：",
        "《北原省社区教育发展规划（2021—2025年）》已经省政府同意，现印发给你们，请认真贯彻执行。",
        "北原省人民政府办公厅",
        "2021年3月8日",
        "北原省社区教育发展规划（2021—2025年）",
        "社区教育是终身教育体系的重要组成部分，为推动社区教育高质量发展，制定本规划。",
    ) == "北原省社区教育发展规划（2021—2025年）"


def test_flattened_notice_inside_a_paragraph() -> None:
    title = title_of(
        "欢迎来到文档分享网",
        "大小:32 KB",
        "1、河口镇发〔2012〕6号关于下发河口镇社区教育工作计划的通知各村委会、镇属各单位:为推进社区教育，"
        "结合我镇实际，制定本计划，现下发给你们，请认真组织实施。",
    )
    assert title == "关于下发河口镇社区教育工作计划的通知"


def test_letter_spaced_flattened_title_is_closed_up() -> None:
    assert clean_value("南河县人民政府办公室关 于 印 发 南 河 县 社 区 教 育 方 案 的通 知") == (
        "南河县人民政府办公室关于印发南河县社区教育方案的通知"
    )
    assert clean_value("学习点亮生活 共建书香社区") == "学习点亮生活 共建书香社区"


def test_repost_headline_gives_the_inner_title() -> None:
    assert title_of("转发《东岳市老年大学协会2022年工作要点》", "2022年是协会换届之年，各会员单位要认真做好以下工作。") == (
        "东岳市老年大学协会2022年工作要点"
    )


def test_title_closed_by_a_full_stop_on_a_template_site() -> None:
    assert title_of(
        "首页 > 范文大全 > 公告",
        "时间:2021-05-03 10:20:11 阅读: 作者:佚名",
        "临江市关于开展第二届书香家庭推荐活动的公告。",
        "为倡导全民阅读，市委宣传部决定开展书香家庭推荐活动，现将有关事项公告如下。",
    ) == "临江市关于开展第二届书香家庭推荐活动的公告"


def test_template_site_repeats_the_title_before_its_first_article() -> None:
    assert title_of(
        "社区学习中心工作计划 社区学习中心工作计划篇一",
        "为做好本年度社区教育工作，结合本社区实际，制定本计划。",
    ) == "社区学习中心工作计划"


def test_portal_headline_without_issuer_gives_way_to_the_full_title() -> None:
    assert title_of(
        "关于公布南湾区优秀社区学校名单的通知",
        "发布时间:2022-06-01 10:00  来源:",
        "南 湾 区 教 育 局 文 件",
        "南湾教〔2022〕15号",
        "南湾区教育局关于公布南湾区优秀社区学校名单的通知",
        "各街道社区学校：",
        BODY_TEXT,
    ) == "南湾区教育局关于公布南湾区优秀社区学校名单的通知"


def test_labels_follow_the_layers_of_a_page_and_are_cached() -> None:
    ctx = ctx_of(
        "欢迎光临长湖社区教育网",
        "首页 > 新闻中心 > 工作动态",
        "长湖区举行社区教育成果展示会",
        "发布日期：2023-05-06  浏览次数：321",
        NEWS,
        "长湖区社区教育成果展.jpg",
        "展示会现场",
        "附件：长湖区社区教育成果名单",
        "长湖区社区教育中心",
        "2023年5月6日",
        "上一篇：长湖区召开老年教育工作会议",
        "版权所有 长湖区社区教育中心 备案号：湘ICP备12345678号",
    )
    labels = [item.label for item in label_lines(ctx)]
    assert labels == [
        FURNITURE, FURNITURE, HEADLINE, DATELINE, BODY, FURNITURE, FURNITURE,
        ATTACHMENT, SIGNATURE, SIGNATURE, FURNITURE, FURNITURE,
    ]
    assert label_lines(ctx) == label_lines(ctx)
    assert ctx.__dict__["_layout"][0] is ctx.text


def test_sidebar_list_of_other_articles_is_furniture() -> None:
    ctx = ctx_of(
        "河西区社区教育工作推进会召开 2023-03-02",
        "河西区老年大学春季开学 2023-02-27",
        "河西区举办亲子阅读活动 2023-02-20",
        "河西区社区教育表彰活动举行",
        "发布时间：2023-03-05",
        NEWS,
    )
    labeled = label_lines(ctx)
    assert [item.label for item in labeled[:3]] == [FURNITURE] * 3
    assert labeled[3].label == HEADLINE


def test_find_title_keeps_its_two_argument_form() -> None:
    from pipeline.extract.header_lines import body_start, lines
    from pipeline.extract.header_title import find_title

    ctx = ctx_of("欢迎光临东坡学习网", "东坡区举办社区读书月活动", "发布时间：2021-04-23", NEWS)
    all_lines = lines(ctx)
    found = find_title(all_lines, body_start(all_lines))
    assert found is not None and found.value == "东坡区举办社区读书月活动"
    assert ctx.text[found.start:found.end] == found.value
