"""Builders of gold answers for the held-out corpora (tests/holdout*/make_gold.py).

The gold form is that of ../shared/eval/dev/gold: contacts as {"names", "phones", "emails"},
list items without evidence. Each corpus's make_gold.py imports these and writes its files
with `write_gold`; run one as `python tests/holdoutN/make_gold.py`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def region(level: str | None, province: str | None = None, city: str | None = None,
           county: str | None = None, town: str | None = None) -> dict[str, Any]:
    return {"level": level, "province": province, "city": city, "county": county, "town": town}


def org(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"role": r, "name": n} for r, n in pairs]


def com(body: str | None, *pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"body": body, "role": r, "name": n} for r, n in pairs]


def dl(*dates: str) -> list[dict[str, Any]]:
    return [{"date": d, "what": None} for d in dates]


def contacts(names: Iterable[str] = (), phones: Iterable[str] = (), emails: Iterable[str] = ()) -> dict[str, Any]:
    return {"names": list(names), "phones": list(phones), "emails": list(emails)}


def fig(*pairs: tuple[float, str]) -> list[dict[str, Any]]:
    return [{"value": v, "unit": u, "what": None} for v, u in pairs]


def doc(id: str, kind: str, title: str | None, region_: dict[str, Any], *, number: str | None = None,
        issuers: Iterable[str] = (), issued: str | None = None, year: int | None = None,
        theme: str | None = None, start: str | None = None, end: str | None = None,
        deadlines: Iterable[dict[str, Any]] = (), names: Iterable[str] = (), phones: Iterable[str] = (),
        emails: Iterable[str] = (), organizers: Iterable[dict[str, Any]] = (),
        committee: Iterable[dict[str, Any]] = (), figures: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
    """One gold record (event_end defaults to event_start: a one-day opening)."""
    return {"id": id, "doc_type": kind, "title": title, "doc_number": number, "issuers": list(issuers),
            "issue_date": issued, "campaign_year": year, "region": region_, "theme": theme,
            "event_start": start, "event_end": end or start, "organizers": list(organizers),
            "committee": list(committee), "deadlines": list(deadlines),
            "contacts": {"names": list(names), "phones": list(phones), "emails": list(emails)},
            "figures": list(figures)}


def write_gold(folder: Path, records: Iterable[dict[str, Any]]) -> int:
    """One JSON file per record (named by its id) in `folder`; returns how many."""
    folder.mkdir(exist_ok=True)
    count = 0
    for record in records:
        path = folder / f"{record['id']}.json"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        count += 1
    return count
