"""OCR of scanned PDFs and images, and the repairs of Tesseract's Chinese artefacts.

Scans are rendered from synthetic texts by tools/make_scans (rotation, speckles, blur),
so OCR is not exact: recovered lines are compared by character similarity. The tests
that run Tesseract are marked `slow` but stay in the default run; they pin the engine
to Tesseract (the fallback), since RapidOCR is the default (tests/test_parsers_rapidocr.py).
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

import parsers.image  # noqa: F401  (registers the image parser until parsers/__init__ does)
from models import ConverterMissing
from parsers import _tesseract, parse_file
from parsers._pdf_layout import Line
from parsers._tesseract import Word, parse_tsv
from parsers.ocr import OcrPage, ocr_blocks, text_layer_unusable
from parsers.ocr_layout import blank_runs, build_line, spaced_text
from parsers.ocr_repair import join_words, repair_ocr_text

SCAN_NOTICE = [
    "示范县教育局文件",
    "示教发〔2024〕7号",
    "关于举办全民终身学习活动周的通知",
    "各乡镇中心学校，县直各单位：",
    "根据上级部署，经研究决定开展学习活动周，请各单位认真组织，现将有关事项通知如下。",
    "一、活动时间",
    "2024年10月21日至27日",
    "二、联系方式",
    "联系人：王芳，电话：0123-4567890",
    "示范县教育局",
    "2024年9月20日",
]


def _has_tesseract() -> bool:
    try:
        _tesseract.languages()
    except ConverterMissing:
        return False
    return True


needs_tesseract = pytest.mark.skipif(not _has_tesseract(), reason="tesseract-ocr / tesseract-ocr-chi-sim missing")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)).ratio()


def best_match(line: str, texts: list[str]) -> float:
    return max((similarity(line, t) for t in texts), default=0.0)


@pytest.fixture
def tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read scans with Tesseract, the fallback engine, whatever the environment says."""
    from parsers.ocr import ENGINE_ENV

    monkeypatch.setenv(ENGINE_ENV, "tesseract")


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tools.make_scans import ScanStyle, render_scan, render_tiff

    folder = tmp_path_factory.mktemp("scans")
    pdf = render_scan(SCAN_NOTICE, folder / "notice.pdf", png=folder / "notice.png")
    tiff = render_tiff(SCAN_NOTICE[:5] + [""] * 110 + SCAN_NOTICE[5:], folder / "notice.tif",
                       ScanStyle(dpi=150, seed=3))
    return {"pdf": pdf, "png": folder / "notice.png", "tif": tiff}


# ---------------------------------------------------------------- repairs (fast)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("示 例 市 教 育 局", "示例市教育局"),
        ("网络平台 online platform 发布", "网络平台 online platform 发布"),
        ("某教终(2013)10号", "某教终〔2013〕10号"),
        ("某府办 [2021] 5 号", "某府办〔2021〕5号"),
        ("某教发（2019）123号", "某教发〔2019〕123号"),
        ("共有(2013)名学员", "共有(2013)名学员"),
        ("见附件(2013年)", "见附件（2013年）"),
        ("(一) 主办单位", "（一）主办单位"),
        ("各区教育局,各直属学校 :", "各区教育局，各直属学校："),
        ("联系人 : 李明 ,电话 : 010-1234", "联系人：李明，电话：010-1234"),
        ("时间:08:30,地点待定", "时间：08:30，地点待定"),
        ("共计1,000人", "共计1,000人"),
        ("邮箱：study@example.org", "邮箱：study@example.org"),
        ("网址 http://www.example.org/a.html", "网址 http://www.example.org/a.html"),
        ("是否参加?请于周五前回复.", "是否参加？请于周五前回复。"),
        ("培训; 讲座; 展览", "培训；讲座；展览"),
        ("某教字[2023]】055号", "某教字〔2023〕055号"),
        ("2013年10月16日一10月22日", "2013年10月16日—10月22日"),
        ("第一次会议一致通过", "第一次会议一致通过"),
    ],
)
def test_repairs(raw: str, fixed: str) -> None:
    assert repair_ocr_text(raw) == fixed


def test_repairs_are_idempotent() -> None:
    for raw in ("某教终(2013)10号", "联系人 : 李明 ,电话 : 010", "(一) 主办单位"):
        once = repair_ocr_text(raw)
        assert repair_ocr_text(once) == once


def test_words_join_with_spaces_only_between_latin_words() -> None:
    assert join_words(["示例", "市", "online", "platform", "发布", "2024", "年"]) == "示例市online platform发布2024年"


# ---------------------------------------------------------------- TSV to lines (fast)

_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(rows: list[tuple[int, int, int, int, int, int, float, str]]) -> str:
    out = [_HEADER]
    for level, line, left, top, width, height, conf, text in rows:
        out.append(f"{level}\t1\t1\t1\t{line}\t0\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(out)


def test_tsv_lines_cells_and_noise() -> None:
    tsv = _tsv([
        (4, 1, 300, 400, 1000, 50, -1, ""),
        (5, 1, 300, 395, 100, 70, 96, "活动"), (5, 1, 400, 400, 50, 50, 90, "名称"),
        (5, 1, 800, 400, 100, 50, 94, "参加"), (5, 1, 900, 400, 100, 50, 92, "人数"),
        (4, 2, 300, 500, 100, 50, -1, ""),
        (5, 2, 300, 500, 100, 50, 12, "Ec"),
    ])
    rows = parse_tsv(tsv)
    assert len(rows) == 2
    built = build_line(rows[0], page=1, scale=72 / 300)
    assert built is not None
    line, conf = built
    assert line.text == "活动名称\t参加人数" and line.kind == "table_row"  # wide gap = cell boundary
    assert line.size == pytest.approx(12.0) and line.top == pytest.approx(96.0)
    assert 0.9 < conf < 0.96
    assert build_line(rows[1], page=1, scale=72 / 300) is None  # low-confidence noise


def test_ocr_lines_are_joined_like_pdf_lines() -> None:
    def line(text: str, top: float, right: float, size: float = 12.0) -> Line:
        return Line(text, 80.0, right, top, top + size, 1, size, size)

    page = OcrPage(1, 595.0, 842.0, [
        line("关于开展学习活动的通知", 100, 300, 15.6),
        line("为推动学习型社会建设,各单位要结合本地实际广泛开展", 140, 520),
        line("学习活动。", 160, 140, 12.3),
        line("一、活动主题", 180, 160),
    ], [0.9, 0.9, 0.8, 0.9])
    blocks = ocr_blocks([page])
    assert [b.text for b in blocks] == [
        "关于开展学习活动的通知", "为推动学习型社会建设，各单位要结合本地实际广泛开展学习活动。", "一、活动主题",
    ]
    assert blocks[0].kind == "heading" and all(b.page == 1 for b in blocks)
    assert page.confidence == pytest.approx(sum(c * len(x.text) for c, x in zip(
        [0.9, 0.9, 0.8, 0.9], page.lines, strict=True)) / sum(len(x.text) for x in page.lines))


def _ink_line(pattern: str, unit: int = 10) -> object:
    """A one-line ink image: '#' a character cell of ink, '.' a blank cell, '|' a thin stroke."""
    import numpy

    cells = {"#": [True] * unit, ".": [False] * unit, "|": [False] * 4 + [True] * 2 + [False] * 4}
    row = [v for ch in pattern for v in cells[ch]]
    return numpy.array([row] * unit)


def _words(texts: list[str], unit: int = 10) -> list[Word]:
    out, x = [], 0
    for text in texts:
        out.append(Word(text, x, 0, unit * len(text), unit, 95.0))
        x += unit * len(text)
    return out


def test_printed_gaps_become_spaces_but_word_splits_do_not() -> None:
    # 周 . 玲 . 西城 — a blank character cell after each name character
    words = [Word("周", 0, 0, 10, 10, 95), Word("玲", 20, 0, 10, 10, 95), Word("西城", 40, 0, 20, 10, 95)]
    ink = _ink_line("#.#.##")
    runs = blank_runs(ink, words, 0, 10)
    assert len(runs) == 2
    assert spaced_text(words, 10, runs) == "周   玲   西城"
    assert spaced_text(words, 10, []) == "周玲西城"
    assert spaced_text(_words(["报道", "online", "platform"]), 10, []) == "报道online platform"


def test_centred_punctuation_is_not_spacing() -> None:
    words = [Word("余", 0, 0, 10, 10, 95), Word("篇", 10, 0, 10, 10, 95), Word("，", 30, 0, 10, 10, 95),
             Word("扩", 50, 0, 10, 10, 95)]
    ink = _ink_line("##.|.#")  # 余篇 then a centred comma with blank halves, then 扩
    assert blank_runs(ink, words, 0, 10) == []


@pytest.mark.parametrize(
    ("text", "images", "unusable"),
    [
        ("", 1, True),
        ("第1页", 1, True),
        ("", 0, False),
        ("(cid:123)(cid:45)(cid:67)(cid:89)" * 5 + "通知", 1, True),
        ("\ue001\ue002\ue003\ue004" * 10 + "关于举办活动的通知", 1, True),
        ("Ê¾ÀýÊÐ½ÌÓý¾Ö¹ØÓÚ¾Ù°ìÈ«ÃñÖÕÉíÑ§Ï°»î¶¯ÖÜµÄÍ¨Öª", 1, True),
        ("关于举办全民终身学习活动周的通知，各单位要认真组织开展学习活动。", 1, False),
    ],
)
def test_text_layer_unusable(text: str, images: int, unusable: bool) -> None:
    assert text_layer_unusable(text, images) is unusable


def test_missing_tesseract_names_the_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(_tesseract.TESSERACT_ENV, raising=False)
    with pytest.raises(ConverterMissing, match="tesseract-ocr-chi-sim"):
        _tesseract.find_tesseract()


# ---------------------------------------------------------------- real OCR (slow)


@pytest.mark.slow
@needs_tesseract
def test_scanned_pdf_recovers_the_key_lines(scans: dict[str, Path], tesseract: None) -> None:
    path = scans["pdf"]
    doc = parse_file(path)  # the pdf parser finds no text layer and sends the page to OCR
    texts = [b.text for b in doc.blocks]
    for key in (SCAN_NOTICE[2], SCAN_NOTICE[1], SCAN_NOTICE[-1], SCAN_NOTICE[6]):
        assert best_match(key, texts) >= 0.9, (key, texts)
    assert similarity("".join(SCAN_NOTICE), "".join(texts)) >= 0.9
    assert doc.source.format == "pdf" and doc.source.ocr and doc.source.pages == 1
    assert "ocr_engine:tesseract" in doc.warnings and not any("fallback" in w for w in doc.warnings)
    [warning] = [w for w in doc.warnings if w.startswith("ocr_confidence:page=1:")]
    assert 0.5 < float(warning.rsplit(":", 1)[1]) <= 1.0
    assert all(b.page == 1 for b in doc.blocks)


@pytest.mark.slow
@needs_tesseract
def test_png_parses_as_a_scanned_page(scans: dict[str, Path], tesseract: None) -> None:
    doc = parse_file(scans["png"])
    assert doc.source.format == "pdf" and doc.source.ocr and doc.source.filename == "notice.png"
    assert "source_container:image/png" in doc.warnings
    assert best_match(SCAN_NOTICE[2], [b.text for b in doc.blocks]) >= 0.9


@pytest.mark.slow
@needs_tesseract
def test_multipage_tiff_gives_one_page_per_frame(scans: dict[str, Path], tesseract: None) -> None:
    doc = parse_file(scans["tif"])
    assert doc.source.pages == 2 and "source_container:image/tiff" in doc.warnings
    pages = {b.page for b in doc.blocks}
    assert pages == {1, 2}
    last = [b.text for b in doc.blocks if b.page == 2]
    assert best_match(SCAN_NOTICE[-1], last) >= 0.9
    assert len([w for w in doc.warnings if w.startswith("ocr_confidence:")]) == 2
