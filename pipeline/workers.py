"""Parse and extract in worker processes, so one bad file fails alone.

A parser can crash the interpreter (a C library on a malformed file), hang, or eat all
memory. Each worker is a separate process handling one document at a time; the parent
knows which document every worker holds and since when, so:

- a worker past the per-document timeout is killed and only its document fails `timeout`;
- a worker that dies is replaced and only its document fails (`corrupt`, "crashed");
- a worker's address space is capped (RLIMIT_AS), so a memory blow-up raises MemoryError
  inside it and the document fails `too_large`.

`concurrent.futures.ProcessPoolExecutor` cannot do this: a dead worker breaks the whole
pool and the culprit cannot be told from its neighbours. Workers are forked from a
forkserver that has the parsers imported, so replacing one costs milliseconds, and the
pool is kept for a whole run so the lazy heavy imports happen once per worker.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from models import Timeout, TooLarge
from pipeline.settings import Limits
from pipeline.store.plan import Extracted, FileOutcome, extract_one

Item = tuple[str, str]  # (path, doc_id)
OnDone = Callable[[Extracted], None]
Job = Callable[[str, str], Extracted]  # a top-level function, so a worker can import it
_PRELOAD = ["pipeline.record", "parsers", "pipeline.store.plan"]


def _die_with_parent() -> None:
    """Linux: the kernel kills the worker when the forkserver (its parent) goes away."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _vm_size() -> int:
    """Current address-space size of this process in bytes (0 when unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _limit_memory(extra_bytes: int) -> None:
    """Cap the address space at what the worker holds now plus `extra_bytes`."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        limit = _vm_size() + extra_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main(conn: Connection, memory_bytes: int, func: Job = extract_one) -> None:
    """Worker loop: receive (path, doc_id), send back an `Extracted`; None or EOF ends it."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(memory_bytes)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = func(*job)
        except MemoryError:
            result = Extracted(FileOutcome(job[0], "failed", job[1], TooLarge.reason, "ran out of memory while reading"))
        conn.send(result)
        if result.outcome.reason == TooLarge.reason:
            return  # after a MemoryError the heap may be fragmented: start afresh


@dataclass
class _Slot:
    """One worker process, its pipe end, and the job it holds (with its start time)."""

    process: Any
    conn: Connection
    job: Item | None = None
    started: float = 0.0


class WorkerPool:
    """A fixed number of worker processes fed one document at a time."""

    def __init__(self, limits: Limits, func: Job = extract_one) -> None:
        self.limits, self.func = limits, func
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(_PRELOAD)
        self._slots: list[_Slot] = []
        self.replaced = 0

    def _spawn(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=worker_main, args=(child, self.limits.memory_mb * 1024 * 1024, self.func), daemon=True,
        )
        process.start()
        child.close()
        return _Slot(process, parent)

    def _ensure(self) -> None:
        while len(self._slots) < max(1, self.limits.workers):
            self._slots.append(self._spawn())

    def _replace(self, slot: _Slot) -> None:
        _stop(slot.process)
        slot.conn.close()
        self._slots[self._slots.index(slot)] = self._spawn()
        self.replaced += 1

    def run(self, items: Sequence[Item], on_done: OnDone | None = None) -> list[Extracted]:
        """Extract every item; results in input order, one per item, whatever happens."""
        self._ensure()
        pending, results = deque(items), dict[Item, Extracted]()
        while pending or any(s.job for s in self._slots):
            self._assign(pending)
            for item, extracted in self._collect():
                results[item] = extracted
                if on_done is not None:
                    on_done(extracted)
        return [results[item] for item in items]

    def _assign(self, pending: deque[Item]) -> None:
        for i, slot in enumerate(self._slots):
            if slot.job is None and pending:
                if not slot.process.is_alive():  # exited after a MemoryError
                    self._replace(slot)
                    slot = self._slots[i]
                self._give(slot, pending.popleft())

    def _give(self, slot: _Slot, item: Item) -> None:
        slot.job, slot.started = item, time.monotonic()
        slot.conn.send(item)

    def _collect(self) -> Iterator[tuple[Item, Extracted]]:
        busy = [s for s in self._slots if s.job is not None]
        ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=self._wait_time(busy))
        for slot in busy:
            if slot.conn in ready or slot.process.sentinel in ready:
                yield from self._finish(slot)
        now = time.monotonic()
        for slot in [s for s in self._slots if s.job is not None]:
            if now - slot.started > self.limits.timeout:
                yield self._fail(slot, Timeout.reason, f"no result after {self.limits.timeout:g} s; worker stopped")

    def _wait_time(self, busy: list[_Slot]) -> float:
        if not busy:
            return 0.0
        oldest = min(s.started for s in busy)
        return max(0.01, oldest + self.limits.timeout - time.monotonic())

    def _finish(self, slot: _Slot) -> Iterator[tuple[Item, Extracted]]:
        try:
            extracted: Extracted = slot.conn.recv()
        except (EOFError, OSError):
            slot.process.join(1)
            code = slot.process.exitcode
            yield self._fail(slot, "corrupt", f"parser process crashed ({_describe_exit(code)})")
            return
        assert slot.job is not None
        item, slot.job = slot.job, None
        yield item, extracted

    def _fail(self, slot: _Slot, reason: str, message: str) -> tuple[Item, Extracted]:
        assert slot.job is not None
        item, slot.job = slot.job, None
        self._replace(slot)
        return item, Extracted(FileOutcome(item[0], "failed", item[1], reason, message))

    def close(self) -> None:
        """Ask idle workers to stop, kill the rest."""
        for slot in self._slots:
            with contextlib.suppress(OSError, ValueError):
                if slot.job is None:
                    slot.conn.send(None)
            _stop(slot.process)
            slot.conn.close()
        self._slots = []


def _stop(process: Any) -> None:
    process.join(0.2)
    if process.is_alive():
        process.kill()
        process.join(2)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


_shared: WorkerPool | None = None


def shared_pool(limits: Limits) -> WorkerPool:
    """The pool of this run (kept across batches so workers import the parsers once)."""
    global _shared
    if _shared is None or _shared.limits != limits:
        close_shared_pool()
        _shared = WorkerPool(limits)
    return _shared


def close_shared_pool() -> None:
    global _shared
    if _shared is not None:
        _shared.close()
        _shared = None


def extract_isolated(items: Sequence[Item], limits: Limits, on_done: OnDone | None = None) -> list[Extracted]:
    """Extract a batch in the run's worker processes."""
    if not items:
        return []
    return shared_pool(limits).run(items, on_done)

