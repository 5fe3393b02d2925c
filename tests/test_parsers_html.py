"""The HTML parser on portal pages written by tools/make_html and on broken markup."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers.html  # noqa: F401  (registers the parser)
from models import Document, EmptyDocument, LifelongError
from parsers import parse_file
from tests.fixtures_docs import NEWS, NOTICE, long_document, norm_lines, norm_text_lines
from tools.make_html import FOOTER, MENU, SIDEBAR, render_html

META = {"信息索引": "000-0000-2018-0001", "生成日期": "2018-08-09", "发文机构": "示例市教育局", "发文字号": "示教〔2018〕42号"}
VARIANTS = [
    {},
    {"encoding": "gbk"},
    {"layout": "table"},
    {"layout": "table", "encoding": "gbk", "br": True},
    {"br": True},
]


def _page(tmp_path: Path, lines: list[str], **options: object) -> Document:
    return parse_file(render_html(lines, tmp_path / "page.html", **options))  # type: ignore[arg-type]


def _write(tmp_path: Path, markup: str | bytes, name: str = "raw.html") -> Path:
    path = tmp_path / name
    path.write_bytes(markup.encode("utf-8") if isinstance(markup, str) else markup)
    return path


@pytest.mark.parametrize("options", VARIANTS, ids=lambda o: "-".join(f"{k}={v}" for k, v in o.items()) or "plain")
@pytest.mark.parametrize("lines", [NOTICE, NEWS, long_document(pages=2)], ids=["notice", "news", "long"])
def test_the_article_gives_the_lines_of_the_text(tmp_path: Path, lines: list[str], options: dict[str, object]) -> None:
    assert norm_lines(_page(tmp_path, lines, **options)) == norm_text_lines(lines)


def test_gbk_page_is_read_with_its_declared_charset(tmp_path: Path) -> None:
    path = render_html(NOTICE, tmp_path / "gbk.html", encoding="gbk")
    data = path.read_bytes()
    assert b'charset=gb2312' in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = parse_file(path)
    assert doc.source.encoding == "gb18030" and doc.source.format == "html"
    assert norm_lines(doc) == norm_text_lines(NOTICE)


@pytest.mark.parametrize("layout", ["div", "table"])
def test_portal_furniture_is_dropped(tmp_path: Path, layout: str) -> None:
    text = _page(tmp_path, NOTICE, layout=layout, meta=META).text
    furniture = [*MENU[1:], *SIDEBAR, *FOOTER, "当前位置", "现在的位置", "打印本页", "分享到", "浏览次数", "联系我们"]
    assert [f for f in furniture if f in text] == []
    assert "统计" not in text and "line-height" not in text  # script and style


@pytest.mark.parametrize("layout", ["div", "table"])
def test_metadata_lines_lead_the_article(tmp_path: Path, layout: str) -> None:
    doc = _page(tmp_path, NOTICE, layout=layout, meta=META)
    texts = [b.text for b in doc.blocks]
    assert texts[0] == NOTICE[0] and doc.blocks[0].kind == "heading"
    assert texts[1:5] == [f"{k}：{v}" for k, v in META.items()]
    assert norm_text_lines(texts[5:]) == norm_text_lines(NOTICE[1:])


def test_metadata_reaches_the_header_and_date_extractors(tmp_path: Path) -> None:
    from pipeline.record import extract_path

    record = extract_path(render_html(NOTICE, tmp_path / "page.html", meta=META))
    assert record.doc_number == META["发文字号"]


def test_spaced_keys_and_key_lines_are_tidied(tmp_path: Path) -> None:
    page = """<html><body><div class="detail"><div class="detail-title">关于开展学习活动的通知</div>
    <ul class="info"><li>• 索 引 号：QZ-2020-0001</li><li>发布机构：示例县教育局</li><li>字号：大 中 小</li></ul>
    <div class="detail-body"><p>各乡镇中心学校：</p><p>现将有关事项通知如下，请认真贯彻落实。</p></div></div></body></html>"""
    doc = parse_file(_write(tmp_path, page))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "关于开展学习活动的通知"),
        ("paragraph", "索引号：QZ-2020-0001"),
        ("paragraph", "发布机构：示例县教育局"),
        ("paragraph", "各乡镇中心学校："),
        ("paragraph", "现将有关事项通知如下，请认真贯彻落实。"),
    ]


def test_tables_are_rows_and_tables_in_order(tmp_path: Path) -> None:
    doc = _page(tmp_path, NOTICE)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    first = kinds.index(("table_row", "序号\t活动名称\t参加人数"))
    assert kinds[first - 1][1].startswith("2.活动结束后")
    assert kinds[first + 1] == ("table_row", "1\t读书分享会\t120")
    assert doc.tables[0].rows == [["序号", "活动名称", "参加人数"], ["1", "读书分享会", "120"], ["2", "社区讲座", "80"]]


def test_title_is_a_heading_block(tmp_path: Path) -> None:
    for layout in ("div", "table"):
        doc = _page(tmp_path, NOTICE, layout=layout)
        assert (doc.blocks[0].kind, doc.blocks[0].text) == ("heading", NOTICE[0])
        assert all(b.kind != "heading" for b in doc.blocks[1:])


def test_br_breaks_lines_and_links_lists_inside_the_article_go(tmp_path: Path) -> None:
    page = """<html><body><div id="content"><p>第一行<br/>第二行<br>第三行 <b>加粗</b>接续</p>
    <p>学习活动周期间，各地将组织形式多样的学习活动，欢迎市民参加。</p>
    <ul><li><a href="1">相关文章一</a></li><li><a href="2">相关文章二</a></li><li><a href="3">相关文章三</a></li></ul>
    <p>附件：<a href="f.doc">活动安排表.doc</a></p></div></body></html>"""
    texts = [b.text for b in parse_file(_write(tmp_path, page)).blocks]
    assert texts == ["第一行", "第二行", "第三行 加粗接续", "学习活动周期间，各地将组织形式多样的学习活动，欢迎市民参加。",
                     "附件：活动安排表.doc"]


def test_unclosed_and_stray_tags_still_parse(tmp_path: Path) -> None:
    page = "<html><body><div><p>第一段<p>第二段，内容。<div><b>加粗<table><tr><td>甲<td>乙<tr><td>丙<td>丁</i></span></body>"
    doc = parse_file(_write(tmp_path, page))
    assert [b.text for b in doc.blocks] == ["第一段", "第二段，内容。", "加粗", "甲\t乙", "丙\t丁"]


def test_deeply_nested_markup_does_not_blow_the_stack(tmp_path: Path) -> None:
    page = "<html><body>" + "<div><font>" * 3000 + "学习活动周，正文内容。" + "</p>" * 10
    doc = parse_file(_write(tmp_path, page))
    assert "学习活动周，正文内容。" in doc.text


@pytest.mark.parametrize("markup", ["", "   ", "<html><body></body></html>", "<html><head><title>t</title></head></html>",
                                    "<script>var a = '正文';</script>", "<!-- 只有注释 -->"])
def test_pages_without_article_text_are_empty(tmp_path: Path, markup: str) -> None:
    with pytest.raises(EmptyDocument):
        parse_file(_write(tmp_path, markup + " "))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ('<meta charset="gb2312"><p>关于举办学习周的通知，请各单位参加。</p>'.encode(), "utf-8"),
        ('<meta charset="utf-8"><p>关于举办学习周的通知，请各单位参加。</p>'.encode("gbk"), "gb18030"),
        ('<html><p>关于举办学习周的通知，请各单位参加。</p></html>'.encode("utf-16"), "utf-16"),
        ('<?xml version="1.0" encoding="gbk"?><html><p>关于举办学习周的通知，请各单位参加。</p></html>'.encode("gbk"),
         "gb18030"),
    ],
    ids=["declared-wrongly-gb", "declared-wrongly-utf8", "utf16-bom", "xml-declaration"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = parse_file(_write(tmp_path, data))
    assert doc.text == "关于举办学习周的通知，请各单位参加。"
    assert doc.source.encoding == encoding


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<br>", "<table>", "<tr>", "<td>", "</td>", "<a>",
                                 "<!--", "-->", "<script>", "<h1>", "</h1>", "正文，内容。", " ", "&nbsp;", "&#x4e00;",
                                 "<", ">", "\x00", "<li>", "<nav>", "</nav>"]), max_size=40))
def test_any_markup_parses_or_fails_with_a_reason(tmp_path: Path, parts: list[str]) -> None:
    path = _write(tmp_path, "".join(parts) + "x", name="fuzz.html")
    try:
        doc = parse_file(path)
    except LifelongError:
        return
    assert doc.text.strip()


def test_short_notice_under_a_catalogue_table_is_found_by_its_body(tmp_path: Path) -> None:
    """A short body weighs no more than the catalogue table: the body's name locates it."""
    page = """<html><body><div class="wrap"><div class="bread">您当前的位置：<a>首页</a> > <a>通知公告</a></div>
    <table><tr><td>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>000/2021-00012</td><td>主题分类：</td><td>教育</td></tr>
    <tr><td>发文机关：</td><td>示例县教育局</td><td>成文日期：</td><td>2021年10月08日</td></tr>
    <tr><td>发文字号：</td><td>示教〔2021〕15号</td><td>发布日期：</td><td>2021年10月09日</td></tr></table>
    <div class="pages-title">关于开展社区教育工作的通知</div>
    <div class="pages-date">2021-10-09 10:21 来源：县教育局 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
    <div class="pages_content"><p>各乡镇人民政府：</p><p>为推进学习型社会建设，决定开展社区教育工作，现通知如下。</p></div>
    <div class="pages-related"><h3>相关信息</h3><ul><li><a>关于做好开学工作的通知</a></li><li><a>工作会议召开</a></li></ul></div>
    </div><div class="foot">主办：示例县人民政府办公室 网站标识码：0000000000</div></body></html>"""
    doc = parse_file(_write(tmp_path, page))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "索引号：000/2021-00012"), ("paragraph", "主题分类：教育"),
        ("paragraph", "发文机关：示例县教育局"), ("paragraph", "成文日期：2021年10月08日"),
        ("paragraph", "发文字号：示教〔2021〕15号"), ("paragraph", "发布日期：2021年10月09日"),
        ("heading", "关于开展社区教育工作的通知"),
        ("paragraph", "各乡镇人民政府："), ("paragraph", "为推进学习型社会建设，决定开展社区教育工作，现通知如下。"),
    ]
