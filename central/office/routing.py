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


async def _error_page(request: Request, status: int, key: str) -> Response:
    await optional_user(request)
    if _is_script(request):
        return JSONResponse({"detail": t(language(request), key)}, status)
    return render(request, "error.html", status_code=status, message_key=key)


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


async def csrf_guard(request: Request) -> None:
    """A dependency of every office route (after the context is bound): POST, PUT, PATCH and
    DELETE need this browser's CSRF token (header or form field) and our own origin."""
    if request.method in _UNSAFE:
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
