"""The review app in a real browser (issue 10, part 11): Playwright driving Debian's Chromium.

One scenario as a reviewer works: open the documents page, open a document, accept a
value with the keyboard, fix another, add a missed one by dragging the mouse over the
text, reload and see the statuses; then re-ingest with `force` while `lifelong serve`
keeps running and see the corrections kept (in the page and in the database); mark the
document reviewed, find it so on the documents page, undo with `u`. A second test opens
a hostile document (markup in its text) with the page's CSP bypassed, so it is the
escaping, not only the policy, that keeps the markup inert. A third selects text after
a character outside the BMP and checks the browser sends code-point offsets.

The server is the real command (`python -m pipeline.cli serve`) in a subprocess, so the
re-ingest runs in another process than the one serving pages, as it would at a desk.
Playwright uses the system Chromium; `playwright install` is never run.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser_support import ROOT, chromium, serving

CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); the browser test needs it",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")


TARGET = "004_f8bb9ef57ee7d07f.txt"  # the 2023 南昌 notice: it misses an organizer named in its text
MISSED = "各县区社区教育学院"  # "…承办，各县区社区教育学院协办。": a co-organizer the extractor left out
NEW_THEME = "让学习成为一种生活方式（2023）"
HOSTILE_NAME = "hostile.txt"
HOSTILE_TITLE = "2024年𠮷祥市全民终身学习活动周"  # 𠮷 is outside the BMP: two UTF-16 units, one code point
HOSTILE = (
    '关于举办<script>window.__pwned=1</script>2024年𠮷祥市全民终身学习活动周"><img src=x onerror="window.__pwned=2">的通知\n'
    "各区教育局：\n"
    "为贯彻落实有关精神，经研究，决定于2024年10月举办全民终身学习活动周，"
    '主题为“<script>window.__pwned=3</script>学习"><img src=x onerror="window.__pwned=4">”。\n'
    '一、活动时间\n2024年10月20日至10月26日。<img src=x onerror="window.__pwned=5">\n'
    "二、主办单位\n本次活动由吉祥市教育局主办。\n"
    "联系人：张三，电话：0512-12345678。\n"
    "吉祥市教育局\n2024年9月1日\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(folder, db): copies of the five sample .txt documents and a hostile one, ingested once."""
    from pipeline.store.run import ingest_local

    folder = tmp_path_factory.mktemp("browser-docs")
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    db = tmp_path_factory.mktemp("browser-db") / "lifelong.duckdb"
    ingest_local([str(folder)], db)
    return folder, db


@pytest.fixture(scope="module")
def server(corpus: tuple[Path, Path]) -> Iterator[str]:
    with serving(corpus[1], timeout=20.0) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api, CHROMIUM) as b:
        yield b


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def _query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from a read-only connection, closed at once (the server and ingest open the file too)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def _doc(db: Path, filename: str) -> tuple[str, str]:
    """(doc_id, stored normalized text) of the document loaded from `filename`."""
    rows = _query(db, "SELECT d.doc_id, t.text FROM documents d JOIN texts t USING (doc_id) "
                      "WHERE d.source_filename = ?", filename)
    assert len(rows) == 1, rows
    return str(rows[0][0]), str(rows[0][1])


def _press(page: Any, key: str) -> None:
    """A key that submits a form or follows a link: wait for the page it leads to."""
    with page.expect_navigation():
        page.keyboard.press(key)


def _current_key(page: Any) -> str | None:
    return page.evaluate("() => { const v = document.querySelector('.value.current'); "
                         "return v ? v.getAttribute('data-key') : null; }")


def _select_value(page: Any, key: str) -> None:
    """Press j (then k if needed) until the value `key` is the current one."""
    keys = page.eval_on_selector_all(".value[data-key]", "els => els.map(e => e.getAttribute('data-key'))")
    assert key in keys, keys
    for _ in range(len(keys) + 1):
        current = _current_key(page)
        if current == key:
            return
        step = "j" if current is None or keys.index(current) < keys.index(key) else "k"
        page.keyboard.press(step)
    raise AssertionError(f"j/k never reached {key}; at {_current_key(page)}")


def _prov(page: Any, key: str) -> str:
    return str(page.locator(f"#v-{key} .prov").inner_text()).strip()


CHAR_RECT = """(offset) => {
    const segs = Array.from(document.querySelectorAll('#text span.seg[data-start]'));
    const seg = segs.filter(s => Number(s.dataset.start) <= offset).pop();
    const node = seg.firstChild;
    const points = Array.from(node.data);
    const index = offset - Number(seg.dataset.start);
    const before = points.slice(0, index).join('').length;
    const range = document.createRange();
    range.setStart(node, before);
    range.setEnd(node, before + points[index].length);
    return range;
}"""


def _char_box(page: Any, offset: int) -> dict[str, float]:
    """The on-screen box of the character at code-point `offset` of the text panel (scrolled into view)."""
    box = page.evaluate(
        f"""offset => {{
            const rangeAt = {CHAR_RECT};
            let r = rangeAt(offset).getBoundingClientRect();
            if (r.top < 0 || r.bottom > window.innerHeight) {{
                window.scrollBy(0, r.top - window.innerHeight / 2);
                r = rangeAt(offset).getBoundingClientRect();
            }}
            return {{x: r.left, y: r.top, width: r.width, height: r.height}};
        }}""", offset)
    assert box["width"] > 0 and 0 <= box["y"] < 900, box
    return dict(box)


def _drag_select(page: Any, start: int, end: int) -> None:
    """Select text[start:end] in the text panel with the mouse, as a reviewer does."""
    first, last = _char_box(page, start), _char_box(page, end - 1)
    assert abs(first["y"] - last["y"]) < 1, "the snippet should sit on one line for a plain drag"
    page.mouse.move(first["x"] + 1, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] / 2, steps=5)
    page.mouse.move(last["x"] + last["width"] - 1, last["y"] + last["height"] / 2, steps=2)
    page.mouse.up()


def _value_keys_with_label(page: Any, field: str, label: str) -> list[str]:
    return list(page.eval_on_selector_all(
        f".value[data-field='{field}']",
        "(els, label) => els.filter(e => e.querySelector('.label').textContent.trim() === label)"
        ".map(e => e.getAttribute('data-key'))", label))


def _check_corrected_page(page: Any, added_key: str) -> None:
    """The three corrections as the page shows them: statuses beside the values, the history."""
    assert _prov(page, "doc_type") == "human:confirmed"
    assert _prov(page, "theme") == "human:corrected"
    assert page.locator("#v-theme .label").inner_text().strip() == NEW_THEME
    assert _value_keys_with_label(page, "organizers", MISSED) == [added_key]  # added once, not duplicated
    assert _prov(page, added_key) == "human:added"
    history = page.locator("#history li.correction")
    assert history.count() == 3
    assert [o.strip() for o in history.locator(".outcome").all_inner_texts()] == ["applied"] * 3
    assert sorted(a.strip() for a in history.locator(".action").all_inner_texts()) == ["accept", "add", "fix"]


def _check_database(db: Path, doc_id: str) -> None:
    """The re-ingested database holds the reviewer's values with human provenance, once each."""
    theme, provenance = _query(db, "SELECT theme, provenance FROM documents WHERE doc_id = ?", doc_id)[0]
    prov = json.loads(provenance)
    assert theme == NEW_THEME
    assert prov["theme"] == "human:corrected"
    assert prov["doc_type"] == "human:confirmed"
    added = _query(db, "SELECT provenance FROM organizers WHERE doc_id = ? AND name = ?", doc_id, MISSED)
    assert added == [("human:added",)]
    logged = _query(db, "SELECT action, status FROM corrections WHERE doc_id = ? ORDER BY action", doc_id)
    assert logged == [("accept", "applied"), ("add", "applied"), ("fix", "applied")]


def _status_on_documents_page(page: Any, base: str, doc_id: str) -> str:
    page.goto(base + "/")
    row = page.locator("table.documents tbody tr", has=page.locator(f"a[href='/doc/{doc_id}']"))
    assert row.count() == 1
    return str(row.locator(".status").inner_text()).strip()


def test_review_correct_reingest_in_browser(page: Any, server: str, corpus: tuple[Path, Path]) -> None:
    """Accept (j, a), fix (f, Enter), add by selection; reload; re-ingest --force; reviewed; undo (u)."""
    from pipeline.store.run import ingest_local

    folder, db = corpus
    doc_id, text = _doc(db, TARGET)
    assert text.count(MISSED) == 1
    missed_at = text.index(MISSED)

    page.goto(server + "/")
    assert page.locator("table.documents a[href^='/doc/']").count() == 6
    assert page.locator("#queue").is_visible() and page.locator("form.filters").is_visible()
    with page.expect_navigation():
        page.locator(f"table.documents a[href='/doc/{doc_id}']").click()
    assert page.url == f"{server}/doc/{doc_id}"

    # accept the first value with the keyboard: j selects it (and lights its text), a accepts
    page.keyboard.press("j")
    assert _current_key(page) == "doc_type"
    lit = page.locator("#text span.seg.hl")
    assert lit.count() >= 1 and all("doc_type" in (lit.nth(i).get_attribute("data-values") or "").split()
                                    for i in range(lit.count()))
    _press(page, "a")
    assert _prov(page, "doc_type") == "human:confirmed"

    # fix the theme: j/k to it, f focuses its fix box, type, Enter
    _select_value(page, "theme")
    page.keyboard.press("f")
    assert page.evaluate("document.activeElement.closest('.value').id") == "v-theme"
    page.keyboard.type(NEW_THEME)
    _press(page, "Enter")
    assert _prov(page, "theme") == "human:corrected"

    # add the missed organizer: drag over it in the text, pick the field, submit
    _drag_select(page, missed_at, missed_at + len(MISSED))
    bar = page.locator("#selection-add")
    bar.wait_for(state="visible")
    assert bar.locator("input[name=start]").input_value() == str(missed_at)
    assert bar.locator("input[name=end]").input_value() == str(missed_at + len(MISSED))
    assert bar.locator("input[name=snippet]").input_value() == MISSED
    bar.locator("select[name=field]").select_option("organizers")
    with page.expect_navigation():
        bar.locator("button[type=submit]").click()
    added = _value_keys_with_label(page, "organizers", MISSED)
    assert len(added) == 1, added

    page.reload()
    _check_corrected_page(page, added[0])

    # re-extract every file while the server keeps running, then look again
    result = ingest_local([str(folder)], db, force=True)
    assert result["counts"] == {"loaded": 6}, result
    assert result["corrections"]["applied"] >= 3 and not result["corrections"].get("orphaned"), result
    page.reload()
    _check_corrected_page(page, added[0])
    _check_database(db, doc_id)
    stored_status = _query(db, "SELECT review_status FROM documents WHERE doc_id = ?", doc_id)[0][0]
    assert _status_on_documents_page(page, server, doc_id) == stored_status

    # mark it reviewed: the documents page says so before any ingest; u undoes the marking
    page.goto(f"{server}/doc/{doc_id}")
    with page.expect_navigation():
        page.locator("form.reviewed-form button").click()
    assert page.locator("#doc-status").inner_text().strip() == "reviewed"
    assert _status_on_documents_page(page, server, doc_id) == "reviewed"
    page.goto(f"{server}/doc/{doc_id}")
    _press(page, "u")
    assert page.locator("#doc-status").inner_text().strip() == stored_status
    history = page.locator("#history li.correction")  # newest first
    assert [a.strip() for a in history.locator(".action").all_inner_texts()] == [
        "undo", "reviewed", "add", "fix", "accept"]
    assert [o.strip() for o in history.locator(".outcome").all_inner_texts()] == [
        "applied", "undone", "applied", "applied", "applied"]
    assert _status_on_documents_page(page, server, doc_id) == stored_status

    # n: on to the next document in the queue
    page.goto(f"{server}/doc/{doc_id}")
    next_href = page.locator("#next-doc").get_attribute("href")
    assert next_href and next_href != f"/doc/{doc_id}"
    _press(page, "n")
    assert page.url == server + next_href


def _pwned(page: Any) -> Any:
    return page.evaluate("typeof window.__pwned === 'undefined' ? null : window.__pwned")


def _assert_inert(page: Any, urls: list[str]) -> None:
    """Each page loads with no script or image from the document, and nothing set window.__pwned."""
    for url in urls:
        page.goto(url, wait_until="load")
        page.wait_for_timeout(300)  # time for an injected image's error handler to fire
        assert _pwned(page) is None, url
        assert page.locator("main img").count() == 0, url
        assert page.locator("script").count() == 1, url  # app.js alone


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_hostile_document_renders_inert(browser: Any, server: str, corpus: tuple[Path, Path],
                                        bypass_csp: bool) -> None:
    """Markup in a document's text and values shows as text; no script or handler from it runs.

    With the CSP bypassed only escaping stands between the markup and the page; there a
    reviewer also types markup as a fix (attribute and history contexts), and a control
    handler inserted by the test shows that inline handlers would indeed run.
    """
    doc_id, _ = _doc(corpus[1], HOSTILE_NAME)
    doc_url = f"{server}/doc/{doc_id}"
    context = browser.new_context(bypass_csp=bypass_csp)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        _assert_inert(page, [server + "/", doc_url])
        shown = page.locator("#text").inner_text()
        assert "<script>window.__pwned=1</script>" in shown
        assert '"><img src=x onerror="window.__pwned=2">' in shown
        assert page.locator("#v-theme .label").inner_text().startswith("<script>window.__pwned=3</script>")
        if not bypass_csp:
            return
        typed = '"><img src=x onerror="window.__pwned=6"><script>window.__pwned=7</script>'
        _select_value(page, "theme")
        page.keyboard.press("f")
        page.keyboard.type(typed)
        _press(page, "Enter")
        _assert_inert(page, [doc_url, server + "/"])
        page.goto(doc_url)
        assert page.locator("#v-theme .label").inner_text() == typed
        assert page.locator("#v-theme form.fix input[name=new]").input_value() == typed
        assert typed in page.locator("#history li.correction .new").first.inner_text()
        page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__pwned = 99\">')")
        page.wait_for_function("window.__pwned === 99")
    finally:
        context.close()


def test_selection_offsets_count_code_points(page: Any, server: str, corpus: tuple[Path, Path]) -> None:
    """A selection after a character outside the BMP gives code-point offsets the server accepts.

    JavaScript counts UTF-16 units, Python code points; the hostile document's title line
    holds 𠮷 (one code point, two units), so a wrong count would shift the offsets by one.
    """
    doc_id, text = _doc(corpus[1], HOSTILE_NAME)
    start = text.index(HOSTILE_TITLE)
    end = start + len(HOSTILE_TITLE)
    assert len(HOSTILE_TITLE.encode("utf-16-le")) // 2 == len(HOSTILE_TITLE) + 1
    page.goto(f"{server}/doc/{doc_id}")
    _drag_select(page, start, end)
    bar = page.locator("#selection-add")
    bar.wait_for(state="visible")
    assert bar.locator("input[name=start]").input_value() == str(start)
    assert bar.locator("input[name=end]").input_value() == str(end)
    assert bar.locator("input[name=snippet]").input_value() == HOSTILE_TITLE
    bar.locator("select[name=field]").select_option("title")
    with page.expect_navigation():
        bar.locator("button[type=submit]").click()
    assert page.locator("#v-title .label").inner_text().strip() == HOSTILE_TITLE
    assert _prov(page, "title") == "human:added"
    assert page.locator("#v-title .where").inner_text().strip() == f"{start}–{end}"
    lit = "".join(page.locator("#text span.seg").evaluate_all(
        "els => els.filter(e => (e.dataset.values || '').split(' ').includes('title')).map(e => e.textContent)"))
    assert lit == HOSTILE_TITLE
