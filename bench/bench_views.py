"""Time the derived-table build and each comparison view on a synthetic dataset.

Builds N documents (default 100,000) with child rows directly as DataFrames (no parsing),
loads them with the project's own insert path, then times `build_derived` and a full
scan of every view, printing rows and seconds.

    .venv/bin/python bench/bench_views.py [--docs 100000] [--db /tmp/bench-views.duckdb]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.tables import CHILD_TABLES, DOCUMENTS, EVIDENCE  # noqa: E402
from pipeline.dataset.entities import build_derived  # noqa: E402
from pipeline.dataset.views import VIEWS  # noqa: E402
from pipeline.normalize.regions import gazetteer  # noqa: E402
from pipeline.store.load import connect, insert_frame  # noqa: E402

BODIES = ("教育局", "文明办", "文化馆", "总工会", "妇联", "社区教育学院", "开放大学")
TYPES = ("notice", "plan", "summary", "news")
UNITS = ("人", "人次", "场", "个", "%")


def synthetic(n: int, seed: int = 7) -> dict[str, pd.DataFrame]:
    """Documents spread over real county/city codes and years 2005-2024, with child rows."""
    rng = random.Random(seed)
    places = [p for p in gazetteer().by_code.values() if p.rank > 0][:3000]
    docs, orgs, issuers, members, figures, deadlines, evidence = [], [], [], [], [], [], []
    for i in range(n):
        place, year = rng.choice(places), rng.randint(2005, 2024)
        doc_id = f"{i:064x}"
        level = "city" if place.rank == 1 else "county"
        docs.append({"doc_id": doc_id, "doc_type": rng.choice(TYPES), "campaign_year": year,
                     "issue_date": f"{year}-09-{rng.randint(1, 28):02d}", "event_start": f"{year}-10-20",
                     "theme": f"主题{year}-{rng.randint(0, 3)}", "region_level": level, "region_code": place.code,
                     "region_city": place.name if level == "city" else None,
                     "region_county": place.name if level == "county" else None, "title": f"通知{i}"})
        prefix = "市" if place.name.endswith("市") else place.name[-1]
        for pos, body in enumerate(rng.sample(BODIES, 3)):
            orgs.append({"doc_id": doc_id, "pos": pos, "role": "主办", "name": prefix + body})
        issuers.append({"doc_id": doc_id, "pos": 0, "name": place.name + "教育局"})
        for pos in range(rng.randint(0, 6)):
            members.append({"doc_id": doc_id, "pos": pos, "body": "领导小组", "role": "成员" if pos else "组长",
                            "name": f"人{rng.randint(0, 20000)}", "title": prefix + rng.choice(BODIES) + "副局长"})
        for pos in range(rng.randint(0, 3)):
            figures.append({"doc_id": doc_id, "pos": pos, "value": float(rng.randint(1, 90000)),
                            "unit": rng.choice(UNITS), "qualifier": "exact", "what": "参加"})
            evidence.append({"doc_id": doc_id, "field": "figures", "pos": pos, "text": "x", "start": 0, "end": 1})
        deadlines.append({"doc_id": doc_id, "pos": 0, "date": f"{year}-11-30", "what": "总结"})
    return {DOCUMENTS.name: pd.DataFrame(docs), "organizers": pd.DataFrame(orgs), "issuers": pd.DataFrame(issuers),
            "committee_members": pd.DataFrame(members), "figures": pd.DataFrame(figures),
            "deadlines": pd.DataFrame(deadlines), EVIDENCE.name: pd.DataFrame(evidence)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/bench-views.duckdb")
    args = parser.parse_args()
    db = Path(args.db)
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    frames = synthetic(args.docs)
    con = connect(db)
    specs = {s.name: s for s in (DOCUMENTS, EVIDENCE, *CHILD_TABLES.values())}
    for name, df in frames.items():
        insert_frame(con, specs[name], df.reindex(columns=specs[name].names).astype(object))
    print(f"synthetic {args.docs} documents generated and inserted in {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    build_derived(con)
    print(f"build_derived: {time.perf_counter() - t0:.2f}s")
    for table in ("organizations", "organization_mentions", "people", "person_roles", "editions", "regions"):
        print(f"  {table:<30} {con.execute(f'SELECT count(*) FROM {table}').fetchall()[0][0]:>9} rows")
    for view in VIEWS:
        t0 = time.perf_counter()
        rows = len(con.execute(f'SELECT * FROM "{view}"').fetchall())
        print(f"view {view:<32} {rows:>9} rows  {time.perf_counter() - t0:6.2f}s")
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
