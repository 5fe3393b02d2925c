"""The writer thread commits batch n while batch n+1 extracts, in order, one batch waiting at most."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from pipeline.store.plan import Extracted, FileOutcome
from pipeline.store.run import overlapped


def _extracted(batch: list[tuple[str, str]]) -> list[Extracted]:
    return [Extracted(FileOutcome(path, "loaded", doc_id), None, None) for path, doc_id in batch]


def _batches(n: int) -> list[list[tuple[str, str]]]:
    return [[(f"f{i}.txt", f"d{i}")] for i in range(n)]


def test_next_batch_extracts_while_the_previous_commits() -> None:
    extracting = {i: threading.Event() for i in range(3)}

    def extract(batch: list[tuple[str, str]]) -> list[Extracted]:
        extracting[int(batch[0][1][1:])].set()
        return _extracted(batch)

    def commit(extracted: list[Extracted]) -> list[FileOutcome]:
        n = int(extracted[0].outcome.doc_id[1:])
        if n + 1 in extracting:  # a serial loop would never extract n+1 before this returns
            assert extracting[n + 1].wait(10), f"batch {n + 1} did not extract during commit {n}"
        return [x.outcome for x in extracted]

    outcomes = overlapped(_batches(3), extract, commit)
    assert [o.doc_id for o in outcomes] == ["d0", "d1", "d2"]


def test_at_most_one_batch_waits_and_commits_run_in_order() -> None:
    events: list[str] = []
    lock = threading.Lock()

    def extract(batch: list[tuple[str, str]]) -> list[Extracted]:
        with lock:
            events.append("x" + batch[0][1])
        return _extracted(batch)

    def commit(extracted: list[Extracted]) -> list[FileOutcome]:
        with lock:
            events.append("c" + extracted[0].outcome.doc_id)
        return [x.outcome for x in extracted]

    overlapped(_batches(4), extract, commit)
    commits = [e for e in events if e.startswith("c")]
    assert commits == ["cd0", "cd1", "cd2", "cd3"]
    for i in range(2, 4):  # batch i is extracted only after commit i-2 has finished
        assert events.index(f"cd{i - 2}") < events.index(f"xd{i}")


def test_a_failed_commit_stops_the_run() -> None:
    def commit(extracted: list[Extracted]) -> list[FileOutcome]:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        overlapped(_batches(3), _extracted, commit)


def test_ingest_local_loads_every_batch(tmp_path: Path) -> None:
    from pipeline.store import ingest_local

    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(7):
        (inbox / f"{i}.txt").write_text(f"关于开展{2010 + i}年全民终身学习活动周的通知\n各区教育局：现将有关事项通知如下。", encoding="utf-8")
    summary = ingest_local([str(inbox)], tmp_path / "o.duckdb", batch_size=2)
    assert summary["counts"] == {"loaded": 7}
