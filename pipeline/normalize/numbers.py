"""Numbers as Chinese documents write them: Arabic, Chinese numerals, 万/亿 and qualifiers.

Summaries report scale as "4700多项", "超过260万人次", "近万人", "五位", "95%以上". The
researcher wants the base number and how it was hedged, so this module splits a written
quantity into a value and a qualifier. It is shared: any extractor that reads a count
or an amount uses `parse_number` / `parse_quantity` instead of its own regexes.

Public API:
- `NUMBER_PATTERN`: regex source for one written number (Arabic with optional 万/千/亿,
  or Chinese numerals), usable inside larger patterns.
- `parse_number(text)`: the value of one written number, or None.
- `qualifier_of(prefix, suffix)`: the schema qualifier for the hedge words around a number.
- `parse_quantity(text)`: `Quantity(value, qualifier)` for "近8万", "4700多", "95%以上"...
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = "零〇一二两三四五六七八九"
CN_UNITS = "十百千万亿"
CN_NUMERAL_CHARS = CN_DIGITS + CN_UNITS

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUMBER_PATTERN = rf"(?:{_ARABIC}(?:[万千亿]|百万|千万)?|[{CN_NUMERAL_CHARS}]+)"

_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

# Hedge words before and after a number, mapped to the schema's qualifier values.
PREFIX_QUALIFIERS: dict[str, str] = {
    "将近": "approx", "接近": "approx", "大约": "approx", "近": "approx", "约": "approx",
    "超过": "more_than", "超": "more_than", "逾": "more_than", "多于": "more_than", "上": "more_than",
    "不少于": "at_least", "至少": "at_least", "不低于": "at_least",
    "不足": "less_than", "不到": "less_than", "少于": "less_than",
    "不超过": "at_most", "最多": "at_most", "至多": "at_most",
}
SUFFIX_QUALIFIERS: dict[str, str] = {
    "余": "more_than", "多": "more_than", "以上": "at_least", "及以上": "at_least",
    "以下": "at_most", "以内": "at_most", "左右": "approx",
}


@dataclass(frozen=True)
class Quantity:
    """A written number read as its base value and the hedge around it."""

    value: float
    qualifier: str = "exact"


def _arabic(text: str) -> float | None:
    """'4,700' -> 4700, '1.5万' -> 15000, '260万' -> 2600000."""
    m = re.fullmatch(rf"({_ARABIC})(百万|千万|[万千亿])?", text)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    for ch in m.group(2) or "":
        value *= _MAGNITUDE[ch]
    return value


def _chinese(text: str) -> float | None:
    """Chinese numerals via cn2an; a bare magnitude ('万', '百') is one of it, and a run
    of magnitudes ('千万', '百万', as in "上千万") their product."""
    if text and all(ch in _MAGNITUDE for ch in text):
        value = 1.0
        for ch in text:
            value *= _MAGNITUDE[ch]
        return value
    import cn2an  # lazy: loads its tables on first use

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def parse_number(text: str) -> float | None:
    """Value of one written number: Arabic (with 万/亿), Chinese numerals or a mix."""
    text = text.strip().replace("，", ",")
    if not text:
        return None
    if text[0].isdigit():
        value = _arabic(text)
        return value if value is not None else _chinese(text)
    if all(ch in CN_NUMERAL_CHARS for ch in text):
        return _chinese(text)
    return None


def qualifier_of(prefix: str = "", suffix: str = "") -> str:
    """Schema qualifier for hedge words; the word nearest the number wins, prefix first."""
    for word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
        if prefix.endswith(word):
            return PREFIX_QUALIFIERS[word]
    for word in sorted(SUFFIX_QUALIFIERS, key=len, reverse=True):
        if suffix.startswith(word):
            return SUFFIX_QUALIFIERS[word]
    return "exact"


_PREFIX_RE = "|".join(sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"^(?P<pre>{_PREFIX_RE})?(?P<num>{NUMBER_PATTERN}?)(?P<mid>[余多])?(?P<mag>[万千亿])?"
    rf"(?P<rest>.*)$"
)


def parse_quantity(text: str) -> Quantity | None:
    """'近8万' -> 80000 approx; '4700多' -> 4700 more_than; '95%以上' -> 95 at_least."""
    m = _QUANTITY.match(text.strip())
    if not m or not (m.group("num") or m.group("mag")):
        return None
    num = m.group("num") or ""
    value = parse_number(num + (m.group("mag") or "")) if num else parse_number(m.group("mag"))
    if value is None:
        return None
    rest = (m.group("mid") or "") + m.group("rest").lstrip("%％")
    return Quantity(value, qualifier_of(m.group("pre") or "", rest))
