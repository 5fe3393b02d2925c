"""Submission deadlines: each written form, what and recipient, year from context, dedup."""
from __future__ import annotations

from typing import Any

import pytest

from models import Block, Deadline, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.deadlines import extract

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def deadlines(text: str, **fields: Any) -> list[Deadline]:
    ctx = Context(Document.from_blocks([Block("paragraph", line) for line in text.split("\n")], SRC), fields=fields)
    found: list[Deadline] = extract(ctx).values["deadlines"]
    for d in found:
        assert ctx.text[d.evidence.start : d.evidence.end] == d.evidence.text
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "各县区于10月30日前报送活动周工作方案。",
        "请于10月30日之前上报活动总结。",
        "各单位10月30前将活动方案送市终身学习指导中心。",
        "推荐候选人于10月30日前，由工作小组遴选后向上推荐。",
        "于10月30日前自行安排本级活动周的时间和形式。",
        "征稿截止时间：10月30日",
        "征文于10月30日截止。",
        "报名时间为10月20日——10月30日。",
        "公示时间：从10月28日起至30日止，共3个工作日",
        "注：此表盖章后于2029年10月30日前发至邮箱。",
        "请各区县于10月30日17:00前将汇总表报送市教育局。",
        "网上申报于10月30日下午5时截止。",
    ],
)
def test_deadline_forms(sentence: str) -> None:
    assert [d.date for d in deadlines(sentence, context_year=2029)] == ["2029-10-30"]


def test_what_and_recipient_of_a_send_instruction() -> None:
    (d,) = deadlines("各单位务必于11月20日前将《活动情况统计表》（附件2）发送至区教育局职教科邮箱：a@b.cn。",
                     context_year=2029)
    assert (d.what, d.recipient) == ("《活动情况统计表》（附件2）", "区教育局职教科邮箱")


def test_object_before_the_date() -> None:
    (d,) = deadlines("并将活动总结和照片于10月31日前送市终身学习指导中心。", context_year=2029)
    assert (d.what, d.recipient) == ("活动总结和照片", "市终身学习指导中心")


def test_verb_and_object_after_the_date() -> None:
    (d,) = deadlines("各县区于11月30日前报送工作方案及总结，统一报送至市指导中心邮箱。", context_year=2029)
    assert (d.what, d.recipient) == ("报送工作方案及总结", "市指导中心邮箱")


def test_one_entry_per_date_in_document_order() -> None:
    text = "于11月20日前将统计表发送至邮箱。\n于10月30日前报送方案。\n并将总结于11月20日前上报。"
    assert [d.date for d in deadlines(text, context_year=2029)] == ["2029-11-20", "2029-10-30"]


def test_year_falls_back_to_the_nearest_written_year() -> None:
    text = "关于举办2026年活动周的通知\n请于9月10日前报送名单。"
    assert [d.date for d in deadlines(text)] == ["2026-09-10"]
    assert [d.date for d in deadlines(text, context_year=2027)] == ["2027-09-10"]


@pytest.mark.parametrize(
    "sentence",
    [
        "各县区自行组织各项活动，并于11月底前完成。",
        "各地在10月20日前后一个月内自行安排。",
        "请于2月30日前报送材料。",
        "10月16日前夕，各社区开展了宣传。",
        "活动时间：10月16日至22日。",
        "自公布之日起7日内以书面形式提出异议，逾期不予受理。",
        "截至10月31日，全市共开展活动120场。",
    ],
)
def test_not_deadlines(sentence: str) -> None:
    assert deadlines(sentence, context_year=2029) == []


@pytest.mark.parametrize(
    "sentence",
    ["请各县于10月30日（星期五）前报送活动方案。", "参评作品截至2029年10月30日，逾期不予受理。"],
)
def test_weekday_and_as_of_forms(sentence: str) -> None:
    assert [d.date for d in deadlines(sentence, context_year=2029)] == ["2029-10-30"]


def test_as_of_in_a_summary_is_not_a_deadline() -> None:
    assert deadlines("截至2029年10月30日，全区已开展各类学习活动50余场。") == []


@pytest.mark.parametrize("lead", ["次年", "翌年", "明年"])
def test_next_year_before_a_day_adds_one_to_the_context_year(lead: str) -> None:
    text = f"各单位认真总结，{lead}2月15日前将年度工作总结报送区社区学院。\n请于11月5日前报送方案。"
    assert [d.date for d in deadlines(text, context_year=2026)] == ["2027-02-15", "2026-11-05"]


def test_january_deadline_in_a_december_notice_is_next_year() -> None:
    found = deadlines("请于1月15日前将推荐材料报送市教育局。", context_year=2031, issue_date="2031-12-05")
    assert [d.date for d in found] == ["2032-01-15"]
    found = deadlines("请于11月15日前将推荐材料报送市教育局。", context_year=2031, issue_date="2031-12-05")
    assert [d.date for d in found] == ["2031-11-15"]
