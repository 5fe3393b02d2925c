"""The real Prefect flow, against the session-wide test harness and a real DuckDB file."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from models.tables import ALL_TABLES

pytestmark = pytest.mark.usefixtures("prefect_harness")


def ingest(paths: list[Path], db: Path, batch_size: int = 100) -> dict:
    from flows.ingest import run_ingest

    return run_ingest([str(p) for p in paths], db, batch_size)


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def states(db: Path, run_id: str) -> dict[str, tuple[str, str | None]]:
    found = rows(db, f"SELECT path, state, reason FROM files WHERE run_id = '{run_id}'")
    return {Path(p).name: (s, r) for p, s, r in found}


def test_ingest_then_reingest_adds_nothing(tmp_path: Path, docs_dir: Path) -> None:
    db = tmp_path / "db" / "lifelong.duckdb"
    first = ingest([docs_dir], db)
    assert set(states(db, first["run_id"]).values()) == {("loaded", None)}
    counts = {t.name: rows(db, f'SELECT count(*) FROM "{t.name}"')[0][0] for t in ALL_TABLES}
    assert counts["documents"] == 3
    second = ingest([docs_dir], db)
    assert set(states(db, second["run_id"]).values()) == {("unchanged", None)}
    for table in ("documents", "issuers", "organizers", "committee_members", "deadlines", "contacts",
                  "figures", "evidence"):
        assert rows(db, f'SELECT count(*) FROM "{table}"')[0][0] == counts[table], table
    assert rows(db, "SELECT count(*) FROM runs")[0][0] == 2
    assert {p.stem for p in (db.parent / "parquet").glob("*.parquet")} == {t.name for t in ALL_TABLES}


def test_duplicates_and_bad_files_complete_the_run(tmp_path: Path, docs_dir: Path) -> None:
    from parsers import supported_extensions

    first = sorted(docs_dir.iterdir())[0]
    shutil.copy(first, docs_dir / "copy-of-first.txt")
    (docs_dir / "empty.docx").write_bytes(b"")
    (docs_dir / "noise.pdf").write_bytes(os.urandom(2048))
    (docs_dir / "Thumbs.db").write_bytes(b"\0" * 64)
    db = tmp_path / "lifelong.duckdb"
    summary = ingest([docs_dir], db)
    got = states(db, summary["run_id"])
    assert got["copy-of-first.txt"] == ("duplicate", "same_bytes")
    assert got["Thumbs.db"] == ("skipped", "system_file")
    assert got["empty.docx"] == ("failed", "empty")
    expected_pdf = "failed" if ".pdf" in supported_extensions() else "skipped"
    assert got["noise.pdf"][0] == expected_pdf and got["noise.pdf"][1]
    assert summary["counts"]["loaded"] == 3
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 3
    messages = rows(db, "SELECT message FROM files WHERE state IN ('failed', 'skipped')")
    assert all(m for (m,) in messages)


def test_several_batches(tmp_path: Path, docs_dir: Path) -> None:
    """Small batches here only to get several extract tasks from three documents."""
    from prefect.client.orchestration import get_client

    def runs(prefix: str) -> list[Any]:
        from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName

        with get_client(sync_client=True) as client:
            found = client.read_task_runs(task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_=prefix)))
            return [r for r in found if r.name.startswith(prefix)]

    before = {r.id for r in runs("extract-batch") + runs("commit-batch")}
    summary = ingest([docs_dir], tmp_path / "b.duckdb", batch_size=1)
    assert summary["counts"] == {"loaded": 3}
    extracts = [r for r in runs("extract-batch") if r.id not in before]
    commits = [r for r in runs("commit-batch") if r.id not in before]
    assert len(extracts) == 3 and len(commits) == 3
    # the commits run on the writer thread, yet belong to the same flow run
    assert {r.flow_run_id for r in commits} == {extracts[0].flow_run_id} != {None}


def test_cli_ingest_prints_summary(tmp_path: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.cli import main

    db = tmp_path / "cli.duckdb"
    assert main(["ingest", str(docs_dir), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "files seen:        3" in out and "documents loaded:  3" in out
    assert "coverage" in out and "figures" in out


def test_cli_ingest_missing_path(tmp_path: Path) -> None:
    from pipeline.cli import main

    assert main(["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb")]) == 2


def test_flow_publishes_summary_artifact_and_accounts_bad_files(tmp_path: Path, docs_dir: Path) -> None:
    from prefect.client.orchestration import get_client

    from pipeline.settings import Limits

    (docs_dir / "Thumbs.db").write_bytes(b"\0" * 64)
    (docs_dir / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    db = tmp_path / "art.duckdb"
    summary = ingest_with_limits([docs_dir], db, Limits(timeout=30, workers=1))
    assert summary["counts"]["loaded"] == 3 and summary["counts"]["failed:corrupt"] == 1
    assert rows(db, f"SELECT finished IS NOT NULL FROM runs WHERE run_id = '{summary['run_id']}'") == [(True,)]
    with get_client(sync_client=True) as client:
        artifacts = [a for a in client.read_artifacts() if a.key == "ingest-summary"]
    assert any(summary["run_id"] in (a.description or "") for a in artifacts)


def ingest_with_limits(paths: list[Path], db: Path, limits: object) -> dict:
    from flows.ingest import run_ingest

    return run_ingest([str(p) for p in paths], db, 100, limits)  # type: ignore[arg-type]
