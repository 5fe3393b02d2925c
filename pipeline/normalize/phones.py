"""Chinese telephone numbers as documents write them, and what is *not* a phone.

Contact blocks write landlines with an area code (020-83456789, (0512)65123456,
0431 88765432), extensions (转801, -分机12), 7-8 digit local numbers and 11-digit
mobiles, often with stray spaces or dash variants. A 6-digit 邮编, a year or a document
number is never a phone: only the shapes below qualify.

Public API:
- `PHONE_PATTERN`: regex source for one phone token (bounded by non-digits by the caller).
- `normalize_phone(text)`: the written form tidied (spaces and dash variants unified), or None.
- `phone_digits(text)`: digits only, the form the scorer and deduplication compare.
- `phone_kind(text)`: "mobile", "landline" (with area code), "local" or None.
- `is_postal_code(text)`: six digits, the shape of a 邮编.
"""
from __future__ import annotations

import re

_DASH = "-－—–‐‑"
_SEP = rf"[{_DASH} ]?"
# "(0571)-86001234", "0571 - 86001234": a dash after the bracket, spaces around the dash.
_AREA_SEP = rf"(?: ?[{_DASH}]{{1,2}} ?| )?"  # "0571——86001234": a doubled dash too
_AREA = rf"(?:[(（]0\d{{2,3}}[)）]{_AREA_SEP}|0\d{{2,3}}{_AREA_SEP})"
# "转801", " 转 801", "（转801）", "-分机12": the extension is part of the number as written.
_EXT = rf"(?: ?(?:转|分机|[{_DASH}]分机|[{_DASH}]|ext\.?)\s?\d{{1,5}}|[(（](?:转|分机)\s?\d{{1,5}}[)）])"
_MOBILE = rf"(?:\+?86[{_DASH} ]?)?1[3-9]\d(?:{_SEP}\d{{4}}){{2}}"
_LANDLINE = rf"{_AREA}[2-9]\d{{3}}{_SEP}?\d{{3,4}}"
_LOCAL = rf"[2-9]\d{{2,3}}{_SEP}?\d{{4}}"
# "+86-571-86001234": the country code replaces the trunk 0 of the area code.
_INTL_LANDLINE = rf"\+?86{_AREA_SEP}[1-9]\d{{1,2}}{_AREA_SEP}[2-9]\d{{3}}{_SEP}?\d{{3,4}}"

# Longest shapes first so a landline is not read as its local part.
PHONE_PATTERN = rf"(?:{_MOBILE}|{_INTL_LANDLINE}{_EXT}?|{_LANDLINE}{_EXT}?|(?:4|8)00{_SEP}\d{{3}}{_SEP}\d{{4}}|{_LOCAL}{_EXT}?)"
_PHONE_RE = re.compile(rf"(?<![\d.])({PHONE_PATTERN})(?![\d.])")
_FULL = re.compile(rf"^{PHONE_PATTERN}$")


def normalize_phone(text: str) -> str | None:
    """The phone as written, with dash variants as '-', full-width brackets as ASCII and
    runs of spaces collapsed; None when the text is not a phone."""
    text = text.strip()
    text = re.sub(f"[{_DASH}]", "-", text).replace("（", "(").replace("）", ")")
    text = re.sub(r"\s+", " ", text)
    if not _FULL.match(text) or phone_kind(text) is None:
        return None
    return text


def phone_digits(text: str) -> str:
    """Digits only: the comparable form of a phone."""
    return re.sub(r"\D", "", text)


def _main_digits(text: str) -> str:
    """Digits without an extension, the part that tells the kind."""
    return phone_digits(re.split(r"转|分机|ext", text)[0])


def phone_kind(text: str) -> str | None:
    """'mobile', 'landline' (area code), 'local' (7-8 digits) or None; an extension after a
    dash ("86001234-8012") is left out when the whole is no number."""
    kind = _kind(_main_digits(text), text)
    dashed = re.fullmatch(rf"(.*\d)[{_DASH}]\d{{1,5}}", text.strip())
    if kind is None and dashed and len(phone_digits(dashed.group(1))) >= 7:
        return _kind(_main_digits(dashed.group(1)), dashed.group(1))
    return kind


def _kind(digits: str, text: str) -> str | None:
    """The kind of a number from its main digits (see `phone_kind`)."""
    if digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        digits = digits[2:]
    elif digits.startswith("86") and 12 <= len(digits) <= 13 and text.lstrip().startswith(("+", "86")):
        return "landline"  # +86 with an area code written without its 0
    if len(digits) == 11 and re.match(r"1[3-9]", digits):
        return "mobile"
    if digits.startswith("0") and 10 <= len(digits) <= 16:
        return "landline"
    if re.match(r"[48]00", digits) and len(digits) == 10:
        return "landline"
    if len(digits) in (7, 8) and not digits.startswith(("0", "1")):
        return "local"
    if digits.startswith("0") and len(digits) > 8:
        return "landline"
    return None


def is_postal_code(text: str) -> bool:
    """Six digits: the shape of a 邮编, which must never be read as a phone."""
    return bool(re.fullmatch(r"\d{6}", text.strip()))


def find_phones(text: str) -> list[re.Match[str]]:
    """Every phone-shaped token in `text` (group 1), bounded by non-digits."""
    return [m for m in _PHONE_RE.finditer(text) if phone_kind(m.group(1)) is not None]
