"""Worker isolation: a crash, a hang or a memory blow-up fails one document, not the batch.

The jobs below stand in for a parser meeting a hostile file; they are top-level so the
worker processes can import them.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from pipeline.settings import Limits
from pipeline.store.plan import Extracted, FileOutcome
from pipeline.workers import WorkerPool


def job(path: str, doc_id: str) -> Extracted:
    """Behaves according to the file name: ok, crash, hang, hog (memory), exit."""
    name = Path(path).name
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("hog"):
        blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB > the limit
        return Extracted(FileOutcome(path, "loaded", doc_id, None, str(len(blocks))))
    if name.startswith("exit"):
        os._exit(3)
    return Extracted(FileOutcome(path, "loaded", doc_id, None, str(os.getpid())), {"doc_id": doc_id})


def run(names: list[str], **limits: float) -> list[tuple[str, str | None]]:
    pool = WorkerPool(Limits(**{"timeout": 2.0, "memory_mb": 512, "workers": 2, **limits}), func=job)  # type: ignore[arg-type]
    try:
        return [(e.outcome.state, e.outcome.reason) for e in pool.run([(n, n) for n in names])]
    finally:
        pool.close()


def test_good_documents_come_back_in_order() -> None:
    pool = WorkerPool(Limits(workers=2), func=job)
    try:
        out = pool.run([(f"ok{i}", f"id{i}") for i in range(10)])
    finally:
        pool.close()
    assert [e.outcome.doc_id for e in out] == [f"id{i}" for i in range(10)]
    assert {e.outcome.state for e in out} == {"loaded"}
    assert len({e.outcome.message for e in out}) <= 2  # the same two workers did all the work


def test_a_crash_fails_only_its_document() -> None:
    assert run(["ok1", "crash", "ok2", "exit", "ok3"]) == [
        ("loaded", None), ("failed", "corrupt"), ("loaded", None), ("failed", "corrupt"), ("loaded", None),
    ]


def test_a_hang_times_out_and_the_batch_goes_on() -> None:
    started = time.monotonic()
    assert run(["hang", "ok1", "ok2", "ok3"], timeout=1.0) == [("failed", "timeout")] + [("loaded", None)] * 3
    assert time.monotonic() - started < 10


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="address-space limit needs Linux")
def test_memory_blow_up_is_too_large() -> None:
    assert run(["hog", "ok1"], memory_mb=256) == [("failed", "too_large"), ("loaded", None)]


def test_every_worker_replaced_after_trouble() -> None:
    pool = WorkerPool(Limits(timeout=1.0, workers=1), func=job)
    try:
        out = pool.run([("crash1", "a"), ("crash2", "b"), ("ok", "c")])
        assert [e.outcome.state for e in out] == ["failed", "failed", "loaded"]
        assert pool.replaced == 2
    finally:
        pool.close()
