"""Who is signed in to the office console, and what their role may open.

`current_user` is a FastAPI dependency: the `User` of the session cookie, or `SignedOut` (the
office routes answer it with a 303 to /office/login, or 401 to a script's fetch). `require(*roles)`
makes a dependency that also answers 403 (`Forbidden`) for other roles. Cookies are `Secure`,
`HttpOnly`, `SameSite=Strict` and `__Host-` prefixed, except over plain http from this machine
(127.0.0.1/::1, when `OfficeSettings.loopback_http`), where a browser would drop a Secure cookie.
This cannot protect a session on a computer someone else is using while it is signed in.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable

from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from central.office.accounts import User, session_user
from central.office.rules import ROLES, Role
from central.office.settings import office

__all__ = [
    "ROLES",
    "Forbidden",
    "Role",
    "SignedOut",
    "User",
    "client_address",
    "current_user",
    "require",
]

SESSION_COOKIE = "pitstop_office"
PRE_COOKIE = "pitstop_office_pre"
"""Holds a random value before sign-in: the sign-in form's CSRF token is bound to it."""


class SignedOut(Exception):
    """No valid session: the browser is sent to the sign-in page."""

    def __init__(self, expired: bool = False) -> None:
        super().__init__("signed out")
        self.expired = expired


class Forbidden(Exception):
    """The signed-in user's role may not open this page (403)."""

    def __init__(self, user: User) -> None:
        super().__init__("forbidden")
        self.user = user


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def client_address(request: Request) -> str:
    """The browser's address (uvicorn takes it from the reverse proxy's X-Forwarded-For)."""
    return request.client.host if request.client else "unknown"


def plain_http_allowed(request: Request) -> bool:
    """Whether `request` may sign in without https (loopback only, when the settings allow)."""
    if request.url.scheme == "https":
        return True
    return office(request).settings.loopback_http and is_loopback(client_address(request))


def secure_cookies(request: Request) -> bool:
    return request.url.scheme == "https" or not is_loopback(client_address(request))


def cookie_name(request: Request, base: str) -> str:
    """`base`, with the `__Host-` prefix when the cookie is Secure (it then cannot be set by a
    sibling host nor for another path)."""
    return f"__Host-{base}" if secure_cookies(request) else base


def set_cookie(request: Request, response: Response, base: str, value: str) -> None:
    """A session-lifetime cookie `base`: Secure (off loopback http), HttpOnly, SameSite=Strict."""
    response.set_cookie(
        cookie_name(request, base),
        value,
        path="/",
        secure=secure_cookies(request),
        httponly=True,
        samesite="strict",
    )


def clear_cookie(request: Request, response: Response, base: str) -> None:
    response.delete_cookie(
        cookie_name(request, base),
        path="/",
        secure=secure_cookies(request),
        httponly=True,
        samesite="strict",
    )


def cookie(request: Request, base: str) -> str:
    return request.cookies.get(cookie_name(request, base), "")


async def current_user(request: Request) -> User:
    """The signed-in user (cached on the request), or SignedOut."""
    cached = getattr(request.state, "user", None)
    if isinstance(cached, User):
        return cached
    value = cookie(request, SESSION_COOKIE)
    if not value:
        raise SignedOut()
    context = office(request)
    user = await run_in_threadpool(
        session_user,
        context.store,
        value,
        idle=context.settings.idle,
        absolute=context.settings.absolute,
    )
    if user is None:
        raise SignedOut(expired=True)
    request.state.user = user
    return user


async def optional_user(request: Request) -> User | None:
    try:
        return await current_user(request)
    except SignedOut:
        return None


def require(*roles: Role) -> Callable[[Request], Awaitable[User]]:
    """A dependency returning the signed-in user if their role is one of `roles` (any role when
    none is given); SignedOut or Forbidden otherwise. A user who still has to replace a
    one-time password is sent to that page first."""
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"require: unknown roles {sorted(unknown)}")

    async def dependency(request: Request) -> User:
        user = await current_user(request)
        if user.must_change_password:
            raise MustChangePassword()
        if roles and user.role not in roles:
            raise Forbidden(user)
        return user

    return dependency


class MustChangePassword(Exception):
    """The user signed in with a one-time password: every page leads to /office/password."""
