"""Every record of data/raw validates against the shared schema, and every evidence
snippet equals the normalised text at its offsets."""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from models import LifelongError

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
SHARED_SCHEMA = ROOT.parent / "shared" / "schema" / "record.schema.json"
LOCAL_SCHEMA = Path(__file__).parent / "data" / "record.schema.json"
RAW_FILES = sorted(p for p in RAW.rglob("*") if p.is_file())


@lru_cache(maxsize=1)
def validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    path = SHARED_SCHEMA if SHARED_SCHEMA.exists() else LOCAL_SCHEMA
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def evidences(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, evidence) for scalar fields and every list item."""
    yield from record["evidence"].items()
    for field in ("organizers", "committee", "deadlines", "contacts", "figures"):
        for pos, item in enumerate(record[field]):
            yield f"{field}[{pos}]", item["evidence"]


def test_local_schema_copy_matches_shared() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared is absent; the committed copy is used")
    assert json.loads(LOCAL_SCHEMA.read_text(encoding="utf-8")) == json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", RAW_FILES, ids=[p.name for p in RAW_FILES])
def test_record_is_valid_and_evidence_is_exact(path: Path) -> None:
    from parsers import parse_file
    from pipeline.normalize.text import normalize_document
    from pipeline.record import extract_path

    try:
        record = extract_path(path).to_dict()
    except LifelongError as exc:
        pytest.skip(f"not a readable document: {exc}")
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator().iter_errors(record)]
    assert not errors, errors
    text = normalize_document(parse_file(path)).text
    wrong = [
        (where, ev["text"], text[ev["start"]:ev["end"]])
        for where, ev in evidences(record)
        if text[ev["start"]:ev["end"]] != ev["text"]
    ]
    assert not wrong, wrong
