"""Derived tables kept up to date document by document equal a rebuild from every document."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from models import Organizer
from pipeline.dataset.entities import DERIVED_TABLES, build_derived, update_derived
from pipeline.dataset.entities_mentions import CHUNK, stale_documents
from pipeline.store.load import RunInfo, finish_run, load_batch, load_run
from pipeline.store.plan import Extracted, FileOutcome
from tests.test_entities import CITY, COUNTY, ev, load, make_doc, member


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Every derived table's rows, sorted (row order is no part of a table)."""
    return {spec.name: sorted(con.execute(f'SELECT * FROM "{spec.name}"').fetchall(), key=repr)
            for spec in DERIVED_TABLES}


def org(role: str, name: str) -> Organizer:
    return Organizer(role, name, ev(name))


def rebuilt(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    """The derived tables rebuilt from every document (in place: snapshot the kept ones first)."""
    build_derived(con)
    return snapshot(con)


def test_replaced_and_added_documents_match_a_full_rebuild(tmp_path: Path) -> None:
    a = make_doc("a", COUNTY, issuers=["杭州市西湖区教育局"], organizers=[org("主办", "区教育局"), org("承办", "区文化馆")])
    b = make_doc("b", CITY, organizers=[org("主办", "市教育局")], committee=[member("组长", "甲乙", "市教育局局长")])
    con = load(tmp_path, [a, b])
    # a rewritten (its culture centre gone, a new co-organizer), c new: a's old names must go
    a2 = make_doc("a", COUNTY, organizers=[org("主办", "区教育局"), org("协办", "区图书馆")])
    c = make_doc("c", CITY, year=2021, organizers=[org("主办", "市文化馆")],
                 committee=[member("组长", "甲乙", "杭州市教育局局长")])
    load_run(con, RunInfo(["y"]), [], [a2, c], "v2")
    kept = snapshot(con)
    assert kept == rebuilt(con)
    names = {r[0] for r in con.execute("SELECT name FROM organizations").fetchall()}
    assert "西湖区文化馆" not in names and {"西湖区图书馆", "杭州市文化馆"} <= names


def test_batches_of_a_killed_run_are_caught_up_by_the_next_finish(tmp_path: Path) -> None:
    con = load(tmp_path, [make_doc("a", CITY, organizers=[org("主办", "市教育局")])])
    d = make_doc("d", COUNTY, organizers=[org("主办", "区教育局")])
    killed = RunInfo(["killed"])
    load_batch(con, killed, [Extracted(FileOutcome("d.txt", "loaded", d["doc_id"]), d)], "v1", set())
    assert stale_documents(con) == [d["doc_id"]]  # committed, never finished
    finish_run(con, RunInfo(["next"]), [], "v1")  # the next run loads nothing new itself
    assert stale_documents(con) == []
    assert snapshot(con) == rebuilt(con)
    assert ("西湖区教育局",) in con.execute("SELECT name FROM organizations").fetchall()


def test_nothing_new_builds_nothing(tmp_path: Path) -> None:
    con = load(tmp_path, [make_doc("a", CITY, organizers=[org("主办", "市教育局")])])
    con.execute("DELETE FROM people")  # a build would refill nothing here, but would run the SQL
    assert update_derived(con) is False
    assert update_derived(con, also=[make_doc("a", CITY)["doc_id"]]) is True


def test_many_chunks_match_a_full_rebuild(tmp_path: Path) -> None:
    docs = [make_doc(f"n{i}", CITY if i % 2 else COUNTY, year=2010 + i % 7,
                     organizers=[org("主办", "市教育局" if i % 3 else "区文化馆"), org("承办", f"第{i % 5}中学")])
            for i in range(CHUNK + 7)]
    con = load(tmp_path, docs)
    assert stale_documents(con) == []
    assert snapshot(con) == rebuilt(con)
    assert con.execute("SELECT count(*) FROM organization_mentions").fetchall()[0][0] == 2 * len(docs)
