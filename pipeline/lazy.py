"""Lazy package entry points (PEP 562), shared by `pipeline.store` and `pipeline.dataset`.

A package lists which submodule holds each public name; the name is imported on first
use, so importing the package (the CLI, a Dask worker) does not pay for pandas and DuckDB.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` resolving `exports[name]` (a submodule of `package`) on use."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__
