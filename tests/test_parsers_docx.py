"""The .docx parser on files written by tools/make_samples and by hand-built list definitions."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from models import CorruptFile, EncryptedFile, UnsupportedFormat
from parsers import parse_file
from parsers._numbering import chinese_count, format_counter
from tests.fixtures_docs import NOTICE, docx_with_lists, level_xml, norm_lines, norm_text_lines, write_docx


def test_docx_gives_the_lines_of_the_text(tmp_path: Path) -> None:
    doc = parse_file(write_docx(tmp_path, NOTICE))
    assert norm_lines(doc) == norm_text_lines(NOTICE)
    assert doc.source.format == "docx"


def test_numbering_labels_come_from_word_lists(tmp_path: Path) -> None:
    import docx

    path = write_docx(tmp_path, NOTICE)
    raw = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "活动主题" in raw and "一、活动主题" not in raw  # the label is not in the text runs
    texts = [b.text for b in parse_file(path).blocks]
    for label in ("一、活动主题", "二、组织机构", "（一）主办单位", "（二）承办单位", "三、工作要求"):
        assert label in texts
    assert any(t.startswith("2.活动结束后") for t in texts)


def test_deeper_levels_restart_and_start_values_are_honoured(tmp_path: Path) -> None:
    levels = level_xml(0, "chineseCounting", "%1、", start=3) + level_xml(1, "chineseCounting", "（%2）")
    numbering = f'<w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    paras: list[tuple[str | None, int, str]] = [
        ("5", 0, "甲"), ("5", 1, "乙"), ("5", 1, "丙"), (None, 0, "正文"), ("5", 0, "丁"), ("5", 1, "戊"),
    ]
    doc = parse_file(docx_with_lists(tmp_path, numbering, paras))
    assert [b.text for b in doc.blocks] == ["三、甲", "（一）乙", "（二）丙", "正文", "四、丁", "（一）戊"]


def test_start_override_restarts_a_list_and_shared_lists_continue(tmp_path: Path) -> None:
    numbering = (
        f'<w:abstractNum w:abstractNumId="1">{level_xml(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    paras: list[tuple[str | None, int, str]] = [("1", 0, "a"), ("2", 0, "b"), ("3", 0, "c"), ("3", 0, "d")]
    doc = parse_file(docx_with_lists(tmp_path, numbering, paras))
    assert [b.text for b in doc.blocks] == ["1.a", "2.b", "1.c", "2.d"]


def test_multilevel_label_and_tab_suffix(tmp_path: Path) -> None:
    levels = level_xml(0, "decimal", "%1.", suffix="tab") + level_xml(1, "decimal", "%1.%2", suffix="space")
    numbering = f'<w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    paras: list[tuple[str | None, int, str]] = [("1", 0, "总则"), ("1", 1, "目的"), ("1", 1, "范围"), ("1", 0, "附则")]
    doc = parse_file(docx_with_lists(tmp_path, numbering, paras))
    assert [b.text for b in doc.blocks] == ["1. 总则", "1.1 目的", "1.2 范围", "2. 附则"]


def test_bullets_add_no_label(tmp_path: Path) -> None:
    numbering = (f'<w:abstractNum w:abstractNumId="1">{level_xml(0, "bullet", "")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    doc = parse_file(docx_with_lists(tmp_path, numbering, [("1", 0, "要点")]))
    assert doc.blocks[0].text == "要点"


def test_tables_stay_in_document_order(tmp_path: Path) -> None:
    doc = parse_file(write_docx(tmp_path, NOTICE))
    kinds = [(b.kind, b.text) for b in doc.blocks]
    first_row = kinds.index(("table_row", "序号\t活动名称\t参加人数"))
    assert kinds[first_row - 1][1].startswith("2.活动结束后")
    assert kinds[first_row + 1] == ("table_row", "1\t读书分享会\t120")
    assert kinds[first_row + 3] == ("paragraph", "示例市教育局")
    assert doc.tables[0].rows == [["序号", "活动名称", "参加人数"], ["1", "读书分享会", "120"], ["2", "社区讲座", "80"]]


def test_heading_styles_give_heading_blocks(tmp_path: Path) -> None:
    doc = parse_file(write_docx(tmp_path, NOTICE, headings=(1,)))
    assert doc.blocks[1].kind == "heading" and doc.blocks[1].text == NOTICE[1]
    assert doc.blocks[2].kind == "paragraph"


def test_offsets_index_the_text(tmp_path: Path) -> None:
    doc = parse_file(write_docx(tmp_path, NOTICE))
    assert all(doc.text[b.start:b.end] == b.text for b in doc.blocks)


def test_broken_and_encrypted_files_raise_typed_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptFile):
        parse_file(broken)
    nodoc = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(nodoc, "w") as z:
        z.writestr("hello.txt", "x")
    with pytest.raises(UnsupportedFormat):  # a zip, but not a word-processing document
        parse_file(nodoc)
    encrypted = tmp_path / "secret.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(EncryptedFile):
        parse_file(encrypted)


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (12, "chineseCountingThousand", "十二"),
        (20, "chineseCounting", "二十"), (3, "ideographTraditional", "丙"), (11, "ideographDigital", "一一"),
        (3, "decimalEnclosedCircle", "③"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"),
        (7, "decimalZero", "07"), (5, "bullet", ""), (5, "someFutureFormat", "5"),
    ],
)
def test_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_counter(n, fmt) == expected


def test_chinese_counting_reads_back_for_all_section_numbers() -> None:
    from tools.make_samples import chinese_value

    assert all(chinese_value(chinese_count(i)) == i for i in range(1, 100))


def test_headers_lead_footers_close_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "某县教育局文件"
    section.footer.paragraphs[0].text = "- 1 -"
    section.footer.add_paragraph("某县教育局办公室印发")
    document.add_paragraph("关于开展读书月活动的通知")
    path = tmp_path / "furniture.docx"
    document.save(str(path))
    texts = [b.text for b in parse_file(path).blocks]
    assert texts == ["某县教育局文件", "关于开展读书月活动的通知", "某县教育局办公室印发"]


def test_images_are_counted_in_a_warning(tmp_path: Path) -> None:
    import docx
    from PIL import Image

    png = tmp_path / "logo.png"
    Image.new("RGB", (20, 20), "red").save(png)
    document = docx.Document()
    document.add_paragraph("正文一段。")
    document.add_picture(str(png))
    path = tmp_path / "pictures.docx"
    document.save(str(path))
    assert "images_not_read:1" in parse_file(path).warnings
