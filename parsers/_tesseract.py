"""Running the `tesseract` CLI and turning its TSV output into positioned text lines.

The CLI (not a Python binding) keeps OCR in a separate process: a crash or a hang on a
bad image costs one page, not the batch, and many pages can run at once. Each process is
limited to one OpenMP thread (OMP_THREAD_LIMIT=1): with its default threading Tesseract
is about three times slower per page on a small machine, and pages run in parallel
anyway. TSV output gives each word's box and confidence, from which the lines are rebuilt
by `parsers.ocr_layout`.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from models import ConverterMissing
from parsers._convert import ConversionTimeout

PACKAGES = "tesseract-ocr and tesseract-ocr-chi-sim"
TESSERACT_ENV = "LIFELONG_TESSERACT"
LANG_ENV = "LIFELONG_OCR_LANG"
DEFAULT_LANG = "chi_sim"  # its model reads Latin words and digits; +eng misreads CJK as Latin
# psm 4: one column of text of variable sizes; unlike psm 6 it keeps ruled table rows.
DEFAULT_PSM = "4"
PAGE_TIMEOUT = 120.0


@dataclass(frozen=True)
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float


def find_tesseract() -> str:
    """Path of the tesseract executable, or `ConverterMissing` naming the Debian packages."""
    override = os.environ.get(TESSERACT_ENV)
    found = override if override and Path(override).is_file() else shutil.which("tesseract")
    if not found:
        raise ConverterMissing(
            f"Tesseract is needed to read scanned pages; install it, e.g. `apt-get install "
            f"tesseract-ocr tesseract-ocr-chi-sim` (Debian packages {PACKAGES})"
        )
    return found


def languages(lang: str | None = None) -> str:
    """The language string, checked against the installed models."""
    wanted = lang or os.environ.get(LANG_ENV) or DEFAULT_LANG
    missing = [x for x in wanted.split("+") if x not in installed_languages(find_tesseract())]
    if missing:
        package = ", ".join("tesseract-ocr-" + x.replace("_", "-") for x in missing)
        raise ConverterMissing(f"Tesseract has no model for {', '.join(missing)}; install {package}")
    return wanted


@functools.lru_cache(maxsize=4)
def installed_languages(exe: str) -> frozenset[str]:
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    lines = (out.stdout + out.stderr).splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and " " not in x.strip())


def run_tsv(image: Path, lang: str | None = None, timeout: float = PAGE_TIMEOUT) -> str:
    """Tesseract's TSV for one image file."""
    cmd = [find_tesseract(), str(image), "stdout", "-l", languages(lang), "--psm", DEFAULT_PSM, "tsv"]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise ConversionTimeout(f"OCR of one page took longer than {timeout:g} s") from None
    if done.returncode != 0:
        raise ConverterMissing(f"tesseract failed: {done.stderr.strip()[-300:]}")
    return done.stdout


@dataclass(frozen=True)
class Row:
    """One OCR text line: its box (level 4 of the TSV) and its words."""

    box: Word
    words: list[Word]


def parse_tsv(tsv: str) -> list[Row]:
    """Text lines with their words sorted left to right (lines without words dropped)."""
    boxes: dict[tuple[str, str, str], Word] = {}
    words: dict[tuple[str, str, str], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        key = (row["block_num"], row["par_num"], row["line_num"])
        text = (row.get("text") or "").strip()
        if row.get("level") == "4":
            boxes[key] = _word(row, "")
        elif row.get("level") == "5" and text:
            words.setdefault(key, []).append(_word(row, text))
    return [Row(boxes.get(k) or _span(ws), sorted(ws, key=lambda w: w.left)) for k, ws in words.items()]


def _word(row: dict[str, str], text: str) -> Word:
    return Word(text, int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]),
                float(row["conf"]))


def _span(words: list[Word]) -> Word:
    left, top = min(w.left for w in words), min(w.top for w in words)
    right, bottom = max(w.left + w.width for w in words), max(w.top + w.height for w in words)
    return Word("", left, top, right - left, bottom - top, -1.0)
