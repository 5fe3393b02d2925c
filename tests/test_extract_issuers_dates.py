"""issuers, issue_date, doc_number and campaign_year in the places real notices put them.

Invented documents of each layout: a cover notice signing before the plan it issues, a
dated line under the title, a portal table, a PDF copy that runs everything together, a
bulletin masthead, republished pages, template placeholders and founding years.
"""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
BODY = "为推进学习型城市建设，根据上级有关要求，结合本地实际，现将有关事项通知如下。"
PLAN = "社区教育是终身教育体系的重要组成部分，对提高居民素质、促进社会和谐具有重要作用。" * 12


def run(*lines: str) -> dict:
    doc = normalize_document(Document.from_blocks([Block("paragraph", line) for line in lines], SRC))
    ctx = run_all(Context(doc), ["header", "dates"])
    assert not [w for w in ctx.warnings if w.startswith("extractor_failed")]
    for ev in ctx.evidence_map.values():
        assert ctx.text[ev.start:ev.end] == ev.text
    return ctx.fields


def test_cover_notice_signs_before_the_plan_it_issues() -> None:
    f = run(
        "关于印发青禾区社区教育实验区建设方案的通知",
        "各街道办事处，区直有关单位：",
        "经区政府同意，现将《青禾区社区教育实验区建设方案》印发给你们，请认真贯彻执行。",
        "青禾市青禾区人民政府办公室",
        "2033年4月9日",
        "青禾区社区教育实验区建设方案",
        *[PLAN] * 4,
    )
    assert f["issue_date"] == "2033-04-09"
    assert f["issuers"] == ["青禾市青禾区人民政府办公室"]


def test_bare_date_closing_a_notice_and_a_seal_mark_between() -> None:
    f = run("关于开展读书月活动的通知", "各学校：", BODY, PLAN, "白石县教育局", "（盖章）", "2034年5月20日")
    assert f["issue_date"] == "2034-05-20"
    assert f["issuers"] == ["白石县教育局"]
    f = run("关于开展读书月活动的通知", "各学校：", BODY, PLAN, "2034年5月21日")
    assert f["issue_date"] == "2034-05-21"


def test_signing_bodies_on_the_line_of_their_date() -> None:
    f = run("关于开展读书月活动的通知", "各学校：", BODY, PLAN, "白石县教育局  白石县文化馆  2034年6月2日")
    assert f["issue_date"] == "2034-06-02"
    assert f["issuers"] == ["白石县教育局", "白石县文化馆"]


def test_signature_after_the_list_it_attaches() -> None:
    f = run("关于成立活动周工作小组的通知", "各学校：", BODY, "附件：", "工作小组名单", "组长 张某", "白石县教育局", "2034年9月3日")
    assert f["issue_date"] == "2034-09-03"


def test_dated_line_under_the_title() -> None:
    f = run("中共青禾市委关于建设学习型城市的意见", "（2031年3月8日）", PLAN)
    assert f["issue_date"] == "2031-03-08"
    assert f["issuers"] == ["中共青禾市委"]


def test_portal_table_generation_date_and_number() -> None:
    f = run(
        "信息索引: | 000A-2032-0007 | 生成日期: | 2032-07-15 | 发文机构: | 示范省教育厅办公室 |",
        "发文字号: | 示教职成厅函〔2032〕31号 | 信息类别: | 成人教育 |",
        "示范省教育厅办公室关于报送老年教育工作情况的通知",
        "各市教育局：",
        BODY,
    )
    assert f["issue_date"] == "2032-07-15"
    assert f["doc_number"] == "示教职成厅函〔2032〕31号"
    assert f["issuers"] == ["示范省教育厅办公室"]


def test_pdf_copy_runs_number_title_and_signature_together() -> None:
    f = run(
        "1、 1青禾县府办发2035307 号青禾县人民政府办公室关于印发青禾县社区教育实施意见的通知各镇人民政府，"
        "县级各部门：现将青禾县社区教育实施意见印发你们，请认真抓好落实。青禾县人民政府办公室2035 年 3 月 6 日 "
        "2青禾县社区教育实施意见为深入推进社区教育，根据上级文件(示教〔2034〕5 号)要求，提出以下意见。"
    )
    assert f["doc_number"] == "青禾县府办发〔2035〕307号"
    assert f["issue_date"] == "2035-03-06"
    assert f["issuers"] == ["青禾县人民政府办公室"]
    assert f["campaign_year"] == 2035


@pytest.mark.parametrize(
    "lines, number",
    [
        (("白石市教育局关于公布社区教育示范街道的通知", "(白教成函[2036]12号)", "各区教育局：", BODY), "白教成函[2036]12号"),
        (("白石市教育局关于公布社区教育示范街道的通知(白教成函〔2036〕13号)", "各区教育局：", BODY), "白教成函〔2036〕13号"),
        (("2、白政发〔2036〕14号关于下发白石镇社区教育规划的通知各村：社区教育是一项系统工程，请认真落实。",), "白政发〔2036〕14号"),
        (("关于开展读书月活动的通知", "各学校：", "根据白教〔2036〕15号文件精神，现将有关事项通知如下。"), None),
    ],
)
def test_doc_number_forms(lines: tuple[str, ...], number: str | None) -> None:
    assert run(*lines)["doc_number"] == number


def test_bulletin_masthead_body_and_date() -> None:
    f = run(
        "白石市全民终身学习活动周简报第3期",
        "白石市全民终身学习工作领导小组办公室",
        "简 报",
        "第 3 期",
        "白石市全民终身学习工作领导小组办  2037年10月12日",
        "10月10日，白石市科协在科技馆举办科普讲座，吸引居民参加。",
    )
    assert f["issuers"] == ["白石市全民终身学习工作领导小组办公室"]
    assert f["issue_date"] == "2037-10-12"
    assert f["doc_number"] is None


def test_republisher_and_portal_owner_are_not_issuers() -> None:
    f = run(
        "发布时间：2038-02-06  来源：白石老年大学",
        "青禾老年大学协会 2038 年工作要点",
        "2038年，协会总体工作思路是：围绕老年教育工作大局，着力加强党的建设，不断提升协会工作能力。",
    )
    assert f["issuers"] == ["青禾老年大学协会"]
    f = run(
        "文  号: 发布机构: 白石县人民政府",
        "白 石 县 人 民 政 府",
        "办  公  室  文  件",
        "白政办发〔2038〕3号",
        "白石县人民政府办公室关于印发社区教育发展方案的通知",
        "各乡镇人民政府：",
        BODY,
    )
    assert f["issuers"] == ["白石县人民政府办公室"]


def test_signature_form_wins_over_the_title_prefix() -> None:
    f = run("教育部关于确定社区教育示范区的通知", "各省教育厅：", BODY, PLAN, "中华人民共和国教育部", "2039年11月2日")
    assert f["issuers"] == ["中华人民共和国教育部"]


@pytest.mark.parametrize(
    "lines, year",
    [
        # placeholders of a template: no year
        (("时间：2040-05-12 22:32:34", "青禾社区××年创建学习型社区工作计划", PLAN), None),
        (("时间：2040-05-12 22:32:34", "建设学习型社区实施方案", PLAN, "具体目标是：20xx年选择3个社区试点。"), None),
        # a page's update time or a listing's deadline field is not the programme's year
        (("“我心中的社区学院”征文活动", "更新时间:2040-05-12", "截止日期:2041-06-30", PLAN), None),
        # a founding year in a news report
        (("青禾网7月14日电 据了解，2000年市妇联启动创建学习型家庭活动以来，每年培训数万名妇女。",), None),
        # a notice reposted years later: the year its text names
        (("时间：2043-03-03 22:08:56", "白石市关于开展第一届“书香之家”推荐评选活动的公告",
          "一、申报时间", "2040年3月12日-2040年3月25日", PLAN), 2040),
        # a national congress greeted in the year it is held
        (("关于举办白石市首届社区摄影比赛的通知", "为喜迎党的十九大胜利召开，宣传终身教育理念，决定举办摄影大赛。"), 2017),
        (("关于举办白石市社区书画展的通知", "为庆祝新中国成立70周年，展示社区教育成果，决定举办书画展。"), 2019),
        # a planning span in the title: the notice's own year
        (("关于印发白石县社区教育发展方案（2041—2043年）的通知", "白政办发〔2042〕2号", "各乡镇：", BODY), 2042),
        # a number the page cut short still dates the notice
        (("白石市社区教育指导中心", "白社教〔2044", "关于评选优秀志愿者的通知", "各区教育局：", BODY), 2044),
    ],
)
def test_campaign_year(lines: tuple[str, ...], year: int | None) -> None:
    assert run(*lines)["campaign_year"] == year


def test_news_dateline_still_dates_a_report() -> None:
    f = run(
        "白石区第五届全民终身学习活动周开幕",
        "2045年10月13日 来源：白石教育网",
        "10月11日上午，白石区第五届全民终身学习活动周开幕式在滨河公园举行。",
    )
    assert f["campaign_year"] == 2045


@pytest.mark.parametrize("line", ["二O三一年五月八日", "2031年5月8号", "2031年5月8日（星期四）", "2031年5月8日 星期四"])
def test_signature_date_lines_in_the_forms_signatures_use(line: str) -> None:
    from pipeline.extract.header_lines import DATE_LINE, cn_year

    m = DATE_LINE.match(line)
    assert m is not None and cn_year(m.group("year")) == 2031
