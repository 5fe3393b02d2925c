"""Walk input paths into the list of files to process (directories recursively, sorted)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path


def walk(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under each path, in a stable order; a missing path raises FileNotFoundError."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
