"""The store: everything that writes a run into the DuckDB file, behind one entry point.

An ingest goes plan -> extract -> write -> finish: `plan` decides each file's state
against what the database holds, `load`/`frames` write a batch per transaction, `shards`
commits Parquet shards written by Dask workers, `lock` keeps one writer, `schema_version`
and `migrate` keep the layout current, `status`/`summary` read a run back. Callers import
from `pipeline.store`; the names resolve lazily (PEP 562) so that `lifelong --help` or a
Dask worker importing one helper does not pay for pandas and DuckDB.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazy import lazy_getattr

if TYPE_CHECKING:  # the real names for type checkers; at run time __getattr__ imports on use
    from pipeline.store.load import RunInfo, connect, finish_run, run_counts, write_batch
    from pipeline.store.lock import IngestLocked, ingest_lock
    from pipeline.store.plan import Extracted, FileOutcome, Plan, extract_batch, plan_files
    from pipeline.store.run import (
        batch_step,
        begin_step,
        commit_step,
        discover,
        extract_step,
        finish_step,
        ingest_local,
        overlapped,
        plan_step,
        start_progress,
    )
    from pipeline.store.schema_version import SCHEMA_VERSION, SchemaVersionError
    from pipeline.store.shards import Manifest, commit_shard, extract_shard, shard_dir
    from pipeline.store.status import failed_files, recent_runs, resolve_run
    from pipeline.store.summary import coverage, format_summary

_EXPORTS = {
    "connect": "load", "RunInfo": "load", "write_batch": "load", "finish_run": "load", "run_counts": "load",
    "FileOutcome": "plan", "Plan": "plan", "Extracted": "plan", "plan_files": "plan", "extract_batch": "plan",
    "discover": "run", "plan_step": "run", "begin_step": "run", "batch_step": "run", "extract_step": "run", "commit_step": "run", "overlapped": "run", "finish_step": "run",
    "ingest_local": "run", "start_progress": "run",
    "ingest_lock": "lock", "IngestLocked": "lock",
    "recent_runs": "status", "failed_files": "status", "resolve_run": "status",
    "coverage": "summary", "format_summary": "summary",
    "SCHEMA_VERSION": "schema_version", "SchemaVersionError": "schema_version",
    "Manifest": "shards", "extract_shard": "shards", "commit_shard": "shards", "shard_dir": "shards",
}
__all__ = [
    "Extracted",
    "FileOutcome",
    "IngestLocked",
    "Manifest",
    "Plan",
    "RunInfo",
    "SCHEMA_VERSION",
    "SchemaVersionError",
    "batch_step",
    "begin_step",
    "commit_shard",
    "commit_step",
    "connect",
    "coverage",
    "discover",
    "extract_batch",
    "extract_shard",
    "extract_step",
    "failed_files",
    "finish_run",
    "finish_step",
    "format_summary",
    "ingest_local",
    "ingest_lock",
    "overlapped",
    "plan_files",
    "plan_step",
    "recent_runs",
    "resolve_run",
    "run_counts",
    "shard_dir",
    "start_progress",
    "write_batch",
]


__getattr__ = lazy_getattr(__name__, _EXPORTS)
