"""Re-ingest with 1,000 corrections: how many apply, re-anchor, orphan, and the time they add.

Writes N small invented notices (varied places, years, themes, organizers, contacts) to a
temp folder, ingests them (`ingest_local`, worker processes, no Prefect), then logs
corrections through `record_action` (the function the web app and `lifelong correct`
share), a mix of accept / fix / reject / add. Then it simulates what makes anchors move
with the same file bytes: a newer parser or normaliser that yields a different text. A
tenth of the documents get a line inserted at the top of their normalized text (offsets
move: re-anchored), and a few of those also lose the snippets their corrections quote
(orphaned). Editing the .txt files instead would not do: a file's doc_id is the sha256
of its bytes, so an edited file is a new document.

The same forced re-ingest is timed twice, without the log (moved aside) and with it.

    .venv/bin/python bench/bench_review.py [--docs 1000] [--corrections 1000] [--gone 20]
"""
from __future__ import annotations

import argparse
import copy
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PLACES = ("临江", "青禾", "云岭", "北湖", "东川", "南屿", "西塘", "白沙", "金溪", "石门", "松阳", "柳河")
SUFFIXES = ("市", "区", "县")
THEMES = ("学习成就美好生活", "终身学习伴我行", "人人皆学、处处能学、时时可学", "全民学习 共建书香社区",
          "学习让城市更美好", "品味书香 乐享学习", "技能成就梦想", "智慧学习 幸福生活")
BODIES = ("教育局", "文明办", "文化和旅游局", "总工会", "妇女联合会", "社区学院", "开放大学", "老年大学")
KINDS = ("全民终身学习活动周", "社区教育宣传月", "学习型城市建设推进周", "市民读书节")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "晓建国明华丽秀英志强芳敏静磊洋勇艳杰娟涛超"
FIX_THEME = "学习点亮人生"


def notice(i: int, rng: random.Random) -> str:
    """One invented notice, a dozen lines like the real ones."""
    place = rng.choice(PLACES) + rng.choice(SUFFIXES)
    year, kind, theme = rng.randint(2008, 2024), rng.choice(KINDS), rng.choice(THEMES)
    month, day = rng.randint(9, 11), rng.randint(1, 20)
    bodies = rng.sample(BODIES, 3)
    person = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
    return "\n".join([
        f"{place}{bodies[0]}文件",
        f"{place[0]}教发〔{year}〕{i % 97 + 1}号",
        f"关于举办{year}年{place}{kind}的通知",
        "各街道、乡镇，各有关单位：",
        f"为推进学习型社会建设，定于{year}年{month}月{day}日至{day + 6}日举办{kind}，主题为“{theme}”。",
        f"主办单位：{place}{bodies[0]}、{place}{bodies[1]}",
        f"承办单位：{place}{bodies[2]}",
        f"请于{year}年{month - 1}月{rng.randint(10, 28)}日前将活动方案报{place}{bodies[2]}。",
        f"联系人：{person}，联系电话：0{rng.randint(510, 599)}-{rng.randint(60000000, 89999999)}",
        f"{place}{bodies[0]}",
        f"{year}年{month - 1}月{rng.randint(1, 9)}日",
        f"（编号 {i:05d}）",
    ]) + "\n"


def write_docs(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"notice_{i:05d}.txt").write_text(notice(i, rng), encoding="utf-8")


def ingest(folder: Path, db: Path, force: bool = False) -> tuple[float, dict[str, Any]]:
    from pipeline.store.run import ingest_local

    started = time.perf_counter()
    summary = ingest_local([str(folder)], db, force=force)
    return time.perf_counter() - started, summary


def documents(db: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(doc_id, text, record) of every loaded document, in a stable order."""
    import json

    from pipeline.store.load import connect

    con = connect(db, read_only=True)
    try:
        rows = con.execute("SELECT doc_id, text, extracted FROM texts ORDER BY doc_id").fetchall()
    finally:
        con.close()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def plan_action(rng: random.Random, text: str, rec: dict[str, Any]) -> dict[str, Any] | None:
    """One reviewer action on this document (keyword arguments for record_action)."""
    roll = rng.random()
    if roll < 0.40:
        field = rng.choice([f for f in ("title", "theme", "issue_date", "campaign_year") if rec.get(f)] or ["title"])
        return {"field": field, "action": "accept"} if rec.get(field) else None
    if roll < 0.65:
        if rec.get("organizers") and rng.random() < 0.5:
            return {"field": "organizers", "action": "fix", "pos": 0, "new": rec["organizers"][0]["name"] + "（办公室）"}
        return {"field": "theme", "action": "fix", "new": FIX_THEME} if rec.get("theme") else None
    if roll < 0.80:
        if rec.get("issuers"):
            return {"field": "issuers", "action": "reject", "pos": 0}
        return {"field": "doc_number", "action": "reject"} if rec.get("doc_number") else None
    at = text.find("联系人：")
    if at < 0:
        return None
    start = at + 4
    end = text.find("，", start)
    return {"field": "committee", "action": "add", "at": (start, end), "snippet": text[start:end]}


def log_corrections(
    db: Path, docs: list[tuple[str, str, dict[str, Any]]], n: int, seed: int,
) -> tuple[list[Any], list[float]]:
    """Log `n` corrections spread over the documents; returns them and the seconds of each call."""
    from models import ReviewError
    from pipeline.review.actions import record_action
    from pipeline.review.log import Correction

    rng = random.Random(seed)
    made: list[Correction] = []
    spent: list[float] = []
    i = 0
    while len(made) < n and i < 5 * n:
        doc_id, text, rec = docs[i % len(docs)]
        i += 1
        action = plan_action(rng, text, rec)
        if action is None:
            continue
        started = time.perf_counter()
        try:
            made.append(record_action(db, doc_id, reviewer="bench", **action))
        except ReviewError as exc:  # a value the document does not have: try another
            print(f"  skipped: {exc}")
        spent.append(time.perf_counter() - started)
    return made, spent


def _ms(seconds: list[float]) -> str:
    return f"{1000 * sum(seconds) / max(len(seconds), 1):.1f}"


def shifted(record: dict[str, Any], by: int) -> dict[str, Any]:
    """The record with every evidence offset moved by `by` code points."""
    out = copy.deepcopy(record)
    spans = list((out.get("evidence") or {}).values())
    spans += [item["evidence"] for name in ("organizers", "committee", "deadlines", "contacts", "figures")
              for item in out.get(name) or [] if isinstance(item, dict) and isinstance(item.get("evidence"), dict)]
    for ev in spans:
        ev["start"] += by
        ev["end"] += by
    return out


def simulate_normaliser_change(moved: set[str], gone: dict[str, list[str]]) -> None:
    """From now on, extraction gives the chosen documents a new line at the top of their text,
    and erases the quoted snippets of the `gone` ones (as a changed parser or normaliser might)."""
    import pipeline.workers
    from pipeline.store.plan import Extracted

    real = pipeline.workers.extract_isolated
    top = "【本文已于网站转载，转载时间：2025年1月1日】\n"

    def changed(items: Any, limits: Any, on_done: Any = None) -> list[Extracted]:
        out = []
        for item in real(items, limits, on_done):
            doc_id = item.outcome.doc_id
            if item.record is not None and item.text is not None and doc_id in moved:
                text = top + item.text
                for snippet in gone.get(doc_id, []):
                    text = text.replace(snippet, "〇" * len(snippet))
                item = Extracted(item.outcome, shifted(item.record, len(top)), text)
            out.append(item)
        return out

    pipeline.workers.extract_isolated = changed  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--corrections", type=int, default=1000)
    parser.add_argument("--gone", type=int, default=20, help="documents whose quoted snippets vanish")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    from pipeline.review.log import log_path

    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "docs", Path(tmp) / "bench.duckdb"
        write_docs(folder, args.docs, args.seed)
        first, summary = ingest(folder, db)
        print(f"ingest of {args.docs} generated notices: {first:.1f} s ({summary['counts']})")
        docs = documents(db)
        made, spent = log_corrections(db, docs, args.corrections, args.seed)
        kinds = Counter(c.action for c in made)
        print(f"logged {len(made)} corrections on {len({c.doc_id for c in made})} documents "
              f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}): {_ms(spent)} ms per record_action "
              f"(first 100: {_ms(spent[:100])} ms, last 100: {_ms(spent[-100:])} ms: it reads the whole log)")
        rng = random.Random(args.seed)
        corrected = sorted({c.doc_id for c in made})
        moved = set(rng.sample(corrected, max(1, len(docs) // 10)))
        gone: dict[str, list[str]] = {}
        for c in made:
            if c.doc_id in sorted(moved)[:args.gone] and c.anchor:
                gone.setdefault(c.doc_id, []).append(c.anchor["exact"])
        simulate_normaliser_change(moved, gone)
        expect = sum(1 for c in made if c.doc_id in gone)
        print(f"text changed under {len(moved)} documents (a line at the top); snippets erased in {len(gone)} "
              f"of them ({expect} corrections)")
        aside = log_path(db).with_suffix(".aside")
        log_path(db).rename(aside)
        without, _ = ingest(folder, db, force=True)
        aside.rename(log_path(db))
        with_log, summary = ingest(folder, db, force=True)
        counts = summary["corrections"]
        print("re-ingest --force with the log: " + ", ".join(
            f"{k} {counts.get(k, 0)}" for k in ("applied", "reanchored", "orphaned", "undone", "pending")))
        print(f"time the replay adds: {counts.get('seconds', 0):.2f} s in sync_corrections at the end; "
              f"wall {with_log:.1f} s with the log vs {without:.1f} s without ({with_log - without:+.1f} s)")


if __name__ == "__main__":
    main()
