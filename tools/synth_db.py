"""A database of N synthetic documents over 20 campaign years and ~300 real regions.

For scale tests and benches of the Explore charts and the review app: records shaped like
the extractor's (every list field, evidence offsets into a generated text, provenance),
loaded through the project's own frames, `texts` rows and derived tables, so every query
and chart runs on what an ingest would have written. Deterministic for a seed. A few
documents carry a campaign year outside the campaign's history (before 2005, or after
the document's own date), as extraction errors do.

    .venv/bin/python tools/synth_db.py OUT.duckdb [--docs 2000] [--seed 0]
"""
from __future__ import annotations

import argparse
import random
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

YEARS = tuple(range(2006, 2026))
DOC_TYPES = ("notice", "plan", "summary", "news", "news", "notice", "other")
LOCAL_THEMES = ("学习成就美好生活", "终身学习伴我行", "全民学习 共建书香社区", "学习让城市更美好", "品味书香 乐享学习",
                "技能成就梦想", "智慧学习 幸福生活", "全民终身学习 创造出彩人生")
BODIES = ("教育局", "文明办", "总工会", "妇女联合会", "社区教育学院", "开放大学", "老年大学", "图书馆", "文化和旅游局")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "晓建国明华丽秀英志强芳敏静磊洋勇艳杰娟涛超"
ROLES = ("组长", "副组长", "副组长", "成员", "成员", "成员", "成员")


def regions(n: int, rng: random.Random) -> list[Any]:
    """n divisions: every province, then cities and counties, from cpca's codes (via the gazetteer)."""
    from pipeline.normalize.regions import gazetteer

    places = sorted(gazetteer().by_code.values(), key=lambda p: p.code)
    provinces = [p for p in places if p.rank == 0]
    cities = [p for p in places if p.rank == 1]
    counties = [p for p in places if p.rank == 2]
    rest = max(0, n - len(provinces))
    return provinces + rng.sample(cities, rest // 2) + rng.sample(counties, rest - rest // 2)


class Text:
    """A document text built line by line, handing out evidence for each value written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, before: str, value: str, after: str = "\n") -> dict[str, Any]:
        start = self.size + len(before)
        self.parts.append(before + value + after)
        self.size += len(before) + len(value) + len(after)
        return {"text": value, "start": start, "end": start + len(value), "page": None}

    def __str__(self) -> str:
        return "".join(self.parts)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _year(rng: random.Random, issued: date) -> int:
    """Mostly the issue year; now and then an extraction error outside the campaign's history."""
    roll = rng.random()
    if roll < 0.004:
        return 1984
    if roll < 0.008:
        return issued.year + 3
    return issued.year


def record(i: int, place: Any, rng: random.Random, national: dict[int, str]) -> tuple[dict[str, Any], str]:
    """One synthetic record and its text."""
    from pipeline.normalize.regions import to_region

    region = to_region(place)
    where = place.name
    issued = date(rng.choice(YEARS), rng.randint(3, 11), rng.randint(1, 28))
    year = _year(rng, issued)
    kind = rng.choice(DOC_TYPES)
    t = Text()
    title = f"关于举办{where}{year}年全民终身学习活动周的{'通知' if kind == 'notice' else '报道'}"
    ev: dict[str, Any] = {"title": t.add("", title), "doc_type": None}
    ev["doc_type"] = ev["title"]
    ev["campaign_year"] = ev["region"] = ev["title"]
    stated = national.get(year)
    theme = stated if stated and rng.random() < 0.7 else rng.choice(LOCAL_THEMES)
    ev["theme"] = t.add("活动主题：", theme)
    start = issued + timedelta(days=rng.randint(10, 60))
    ev["event_start"] = t.add("活动时间：", f"{start.year}年{start.month}月{start.day}日", "起，为期一周。\n")
    ev["issue_date"] = t.add("", f"{issued.year}年{issued.month}月{issued.day}日")
    organizers = [{"role": rng.choice(("主办", "承办", "协办")), "name": f"{where}{b}",
                   "evidence": t.add("主办单位：", f"{where}{b}")} for b in rng.sample(BODIES, rng.randint(1, 4))]
    committee = [{"body": "活动周领导小组", "role": role, "name": (n := _name(rng)), "title": f"{where}教育局局长",
                  "evidence": t.add(f"{role}：", n)} for role in ROLES[: rng.randint(0, len(ROLES))]]
    figures = [{"value": float(v), "unit": u, "qualifier": rng.choice((None, "约", "超过")), "what": w,
                "evidence": t.add(f"{w}", f"{v}{u}")}
               for v, u, w in [(int(rng.lognormvariate(8, 1.6)), "人次", "参与市民"),
                               (rng.randint(3, 300), "场", "开展活动")][: rng.randint(0, 2)]]
    deadlines = [{"date": (issued + timedelta(days=rng.randint(5, 40))).isoformat(), "what": "报送总结",
                  "recipient": f"{where}教育局", "evidence": t.add("请于", "截止日期前", "报送总结。\n")}
                 ] if kind == "notice" and rng.random() < 0.6 else []
    rec: dict[str, Any] = {
        "schema_version": "1", "doc_id": uuid.UUID(int=rng.getrandbits(128)).hex * 2,
        "source": {"path": f"synthetic/{i:06d}.txt", "filename": f"{i:06d}.txt", "format": "txt",
                   "sha256": None, "encoding": "utf-8", "pages": None, "ocr": False, "text_sha256": None},
        "doc_type": kind, "title": title, "doc_number": None, "issuers": [f"{where}教育局"],
        "issue_date": issued.isoformat(), "campaign_year": year, "theme": theme,
        "event_start": start.isoformat(), "event_end": (start + timedelta(days=6)).isoformat(),
        "region": {"level": region.level, "province": region.province, "city": region.city,
                   "county": region.county, "town": None, "code": region.code},
        "organizers": organizers, "committee": committee, "deadlines": deadlines, "contacts": [],
        "figures": figures, "evidence": ev, "warnings": [],
    }
    rec["source"].update(sha256=rec["doc_id"], text_sha256=rec["doc_id"])
    return rec, str(t)


def make_synthetic_db(db: Path, docs: int = 2000, seed: int = 0, regions_n: int = 300, batch: int = 5000) -> Path:
    """Write `docs` synthetic documents into a new database at `db` (refuses an existing file)."""
    from models.tables import TABLES
    from pipeline.dataset.entities import build_derived, national_theme_rows
    from pipeline.review.sync import prepare
    from pipeline.store.frames import record_frames
    from pipeline.store.load import RunInfo, connect, insert_frame, transaction, utcnow

    db = Path(db)
    if db.exists():
        raise FileExistsError(f"{db} exists; synthetic rows go only into a new database")
    rng = random.Random(seed)
    places = regions(regions_n, rng)
    national = {int(r["year"]): r["theme"] for r in national_theme_rows() if r.get("theme")}
    run = RunInfo(paths=["synthetic"])
    con = connect(db)
    try:
        for first in range(0, docs, batch):
            pairs: list[tuple[dict[str, Any], str | None]] = [record(i, rng.choice(places), rng, national) for i in range(first, min(docs, first + batch))]
            records, texts = prepare(pairs, {})
            with transaction(con):
                for name, df in record_frames(records, "synthetic", run.run_id, utcnow(), texts).items():
                    insert_frame(con, TABLES[name], df)
        build_derived(con)
    finally:
        con.close()
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(make_synthetic_db(Path(args.out), args.docs, args.seed))


if __name__ == "__main__":
    main()
