"""The corrections log: round trip, malformed lines, concurrent writers, and typed values.

The log is the source of truth, so it must survive what real files go through: several
processes appending at once (the web app and `lifelong correct`), a half-written or
hand-edited line, and values typed by a person into a form.
"""
from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from pipeline.review.anchor import make_anchor
from pipeline.review.fields import FieldError, parse_value
from pipeline.review.log import (
    ACTIONS,
    Correction,
    append,
    by_doc,
    log_path,
    new_correction,
    parse_line,
    read_log,
    read_log_counted,
)

DOC = "cd" * 32
TEXT = "关于开展2022年“全民终身学习活动周”的通知\n联系人：赵𠀋明"


def _one(i: int = 0, doc_id: str = DOC, **kw: object) -> Correction:
    start = TEXT.index("赵𠀋明")
    values: dict[str, object] = {"doc_id": doc_id, "text_sha256": "ef" * 32, "field": "contacts", "action": "fix",
                                 "pos": 0, "old": {"name": "赵明"}, "new": {"name": f"赵𠀋明{i}"},
                                 "anchor": dict(make_anchor(TEXT, start, start + 3)), "reason": "OCR 误识",
                                 "reviewer": "档案室"}
    values.update(kw)
    return new_correction(**values)


def test_log_path_is_beside_the_db(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "lifelong.duckdb"
    assert log_path(db) == tmp_path / "sub" / "lifelong.corrections.jsonl"
    assert log_path(str(db)) == log_path(db)
    assert log_path(Path("data/processed/x.duckdb")) == Path("data/processed/x.corrections.jsonl")


def test_absent_log_reads_empty(tmp_path: Path) -> None:
    assert read_log(tmp_path / "none.duckdb") == []
    assert read_log_counted(tmp_path / "none.duckdb") == ([], 0)


def test_new_correction_fills_id_time_version_reviewer() -> None:
    from pipeline.record import EXTRACTOR_VERSION

    c = new_correction(doc_id=DOC, text_sha256=None, field=None, action="reviewed", new=True)
    assert len(c.id) == 32 and c.time.endswith("Z") and c.time[:2] == "20"
    assert c.extractor_version == EXTRACTOR_VERSION and c.reviewer
    assert new_correction(doc_id=DOC, text_sha256=None, field=None, action="reviewed").id != c.id


def test_append_read_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    written = [_one(i) for i in range(3)]
    written.append(new_correction(doc_id="ee" * 32, text_sha256=None, field=None, action="undo",
                                  target=written[0].id))
    for c in written:
        assert append(db, c) == log_path(db)
    assert read_log(db) == written
    raw = log_path(db).read_text(encoding="utf-8")
    assert "赵𠀋明" in raw and "\\u" not in raw  # UTF-8 as written, one line each
    assert len(raw.splitlines()) == 4
    assert [json.loads(line)["id"] for line in raw.splitlines()] == [c.id for c in written]
    grouped = by_doc(read_log(db))
    assert list(grouped) == [DOC, "ee" * 32] and [c.id for c in grouped[DOC]] == [c.id for c in written[:3]]


def test_malformed_lines_are_skipped_and_counted(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    good = [_one(0), _one(1)]
    append(db, good[0])
    with log_path(db).open("a", encoding="utf-8") as fh:
        fh.write("not json at all\n")
        fh.write('{"id": "x", "doc_id": "' + DOC + '", "action": "delete_everything"}\n')  # unknown action
        fh.write('{"id": "y", "action": "fix"}\n')  # no doc_id
        fh.write('{"doc_id": "' + DOC + '", "action": "fix"}\n')  # no id
        fh.write("[1, 2, 3]\n")
        fh.write("\n   \n")  # blank lines are not errors
        fh.write(good[1].to_json()[:40] + "\n")  # a half-written line
    append(db, good[1])
    with log_path(db).open("ab") as fh:
        fh.write(b'{"id": "z", "doc_id": "\xff\xfe", "action": "reviewed", "field": null, "text_sha256": null}\n')
    corrections, bad = read_log_counted(db)
    assert [c.id for c in corrections] == [good[0].id, good[1].id, "z"]  # bad bytes replaced, the line kept
    assert bad == 6
    assert read_log(db)[:2] == good


def test_unknown_keys_in_a_line_are_ignored() -> None:
    line = json.dumps({**json.loads(_one().to_json()), "future_key": 1})
    parsed = parse_line(line)
    assert parsed is not None and parsed.field == "contacts"


def test_every_action_round_trips() -> None:
    for action in ACTIONS:
        c = new_correction(doc_id=DOC, text_sha256=None, field=None, action=action)
        assert parse_line(c.to_json()) == c


def _writer(db: str, worker: int, lines: int) -> None:
    for i in range(lines):
        append(db, _one(i, reason=f"w{worker}-{i}" + "长" * (i * 37 % 400)))


def test_concurrent_appends_from_several_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "t.duckdb")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db, w, 50)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    corrections, bad = read_log_counted(db)
    assert bad == 0 and len(corrections) == 200
    assert len({c.id for c in corrections}) == 200
    assert {c.reason.split("-")[0] for c in corrections if c.reason} == {"w0", "w1", "w2", "w3"}
    for w in range(4):  # each writer's lines in its own order
        mine = [int(str(c.reason).split("-")[1].rstrip("长")) for c in corrections if str(c.reason).startswith(f"w{w}-")]
        assert mine == list(range(50))


# --- typed values from a form ---------------------------------------------------------------


@pytest.mark.parametrize(("field", "text", "words"), [
    ("issue_date", "2021-13-01", ["issue_date", "YYYY-MM-DD", "2021-13-01"]),
    ("event_start", "2021年10月1日", ["event_start", "YYYY-MM-DD"]),
    ("deadlines", "明天", ["deadlines", "YYYY-MM-DD"]),
    ("doc_type", "公告", ["doc_type", "notice", "公告"]),
    ("campaign_year", "二〇二一", ["campaign_year", "二〇二一"]),
    ("campaign_year", "1999", ["campaign_year", "1999"]),
    ("organizers", '{"name": "社区学院", "phone": "123"}', ["organizers", "unknown keys", "phone", "role"]),
    ("region", '{"province": "江苏省", "district": "x"}', ["region", "unknown keys", "district"]),
    ("region", "江苏省", ["region", "JSON"]),
    ("contacts", '{"name": ', ["contacts", "not valid JSON"]),
    ("title", '{"name": "x"}', ["title", "JSON object"]),
    ("figures", "三千", ["figures", "number", "三千"]),
    ("theme", "   ", ["empty", "reject"]),
])
def test_parse_value_errors_are_clear(field: str, text: str, words: list[str]) -> None:
    with pytest.raises(FieldError) as info:
        parse_value(field, text)
    message = str(info.value)
    for word in words:
        assert word in message, (word, message)


def test_parse_value_types_what_a_person_types() -> None:
    assert parse_value("issue_date", " 2021-09-20 ") == "2021-09-20"
    assert parse_value("campaign_year", "2021") == 2021
    assert parse_value("doc_type", "plan") == "plan"
    assert parse_value("theme", "学习𠀋成就梦想") == "学习𠀋成就梦想"
    old = {"role": "主办", "name": "旧名", "evidence": {"start": 1, "end": 3}}
    assert parse_value("organizers", "新名", old) == {"role": "主办", "name": "新名"}
    assert parse_value("deadlines", "2021-10-08", {"what": "报送方案"}) == {"what": "报送方案", "date": "2021-10-08"}
    assert parse_value("figures", "3000", {"unit": "人"}) == {"unit": "人", "value": 3000.0}
    assert parse_value("region", '{"level": "city", "province": "江苏省", "city": "临江市"}')["city"] == "临江市"
