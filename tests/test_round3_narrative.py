"""Round 3: event dates, organisers, themes and figures in the forms the blind corpora showed.

Fixture texts are invented (other places, people, numbers). Each recall rule comes with a
look-alike that must not be taken: PDF lines wrapped mid-sentence (read across the break,
but not across a closed sentence or before a heading), a week that "持续至" or "至…闭幕",
joint decisions to stage the document's activity, request pronouns and template blanks,
contest headings, and counts that are targets, per-unit allotments, prize places, template
counts or a headline's repeat.
"""
from __future__ import annotations

from typing import Any

import pytest

from models import Block, Document, Evidence, SourceInfo
from pipeline.extract import figures
from pipeline.extract.base import Context
from pipeline.extract.dates import extract as dates_extract
from pipeline.extract.organizers import extract as organizers_extract
from pipeline.extract.theme import extract as theme_extract
from pipeline.extract.wrapped import unwrap, wrapped
from pipeline.normalize.dates import find_dates
from pipeline.normalize.text import normalize_document

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def _ctx(text: str, **fields: Any) -> Context:
    blocks = [Block("paragraph", ln) for ln in text.split("\n")]
    ctx = Context(normalize_document(Document.from_blocks(blocks, SRC)), fields=fields)
    if "title" in fields:
        at = ctx.text.index(fields["title"])
        ctx.evidence_map["title"] = ctx.evidence(at, at + len(fields["title"]))
    return ctx


def event(text: str) -> tuple[str | None, str | None]:
    ctx = _ctx(text)
    out = dates_extract(ctx)
    for ev in out.evidence.values():
        assert isinstance(ev, Evidence) and ctx.text[ev.start:ev.end] == ev.text
    return out.values["event_start"], out.values["event_end"]


def organizers(text: str) -> list[tuple[str, str]]:
    ctx = _ctx(text)
    found = organizers_extract(ctx).values["organizers"]
    for o in found:
        assert ctx.text[o.evidence.start:o.evidence.end] == o.evidence.text == o.name
    return [(o.role, o.name) for o in found]


def theme(text: str) -> str | None:
    ctx = _ctx(text)
    out = theme_extract(ctx)
    ev = out.evidence.get("theme")
    if ev is not None:
        assert ctx.text[ev.start:ev.end] == ev.text == out.values["theme"]
    return out.values["theme"]  # type: ignore[no-any-return]


def counts(text: str, **fields: Any) -> list[tuple[float, str]]:
    ctx = _ctx(text, **fields)
    found = figures.extract(ctx).values["figures"]
    for f in found:
        assert ctx.text[f.evidence.start:f.evidence.end] == f.evidence.text
    return [(f.value, f.unit) for f in found]


# --- lines wrapped by a PDF copy --------------------------------------------------------

def test_a_long_unpunctuated_line_runs_on_into_the_next() -> None:
    text = "为推进学习型城市建设，经研究，决定于2031年11月3日至9日在全县\n开展全民终身学习活动周。"
    assert wrapped(text, text.index("\n"))


@pytest.mark.parametrize(
    "text",
    [
        "为推进学习型城市建设，经研究，决定于2031年11月3日至9日在全县。\n开展全民终身学习活动周。",
        "关于开展全民终身学习活动周的通知\n各乡镇人民政府：",  # a short title line
        "青溪县2031年全民终身学习活动周开幕式隆重举行\n县教育局与县文明办共同举办了本次活动。",  # a headline
        "为推进学习型城市建设，经研究，现将有关事项通知如下工作安排\n二、活动时间",  # a heading follows
        "为推进学习型城市建设，经研究，现将有关事项通知如下工作安排\n　　新的一段从这里开始。",  # indented
    ],
)
def test_closed_lines_headings_and_paragraphs_are_not_wraps(text: str) -> None:
    assert not wrapped(text, text.index("\n"))


def test_unwrapped_spans_map_back_to_the_document() -> None:
    doc = "（一）开幕式。由县教育局主办，南溪职业技术学院承\n办，县图书馆协办本次开幕式活动。"
    lines = [(0, doc.split("\n")[0]), (doc.index("\n") + 1, doc.split("\n")[1])]
    [(run, joined)] = unwrap(doc, lines)
    assert run == [0, 1] and "承办" in joined.text
    at = joined.text.index("县图书馆")
    start, end = joined.span(at, at + 4) or (0, 0)
    assert doc[start:end] == "县图书馆"
    assert joined.span(joined.text.index("承办"), joined.text.index("承办") + 2) is None


# --- event dates ----------------------------------------------------------------------

def test_week_period_read_across_a_wrapped_line() -> None:
    text = (
        "各乡镇人民政府：\n"
        "为推进学习型城市建设，经研究，决定于2031年11月3日至9日在全县\n"
        "开展全民终身学习活动周。现将有关事项通知如下："
    )
    assert event(text) == ("2031-11-03", "2031-11-09")


def test_range_in_a_closed_line_before_another_paragraph_is_not_the_week() -> None:
    text = (
        "经研究，决定于2031年11月3日至9日在全县举办读书征文评选。\n"
        "全民终身学习活动周的安排另行通知。"
    )
    assert event(text) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    ["本届活动周从11月3日持续至9日。", "活动周將從11月3日持續至9日。"],
)
def test_week_that_lasts_from_a_day_until_a_day(sentence: str) -> None:
    text = "11月3日上午，青溪县2031年全民终身学习活动周启动仪式在县文化中心举行。" + sentence
    assert event(text) == ("2031-11-03", "2031-11-09")


def test_lasting_range_is_a_date_range() -> None:
    [mention] = find_dates("从11月3日持续至9日")
    assert mention.is_range and mention.last.day == 9


def test_opening_then_a_bare_closing_day() -> None:
    text = (
        "11月9日，2031年青溪县全民终身学习活动周闭幕式在县会展中心举行。\n"
        "本届活动周于11月3日开幕，至9日闭幕，由县教育局主办。"
    )
    assert event(text) == ("2031-11-03", "2031-11-09")


def test_week_ends_on_a_day_named_in_a_later_sentence() -> None:
    text = (
        "11月4日上午，青溪县2031年全民终身学习活动周开幕式在县广场举行。"
        "县教育局局长出席开幕式。活动周为期一周，至11月10日结束。"
    )
    assert event(text) == ("2031-11-04", "2031-11-10")


def test_a_deadline_during_the_week_does_not_end_it() -> None:
    text = (
        "11月3日上午，青溪县2031年全民终身学习活动周开幕式在县广场举行。"
        "活动周期间，征文作品报送至11月9日止。"
    )
    assert event(text) == ("2031-11-03", "2031-11-03")


# --- organizers -----------------------------------------------------------------------

def test_role_word_split_by_a_wrapped_line() -> None:
    text = (
        "二、主要活动\n"
        "（一）全县开幕式。由县教育局、县文明办主办，南溪职业技术学院承\n"
        "办，11月3日上午在南溪职业技术学院举行。"
    )
    assert organizers(text) == [("主办", "县教育局"), ("主办", "县文明办"), ("承办", "南溪职业技术学院")]


def test_a_request_to_the_addressee_names_no_organizer() -> None:
    assert organizers("现商请贵校协办本次开幕式，请予支持为盼。") == []


def test_a_template_placeholder_names_no_organizer() -> None:
    assert organizers("由市教育局主办，XX社区学院承办。") == [("主办", "市教育局")]


def test_units_deciding_jointly_to_stage_the_activity_host_it() -> None:
    text = "为配合全民终身学习活动周，区教育局、区社区学院决定联合开展“我的读书故事”征文活动。"
    assert organizers(text) == [("主办", "区教育局"), ("主办", "区社区学院")]


def test_a_record_of_another_event_staged_jointly_is_not_hosting() -> None:
    text = "由区妇联、区民政局等4部门联合开展的示范家庭评选日前揭晓，区图书馆获此称号。"
    assert organizers(text) == []


def test_headlines_in_a_related_list_below_the_text_are_not_hosts() -> None:
    text = (
        "三、办好活动周。于10月下旬举办2031年全民终身学习活动周，组织开展开幕式。\n"
        "青溪县教育局\n"
        "【相关阅读】\n"
        "青溪县举办2030年全民终身学习活动周开幕式"
    )
    assert organizers(text) == []


def test_a_hosting_headline_in_the_body_still_counts() -> None:
    assert organizers("青溪县举办2031年全民终身学习活动周开幕式") == [("主办", "青溪县")]


# --- theme ----------------------------------------------------------------------------

def test_contest_theme_under_a_numbered_heading_of_a_call() -> None:
    text = (
        "“我的读书故事”征文启事\n"
        "　　现面向全县开展“我的读书故事”征文活动。现将有关事项公告如下：\n"
        "　　一、征文主题\n"
        "　　读书润心田　奋进新时代\n"
        "　　二、征文对象\n"
        "　　获奖作品将在全民终身学习活动周期间展示。"
    )
    assert theme(text) == "读书润心田 奋进新时代"  # the full-width space normalized


def test_campaign_theme_outranks_a_sub_contest_heading() -> None:
    text = (
        "关于举办2031年全民终身学习活动周的通知\n"
        "一、活动主题\n"
        "学习创造未来\n"
        "二、主要活动\n"
        "（一）征文主题\n"
        "书香满校园"
    )
    assert theme(text) == "学习创造未来"


@pytest.mark.parametrize("blank", ["“____________”", "“＿＿＿＿＿＿”", "XXXXXX"])
def test_a_template_blank_is_no_theme(blank: str) -> None:
    assert theme(f"活动主题：{blank}（按当年全国活动周主题填写）。") is None


# --- figures --------------------------------------------------------------------------

def test_new_work_in_a_plan_is_a_target() -> None:
    text = "一、完善学习网络。全县9个乡镇均已建立学习中心，今年重点建设村级学习点，新建学习点35个。"
    assert counts(text, doc_type="plan") == [(9, "个")]


def test_new_work_reported_is_a_result() -> None:
    assert counts("今年全县新建学习点35个。", doc_type="summary") == [(35, "个")]


def test_a_per_unit_allotment_is_a_quota() -> None:
    assert counts("各县教育局各选派2个学习型家庭和2个学习型社区代表参加开幕式。", doc_type="notice") == []


def test_a_total_organised_is_a_count() -> None:
    assert counts("各县教育局共组织了42个学习型家庭参加开幕式。", doc_type="news") == [(42, "个")]


def test_prize_places_a_contest_sets_are_a_quota() -> None:
    assert counts("大赛设一等奖4名、二等奖8名、三等奖12名，优秀奖若干名。", doc_type="notice") == []


def test_prizes_awarded_are_counts() -> None:
    text = "经综合考评，分别确定优秀组织奖15个、组织奖6个，现将名单予以公布。"
    assert counts(text, doc_type="notice") == [(15, "个"), (6, "个")]


def test_a_listing_names_the_designated() -> None:
    title = "2031年百姓学习之星拟推荐名单公示"
    text = title + "\n经各乡镇推荐、专家评审，拟推荐以下6位同志为2031年度百姓学习之星，拟推荐7个项目为品牌项目。"
    assert counts(text, doc_type="notice", title=title) == [(6, "位"), (7, "个")]


def test_a_call_asking_for_nominations_sets_a_quota() -> None:
    title = "关于推荐2031年度百姓学习之星的通知"
    text = title + "\n请各县拟推荐6位同志为百姓学习之星候选人。"
    assert counts(text, doc_type="notice", title=title) == []


def test_a_target_after_the_current_rate_is_left_out() -> None:
    text = "全区社区教育参与率为38.5%，距省定目标65%尚有差距。"
    assert counts(text, doc_type="summary") == [(38.5, "%")]


def test_a_template_sites_count_of_samples_is_no_figure() -> None:
    assert counts("2031年全民终身学习活动周实施方案（通用7篇）", doc_type="plan") == []
    assert counts("活动期间各级媒体刊发报道12篇。", doc_type="summary") == [(12, "篇")]


def test_a_headline_count_repeated_in_the_body_is_one_figure() -> None:
    title = "青溪县活动周开幕 800余名市民共享学习成果"
    text = title + "\n开幕式上，县领导为10个学习型社区授牌，现场吸引800余名市民参加。"
    assert counts(text, doc_type="news", title=title) == [(800, "名"), (10, "个")]


def test_same_number_of_different_things_in_the_body_stays_twice() -> None:
    text = "会上表彰了12个学习型社区，另有12个街道获评示范街道。"
    assert counts(text, doc_type="news") == [(12, "个"), (12, "个")]


def test_place_names_that_begin_like_a_pronoun_stay_names() -> None:
    assert organizers("由贵阳市教育局主办，贵州开放大学承办本次活动。") == [
        ("主办", "贵阳市教育局"), ("承办", "贵州开放大学")]


def test_a_sub_contest_heading_of_a_week_notice_is_not_the_theme() -> None:
    text = (
        "关于举办2031年全民终身学习活动周的通知\n"
        "一、主要活动\n"
        "（一）征文主题\n"
        "书香满校园"
    )
    assert theme(text) is None
