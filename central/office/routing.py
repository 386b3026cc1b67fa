"""The office console's route class: every answer of an office route carries the strict
Content-Security-Policy and the other security headers, every POST/PUT/PATCH/DELETE is
checked for its CSRF token before the page's code runs, and the office's own exceptions become
pages (303 to sign-in, 403, the one-time-password page). Pages make their router with
`page_router()` so their routes get all of this.
This cannot protect a response that a route streams after it has started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any, Final
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from central.office.auth import (
    SESSION_COOKIE,
    Forbidden,
    MustChangePassword,
    SignedOut,
    clear_cookie,
    cookie,
    current_user,
    optional_user,
)
from central.office.i18n import t
from central.office.render import CSRF_HEADER, CsrfError, check_csrf, language, render

log = logging.getLogger(__name__)

CSP: Final = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def secure(response: Response, *, private: bool = True) -> Response:
    """`response` with the security headers (and no caching of a private page)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    if private and "cache-control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    return response


def _is_script(request: Request) -> bool:
    return CSRF_HEADER in request.headers or "application/json" in request.headers.get("accept", "")


async def _error_page(request: Request, status: int, key: str, **fmt: object) -> Response:
    await optional_user(request)
    if _is_script(request):
        return JSONResponse({"detail": t(language(request), key, **fmt)}, status)
    return render(request, "error.html", status_code=status, message_key=key, message_fmt=fmt)


async def _signed_out(request: Request, expired: bool) -> Response:
    if _is_script(request):
        return JSONResponse({"detail": t(language(request), "login.expired")}, 401)
    target = "/office/login"
    if request.method == "GET" and request.url.path not in {"/office/login", "/office/"}:
        target += "?next=" + quote(request.url.path, safe="/")
    if expired:
        target += ("&" if "?" in target else "?") + "expired=1"
    response = RedirectResponse(target, status_code=303)
    if expired and cookie(request, SESSION_COOKIE):
        clear_cookie(request, response, SESSION_COOKIE)
    return response


class TooLarge(Exception):
    """A request body over `body_limit` (413); `key` says so, with the limit in MB."""

    def __init__(self, key: str, mb: int) -> None:
        super().__init__(key)
        self.key, self.mb = key, mb


FORM_MAX: Final = 1024 * 1024
"""The largest body of an office POST but a catalogue upload (forms, the pages' JSON)."""
DRAIN_MAX: Final = 64 * 1024 * 1024
"""A signed-in browser's body over its limit but under this is read and dropped (never kept)
so that the browser shows the 413 page rather than a reset connection."""
SIGNED_OUT_POSTS: Final = frozenset({"/office/login", "/office/logout"})
"""The only POSTs whose body is read without a session."""


def body_limit(request: Request) -> tuple[int, TooLarge]:
    """The most bytes `request`'s body may have (a catalogue upload's limit plus room for the
    form around it, FORM_MAX for everything else) and the error when it has more."""
    if request.url.path == "/office/catalogue/upload":
        from central.office import catalogue_store

        mb = catalogue_store.MAX_UPLOAD
        return mb + 64 * 1024, TooLarge("catalogue.too_big", max(1, mb // 2**20))
    return FORM_MAX, TooLarge("error.too_large", FORM_MAX // 2**20)


async def _read_capped(request: Request, limit: int, error: TooLarge) -> None:
    """Read the body into memory, TooLarge as soon as it passes `limit` (a body sent without
    Content-Length, or longer than it said); later `request.form()` parses what was read."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise error
    request._body = bytes(body)  # Request.stream() then yields it again to form()


async def csrf_guard(request: Request) -> None:
    """A dependency of every office route (after the context is bound): POST, PUT, PATCH and
    DELETE need this browser's CSRF token (header or form field) and our own origin. Before a
    byte of the body is read, a declared Content-Length over `body_limit` is refused (413) and
    a signed-out browser is sent to sign in (but for signing in and out); the body is then read
    with the same cap, before any form parsing could spill it to a temporary file."""
    if request.method not in _UNSAFE:
        return
    limit, error = body_limit(request)
    declared = request.headers.get("content-length", "")
    size = (int(declared) if declared.isdigit() else DRAIN_MAX + 1) if declared else 0
    too_long = size > limit
    if too_long and (size > DRAIN_MAX or await optional_user(request) is None):
        raise error
    if request.url.path not in SIGNED_OUT_POSTS:
        await current_user(request)  # SignedOut: 303 to sign in, the body never read
    if too_long:  # a signed-in browser shows the page only once it has sent its body
        async for _ in request.stream():
            pass
        raise error
    await _read_capped(request, limit, error)
    if CSRF_HEADER in request.headers:
        check_csrf(request)
    else:
        check_csrf(request, await request.form())


class OfficeRoute(APIRoute):
    """An APIRoute that adds the office's headers, CSRF check and error pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()
        private = not self.path_format.startswith("/office/static/")

        async def handler(request: Request) -> Response:
            try:
                response = await original(request)
            except SignedOut as exc:
                response = await _signed_out(request, exc.expired)
            except MustChangePassword:
                response = RedirectResponse("/office/password", status_code=303)
            except Forbidden:
                response = await _error_page(request, 403, "error.forbidden")
            except CsrfError as exc:
                log.warning("office: refused %s %s: %s", request.method, request.url.path, exc)
                response = await _error_page(request, 403, "error.csrf")
            except TooLarge as exc:
                response = await _error_page(request, 413, exc.key, mb=exc.mb)
                response.headers["Connection"] = "close"  # the rest of the body is not read
            except RequestValidationError:
                response = await _error_page(request, 400, "error.method")
            except HTTPException as exc:
                if exc.status_code == 404:
                    response = await _error_page(request, 404, "error.not_found")
                else:
                    raise
            return secure(response, private=private)

        return handler


def page_router() -> APIRouter:
    """A router for office pages (paths start with /office/)."""
    return APIRouter(route_class=OfficeRoute)
