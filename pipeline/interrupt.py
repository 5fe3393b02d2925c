"""SIGTERM handled like Ctrl-C, for commands that must clean up what they started.

`kill PID` (or a service manager stopping us) then unwinds through the same `finally`
blocks as Ctrl-C: an ingest stops its workers and keeps finished batches; a watch stops
the private server it started instead of orphaning it.
"""
from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt (outside the main thread: no change)."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
