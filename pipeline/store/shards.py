"""Parquet shards: extraction results written by Dask workers, committed by the one DuckDB writer.

A Dask worker cannot write the database (DuckDB has one writer) and a Prefect task result
should stay small, so a worker writes each batch's results to `<db dir>/shards/<id>.parquet`
(a temporary name, then an atomic rename: a reader never sees half a shard) and returns a
`Manifest`. The flow process commits the shard with `pipeline.store.load.write_batch`, corrections
replayed, and records its id in the `shards` table in the same transaction, then deletes
the file. A shard's id is a hash of the extractor version and its doc_ids, so committing a
shard twice changes nothing.

Shard files left by a killed run were never committed (a committed file is deleted just
after its transaction); the next Dask run deletes them and extracts those documents again,
because the plan still finds them missing. That re-does at most the batches that were in
flight, and never trusts a shard whose run is unknown.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.store.plan import Extracted, FileOutcome

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

    from pipeline.review.log import Correction
    from pipeline.settings import Limits
    from pipeline.store.load import RunInfo

COLUMNS = ("path", "state", "doc_id", "reason", "message", "record", "text")


@dataclass
class Manifest:
    """What a batch task returns: where its shard is and what it holds (never the rows)."""

    shard_id: str
    path: str
    doc_ids: list[str]
    counts: dict[str, int] = field(default_factory=dict)


def shard_dir(db: Path) -> Path:
    """Shards live beside the database (shared storage when workers run on other machines)."""
    return Path(db).parent / "shards"


def shard_id(version: str, doc_ids: Sequence[str]) -> str:
    """Same extractor version and documents -> same id, whatever the batch order."""
    key = "\n".join([version, *sorted(doc_ids)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write_shard(directory: Path, items: Sequence[tuple[str, str]], extracted: Sequence[Extracted],
                version: str) -> Manifest:
    """Write the batch's results as one Parquet file (temporary name, then rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    sid = shard_id(version, [doc_id for _, doc_id in items])
    rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for item in extracted:
        o = item.outcome
        for name, value in zip(COLUMNS[:5], (o.path, o.state, o.doc_id, o.reason, o.message), strict=True):
            rows[name].append(value)
        rows["record"].append(None if item.record is None else json.dumps(item.record, ensure_ascii=False))
        rows["text"].append(item.text)
    table = pa.table({name: pa.array(values, pa.string()) for name, values in rows.items()})
    final = directory / f"{sid}.parquet"
    temporary = directory / f".{sid}.{os.getpid()}.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, final)
    counts = Counter(item.outcome.state for item in extracted)
    return Manifest(sid, str(final), [doc_id for _, doc_id in items], dict(counts))


def extract_shard(items: Sequence[tuple[str, str]], directory: Path, version: str,
                  limits: Limits | None = None) -> Manifest:
    """Extract a batch on this (Dask worker) process and write its shard (a Dask task's body).

    Where the process may have children (a Dask worker started with
    DASK_DISTRIBUTED__WORKER__DAEMON=False, as `--dask local` does), the batch goes through
    the project's isolated worker pool, so the per-document timeout and memory cap hold as
    in a local run. A daemonic Dask worker cannot start it: the batch is extracted
    in-process, and a parser that kills the process kills the Dask worker; the flow then
    extracts that batch itself with the isolated pool (flows/ingest.py).
    """
    if limits is not None and may_have_children():
        from pipeline.workers import extract_isolated

        extracted = extract_isolated(list(items), replace(limits, workers=1))
    else:
        from pipeline.store.plan import extract_batch

        extracted = extract_batch(list(items))
    return write_shard(directory, items, extracted, version)


def may_have_children() -> bool:
    """False inside a daemonic process (multiprocessing refuses to start children there)."""
    import multiprocessing

    return not multiprocessing.current_process().daemon


def read_shard(path: Path) -> list[Extracted]:
    """The batch's results back from its shard file."""
    import pyarrow.parquet as pq

    rows = pq.read_table(path).to_pylist()
    out = []
    for row in rows:
        outcome = FileOutcome(row["path"], row["state"], row["doc_id"], row["reason"], row["message"])
        record = None if row["record"] is None else json.loads(row["record"])
        out.append(Extracted(outcome, record, row["text"]))
    return out


def is_committed(con: DuckDBPyConnection, sid: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM shards WHERE shard_id = ?", [sid]).fetchall()[0][0])


def commit_shard(
    con: DuckDBPyConnection, run: RunInfo, manifest: Manifest, version: str, seen: set[str],
    corrections: dict[str, list[Correction]] | None = None,
) -> list[FileOutcome] | None:
    """Load a shard and record its id in one transaction; None when it was already committed.

    The file is deleted once committed (or found committed before).
    """
    from models.tables import SHARDS
    from pipeline.store.frames import frame
    from pipeline.store.load import insert_frame, transaction, utcnow, write_batch

    path = Path(manifest.path)
    outcomes: list[FileOutcome] | None = None
    with transaction(con):
        if not is_committed(con, manifest.shard_id):
            extracted = read_shard(path)
            outcomes = write_batch(con, run, extracted, version, seen, corrections)
            row = {"shard_id": manifest.shard_id, "run_id": run.run_id, "extractor_version": version,
                   "documents": sum(o.state == "loaded" for o in outcomes), "committed": utcnow()}
            insert_frame(con, SHARDS, frame(SHARDS, [row]))
    path.unlink(missing_ok=True)
    return outcomes


def clear_stale(directory: Path) -> int:
    """Delete shard files a killed run left (never committed: their documents are re-extracted)."""
    if not directory.is_dir():
        return 0
    stale = [p for p in directory.iterdir() if p.suffix in (".parquet", ".tmp")]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)
