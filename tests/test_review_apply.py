"""Replaying corrections over extractor output (`apply_corrections`), on invented records.

Records are shaped like the extractor's (`lifelong extract`): scalar fields with their
evidence in `record["evidence"]`, list items carrying their own evidence, issuers as
plain strings. Corrections are built as `actions.record_action` builds them (old = the
value without evidence, anchor = `make_anchor` at the value's evidence). The last tests
run the real path: ingest a written .txt, correct through `record_action`, re-ingest
with `force=True`.
"""
from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.review.anchor import make_anchor
from pipeline.review.apply import apply_corrections, record_attention, values
from pipeline.review.fields import bare
from pipeline.review.log import Correction, new_correction

DOC_ID = "ab" * 32
TEXT = (
    "临江湾区教育局文件\n"
    "湾教发〔2021〕8号\n"
    "关于举办2021年临江湾区全民终身学习活动周的通知\n"
    "各街道、各直属学校：\n"
    "为推进学习型城区建设，定于2021年10月18日至24日举办活动周，主题为“学习成就美好生活”。\n"
    "主办单位：临江湾区教育局、临江湾区文明办\n"
    "承办单位：湾区社区学院\n"
    "请于2021年10月8日前将活动方案报湾区社区学院。\n"
    "联系人：王晓梅，联系电话：0512-66881234\n"
    "临江湾区教育局\n"
    "2021年9月20日\n"
)
TOP = "【网站发布时间：2021-09-22 浏览次数：318】\n\n"


def _ev(text: str, snippet: str, after: int = 0) -> dict[str, Any] | None:
    """Evidence of `snippet` in `text` (None when an edited text no longer holds it)."""
    start = text.find(snippet, after)
    if start < 0:
        return None
    return {"text": snippet, "start": start, "end": start + len(snippet), "page": None}


def _drop_missing(rec: dict[str, Any]) -> dict[str, Any]:
    rec["evidence"] = {k: v for k, v in rec["evidence"].items() if v is not None}
    for name in ("organizers", "deadlines", "contacts"):
        for item in rec[name]:
            if item.get("evidence") is None:
                item.pop("evidence", None)
    return rec


def make_record(text: str = TEXT, **changes: Any) -> dict[str, Any]:
    """An extractor record for `text` (evidence offsets computed from the text itself)."""
    body = text.index("主办单位")
    rec: dict[str, Any] = {
        "schema_version": "1", "doc_id": DOC_ID,
        "source": {"path": "x/notice.txt", "filename": "notice.txt", "format": "txt", "sha256": DOC_ID,
                   "encoding": "utf-8", "pages": None, "ocr": False, "text_sha256": _sha(text)},
        "doc_type": "notice", "title": "关于举办2021年临江湾区全民终身学习活动周的通知",
        "doc_number": "湾教发〔2021〕8号", "issuers": ["临江湾区教育局"], "issue_date": "2021-09-20",
        "campaign_year": 2021,
        "region": {"level": "county", "province": "江苏省", "city": "临江市", "county": "临江湾区",
                   "town": None, "code": "329999"},
        "theme": "学习成就美好生活", "event_start": "2021-10-18", "event_end": "2021-10-24",
        "organizers": [
            {"role": "主办", "name": "临江湾区教育局", "evidence": _ev(text, "临江湾区教育局", body)},
            {"role": "主办", "name": "临江湾区文明办", "evidence": _ev(text, "临江湾区文明办")},
            {"role": "承办", "name": "湾区社区学院", "evidence": _ev(text, "湾区社区学院")},
        ],
        "committee": [],
        "deadlines": [{"date": "2021-10-08", "what": "将活动方案报湾区社区学院", "recipient": None,
                       "evidence": _ev(text, "2021年10月8日前将活动方案报湾区社区学院")}],
        "contacts": [{"name": "王晓梅", "phone": "0512-66881234", "email": None, "org": None,
                      "evidence": _ev(text, "王晓梅，联系电话：0512-66881234")}],
        "figures": [],
        "evidence": {
            "title": _ev(text, "关于举办2021年临江湾区全民终身学习活动周的通知"),
            "doc_type": _ev(text, "关于举办2021年临江湾区全民终身学习活动周的通知"),
            "doc_number": _ev(text, "湾教发〔2021〕8号"),
            "campaign_year": _ev(text, "2021", text.index("关于")),
            "issue_date": _ev(text, "2021年9月20日"),
            "event_start": _ev(text, "2021年10月18日至24日"),
            "event_end": _ev(text, "2021年10月18日至24日"),
            "region": _ev(text, "临江湾区", text.index("关于")),
            "theme": _ev(text, "学习成就美好生活"),
        },
        "warnings": [], "addressees": ["各街道", "各直属学校"], "attachments": [], "fuzzy_dates": [],
    }
    rec.update(changes)
    return _drop_missing(rec)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _value_at(record: dict[str, Any], text: str, field: str, pos: int | None) -> tuple[Any, dict[str, Any] | None]:
    if pos is None:
        return record[field], (record.get("evidence") or {}).get(field)
    item = record[field][pos]
    ev = item.get("evidence") if isinstance(item, dict) else _ev(text, item)
    return bare(item), ev


def corr(action: str, field: str | None = None, pos: int | None = None, new: Any = None,
         record: dict[str, Any] | None = None, text: str = TEXT, **kw: Any) -> Correction:
    """A correction as `record_action` logs it against `record` and `text`."""
    record = record or make_record(text)
    old, anchor = None, None
    if field is not None and action in ("accept", "fix", "reject"):
        old, ev = _value_at(record, text, field, pos)
        anchor = make_anchor(text, ev["start"], ev["end"]) if ev else None
    base: dict[str, Any] = {"doc_id": DOC_ID, "text_sha256": _sha(text), "field": field, "action": action,
                            "pos": pos, "old": old, "new": new,
                            "anchor": dict(anchor) if anchor else None, "reviewer": "tester"}
    base.update(kw)
    return new_correction(**base)


def add(field: str, snippet: str, new: Any, text: str = TEXT) -> Correction:
    start = text.index(snippet)
    anchor = make_anchor(text, start, start + len(snippet))
    return new_correction(doc_id=DOC_ID, text_sha256=_sha(text), field=field, action="add", new=new,
                          anchor=dict(anchor), reviewer="tester")


def _extractor_tag() -> str:
    from pipeline.record import EXTRACTOR_VERSION

    return f"extractor:{EXTRACTOR_VERSION}"


# --- value actions on the same text ---------------------------------------------------------


def test_no_corrections_gives_extractor_provenance_everywhere() -> None:
    applied = apply_corrections(make_record(), TEXT, [])
    prov = applied.record["provenance"]
    assert prov["title"] == prov["theme"] == prov["region"] == _extractor_tag()
    assert prov["organizers"] == [_extractor_tag()] * 3 and prov["figures"] == []
    assert "doc_number" in prov and applied.status == "unreviewed" and applied.attention == []


def test_accept_scalar_and_item_confirm() -> None:
    c1, c2 = corr("accept", "title"), corr("accept", "organizers", 1)
    applied = apply_corrections(make_record(), TEXT, [c1, c2])
    rec = applied.record
    assert rec["title"] == make_record()["title"]
    assert rec["provenance"]["title"] == "human:confirmed"
    assert rec["provenance"]["organizers"] == [_extractor_tag(), "human:confirmed", _extractor_tag()]
    assert rec["organizers"] == make_record()["organizers"]
    assert applied.outcomes == {c1.id: "applied", c2.id: "applied"}
    assert applied.attention == []


def test_fix_scalar_sets_value_provenance_and_evidence() -> None:
    c = corr("fix", "theme", new="学习成就美好人生")
    rec = apply_corrections(make_record(), TEXT, [c]).record
    assert rec["theme"] == "学习成就美好人生"
    assert rec["provenance"]["theme"] == "human:corrected"
    assert rec["evidence"]["theme"]["start"] == TEXT.index("学习成就美好生活")


def test_fix_list_item_replaces_it_in_place() -> None:
    c = corr("fix", "organizers", 2, new={"role": "承办", "name": "临江湾区社区学院"})
    rec = apply_corrections(make_record(), TEXT, [c]).record
    assert [o["name"] for o in rec["organizers"]] == ["临江湾区教育局", "临江湾区文明办", "临江湾区社区学院"]
    assert rec["provenance"]["organizers"][2] == "human:corrected"
    assert rec["organizers"][2]["evidence"]["start"] == TEXT.index("湾区社区学院")


def test_reject_scalar_removes_value_and_lists_it() -> None:
    c = corr("reject", "doc_number")
    applied = apply_corrections(make_record(), TEXT, [c])
    assert applied.record["doc_number"] is None
    assert "doc_number" not in applied.record["provenance"]
    assert "doc_number" not in applied.record["evidence"]
    assert [(v.field, v.value) for v in applied.rejected] == [("doc_number", "湾教发〔2021〕8号")]
    assert not [v for v in values(applied.record, TEXT) if v.field == "doc_number"]


def test_reject_list_items_removes_them_and_keeps_provenance_aligned() -> None:
    record = make_record(issuers=["临江湾区教育局", "临江湾区文明办"])
    c1 = corr("reject", "issuers", 0, record=record)
    c2 = corr("reject", "organizers", 1, record=record)
    applied = apply_corrections(record, TEXT, [c1, c2])
    rec = applied.record
    assert rec["issuers"] == ["临江湾区文明办"]
    assert [o["name"] for o in rec["organizers"]] == ["临江湾区教育局", "湾区社区学院"]
    assert len(rec["provenance"]["organizers"]) == 2 and len(rec["provenance"]["issuers"]) == 1
    assert {(v.field, v.label) for v in applied.rejected} == {("issuers", "临江湾区教育局"),
                                                             ("organizers", "主办 · 临江湾区文明办")}


def test_add_scalar_and_item_with_evidence_at_the_anchor() -> None:
    record = make_record(doc_number=None, contacts=[])
    del record["evidence"]["doc_number"]
    c1 = add("doc_number", "湾教发〔2021〕8号", "湾教发〔2021〕8号")
    c2 = add("contacts", "0512-66881234", {"name": "王晓梅", "phone": "0512-66881234"})
    applied = apply_corrections(record, TEXT, [c1, c2])
    rec = applied.record
    at = TEXT.index("湾教发")
    assert rec["doc_number"] == "湾教发〔2021〕8号" and rec["provenance"]["doc_number"] == "human:added"
    assert rec["evidence"]["doc_number"]["start"] == at and rec["evidence"]["doc_number"]["end"] == at + len("湾教发〔2021〕8号")
    assert rec["contacts"] == [{"name": "王晓梅", "phone": "0512-66881234",
                                "evidence": _ev(TEXT, "0512-66881234")}]
    assert rec["provenance"]["contacts"] == ["human:added"]
    assert applied.outcomes[c1.id] == applied.outcomes[c2.id] == "applied"


def test_undo_takes_a_fix_back() -> None:
    fix = corr("fix", "theme", new="别的主题")
    undo = new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="undo", target=fix.id)
    applied = apply_corrections(make_record(), TEXT, [fix, undo])
    assert applied.outcomes == {fix.id: "undone", undo.id: "applied"}
    assert applied.record["theme"] == "学习成就美好生活"
    assert applied.record["provenance"]["theme"] == _extractor_tag()


def test_undo_of_a_reject_brings_the_item_back() -> None:
    rej = corr("reject", "organizers", 0)
    undo = new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="undo", target=rej.id)
    applied = apply_corrections(make_record(), TEXT, [rej, undo])
    assert applied.record["organizers"] == make_record()["organizers"] and applied.rejected == []


def test_reviewed_sets_status_and_undo_clears_it() -> None:
    rev = new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="reviewed", new=True)
    assert apply_corrections(make_record(), TEXT, [rev]).status == "reviewed"
    undo = new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="undo", target=rev.id)
    assert apply_corrections(make_record(), TEXT, [rev, undo]).status == "unreviewed"


# --- the text changed ----------------------------------------------------------------------


def test_paragraph_inserted_at_top_reanchors() -> None:
    fix = corr("fix", "theme", new="学习成就美好人生")
    acc = corr("accept", "organizers", 2)
    new_text = TOP + TEXT
    applied = apply_corrections(make_record(new_text), new_text, [fix, acc])
    rec = applied.record
    assert applied.outcomes == {fix.id: "reanchored", acc.id: "reanchored"}
    assert rec["theme"] == "学习成就美好人生" and rec["provenance"]["theme"] == "human:corrected"
    ev = rec["evidence"]["theme"]
    assert (ev["start"], ev["end"]) == (TEXT.index("学习成就美好生活") + len(TOP),
                                        TEXT.index("学习成就美好生活") + len(TOP) + 8)
    assert new_text[ev["start"]:ev["end"]] == "学习成就美好生活"
    assert rec["provenance"]["organizers"][2] == "human:confirmed" and len(rec["organizers"]) == 3
    assert applied.attention == [] and applied.status == "unreviewed"


def test_snippet_gone_orphans_and_does_not_apply() -> None:
    fix = corr("fix", "theme", new="学习成就美好人生")
    new_text = TEXT.replace("学习成就美好生活", "终身学习伴我行")
    record = make_record(new_text, theme="终身学习伴我行")
    record["evidence"]["theme"] = _ev(new_text, "终身学习伴我行")
    applied = apply_corrections(record, new_text, [fix])
    assert applied.outcomes == {fix.id: "orphaned"}
    assert applied.record["theme"] == "终身学习伴我行"
    assert applied.record["provenance"]["theme"] == _extractor_tag()
    assert applied.status == "needs attention" and "orphaned_correction" in applied.attention


def test_orphaned_add_is_not_applied() -> None:
    c = add("contacts", "0512-66881234", {"name": "王晓梅", "phone": "0512-66881234"})
    new_text = TEXT.replace("0512-66881234", "0512-66880000")
    applied = apply_corrections(make_record(new_text, contacts=[]), new_text, [c])
    assert applied.outcomes == {c.id: "orphaned"} and applied.record["contacts"] == []


# --- a newer extractor disagrees with the person ------------------------------------------


def test_confirmed_item_missing_from_new_output_is_kept_and_flagged() -> None:
    acc = corr("accept", "organizers", 1)
    newer = make_record()
    del newer["organizers"][1]
    applied = apply_corrections(newer, TEXT, [acc])
    names = [o["name"] for o in applied.record["organizers"]]
    assert sorted(names) == sorted(["临江湾区教育局", "临江湾区文明办", "湾区社区学院"])
    at = names.index("临江湾区文明办")
    assert applied.record["provenance"]["organizers"][at] == "human:confirmed"
    assert "extractor_disagrees:organizers" in applied.attention
    assert applied.status == "needs attention"


def test_confirmed_scalar_differs_in_new_output_person_wins() -> None:
    acc = corr("accept", "title")
    newer = make_record(title="临江湾区全民终身学习活动周的通知")
    applied = apply_corrections(newer, TEXT, [acc])
    assert applied.record["title"] == "关于举办2021年临江湾区全民终身学习活动周的通知"
    assert applied.record["provenance"]["title"] == "human:confirmed"
    assert "extractor_disagrees:title" in applied.attention and applied.status == "needs attention"


def test_confirmed_scalar_kept_with_its_own_evidence() -> None:
    """The person's value stays, and so does the place they confirmed it at (not the
    evidence of the extractor's new, different value)."""
    acc = corr("accept", "theme")
    newer = make_record(theme="推进学习型城区建设")
    newer["evidence"]["theme"] = _ev(TEXT, "推进学习型城区建设")
    rec = apply_corrections(newer, TEXT, [acc]).record
    assert rec["theme"] == "学习成就美好生活"
    assert rec["evidence"]["theme"]["start"] == TEXT.index("学习成就美好生活")
    assert rec["evidence"]["theme"]["text"] == "学习成就美好生活"


def test_corrected_scalar_differs_in_new_output_person_wins() -> None:
    fix = corr("fix", "issue_date", new="2021-09-21")
    applied = apply_corrections(make_record(issue_date="2021-09-19"), TEXT, [fix])
    assert applied.record["issue_date"] == "2021-09-21"
    assert "extractor_disagrees:issue_date" in applied.attention


def test_new_output_agreeing_with_the_fix_is_not_flagged() -> None:
    fix = corr("fix", "theme", new="学习成就美好人生")
    applied = apply_corrections(make_record(theme="学习成就美好人生"), TEXT, [fix])
    assert applied.record["theme"] == "学习成就美好人生" and applied.attention == []


def test_fixed_item_the_extractor_now_gets_right_is_not_duplicated() -> None:
    """A person fixed an organizer; a newer extractor outputs the fixed value itself: one item."""
    fix = corr("fix", "organizers", 2, new={"role": "承办", "name": "临江湾区社区学院"})
    newer = make_record()
    newer["organizers"][2] = {"role": "承办", "name": "临江湾区社区学院",
                              "evidence": _ev(TEXT, "湾区社区学院")}
    applied = apply_corrections(newer, TEXT, [fix])
    names = [o["name"] for o in applied.record["organizers"]]
    assert names.count("临江湾区社区学院") == 1, names
    assert len(applied.record["provenance"]["organizers"]) == len(names)


# --- replay is idempotent -------------------------------------------------------------------


def _mixed_log() -> list[Correction]:
    rec = make_record()
    return [corr("accept", "title"), corr("fix", "theme", new="学习成就美好人生"),
            corr("reject", "doc_number"), corr("reject", "organizers", 1, record=rec),
            corr("accept", "issuers", 0), corr("fix", "organizers", 2, new={"role": "承办", "name": "临江湾区社区学院"}),
            add("figures", "24", {"value": 7.0, "unit": "天"}),
            new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="reviewed", new=True)]


def test_replaying_twice_over_the_extractor_output_equals_once() -> None:
    raw = make_record()
    log = _mixed_log()
    first = apply_corrections(raw, TEXT, log)
    second = apply_corrections(raw, TEXT, log)
    assert raw == make_record()  # the input is not changed
    assert json.dumps(first.record, sort_keys=True) == json.dumps(second.record, sort_keys=True)
    assert first.outcomes == second.outcomes and first.status == second.status == "reviewed"


def test_replaying_over_its_own_result_changes_nothing() -> None:
    """The stored (already corrected) record replayed again, e.g. by a tool that reads
    `documents.record`: nothing is duplicated or lost."""
    log = _mixed_log()
    once = apply_corrections(make_record(), TEXT, log).record
    twice = apply_corrections(copy.deepcopy(once), TEXT, log).record
    for name in ("organizers", "issuers", "figures", "contacts"):
        assert twice[name] == once[name], name
        assert twice["provenance"][name] == once["provenance"][name], name
    assert twice["theme"] == once["theme"] and twice["doc_number"] is None


def test_the_same_log_line_twice_is_applied_once() -> None:
    """A log merged from two copies holds a line twice (same id): replay as if once."""
    fix = corr("fix", "organizers", 2, new={"role": "承办", "name": "临江湾区社区学院"})
    applied = apply_corrections(make_record(), TEXT, [fix, fix])
    assert [o["name"] for o in applied.record["organizers"]] == ["临江湾区教育局", "临江湾区文明办", "临江湾区社区学院"]


TARGETS = [("title", None), ("theme", None), ("doc_number", None), ("issue_date", None), ("event_start", None),
           ("organizers", 0), ("organizers", 1), ("organizers", 2), ("contacts", 0), ("deadlines", 0)]
NEW = {"title": "关于举办临江湾区活动周的通知", "theme": "学习成就美好人生", "doc_number": "湾教发〔2021〕9号",
       "issue_date": "2021-09-21", "event_start": "2021-10-17", "organizers": {"role": "主办", "name": "湾区教育局"},
       "contacts": {"name": "王晓玫", "phone": "0512-66881234"},
       "deadlines": {"date": "2021-10-09", "what": "将活动方案报湾区社区学院"}}


def _without_offsets(rec: dict[str, Any]) -> str:
    """The record with evidence offsets blanked, for comparing a moved text with the original."""
    out = copy.deepcopy(rec)
    for ev in list((out.get("evidence") or {}).values()) + [
            i["evidence"] for f in ("organizers", "contacts", "deadlines", "committee")
            for i in out.get(f) or [] if isinstance(i, dict) and "evidence" in i]:
        ev["start"] = ev["end"] = None
    out["source"] = None
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TARGETS), st.sampled_from(["accept", "fix", "reject"])),
                max_size=6, unique_by=lambda t: t[0]),
       st.booleans(), st.text(alphabet="ABCxyz 【】：\n", min_size=1, max_size=40))
def test_any_log_gives_the_same_values_after_a_line_at_the_top(
    actions: list[tuple[tuple[str, int | None], str]], with_add: bool, top: str,
) -> None:
    """Whatever the log, a text that only gained a line at the top gives the same values,
    every anchored correction re-anchored, and evidence moved by the line's length."""
    log = [corr(action, field, pos, new=NEW[field] if action == "fix" else None)
           for (field, pos), action in actions]
    if with_add:
        log.append(add("committee", "王晓梅", {"name": "王晓梅"}))
    before = apply_corrections(make_record(), TEXT, log)
    moved = top + TEXT
    after = apply_corrections(make_record(moved), moved, log)
    assert _without_offsets(after.record) == _without_offsets(before.record)
    assert set(after.outcomes.values()) <= {"reanchored"}
    assert after.status == before.status and after.attention == before.attention
    for name, ev in after.record["evidence"].items():
        assert ev["start"] == before.record["evidence"][name]["start"] + len(top), name
        assert moved[ev["start"]:ev["end"]] == ev["text"], name


# --- why a document needs attention ---------------------------------------------------------


def test_attention_missing_key_fields() -> None:
    empty_region = {k: None for k in ("level", "province", "city", "county", "town", "code")}
    rec = make_record(title=None, region=empty_region, campaign_year=None)
    assert record_attention(rec) == ["missing:title", "missing:campaign_year", "missing:region"]
    assert record_attention(make_record(doc_type="other")) == ["missing:doc_type"]
    assert apply_corrections(rec, TEXT, []).status == "needs attention"


@pytest.mark.parametrize(("warnings", "reasons"), [
    (["ocr_confidence:page=1:0.55"], ["low_ocr_confidence"]),
    (["ocr_confidence:page=1:0.95", "ocr_confidence:page=2:0.61"], ["low_ocr_confidence"]),
    (["ocr_confidence:page=1:0.93"], []),
    (["source_container:application/msword"], []),
    (["doc_type_model:notice->plan"], ["warning:doc_type_model"]),
    (["extractor_failed:committee:KeyError: 'x'", "extractor_failed:figures:ValueError: y"],
     ["warning:extractor_failed"]),
])
def test_attention_from_warnings(warnings: list[str], reasons: list[str]) -> None:
    assert record_attention(make_record(warnings=warnings)) == reasons
    status = apply_corrections(make_record(warnings=warnings), TEXT, []).status
    assert status == ("needs attention" if reasons else "unreviewed")


def test_reviewed_document_with_a_warning_stays_reviewed() -> None:
    rev = new_correction(doc_id=DOC_ID, text_sha256=_sha(TEXT), field=None, action="reviewed", new=True)
    applied = apply_corrections(make_record(warnings=["doc_type_model:notice->plan"]), TEXT, [rev])
    assert applied.status == "reviewed" and applied.attention == ["warning:doc_type_model"]


# --- the real path: ingest, correct, ingest --force -----------------------------------------


def _ingest(folder: Path, db: Path, force: bool = False) -> dict[str, Any]:
    from pipeline.store.run import ingest_local

    return ingest_local([str(folder)], db, batch_size=8, force=force)


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_corrections_survive_forced_reingest_without_duplicates(tmp_path: Path) -> None:
    from pipeline.review.actions import record_action

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text("𠀋😀 " + TEXT, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    _ingest(folder, db)
    doc_id = _rows(db, "SELECT doc_id FROM documents")[0][0]
    text = _rows(db, "SELECT text FROM texts")[0][0]
    n_org = _rows(db, f"SELECT count(*) FROM organizers WHERE doc_id = '{doc_id}'")[0][0]
    assert n_org >= 2
    record_action(db, doc_id[:8], "title", "accept")
    record_action(db, doc_id, "organizers", "fix", pos=0, new="临江湾区教育局（终身教育处）")
    at = text.index("王晓梅")
    record_action(db, doc_id, "committee", "add", new="王晓梅", at=(at, at + 3), snippet="王晓梅")
    record_action(db, doc_id, None, "reviewed")
    for _ in range(2):
        summary = _ingest(folder, db, force=True)
        assert summary["corrections"].get("applied") == 4, summary["corrections"]
        assert _rows(db, f"SELECT count(*) FROM organizers WHERE doc_id = '{doc_id}'")[0][0] == n_org
        orgs = _rows(db, f"SELECT name, provenance FROM organizers WHERE doc_id = '{doc_id}' ORDER BY pos")
        assert orgs[0] == ("临江湾区教育局（终身教育处）", "human:corrected")
        committee = _rows(db, f"SELECT name, provenance FROM committee_members WHERE doc_id = '{doc_id}'")
        assert committee.count(("王晓梅", "human:added")) == 1
        ev = _rows(db, f"SELECT start, \"end\", text FROM evidence WHERE doc_id = '{doc_id}' "
                       "AND field = 'committee'")
        assert ev == [(at, at + 3, "王晓梅")]  # code points: 𠀋 and 😀 count once
        status, prov = _rows(db, f"SELECT review_status, provenance FROM documents WHERE doc_id = '{doc_id}'")[0]
        assert status == "reviewed" and json.loads(prov)["title"] == "human:confirmed"
        assert _rows(db, "SELECT count(*), count(DISTINCT id) FROM corrections") == [(4, 4)]
        assert _rows(db, "SELECT count(*) FROM documents") == [(1,)]


def _shifted(record: dict[str, Any], by: int) -> dict[str, Any]:
    """The record as a newer normaliser would give it after `by` code points more at the top."""
    out = copy.deepcopy(record)
    spans = list((out.get("evidence") or {}).values())
    spans += [i["evidence"] for f in ("organizers", "committee", "deadlines", "contacts", "figures")
              for i in out.get(f) or [] if isinstance(i, dict) and isinstance(i.get("evidence"), dict)]
    for ev in spans:
        ev["start"] += by
        ev["end"] += by
    return out


def test_normaliser_change_reanchors_and_orphans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same bytes, a different normalized text (a parser or normaliser change), ingest --force:
    moved snippets are re-anchored, a vanished one is orphaned and sends the document to the queue."""
    import pipeline.workers
    from pipeline.review.actions import record_action
    from pipeline.store.plan import Extracted

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    _ingest(folder, db)
    doc_id = _rows(db, "SELECT doc_id FROM documents")[0][0]
    fix = record_action(db, doc_id, "theme", "fix", new="学习成就美好人生")
    acc = record_action(db, doc_id, "contacts", "accept", pos=0)
    real = pipeline.workers.extract_isolated

    def changed(items: Any, limits: Any, on_done: Any = None) -> list[Extracted]:
        out = []
        for item in real(items, limits, on_done):
            if item.record is not None and item.text is not None:
                text = TOP + item.text.replace("王晓梅", "王晓")
                item = Extracted(item.outcome, _shifted(item.record, len(TOP)), text)
            out.append(item)
        return out

    monkeypatch.setattr(pipeline.workers, "extract_isolated", changed)
    summary = _ingest(folder, db, force=True)
    assert summary["corrections"].get("reanchored") == 1 and summary["corrections"].get("orphaned") == 1
    status = dict(_rows(db, "SELECT id, status FROM corrections"))
    assert status == {fix.id: "reanchored", acc.id: "orphaned"}
    theme, review, attention = _rows(db, "SELECT theme, review_status, attention FROM documents")[0]
    assert theme == "学习成就美好人生" and review == "needs attention"
    assert "orphaned_correction" in json.loads(attention)
    start = _rows(db, "SELECT start FROM evidence WHERE field = 'theme'")[0][0]
    assert start == len(TOP) + TEXT.index("学习成就美好生活")


def test_bumped_extractor_version_keeps_corrections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new extractor version re-extracts unchanged files (no --force): corrections kept,
    the other values say the new version, nothing duplicated."""
    import pipeline.version
    from pipeline.review.actions import record_action

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notice.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    _ingest(folder, db)
    doc_id = _rows(db, "SELECT doc_id FROM documents")[0][0]
    n_org = _rows(db, "SELECT count(*) FROM organizers")[0][0]
    record_action(db, doc_id, "organizers", "accept", pos=1)
    record_action(db, doc_id, "theme", "fix", new="学习成就美好人生")
    monkeypatch.setattr(pipeline.version, "EXTRACTOR_VERSION", "99.0.0")
    summary = _ingest(folder, db)
    assert summary["counts"].get("loaded") == 1 and summary["corrections"].get("applied") == 2
    assert _rows(db, "SELECT extractor_version FROM documents") == [("99.0.0",)]
    assert _rows(db, "SELECT count(*) FROM organizers")[0][0] == n_org
    provs = [r[0] for r in _rows(db, "SELECT provenance FROM organizers ORDER BY pos")]
    assert provs[1] == "human:confirmed" and provs[0] == "extractor:99.0.0"
    theme, prov = _rows(db, "SELECT theme, provenance FROM documents")[0]
    assert theme == "学习成就美好人生" and json.loads(prov)["theme"] == "human:corrected"
    assert json.loads(prov)["title"] == "extractor:99.0.0"
