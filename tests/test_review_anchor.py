"""Property tests for review anchors (hypothesis): a correction keeps pointing at its snippet.

Texts are built from two disjoint alphabets: filler characters, and marker characters
that only ever appear in the anchored snippet (or in the brackets around it), so each
generated case has one sound answer: the moved span, or None when the snippet is gone
or cannot be told apart from its copies. Offsets are code points: characters outside the
BMP (𠀋 U+2000B, emoji) count once.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.review.anchor import CONTEXT, is_anchor, locate, make_anchor

FILLER = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"  # noqa: E501
MARKS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
OPEN, CLOSE = "《", "》"
FILLER_CHARS = "".join(sorted(set(FILLER) - set(MARKS) - {OPEN, CLOSE}))
NON_BMP = "𠀋𪚥😀🎓"

filler = st.text(alphabet=FILLER_CHARS + "，。、\n0123456789", max_size=120)
snippet = st.text(alphabet=MARKS, min_size=1, max_size=12)


def _span(before: str, snip: str) -> tuple[int, int]:
    return len(before), len(before) + len(snip)


# (a) same text -> same offsets


@settings(max_examples=200, deadline=None)
@given(filler, snippet, filler)
def test_same_text_gives_same_offsets(before: str, snip: str, after: str) -> None:
    text = before + snip + after
    anchor = make_anchor(text, *_span(before, snip))
    assert is_anchor(anchor)
    assert locate(text, anchor) == _span(before, snip)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=80), st.data())
def test_any_span_of_any_text_is_found_in_place(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = make_anchor(text, start, end)
    assert anchor["exact"] == text[start:end]
    assert locate(text, anchor) == (start, end)


# (b) an edit elsewhere -> the moved span


@settings(max_examples=300, deadline=None)
@given(filler, snippet, filler, filler, st.booleans(), st.data())
def test_edit_before_or_after_moves_the_span(
    before: str, snip: str, after: str, inserted: str, at_before: bool, data: st.DataObject,
) -> None:
    """Insert or delete filler outside the (unique) snippet: it is found at its new place."""
    text = before + snip + after
    anchor = make_anchor(text, *_span(before, snip))
    part = before if at_before else after
    cut = data.draw(st.integers(0, len(part)))
    drop = data.draw(st.integers(0, len(part) - cut))
    edited = part[:cut] + inserted + part[cut + drop:]
    new_before, new_after = (edited, after) if at_before else (before, edited)
    new_text = new_before + snip + new_after
    found = locate(new_text, anchor)
    assert found == _span(new_before, snip)
    assert new_text[found[0]:found[1]] == anchor["exact"]


@settings(max_examples=300, deadline=None)
@given(filler, snippet, filler, st.integers(1, 4), st.text(alphabet=FILLER_CHARS, min_size=1, max_size=120),
       st.booleans())
def test_repeated_snippet_told_apart_by_its_context(
    head: str, snip: str, tail: str, copies: int, inserted: str, at_top: bool,
) -> None:
    """The snippet also appears bare elsewhere; only the anchored copy is bracketed 《…》.

    An insertion far from the span (at the top or the end of the text) must leave the
    bracketed copy found, never a bare copy that happens to sit at the old offsets.
    """
    bare = ("，" + snip + "。") * copies
    before = head + bare + "\n" * CONTEXT + OPEN
    after = CLOSE + "\n" * CONTEXT + bare + tail
    text = before + snip + after
    anchor = make_anchor(text, *_span(before, snip))
    new_before, new_after = (inserted + before, after) if at_top else (before, after + inserted)
    new_text = new_before + snip + new_after
    assume(new_text[anchor["start"]:anchor["end"]] != snip)  # a copy at the old offsets: see below
    assert locate(new_text, anchor) == _span(new_before, snip)


@settings(max_examples=100, deadline=None)
@given(filler, snippet, filler, st.integers(1, 4), st.data())
def test_repeated_snippet_with_a_copy_moved_onto_the_old_offsets(
    head: str, snip: str, tail: str, copies: int, data: st.DataObject,
) -> None:
    """As above, with the insertion exactly as long as the distance from a bare copy to the
    anchored one, so a bare copy lands on the old offsets: the bracketed copy must still win."""
    bare = ("，" + snip + "。") * copies
    before = head + bare + "\n" * CONTEXT + OPEN
    text = before + snip + CLOSE + "\n" * CONTEXT + bare + tail
    start = len(before)
    anchor = make_anchor(text, start, start + len(snip))
    copy_at = data.draw(st.sampled_from([len(head) + 1 + k * (len(snip) + 2) for k in range(copies)]))
    shift = start - copy_at
    inserted = data.draw(st.text(alphabet=FILLER_CHARS, min_size=shift, max_size=shift))
    new_text = inserted + text
    assert new_text[start:start + len(snip)] == snip
    assert locate(new_text, anchor) == (start + shift, start + shift + len(snip))


def test_a_copy_at_the_old_offsets_does_not_win_over_the_real_context() -> None:
    """An insertion at the top puts an earlier bare copy exactly at the old offsets: the
    copy still in the anchor's context (at its new place) must win, not the bare one."""
    text = "申请表由学校填写。\n《申请表》见附件，报区教育局。"
    start = text.index("《申请表》") + 1
    anchor = make_anchor(text, start, start + 3)
    new_text = "一" * start + text
    assert new_text[start:start + 3] == "申请表"  # the bare copy now sits at the old offsets
    assert locate(new_text, anchor) == (2 * start, 2 * start + 3)


# (c) snippet deleted -> None


@settings(max_examples=200, deadline=None)
@given(filler, snippet, filler, filler)
def test_deleted_snippet_is_not_found(before: str, snip: str, after: str, replacement: str) -> None:
    text = before + snip + after
    anchor = make_anchor(text, *_span(before, snip))
    assert locate(before + replacement + after, anchor) is None


@settings(max_examples=200, deadline=None)
@given(filler, st.text(alphabet=MARKS, min_size=2, max_size=12), filler, st.data())
def test_partly_deleted_snippet_is_not_found(before: str, snip: str, after: str, data: st.DataObject) -> None:
    text = before + snip + after
    anchor = make_anchor(text, *_span(before, snip))
    gone = data.draw(st.integers(0, len(snip) - 1))
    assert locate(before + snip[:gone] + snip[gone + 1:] + after, anchor) is None


# (d) several copies and no context matching -> None, never a guess


@settings(max_examples=300, deadline=None)
@given(filler, snippet, filler, st.lists(filler, min_size=3, max_size=5))
def test_copies_without_context_are_not_guessed(before: str, snip: str, after: str, gaps: list[str]) -> None:
    """The anchored copy sat between 《 and 》; the new text has only bare copies, each
    between characters that match neither side of the context."""
    text = before + OPEN + snip + CLOSE + after
    anchor = make_anchor(text, *_span(before + OPEN, snip))
    new_text = "、".join(g + "丨" + snip + "丨" for g in gaps)
    assume(new_text[anchor["start"]:anchor["end"]] != snip)  # a copy at the old offsets: see below
    assert locate(new_text, anchor) is None


def test_copy_at_old_offsets_without_context_is_not_taken() -> None:
    """Two bare copies, one exactly at the old offsets, none in the old context: no guess."""
    text = "通知：\n《学习之星》评选\n"
    start = text.index("学习之星")
    anchor = make_anchor(text, start, start + 4)
    new_text = "一、二三：学习之星；另有学习之星。"
    assert new_text[start:start + 4] == "学习之星"
    assert locate(new_text, anchor) is None


# (e) characters outside the BMP count once


@settings(max_examples=200, deadline=None)
@given(filler, snippet, filler, st.text(alphabet=NON_BMP + FILLER_CHARS[:20], min_size=1, max_size=20))
def test_non_bmp_before_the_span_keeps_code_point_offsets(
    before: str, snip: str, after: str, rare: str,
) -> None:
    text = "𠀋" + before + "😀" + snip + after
    start = text.index(snip)
    assert start == len(before) + 2  # code points, not UTF-16 units
    anchor = make_anchor(text, start, start + len(snip))
    assert anchor["exact"] == snip
    new_text = rare + text
    found = locate(new_text, anchor)
    assert found == (start + len(rare), start + len(rare) + len(snip))
    assert new_text[found[0]:found[1]] == snip


def test_non_bmp_snippet_itself() -> None:
    text = "居民𠀋学习点😀：“𪚥学堂”开讲"
    start = text.index("𪚥学堂")
    anchor = make_anchor(text, start, start + 3)
    assert anchor["exact"] == "𪚥学堂" and anchor["prefix"].endswith("“")
    moved = "🎓🎓\n" + text
    assert locate(moved, anchor) == (start + 3, start + 6)


# plain examples in invented wording


def test_example_title_moves_after_a_new_header_line() -> None:
    text = "临江市教育局文件\n关于举办2021年临江市全民终身学习活动周的通知\n各区县教育局："
    start = text.index("关于")
    end = text.index("的通知") + 3
    anchor = make_anchor(text, start, end)
    moved = "【发布时间：2021-09-01】\n" + text
    found = locate(moved, anchor)
    assert found is not None and moved[found[0]:found[1]] == "关于举办2021年临江市全民终身学习活动周的通知"


def test_example_repeated_year_resolved_by_context() -> None:
    text = "2020年工作总结\n现将2021年全民终身学习活动周安排通知如下，2022年另行通知。"
    start = text.index("2021")
    anchor = make_anchor(text, start, start + 4)
    edited = text.replace("2020年工作总结\n", "")
    assert locate(edited, anchor) == (edited.index("2021"), edited.index("2021") + 4)
    both = edited.replace("2022", "2021")  # now two 2021s: the one with the old context wins
    assert locate(both, anchor) == (both.index("2021"), both.index("2021") + 4)


def test_example_contact_name_deleted_is_orphaned() -> None:
    text = "联系人：王晓梅，电话：0512-66881234"
    start = text.index("王晓梅")
    anchor = make_anchor(text, start, start + 3)
    assert locate("联系人：李建国，电话：0512-66881234", anchor) is None


def test_example_same_name_twice_no_context_is_not_guessed() -> None:
    text = "主办：东湖街道社区学校\n"
    start = text.index("东湖")
    anchor = make_anchor(text, start, start + 8)
    new_text = "承办单位 东湖街道社区学校 ；协办单位 东湖街道社区学校 。"
    assert locate(new_text, anchor) is None


def test_make_anchor_refuses_bad_offsets() -> None:
    with pytest.raises(ValueError):
        make_anchor("学习", 1, 1)
    with pytest.raises(ValueError):
        make_anchor("学习", 0, 3)
    with pytest.raises(ValueError):
        make_anchor("学习", -1, 1)


def test_is_anchor_rejects_untrusted_shapes() -> None:
    good = make_anchor("终身学习", 0, 2)
    assert is_anchor(good)
    assert not is_anchor(None)
    assert not is_anchor({**good, "exact": ""})
    assert not is_anchor({**good, "start": "0"})
    assert not is_anchor({k: v for k, v in good.items() if k != "suffix"})
