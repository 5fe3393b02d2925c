"""Column layout of the DuckDB tables (and of the Parquet/CSV files exported from them).

One place says what each table holds, so the loader, the exporter and the tests agree.
Child tables carry `doc_id` and the list position `pos`; evidence lives in one table keyed
by (doc_id, field, pos) so every value of every table can be traced to its snippet.
Timestamps are naive UTC.
"""
from __future__ import annotations

from dataclasses import dataclass

Column = tuple[str, str]

_EVIDENCE_COLS: tuple[Column, ...] = (
    ("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("page", "INTEGER"),
)


@dataclass(frozen=True)
class TableSpec:
    """A table: its name, its columns (name, DuckDB type) and its primary key."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]

    def ddl(self) -> str:
        """CREATE TABLE IF NOT EXISTS statement; identifiers quoted (`end` is a keyword)."""
        cols = [f'"{name}" {sqltype}' for name, sqltype in self.columns]
        if self.key:
            cols.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in self.key) + ")")
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" (' + ", ".join(cols) + ")"


DOCUMENTS = TableSpec(
    "documents",
    (
        ("doc_id", "VARCHAR"), ("schema_version", "VARCHAR"),
        ("doc_type", "VARCHAR"), ("title", "VARCHAR"), ("doc_number", "VARCHAR"),
        ("issue_date", "DATE"), ("campaign_year", "INTEGER"), ("theme", "VARCHAR"),
        ("event_start", "DATE"), ("event_end", "DATE"),
        ("region_level", "VARCHAR"), ("region_province", "VARCHAR"), ("region_city", "VARCHAR"),
        ("region_county", "VARCHAR"), ("region_town", "VARCHAR"), ("region_code", "VARCHAR"),
        ("source_path", "VARCHAR"), ("source_filename", "VARCHAR"), ("source_format", "VARCHAR"),
        ("source_sha256", "VARCHAR"), ("source_encoding", "VARCHAR"), ("source_pages", "INTEGER"),
        ("source_ocr", "BOOLEAN"), ("source_text_sha256", "VARCHAR"),
        ("warnings", "VARCHAR"),
        ("extractor_version", "VARCHAR"), ("run_id", "VARCHAR"), ("loaded_at", "TIMESTAMP"),
        ("record", "VARCHAR"),
        # review state (schema version 4): see pipeline/review
        ("review_status", "VARCHAR"), ("attention", "VARCHAR"), ("provenance", "VARCHAR"),
    ),
    key=("doc_id",),
)

# Scalar record fields that have their own column in `documents` (same name).
SCALAR_FIELDS = (
    "schema_version", "doc_type", "title", "doc_number", "issue_date", "campaign_year",
    "theme", "event_start", "event_end",
)
REGION_PARTS = ("level", "province", "city", "county", "town", "code")
SOURCE_PARTS = ("path", "filename", "format", "sha256", "encoding", "pages", "ocr", "text_sha256")


def _child(name: str, *cols: Column) -> TableSpec:
    """A list field's table; `provenance` says who stands behind each value (extractor or person)."""
    return TableSpec(name, (("doc_id", "VARCHAR"), ("pos", "INTEGER"), *cols, ("provenance", "VARCHAR")))


ISSUERS = _child("issuers", ("name", "VARCHAR"))
ORGANIZERS = _child("organizers", ("role", "VARCHAR"), ("name", "VARCHAR"))
COMMITTEE = _child(
    "committee_members", ("body", "VARCHAR"), ("role", "VARCHAR"), ("name", "VARCHAR"), ("title", "VARCHAR"),
)
DEADLINES = _child("deadlines", ("date", "DATE"), ("what", "VARCHAR"), ("recipient", "VARCHAR"))
CONTACTS = _child(
    "contacts", ("name", "VARCHAR"), ("phone", "VARCHAR"), ("email", "VARCHAR"), ("org", "VARCHAR"),
)
FIGURES = _child(
    "figures", ("value", "DOUBLE"), ("unit", "VARCHAR"), ("qualifier", "VARCHAR"), ("what", "VARCHAR"),
)
EVIDENCE = TableSpec(
    "evidence",
    (("doc_id", "VARCHAR"), ("field", "VARCHAR"), ("pos", "INTEGER"), *_EVIDENCE_COLS, ("provenance", "VARCHAR")),
)
# The normalized text (evidence offsets are code points into it) and the extractor's own
# record before corrections, so review never re-parses a file and corrections can be
# replayed over the original output.
TEXTS = TableSpec(
    "texts", (("doc_id", "VARCHAR"), ("text_sha256", "VARCHAR"), ("text", "VARCHAR"), ("extracted", "VARCHAR")),
    key=("doc_id",),
)
# Mirror of the corrections log (the log beside the database is the source of truth).
CORRECTIONS = TableSpec(
    "corrections",
    (
        ("id", "VARCHAR"), ("doc_id", "VARCHAR"), ("text_sha256", "VARCHAR"), ("field", "VARCHAR"),
        ("action", "VARCHAR"), ("pos", "INTEGER"), ("old", "VARCHAR"), ("new", "VARCHAR"), ("anchor", "VARCHAR"),
        ("reason", "VARCHAR"), ("reviewer", "VARCHAR"), ("time", "TIMESTAMP"), ("extractor_version", "VARCHAR"),
        ("target", "VARCHAR"), ("status", "VARCHAR"),
    ),
    key=("id",),
)

# record list field -> child table holding its items
CHILD_TABLES: dict[str, TableSpec] = {
    "issuers": ISSUERS,
    "organizers": ORGANIZERS,
    "committee": COMMITTEE,
    "deadlines": DEADLINES,
    "contacts": CONTACTS,
    "figures": FIGURES,
}

RUNS = TableSpec(
    "runs",
    (
        ("run_id", "VARCHAR"), ("started", "TIMESTAMP"), ("finished", "TIMESTAMP"),
        ("extractor_version", "VARCHAR"), ("paths", "VARCHAR"),
        ("files", "INTEGER"), ("loaded", "INTEGER"), ("failed", "INTEGER"), ("counts", "VARCHAR"),
    ),
    key=("run_id",),
)
FILES = TableSpec(
    "files",
    (
        ("run_id", "VARCHAR"), ("path", "VARCHAR"), ("doc_id", "VARCHAR"),
        ("state", "VARCHAR"), ("reason", "VARCHAR"), ("message", "VARCHAR"),
    ),
)

# Parquet shards committed by a Dask ingest (pipeline/store/shards.py): a shard's id is recorded in
# the transaction that loads its rows, so merging it again changes nothing.
SHARDS = TableSpec(
    "shards",
    (
        ("shard_id", "VARCHAR"), ("run_id", "VARCHAR"), ("extractor_version", "VARCHAR"),
        ("documents", "INTEGER"), ("committed", "TIMESTAMP"),
    ),
    key=("shard_id",),
)

# Tables whose rows belong to one document (deleted and re-inserted together).
DOCUMENT_TABLES: tuple[TableSpec, ...] = (DOCUMENTS, *CHILD_TABLES.values(), EVIDENCE, TEXTS)
ALL_TABLES: tuple[TableSpec, ...] = (*DOCUMENT_TABLES, RUNS, FILES, CORRECTIONS, SHARDS)
TABLES: dict[str, TableSpec] = {t.name: t for t in ALL_TABLES}

REVIEW_STATUSES = ("unreviewed", "reviewed", "needs attention")
FILE_STATES = ("loaded", "unchanged", "duplicate", "skipped", "failed")
