"""`export_spacy`: real databases (ingested sample files plus a document with a character
outside the BMP), exported, read back with spaCy, compared with the stored texts and records."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.review.actions import record_action
from pipeline.review.apply import values
from pipeline.review.apply_now import apply_now
from pipeline.review.fields import REVIEW_FIELDS
from pipeline.review.spacy_export import GROUPS, export_spacy, group_of
from pipeline.store.run import ingest_local

ROOT = Path(__file__).resolve().parents[1]
RAW = sorted((ROOT / "data" / "raw").glob("*.txt"))[:3]
RARE = "𠀋"  # CJK Extension B: one code point, two UTF-16 units
RARE_NUMBER = f"{RARE}教终〔2024〕3号"  # the extractor misses it: a reviewer adds it
RARE_TEXT = f"""{RARE}城市教育局文件

{RARE_NUMBER}

关于举办{RARE}城市2024年全民终身学习活动周的通知

各区教育局：

经研究，决定于2024年10月20日至10月26日举办{RARE}城市2024年全民终身学习活动周，主题为“{RARE}学习成就美好生活”。

一、组织机构
主办单位：{RARE}城市教育局
承办单位：{RARE}城市社区大学

二、有关要求
请各区于2024年11月5日前将活动总结报送市教育局。

{RARE}城市教育局
2024年9月30日
"""


def _read(path: Path) -> list[Any]:
    import spacy
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab))


def _export(db: Path, out: Path) -> list[Path]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return export_spacy(con, out)
    finally:
        con.close()


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    row = con.execute(sql).fetchone()
    assert row is not None, sql
    return row


def _stored(db: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> text, record, review_status, title, straight from the database."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.doc_id, t.text, d.record, d.review_status, d.title "
            "FROM documents d JOIN texts t USING (doc_id)"
        ).fetchall()
    finally:
        con.close()
    return {r[0]: {"text": r[1], "record": json.loads(r[2]), "status": r[3], "title": r[4]} for r in rows}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Ingest three sample texts and the rare-character document, then export them."""
    base = tmp_path_factory.mktemp("spacy_export")
    rare = base / "rare.txt"
    rare.write_text(RARE_TEXT, encoding="utf-8")
    db = base / "lifelong.duckdb"
    ingest_local([str(p) for p in RAW] + [str(rare)], db)
    rare_id = _review_rare(db)
    out = base / "out"
    paths = _export(db, out)
    return {"db": db, "out": out, "paths": paths, "stored": _stored(db), "rare_id": rare_id}


def _review_rare(db: Path) -> str:
    """A reviewer's pass over the rare-character document, through the real log and sync."""
    con = duckdb.connect(str(db), read_only=True)
    doc_id, text = _one(
        con, "SELECT doc_id, text FROM texts JOIN documents USING (doc_id) WHERE source_filename = 'rare.txt'"
    )
    con.close()
    start = text.index(RARE_NUMBER)
    record_action(db, doc_id, "title", "accept")
    record_action(db, doc_id, "theme", "fix", new="学习成就美好生活")
    record_action(db, doc_id, "doc_number", "add", at=(start, start + len(RARE_NUMBER)), snippet=RARE_NUMBER)
    record_action(db, doc_id, "organizers", "reject", pos=1)
    record_action(db, doc_id, None, "reviewed")
    assert apply_now(db) is not None
    return str(doc_id)


def _expected_spans(text: str, record: dict[str, Any]) -> set[tuple[str, str, int, int]]:
    """(group, field, start, end) of every value with evidence, as the review page sees them."""
    out = set()
    for v in values(record, text):
        if v.start is not None and v.end is not None:
            out.add((group_of(v.provenance) or "?", v.field, v.start, v.end))
    return out


def test_writes_the_three_files_inside_the_folder(built: dict[str, Any]) -> None:
    out = built["out"].resolve()
    assert [p.name for p in built["paths"]] == ["lifelong.spacy", "reviewed.spacy", "spacy_export.json"]
    assert all(p.parent == out and p.is_file() for p in built["paths"])
    assert not list(out.glob("*.tmp"))


def test_every_stored_text_is_a_doc_with_one_token_per_code_point(built: dict[str, Any]) -> None:
    docs = _read(built["out"] / "lifelong.spacy")
    stored = built["stored"]
    assert sorted(d.user_data["doc_id"] for d in docs) == sorted(stored)
    for doc in docs:
        row = stored[doc.user_data["doc_id"]]
        assert doc.text == row["text"]
        assert len(doc) == len(row["text"])  # white space is a token too
        assert doc.user_data["review_status"] == row["status"]
        assert doc.user_data["title"] == row["title"]


def test_spans_are_the_evidence_grouped_by_provenance(built: dict[str, Any]) -> None:
    docs = _read(built["out"] / "lifelong.spacy")
    total = 0
    for doc in docs:
        row = built["stored"][doc.user_data["doc_id"]]
        assert set(doc.spans) == set(GROUPS)
        got = set()
        for group in GROUPS:
            for span in doc.spans[group]:
                assert span.label_ in REVIEW_FIELDS
                assert span.text == row["text"][span.start_char:span.end_char]
                got.add((group, span.label_, span.start_char, span.end_char))
        assert got == _expected_spans(row["text"], row["record"])
        total += len(got)
    assert total > 50
    summary = json.loads((built["out"] / "spacy_export.json").read_text(encoding="utf-8"))
    assert summary["skipped"] == [] and summary["documents"] == len(docs)


def test_span_text_equals_the_record_evidence_text(built: dict[str, Any]) -> None:
    for doc in _read(built["out"] / "lifelong.spacy"):
        record = built["stored"][doc.user_data["doc_id"]]["record"]
        by_place = {(s.label_, s.start_char, s.end_char): s.text for g in GROUPS for s in doc.spans[g]}
        for kept in doc.user_data["values"]:
            name, pos = kept["field"], kept["pos"]
            if pos is None:
                ev = record["evidence"][name]
            else:
                item = record[name][pos]
                ev = item["evidence"] if isinstance(item, dict) else {"text": item}
            assert by_place[(name, kept["start"], kept["end"])] == ev["text"]


def test_offsets_stay_right_after_a_character_outside_the_bmp(built: dict[str, Any]) -> None:
    docs = {d.user_data["doc_id"]: d for d in _read(built["out"] / "lifelong.spacy")}
    rare = [d for d in docs.values() if RARE in d.text]
    assert len(rare) == 1
    doc = rare[0]
    first = doc.text.index(RARE)
    spans = [s for g in GROUPS for s in doc.spans[g]]
    after = [s for s in spans if s.start_char > first]
    assert {"title", "theme", "organizers"} <= {s.label_ for s in after}
    theme = next(s for s in spans if s.label_ == "theme")
    assert theme.text == f"{RARE}学习成就美好生活"
    assert doc[theme.start].text == RARE  # one token for the whole code point


def test_reviewed_file_holds_only_reviewed_documents(built: dict[str, Any]) -> None:
    reviewed = _read(built["out"] / "reviewed.spacy")
    assert [d.user_data["doc_id"] for d in reviewed] == [built["rare_id"]]
    assert [k for k, row in built["stored"].items() if row["status"] == "reviewed"] == [built["rare_id"]]
    assert reviewed[0].text == built["stored"][built["rare_id"]]["text"]


def test_a_reviewers_values_land_in_their_groups(built: dict[str, Any]) -> None:
    doc = next(d for d in _read(built["out"] / "reviewed.spacy"))
    text = doc.text
    by_group = {g: {(s.label_, s.text) for s in doc.spans[g]} for g in GROUPS}
    title = next(s for s in doc.spans["confirmed"] if s.label_ == "title")
    assert title.text == f"关于举办{RARE}城市2024年全民终身学习活动周的通知"
    assert ("theme", f"{RARE}学习成就美好生活") in by_group["corrected"]  # the span it was read from
    assert by_group["added"] == {("doc_number", RARE_NUMBER)}
    added = doc.spans["added"][0]
    assert (added.start_char, added.end_char) == (text.index(RARE_NUMBER), text.index(RARE_NUMBER) + len(RARE_NUMBER))
    organizers = [s.text for g in GROUPS for s in doc.spans[g] if s.label_ == "organizers"]
    assert organizers == [f"{RARE}城市教育局"]  # the rejected one is gone
    assert not any(label in ("title", "theme", "doc_number") for label, _ in by_group["extracted"])
    fixed = [v for v in doc.user_data["values"] if v["field"] == "theme"]
    assert [(v["group"], v["value"]) for v in fixed] == [("corrected", "学习成就美好生活")]


def test_a_span_whose_text_moved_is_skipped_and_counted(built: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "edited.duckdb"
    shutil.copy(built["db"], db)
    con = duckdb.connect(str(db))
    doc_id, raw = _one(con, "SELECT doc_id, record FROM documents ORDER BY doc_id LIMIT 1")
    record = json.loads(raw)
    record["evidence"]["title"]["start"] += 1  # evidence text no longer at [start, end)
    con.execute("UPDATE documents SET record = ? WHERE doc_id = ?", [json.dumps(record), doc_id])
    con.close()
    paths = _export(db, tmp_path / "out")
    summary = json.loads(paths[2].read_text(encoding="utf-8"))
    assert [(s["doc_id"], s["field"]) for s in summary["skipped"]] == [(doc_id, "title")]
    doc = next(d for d in _read(paths[0]) if d.user_data["doc_id"] == doc_id)
    assert "title" not in {s.label_ for g in GROUPS for s in doc.spans[g]}


def test_refuses_to_write_through_a_planted_link(built: dict[str, Any], tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.spacy"
    out.mkdir()
    (out / "spacy_export.json").symlink_to(elsewhere)
    with pytest.raises(ValueError, match="outside"):
        _export(built["db"], out)
    assert not elsewhere.exists()
    assert sorted(p.name for p in out.iterdir()) == ["spacy_export.json"]  # nothing written at all


def test_spacy_is_not_imported_on_the_ingest_path() -> None:
    code = (
        "import sys, pipeline.cli, pipeline.store.run, pipeline.review.spacy_export\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
