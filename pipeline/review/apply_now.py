"""Corrections into the database at once, for `lifelong correct` (outside any ingest).

Separate from `sync` because it opens the database through the loader, which itself
calls `sync` at load time: keeping it here keeps the import graph one-way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.review.sync import sync_corrections


def apply_now(db: Path) -> dict[str, Any] | None:
    """Replay the log into the database at once when no ingest is writing it; None if one is.

    `lifelong correct` calls this so queries see a correction immediately; during an
    ingest the correction simply waits in the log for that ingest's end.
    """
    import duckdb

    from pipeline.dataset.entities import update_derived
    from pipeline.review.log import by_doc, read_log
    from pipeline.store.load import connect, transaction
    from pipeline.store.lock import IngestLocked, ingest_lock

    try:
        with ingest_lock(db):
            con = connect(db)
            try:
                log = read_log(db)
                with transaction(con):
                    counts = sync_corrections(con, db, log)
                update_derived(con, list(by_doc(log)))
                return counts
            finally:
                con.close()
    except (IngestLocked, duckdb.IOException):
        return None
