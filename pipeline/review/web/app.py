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

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.review.web import explore, guard
from pipeline.review.web.core import HERE, App


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
    """Import what the first request needs (DuckDB, pandas via pipeline.store.load) off the request path;
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
