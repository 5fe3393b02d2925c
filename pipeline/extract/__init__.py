"""Field extractors, one module per field family, registered by name.

Importing this package registers every family; `run_all` runs them in dependency order.
"""
from pipeline.extract import (  # noqa: F401  (registration side effects)
    committee,
    contacts,
    dates,
    deadlines,
    figures,
    header,
    organizers,
    region,
    structure,
    theme,
)
from pipeline.extract.base import Context, Fields
from pipeline.extract.registry import get, names, ordered, register, run_all

__all__ = ["Context", "Fields", "get", "names", "ordered", "register", "run_all"]
