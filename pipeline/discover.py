"""Walk input paths into the list of files to process (directories recursively, sorted).

Symbolic links are not followed out of the tree they were found in: an archive copied
from a share may hold links to `/etc` or to the user's home, and ingesting those would
read (and store) files nobody asked for. A link to a file inside the tree is kept (it is
a second path to the same bytes, so it ends up `duplicate`); a link to a directory is
never descended (its files are reached through the real directory, and a link loop
cannot trap the walk). A path named explicitly on the command line is taken as given.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

OUTSIDE = "symlink_outside"


@dataclass
class Discovered:
    """Files to plan, and the paths refused on discovery with (reason, message)."""

    files: list[str] = field(default_factory=list)
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _tree(root: Path) -> Iterator[tuple[Path, bool]]:
    """(file, allowed) under a directory, in a stable order; links never descended."""
    real_root = root.resolve()
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_symlink():
                if path.is_dir():
                    continue
                yield path, _inside(path, real_root) and path.is_file()
            elif path.is_file():
                yield path, True


def discover(paths: Iterable[str | Path]) -> Discovered:
    """All files under the given paths; links leaving their tree are refused, not read."""
    found = Discovered()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file, allowed in _tree(path):
                found.files.append(str(file))
                if not allowed:
                    found.refused[str(file)] = (OUTSIDE, "symbolic link that leaves the input folder (not followed)")
        elif path.is_file():
            found.files.append(str(path))
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return found


def walk(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The readable files under each path (refused links left out); missing path raises."""
    found = discover(paths)
    for file in found.files:
        if file not in found.refused:
            yield Path(file)
