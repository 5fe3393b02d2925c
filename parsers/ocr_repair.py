"""Repairs for what OCR gets systematically wrong in Chinese official text.

Tesseract's Chinese model separates every "word" by a space, reads full-width
punctuation as its ASCII twin (，→, ：→:) and the 六角括号 of a document number
(某教〔2013〕10号 as a shape) as round brackets. RapidOCR makes fewer but similar
mistakes: half of a bracket pair in ASCII (（二)), a closing 〕 read as ], a range dash
or the hyphen of a telephone number read as 一 (the numeral one). Each repair looks
only at a CJK or numeric context, so Latin words, e-mail addresses, URLs, times (08:30)
and numbers (1,000) keep their spaces and ASCII punctuation.
"""
from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2026\u2014"
_CJK = f"[{HAN}{CJK_PUNCT}]"

_SPACE_IN_CJK = re.compile(rf"(?<={_CJK})[ \t\u3000]+(?={_CJK})")
_DOC_NUMBER = re.compile(
    rf"(?<=[{HAN}])\s*[(（\[【〔{{]{{1,2}}\s*((?:19|20)\d{{2}})\s*[)）\]】〕}}]{{1,2}}\s*(\d{{1,4}})\s*([号號])"
)
_PHONE_DASH = re.compile(r"(?<![\d.])(0\d{2,3})\s*[一—－–~]\s*(\d{7,8})(?!\d)")
_DASH = re.compile(r"(?<=[\d日号])\s*一\s*(?=\d)")
_MIXED_OPEN = re.compile(rf"[(（]\s*([^()（）\n]{{0,30}}?[{HAN}][^()（）\n]{{0,30}}?)\s*[)）]")
_COMMA = re.compile(rf"(?<={_CJK})\s*,\s*|\s*,\s*(?={_CJK})")
_COLON = re.compile(rf"(?<=[{HAN}])\s*:\s*")
_SEMI = re.compile(rf"(?<={_CJK})\s*;\s*|\s*;\s*(?={_CJK})")
_MARKS = re.compile(rf"(?<=[{HAN}])\s*([!?])")
_FULL_STOP = re.compile(rf"(?<=[{HAN}])\s*\.\s*$", re.MULTILINE)
_SPACE_AROUND_FULLWIDTH = re.compile(r"[ \t]*([，：；、。！？（）〔〕])[ \t]*")
_FULLWIDTH = {"!": "！", "?": "？"}


def repair_ocr_text(text: str, cjk_spaces: bool = True, punctuation: bool = True) -> str:
    """All repairs, in an order where each sees the output of the previous one.

    `cjk_spaces=False` keeps spaces between CJK characters, for text whose spaces were
    already decided from the word gaps on the image (see `parsers.ocr_layout`).
    `punctuation=False` keeps the punctuation widths as read: RapidOCR's are mostly right
    and fixed from geometry (`parsers._ocr_lines`), and texts mix both widths.
    """
    text = repair_phone_numbers(repair_doc_numbers(text))
    text = repair_dashes(repair_punctuation(text) if punctuation else text)
    return remove_cjk_spaces(text) if cjk_spaces else text


def repair_doc_numbers(text: str) -> str:
    """`X教(2013)10号` → `X教〔2013〕10号`: only brackets around a 4-digit year followed by N号."""
    return _DOC_NUMBER.sub(r"〔\1〕\2\3", text)


def repair_phone_numbers(text: str) -> str:
    """`0123一4567890` → `0123-4567890`: an area code (0 and 2-3 digits) and a 7-8 digit
    number around a dash-like character can only be a telephone number's hyphen."""
    return _PHONE_DASH.sub(r"\1-\2", text)


def repair_dashes(text: str) -> str:
    """A dash between dates or numbers read as 一 (the numeral one): `16日一22日` → `16日—22日`.

    Chinese numerals never follow an Arabic digit or 日 directly before another digit,
    so 一 there can only be the range dash.
    """
    return _DASH.sub("—", text)


def repair_punctuation(text: str) -> str:
    """Half-width punctuation inside Chinese context becomes the full-width form."""
    text = _MIXED_OPEN.sub(r"（\1）", text)
    text = _COMMA.sub("，", text)
    text = _COLON.sub("：", text)
    text = _SEMI.sub("；", text)
    text = _MARKS.sub(lambda m: _FULLWIDTH[m.group(1)], text)
    text = _FULL_STOP.sub("。", text)
    return _SPACE_AROUND_FULLWIDTH.sub(r"\1", text)


def remove_cjk_spaces(text: str) -> str:
    """Spaces between two CJK characters (or CJK punctuation) are OCR word gaps, not text."""
    return _SPACE_IN_CJK.sub("", text)


def join_words(words: list[str]) -> str:
    """Words of one OCR line: a space only between two ASCII letters/digits."""
    out = ""
    for word in words:
        if out and _ascii_alnum(out[-1]) and _ascii_alnum(word[0]):
            out += " "
        out += word
    return out


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "@._-/")
