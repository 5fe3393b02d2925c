"""The schema version in `meta`: stamped on new databases, old ones migrated or refused."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from models.tables import ALL_TABLES
from pipeline.dataset.access import open_dataset
from pipeline.store.frames import record_frames
from pipeline.store.load import connect
from pipeline.store.schema_version import SCHEMA_VERSION, SchemaVersionError, stored_version
from tests.test_entities import CITY, make_doc


def old_database(path: Path) -> None:
    """A version-1 database: base tables only, one document, no meta, no entities."""
    with duckdb.connect(str(path)) as con:
        for spec in ALL_TABLES:
            con.execute(spec.ddl())
        frames = record_frames([make_doc("old", CITY, issuers=["市教育局"])], "v1", "r", None)  # type: ignore[arg-type]
        for name, df in frames.items():
            if not df.empty:
                con.register("f", df)
                spec = next(t for t in ALL_TABLES if t.name == name)
                casts = ", ".join(f'TRY_CAST("{n}" AS {t})' for n, t in spec.columns)
                con.execute(f'INSERT INTO "{name}" SELECT {casts} FROM f')
                con.unregister("f")


def test_new_database_is_stamped(tmp_path: Path) -> None:
    con = connect(tmp_path / "n.duckdb")
    assert stored_version(con) == SCHEMA_VERSION
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [(str(SCHEMA_VERSION),)]


def test_old_database_refused_read_only(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old_database(db)
    with pytest.raises(SchemaVersionError, match="schema version 1.*pipeline.store.migrate"):
        connect(db, read_only=True)
    with pytest.raises(SchemaVersionError):
        open_dataset(db)


def test_old_database_migrated_on_writable_open(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old_database(db)
    connect(db).close()
    con = connect(db, read_only=True)
    assert stored_version(con) == SCHEMA_VERSION
    assert con.execute("SELECT name FROM organizations").fetchall() == [("杭州市教育局",)]  # entities built
    con.close()


def test_newer_database_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    connect(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    for read_only in (True, False):
        with pytest.raises(SchemaVersionError, match="newer"):
            connect(db, read_only=read_only)


def test_version_2_database_gains_the_text_fingerprint(tmp_path: Path) -> None:
    from pipeline.store.run import ingest_local

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    db = tmp_path / "v2.duckdb"
    ingest_local([str(raw / "002_fb22add3c8e1bdfb.txt"), str(raw / "002_fb22add3c8e1bdfb.docx")], db)
    with duckdb.connect(str(db)) as con:  # make it look like a version-2 database
        for view in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            con.execute(f'DROP VIEW "{view[0]}"')
        con.execute("ALTER TABLE documents DROP COLUMN source_text_sha256")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    connect(db).close()
    con = connect(db, read_only=True)
    assert stored_version(con) == SCHEMA_VERSION == 4
    keys = con.execute("SELECT DISTINCT source_text_sha256 FROM documents").fetchall()
    con.close()
    assert len(keys) == 1 and keys[0][0] and len(keys[0][0]) == 64  # .txt and .docx: one document


def test_one_document_in_several_formats_shares_its_fingerprint() -> None:
    from pipeline.record import extract_path

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    records = [extract_path(raw / f"000_ac78932649d052bb.{ext}") for ext in ("txt", "docx", "pdf")]
    assert len({r.doc_id for r in records}) == 3
    assert len({r.source["text_sha256"] for r in records}) == 1


def test_version_3_database_gains_review_columns(tmp_path: Path) -> None:
    """A database from before review: values become `extractor:<version>`, documents unreviewed."""
    from models.tables import CHILD_TABLES, EVIDENCE
    from pipeline.store.run import ingest_local

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    db = tmp_path / "v3.duckdb"
    ingest_local([str(raw / "000_ac78932649d052bb.txt")], db)
    with duckdb.connect(str(db)) as con:  # make it look like a version-3 database
        for view in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall():
            con.execute(f'DROP VIEW "{view[0]}"')
        for column in ("review_status", "attention", "provenance"):
            con.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        for spec in (*CHILD_TABLES.values(), EVIDENCE):
            con.execute(f'ALTER TABLE "{spec.name}" DROP COLUMN provenance')
        con.execute("DROP TABLE texts")
        con.execute("DROP TABLE corrections")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    connect(db).close()
    con = connect(db, read_only=True)
    assert stored_version(con) == 4
    assert con.execute("SELECT DISTINCT review_status FROM documents").fetchall() == [("unreviewed",)]
    provs = con.execute("SELECT DISTINCT provenance FROM organizers").fetchall()
    assert provs and all(p.startswith("extractor:") for (p,) in provs)
    assert con.execute("SELECT count(*) FROM texts").fetchone() == (0,)  # re-ingest --force stores them
    con.close()
