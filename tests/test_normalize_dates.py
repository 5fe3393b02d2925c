"""The shared date normaliser: every written form, ranges, fuzzy spans, invalid dates."""
from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.dates import (
    explicit_years,
    find_dates,
    find_fuzzy,
    make_date,
    parse_date,
    to_int,
    year_near,
)

_CN = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    """1..31 in Chinese numerals as documents write them (十, 十二, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "") if n >= 10 else _CN[n]


def render(d: dt.date, form: str) -> str:
    if form == "arabic":
        return f"{d.year}年{d.month}月{d.day}日"
    if form == "padded":
        return f"{d.year} 年 {d.month:02d} 月 {d.day:02d} 日"
    if form == "chinese":
        return "".join(_CN[int(c)] for c in str(d.year)) + f"年{cn_small(d.month)}月{cn_small(d.day)}日"
    sep = {"iso": "-", "dotted": ".", "slashed": "/"}[form]
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}" if form == "iso" else f"{d.year}{sep}{d.month}{sep}{d.day}"


DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
FORMS = st.sampled_from(["arabic", "padded", "chinese", "iso", "dotted", "slashed"])


@settings(deadline=None)  # the first Chinese numeral imports cn2an
@given(DATES, FORMS)
def test_every_written_form_parses_back(d: dt.date, form: str) -> None:
    assert parse_date(render(d, form)) == d


@settings(deadline=None)
@given(DATES, FORMS)
def test_a_date_inside_a_sentence_is_found_with_exact_offsets(d: dt.date, form: str) -> None:
    text = f"本单位定于{render(d, form)}（星期三）上午9:00召开会议。"
    found = find_dates(text)
    assert len(found) == 1 and not found[0].is_range
    assert text[found[0].start : found[0].end] == found[0].text
    assert found[0].first.resolve() == d


@given(st.integers(1990, 2060), st.integers(1, 12), st.integers(1, 31))
def test_impossible_days_are_refused(year: int, month: int, day: int) -> None:
    valid = day <= calendar.monthrange(year, month)[1]
    assert (parse_date(f"{year}年{month}月{day}日") is not None) == valid


@given(DATES, st.integers(0, 40), st.sampled_from(["—", "–", "-", "至", "到", "~", "～", "——"]))
def test_ranges_resolve_to_both_ends_across_months_and_years(d: dt.date, span: int, sep: str) -> None:
    end = d + dt.timedelta(days=span)
    short = f"{end.day}日" if end.month == d.month and end.year == d.year else f"{end.month}月{end.day}日"
    text = f"活动时间：{d.month}月{d.day}日{sep}{short}。"
    found = [m for m in find_dates(text) if m.is_range]
    assert len(found) == 1
    assert found[0].resolve(d.year) == (d, end)


@given(st.integers(1, 12), st.sampled_from(["上旬", "中旬", "下旬", "中下旬", "底", "初", "第四周"]))
def test_fuzzy_spans_never_become_days(month: int, part: str) -> None:
    text = f"开幕式定于{month}月{part}举行"
    assert find_dates(text) == []
    assert [f.month for f in find_fuzzy(text)] == [month]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("16", 16), ("十", 10), ("十六", 16), ("二十", 20), ("三十一", 31), ("二〇一三", 2013), ("二○一三", 2013)],
)
def test_numerals(numeral: str, value: int) -> None:
    assert to_int(numeral) == value


def test_make_date_refuses_missing_or_impossible_parts() -> None:
    assert make_date(2013, 2, 30) is None
    assert make_date(2013, 2, 29) is None and make_date(2012, 2, 29) == dt.date(2012, 2, 29)
    assert make_date(None, 10, 16) is None


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("2013年10月16日—10月22日", None, "2013-10-16", "2013-10-22"),
        ("于10月16日至22日举办", 2013, "2013-10-16", "2013-10-22"),
        ("于10月19日–25日举办", 2014, "2014-10-19", "2014-10-25"),
        ("2016年9月1日——2016年9月20日", None, "2016-09-01", "2016-09-20"),
        ("从2020年3月11日起至13日止", None, "2020-03-11", "2020-03-13"),
        ("12月28日至1月3日", 2015, "2015-12-28", "2016-01-03"),
        ("10月16日（星期三）上午9:00至10月18日（周五）", 2013, "2013-10-16", "2013-10-18"),
        ("二〇一三年十月十六日至十月二十二日", None, "2013-10-16", "2013-10-22"),
        ("2017-10-21至2017-10-27", None, "2017-10-21", "2017-10-27"),
    ],
)
def test_range_forms(text: str, year: int | None, start: str, end: str) -> None:
    found = [m for m in find_dates(text) if m.is_range]
    assert len(found) == 1
    days = found[0].resolve(year)
    assert days is not None and (days[0].isoformat(), days[1].isoformat()) == (start, end)


def test_day_only_range_keeps_month_unknown() -> None:
    found = find_dates("20日—26日")
    assert found[0].is_range and found[0].first.month is None and found[0].resolve(2013) is None


def test_invalid_range_end_is_refused() -> None:
    assert [m.resolve(2013) for m in find_dates("9月1日-9月31日")] == [None]


def test_bare_days_and_day_like_words_are_not_dates() -> None:
    assert find_dates("开展社区教育体验日活动，自公布之日起7日内提出") == []


def test_missing_day_character_before_deadline_word() -> None:
    found = find_dates("请于10月10前报送")
    assert found[0].first.iso(2013) == "2013-10-10"


@pytest.mark.parametrize(
    ("text", "precision", "tentative", "relation"),
    [
        ("活动周时间为11月中旬", "dekad", False, "in"),
        ("开幕式拟定于2022年12月上旬举行", "dekad", True, "in"),
        ("定于10月第四周在某地举行", "week", False, "in"),
        ("于11月底前完成", "month", False, "before"),
        ("在10月底前后1个月内安排", "month", False, "around"),
        ("活动暂定于10月20日之后开展", "day", True, "after"),
        ("开幕式拟于10月20日举行", "day", True, "in"),
        ("十二月上旬", "dekad", False, "in"),
    ],
)
def test_fuzzy_forms(text: str, precision: str, tentative: bool, relation: str) -> None:
    (f,) = find_fuzzy(text)
    assert (f.precision, f.tentative, f.relation) == (precision, tentative, relation)
    assert text[f.start : f.end] == f.text


def test_a_firm_day_is_not_fuzzy() -> None:
    assert find_fuzzy("开幕式于10月20日在市民广场举行") == []


def test_explicit_years_and_nearest_year() -> None:
    text = "2023-2024年度工作。二〇一三年回顾。于10月30日前报送。"
    assert [y for _, y in explicit_years(text)] == [2023, 2013]
    assert year_near(text, text.index("10月")) == 2013
    assert year_near("10月9日，本市2019年活动周开幕", 0) == 2019
    assert year_near("没有年份", 0) is None


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("活动时间：2031.10.20-10.26", None, ("2031-10-20", "2031-10-26")),
        ("2031/11/07—11/13，各街道", None, ("2031-11-07", "2031-11-13")),
        ("于2031.10.22-2031.10.28举办", None, ("2031-10-22", "2031-10-28")),
        ("活动周（10.16-10.22）", 2031, ("2031-10-16", "2031-10-22")),
    ],
)
def test_compact_dotted_and_slashed_ranges(text: str, year: int | None, expected: tuple[str, str]) -> None:
    (mention,) = find_dates(text)
    days = mention.resolve(year)
    assert days is not None and (days[0].isoformat(), days[1].isoformat()) == expected


def test_decimal_ranges_are_not_dates() -> None:
    assert find_dates("参与人数1.2-1.5万人，增长3.5-4.5%") == []
