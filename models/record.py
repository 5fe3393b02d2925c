"""The extracted record of one document, shaped like ../shared/schema/record.schema.json.

Every value an extractor finds carries an `Evidence`: the exact snippet of the
normalised text and its offsets, so a researcher can trace a figure to its sentence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: `text == normalised_text[start:end]`."""

    text: str
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Region:
    """Administrative area whose campaign the document is about."""

    level: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    town: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Organizer:
    role: str
    name: str
    evidence: Evidence


@dataclass(frozen=True)
class CommitteeMember:
    body: str | None
    role: str
    name: str
    title: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Deadline:
    date: str
    what: str | None
    evidence: Evidence
    recipient: str | None = None


@dataclass(frozen=True)
class Contact:
    name: str | None
    phone: str | None
    email: str | None
    evidence: Evidence
    org: str | None = None


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    qualifier: str
    what: str | None
    evidence: Evidence


@dataclass
class Record:
    """All fields of one document. Lists are in document order."""

    doc_id: str
    source: dict[str, Any]
    doc_type: str = "other"
    title: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    issue_date: str | None = None
    campaign_year: int | None = None
    region: Region = field(default_factory=Region)
    theme: str | None = None
    event_start: str | None = None
    event_end: str | None = None
    organizers: list[Organizer] = field(default_factory=list)
    committee: list[CommitteeMember] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the schema (schema_version first, extras appended)."""
        data = asdict(self)
        extras = data.pop("extras")
        out: dict[str, Any] = {"schema_version": "1"}
        out.update(data)
        out.update(extras)
        for fig in out["figures"]:
            if float(fig["value"]).is_integer():
                fig["value"] = int(fig["value"])
        return out
