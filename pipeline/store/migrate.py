"""`python -m pipeline.store.migrate FILE...`: upgrade databases to the current schema version in place.

A writable open migrates (see `pipeline.store.schema_version`); this is that open, for a
database a read-only command refused. Kept out of `schema_version` so that module never
imports the loader that imports it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.store.load import connect
from pipeline.store.schema_version import SCHEMA_VERSION, stored_version


def migrate(db: Path) -> int:
    """Open the database writable (which migrates it) and return its version."""
    con = connect(db)
    try:
        return stored_version(con) or SCHEMA_VERSION
    finally:
        con.close()


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["data/processed/lifelong.duckdb"]:
        if not Path(arg).exists():
            sys.exit(f"no database at {arg}")
        print(f"{arg}: schema version {migrate(Path(arg))}")
