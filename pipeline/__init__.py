"""Pure pipeline steps: normalise, extract, load; and the `lifelong` CLI over them."""
from pipeline.dataset import open_dataset

__all__ = ["open_dataset"]
