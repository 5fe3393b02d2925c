"""RapidOCR (PP-OCR models on onnxruntime): one engine per process, loaded once, offline.

Why these settings (measured on rendered scans, see issue 13): the angle classifier
silently returns empty text for some upright lines, so it is off; the detector works on
the page scaled to at most 960 px (as accurate as larger, much faster); the recogniser
reads one line at a time (batches pad every line to the longest: 25 % slower, and the
padding changed a few readings); each engine runs onnxruntime with one intra-op and one
inter-op thread, because pages run in parallel threads anyway and a small machine is
oversubscribed otherwise. Only the models inside the wheel are used (non-default models
would be downloaded, which must never happen).

The engine is created lazily, once per process, under a lock: it holds about 180 MB,
and onnxruntime sessions are safe to call from several threads at once (they release
the GIL; rapidocr keeps no per-call state when called without arguments), so all page
threads share it. If it cannot be created (not installed, a broken model file),
`EngineUnavailable` carries a short reason code and the caller falls back to Tesseract.
Importing this module imports nothing heavy.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

PARAMS: dict[str, Any] = {
    "Global.use_cls": False,
    "Global.log_level": "error",
    "Global.return_word_box": True,  # character boxes: printed spaces are found between them
    "Global.return_single_char_box": True,
    "Det.limit_side_len": 960,
    "Det.limit_type": "max",
    "Rec.rec_batch_num": 1,  # lines one by one, unpadded: 25 % less CPU, and padding changed readings
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}
_LOCK = threading.Lock()
_ENGINE: list[Any] = []  # the engine, once created
_FAILED: list[str] = []  # the reason code, once creation failed (not retried per page)


class EngineUnavailable(RuntimeError):
    """RapidOCR cannot run here; `code` goes into the `ocr_engine_fallback:<code>` warning."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class Glyph:
    """One recognised character (or Latin word) and its horizontal extent in pixels."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True)
class TextBox:
    """One detected text line: axis-aligned box in pixels, text, score (0-1), characters."""

    text: str
    score: float
    x0: float
    top: float
    x1: float
    bottom: float
    glyphs: list[Glyph] = field(default_factory=list)


def load_engine() -> Any:
    """The process's RapidOCR engine, created on first use (thread-safe)."""
    if _ENGINE:
        return _ENGINE[0]
    with _LOCK:
        if _ENGINE:
            return _ENGINE[0]
        if _FAILED:
            raise EngineUnavailable(_FAILED[0])
        try:
            _ENGINE.append(_create())
        except EngineUnavailable as exc:
            _FAILED.append(exc.code)
            raise
        return _ENGINE[0]


def _create() -> Any:
    """Import and build the engine, and load both models now (not inside the first page)."""
    try:
        import cv2
        import onnxruntime  # noqa: F401  (rapidocr does not declare it; fail early and clearly)
        from rapidocr import RapidOCR
    except ImportError as exc:
        raise EngineUnavailable("not_installed", str(exc)) from None
    cv2.setNumThreads(1)  # page threads give the parallelism; OpenCV's own pool only competes
    try:
        engine = RapidOCR(params=dict(PARAMS))
        for loader in ("_load_det_model", "_load_rec_model"):  # lazy in rapidocr 3.10: a missing
            getattr(engine, loader, lambda: None)()  # or corrupt model shows here, not on a page
    except Exception as exc:  # noqa: BLE001  (any model/config failure means: use Tesseract)
        raise EngineUnavailable("model_error", f"{type(exc).__name__}: {exc}") from None
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)  # it logs model paths and empty pages
    return engine


def recognize(image: Any) -> list[TextBox]:
    """Text lines of one page image (a 2-D uint8 numpy array, or 3-D BGR)."""
    result = load_engine()(image)
    boxes = getattr(result, "boxes", None)
    if boxes is None or not len(boxes):
        return []
    texts, scores = list(result.txts), [float(s) for s in result.scores]
    glyphs = _align_glyphs(texts, list(getattr(result, "word_results", ()) or ()))
    out = []
    for quad, text, score, chars in zip(boxes, texts, scores, glyphs, strict=True):
        xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
        out.append(TextBox(text, score, min(xs), min(ys), max(xs), max(ys), chars))
    return out


def _align_glyphs(texts: list[str], words: list[Any]) -> list[list[Glyph]]:
    """Character boxes per line.

    rapidocr drops lines without character boxes from `word_results` (so its index can
    shift against the lines); a line gets the next entry only if that entry spells it.
    """
    out: list[list[Glyph]] = []
    pos = 0
    for text in texts:
        entry = words[pos] if pos < len(words) else ()
        glyphs = [_glyph(item) for item in entry or ()]
        spelled = "".join(g.text for g in glyphs if g is not None)
        if glyphs and None not in glyphs and _squash(spelled) == _squash(text):
            out.append([g for g in glyphs if g is not None])
            pos += 1
        else:
            out.append([])
    return out


def _glyph(item: Any) -> Glyph | None:
    try:
        text, _score, quad = item
        xs = [float(p[0]) for p in quad]
    except (TypeError, ValueError, IndexError):
        return None
    return Glyph(str(text), min(xs), max(xs))


def _squash(text: str) -> str:
    return "".join(text.split())


def reset_for_tests() -> None:
    """Forget the engine and any failure (tests that simulate a missing engine)."""
    with _LOCK:
        _ENGINE.clear()
        _FAILED.clear()
