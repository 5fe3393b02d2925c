"""Corrections survive re-extraction: ingest, correct, re-ingest (--force, newer extractor), real DuckDB."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from models import ReviewError
from pipeline.review.actions import record_action
from pipeline.review.log import log_path, read_log
from pipeline.review.store import document_view, open_db
from pipeline.store.run import ingest_local


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture
def loaded(tmp_path: Path, docs_dir: Path) -> tuple[Path, Path, str]:
    """Three dev documents ingested; returns (db, docs folder, the doc_id of the first)."""
    db = tmp_path / "db" / "lifelong.duckdb"
    ingest_local([str(docs_dir)], db)
    doc_id = rows(db, "SELECT doc_id FROM documents WHERE theme IS NOT NULL ORDER BY doc_id LIMIT 1")[0][0]
    return db, docs_dir, doc_id


def view(db: Path, doc_id: str):  # noqa: ANN201 - a DocView
    con = open_db(db)
    try:
        return document_view(con, db, doc_id)
    finally:
        con.close()


def first(db: Path, doc_id: str, field: str):  # noqa: ANN201 - a Value
    return next(v for v in view(db, doc_id).values if v.field == field)


def table_counts(db: Path) -> dict[str, int]:
    names = ("documents", "texts", "issuers", "organizers", "committee_members", "deadlines", "contacts",
             "figures", "evidence")
    return {n: rows(db, f'SELECT count(*) FROM "{n}"')[0][0] for n in names}


def correct_some(db: Path, doc_id: str) -> dict[str, object]:
    """Accept the title, fix the theme, reject the first organizer, add an issuer from the text."""
    v = view(db, doc_id)
    org = next(x for x in v.values if x.field == "organizers")
    record_action(db, doc_id, "title", "accept")
    record_action(db, doc_id, "theme", "fix", new="人人皆学、处处能学、时时可学")
    record_action(db, doc_id, "organizers", "reject", pos=org.pos)
    title = first(db, doc_id, "title")
    record_action(db, doc_id[:10], "doc_number", "add", new="示例〔2030〕1号",
                  at=(title.start, title.start + 2), snippet=v.text[title.start:title.start + 2])
    return {"title": title.value, "rejected": org.value}


def stored(db: Path, doc_id: str) -> dict[str, object]:
    row = rows(db, "SELECT title, theme, doc_number, provenance, review_status FROM documents WHERE doc_id = ?",
               [doc_id])[0]
    orgs = rows(db, "SELECT name, provenance FROM organizers WHERE doc_id = ? ORDER BY pos", [doc_id])
    return {"title": row[0], "theme": row[1], "doc_number": row[2], "prov": json.loads(row[3]),
            "status": row[4], "organizers": orgs}


def check_corrected(db: Path, doc_id: str, before: dict[str, object]) -> None:
    got = stored(db, doc_id)
    assert got["title"] == before["title"] and got["prov"]["title"] == "human:confirmed"
    assert got["theme"] == "人人皆学、处处能学、时时可学" and got["prov"]["theme"] == "human:corrected"
    assert got["doc_number"] == "示例〔2030〕1号" and got["prov"]["doc_number"] == "human:added"
    rejected = before["rejected"]
    assert all(name != rejected["name"] for name, _ in got["organizers"])  # type: ignore[index]
    assert all(p.startswith("extractor:") for _, p in got["organizers"])


def test_texts_and_provenance_are_stored(loaded: tuple[Path, Path, str]) -> None:
    db, _, doc_id = loaded
    text, extracted = rows(db, "SELECT text, extracted FROM texts WHERE doc_id = ?", [doc_id])[0]
    for start, end, snippet in rows(db, "SELECT start, \"end\", text FROM evidence WHERE doc_id = ?", [doc_id]):
        assert text[start:end] == snippet
    assert json.loads(extracted)["doc_id"] == doc_id
    provs = {p for (p,) in rows(db, "SELECT DISTINCT provenance FROM organizers")}
    assert provs == {"extractor:0.3.0"} or all(p.startswith("extractor:") for p in provs)
    assert rows(db, "SELECT DISTINCT review_status FROM documents")[0][0] in ("unreviewed", "needs attention")


def test_correct_then_force_reingest_keeps_corrections(loaded: tuple[Path, Path, str]) -> None:
    db, docs, doc_id = loaded
    before = correct_some(db, doc_id)
    counts = table_counts(db)
    summary = ingest_local([str(docs)], db)  # unchanged files: the log is applied at the end
    assert summary["corrections"]["applied"] == 4
    check_corrected(db, doc_id, before)
    summary = ingest_local([str(docs)], db, force=True)
    assert summary["counts"].get("loaded") == 3
    check_corrected(db, doc_id, before)
    after = table_counts(db)
    assert after["documents"] == counts["documents"] and after["texts"] == counts["texts"]
    assert after["organizers"] == counts["organizers"] - 1  # the rejected one, once
    statuses = rows(db, "SELECT action, status FROM corrections ORDER BY time")
    assert len(statuses) == 4 and {s for _, s in statuses} == {"applied"}


def test_newer_extractor_keeps_corrections(loaded: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    db, docs, doc_id = loaded
    before = correct_some(db, doc_id)
    monkeypatch.setattr("pipeline.version.EXTRACTOR_VERSION", "9.9.9")
    summary = ingest_local([str(docs)], db)
    assert summary["counts"].get("loaded") == 3  # all re-extracted under the new version
    check_corrected(db, doc_id, before)
    versions = {v for (v,) in rows(db, "SELECT DISTINCT extractor_version FROM documents")}
    assert versions == {"9.9.9"}
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 3


def _rewrite_log(db: Path, change) -> None:  # noqa: ANN001 - a function of a log line dict
    path = log_path(db)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("".join(json.dumps(change(d), ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")


def test_changed_text_reanchors_or_orphans(loaded: tuple[Path, Path, str]) -> None:
    """Corrections logged against an older normalization of the text (other offsets, or a
    snippet the text no longer has): replayed at the new place, or orphaned and queued."""
    db, docs, doc_id = loaded
    correct_some(db, doc_id)

    def shifted(d: dict) -> dict:
        if d["field"] == "theme":  # as if the old text had 7 more characters before the value
            d["anchor"] = {**d["anchor"], "start": d["anchor"]["start"] + 7, "end": d["anchor"]["end"] + 7}
        if d["field"] == "title":  # a snippet that is no longer in the text
            d["anchor"] = {**d["anchor"], "exact": "旧版本里才有的一句话"}
        return d

    _rewrite_log(db, shifted)
    summary = ingest_local([str(docs)], db, force=True)
    assert summary["corrections"]["reanchored"] == 1 and summary["corrections"]["orphaned"] == 1
    got = dict(rows(db, "SELECT field, status FROM corrections"))
    assert got["theme"] == "reanchored" and got["title"] == "orphaned"
    status, attention = rows(db, "SELECT review_status, attention FROM documents WHERE doc_id = ?", [doc_id])[0]
    assert status == "needs attention" and "orphaned_correction" in attention
    assert stored(db, doc_id)["theme"] == "人人皆学、处处能学、时时可学"  # reanchored: still applied
    prov = stored(db, doc_id)["prov"]
    assert prov["title"].startswith("extractor:")  # orphaned: not applied


def test_undo_and_reviewed(loaded: tuple[Path, Path, str]) -> None:
    db, docs, doc_id = loaded
    record_action(db, doc_id, "theme", "fix", new="另一个主题")
    record_action(db, doc_id, None, "undo")
    record_action(db, doc_id, None, "reviewed")
    v = view(db, doc_id)
    theme = next(x for x in v.values if x.field == "theme")
    assert theme.value != "另一个主题" and theme.provenance.startswith("extractor:")
    assert v.applied.status == "reviewed"
    assert [o for _, o in v.corrections] == ["applied", "applied", "undone"]
    ingest_local([str(docs)], db)
    assert stored(db, doc_id)["status"] == "reviewed"


def test_bad_actions_are_refused(loaded: tuple[Path, Path, str]) -> None:
    db, _, doc_id = loaded
    with pytest.raises(ReviewError, match="not the selected"):
        record_action(db, doc_id, "theme", "add", at=(0, 3), snippet="不是这里")
    with pytest.raises(ReviewError, match="unknown field"):
        record_action(db, doc_id, "colour", "accept")
    with pytest.raises(ReviewError, match="YYYY-MM-DD"):
        record_action(db, doc_id, "issue_date", "add", new="next tuesday", at=(0, 2))
    with pytest.raises(ReviewError, match="no document"):
        record_action(db, "ffffffff", "title", "accept")
    with pytest.raises(ReviewError, match="pos"):
        record_action(db, doc_id, "organizers", "accept")
    assert not log_path(db).exists() or read_log(db) == []


def test_cli_correct_and_corrections(loaded: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    db, _, doc_id = loaded
    assert main(["correct", doc_id[:8], "theme", "--set", "终身学习，伴我成长", "--reason", "typo", "--db", str(db)]) == 0
    assert "applied to the database" in capsys.readouterr().out
    assert rows(db, "SELECT theme FROM documents WHERE doc_id = ?", [doc_id])[0][0] == "终身学习，伴我成长"
    assert main(["correct", doc_id[:8], "organizers", "--accept", "--pos", "0", "--db", str(db)]) == 0
    assert main(["correct", doc_id[:8], "title", "--add", "x", "--db", str(db)]) == 2
    capsys.readouterr()
    assert main(["corrections", "--format", "json", "--db", str(db)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["field"], c["action"], c["status"]) for c in listed] == [
        ("theme", "fix", "applied"), ("organizers", "accept", "applied")]
    assert listed[0]["reason"] == "typo"
    assert main(["corrections", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("id,time,doc_id,field")


def test_formats_of_one_text_that_disagree_need_attention(tmp_path: Path, raw_txt: list[Path]) -> None:
    from pipeline.review.sync import flag_format_disagreements

    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(raw_txt[0], docs / "a.txt")
    shutil.copy(raw_txt[0], docs / "b.txt")
    (docs / "b.txt").write_bytes((docs / "b.txt").read_bytes() + b"\n")  # new bytes, same text
    db = tmp_path / "l.duckdb"
    ingest_local([str(docs)], db)
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(DISTINCT source_text_sha256) FROM documents").fetchone()[0] == 1
        con.execute("UPDATE documents SET title = 'x' WHERE source_path LIKE '%b.txt'")
        flag_format_disagreements(con)
        got = con.execute("SELECT review_status, attention FROM documents").fetchall()
    assert all(s == "needs attention" and "formats_disagree" in a for s, a in got)


def test_views_and_exports_carry_provenance(loaded: tuple[Path, Path, str], tmp_path: Path) -> None:
    from pipeline.cli import main

    db, _, doc_id = loaded
    correct_some(db, doc_id)
    assert main(["correct", doc_id, "--reviewed", "--db", str(db)]) == 0
    year, code = rows(db, "SELECT campaign_year, region_code FROM documents WHERE doc_id = ?", [doc_id])[0]
    checked = rows(db, "SELECT theme_checked FROM theme_by_year WHERE campaign_year = ? AND region_code = ?",
                   [year, code])
    assert checked == [(True,)]
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", str(db)]) == 0
    header = (out / "organizers.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",provenance")
    assert "review_status" in (out / "documents.csv").read_text(encoding="utf-8").splitlines()[0]
    assert main(["export", "--format", "jsonl", "--out", str(out), "--db", str(db)]) == 0
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = next(r for r in records if r["doc_id"] == doc_id)
    assert mine["provenance"]["theme"] == "human:corrected" and mine["review_status"] == "reviewed"


@pytest.mark.usefixtures("prefect_harness")
def test_prefect_flow_force_keeps_corrections(loaded: tuple[Path, Path, str]) -> None:
    """The real Prefect flow (`lifelong ingest --force`) replays the log like the local steps."""
    from flows.ingest import run_ingest

    db, docs, doc_id = loaded
    before = correct_some(db, doc_id)
    counts = table_counts(db)
    summary = run_ingest([str(docs)], db, force=True)
    assert summary["counts"].get("loaded") == 3 and summary["corrections"]["applied"] == 4
    check_corrected(db, doc_id, before)
    after = table_counts(db)
    assert after["documents"] == counts["documents"] and after["organizers"] == counts["organizers"] - 1
