"""The review web app: a documents list, a document page, and forms that append corrections.

The database is opened read-only for each request and closed before the page is sent,
so an ingest can commit between two clicks and the next page shows its result; while an
ingest holds the file the page says so (503) instead of failing. The app writes nothing
but the corrections log (through `pipeline.review.actions`). Pages are plain HTML forms;
static/app.js only adds keyboard shortcuts and text selection. Only starlette and jinja2
are imported here: DuckDB and the review core load with the first request.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.review.web import explore, guard

HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _environment() -> jinja2.Environment:
    """Autoescaping everywhere: document text and values come from untrusted files."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    from pipeline.review.web.render import FILTERS

    env.filters.update(FILTERS)
    return env


class App:
    """The routes' shared state: the database path, the templates and this process's token."""

    def __init__(self, db: Path) -> None:
        self.db = Path(db)
        self.env = _environment()
        self.token = guard.new_token()

    def html(self, name: str, http_status: int = 200, **context: Any) -> HTMLResponse:
        body = self.env.get_template(name).render(csrf=self.token, **context)
        return HTMLResponse(body, status_code=http_status, headers=SECURITY_HEADERS)

    def error(self, title: str, message: str, http_status: int) -> HTMLResponse:
        return self.html("error.html", http_status, title=title, message=message)

    async def documents(self, request: Request) -> Response:
        from pipeline.review.web.pages import documents_context

        context = await self._read(documents_context, request.query_params)
        return self.html("documents.html", **context)

    async def document(self, request: Request) -> Response:
        from models import ReviewError
        from pipeline.review.web.pages import document_context

        wanted = request.path_params["doc_id"]
        try:
            context = await self._read(document_context, wanted)
        except ReviewError as exc:  # unknown or ambiguous id
            return self.error("No such document", exc.message, 404)
        if context["doc_id"] != wanted:
            return RedirectResponse(f"/doc/{context['doc_id']}", status_code=307, headers=SECURITY_HEADERS)
        return self.html("document.html", **context)

    async def act(self, request: Request) -> Response:
        """One reviewer action from a form: checked, appended to the log, then back to the page (303)."""
        from pipeline.review.web.pages import perform, resolve

        guard.check_origin(request)
        form = await guard.read_form(request)
        guard.check_token(form, self.token)
        doc_id = await self._read(resolve, request.path_params["doc_id"])
        where = await run_in_threadpool(perform, self.db, doc_id, form)
        return RedirectResponse(f"/doc/{doc_id}{where}", status_code=303, headers=SECURITY_HEADERS)

    async def _read(self, fn: Any, *args: Any) -> Any:
        """Run `fn(con, *args)` in a worker thread on a read-only connection closed right after."""
        return await run_in_threadpool(self._with_connection, fn, *args)

    def _with_connection(self, fn: Any, *args: Any) -> Any:
        from pipeline.review.store import open_db

        con = open_db(self.db)
        try:
            return fn(con, self.db, *args)
        finally:
            con.close()


def _handlers(app: App) -> dict[Any, Any]:
    """Every failure becomes a page with a clear message, never a traceback."""
    from models import DatabaseBusy, LifelongError

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, guard.Refused)
        return app.error("Refused", exc.message, exc.status)

    async def busy(request: Request, exc: Exception) -> Response:
        return app.error(
            "Database busy",
            "The database is locked by another program (an ingest is probably running). "
            f"Wait until it finishes and reload this page. ({getattr(exc, 'message', exc)})", 503)

    async def bad(request: Request, exc: Exception) -> Response:
        return app.error("Not done", getattr(exc, "message", None) or str(exc), 400)

    async def http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return app.error(str(exc.status_code), str(exc.detail), exc.status_code)

    async def crash(request: Request, exc: Exception) -> Response:
        return app.error("Error", f"The page failed: {type(exc).__name__}: {exc}", 500)

    return {guard.Refused: refused, DatabaseBusy: busy, LifelongError: bad, HTTPException: http,
            Exception: crash}


def _warm_up(state: App) -> None:
    """Import what the first request needs (DuckDB, pandas via pipeline.load) off the request path;
    then the Explore page's charts, bundle and unfiltered page."""
    import pipeline.review.actions  # noqa: F401
    import pipeline.review.web.pages  # noqa: F401

    explore.warm_up(state)


def _lifespan(state: App) -> Any:
    """The server listens at once; a thread loads the heavy modules meanwhile."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        threading.Thread(target=_warm_up, args=(state,), name="warm-up", daemon=True).start()
        yield

    return lifespan


def create_app(db: Path, hosts: list[str] | None = None) -> Starlette:
    """The review app over one database; `hosts` are the Host names it answers to.

    Raises FileNotFoundError when the database does not exist (nothing to review yet).
    """
    db = Path(db)
    if not db.exists():
        raise FileNotFoundError(f"no database at {db} (run `lifelong ingest` first)")
    app = App(db)
    routes = [
        Route("/", app.documents, methods=["GET"]),
        Route("/doc/{doc_id}", app.document, methods=["GET"]),
        Route("/doc/{doc_id}/act", app.act, methods=["POST"]),
        *explore.routes(app),
        Route("/favicon.ico", lambda request: Response(status_code=204), methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    allowed = hosts if hosts is not None else guard.allowed_hosts("127.0.0.1")
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=allowed)]
    return Starlette(routes=routes, middleware=middleware, exception_handlers=_handlers(app),
                     lifespan=_lifespan(app))


def serve(db: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted (bound to 127.0.0.1 unless told otherwise)."""
    import uvicorn

    app = create_app(db, guard.allowed_hosts(host))
    shown = f"[{host}]" if ":" in host else host
    print(f"lifelong: reviewing {db} at http://{shown}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
