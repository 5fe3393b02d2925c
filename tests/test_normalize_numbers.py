"""Shared number normaliser: Arabic, Chinese numerals, 万/亿 magnitudes and hedges."""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.numbers import Quantity, parse_number, parse_quantity, qualifier_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4700", 4700), ("4,700", 4700), ("1.5万", 15000), ("260万", 2_600_000), ("2亿", 200_000_000),
        ("五", 5), ("十九", 19), ("两", 2), ("一百五十五", 155), ("两千三百", 2300), ("万", 10000),
    ],
)
def test_parse_number_forms(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "三月份", "第五"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近8万", Quantity(80000, "approx")),
        ("4700多", Quantity(4700, "more_than")),
        ("超过260万", Quantity(2_600_000, "more_than")),
        ("95%以上", Quantity(95, "at_least")),
        ("近万", Quantity(10000, "approx")),
        ("300余万", Quantity(3_000_000, "more_than")),
        ("十余", Quantity(10, "more_than")),
        ("不超过8", Quantity(8, "at_most")),
        ("约120", Quantity(120, "approx")),
        ("42", Quantity(42, "exact")),
    ],
)
def test_parse_quantity_value_and_hedge(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


def test_nearest_hedge_wins_and_longer_words_first() -> None:
    assert qualifier_of("人数不超过", "") == "at_most"
    assert qualifier_of("人数超过", "") == "more_than"
    assert qualifier_of("", "及以上") == "at_least"
    assert qualifier_of("共", "") == "exact"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(cn2an.an2cn(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_with_and_without_thousands_separators(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["余", "多"]))
def test_hedged_wan_counts(n: int, hedge: str) -> None:
    assert parse_quantity(f"{n}{hedge}万") == Quantity(n * 10000, "more_than")
    assert parse_quantity(f"近{n}万") == Quantity(n * 10000, "approx")
