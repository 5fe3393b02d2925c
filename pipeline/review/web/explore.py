"""The Explore page (issue 11): every chart of `pipeline.explore` under one set of filters.

Routes: `/explore` (the page: filter form, one section per chart with its Vega-Lite spec
inlined as JSON), `/explore/drill` (an HTML fragment listing the documents behind a
clicked mark), `/explore/data.csv` (a chart's aggregated data) and `/explore/vega.js`
(vl-convert's Vega bundle, served same-origin so the page loads nothing from the network
and the CSP stays `script-src 'self'`; the browser renders with Vega's expression
interpreter, so no `unsafe-eval` either). Like the review pages, each request opens the
database read-only off the event loop and a locked database gives the busy page.

Building the specs costs Altair one to two seconds whatever the database size, so the page
is streamed chart by chart (the browser loads the bundle and draws the first charts while
the others are built) and kept in a small cache keyed by the database file's state and the
filters; the server's warm-up builds the unfiltered page. Only starlette and markupsafe
load at import: the chart library (altair, pandas, vl_convert) loads with the warm-up or
the first Explore request.
"""
from __future__ import annotations

import gzip
import json
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from duckdb import DuckDBPyConnection

    from pipeline.review.web.core import App

BUNDLE_CACHE = "public, max-age=31536000, immutable"  # the URL carries vl-convert's version
DRILL_LIMIT = 200
# Inside <script type="application/json"> only `</script` or `<!--` could end the element early:
# escaping every <, > and & (and the two JS line separators) makes any string value inert.
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value: Any) -> Markup:
    """`value` as JSON that can sit verbatim inside a `<script type="application/json">` element."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=str)
    except ValueError:  # NaN / inf from a data frame: JSON has no such numbers
        text = json.dumps(_finite(value), ensure_ascii=False, separators=(",", ":"), default=str)
    return Markup(text.translate(JSON_ESCAPES))


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


@dataclass(frozen=True)
class Section:
    """One chart on the page: what the template shows and what explore.js needs."""

    name: str
    title: str
    question: str
    spec: Markup | None
    drill_keys: tuple[str, ...]
    rows: int
    ms: int = 0
    error: str = ""


def _section(con: DuckDBPyConnection, chart: Any, filters: Any) -> Section:
    """A chart's section; a chart that fails shows its error and leaves the others usable."""
    from models import DatabaseBusy

    started = time.perf_counter()
    head = (chart.name, chart.title, chart.question)
    try:
        df = chart.data(con, filters)
        spec = script_json(chart.spec(df, interactive=True))
    except DatabaseBusy:
        raise
    except Exception as exc:  # noqa: BLE001 - one broken chart must not take the page down
        return Section(*head, None, tuple(chart.drill_keys), 0, error=f"{type(exc).__name__}: {exc}")
    ms = round((time.perf_counter() - started) * 1000)
    return Section(*head, spec, tuple(chart.drill_keys), len(df), ms)


def _cities(options: dict[str, Any]) -> dict[str, list[str]]:
    """Province -> its cities (for the city select's groups)."""
    raw = options.get("cities") or {}
    return {str(k): [str(c) for c in v] for k, v in raw.items()} if isinstance(raw, dict) else {}


def head_context(con: DuckDBPyConnection, db: Path, params: Mapping[str, str]) -> dict[str, Any]:
    """Everything the page shows before the charts: the filters as parsed and their options."""
    from pipeline.explore.filters import ExploreFilters, options

    filters = ExploreFilters.from_params(params)
    opts = options(con)
    current = {k: str(v) for k, v in filters.to_params().items()}
    return {"filters": filters, "current": current, "options": opts, "cities": _cities(opts),
            "query": _query(current), "db": str(db)}


def build_sections(con: DuckDBPyConnection, filters: Any) -> Iterator[Section]:
    """Each chart's section, built when asked for (so the page can be sent chart by chart)."""
    from pipeline.explore.registry import CHARTS

    for chart in CHARTS.values():
        yield _section(con, chart, filters)


class PageCache:
    """The last pages built, by database state and filters: a reload or a Back costs nothing.

    Building the specs takes Altair one to two seconds; the key holds the database file's
    (and its WAL's) mtime and size, so an ingest's commit makes a new key.
    """

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple[Any, ...], tuple[dict[str, Any], list[Section]]] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> tuple[dict[str, Any], list[Section]] | None:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], head: dict[str, Any], sections: list[Section]) -> None:
        with self.lock:
            self.items[key] = (head, sections)
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


PAGES = PageCache()


def page_key(db: Path, params: Mapping[str, str]) -> tuple[Any, ...]:
    """The cache key of a page: the database file's state and the filters as parsed."""
    from pipeline.explore.filters import ExploreFilters

    stamp: list[int] = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            st = path.stat()
            stamp += [st.st_mtime_ns, st.st_size]
        except OSError:
            stamp += [0, 0]
    filters = tuple(sorted(ExploreFilters.from_params(params).to_params().items()))
    return (str(db.resolve()), *stamp, filters)


@dataclass
class Plan:
    """A page about to be sent: its head context, and either the cached sections or an open connection."""

    key: tuple[Any, ...]
    head: dict[str, Any]
    sections: list[Section] | None
    con: DuckDBPyConnection | None
    started: float
    head_ms: int = 0


def open_page(app: App, params: Mapping[str, str]) -> Plan:
    """The cached page, or a read-only connection with the head built (DatabaseBusy before any byte is sent)."""
    from pipeline.review.store import open_db

    started = time.perf_counter()
    key = page_key(app.db, params)
    hit = PAGES.get(key)
    if hit is not None:
        return Plan(key, hit[0], hit[1], None, started)
    con = open_db(app.db)
    try:
        head = head_context(con, app.db, params)
    except BaseException:
        con.close()
        raise
    return Plan(key, head, None, con, started, round((time.perf_counter() - started) * 1000))


SLOT = "<!--explore-sections-->"


def page_chunks(app: App, plan: Plan) -> Iterator[str]:
    """The page as it is built: everything before the charts at once, then one chart at a time.

    The browser starts loading the Vega bundle and drawing the first charts while the later
    ones are still being built here; the finished page goes into the cache.
    """
    built: list[Section] = []
    try:
        page = app.env.get_template("explore.html").render(
            csrf=app.token, bundle_url=f"/explore/vega.js?v={bundle_version()}", slot=Markup(SLOT), **plan.head)
        before, after = page.split(SLOT, 1)
        section = app.env.get_template("explore_section.html").module.section  # type: ignore[attr-defined]
        yield before
        source: Iterable[Section] = (build_sections(plan.con, plan.head["filters"]) if plan.con is not None
                                     else plan.sections or [])
        for s in source:
            built.append(s)
            yield str(section(s, plan.head["query"]))
    finally:
        if plan.con is not None:
            plan.con.close()
    if plan.sections is None and not any(s.error for s in built):  # a failed chart is retried next time
        PAGES.put(plan.key, plan.head, built)
    ms = round((time.perf_counter() - plan.started) * 1000)
    cached = "1" if plan.sections is not None else "0"
    yield (f'<p class="meta explore-timing" id="explore-timing" data-build-ms="{ms}" data-cached="{cached}">'
           f"Charts {'from the cache' if plan.sections is not None else 'built'} in {ms} ms.</p>")
    yield after


def _query(params: Mapping[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def drill_context(con: DuckDBPyConnection, db: Path, chart: Any, params: Mapping[str, str]) -> dict[str, Any]:
    """The documents behind one mark: the chart's drill over the filters and the clicked keys."""
    from pipeline.explore.filters import ExploreFilters

    filters = ExploreFilters.from_params(params)
    keys = drill_keys(chart, params)
    df = chart.drill(con, filters, keys)
    rows = _records(df.head(DRILL_LIMIT))
    return {"chart": chart, "keys": keys, "rows": rows, "limit": DRILL_LIMIT,
            "docs": len({r.get("doc_id") for r in rows})}


def drill_keys(chart: Any, params: Mapping[str, str]) -> dict[str, str]:
    """The clicked mark's keys: only the chart's own drill keys, sent as `key.NAME` or plain `NAME`.

    explore.js sends `key.NAME` so a key never collides with a filter of the same name;
    plain `NAME` is accepted for hand-written links.
    """
    keys: dict[str, str] = {}
    for name in chart.drill_keys:
        value = params.get(f"key.{name}", params.get(name))
        if value is not None:
            keys[name] = value
    return keys


def _records(df: Any) -> list[dict[str, Any]]:
    """Rows as dicts with None for missing values (pandas NaN / NA / NaT are not falsy)."""
    import pandas as pd

    out = []
    for row in df.to_dict("records"):
        out.append({k: (None if _missing(v, pd) else v) for k, v in row.items()})
    return out


def _missing(value: Any, pd: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays: present
        return False


def csv_text(con: DuckDBPyConnection, db: Path, chart: Any, params: Mapping[str, str]) -> str:
    """The chart's aggregated data under the filters, as CSV (what the chart plots, for re-plotting)."""
    from pipeline.explore.filters import ExploreFilters

    df = chart.data(con, ExploreFilters.from_params(params))
    return str(df.to_csv(index=False))


class Bundle:
    """vl-convert's JavaScript bundle (Vega, Vega-Lite, vega-embed), built and gzipped once per process.

    Building it takes about 3 s in vl_convert, which holds the GIL all along: done in this
    process it would stall every other request (the review pages) for that long. So a child
    Python builds it and this process only reads its output.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.plain: bytes | None = None
        self.packed: bytes | None = None

    def get(self) -> tuple[bytes, bytes]:
        with self.lock:
            if self.plain is None or self.packed is None:
                self.plain = _build_bundle()
                self.packed = gzip.compress(self.plain, 6)
            return self.plain, self.packed


def _build_bundle() -> bytes:
    """`render.bundle_js()` run in a child process; in this one if the child fails."""
    import os
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[3])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    code = "import sys; from pipeline.explore.render import bundle_js; sys.stdout.buffer.write(bundle_js().encode())"
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120, check=True)
        if b"vegaEmbed" in done.stdout:
            return done.stdout
    except (OSError, subprocess.SubprocessError):
        pass
    from pipeline.explore.render import bundle_js

    return bundle_js().encode("utf-8")


BUNDLE = Bundle()


def bundle_version() -> str:
    """vl-convert's version, so a new bundle gets a new URL despite the year-long cache."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vl-convert-python")
    except PackageNotFoundError:  # pragma: no cover - the bundle route would fail anyway
        return "0"


def warm_up(app: App | None = None) -> None:
    """Load the chart library, build the bundle and the unfiltered page off the request path.

    So the first visit to /explore after `lifelong serve` is as fast as a later one.
    """
    import pipeline.explore.registry  # noqa: F401

    BUNDLE.get()
    if app is not None:
        from models import DatabaseBusy

        try:
            for _ in page_chunks(app, open_page(app, {})):
                pass
        except (DatabaseBusy, OSError):  # an ingest holds the file: the first request builds it
            pass


def _lookup(name: str) -> tuple[Any, str]:
    """(the chart named `name`, "") or (None, a message listing the valid names)."""
    from pipeline.explore.registry import CHARTS, get_chart

    try:
        return get_chart(name), ""
    except KeyError:
        return None, f"No chart named {name!r}. Valid charts: {', '.join(CHARTS)}."


async def _chart(app: App, request: Request) -> Any:
    """The chart named by `?chart=`, or the 400 page an unknown name gets."""
    chart, message = await run_in_threadpool(_lookup, request.query_params.get("chart", ""))
    return chart if chart is not None else app.error("Unknown chart", message, 400)


async def page(app: App, request: Request) -> Response:
    """The page, streamed chart by chart (see `page_chunks`); a locked database gives the busy page."""
    from pipeline.review.web.core import SECURITY_HEADERS

    plan = await run_in_threadpool(open_page, app, request.query_params)
    timing = "page;desc=cached" if plan.sections is not None else f"head;dur={plan.head_ms}"
    headers = {**SECURITY_HEADERS, "Server-Timing": timing}
    return StreamingResponse(page_chunks(app, plan), media_type="text/html; charset=utf-8", headers=headers)


async def drill(app: App, request: Request) -> Response:
    chart = await _chart(app, request)
    if isinstance(chart, Response):
        return chart
    context = await app._read(drill_context, chart, request.query_params)
    return app.html("explore_drill.html", **context)


async def data_csv(app: App, request: Request) -> Response:
    chart = await _chart(app, request)
    if isinstance(chart, Response):
        return chart
    text = await app._read(csv_text, chart, request.query_params)
    from pipeline.review.web.core import SECURITY_HEADERS

    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{chart.name}.csv"'}
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)


async def vega_js(app: App, request: Request) -> Response:
    """The bundle, gzipped when the browser accepts it (0.9 MB -> 0.3 MB), cached for a year."""
    plain, packed = await run_in_threadpool(BUNDLE.get)
    headers = {"Cache-Control": BUNDLE_CACHE, "X-Content-Type-Options": "nosniff", "Vary": "Accept-Encoding"}
    body = plain
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        body = packed
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)


def routes(app: App) -> list[Route]:
    """The Explore routes, bound to the review app's shared state."""
    return [
        Route("/explore", partial(page, app), methods=["GET"]),
        Route("/explore/drill", partial(drill, app), methods=["GET"]),
        Route("/explore/data.csv", partial(data_csv, app), methods=["GET"]),
        Route("/explore/vega.js", partial(vega_js, app), methods=["GET"]),
    ]
