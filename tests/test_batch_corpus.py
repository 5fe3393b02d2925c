"""The bad-input corpus (tools/make_bad_inputs.py) ingested in one run: every file accounted for.

The per-document timeout is lowered so the huge text and the PDF of thousands of pages
settle fast (they may load or time out; both are accounted states, neither a crash).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.cli import main
from pipeline.settings import Limits
from pipeline.store.run import ingest_local
from tools.make_bad_inputs import EXPECTED, SECRET, make_corpus


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path]:
    root = tmp_path_factory.mktemp("bad")
    corpus = make_corpus(root)
    db = root / "db" / "bad.duckdb"
    summary = ingest_local([str(corpus)], db, limits=Limits(timeout=3.0, workers=2))
    return corpus, summary, db


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_every_file_has_exactly_one_expected_state(ingested: tuple[Path, dict, Path]) -> None:
    corpus, summary, db = ingested
    rows = query(db, "SELECT path, state, reason, message FROM files WHERE run_id = ?", summary["run_id"])
    names = [Path(p).name for p, *_ in rows]
    assert sorted(names) == sorted(p.name for p in corpus.iterdir())  # one row per path, none missing
    assert len(names) == len(set(names))
    wrong = {Path(p).name: (s, r) for p, s, r, _ in rows if (s, r) not in EXPECTED[Path(p).name]}
    assert wrong == {}
    assert all(m for _, s, _, m in rows if s in ("failed", "skipped"))  # every refusal says why
    assert summary["files"] == len(rows)


def test_loaded_documents_are_in_the_tables(ingested: tuple[Path, dict, Path]) -> None:
    _, summary, db = ingested
    loaded = query(db, "SELECT count(DISTINCT doc_id) FROM files WHERE run_id = ? AND state = 'loaded'",
                   summary["run_id"])[0][0]
    assert loaded >= 8
    assert query(db, "SELECT count(*) FROM documents")[0][0] == loaded
    assert query(db, "SELECT finished IS NOT NULL FROM runs WHERE run_id = ?", summary["run_id"]) == [(True,)]


def test_xxe_entity_is_never_resolved(ingested: tuple[Path, dict, Path]) -> None:
    _, _, db = ingested
    for table, column in (("documents", "record"), ("evidence", "text"), ("files", "message")):
        hits = query(db, f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE ?', f"%{SECRET}%")
        assert hits == [(0,)], table


def test_failures_command_lists_reasons(ingested: tuple[Path, dict, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, summary, db = ingested
    assert main(["failures", "--db", str(db), "--run", summary["run_id"][:8], "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "path,reason,message"
    reasons = {line.split(",")[1] for line in lines[1:]}
    assert {"corrupt", "encrypted", "empty", "decompression_bomb", "too_large", "garbled_text"} <= reasons
    assert main(["status", "--db", str(db), "--format", "csv"]) == 0
    status = capsys.readouterr().out.splitlines()
    assert status[0].startswith("run_id,started,finished,status,files,loaded")
    assert "completed" in status[1]


def test_images_are_skipped_when_ocr_is_off(tmp_path: Path) -> None:
    from pipeline.store.plan import plan_files

    image = tmp_path / "page.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    off = plan_files([image], lambda ids: {}, "v", ocr=False)
    on = plan_files([image], lambda ids: {}, "v", ocr=True)
    assert [(o.state, o.reason) for o in off.decided] == [("skipped", "image")]
    assert [p for p, _ in on.todo] == [str(image)]
