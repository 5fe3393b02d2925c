"""The CLI functions (main([...])) for extract, query and export; query refuses writes."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.tables import ALL_TABLES
from pipeline.cli import main
from pipeline.store.run import ingest_local


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, raw_txt: list[Path]) -> Path:
    """A database of the dev documents, built without Prefect."""
    path = tmp_path_factory.mktemp("cli") / "lifelong.duckdb"
    ingest_local([str(p) for p in raw_txt[:3]], path)
    return path


def test_extract_prints_one_record_per_document(raw_txt: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", *map(str, raw_txt[:2])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"]["filename"] for line in lines] == [p.name for p in raw_txt[:2]]


def test_extract_reports_bad_files_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "[empty]" in captured.err


def test_query_formats(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT doc_id, source_filename FROM documents ORDER BY source_filename"
    assert main(["query", sql, "--db", str(db), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 3 and set(records[0]) == {"doc_id", "source_filename"}
    assert main(["query", sql, "--db", str(db), "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == ["doc_id", "source_filename"] and len(table) == 4
    assert main(["query", sql, "--db", str(db)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("(3 rows)")


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE documents",
        "DELETE FROM documents",
        "INSERT INTO runs (run_id) VALUES ('x')",
        "UPDATE documents SET title = 'x'",
        "CREATE TABLE t AS SELECT 1",
        "ALTER TABLE documents ADD COLUMN x INTEGER",
        "COPY documents TO 'out.csv'",
        "ATTACH 'other.duckdb'",
        "INSTALL httpfs",
        "LOAD httpfs",
        "EXPORT DATABASE 'dump'",
        "SELECT 1; DROP TABLE documents",
    ],
)
def test_query_refuses_writes(db: Path, sql: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", sql, "--db", str(db)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert main(["query", "SELECT count(*) AS n FROM documents", "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "3"]


def test_query_allows_columns_named_like_keywords(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = 'SELECT "start", "end", field AS updated FROM evidence LIMIT 1'
    assert main(["query", sql, "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("start,end,updated")


def test_query_errors(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT * FROM no_such_table", "--db", str(db)]) == 1
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert main(["query", "SELEKT nonsense", "--db", str(db)]) == 2
    capsys.readouterr()


def test_export_csv_writes_one_file_per_table(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", str(db)]) == 0
    names = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert {f"{t.name}.csv" for t in ALL_TABLES} <= names


def test_export_parquet_is_partitioned_by_campaign_year(db: Path, tmp_path: Path) -> None:
    import duckdb

    out = tmp_path / "export"
    assert main(["export", "--format", "parquet", "--out", str(out), "--db", str(db)]) == 0
    years = sorted(p.name for p in (out / "documents").iterdir() if p.is_dir())
    assert years and all(y.startswith("campaign_year=") for y in years)
    assert (out / "runs.parquet").is_file() and (out / "files.parquet").is_file()
    glob = str(out / "documents" / "**" / "*.parquet")
    [(count,)] = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning=true)").fetchall()
    assert count == 3
    assert all(out in p.parents for p in out.rglob("*"))


def test_export_jsonl_is_the_stored_records(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jsonl"
    assert main(["export", "--format", "jsonl", "--out", str(out), "--db", str(db)]) == 0
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    assert all(r["schema_version"] == "1" and len(r["doc_id"]) == 64 for r in records)
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["records.jsonl"]


def test_extract_does_not_import_prefect_or_duckdb(raw_txt: list[Path]) -> None:
    code = (
        "import sys, contextlib, io\n"
        "from pipeline.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main(['extract', {str(raw_txt[0])!r}])\n"
        "print(sorted(m for m in ('prefect', 'duckdb', 'pandas') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("size", ["1", "49", "201"])
def test_ingest_refuses_tiny_or_huge_batches(size: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["ingest", str(tmp_path), "--batch-size", size])


def test_ocr_engine_option_reaches_the_environment_workers_inherit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LIFELONG_OCR_ENGINE", "rapidocr")  # recorded, so undone after the test
    doc = tmp_path / "a.txt"
    doc.write_text("关于开展全民终身学习活动周的通知", encoding="utf-8")
    assert main(["extract", "--ocr-engine", "tesseract", str(doc)]) == 0
    assert os.environ["LIFELONG_OCR_ENGINE"] == "tesseract"
    with pytest.raises(SystemExit):
        main(["extract", "--ocr-engine", "abbyy", str(doc)])
    assert "invalid choice" in capsys.readouterr().err
