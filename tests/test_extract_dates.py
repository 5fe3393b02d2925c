"""issue_date, event_start/event_end and fuzzy_dates on synthetic documents of each genre."""
from __future__ import annotations

from typing import Any

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.dates import extract

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)
BODY = "为推进学习型城市建设，现将有关事项通知如下。各单位要高度重视，精心组织，认真落实各项工作要求，确保活动取得实效。"


def ctx_of(text: str, **fields: Any) -> Context:
    return Context(Document.from_blocks([Block("paragraph", line) for line in text.split("\n")], SRC), fields=fields)


def run(text: str, **fields: Any) -> dict[str, Any]:
    ctx = ctx_of(text, **fields)
    out = extract(ctx)
    for name, ev in out.evidence.items():
        assert ctx.text[ev.start : ev.end] == ev.text, name
    for item in out.values.get("fuzzy_dates", []):
        ev = item["evidence"]
        assert ctx.text[ev.start : ev.end] == ev.text
    return out.values


NOTICE = "\n".join([
    "青山市教育局",
    "关于举办2031年全民终身学习活动周的通知",
    "各区教育局：",
    BODY,
    "一、活动主题",
    "“学习点亮生活”。",
    "二、活动时间",
    "2031年10月14日—10月20日。",
    BODY,
    "附件：1.活动安排表",
    "青山市教育局",
    "{date}",
    "青山市教育局办公室        2031年9月20日印发",
    "附件1：",
    "活动安排表",
    "2031年11月2日",
])


@pytest.mark.parametrize(
    ("date", "iso"),
    [("2031年9月12日", "2031-09-12"), ("二〇三一年九月十二日", "2031-09-12"),
     ("                     2031年9月12日", "2031-09-12"), ("二○三一年十二月三十一日", "2031-12-31")],
)
def test_issue_date_is_the_signature_date_not_printing_or_attachment(date: str, iso: str) -> None:
    assert run(NOTICE.format(date=date))["issue_date"] == iso


def test_issue_date_on_the_signing_body_line() -> None:
    text = f"各成员单位：\n{BODY}\n{BODY}\n青山市终身教育促进委员会办公室 2030年3月5日"
    assert run(text)["issue_date"] == "2030-03-05"


def test_only_a_printing_line_gives_no_issue_date() -> None:
    text = f"各成员单位：\n{BODY}\n{BODY}\n青山市教育局办公室     2030年3月5日印发"
    assert run(text)["issue_date"] is None


def test_metadata_date_beats_web_publish_time() -> None:
    text = f"发布时间：2029-09-13 10:52\n公文生成日期：2029-09-06\n关于开展活动的通知\n{BODY}"
    assert run(text)["issue_date"] == "2029-09-06"
    assert run(f"发布日期: 2029-09-13\n关于开展活动的通知\n{BODY}")["issue_date"] is None


def test_news_has_no_signature_date() -> None:
    text = f"本市活动周开幕\n{BODY}\n{BODY}\n2029年11月3日"
    assert run(text, doc_type="news")["issue_date"] is None


def test_event_period_under_time_heading() -> None:
    out = run(NOTICE.format(date="2031年9月12日"))
    assert (out["event_start"], out["event_end"]) == ("2031-10-14", "2031-10-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "本市于10月21日–27日举办了“2030年全民终身学习活动周”。",
        "本届活动周时间为10月21日至27日，主题是“学习点亮城乡”。",
        "（二）时间：10月21日至27日。",
        "10月21日—10月27日，我区成功举办了全民终身学习推进周活动。",
    ],
)
def test_event_period_forms_take_the_context_year(sentence: str) -> None:
    text = f"一、主题和时间\n{sentence}\n{BODY}"
    out = run(text, context_year=2030)
    assert (out["event_start"], out["event_end"]) == ("2030-10-21", "2030-10-27")


def test_without_context_year_the_nearest_written_year_is_used() -> None:
    text = f"2027年工作要点\n{BODY}\n本届活动周时间为11月3日至9日。"
    out = run(text)
    assert (out["event_start"], out["event_end"]) == ("2027-11-03", "2027-11-09")


@pytest.mark.parametrize(
    "news",
    [
        "11月6日，为宣传终身学习理念，本市2029年全民终身学习活动周在市民广场启动。",
        "11月6日上午，2029年全省全民终身学习活动周总开幕式在青山市举行。",
        "今天(11月6日)，2029年全民终身学习活动周开幕式在市图书馆举行。",
        "全市学习活动周开幕式定于11月6日在市民中心举行。",
        "11月6日，全区全民终身学习活动周启动仪式暨表彰大会隆重召开。",
    ],
)
def test_ceremony_day_gives_a_one_day_event(news: str) -> None:
    out = run(f"本市活动周启动 2029年11月9日\n{news}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-11-06", "2029-11-06")


def test_a_period_wins_over_the_ceremony_day() -> None:
    text = "10月13日下午，本乡2029年全民终身学习活动周启动仪式在乡政府举行。\n本届活动周时间为11月3日至9日。"
    out = run(text, context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-11-03", "2029-11-09")


@pytest.mark.parametrize(
    "text",
    [
        "一、主题和时间\n（二）时间：活动周全市开幕式定于11月中旬在青山区举行。",
        "全国总开幕式定于10月第四周在某市举行，各地在总开幕式前后一个月内自行安排。",
        "活动周开幕式拟于11月中旬在市民广场举行。",
        "活动周开幕式定于11月2日前后在市民广场举行。",
        "报名时间为2029年8月3日至8月24日，活动周期间将集中展示。",
        "1月10日，老年大学第23届学员毕业典礼召开。",
        "活动周期间，10月18日至20日将举办书画比赛。",
        "10月8日，市教育局召开全民终身学习活动周筹备会，部署启动仪式各项工作。",
    ],
)
def test_fuzzy_tentative_and_other_events_give_no_event_date(text: str) -> None:
    out = run(f"{text}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == (None, None)


def test_fuzzy_times_for_the_week_are_kept_with_precision() -> None:
    text = "活动周开幕式拟定于2029年12月上旬举行。各地于12月26日前自行安排本级活动周。\n老年大学于3月中旬开学。"
    fuzzy = run(text)["fuzzy_dates"]
    assert [(f["text"], f["precision"], f["tentative"]) for f in fuzzy] == [("拟定于2029年12月上旬", "dekad", True)]


def test_ceremony_day_set_in_the_sentence_after_the_week() -> None:
    text = "全市活动周于11月中旬举办，具体时间由各区自定。全市开幕式将于11月12日在市民中心举行。"
    out = run(f"{text}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-11-12", "2029-11-12")


def test_ceremony_of_another_event_after_the_week_gives_no_day() -> None:
    text = "活动周期间将举办多项活动。书法大赛开幕式将于11月12日在文化馆举行。"
    out = run(f"{text}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == (None, None)


def test_opening_day_and_the_day_the_week_lasts_until() -> None:
    text = "9月20日上午，某区第五届全民终身学习活动周在区图书馆开幕。本届活动周将持续至9月26日。"
    out = run(f"{text}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-09-20", "2029-09-26")


def test_a_planned_ceremony_day_gives_the_day_and_is_flagged_tentative() -> None:
    out = run(f"活动周开幕式拟于11月2日在市民广场举行。\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-11-02", "2029-11-02")
    assert [(f["precision"], f["tentative"]) for f in out["fuzzy_dates"]] == [("day", True)]


def test_week_raising_its_curtain_and_lasting_until_a_day() -> None:
    text = "9月18日，某区2029年全民终身学习活动周在区文化广场拉开帷幕。据悉，活动周将持续到9月24日。"
    out = run(f"{text}\n{BODY}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-09-18", "2029-09-24")


def test_range_opening_a_summary_sentence_dates_the_week() -> None:
    text = "2029年9月3日至9日，某街道社区教育中心以“终身学习 幸福生活”为主题，组织开展了全民终身学习活动周系列活动。"
    out = run(f"{text}\n{BODY}")
    assert (out["event_start"], out["event_end"]) == ("2029-09-03", "2029-09-09")
    out = run(f"按照区教育局的统一部署，{text}\n{BODY}")
    assert (out["event_start"], out["event_end"]) == ("2029-09-03", "2029-09-09")


def test_range_opening_a_submission_sentence_is_not_the_week() -> None:
    text = ("2029年9月3日至9日，各街道社区学校、老年学校、老年大学和其他有关单位要按照本通知的统一格式和要求，"
            "将全民终身学习活动周成果材料报送至某街道社区教育中心备案。")
    out = run(f"{text}\n{BODY}")
    assert (out["event_start"], out["event_end"]) == (None, None)


@pytest.mark.parametrize(
    "closing",
    [
        "10月28日，为期一周的本市2029年全民终身学习活动周在市图书馆闭幕。本届活动周于10月22日开幕。",
        "10月28日下午，全区2029年终身学习活动周落下帷幕。\n本届活动周于10月22日在区文化馆启动。",
    ],
)
def test_closing_report_recalling_the_opening_gives_the_week(closing: str) -> None:
    out = run(f"活动周闭幕\n{closing}", context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-10-22", "2029-10-28")


def test_a_closing_day_far_from_the_opening_does_not_end_the_week() -> None:
    text = "10月22日，本市2029年全民终身学习活动周开幕。\n12月28日，本市2029年学习型城市建设活动周闭幕。"
    out = run(text, context_year=2029)
    assert (out["event_start"], out["event_end"]) == ("2029-10-22", "2029-10-22")


def test_launch_of_one_activity_of_the_week_is_not_its_opening() -> None:
    part = "10月22日，作为本市2031年全民终身学习活动周的重要内容，“书香进社区”启动仪式在市图书馆举行。"
    out = run(f"书香进社区启动\n{part}", context_year=2031)
    assert (out["event_start"], out["event_end"]) == (None, None)
    whole = "10月22日，本市2031年全民终身学习活动周启动仪式在市图书馆举行。"
    out = run(f"活动周启动\n{whole}", context_year=2031)
    assert (out["event_start"], out["event_end"]) == ("2031-10-22", "2031-10-22")


@pytest.mark.parametrize("gap", ["　　　　", " ", "  "])
def test_bulletin_masthead_date_is_the_issue_date(gap: str) -> None:
    text = f"全民终身学习活动周简报\n第2期\n青山市教育局编{gap}2031年10月24日\n10月22日上午，青山市活动周开幕。"
    assert run(text, doc_type="news")["issue_date"] == "2031-10-24"
    plain = "青山市活动周开幕\n2031年10月24日\n10月22日上午，青山市活动周开幕。"
    assert run(plain, doc_type="news")["issue_date"] is None
