"""The database's schema version: stored in a `meta` table, checked whenever a database is opened.

Version 1 is the layout before `meta` existed (documents and child tables only). Version 2
adds the derived entity tables (regions, organizations, people, editions, national themes)
and the comparison views. Version 3 adds `documents.source_text_sha256`, the fingerprint
that groups one document saved in several formats. Version 4 adds review: the `texts` and
`corrections` tables, `documents.review_status / attention / provenance` and a
`provenance` column on every value table. A writable open migrates an older database in place (the derived
tables are built from the stored documents); a read-only open cannot migrate, so it refuses
an older database with the command that upgrades it. A database written by a newer
`lifelong` is always refused: its tables may mean something this code does not know.

This is the version of the *database layout*; `documents.schema_version` is the version of
each stored record's JSON, a different thing.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

SCHEMA_VERSION = 4
META_DDL = 'CREATE TABLE IF NOT EXISTS meta ("key" VARCHAR PRIMARY KEY, "value" VARCHAR)'


class SchemaVersionError(RuntimeError):
    """The database's layout is not the one this code reads."""


def _has_table(con: DuckDBPyConnection, name: str) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", [name]
    ).fetchall()
    return bool(rows[0][0])


def stored_version(con: DuckDBPyConnection) -> int | None:
    """The version in `meta`; 1 for a database that predates `meta`; None for an empty one."""
    if _has_table(con, "meta"):
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if rows:
            return int(rows[0][0])
    if _has_table(con, "documents"):
        return 1
    return None


def _write_version(con: DuckDBPyConnection, version: int) -> None:
    con.execute(META_DDL)
    con.execute("DELETE FROM meta WHERE key = 'schema_version'")
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(version)])


def _refuse_newer(version: int | None) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"the database has schema version {version}, newer than this lifelong's "
            f"{SCHEMA_VERSION}: upgrade lifelong to read it"
        )


def ensure_current(con: DuckDBPyConnection, before: int | None) -> None:
    """On a writable connection, after the base tables exist: create or migrate to the current layout.

    `before` is `stored_version` read before the base tables were created: None for a
    brand-new file (simply stamped), 1 for a database that predates `meta` (migrated).
    """
    from pipeline.dataset.entities import build_derived, create_derived
    from pipeline.dataset.views import create_views

    _refuse_newer(before)
    if before is not None and before < 3:  # migration 2 -> 3: the text fingerprint column
        con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_text_sha256 VARCHAR")
        con.execute("UPDATE documents SET source_text_sha256 = json_extract_string(record, '$.source.text_sha256')")
    if before is not None and before < 4:
        _migrate_review(con)
    create_derived(con)
    create_views(con)
    con.execute(META_DDL)  # the derived build records itself there
    if before is not None and before < SCHEMA_VERSION:
        build_derived(con)  # migration 1 -> 2: the derived tables from the stored documents
    if before != SCHEMA_VERSION:
        _write_version(con, SCHEMA_VERSION)


def _migrate_review(con: DuckDBPyConnection) -> None:
    """Migration 3 -> 4: the review columns (values loaded before review came from the extractor)."""
    from models.tables import CHILD_TABLES, DOCUMENTS, EVIDENCE

    for name, _ in DOCUMENTS.columns[-3:]:
        con.execute(f'ALTER TABLE documents ADD COLUMN IF NOT EXISTS "{name}" VARCHAR')
    for spec in (*CHILD_TABLES.values(), EVIDENCE):
        con.execute(f'ALTER TABLE "{spec.name}" ADD COLUMN IF NOT EXISTS provenance VARCHAR')
        con.execute(f'UPDATE "{spec.name}" SET provenance = (SELECT \'extractor:\' || d.extractor_version '
                    f'FROM documents d WHERE d.doc_id = "{spec.name}".doc_id)')
    con.execute("UPDATE documents SET review_status = 'unreviewed', attention = '[]' WHERE review_status IS NULL")


def check_readable(con: DuckDBPyConnection, db: Path | str) -> None:
    """On a read-only connection: refuse any database that is not at the current version."""
    version = stored_version(con)
    _refuse_newer(version)
    if version is None or version < SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{db} has schema version {version or 1}, older than {SCHEMA_VERSION}; it cannot be "
            f"migrated read-only. Upgrade it once with `python -m pipeline.store.migrate {db}` "
            "(or run `lifelong ingest` on it), then open it again"
        )
