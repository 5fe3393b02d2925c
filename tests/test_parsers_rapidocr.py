"""RapidOCR, the default OCR engine: offline, one shared engine, boxes to ordered lines.

The geometry tests draw glyphs as ink blocks on a blank page and feed hand-made boxes to
`parsers._ocr_lines`, so reading order, table cells and printed spaces are checked
without running a model. The tests that run RapidOCR are marked `slow`.
"""
from __future__ import annotations

import difflib
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from parsers import _rapidocr, ocr
from parsers._rapidocr import EngineUnavailable, Glyph, TextBox
from parsers.ocr_repair import repair_ocr_text

ROOT = Path(__file__).resolve().parents[1]
NOTICE = [
    "示范县教育局文件",
    "示教发〔2024〕7号",
    "关于举办全民终身学习活动周的通知",
    "各乡镇中心学校，县直各单位：",
    "根据上级部署，经研究决定开展学习活动周，请各单位认真组织，现将有关事项通知如下。",
    "一、活动时间",
    "2024年10月21日—27日",
    "二、联系方式",
    "联系人：王芳，电话：0123-4567890",
    "示范县教育局",
    "2024年9月20日",
]
UNIT = 30  # pixels per character cell in the drawn pages


def _has_rapidocr() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime", "cv2"))


needs_rapidocr = pytest.mark.skipif(not _has_rapidocr(), reason="rapidocr / onnxruntime not installed")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)).ratio()


# ---------------------------------------------------------------- engine choice (fast)


def test_importing_ocr_loads_no_model_library() -> None:
    code = ("import sys, parsers.ocr, parsers.pdf, parsers.image; "
            "print([m for m in ('rapidocr', 'onnxruntime', 'cv2') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_engine_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ocr.ENGINE_ENV, "tesseract")
    assert ocr.choose_engine() == ("tesseract", "")
    assert ocr.choose_engine("Tesseract") == ("tesseract", "")
    with pytest.raises(ValueError, match="rapidocr"):
        ocr.choose_engine("paddle")


def test_fallback_to_tesseract_when_rapidocr_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Any:
        raise EngineUnavailable("not_installed", "No module named 'rapidocr'")

    monkeypatch.delenv(ocr.ENGINE_ENV, raising=False)
    monkeypatch.setattr(_rapidocr, "_ENGINE", [])
    monkeypatch.setattr(_rapidocr, "_FAILED", [])
    monkeypatch.setattr(_rapidocr, "_create", broken)
    assert ocr.choose_engine() == ("tesseract", "not_installed")
    assert _rapidocr._FAILED == ["not_installed"]  # not retried for every page
    page = ocr.OcrPage(1, 595.0, 842.0, [], [], engine="tesseract", fallback="not_installed")
    assert ocr.ocr_warnings([page]) == [
        "ocr_confidence:page=1:0.00", "ocr_engine:tesseract", "ocr_engine_fallback:not_installed",
    ]


def test_glyphs_are_matched_to_their_lines_only_when_they_spell_them() -> None:
    words = [[("甲", 0.9, [[0, 0], [10, 0], [10, 10], [0, 10]]), ("乙", 0.9, [[12, 0], [20, 0], [20, 10], [12, 10]])]]
    glyphs = _rapidocr._align_glyphs(["丙", "甲 乙"], words)  # rapidocr dropped the first line's entry
    assert glyphs[0] == [] and [g.text for g in glyphs[1]] == ["甲", "乙"]


# ---------------------------------------------------------------- boxes to lines (fast)


def _box(text: str, x: int, y: int, gaps: dict[int, int] | None = None) -> tuple[TextBox, list[tuple[int, int]]]:
    """A box of one glyph cell per character starting at (x, y); `gaps` adds blank cells
    before character i. Returns the box and the ink cells (x, y) to draw."""
    glyphs, cells, cx = [], [], x
    for i, ch in enumerate(text):
        cx += UNIT * (gaps or {}).get(i, 0)
        glyphs.append(Glyph(ch, cx, cx + UNIT))
        cells.append((cx, y))
        cx += UNIT
    pad = UNIT // 3
    return TextBox(text, 0.95, x - pad, y - pad, cx + pad, y + UNIT + pad, glyphs), cells


def _draw(boxes: list[tuple[TextBox, list[tuple[int, int]]]], size: tuple[int, int] = (1200, 1400),
          rules: list[tuple[int, int, int, int]] = ()) -> Any:
    """A white page with a dark block in each glyph cell (and the given rule rectangles)."""
    numpy = pytest.importorskip("numpy")
    gray = numpy.full((size[1], size[0]), 255, numpy.uint8)
    for _, cells in boxes:
        for x, y in cells:
            gray[y + 3:y + UNIT - 3, x + 3:x + UNIT - 3] = 0
    for x0, y0, x1, y1 in rules:
        gray[y0:y1, x0:x1] = 0
    return gray


def _lines(boxes: list[tuple[TextBox, list[tuple[int, int]]]], **kw: Any) -> list[Any]:
    pytest.importorskip("cv2")
    from parsers._ocr_lines import page_lines

    lines, confidences = page_lines([b for b, _ in boxes], _draw(boxes, **kw), 1, 72 / 200)
    assert all(0.9 < c <= 1.0 for c in confidences)
    return lines


def test_two_columns_read_column_by_column() -> None:
    title = _box("两栏排版的简报标题文字", 300, 100)
    left = [_box(f"左栏第{n}行的正文内容较长", 100, 200 + 60 * i) for i, n in enumerate("一二三四")]
    right = [_box(f"右栏第{n}行的正文内容较长", 650, 200 + 60 * i) for i, n in enumerate("一二三四")]
    lines = _lines([title, *right, *left])
    assert [x.text for x in lines] == [title[0].text] + [b.text for b, _ in left] + [b.text for b, _ in right]


def test_ruled_table_rows_become_cells() -> None:
    rows = [[_box("姓名", 110, 100), _box("单位", 410, 100)], [_box("王芳", 110, 160), _box("示范县教育局", 410, 160)],
            [_box("示范县文明办", 410, 220)], [_box("合计", 110, 280)]]
    rules = [(100, y, 800, y + 2) for y in (85, 145, 205, 265, 325)]
    rules += [(x, 85, x + 2, 327) for x in (98, 398, 798)]
    lines = _lines([b for row in rows for b in row], rules=rules)
    assert [(x.kind, x.text) for x in lines] == [
        ("table_row", "姓名\t单位"), ("table_row", "王芳\t示范县教育局"),
        ("table_row", "\t示范县文明办"), ("table_row", "合计"),  # empty cells before kept, after dropped
    ]
    assert lines[1].cells == ["王芳", "示范县教育局"]


def test_wrapped_and_merged_cells_stay_in_their_rows() -> None:
    boxes = [_box("活动的群众性", 110, 130), _box("活动范围包括参与活动", 410, 100), _box("的街道", 410, 160),
             _box("宣传报道", 110, 260), _box("宣传范围", 410, 230), _box("文字报道", 410, 290)]
    rules = [(98, 85, 800, 87), (98, 205, 800, 207), (398, 265, 800, 267), (98, 325, 800, 327)]
    rules += [(x, 85, x + 2, 327) for x in (98, 398, 798)]  # 宣传报道 spans two rows: no rule under it
    lines = _lines(boxes, rules=rules)
    assert [(x.kind, x.text) for x in lines] == [
        ("table_row", "活动的群众性\t活动范围包括参与活动的街道"),
        ("table_row", "宣传报道\t宣传范围"), ("table_row", "\t文字报道"),
    ]


def test_letter_spaced_letterheads_are_joined_and_printed_gaps_are_spaces() -> None:
    letters = [_box(ch, 200 + 2 * UNIT * i, 100) for i, ch in enumerate("示范县教育局")]  # a box per letter
    spread = _box("示范县教育局", 200, 200, gaps=dict.fromkeys(range(1, 6), 1))  # one box, letter-spaced
    names = _box("周玲西城街道", 200, 300, gaps={1: 1, 2: 1})  # 周 . 玲 . 西城街道: printed spacing
    unruled = [_box("主办单位", 200, 400), _box("示范县文明办", 200 + 10 * UNIT, 400)]
    texts = [x.text for x in _lines([*letters, spread, names, *unruled])]
    assert texts[:2] == ["示范县教育局", "示范县教育局"]
    assert re.sub(" +", "|", texts[2]) == "周|玲|西城街道"
    assert re.sub(" +", "|", texts[3]) == "主办单位|示范县文明办"


def test_double_dash_read_as_one_is_restored() -> None:
    pytest.importorskip("cv2")
    from parsers._ocr_lines import page_lines

    box, cells = _box("9月1日—20日", 200, 100, gaps={5: 1})  # the recogniser saw one dash ...
    dash = box.glyphs[4]
    gray = _draw([(box, [c for c in cells if c[0] != dash.x0])])
    gray[113:117, int(dash.x0) + 3:int(dash.x1) + UNIT - 3] = 0  # ... printed two cells long
    lines, _ = page_lines([box], gray, 1, 72 / 200)
    assert lines[0].text == "9月1日——20日"


def test_sizes_are_glyph_heights_in_points() -> None:
    lines = _lines([_box("关于举办学习活动周的通知", 200, 100)])
    assert lines[0].size == pytest.approx((UNIT - 6) * 72 / 200, abs=0.5)


# ---------------------------------------------------------------- real OCR (slow)


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tools.make_samples import FontMissing, find_cjk_font
    from tools.make_scans import render_scan

    try:
        find_cjk_font()
    except FontMissing as exc:
        pytest.skip(str(exc))
    folder = tmp_path_factory.mktemp("rapid")
    return render_scan(NOTICE + [""] * 110 + NOTICE[3:6], folder / "notice.pdf")


_OFFLINE = """
import json, socket, sys
def refuse(*args, **kwargs):
    raise OSError("network disabled for this test")
socket.socket.connect = refuse
socket.create_connection = refuse
import parsers.image  # noqa: F401
from pathlib import Path
from parsers import parse_file
doc = parse_file(Path(sys.argv[1]))
print(json.dumps({"blocks": [[b.kind, b.text, b.page] for b in doc.blocks], "warnings": doc.warnings,
                  "pages": doc.source.pages, "ocr": doc.source.ocr}, ensure_ascii=False))
"""


@pytest.mark.slow
@needs_rapidocr
def test_scan_reads_right_with_the_network_unreachable(scan: Path) -> None:
    cmd = [sys.executable, "-c", _OFFLINE, str(scan)]
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        cmd = [unshare, "-n", *cmd]  # no network namespace at all; sockets are refused as well
    env = {"LIFELONG_OCR_WORKERS": "2", "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    texts = [t for _k, t, _p in result["blocks"]]
    for key in NOTICE[1:]:
        assert key in texts, (key, texts)
    assert similarity(NOTICE[0], texts[0]) >= 0.85
    assert result["ocr"] and result["pages"] == 2 and {p for *_x, p in result["blocks"]} == {1, 2}
    assert "ocr_engine:rapidocr" in result["warnings"]
    confidences = [float(w.rsplit(":", 1)[1]) for w in result["warnings"] if w.startswith("ocr_confidence:")]
    assert len(confidences) == 2 and min(confidences) > 0.9
    assert "INFO" not in done.stderr  # rapidocr's logging is silenced


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract (the fallback) is not installed")
def test_without_rapidocr_scans_fall_back_to_tesseract(scan: Path) -> None:
    code = "import sys; sys.modules['rapidocr'] = None\n" + _OFFLINE  # `import rapidocr` now fails
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    done = subprocess.run([sys.executable, "-c", code, str(scan)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "ocr_engine:tesseract" in result["warnings"]
    assert "ocr_engine_fallback:not_installed" in result["warnings"]
    assert max(similarity(NOTICE[2], t) for _k, t, _p in result["blocks"]) >= 0.9


@pytest.mark.slow
@needs_rapidocr
def test_pages_in_threads_share_one_engine(scan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ocr.ENGINE_ENV, raising=False)
    monkeypatch.setenv(ocr.WORKERS_ENV, "1")
    serial = ocr.ocr_pdf(scan)
    monkeypatch.setenv(ocr.WORKERS_ENV, "2")
    engine = _rapidocr.load_engine()
    parallel = ocr.ocr_pdf(scan)
    assert _rapidocr.load_engine() is engine
    assert [[x.text for x in p.lines] for p in parallel] == [[x.text for x in p.lines] for p in serial]
    assert [p.engine for p in parallel] == ["rapidocr", "rapidocr"]


@pytest.mark.slow
@needs_rapidocr
def test_png_reads_with_rapidocr(scan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from parsers import parse_file

    monkeypatch.delenv(ocr.ENGINE_ENV, raising=False)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(scan))
    try:
        document[0].render(scale=200 / 72, grayscale=True).to_pil().save(tmp_path / "p.png", dpi=(200, 200))
    finally:
        document.close()
    with Image.open(tmp_path / "p.png") as img:
        assert img.size[0] > 1000
    doc = parse_file(tmp_path / "p.png")
    assert "ocr_engine:rapidocr" in doc.warnings and "source_container:image/png" in doc.warnings
    assert NOTICE[2] in [b.text for b in doc.blocks]


# ---------------------------------------------------------------- repairs of RapidOCR's confusions


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("2013年10月16日一10月22日。", "2013年10月16日—10月22日。"),
        ("发文字号：教職成廳函〔2018]42號", "发文字号：教職成廳函〔2018〕42號"),
        ("某府办 [2021] 5 号", "某府办〔2021〕5号"),
        ("电话：0123一4567890，", "电话：0123-4567890，"),
        ("电话:0371—69691878", "电话:0371-69691878"),
        ("2013—2014学年", "2013—2014学年"),
        ("联系人:李明,电话:010-1234", "联系人:李明,电话:010-1234"),  # widths are RapidOCR's own
    ],
)
def test_rapidocr_repairs(raw: str, fixed: str) -> None:
    assert repair_ocr_text(raw, cjk_spaces=False, punctuation=False) == fixed


def test_punctuation_width_follows_the_character_pitch() -> None:
    from parsers.ocr_layout import _width_twin

    def parts(text: str, pitches: list[float]) -> list[tuple[Glyph, str]]:
        out, x = [], 0.0
        for ch, step in zip(text, [0.0, *pitches], strict=True):
            x += step
            out.append((Glyph(ch, x, x + UNIT), ch))
        return out

    full = parts("各单位，请于五日前", [UNIT] * 3 + [2 * UNIT] + [UNIT] * 4)  # read as "," in a full cell
    full[3] = (Glyph(",", full[3][0].x0, full[3][0].x1), ",")
    assert _width_twin(full, 3, UNIT - 6) == "，"
    half = parts("各单位,请于五日前", [UNIT] * 3 + [0.4 * UNIT] + [0.9 * UNIT] + [UNIT] * 3)
    half[3] = (Glyph("，", half[3][0].x0, half[3][0].x1), "，")
    assert _width_twin(half, 3, UNIT - 6) == ","
