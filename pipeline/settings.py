"""Where the pipeline writes and how Prefect is set up, in one place.

Paths are relative to the working directory (the project root when run through `make`).
Prefect needs a writable home for its local database and profiles; a fresh machine,
a container or CI may have a read-only home directory, so the home falls back to a
folder beside the database. Nothing here imports Prefect: its environment must be set
before the first import.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

DEFAULT_DB = Path("data/processed/lifelong.duckdb")

# Documents per Prefect task: a task run costs tens of milliseconds, a document a few.
BATCH_SIZE = 100
MIN_BATCH, MAX_BATCH = 50, 200


@dataclass(frozen=True)
class Limits:
    """What one document may cost before it fails alone (reason timeout / too_large).

    `timeout` is seconds per document (parse + extract) in a worker process; `memory_mb`
    is the address space a worker may add beyond what it holds after start-up; files
    above `max_file_mb` are refused before they are read; `ocr` off skips image files.
    """

    timeout: float = 60.0
    memory_mb: int = 2048
    max_file_mb: int = 200
    workers: int = field(default_factory=lambda: default_workers())
    ocr: bool = True  # off: image files are skipped instead of read by Tesseract

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024


def default_workers() -> int:
    """Every core of a small machine, one left for the loader from four cores up; at most four.

    The loader commits a batch while the next one extracts (`store.run.overlapped`) and
    takes a fraction of a core, so on one or two cores leaving it a whole core would idle
    half the machine; more than four workers rarely pays for their memory.
    """
    cores = os.cpu_count() or 2
    return max(1, min(4, cores if cores <= 2 else cores - 1))


def parquet_dir(db: Path) -> Path:
    """One Parquet file per table lives beside the database."""
    return Path(db).parent / "parquet"


def _writable(path: Path) -> bool:
    """True when `path` exists writable, or could be created under a writable parent."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return os.access(candidate, os.W_OK)
    return False


def prefect_home(db: Path) -> Path | None:
    """The PREFECT_HOME to set, or None when the user's setting or default home works."""
    if os.environ.get("PREFECT_HOME"):
        return None
    default = Path.home() / ".prefect"
    if _writable(default):
        return None
    return Path(db).resolve().parent / ".prefect"


def prepare_prefect_env(db: Path) -> None:
    """Environment for a serverless local run; call before importing prefect.

    Telemetry is off because offline machines otherwise log a failed upload on each run.
    """
    home = prefect_home(db)
    if home is not None:
        home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def batches(items: Sequence[T], size: int = BATCH_SIZE) -> list[list[T]]:
    """Split into near-equal batches of at most `size` (never one task per document)."""
    if not items:
        return []
    size = max(1, size)
    count = -(-len(items) // size)
    step = -(-len(items) // count)
    return [list(items[i:i + step]) for i in range(0, len(items), step)]
