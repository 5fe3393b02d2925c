"""主送 and 附件 lines in the layouts offices use."""
from __future__ import annotations

from models import Block, Document, SourceInfo
from pipeline.extract import Context, run_all

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def run(*lines: str) -> dict:
    doc = Document.from_blocks([Block("paragraph", line) for line in lines], SRC)
    ctx = run_all(Context(doc), ["structure"])
    for name, ev in ctx.evidence_map.items():
        assert doc.text[ev.start : ev.end] == ev.text, name
    return ctx.fields


def test_addressee_line_split_on_top_level_commas() -> None:
    f = run("某市教育局", "关于开展读书月活动的通知", "各县（市、区）教育局，市直各学校，有关单位：", "为了……，现通知如下：")
    assert f["addressees"] == ["各县（市、区）教育局", "市直各学校", "有关单位"]


def test_addressee_line_without_ge_and_with_ascii_colon() -> None:
    f = run("关于举办学习节的通知", "某市终身教育委员会各成员单位,各街道办事处:", "正文。")
    assert f["addressees"] == ["某市终身教育委员会各成员单位", "各街道办事处"]


def test_key_value_lines_are_not_addressees() -> None:
    f = run("来源：某某网 发布时间：2020-01-01", "联系电话：12345678", "活动主题：", "学习丰富人生")
    assert "addressees" not in f


def test_numbered_attachments_with_wrapped_titles() -> None:
    f = run(
        "正文。",
        "附件：1.某区全民终身学习活动周主要活动安排",
        "      表",
        "   2.某区全民终身学习活动周活动情况统计表汇总",
        "某区教育局",
        "2023年10月12日",
    )
    assert f["attachments"] == ["某区全民终身学习活动周主要活动安排表", "某区全民终身学习活动周活动情况统计表汇总"]


def test_single_attachment() -> None:
    f = run("正文。", "附件：百姓学习之星推荐表", "某市教育局")
    assert f["attachments"] == ["百姓学习之星推荐表"]
