"""Format sniffing by content: misnamed files get the parser their bytes call for."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from models import CorruptFile, EmptyDocument, GarbledText, UnsupportedFormat
from parsers.sniff import OLE2, sniff
from tests.fixtures_docs import NOTICE, write_docx

TEXT = "\n".join(NOTICE)
TRADITIONAL = "關於舉辦全民終身學習活動週的通知\n各區教育局：為推動學習型社會建設，現將有關事項通知如下。"


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _ole(body: bytes) -> bytes:
    return OLE2 + b"\x00" * 504 + body + b"\x00" * 64


def _pdf(tmp_path: Path) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Notice")
    path = tmp_path / "tiny.pdf"
    pdf.output(str(path))
    return path.read_bytes()


@pytest.mark.parametrize("name", ["notice.doc", "notice.txt", "notice.docx", "notice"])
def test_a_docx_is_a_docx_whatever_its_name(tmp_path: Path, name: str) -> None:
    data = write_docx(tmp_path, NOTICE).read_bytes()
    assert sniff(data, tmp_path / name) == "docx"


def test_pdf_by_signature_even_after_junk(tmp_path: Path) -> None:
    data = _pdf(tmp_path)
    assert sniff(data, "a.pdf") == "pdf"
    assert sniff(b"\r\n  " + data, "a.doc") == "pdf"


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><body><p>通知</p></body></html>",
        "\ufeff  <!-- saved from url=(0041)http://example.org/ -->\n<html><head></head></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>Word 另存为网页</body></html>',
        "<meta charset=gb2312><title>通知</title>",
        "<BODY><P>大写标签</P></BODY>",
    ],
)
def test_web_pages_under_any_name(page: str) -> None:
    assert sniff(page.encode("utf-8"), "notice.pdf") == "html"
    assert sniff(page.encode("utf-8"), "notice.doc") == "html"


def test_an_html_file_with_junk_before_the_markup_is_still_html() -> None:
    data = "Warning: include failed\n<div><p>正文</p></div>".encode()
    assert sniff(data, "page.htm") == "html"
    assert sniff(data, "page.txt") == "txt"


def test_web_archives_and_word_xml_are_named() -> None:
    mht = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart\"\r\n\r\n"
    assert sniff(mht + b"x" * 100, "notice.doc") == "mht"
    wordml = '<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'
    assert sniff(wordml.encode(), "notice.doc") == "wordml"


def test_ole2_is_doc_or_wps_by_extension() -> None:
    data = _ole("WordDocument".encode("utf-16-le"))
    assert sniff(data, "a.doc") == "doc"
    assert sniff(data, "a.DOC") == "doc"
    assert sniff(data, "a.wps") == "wps"
    assert sniff(data, "a.txt") == "doc"


def test_ole2_without_a_word_stream_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat):
        sniff(_ole("Workbook".encode("utf-16-le")), "a.doc")


def test_zip_containers() -> None:
    odt = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})
    assert sniff(odt, "a.doc") == "odt"
    with pytest.raises(UnsupportedFormat):
        sniff(_zip({"xl/workbook.xml": "<w/>"}), "a.docx")
    with pytest.raises(UnsupportedFormat):
        sniff(_zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "x"}), "a.odt")
    with pytest.raises(CorruptFile):
        sniff(b"PK\x03\x04" + b"\x01" * 200, "a.docx")


def test_rtf_and_images() -> None:
    assert sniff(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}", "a.doc") == "rtf"
    heads = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"II*\x00", b"MM\x00*",
             b"BM" + (1000).to_bytes(4, "little") + b"\x00" * 4 + b"\x36" + b"\x00" * 20]
    for head in heads:
        assert sniff(head + bytes(range(256)), "scan.pdf") == "image"


def test_text_starting_like_a_bitmap_is_text() -> None:
    assert sniff("BMW 汽车与学习周活动的报道。".encode(), "a.txt") == "txt"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_chinese_text_in_the_encodings_offices_use(encoding: str) -> None:
    assert sniff(TEXT.encode(encoding), "notice.txt") == "txt"
    assert sniff(TEXT.encode(encoding), "notice.md") == "md"
    assert sniff(TEXT.encode(encoding), "notice") == "txt"


def test_traditional_text_in_big5_is_text() -> None:
    assert sniff(TRADITIONAL.encode("big5"), "notice.txt") == "txt"


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_named_txt_are_garbled(seed: int) -> None:
    rng = random.Random(seed)
    with pytest.raises(GarbledText):
        sniff(bytes(rng.randrange(256) for _ in range(2000)), "notes.txt")


@pytest.mark.parametrize("seed", range(5))
def test_random_gb18030_pairs_are_garbled(seed: int) -> None:
    """High bytes decode as GB18030 into valid but rare characters: not Chinese text."""
    rng = random.Random(seed)
    data = bytes(rng.randrange(0x81, 0xFF) if i % 2 == 0 else rng.randrange(0xA1, 0xFF) for i in range(1000))
    assert data.decode("gb18030")  # it does decode
    with pytest.raises(GarbledText):
        sniff(data, "notes.txt")


def test_binary_without_a_text_name_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat):
        sniff(bytes(range(256)) * 8, "blob.bin")
    with pytest.raises(EmptyDocument):
        sniff(b" \n\t", "a.txt")
