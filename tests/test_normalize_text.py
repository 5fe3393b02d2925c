"""Text repair before extraction: each repair on the general case, offsets kept exact."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models import Block, Document, SourceInfo
from pipeline.normalize.mojibake import repair_shifted_gbk
from pipeline.normalize.text import fold_fullwidth, normalize_document, to_simplified, traditional_share

SRC = SourceInfo("x.txt", "x.txt", "txt", "0" * 64)


def doc(*lines: str) -> Document:
    return Document.from_blocks([Block("paragraph", line) for line in lines], SRC)


def shifted(text: str) -> str:
    """What a mirror site shows when it loses the first byte of a GBK run."""
    return "?" + (b"\xa1" + text.encode("gbk")).decode("gbk")


def test_fullwidth_ascii_folded_but_cjk_punctuation_kept() -> None:
    assert fold_fullwidth("２０１３年ＡＢｃ＠１２６．ｃｏｍ") == "2013年ABc@126.com"
    assert fold_fullwidth("（一）主题：学习，成长！") == "（一）主题：学习，成长！"
    assert fold_fullwidth("电话\u3000８６８５") == "电话 8685"


def test_pinyin_annotations_removed_after_hanzi_only() -> None:
    out = normalize_document(doc("终身学(xué)习(xí)活动周", "Email(abc) 与 (注)"))
    assert out.text.splitlines()[0] == "终身学习活动周"
    assert "Email(abc)" in out.text and "(注)" in out.text
    assert "repaired:pinyin_annotation" in out.warnings


def test_zero_width_and_emoji_removed() -> None:
    out = normalize_document(doc("活\u200b动\ufeff周🎉开幕"))
    assert out.text == "活动周开幕"
    assert {"repaired:zero_width", "repaired:emoji"} <= set(out.warnings)


def test_traditional_document_folded_to_simplified() -> None:
    out = normalize_document(doc("關於舉辦全民終身學習活動週的通知", "各縣區教育局："))
    assert out.text.startswith("关于举办全民终身学习活动")
    assert "repaired:traditional_to_simplified" in out.warnings


@given(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF))
def test_traditional_share_counts_what_t2s_changes(char: str) -> None:
    # the share is a set lookup; for one character it must agree with OpenCC's own conversion
    assert traditional_share(char) == (1.0 if to_simplified(char) != char else 0.0)


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=60))
def test_traditional_share_is_a_share_of_the_han_characters(text: str) -> None:
    changed = sum(1 for c in text if to_simplified(c) != c)
    assert traditional_share(text + "abc 123") == changed / len(text)


def test_simplified_document_left_alone() -> None:
    text = "关于举办全民终身学习活动周的通知"
    out = normalize_document(doc(text))
    assert out.text == text and not out.warnings


def test_byte_shifted_gbk_run_repaired() -> None:
    # the decoder falls back in step at a character whose GBK trail byte is ASCII (時 = 95 72)
    garbled = shifted("活動時間:10月")
    assert "�" not in garbled and "活動" not in garbled
    assert repair_shifted_gbk(garbled, to_simplified) == "活動時間:10月"
    assert normalize_document(doc(garbled)).text == "活动时间:10月"


def test_question_mark_in_correct_text_kept() -> None:
    for text in ["请问?对吗", "什么?你好世界x", "?(一)主题", "是否？是的"]:
        assert repair_shifted_gbk(text) == text


def test_offsets_point_into_normalised_text() -> None:
    out = normalize_document(doc("第一行\u200b", "学(xué)习周", "２０２３"))
    for block in out.blocks:
        assert out.text[block.start : block.end] == block.text


@given(st.lists(st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s), max_size=8))
def test_normalisation_never_breaks_offsets(lines: list[str]) -> None:
    out = normalize_document(doc(*lines))
    assert len(out.blocks) == len(lines)
    for block in out.blocks:
        assert out.text[block.start : block.end] == block.text


def test_mirror_site_spam_removed() -> None:
    out = normalize_document(doc("k3j9x0qz7m", "  正文第一段。", "以下是小编为您收集的通知范文，仅供参考。关于开展读书节的通知"))
    assert out.text.splitlines() == ["", "  正文第一段。", "关于开展读书节的通知"]
    assert "repaired:spam" in out.warnings


def test_words_and_codes_that_are_not_spam_kept() -> None:
    lines = ["abcdefgh", "20231012", "ISO9001", "联系人：小编辑部王老师"]
    assert normalize_document(doc(*lines)).text.splitlines() == lines
