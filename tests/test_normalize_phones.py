"""Phone normaliser: the shapes Chinese contact lines use, and the numbers that are not phones."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.phones import find_phones, is_postal_code, normalize_phone, phone_digits, phone_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("020-83456789", "landline"), ("0431-88765432", "landline"), ("(0512)65123456", "landline"),
        ("（0512）65123456", "landline"), ("0512 65123456", "landline"), ("020—83456789转801", "landline"),
        ("65123456", "local"), ("6512345", "local"), ("13912345678", "mobile"), ("139-1234-5678", "mobile"),
        ("400-123-4567", "landline"),
    ],
)
def test_phone_shapes(text: str, kind: str) -> None:
    assert normalize_phone(text) is not None
    assert phone_kind(text) == kind


@pytest.mark.parametrize("text", ["450018", "2013", "20", "123", "12345678901", "0123"])
def test_not_phones(text: str) -> None:
    assert normalize_phone(text) is None


def test_written_form_kept_but_tidied() -> None:
    assert normalize_phone("（025）83456789") == "(025)83456789"
    assert normalize_phone("020—83456789") == "020-83456789"
    assert phone_digits("020-83456789转801") == "02083456789801"


def test_find_phones_ignores_dates_and_codes() -> None:
    text = "2023-10-12发布，邮编510000，电话020-83456789，手机13812345678"
    assert [m.group(1) for m in find_phones(text)] == ["020-83456789", "13812345678"]


phones = st.one_of(
    st.from_regex(r"\A1[3-9]\d{9}\Z"),
    st.from_regex(r"\A0\d{2,3}-[2-9]\d{6,7}\Z"),
    st.from_regex(r"\A[2-9]\d{7}\Z"),
    st.from_regex(r"\A\(0\d{2,3}\)[2-9]\d{6,7}(转\d{1,4})?\Z"),
)


@settings(max_examples=200, deadline=None)
@given(phones)
def test_normalisation_idempotent_and_digits_kept(text: str) -> None:
    once = normalize_phone(text)
    assert once is not None
    assert normalize_phone(once) == once
    assert phone_digits(once) == phone_digits(text)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A\d{6}\Z"))
def test_postal_code_never_a_phone(code: str) -> None:
    assert is_postal_code(code)
    assert normalize_phone(code) is None
    assert find_phones(f"邮编：{code}，地址：某路1号") == []
