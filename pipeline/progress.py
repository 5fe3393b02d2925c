"""Progress of an ingest: a bar on a terminal, plain periodic lines otherwise.

Archive staff start an ingest over thousands of files and look back later, so the line
shows what matters then: files done of total, documents loaded, failures, the rate and
the time left. On a terminal the bar is redrawn in place on stderr (at most ~10 times a
second); when stderr is a pipe or a log file, one line is written every `every` seconds
instead, so logs stay readable.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class Progress:
    """Counts files as they are decided; `update(state)` per file, `close()` at the end."""

    def __init__(self, total: int, stream: TextIO | None = None, every: float = 10.0, width: int = 28) -> None:
        self.total, self.done, self.loaded, self.failed = total, 0, 0, 0
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.every, self.width = (0.1 if self.tty else every), width
        self.started = self._last = time.monotonic()
        self._extracted = 0

    def update(self, state: str, extracted: bool = True) -> None:
        self.done += 1
        self._extracted += int(extracted)
        self.loaded += state == "loaded"
        self.failed += state == "failed"
        now = time.monotonic()
        if now - self._last >= self.every or self.done == self.total:
            self._last = now
            self._emit(now)

    def line(self, now: float | None = None) -> str:
        """The progress text: counts, rate (extracted files per second) and time left."""
        elapsed = max(1e-6, (now or time.monotonic()) - self.started)
        rate = self._extracted / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (f"{self.done}/{self.total} files  loaded {self.loaded}  failed {self.failed}  "
                f"{rate:.1f} files/s  elapsed {_clock(elapsed)}  left {_clock(left)}")

    def _bar(self) -> str:
        filled = int(self.width * self.done / self.total) if self.total else self.width
        return "[" + "#" * filled + "-" * (self.width - filled) + "] "

    def _emit(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r" + self._bar() + self.line(now) + "\033[K")
        else:
            self.stream.write("ingest: " + self.line(now) + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.total:
            self.stream.write("\n")
            self.stream.flush()
