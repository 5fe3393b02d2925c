"""The reviewable fields of a record, how their values are shown, compared and parsed.

Scalar fields hold one value (region is one object); list fields hold items, plain
strings (issuers) or objects. An item is identified by its content, never by its list
position alone, because a newer extractor may reorder or drop items.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

SCALAR_FIELDS = (
    "doc_type", "title", "doc_number", "issue_date", "campaign_year", "theme", "event_start", "event_end",
)
LIST_FIELDS = ("issuers", "organizers", "committee", "deadlines", "contacts", "figures")
REVIEW_FIELDS = (
    "doc_type", "title", "doc_number", "issuers", "issue_date", "campaign_year", "region", "theme",
    "event_start", "event_end", "organizers", "committee", "deadlines", "contacts", "figures",
)
DATE_FIELDS = ("issue_date", "event_start", "event_end")
# the item key a plain-text value sets when a list item is fixed or added from a selection
MAIN_KEY = {"organizers": "name", "committee": "name", "deadlines": "date", "contacts": "name", "figures": "value"}
ITEM_KEYS = {
    "organizers": ("role", "name"), "committee": ("body", "role", "name", "title"),
    "deadlines": ("date", "what", "recipient"), "contacts": ("name", "phone", "email", "org"),
    "figures": ("value", "unit", "qualifier", "what"),
}
REGION_KEYS = ("level", "province", "city", "county", "town", "code")
DOC_TYPES = ("notice", "plan", "summary", "news", "rules", "form", "other")  # record.schema.json
_META = ("evidence", "provenance")


class FieldError(ValueError):
    """A value that does not fit its field (a clear message for the reviewer)."""


def is_list(field: str) -> bool:
    return field in LIST_FIELDS


def check_field(field: str | None) -> str:
    if field not in REVIEW_FIELDS:
        raise FieldError(f"unknown field {field!r}; valid: {', '.join(REVIEW_FIELDS)}")
    return field


def bare(value: Any) -> Any:
    """The value without evidence/provenance, for comparing an item with a logged one."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k not in _META and v is not None}
    return value


def same(a: Any, b: Any) -> bool:
    return bool(bare(a) == bare(b))


def label(field: str, value: Any) -> str:
    """A short display string for a value."""
    if value is None:
        return ""
    if field == "region" and isinstance(value, dict):
        names = [value.get(k) for k in ("province", "city", "county", "town") if value.get(k)]
        return "".join(str(n) for n in names) or ("全国" if value.get("level") == "national" else "")
    if isinstance(value, dict):
        keys = ITEM_KEYS.get(field, tuple(value))
        return " · ".join(_fmt(value.get(k)) for k in keys if value.get(k) not in (None, ""))
    return _fmt(value)


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_value(field: str, text: str, old: Any = None) -> Any:
    """The value a reviewer typed, typed for its field; raises FieldError when it does not fit.

    A JSON object sets an object value (region, list items) whole; plain text sets the
    item's main key on a copy of the old item (a name, a date, a number).
    """
    text = (text or "").strip()
    if not text:
        raise FieldError(f"{field}: an empty value; use reject to remove a value")
    if text.startswith("{"):
        return _parse_object(field, text)
    if field in DATE_FIELDS:
        return _parse_date(field, text)
    if field == "campaign_year":
        return _parse_year(text)
    if field == "doc_type" and text not in DOC_TYPES:
        raise FieldError(f"doc_type must be one of {', '.join(DOC_TYPES)}; got {text!r}")
    if field == "region":
        raise FieldError('region takes a JSON object, e.g. {"level": "city", "province": "…", "city": "…"}')
    if field in MAIN_KEY:
        return _set_main(field, text, old)
    return text


def _parse_object(field: str, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FieldError(f"{field}: not valid JSON ({exc.msg})") from None
    allowed = REGION_KEYS if field == "region" else ITEM_KEYS.get(field)
    if not isinstance(value, dict) or allowed is None:
        raise FieldError(f"{field} does not take a JSON object")
    unknown = sorted(set(value) - set(allowed))
    if unknown:
        raise FieldError(f"{field}: unknown keys {unknown}; valid: {', '.join(allowed)}")
    return value


def _parse_date(field: str, text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise FieldError(f"{field} takes a date as YYYY-MM-DD; got {text!r}") from None


def _parse_year(text: str) -> int:
    if not (text.isdigit() and 2005 <= int(text) <= 2100):
        raise FieldError(f"campaign_year takes a year from 2005 on; got {text!r}")
    return int(text)


def _set_main(field: str, text: str, old: Any) -> dict[str, Any]:
    item = dict(bare(old)) if isinstance(old, dict) else {}
    key = MAIN_KEY[field]
    if key == "date":
        item[key] = _parse_date(field, text)
    elif key == "value":
        try:
            item[key] = float(text)
        except ValueError:
            raise FieldError(f"figures take a number; got {text!r}") from None
    else:
        item[key] = text
    return item
