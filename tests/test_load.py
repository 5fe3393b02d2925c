"""The loader without Prefect: frames, transactions, replacement, planning, export."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from models import CommitteeMember, Contact, Deadline, Evidence, Figure, Organizer, Record, Region
from models.tables import ALL_TABLES, CHILD_TABLES
from pipeline import settings
from pipeline.dataset.export import export_tables, safe_target
from pipeline.store import load
from pipeline.store.frames import record_frames
from pipeline.store.load import RunInfo, connect, known_versions, load_run
from pipeline.store.plan import FileOutcome, plan_files, skip_reason
from pipeline.store.run import ingest_local


def ev(text: str, start: int) -> Evidence:
    return Evidence(text, start, start + len(text), None)


def make_record(doc_id: str = "a" * 64, figures: int = 2, issue_date: str | None = "2021-10-20") -> dict:
    """A synthetic record with every list field filled."""
    rec = Record(doc_id=doc_id, source={"path": "x.txt", "filename": "x.txt", "format": "txt", "sha256": doc_id})
    rec.doc_type, rec.title, rec.issue_date, rec.campaign_year = "notice", "关于举办活动周的通知", issue_date, 2021
    rec.region = Region("city", "某省", "某市", None, None, "000100")
    rec.issuers = ["某市教育局", "某市文明办"]
    rec.organizers = [Organizer("主办", "某市教育局", ev("某市教育局", 10))]
    rec.committee = [CommitteeMember("领导小组", "组长", "张三", "局长", ev("张三", 30))]
    rec.deadlines = [Deadline("2021-10-30", "总结", ev("10月30日前报送", 50), "市教育局")]
    rec.contacts = [Contact("李四", "0000-1234567", None, ev("联系人：李四", 70))]
    rec.figures = [Figure(float(n + 1), "场", "exact", "活动", ev(f"{n + 1}场", 90 + n * 5)) for n in range(figures)]
    rec.evidence = {"title": ev("关于举办活动周的通知", 0), "issue_date": ev("2021年10月20日", 120)}
    return rec.to_dict()


def table_count(con: duckdb.DuckDBPyConnection, table: str, where: str = "") -> int:
    return int(con.execute(f'SELECT count(*) FROM "{table}" {where}').fetchall()[0][0])


def test_frames_have_one_row_per_item_with_positions() -> None:
    run = RunInfo(paths=["x"])
    frames = record_frames([make_record(figures=3)], "v1", run.run_id, run.started)
    assert len(frames["documents"]) == 1
    assert list(frames["figures"]["pos"]) == [0, 1, 2]
    assert list(frames["issuers"]["name"]) == ["某市教育局", "某市文明办"]
    evidence = frames["evidence"]
    assert set(evidence["field"]) == {"title", "issue_date", "organizers", "committee", "deadlines", "contacts", "figures"}
    scalar = evidence[evidence["field"] == "title"]
    assert scalar["pos"].isna().all()
    doc = frames["documents"].iloc[0]
    assert doc["region_city"] == "某市" and doc["source_format"] == "txt"
    assert json.loads(doc["record"])["doc_id"] == "a" * 64


def test_load_and_replace_on_new_version(tmp_path: Path) -> None:
    con = connect(tmp_path / "t.duckdb")
    load_run(con, RunInfo(["x"]), [FileOutcome("x.txt", "loaded", "a" * 64)], [make_record(figures=3)], "v1")
    assert known_versions(con, ["a" * 64, "b" * 64]) == {"a" * 64: "v1"}
    assert table_count(con, "figures") == 3
    load_run(con, RunInfo(["x"]), [FileOutcome("x.txt", "loaded", "a" * 64)], [make_record(figures=1)], "v2")
    assert table_count(con, "documents") == 1
    assert table_count(con, "figures") == 1
    assert table_count(con, "evidence", "WHERE field = 'figures'") == 1
    assert known_versions(con, ["a" * 64]) == {"a" * 64: "v2"}
    assert table_count(con, "runs") == 2 and table_count(con, "files") == 2


def test_typed_columns_and_bad_values(tmp_path: Path) -> None:
    con = connect(tmp_path / "t.duckdb")
    load_run(con, RunInfo(["x"]), [], [make_record(issue_date="2021-13-45")], "v1")
    issue, year, record = con.execute("SELECT issue_date, campaign_year, record FROM documents").fetchall()[0]
    assert issue is None and year == 2021  # unparseable date: NULL in the column ...
    assert json.loads(record)["issue_date"] == "2021-13-45"  # ... but kept in the record JSON
    value, = con.execute("SELECT value FROM figures WHERE pos = 1").fetchall()[0]
    assert value == 2.0


def test_load_is_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = connect(tmp_path / "t.duckdb")
    load_run(con, RunInfo(["x"]), [], [make_record(figures=3)], "v1")
    real = load.insert_frame

    def failing(con_: duckdb.DuckDBPyConnection, spec, df):  # type: ignore[no-untyped-def]
        if spec.name == "files":
            raise RuntimeError("disk full")
        return real(con_, spec, df)

    monkeypatch.setattr(load, "insert_frame", failing)
    with pytest.raises(RuntimeError):
        load_run(con, RunInfo(["x"]), [FileOutcome("x", "loaded")], [make_record(figures=1)], "v2")
    assert table_count(con, "figures") == 3
    assert known_versions(con, ["a" * 64]) == {"a" * 64: "v1"}
    assert table_count(con, "runs") == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [("Thumbs.db", "system_file"), (".DS_Store", "system_file"), ("~$通知.docx", "lock_file"),
     ("setup.exe", "unsupported"), ("noext", "unsupported")],
)
def test_skip_reasons(name: str, reason: str) -> None:
    result = skip_reason(Path(name), {".txt", ".docx"})
    assert result is not None and result[0] == reason


def test_documents_are_not_skipped() -> None:
    assert skip_reason(Path("通知.TXT"), {".txt"}) is None


def test_plan_states(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲文件", encoding="utf-8")
    (tmp_path / "b.txt").write_text("甲文件", encoding="utf-8")
    (tmp_path / "c.txt").write_text("乙文件", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "Thumbs.db").write_bytes(b"x")
    paths = sorted(tmp_path.iterdir())
    plan = plan_files(paths, lambda ids: {i: "v1" for i in ids[1:]}, "v1")
    states = {Path(o.path).name: (o.state, o.reason) for o in plan.decided}
    assert states == {
        "b.txt": ("duplicate", "same_bytes"), "c.txt": ("unchanged", None),
        "d.txt": ("failed", "empty"), "Thumbs.db": ("skipped", "system_file"),
    }
    assert [Path(p).name for p, _ in plan.todo] == ["a.txt"]


@pytest.mark.parametrize("count", [1, 49, 100, 101, 250, 1000])
def test_batches_cover_everything_in_order(count: int) -> None:
    items = list(range(count))
    parts = settings.batches(items, 100)
    assert [i for part in parts for i in part] == items
    assert max(len(p) for p in parts) <= 100
    assert len(parts) == -(-count // 100)


def test_ingest_local_then_unchanged(tmp_path: Path, docs_dir: Path) -> None:
    db = tmp_path / "out" / "l.duckdb"
    first = ingest_local([str(docs_dir)], db)
    assert first["counts"]["loaded"] == 3
    second = ingest_local([str(docs_dir)], db)
    assert second["counts"] == {"unchanged": 3}
    assert set(second["coverage"]) >= {"title", "figures", "region"}
    with duckdb.connect(str(db), read_only=True) as con:
        assert table_count(con, "documents") == 3
        assert table_count(con, "runs") == 2
    assert {p.stem for p in settings.parquet_dir(db).glob("*.parquet")} == {t.name for t in ALL_TABLES}


def test_export_never_leaves_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        safe_target(tmp_path, "../evil.csv")
    con = connect(tmp_path / "db" / "t.duckdb")
    load_run(con, RunInfo(["x"]), [], [make_record()], "v1")
    out = tmp_path / "csv"
    written = export_tables(con, out, "csv")
    assert {p.parent for p in written} == {out.resolve()}
    assert len(written) == len(ALL_TABLES)
    assert (out / "figures.csv").read_text(encoding="utf-8").splitlines()[0].startswith("doc_id,pos,value")


def test_child_tables_cover_every_list_field() -> None:
    record = make_record()
    assert {f for f, v in record.items() if isinstance(v, list) and f != "warnings"} <= set(CHILD_TABLES) | {
        "addressees", "attachments", "fuzzy_dates",
    }


def test_prefect_home_falls_back_beside_the_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_HOME", raising=False)
    monkeypatch.setattr(settings.os, "access", lambda path, mode: False)
    assert settings.prefect_home(tmp_path / "db" / "x.duckdb") == (tmp_path / "db" / ".prefect").resolve()
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "mine"))
    assert settings.prefect_home(tmp_path / "x.duckdb") is None


def test_writer_connection_caps_duckdb_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader's buffer memory is bounded (flat peak whatever the file's size); the size is checked
    before it goes into SQL."""
    from pipeline.store.load import _memory_setting, connect

    con = connect(tmp_path / "m.duckdb")
    try:
        limit = str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])  # type: ignore[index]
        threads = con.execute("SELECT current_setting('threads')").fetchone()
    finally:
        con.close()
    assert limit == "122.0 MiB" and threads == (1,)  # 128 MB, one thread
    monkeypatch.setenv("LIFELONG_DUCKDB_MEMORY", "1GB")
    con = connect(tmp_path / "m.duckdb")
    try:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone() == ("953.6 MiB",)
    finally:
        con.close()
    with pytest.raises(ValueError, match="expected a size"):
        _memory_setting("1GB'; DROP TABLE documents; --")


def test_a_step_out_of_memory_runs_again_with_four_times_the_cap(tmp_path: Path) -> None:
    import duckdb

    from pipeline.store.load import connect, with_memory_retry

    con = connect(tmp_path / "m.duckdb")
    calls: list[str] = []

    def step() -> str:
        calls.append(str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0]))  # type: ignore[index]
        if len(calls) == 1:
            raise duckdb.OutOfMemoryException("could not allocate block")
        return "done"

    try:
        assert with_memory_retry(con, step) == "done"
        assert calls == ["122.0 MiB", "488.0 MiB"]
    finally:
        con.close()
