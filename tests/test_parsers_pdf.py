"""The .pdf parser on PDFs rendered by tools/make_samples (embedded CJK font)."""
from __future__ import annotations

from pathlib import Path

import pytest

from models import CorruptFile, Document, EncryptedFile
from parsers import parse_file
from parsers._pdf_layout import Line, continues, join_text, join_wrapped, strip_running
from tests.fixtures_docs import LONG, NOTICE, long_document, norm_lines, norm_text_lines, write_pdf

pytest.importorskip("fpdf")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def notice(folder: Path) -> Document:
    return parse_file(write_pdf(folder, NOTICE, name="notice.pdf", fake_bold=(1,)))


@pytest.fixture(scope="module")
def multipage(folder: Path) -> tuple[list[str], Document]:
    lines = long_document(pages=3)
    return lines, parse_file(write_pdf(folder, lines, name="long.pdf", header="示例县教育局"))


def test_pdf_gives_the_lines_of_the_text(notice: Document) -> None:
    assert norm_lines(notice) == norm_text_lines(NOTICE)
    assert notice.source.format == "pdf" and notice.source.pages == 1


def test_wrapped_lines_are_rejoined_with_latin_spaces_restored(notice: Document) -> None:
    texts = [b.text for b in notice.blocks]
    assert LONG in texts  # it wrapped over several lines in the PDF


def test_fake_bold_duplicates_removed(notice: Document) -> None:
    assert notice.blocks[1].text == NOTICE[1]


def test_tables_become_rows_not_paragraphs(notice: Document) -> None:
    rows = [b for b in notice.blocks if b.kind == "table_row"]
    assert [b.text for b in rows] == ["序号\t活动名称\t参加人数", "1\t读书分享会\t120", "2\t社区讲座\t80"]
    assert notice.tables[0].rows[1] == ["1", "读书分享会", "120"]
    assert not any("读书分享会" in b.text for b in notice.blocks if b.kind != "table_row")


def test_pages_and_running_heads(multipage: tuple[list[str], Document]) -> None:
    lines, doc = multipage
    assert doc.source.pages is not None and doc.source.pages >= 3
    assert norm_lines(doc) == norm_text_lines(lines)  # no "- 2 -", no repeated header
    assert doc.blocks[0].page == 1 and doc.blocks[-1].page == doc.source.pages
    pages = [b.page or 0 for b in doc.blocks]
    assert pages == sorted(pages)
    assert doc.page_at(doc.blocks[-1].start) == doc.source.pages


def test_encrypted_and_broken_pdfs_raise_typed_errors(folder: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="hidden")
    locked = folder / "locked.pdf"
    pdf.output(str(locked))
    with pytest.raises(EncryptedFile):
        parse_file(locked)
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    with pytest.raises(CorruptFile):
        parse_file(broken)
    fake = folder / "fake.pdf"
    fake.write_bytes("<html><body><p>一个网页，不是PDF。</p></body></html>".encode())
    assert parse_file(fake).source.format == "html"  # format by content, not by extension


def _line(text: str, x0: float, x1: float, top: float, page: int = 1, first: float = 12.0) -> Line:
    return Line(text, x0, x1, top, top + 12, page, 12.0, first)


def test_join_rules() -> None:
    left, right = 80.0, 520.0
    full = _line("一行写满到右边距的文字", 80, 515, 100)
    assert continues(full, _line("接着写", 80, 200, 119), left, right)
    assert not continues(full, _line("（二）新的条目", 80, 200, 119), left, right)
    assert not continues(full, _line("缩进的新段落", 104, 200, 119), left, right)
    assert not continues(_line("短行", 80, 300, 100), _line("下一行", 80, 200, 119), left, right)
    assert not continues(full, _line("空行之后", 80, 200, 140), left, right)
    # a long Latin word that did not fit explains a shorter line
    assert continues(_line("see", 80, 450, 100), _line("documentation now", 80, 200, 119, first=90), left, right)
    # across a page break
    assert continues(_line("页末", 80, 515, 760), _line("页首", 80, 200, 90, page=2), left, right)


def test_join_text_restores_latin_spaces_only() -> None:
    assert join_text("学习", "活动") == "学习活动"
    assert join_text("online", "platform") == "online platform"
    assert join_text("电话", "123") == "电话123"


def test_join_wrapped_keeps_the_first_page() -> None:
    merged = join_wrapped([_line("页末", 80, 515, 760), _line("页首", 80, 200, 90, page=2)])
    assert len(merged) == 1 and merged[0].text == "页末页首" and merged[0].page == 1


def test_running_heads_and_page_numbers_removed() -> None:
    pages = [
        [_line("某单位文件", 200, 300, 40), _line(f"正文{i}", 80, 300, 100), _line(f"第 {i} 页 共 3 页", 200, 300, 800)]
        for i in (1, 2, 3)
    ]
    kept = strip_running(pages, [842.0] * 3)
    assert [[x.text for x in page] for page in kept] == [["正文1"], ["正文2"], ["正文3"]]
    single = strip_running([[_line("标题", 200, 300, 40), _line("- 1 -", 250, 270, 800)]], [842.0])
    assert [x.text for x in single[0]] == ["标题"]


def _two_column_pdf(path: Path, title: str, left: list[str], right: list[str]) -> Path:
    from fpdf import FPDF

    from tools.make_samples import find_cjk_font

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("cjk", fname=str(find_cjk_font()))
    pdf.add_page()
    pdf.set_font("cjk", size=18)
    pdf.text(150, 60, title)
    pdf.set_font("cjk", size=11)
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        y = 110 + 18 * i
        pdf.text(50, y, a)
        pdf.text(310, y, b)
    pdf.output(str(path))
    return path


def test_two_column_pages_are_read_column_by_column(tmp_path: Path) -> None:
    left = [f"左栏第{n}行，记者报道活动周开幕。" for n in "一二三四五"]
    right = [f"右栏第{n}行，社区学校开展讲座。" for n in "一二三四五"]
    path = _two_column_pdf(tmp_path / "paper.pdf", "某区学习周简报", left, right)
    texts = [b.text for b in parse_file(path).blocks]
    joined = "".join(texts)
    assert texts[0] == "某区学习周简报"
    positions = [joined.index(line) for line in left + right]
    assert positions == sorted(positions)



def test_single_column_pages_are_not_split(tmp_path: Path) -> None:
    expected = norm_text_lines(NOTICE)
    assert norm_lines(parse_file(write_pdf(tmp_path, NOTICE))) == expected
