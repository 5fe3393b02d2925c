"""One ingest per database at a time: an advisory lock file beside the database.

DuckDB locks the file only while a connection is open, and an ingest opens one per
batch, so a second ingest could slip in between two batches and interleave runs. The
lock (`<db>.lock`, flock) is taken before anything else — before the Prefect server is
started — and the kernel drops it when the process dies, even on kill -9, so a killed
run never leaves a stale lock behind. The holder's pid and start time are written into
the file for the refusal message.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

_held: dict[str, tuple[IO[str], int]] = {}


class IngestLocked(RuntimeError):
    """Another ingest holds the database."""


def lock_path(db: Path) -> Path:
    return Path(db).with_name(Path(db).name + ".lock")


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return "another process"
    return text or "another process"


def _acquire(path: Path) -> IO[str]:
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise IngestLocked(
            f"another ingest is writing this database ({_holder(path)}); "
            "wait for it to finish, or use another --db"
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
    fh.flush()
    return fh


@contextmanager
def ingest_lock(db: Path) -> Iterator[None]:
    """Hold the database's ingest lock (re-entrant within a process); IngestLocked if taken."""
    key = str(lock_path(db).resolve())
    if key in _held:
        fh, depth = _held[key]
        _held[key] = (fh, depth + 1)
    else:
        _held[key] = (_acquire(Path(key)), 1)
    try:
        yield
    finally:
        fh, depth = _held[key]
        if depth > 1:
            _held[key] = (fh, depth - 1)
        else:
            del _held[key]
            fh.close()
