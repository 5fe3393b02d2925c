"""Plain text and Markdown: encodings detected from the bytes, Markdown reduced to text."""
from __future__ import annotations

from pathlib import Path

import pytest

from models import EmptyDocument
from parsers import parse_file
from parsers.text import decode, strip_markdown

SIMPLIFIED = "关于开展终身学习活动周的通知\n各区教育局：现将有关事项通知如下。\n联系人：钱老师，电话：12345678。\n"
TRADITIONAL = "關於舉辦終身學習活動週的通知\n各區教育局：現將有關事項通知如下。\n"


@pytest.mark.parametrize(
    ("text", "encoding", "reported"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "utf-16", "utf-16"),
        (SIMPLIFIED, "utf-16-le", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", "utf-16-be"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str, reported: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    doc = parse_file(path)
    assert doc.text == text
    assert doc.source.encoding == reported


def test_decode_prefers_utf8_and_keeps_crlf_lines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一行\r\n第二行\r\n".encode())
    assert [b.text for b in parse_file(path).blocks][:2] == ["第一行", "第二行"]
    assert decode(b"ASCII only")[1] == "utf-8"


def test_txt_keeps_markdown_like_text_literal(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("# 标题\n**加粗**\n", encoding="utf-8")
    assert [b.text for b in parse_file(path).blocks][:2] == ["# 标题", "**加粗**"]
    assert parse_file(path).blocks[0].kind == "paragraph"


def test_markdown_markup_reduced_to_text(tmp_path: Path) -> None:
    md = "\n".join([
        "# 示例局",
        "## **(二) 分工安排**",
        "见[通知全文](https://example.org/a.html)和![图](x.png)，邮箱 `a@b.cn`",
        "- 第一条",
        "> 引用的话",
        "---",
        "| 项目 | 人数 |",
        "|---|---:|",
        "| 讲座 | 30 |",
        r"下划线\_转义",
    ])
    path = tmp_path / "doc.md"
    path.write_text(md, encoding="utf-8")
    blocks = parse_file(path).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "示例局"),
        ("heading", "(二) 分工安排"),
        ("paragraph", "见通知全文和图，邮箱 a@b.cn"),
        ("paragraph", "第一条"),
        ("paragraph", "引用的话"),
        ("paragraph", ""),
        ("table_row", "项目\t人数"),
        ("table_row", "讲座\t30"),
        ("paragraph", "下划线_转义"),
    ]


def test_strip_markdown_leaves_plain_chinese_alone() -> None:
    line = "一、活动主题：读书*点亮*心灵之光（2024-2025年）"
    assert strip_markdown(line) == ("一、活动主题：读书点亮心灵之光（2024-2025年）", False)
    assert strip_markdown("-3-")[0] == "-3-"


def test_empty_text_file_is_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\n \n")
    with pytest.raises(EmptyDocument):
        parse_file(path)
