"""Pure pipeline steps: normalise, extract, store, dataset; and the `lifelong` CLI over them."""
from __future__ import annotations

from typing import Any

__all__ = ["open_dataset"]


def __getattr__(name: str) -> Any:
    """`from pipeline import open_dataset` without importing DuckDB for every CLI start."""
    if name == "open_dataset":
        from pipeline.dataset.access import open_dataset

        return open_dataset
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
