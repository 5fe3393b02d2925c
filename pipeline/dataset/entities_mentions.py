"""Organization mentions and organizations, kept up to date a chunk of documents at a time.

Resolving a name as written (`entities_orgs.resolve`) is Python work on each distinct
(name, document region) pair, and a mention depends on its own document only. So after a
load only the documents written since are resolved again, `CHUNK` documents at a time:
the frames in memory are those of one chunk, whether the database holds two thousand
documents or two hundred thousand. The organizations' counts are then one SQL aggregate
over the mentions, which DuckDB runs within its memory limit.
"""
from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.dataset.entities_orgs import DocRegion, resolve
from pipeline.dataset.entities_people import title_org
from pipeline.sqlframe import insert_frame, meta_value, registered, set_meta, transaction

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

    from models.tables import TableSpec

CHUNK = 1000  # documents resolved at a time

_MENTIONS_SQL = """
SELECT doc_id, 'issuers' AS source, pos, NULL AS role, name FROM issuers
UNION ALL SELECT doc_id, 'organizers', pos, role, name FROM organizers
UNION ALL SELECT doc_id, 'contacts', pos, NULL, org FROM contacts
"""
_REGION_COLS = "d.region_code, d.region_province, d.region_city, d.region_county, d.region_town"

_COUNTS_SQL = """
UPDATE organizations o
SET documents = a.documents, mentions = a.mentions, names_as_written = a.names
FROM (SELECT org_id, count(DISTINCT doc_id) AS documents, count(*) AS mentions,
             string_agg(DISTINCT name_as_written, '；' ORDER BY name_as_written) AS names
      FROM organization_mentions WHERE org_id IN {touched} GROUP BY org_id) a
WHERE o.org_id = a.org_id
"""


_STAMP = "derived_loaded_at"  # meta key: the newest documents.loaded_at the derived tables cover
BUILD = "derived_build"  # meta key: the id of the last build
_TOUCHED = "_touched_orgs"  # the organizations a refresh must recount


def stale_documents(con: DuckDBPyConnection) -> list[str] | None:
    """Documents loaded after the last build; None when no build is recorded (rebuild all).

    Read from the database, not from the run, so the batches a killed run committed are
    caught up by the next run that finishes. `loaded_at` is the loader's UTC clock: a
    clock stepped back between two runs would hide documents from this test, and
    `build_derived(con)` without `changed` rebuilds everything.
    """
    stamp = meta_value(con, _STAMP)
    if stamp is None:
        return None
    found = con.execute(  # '' : the last build saw no document at all
        "SELECT doc_id FROM documents WHERE ? = '' OR loaded_at > TRY_CAST(? AS TIMESTAMP)", [stamp] * 2)
    return [r[0] for r in found.fetchall()]


def record_build(con: DuckDBPyConnection) -> None:
    """Remember the newest document the derived tables now cover, and give the build an id
    (`BUILD`: the Parquet files are rewritten when the build they hold is not the last)."""
    newest = con.execute("SELECT coalesce(CAST(max(loaded_at) AS VARCHAR), '') FROM documents").fetchall()[0][0]
    set_meta(con, _STAMP, newest)
    set_meta(con, BUILD, uuid.uuid4().hex)


def refresh_organizations(
    con: DuckDBPyConnection, mentions: TableSpec, organizations: TableSpec, changed: Collection[str] | None,
) -> None:
    """Re-resolve the mentions of the `changed` documents (None: of every document), then
    drop the organizations nobody mentions any more and recount those these documents
    named, before or after; a transaction per chunk (see `entities.build_derived`)."""
    with transaction(con):
        con.execute(f"CREATE OR REPLACE TEMP TABLE {_TOUCHED} (org_id VARCHAR)")
        if changed is None:
            con.execute(f'DELETE FROM "{mentions.name}"')
            con.execute(f'DELETE FROM "{organizations.name}"')
            chunks: Iterator[list[str]] = _all_documents(con)
        else:
            ids = sorted(set(changed))
            _forget(con, mentions.name, ids)
            chunks = (ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK))
    for chunk in chunks:
        with transaction(con):
            _resolve_chunk(con, mentions, organizations, chunk)
    with transaction(con):
        touched = f"(SELECT DISTINCT org_id FROM {_TOUCHED})"
        con.execute(f'DELETE FROM "{organizations.name}" WHERE org_id IN {touched} AND org_id NOT IN '
                    f'(SELECT org_id FROM "{mentions.name}" WHERE org_id IN {touched})')
        con.execute(_COUNTS_SQL.format(touched=touched))
        con.execute(f"DROP TABLE {_TOUCHED}")


def _all_documents(con: DuckDBPyConnection) -> Iterator[list[str]]:
    """Every doc_id in order, a chunk at a time (keyset paging: no list of the whole table)."""
    last = ""
    while True:
        rows = con.execute("SELECT doc_id FROM documents WHERE doc_id > ? ORDER BY doc_id LIMIT ?",
                           [last, CHUNK]).fetchall()
        if not rows:
            return
        yield [r[0] for r in rows]
        last = rows[-1][0]


def _forget(con: DuckDBPyConnection, table: str, ids: list[str]) -> None:
    """Drop the mentions of rewritten documents and of documents no longer stored."""
    frame = pd.DataFrame({"doc_id": pd.Series(ids, dtype=object)})
    with registered(con, "_changed_docs", frame) as view:
        for where in (f'doc_id IN (SELECT doc_id FROM "{view}")', "doc_id NOT IN (SELECT doc_id FROM documents)"):
            con.execute(f'INSERT INTO {_TOUCHED} SELECT org_id FROM "{table}" WHERE {where}')
            con.execute(f'DELETE FROM "{table}" WHERE {where}')


def _resolve_chunk(con: DuckDBPyConnection, mentions: TableSpec, organizations: TableSpec, ids: list[str]) -> None:
    """Insert the resolved mentions of these documents and any organization new to the table."""
    raw = _raw_mentions(con, ids)
    if raw.empty:
        return
    resolved = _resolve_frame(raw)
    merged = raw.merge(resolved, on=["name", "region_code"], how="left")
    insert_frame(con, mentions, merged.rename(columns={"name": "name_as_written"}).astype(object))
    with registered(con, "_resolved_orgs", resolved) as view:
        con.execute(f"""
            INSERT INTO "{organizations.name}"
            SELECT DISTINCT org_id, org_name, org_region, 0, 0, NULL FROM "{view}"
            WHERE org_id NOT IN (SELECT org_id FROM "{organizations.name}")""")
        con.execute(f'INSERT INTO {_TOUCHED} SELECT DISTINCT org_id FROM "{view}"')


def _raw_mentions(con: DuckDBPyConnection, ids: list[str]) -> pd.DataFrame:
    """Every organization name these documents write, with the document's region parts."""
    frame = pd.DataFrame({"doc_id": pd.Series(ids, dtype=object)})
    with registered(con, "_chunk_docs", frame) as view:
        mentions = con.execute(
            f"""SELECT m.doc_id, m.source, m.pos, m.role, m.name, {_REGION_COLS}
                FROM ({_MENTIONS_SQL}) m JOIN documents d USING (doc_id) JOIN "{view}" c USING (doc_id)
                WHERE coalesce(m.name, '') <> ''""").df()
        committee = con.execute(
            f"""SELECT x.doc_id, 'committee_members' AS source, x.pos, x.role, x.title AS name, {_REGION_COLS}
                FROM committee_members x JOIN documents d USING (doc_id) JOIN "{view}" c USING (doc_id)
                WHERE coalesce(x.title, '') <> ''""").df()
    titles = {t: title_org(t) for t in committee["name"].unique()}
    committee["name"] = committee["name"].map(titles)
    return pd.concat([mentions, committee.dropna(subset=["name"])], ignore_index=True)


def _resolve_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (name, document region): the organization it resolves to."""
    keys = mentions.drop_duplicates(["name", "region_code"])
    out = []
    for row in keys.itertuples(index=False):
        region = DocRegion(*(None if pd.isna(v) else v for v in (
            row.region_code, row.region_province, row.region_city, row.region_county, row.region_town)))
        org = resolve(row.name, region)
        out.append((row.name, row.region_code, org.org_id, org.name, org.region_code))
    return pd.DataFrame(out, columns=["name", "region_code", "org_id", "org_name", "org_region"], dtype=object)
