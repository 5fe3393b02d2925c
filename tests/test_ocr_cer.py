"""Properties of the CER used by bench/bench_ocr_corpora.py (tools/ocr_cer.py), with hypothesis.

The folding must make a text and its width-, quote-, space- and script-variants compare
equal, must be idempotent, and the fast bit-parallel edit distance must equal the
textbook dynamic programme on any pair of strings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.ocr_cer import (
    HAS_T2S,
    CerCount,
    cer,
    cer_count,
    fold,
    fold_quotes,
    fold_width,
    levenshtein,
    summarize,
    to_simplified,
)

_CJK = "县区市学习周全民终身活动开幕式教育局〔〕—，。：；（）、"
_ALPHABET = _CJK + "ab12-()[]:,.\"' \t\n" + "“”‘’「」『』" + "ＡＢ１２：，（）　"
_text = st.text(alphabet=_ALPHABET, max_size=40)
_short = st.text(alphabet="abcd县区", max_size=12)


def _naive(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _widen(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


@settings(max_examples=400, deadline=None)
@given(_short, _short)
def test_bit_parallel_distance_equals_dynamic_programme(a: str, b: str) -> None:
    assert levenshtein(a, b) == _naive(a, b)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab县", min_size=60, max_size=150), st.text(alphabet="ab县", max_size=150))
def test_distance_beyond_one_machine_word(a: str, b: str) -> None:
    assert levenshtein(a, b) == _naive(a, b)


@settings(max_examples=200, deadline=None)
@given(_short, _short, _short)
def test_distance_is_a_metric(a: str, b: str, c: str) -> None:
    assert levenshtein(a, b) == levenshtein(b, a)
    assert (levenshtein(a, b) == 0) == (a == b)
    assert levenshtein(a, c) <= levenshtein(a, b) + levenshtein(b, c)
    assert abs(len(a) - len(b)) <= levenshtein(a, b) <= max(len(a), len(b))


@settings(max_examples=300, deadline=None)
@given(_text)
def test_fold_is_idempotent_and_has_no_white_space(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert not any(c.isspace() for c in once)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=30))
def test_full_width_folds_to_ascii(text: str) -> None:
    assert fold_width(_widen(text)) == text
    assert cer(_widen(text), text) == 0.0


@settings(max_examples=300, deadline=None)
@given(_text, st.lists(st.sampled_from(" \t\n\u3000"), max_size=8), st.randoms(use_true_random=False))
def test_white_space_never_counts(text: str, spaces: list[str], rnd: object) -> None:
    chars = list(text)
    for space in spaces:
        chars.insert(rnd.randrange(len(chars) + 1), space)  # type: ignore[attr-defined]
    assert cer_count("".join(chars), text).distance == 0


@settings(max_examples=200, deadline=None)
@given(_text)
def test_quote_styles_compare_equal(text: str) -> None:
    curly = text.replace('"', "“").replace("'", "’")
    corner = text.replace('"', "「").replace("'", "‘")
    assert fold(curly) == fold(corner) == fold(text)
    assert fold_quotes("“a”‘b’「c」『d』") == "\"a\"'b'\"c\"\"d\""


@settings(max_examples=200, deadline=None)
@given(_text, _text)
def test_cer_is_zero_only_for_equal_folds(hyp: str, ref: str) -> None:
    count = cer_count(hyp, ref)
    assert count.distance >= 0 and count.length == len(fold(ref))
    assert (count.distance == 0) == (fold(hyp) == fold(ref))


@pytest.mark.skipif(not HAS_T2S, reason="opencc-python-reimplemented not installed")
def test_traditional_folds_to_simplified() -> None:
    assert to_simplified("終身學習活動週開幕式") == "终身学习活动周开幕式"
    assert cer("全民終身學習活動週", "全民终身学习活动周") == 0.0
    assert fold(to_simplified("縣區教育局")) == fold("县区教育局")


def test_cer_examples() -> None:
    assert cer("示例具学习周", "示例县学习周") == pytest.approx(1 / 6)
    assert cer("", "abcd") == 1.0
    assert cer("", "") == 0.0 and cer("x", "") == 1.0
    assert cer("〔２０１３〕", "〔2013〕") == 0.0


def test_summary_pools_and_averages() -> None:
    summary = summarize([CerCount(1, 10), CerCount(0, 30), CerCount(3, 10)])
    assert summary.documents == 3
    assert summary.pooled == pytest.approx(4 / 50)
    assert summary.mean == pytest.approx((0.1 + 0.0 + 0.3) / 3)
    assert summary.worst == pytest.approx(0.3)
    assert summarize([]).documents == 0
