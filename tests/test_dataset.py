"""open_dataset: tables and views as DataFrames, read-only; export partitioned by campaign year."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline import open_dataset
from pipeline.cli import main
from pipeline.dataset.query import QueryRefused
from tests.test_entities import CITY, COUNTY, load, make_doc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    docs = [make_doc("a", CITY, year=2020, issuers=["市教育局"]), make_doc("b", COUNTY, year=2021),
            make_doc("c", None, year=None)]
    load(tmp_path, docs).close()
    return tmp_path / "e.duckdb"


def test_tables_and_views_as_frames(db: Path) -> None:
    ds = open_dataset(db)
    names = ds.tables()
    assert {"documents", "organizations", "editions", "theme_by_year", "lead_time", "meta"} <= set(names)
    assert isinstance(ds.documents, pd.DataFrame) and len(ds.documents) == 3
    assert list(ds.organizations["name"]) == ["杭州市教育局"]
    assert "theme_by_year" in dir(ds)
    with pytest.raises(AttributeError):
        _ = ds.no_such_table


def test_dataset_is_read_only(db: Path) -> None:
    ds = open_dataset(db)
    assert ds.sql("SELECT count(*) AS n FROM documents WHERE campaign_year = ?", [2020])["n"][0] == 1
    with pytest.raises(QueryRefused):
        ds.sql("DELETE FROM documents")
    assert len(ds.documents) == 3


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        open_dataset(tmp_path / "none.duckdb")


def test_parquet_export_partitioned_by_year(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    assert main(["export", "--format", "parquet", "--out", str(out), "--db", str(db)]) == 0
    years = sorted(p.name for p in (out / "documents").iterdir())
    assert years == ["campaign_year=2020", "campaign_year=2021", "campaign_year=__HIVE_DEFAULT_PARTITION__"]
    assert (out / "issuers" / "campaign_year=2020").is_dir()  # child tables joined to their document's year
    assert (out / "runs.parquet").is_file() and (out / "organizations.parquet").is_file()
    def count() -> int:
        sql = f"SELECT count(*) FROM read_parquet('{out}/documents/*/*.parquet', hive_partitioning = true)"
        return int(duckdb.sql(sql).fetchall()[0][0])

    assert count() == 3
    # a second export replaces the first (no stale partitions, no leftovers)
    assert main(["export", "--format", "parquet", "--out", str(out), "--db", str(db)]) == 0
    assert not list(out.glob("*.tmp")) and count() == 3
