"""The campaign theme in each written form; sub-activity themes and table cells refused."""
from __future__ import annotations

import pytest

from models import Block, Document, SourceInfo
from pipeline.extract.base import Context
from pipeline.extract.theme import clean_theme, extract

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def theme_of(text: str) -> str | None:
    ctx = Context(Document.from_blocks([Block("paragraph", line) for line in text.split("\n")], SRC))
    out = extract(ctx)
    ev = out.evidence.get("theme")
    if ev is not None:
        assert ctx.text[ev.start : ev.end] == ev.text == out.values["theme"]
    return out.values["theme"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "text",
    [
        "二、活动主题\n\n“学习点亮生活”。\n三、举办单位",
        "### 一、活动主题\n\n学习点亮生活\n\n### 二、活动安排",
        "一、主题和时间\n（一）主题：学习点亮生活。\n（二）时间：10月中旬。",
        "一、活动主题和时间\n(一)活动主题:学习点亮生活。",
        "今年的活动周以“学习点亮生活”为主题，部署全年工作。",
        "本届活动周以“学习点亮生活”为主题，旨在推动学习型社会建设。",
        "12月3日，以“学习点亮生活”为主题的本区全民终身学习活动周在某街道启动。",
        "本届活动周时间为11月3日至9日，主题是“学习点亮生活”。",
        "本次开幕式主题为“学习点亮生活”，由省教育厅主办。",
        "围绕2030年全民终身学习活动周的主题“学习点亮生活”，做好以下工作。",
        "围绕“学习点亮生活”这一活动周的主题，广泛开展宣传。",
        "协调会要求各区按照“学习点亮生活”的主题，组织好各类活动。",
        "今年活动周 “以“学习点亮生活”为主题，于11月1日线上线下同步开启。",
    ],
)
def test_theme_forms(text: str) -> None:
    assert theme_of(text) == "学习点亮生活"


@pytest.mark.parametrize(
    ("line", "theme"),
    [
        ('2030年的"活动日"的主题是:"倡导全民学习 建设和谐社会----迎接新时代"。', "倡导全民学习 建设和谐社会----迎接新时代"),
        ("（一）主题：学习新思想，奋进新征程。", "学习新思想，奋进新征程"),
        ("主题：全民终身学习 创造精彩人生", "全民终身学习 创造精彩人生"),
        ("今年活动周以“全民智学，助力‘双线’发展”为主题。", "全民智学，助力‘双线’发展"),
    ],
)
def test_themes_with_spaces_dashes_commas_and_inner_quotes(line: str, theme: str) -> None:
    assert theme_of(f"一、活动主题\n{line}") == theme


def test_official_wording_beats_a_later_paraphrase() -> None:
    text = "一、活动主题\n学习点亮生活\n四、具体要求\n各单位要紧紧围绕“学习照亮人生”的主题，精心制订计划。"
    assert theme_of(text) == "学习点亮生活"


def test_sub_activity_themes_are_not_the_campaign_theme() -> None:
    text = "社区开展了以“低碳出行”为主题的社区教育体验日活动。\n组织开展以“银龄乐学”为主题的老年教育征文活动。"
    assert theme_of(text) is None
    text += "\n今年活动周以“学习点亮生活”为主题。"
    assert theme_of(text) == "学习点亮生活"


def test_lecture_label_and_table_cells_are_not_themes() -> None:
    text = "讲座主题：家庭教育\n附件1：\n活动安排表\n\t活动主题\n\t活动地点"
    assert theme_of(text) is None


def test_theme_heading_needs_a_value_line() -> None:
    assert theme_of("一、活动主题\n二、活动时间\n10月中旬") is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("“学习点亮生活”。", "学习点亮生活"), ("**学习点亮生活**", "学习点亮生活"), ("“乐学”，时间：10月", "乐学"),
     ("和时间", None), ("“学”", None)],
)
def test_clean_theme(raw: str, clean: str | None) -> None:
    assert clean_theme(raw) == clean
