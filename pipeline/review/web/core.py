"""The review app's shared state and its review pages (documents list, document, actions).

`App` holds the database path, the templates and this process's CSRF token; the Explore
page (`explore.py`) and the app factory (`app.py`) both build on it, so it lives apart
from either. Every handler opens the database read-only off the event loop.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from pipeline.review.web import guard

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
