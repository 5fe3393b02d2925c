"""Round 4 header classes (doc_type, title, issuers, issue_date) found by blind corpora.

Each test is the form of a genre in invented wording (other places, people, numbers), with a
look-alike that must not be taken for it: a bulletin masthead set over letter-spaced lines, a
cover notice carrying a short plan, an interview, a research report, a portal menu bar, a
traditional mirror's signature and an institution's news page closing on its signature.
"""
from __future__ import annotations

from typing import Any

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
PARA = "活动周期间，各乡镇组织专家深入村组开展实用技术讲座，群众反响热烈，参与热情高涨，效果良好。"


def run(*lines: str) -> dict[str, Any]:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header", "dates"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for ev in ctx.evidence_map.values():
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx.fields


# ---------------------------------------------------------------- bulletin mastheads

BULLETIN_ITEMS = (
    "【本期要目】",
    "●青岭镇：农技课堂进田间",
    "●县老年大学：书法作品展开展",
    "青岭镇：农技课堂进田间",
    "10月15日，青岭镇社区学校邀请农技人员在田间开讲，村民一百余人参加。",
    "县老年大学：书法作品展开展",
    "10月16日，县老年大学在文化馆举办书法作品展，展出作品八十余件。",
)


def test_letter_spaced_bulletin_masthead_is_a_summary_with_its_name_as_title() -> None:
    f = run("栖霞县全民终身学习活动周", "简　　报", "第　5　期",
            "栖霞县活动周组委会办公室　　　　　2033年10月18日", *BULLETIN_ITEMS)
    assert f["doc_type"] == "summary"
    assert f["title"] == "栖霞县全民终身学习活动周简报"
    assert f["issuers"] == ["栖霞县活动周组委会办公室"]
    assert f["issue_date"] == "2033-10-18"


def test_traditional_masthead_with_bracketed_issue_and_spaced_compiler_mark() -> None:
    f = run("雲岭區全民終身學習活動週", "簡　報", "（第4期）", "青州市雲岭區教育局　編　　　　2034年11月3日", *BULLETIN_ITEMS)
    assert f["doc_type"] == "summary"
    assert f["title"] == "云岭区全民终身学习活动周简报"
    assert f["issuers"] == ["青州市云岭区教育局"]
    assert f["issue_date"] == "2034-11-03"


def test_body_name_above_the_issue_mark_is_the_compiler_not_the_title() -> None:
    f = run("栖霞县社区教育工作领导小组办公室", "简 报", "第 2 期",
            "10月15日，青岭镇社区学校邀请农技人员在田间开讲，村民一百余人参加。")
    assert f["title"] != "栖霞县社区教育工作领导小组办公室简报"
    assert f["issuers"] == ["栖霞县社区教育工作领导小组办公室"]


def test_bulletin_of_one_report_without_a_contents_box_stays_news() -> None:
    f = run("栖霞县全民终身学习活动周", "简　　报", "第　1　期", "栖霞县教育局编　　　2033年10月14日",
            "10月13日上午，栖霞县2033年全民终身学习活动周开幕式在县文化广场举行，副县长致辞。")
    assert f["doc_type"] == "news"


# ---------------------------------------------------------------- cover notices carrying a plan

def _cover(verb: str, plan: str) -> tuple[str, ...]:
    return (f"桐岭县教育局关于{verb}《{plan}》的通知", "各乡镇中心校，县直各学校：",
            f"现将《{plan}》印发给你们，请结合实际抓好落实。", plan)


def test_cover_notice_with_a_short_laid_out_plan_is_a_plan() -> None:
    lines = _cover("印发", "桐岭县2035年老年教育工作要点")
    body = ("一、完善办学网络", "全县已建成老年学校九所，年内新建乡镇老年学校三所，村级学习点覆盖率进一步提高，办学条件持续改善。",
            "二、丰富课程供给", "依托县老年大学开设网上课堂，推动优质课程向乡镇延伸，满足老年人多样化学习需求，各校抓好落实。")
    assert run(*lines, *body)["doc_type"] == "plan"
    # look-alike: the cover's one-line gist items are no plan text
    gist = ("一、完善办学网络。", "二、丰富课程供给。", "桐岭县教育局", "2035年3月2日")
    assert run(*lines[:3], *gist)["doc_type"] == "notice"


def test_joint_cover_notice_signed_by_four_bodies_carrying_its_plan_is_a_plan() -> None:
    plan = "2036年桐岭县全民终身学习活动周实施方案"
    f = run(f"关于联合印发《{plan}》的通知", "各乡镇人民政府，县直各有关单位：",
            f"现将《{plan}》印发给你们，请认真贯彻执行。",
            "桐岭县教育局", "中共桐岭县委宣传部", "桐岭县总工会", "共青团桐岭县委", "2036年9月20日",
            plan, "一、活动主题", "学习创造美好生活。", "二、时间安排", "10月中下旬为全县活动周。" + PARA,
            "三、有关要求", "请于10月5日前报送活动安排，截止日期后不再受理。" + PARA)
    assert f["doc_type"] == "plan"


# ---------------------------------------------------------------- interviews and retrospectives

def test_interview_on_a_news_site_is_other_with_its_subtitle_joined() -> None:
    f = run("石岭新闻网　>　首页　>　本网专访", "学习让山城更有温度", "——访石岭市教育局副局长韩明远",
            "2032-10-20 09:10　来源：石岭新闻网　记者 苗青　　阅读：880",
            "记者：今年的活动周有什么新变化？", "韩明远：今年我们把课堂搬进了社区和村头，方便群众就近学习。",
            "记者：下一步有哪些打算？", "韩明远：我们将继续完善社区学校网络，让更多居民受益。")
    assert f["doc_type"] == "other"
    assert f["title"] == "学习让山城更有温度——访石岭市教育局副局长韩明远"


def test_retrospective_subtitle_is_joined_but_a_profile_subtitle_is_not() -> None:
    f = run("十载深耕 学习花开", "——石岭市全民终身学习活动周十年回眸", "本报记者　苗青",
            "2022年，石岭市第一次举办全民终身学习活动周，如今活动已覆盖全市各区县。")
    assert f["title"] == "十载深耕 学习花开——石岭市全民终身学习活动周十年回眸"
    f = run("银发课堂别样红", "——记石岭市松溪镇老年学校", "来源：石岭新闻网 2032-06-02",
            "近日，记者走进石岭市松溪镇老年学校，只见教室里座无虚席，学员正跟着老师练习书法。")
    assert f["title"] == "银发课堂别样红"


def test_research_report_is_other_and_its_group_byline_is_the_issuer() -> None:
    f = run("关于我县老年教育发展情况的调研报告", "桐岭县教育局调研组",
            "为了解全县老年教育现状，调研组深入各乡镇，通过座谈、问卷等方式进行了调研。现将调研情况报告如下。",
            "一、基本情况", PARA)
    assert f["doc_type"] == "other"
    assert f["issuers"] == ["桐岭县教育局调研组"]
    # look-alike: a campaign's own 情况报告 is a summary
    f = run("关于我县全民终身学习活动周开展情况的报告", "县政府：", "现将活动周开展情况报告如下。", "一、基本情况", PARA)
    assert f["doc_type"] == "summary"


# ---------------------------------------------------------------- portal menus, signatures

def test_portal_menu_bar_under_the_site_name_is_not_the_title() -> None:
    f = run("梅岭区人民政府 | 青州市梅岭区", "首页  政务公开  通知公告", "发布时间：2031-10-12  浏览量：300",
            "青 州 市 梅 岭 区 教 育 局", "梅教发〔2031〕88号", "关于开展2031年梅岭区全民终身学习活动周",
            "暨社区教育成果展示活动的通知", "各街道社区教育分校，区直各学校：", "为推进学习型城区建设，现将有关事项通知如下：")
    assert f["title"] == "关于开展2031年梅岭区全民终身学习活动周暨社区教育成果展示活动的通知"


def test_traditional_signature_of_a_prefecture_office_with_chinese_numeral_date() -> None:
    f = run("關於舉辦全民終身學習活動週的通知", "各縣（市）教育局：", "為推進學習型社會建設，現將有關事項通知如下。" * 3,
            "　　　　　　　　　　青原地區行政公署", "　　　　　　　　　　二〇〇九年九月十日")
    assert f["issuers"] == ["青原地区行政公署"]
    assert f["issue_date"] == "2009-09-10"


def test_institution_news_page_closing_on_its_signature_has_an_issue_date() -> None:
    lead = "11月3日，我院召开学习型社区建设座谈会，各街道社区教育分校负责人参加会议，交流了工作经验。"
    f = run("梅岭社区学院", "学院新闻", "我院召开学习型社区建设座谈会", lead, PARA,
            "　　　　　　　　梅岭社区学院", "　　　　　　　　二〇一一年十一月五日")
    assert f["doc_type"] == "news"
    assert f["issue_date"] == "2011-11-05"
    assert f["issuers"] == []
    # look-alike: a bare date closing a report is the page's time, not a signature
    f = run("我院召开学习型社区建设座谈会", lead, PARA, "2011年11月5日")
    assert f["issue_date"] is None
