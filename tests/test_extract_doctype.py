"""doc_type from cues across the whole text: each genre as pages write it, in invented wording.

Every case names places, people and numbers that occur in no corpus document; the point is
the genre's form (a cover notice carrying its plan, a news lead, a call's terms, a summary's
headings), not any one page.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.extract.header_doctype import genre_of
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
PLAN_BODY = (
    "为加快建设学习型社会，结合本县实际，特制定本实施方案。",
    "一、指导思想",
    "以提高居民素质为目标，统筹各类教育资源，完善终身教育体系，推进社区教育内涵发展。",
    "二、工作目标",
    "到2035年，全县乡镇社区教育中心覆盖率达到百分之百，村级教学点普遍建立并正常运转。",
    "三、主要任务",
    "（一）健全社区教育网络。县、乡、村三级办学网络进一步完善，各类学校向居民开放。",
    "四、保障措施",
    "加强组织领导，落实经费保障，建立督导评估制度，确保各项任务按期完成并取得实效。",
)


def run(*lines: str) -> Context:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    return ctx


def kind(*lines: str) -> str:
    return str(run(*lines).fields["doc_type"])


def evidence(*lines: str) -> str:
    ctx = run(*lines)
    ev = ctx.evidence_map["doc_type"]
    assert ctx.text[ev.start:ev.end] == ev.text
    return ev.text


# ---------------------------------------------------------------- cover notices


def test_cover_notice_carrying_its_plan_is_a_plan() -> None:
    lines = ("云溪县人民政府办公室关于印发云溪县社区教育提升行动方案的通知", "各乡镇人民政府，县直各部门：",
             "现将《云溪县社区教育提升行动方案》印发给你们，请认真组织实施。", "云溪县人民政府办公室",
             "2034年4月2日", "云溪县社区教育提升行动方案", *PLAN_BODY)
    assert kind(*lines) == "plan"
    assert "印发" in evidence(*lines)


def test_cover_notice_without_the_plan_text_stays_a_notice() -> None:
    lines = ("关于印发《云溪县社区教育提升行动方案》的通知", "各乡镇人民政府：",
             "现将《云溪县社区教育提升行动方案》印发给你们，请认真组织实施。", "云溪县教育局", "2034年4月2日")
    assert kind(*lines) == "notice"


def test_forwarded_opinion_and_untitled_cover_with_spaced_letterhead() -> None:
    assert kind("关 于 转 发 《 关 于 推 进 老 年 教 育 发 展 的 意 见 》 的 通 知", "各区县：",
                "现将《关于推进老年教育发展的意见》转发给你们，请结合实际贯彻执行。", "关于推进老年教育发展的意见",
                "为推动老年教育健康发展，现就有关工作提出如下意见。", *PLAN_BODY[1:]) == "plan"
    # no title at all: the cover sentence and the plan's own title line
    assert kind("各乡镇人民政府：", "《山岚镇学习型乡镇建设规划（2031—2035年）》已经镇政府同意，现印发给你们。",
                "山岚镇人民政府", "2031年3月9日", "山岚镇学习型乡镇建设规划（2031—2035年）", *PLAN_BODY) == "plan"


def test_notice_reporting_on_a_cited_opinion_is_a_notice() -> None:
    assert kind("某省教育厅办公室关于报送《关于推进社区教育发展的意见》", "落实情况的通知", "各市教育局：",
                "《意见》印发后，各地认真贯彻落实。请于2032年6月30日前报送落实情况。", "特此通知。") == "notice"


@pytest.mark.parametrize(
    ("title", "expected"),
    [("中共青岚市委关于加快建设学习型城市的决定", "plan"),
     ("青岚市教育局关于表彰2031年全民终身学习活动周先进单位的决定", "notice"),
     ("青岚老年大学2032年春季招生简章", "notice"), ("“乐学青岚”主题征文启事", "notice"),
     ("青岚区2031年“百姓学习之星”拟推荐人选名单", "notice"), ("青岚区社区学院简介", "other"),
     ("青岚区2031年全民终身学习活动周总结报告", "summary"), ("青岚市社区教育三年行动计划（2031—2033年）", "plan")],
)
def test_genre_named_by_the_title(title: str, expected: str) -> None:
    assert kind(title, "根据上级有关要求，结合本地实际，现将有关事项说明如下。") == expected


def test_genre_word_inside_book_marks_does_not_count() -> None:
    assert genre_of("关于报送《某某规划》贯彻情况的通知") == ("notice", "通知")
    assert genre_of("某区2031年全民终身学习活动周简报（第3期）") == ("summary", "简报")


# ---------------------------------------------------------------- news


@pytest.mark.parametrize(
    "lead",
    ["本报讯（记者 柳青禾）11月3日，松河区老年大学举行2031年秋季开学典礼。",
     "松河网11月3日电 松河区2031年全民终身学习活动周启动仪式昨日在区文化中心举行。",
     "近日，松河区社区学院组织开展“智慧助老”培训，帮助老年人跨越数字鸿沟。",
     "日前，松河区被评为全国学习型城市建设示范区。",
     "2031年11月3日上午，邻省考察团一行来到松河区，调研社区教育工作。",
     "松河区2031年全民终身学习活动周开幕式在区图书馆隆重举行。"],
)
def test_untitled_news_leads(lead: str) -> None:
    assert kind(lead, "活动现场，居民代表分享了学习心得，区教育局负责人出席并讲话。") == "news"


def test_news_about_a_call_is_news() -> None:
    lines = ("2031年“书香松河”系列评选活动启动", "来源：松河日报 编辑：方若溪",
             "松河日报消息，记者从区文明办获悉，2031年“书香松河”系列评选活动即日启动。",
             "本次评选设5个类别，推荐条件详见区文明办网站，推荐截止日期为2031年5月20日。", "责任编辑：叶知秋")
    assert kind(*lines) == "news"
    assert "消息" in evidence(*lines)


def test_news_about_a_list_notice_is_news() -> None:
    assert kind("松河区命名授牌36个“学习型社区”", "发布时间：2031-12-01 来源：松河在线",
                "近日，区学习型城市建设指导委员会下发《关于公布2031年“学习型社区”名单的通知》，"
                "授予36个社区“学习型社区”称号。", "（松河区教育局）") == "news"


def test_visit_and_meeting_reports_are_news() -> None:
    assert kind("6月8日上午，柳岸县老教委主任一行来到我区，参观竹溪镇老年学校远程教育工作。",
                "区老教委负责人陪同参观。", "（竹溪镇老干部站）") == "news"
    assert kind("竹溪街道召开2031年社区教育工作推进会", "发布时间：2031/11/20 浏览量：302次",
                "2031年11月20日上午，竹溪街道社区教育工作推进会在街道会议室召开。") == "news"


def test_closing_headline_is_news_with_a_lead_and_summary_without() -> None:
    assert kind("柳河区2031年全民终身学习活动周圆满落幕", "近日，柳河区2031年全民终身学习活动周落下帷幕。") == "news"
    assert kind("柳河区2031年全民终身学习活动周圆满结束", "在区委区政府的领导下，今年活动周各项工作有序开展。",
                "一、领导重视，部署及时", "二、主要成效") == "summary"


# ---------------------------------------------------------------- calls, summaries, the rest


def test_untitled_call_is_a_notice() -> None:
    assert kind("为展示老年学员风采，首届柳川老年摄影展将于5月在市美术馆举办，现面向社会征集摄影作品。",
                "征稿范围为本市60岁以上摄影爱好者，每人限投2幅。", "截稿日期：2032年4月10日。") == "notice"


def test_summary_title_beats_narrative_lead() -> None:
    assert kind("竹溪县2031年全民终身学习活动周工作总结", "10月20日上午，竹溪县2031年全民终身学习活动周开幕式在县广场举行。",
                "活动周期间，全县共开展各类活动120余场。") == "summary"


def test_untitled_summary_by_its_phrase_and_headings() -> None:
    assert kind("10月20日至26日，我县开展了2031年全民终身学习活动周，现将有关情况总结如下：",
                "一、主要做法", "二、取得成效", "三、存在问题") == "summary"


def test_compiled_bulletin_is_a_summary() -> None:
    assert kind("竹溪县全民终身学习活动周简报第2期", "简 报", "编者按：活动周启动以来，各单位积极行动，现将部分单位活动情况编发于后。",
                "县图书馆", "10月20日，县图书馆开展流动借阅进社区活动。",
                "县科协", "10月21日，县科协举办健康科普讲座。", "10月22日，县老年大学举办学员作品展。") == "summary"


def test_speech_and_paper_are_other() -> None:
    assert kind("同志们：", "今天我们在这里召开全民终身学习活动周动员会，主要任务是部署今年的工作。") == "other"
    assert kind("社区教育治理的实践路径探析", "摘要：本文从治理视角分析社区教育的发展路径。", "关键词：社区教育；治理",
                "一、问题的提出") == "other"


def test_text_without_any_cue_is_other() -> None:
    assert kind("学习使人进步，阅读丰富人生。") == "other"


def test_repost_of_a_document_takes_the_reposted_genre() -> None:
    assert kind("转发《青岚市老年大学协会2032年工作要点》", "编辑日期：2032-2-6 来源：青岚老年大学",
                "青岚市老年大学协会2032年工作要点", "2032年，协会工作的总体思路是：巩固成果，提升质量。") == "plan"


def test_headline_reporting_a_speech_is_news_but_a_speech_text_is_other() -> None:
    assert kind("副市长在青岚市终身学习活动周开幕式上致辞", "11月2日上午，青岚市终身学习活动周开幕式在市民中心举行。") == "news"
    assert kind("在青岚市终身学习活动周开幕式上的讲话", "尊敬的各位来宾，同志们：", "今天，我们在这里隆重集会。") == "other"


def test_enrolment_page_without_a_genre_title_is_a_notice() -> None:
    assert kind("青岚老年大学2032年秋季招生", "一、招生对象", "本市60周岁以上、身体健康的老年人。", "二、招生专业",
                "书法、国画、声乐、摄影等。", "三、报名地点", "学校教务处，报名须知详见学校公众号。") == "notice"


def test_notice_narrating_a_past_week_under_its_addressee_stays_a_notice() -> None:
    assert kind("各县区教育局，局属各单位：",
                "10月16日至22日，我市成功举办了2031年全民终身学习活动周。经综合考评，确定一批先进单位，现将名单予以公布。",
                "附件：先进单位名单", "青岚市教育局", "2031年11月2日") == "notice"


def test_schedule_table_rows_are_not_headlines() -> None:
    assert kind("2031年青岚区全民终身学习活动周活动安排", "序号\t活动名称\t时间\t地点",
                "1\t活动周开幕式\t10月16日上午\t区文化广场", "2\t闭幕暨表彰大会\t10月22日下午\t区会议中心",
                "3\t成果展示活动\t10月18日全天\t区图书馆") == "plan"
