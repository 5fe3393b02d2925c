"""What a POST must show before it may write the corrections log: same origin, this process's token.

The app listens on 127.0.0.1, but any web page the reviewer opens could make the browser
post a form to it. Three checks refuse that: `Sec-Fetch-Site: cross-site` is refused; the
Origin (or, without one, the Referer) must name the host the request was sent to; and
every form carries a token generated when the process started, which another site
cannot read. The Host header itself is checked against the served names (see
`allowed_hosts`), so a DNS-rebinding page cannot pose as the same origin.
"""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlsplit

from starlette.requests import Request

MAX_FORM_BYTES = 64 * 1024
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class Refused(Exception):
    """The request may not do what it asks; `status` is the HTTP answer."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def new_token() -> str:
    return secrets.token_urlsafe(32)


def allowed_hosts(host: str, extra: Sequence[str] = ()) -> list[str]:
    """The Host names the app answers to: the local names and the bound one; any for 0.0.0.0/::."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return list(dict.fromkeys([*LOCAL_HOSTS, host, *extra]))


def check_origin(request: Request) -> None:
    """Refuse a request sent from another site (raises Refused with 403)."""
    if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
        raise Refused("refused: the form was sent from another site")
    host = request.headers.get("host", "").lower()
    origin = request.headers.get("origin")
    if origin is not None:
        source, what = origin, "Origin"
    else:
        source, what = request.headers.get("referer", ""), "Referer"
    if not source or source == "null":
        raise Refused("refused: the request carries no Origin or Referer naming this server")
    if urlsplit(source).netloc.lower() != host:
        raise Refused(f"refused: the {what} {source!r} is not this server ({host})")


def check_token(form: dict[str, str], token: str) -> None:
    """The form's hidden token must be this process's (a restarted server asks for a reload)."""
    sent = form.get("csrf", "")
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise Refused("refused: the form's token is missing or stale; reload the page and try again")


async def read_form(request: Request) -> dict[str, str]:
    """An url-encoded form body (the only kind the pages send); first value of each name."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise Refused(f"expected an url-encoded form, got {kind or 'no content type'}", 415)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise Refused("the form is too large", 413)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                          max_num_fields=50)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refused(f"unreadable form: {exc}", 400) from exc
    form: dict[str, str] = {}
    for name, value in pairs:
        form.setdefault(name, value)
    return form
