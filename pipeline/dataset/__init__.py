"""The dataset: what analysts and researchers read from a loaded database.

`entities*` and `views` derive the comparison tables and views from the stored documents,
`access` is the read-only pandas API (`open_dataset`), `query` runs read-only SQL,
`export` writes Parquet/CSV/JSONL and `report*` the self-contained HTML report. Names
resolve lazily (PEP 562): importing `pipeline` stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazy import lazy_getattr

if TYPE_CHECKING:  # the real names for type checkers; at run time __getattr__ imports on use
    from pipeline.dataset.access import Dataset, export_dataset, open_dataset
    from pipeline.dataset.entities import DERIVED_TABLES, build_derived
    from pipeline.dataset.export import export_records, export_tables
    from pipeline.dataset.query import QueryRefused, check_read_only, run_query
    from pipeline.dataset.report import write_report
    from pipeline.dataset.views import create_views

_EXPORTS = {
    "Dataset": "access", "open_dataset": "access", "export_dataset": "access",
    "run_query": "query", "check_read_only": "query", "QueryRefused": "query",
    "export_tables": "export", "export_records": "export",
    "write_report": "report",
    "create_views": "views", "build_derived": "entities", "DERIVED_TABLES": "entities",
}
__all__ = [
    "DERIVED_TABLES",
    "Dataset",
    "QueryRefused",
    "build_derived",
    "check_read_only",
    "create_views",
    "export_dataset",
    "export_records",
    "export_tables",
    "open_dataset",
    "run_query",
    "write_report",
]


__getattr__ = lazy_getattr(__name__, _EXPORTS)
