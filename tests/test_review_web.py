"""The review web app over HTTP (issue 10): real DuckDB files made by ingesting documents, real requests.

One database is ingested per module (the five sample .txt documents and a hostile one
with markup and a character outside the BMP); tests that write corrections work on a
copy, so each starts with an empty log.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from pipeline.review.log import read_log
from pipeline.review.web.app import create_app
from pipeline.review.web.render import text_html
from pipeline.review.web.segments import Span, segments

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://127.0.0.1"
SAME = {"Origin": BASE}
HOSTILE = (
    "关于举办<script>alert(1)</script>2024年𠮷祥市全民终身学习活动周的通知\n"
    '"><img src=x onerror=alert(1)>\n'
    "各区教育局：\n"
    "为贯彻落实有关精神，经研究，决定于2024年10月举办全民终身学习活动周，主题为“𠮷祥学习，终身成长”。\n"
    "一、活动时间\n2024年10月20日至10月26日。\n"
    "二、主办单位\n本次活动由𠮷祥市教育局主办。\n"
    "联系人：张三，电话：0512-12345678。\n"
    "𠮷祥市教育局\n2024年9月1日\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of the five sample documents and the hostile one (ingested once)."""
    from pipeline.store.run import ingest_local

    folder = tmp_path_factory.mktemp("review-docs")
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path_factory.mktemp("review-db") / "lifelong.duckdb"
    ingest_local([str(folder)], db, limits=None)
    return db


@pytest.fixture(scope="module")
def docs(built: Path) -> dict[str, dict[str, object]]:
    """doc_id -> its row (title, doc_type, ...) and stored text, read once."""
    import duckdb

    con = duckdb.connect(str(built), read_only=True)
    try:
        cur = con.execute(
            "SELECT d.doc_id, d.title, d.doc_type, d.campaign_year, d.region_level, d.source_filename, t.text "
            "FROM documents d JOIN texts t USING (doc_id)")
        names = [c[0] for c in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def client(built: Path) -> TestClient:
    """A client on the shared database: read-only use only."""
    return TestClient(create_app(built), base_url=BASE)


@pytest.fixture
def fresh(built: Path, tmp_path: Path) -> tuple[TestClient, Path]:
    """A client on a private copy of the database (its own empty corrections log)."""
    db = tmp_path / "lifelong.duckdb"
    shutil.copy(built, db)
    return TestClient(create_app(db), base_url=BASE), db


def doc_of(docs: dict[str, dict[str, object]], filename: str) -> str:
    return next(d for d, row in docs.items() if row["source_filename"] == filename)


def token(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found, "no CSRF token in the page"
    return found.group(1)


def post(client: TestClient, doc_id: str, headers: dict[str, str] | None = None, **form: object):
    page = client.get(f"/doc/{doc_id}").text
    data = {"csrf": token(page), **{k: str(v) for k, v in form.items()}}
    return client.post(f"/doc/{doc_id}/act", data=data, headers=SAME if headers is None else headers,
                       follow_redirects=False)


def panel_value(page: str, key: str) -> str:
    """The HTML of one value in the panel (up to its actions)."""
    found = re.search(rf'<div class="value [^"]*" id="v-{re.escape(key)}".*?</div>', page, re.S)
    assert found, f"value {key} not on the page"
    return found.group(0)


def rows(page: str) -> list[str]:
    return re.findall(r'<td><a href="/doc/([0-9a-f]{64})">', page)


# --- segmentation (pure) ---------------------------------------------------------------------

@given(st.text(alphabet="ab𠮷\n<&", max_size=30), st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32)), max_size=6))
def test_segments_cover_the_text_and_every_span_exactly(text: str, pairs: list[tuple[int, int]]) -> None:
    spans = [Span(a, b, f"k{i}") for i, (a, b) in enumerate(pairs)]
    cut = segments(text, spans)
    assert "".join(s.text for s in cut) == text
    assert all(s.text and text[s.start:s.end] == s.text for s in cut)
    for span in spans:
        covered = [s for s in cut if span.key in s.keys]
        if 0 <= span.start < span.end <= len(text):
            assert covered[0].start == span.start and covered[-1].end == span.end
            assert "".join(s.text for s in covered) == text[span.start:span.end]
        else:
            assert covered == []


def test_nested_spans_need_no_nested_tags() -> None:
    text = "关于举办2023年南昌市活动的通知"
    cut = segments(text, [Span(0, 17, "title"), Span(4, 8, "campaign_year"), Span(9, 12, "region")])
    assert [(s.text, s.keys) for s in cut] == [
        ("关于举办", ("title",)), ("2023", ("title", "campaign_year")), ("年", ("title",)),
        ("南昌市", ("title", "region")), ("活动的通知", ("title",)),
    ]
    assert str(text_html("a\r\n<b>")) == "a&#13;\n&lt;b&gt;"  # CR survives HTML parsing


# --- documents page ---------------------------------------------------------------------------

def test_documents_page_lists_every_document(client: TestClient, docs: dict) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert sorted(rows(page.text)) == sorted(docs)
    assert "Needs attention" in page.text and "Failed files" in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    for row in docs.values():
        if row["title"]:
            assert html.escape(str(row["title"]), quote=False) in page.text


@pytest.mark.parametrize("query, column", [
    ("doc_type=plan", "doc_type"), ("year=2014", "campaign_year"), ("level=county", "region_level"),
])
def test_filters_keep_only_matching_documents(client: TestClient, docs: dict, query: str, column: str) -> None:
    key, value = query.split("=")
    expected = {d for d, row in docs.items() if str(row[column]) == value}
    assert expected, "the fixture has no matching document"
    assert set(rows(client.get(f"/?{query}").text)) == expected


def test_text_filters_and_empty_results(client: TestClient, docs: dict) -> None:
    jintan = set(rows(client.get("/?region=金坛").text))
    assert jintan and all("金坛" in str(docs[d]["title"]) for d in jintan)
    assert set(rows(client.get("/?title=工作方案").text)) == {
        d for d, r in docs.items() if "工作方案" in str(r["title"] or "")}
    assert rows(client.get("/?status=reviewed").text) == []
    assert "No document matches." in client.get("/?title=不存在的标题").text
    assert len(rows(client.get("/?warnings=none").text)) + len(rows(client.get("/?warnings=any").text)) == len(docs)


def test_paging_is_stable_and_complete(client: TestClient, docs: dict) -> None:
    seen: list[str] = []
    for number in (1, 2, 3):
        page = client.get(f"/?size=2&page={number}").text
        assert f"page {number} of 3" in page
        seen += rows(page)
    assert len(seen) == len(set(seen)) == len(docs)
    assert rows(client.get("/?size=2&page=2").text) == seen[2:4]
    assert 'rel="next" href="/?page=3&amp;size=2"' in client.get("/?size=2&page=2").text
    assert rows(client.get("/?page=abc").text)  # an unusable page number falls back to the first


# --- document page ----------------------------------------------------------------------------

def test_prefix_redirects_and_unknown_is_404(client: TestClient, docs: dict) -> None:
    doc_id = next(iter(docs))
    answer = client.get(f"/doc/{doc_id[:10]}", follow_redirects=False)
    assert answer.status_code == 307 and answer.headers["location"] == f"/doc/{doc_id}"
    missing = client.get("/doc/" + "0" * 64)
    assert missing.status_code == 404 and "no document" in missing.text


def segment_texts(page: str, key: str) -> list[tuple[int, str]]:
    """(data-start, text) of the text segments that a value covers."""
    found = re.findall(r'<span id="t\d+" data-start="(\d+)" class="seg v d\d" data-values="([^"]*)"[^>]*>(.*?)</span>',
                       page, re.S)
    return [(int(start), html.unescape(text)) for start, keys, text in found if key in keys.split()]


def test_document_page_highlights_values_at_their_offsets(client: TestClient, docs: dict) -> None:
    doc_id = doc_of(docs, "000_ac78932649d052bb.txt")
    text = str(docs[doc_id]["text"])
    page = client.get(f"/doc/{doc_id}").text
    for key in ("title", "doc_number", "organizers-0"):
        value = panel_value(page, key)
        start, end = (int(x) for x in re.search(r'data-start="(\d+)" data-end="(\d+)"', value).groups())
        pieces = segment_texts(page, key)
        assert pieces[0][0] == start
        assert "".join(t for _, t in pieces) == text[start:end]
    # the whole text is there, cut into segments whose starts are code-point offsets
    starts = [int(s) for s in re.findall(r'<span id="t\d+" data-start="(\d+)"', page)]
    assert starts[0] == 0 and starts == sorted(starts)


def test_offsets_are_code_points_outside_the_bmp(client: TestClient, docs: dict) -> None:
    doc_id = doc_of(docs, "hostile.txt")
    text = str(docs[doc_id]["text"])
    page = client.get(f"/doc/{doc_id}").text
    pieces = segment_texts(page, "theme")
    start = text.index("𠮷祥学习")
    assert pieces and pieces[0][0] == start  # code points: the earlier 𠮷 counts once
    assert "".join(t for _, t in pieces) == "𠮷祥学习，终身成长"


# --- actions ----------------------------------------------------------------------------------

def test_accept_fix_reject_change_the_page(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    doc_id = doc_of(docs, "000_ac78932649d052bb.txt")
    answer = post(client, doc_id, action="accept", field="title")
    assert answer.status_code == 303 and answer.headers["location"] == f"/doc/{doc_id}#f-title"
    assert post(client, doc_id, action="fix", field="campaign_year", new="2014").status_code == 303
    issuer = html.unescape(re.search(r'<span class="label">(.*?)</span>',
                                     panel_value(client.get(f"/doc/{doc_id}").text, "issuers-0")).group(1))
    assert post(client, doc_id, action="reject", field="issuers", pos=0).status_code == 303
    page = client.get(f"/doc/{doc_id}").text
    assert "human:confirmed" in panel_value(page, "title")
    year = panel_value(page, "campaign_year")
    assert ">2014<" in year and "human:corrected" in year
    assert f'<span class="label">{html.escape(issuer)}</span> <span class="prov">rejected</span>' in page
    assert [c.action for c in read_log(db)] == ["accept", "fix", "reject"]


def test_add_undo_and_reviewed(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    doc_id = doc_of(docs, "hostile.txt")
    text = str(docs[doc_id]["text"])
    start = text.index("𠮷祥市教育局")  # a plain-string item shows at its first occurrence
    end = start + len("𠮷祥市教育局")
    answer = post(client, doc_id, action="add", field="issuers", new="", start=start, end=end,
                  snippet=text[start:end])
    assert answer.status_code == 303
    page = client.get(f"/doc/{doc_id}").text
    added = panel_value(page, "issuers-0")
    assert "human:added" in added and f'data-start="{start}" data-end="{end}"' in added
    assert post(client, doc_id, action="reviewed").status_code == 303
    page = client.get(f"/doc/{doc_id}").text
    assert 'id="doc-status">reviewed<' in page
    assert doc_id in rows(client.get("/?status=reviewed").text)  # the list follows the log at once
    assert post(client, doc_id, action="undo").status_code == 303  # the newest: reviewed
    assert 'id="doc-status">reviewed<' not in client.get(f"/doc/{doc_id}").text
    target = next(c.id for c in read_log(db) if c.action == "add")
    assert post(client, doc_id, action="undo", target=target).status_code == 303
    page = client.get(f"/doc/{doc_id}").text
    assert 'id="v-issuers-0"' not in page and "undone" in page


def test_add_with_a_wrong_snippet_is_refused(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    doc_id = doc_of(docs, "hostile.txt")
    answer = post(client, doc_id, action="add", field="theme", start=0, end=4, snippet="别的文字")
    assert answer.status_code == 400
    assert "not the selected" in html.unescape(answer.text)
    bad = post(client, doc_id, action="fix", field="campaign_year", new="year")
    assert bad.status_code == 400 and "campaign_year" in bad.text
    assert read_log(db) == []


def test_multi_line_selection_survives_form_line_breaks(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    doc_id = doc_of(docs, "hostile.txt")
    text = str(docs[doc_id]["text"])
    start = text.index("一、活动时间")
    end = text.index("2024年10月20日") + 4
    sent = text[start:end].replace("\n", "\r\n")  # what a browser submits
    answer = post(client, doc_id, action="add", field="theme", new="活动时间", start=start, end=end, snippet=sent)
    assert answer.status_code == 303
    assert read_log(db)[0].anchor["exact"] == text[start:end]


def test_hostile_text_and_values_render_inert(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, _ = fresh
    doc_id = doc_of(docs, "hostile.txt")
    assert post(client, doc_id, action="add", field="title", new='<script>alert(2)</script>"><b>',
                start=0, end=4, snippet=str(docs[doc_id]["text"])[:4]).status_code == 303
    for url in (f"/doc/{doc_id}", "/"):
        page = client.get(url).text
        for raw in ("<script>alert(1)</script>", "<script>alert(2)</script>", "<img src=x onerror", '"><b>'):
            assert raw not in page
    page = client.get(f"/doc/{doc_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


# --- refusals ---------------------------------------------------------------------------------

@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Referer": "http://evil.example/page"},
    {"Origin": "null"},
    {},
    {"Origin": BASE, "Sec-Fetch-Site": "cross-site"},
    {"Origin": "http://127.0.0.1:9999"},
])
def test_cross_origin_posts_are_refused(fresh: tuple[TestClient, Path], docs: dict, headers: dict) -> None:
    client, db = fresh
    answer = post(client, next(iter(docs)), headers=headers, action="reviewed")
    assert answer.status_code == 403 and "refused" in answer.text
    assert read_log(db) == []


def test_stale_token_and_foreign_host_are_refused(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    doc_id = next(iter(docs))
    answer = client.post(f"/doc/{doc_id}/act", data={"csrf": "forged", "action": "reviewed"}, headers=SAME)
    assert answer.status_code == 403 and "token" in answer.text
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400  # DNS rebinding
    assert post(client, doc_id, headers={"Referer": f"{BASE}/doc/{doc_id}"}, action="reviewed").status_code == 303
    assert [c.action for c in read_log(db)] == ["reviewed"]


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py", "/static/..%2f..%2f..%2fpyproject.toml",
    "/static//etc/passwd",
])
def test_static_files_stay_in_their_folder(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert "import" not in answer.text and "root:" not in answer.text


def test_static_assets_are_served(client: TestClient) -> None:
    assert "keydown" in client.get("/static/app.js").text
    assert client.get("/static/app.css").status_code == 200


def test_locked_database_shows_a_page(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, db = fresh
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.perf_counter()
        answer = client.get("/")
        assert answer.status_code == 503 and "locked" in answer.text and "Traceback" not in answer.text
        assert client.get(f"/doc/{next(iter(docs))}").status_code == 503
        assert time.perf_counter() - started < 10
    finally:
        holder.kill()
        holder.wait()
    assert client.get("/").status_code == 200  # the next request reads again


def test_an_ingest_can_write_between_requests(fresh: tuple[TestClient, Path], docs: dict, tmp_path: Path) -> None:
    from pipeline.store.run import ingest_local

    client, db = fresh
    assert len(rows(client.get("/").text)) == len(docs)
    reviewed = next(iter(docs))
    assert post(client, reviewed, action="reviewed").status_code == 303
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(HOSTILE.replace("2024", "2025").replace("张三", "李四"), encoding="utf-8")
    ingest_local([str(extra)], db)  # the app holds no connection between requests
    assert len(rows(client.get("/").text)) == len(docs) + 1
    assert rows(client.get("/?status=reviewed").text) == [reviewed]  # now stored by the ingest, not replayed


def test_next_in_queue_moves_on_after_review(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, _ = fresh
    first = re.search(r'id="next-doc" href="/doc/([0-9a-f]{64})"', client.get("/").text).group(1)
    following = re.search(r'id="next-doc" href="/doc/([0-9a-f]{64})"', client.get(f"/doc/{first}").text).group(1)
    assert following != first
    assert post(client, first, action="reviewed").status_code == 303
    after = re.search(r'id="next-doc" href="/doc/([0-9a-f]{64})"', client.get("/").text).group(1)
    assert after != first  # the reviewed document left the queue


def test_region_fix_takes_json_and_other_methods_get_a_page(fresh: tuple[TestClient, Path], docs: dict) -> None:
    client, _ = fresh
    doc_id = doc_of(docs, "000_ac78932649d052bb.txt")
    fixed = '{"level": "county", "province": "江苏省", "city": "常州市", "county": "金坛区"}'
    assert post(client, doc_id, action="fix", field="region", new=fixed).status_code == 303
    assert "江苏省常州市金坛区" in panel_value(client.get(f"/doc/{doc_id}").text, "region")
    assert post(client, doc_id, action="fix", field="region", new="常州").status_code == 400
    wrong = client.get(f"/doc/{doc_id}/act")
    assert wrong.status_code == 405 and "<html" in wrong.text
