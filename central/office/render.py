"""Server-rendered pages of the office console: `render(request, "page.html", **context)`.

Every template gets `t` (translate in the page's language), `lang`, `languages`, `user` (or
None), `csrf_token`, `nav` (the sections the user's role may open) and `path`; templates extend
`base.html` and put a form's token in with `{{ csrf_field() }}` (scripts send the `csrf-token`
meta tag's value in an `X-CSRF-Token` header). The CSRF token is an HMAC of the session cookie
(the pre-sign-in cookie before signing in), so it changes with every sign-in and a page of
another site cannot know it. Autoescaping is on; text from outside still goes through
`kiosk.text.printable` (the `printable` filter). This cannot stop a script the page itself loads.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse

from central.office.auth import PRE_COOKIE, SESSION_COOKIE, cookie, set_cookie
from central.office.i18n import LANG_COOKIE, LANGUAGES, pick_language, t
from kiosk.text import printable

TEMPLATES: Final = Path(__file__).resolve().parent / "templates"
CSRF_FIELD: Final = "csrf_token"
CSRF_HEADER: Final = "x-csrf-token"

NAV: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("nav.requests", "/office/requests", ("administrator", "coordinator", "operator")),
    ("nav.kiosks", "/office/kiosks", ("administrator", "coordinator", "operator", "viewer")),
    ("nav.catalogue", "/office/catalogue", ("administrator", "coordinator")),
    ("nav.figures", "/office/figures", ("administrator", "coordinator", "operator", "viewer")),
    ("nav.audit", "/office/audit", ("administrator",)),
    ("nav.users", "/office/users", ("administrator",)),
)
"""(label key, path, roles that see it). The pages check the role themselves (`require`)."""

environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.filters["printable"] = lambda value: printable(str(value))


class CsrfError(Exception):
    """A POST without the right token (or from another origin): answered with a 403 page."""


def language(request: Request) -> str:
    """The page's language (cookie, then Accept-Language); cached on the request."""
    cached = getattr(request.state, "lang", None)
    if cached in LANGUAGES:
        return str(cached)
    lang = pick_language(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))
    request.state.lang = lang
    return lang


def _binding(request: Request) -> str:
    """The cookie value the CSRF token is bound to: the session's, else the pre-sign-in one
    (made now, and set on the response by `render`, when the browser has none)."""
    value = cookie(request, SESSION_COOKIE) or cookie(request, PRE_COOKIE)
    if value:
        return value
    fresh = getattr(request.state, "new_pre_cookie", None)
    if not isinstance(fresh, str):
        fresh = secrets.token_urlsafe(32)
        request.state.new_pre_cookie = fresh
    return fresh


def csrf_token(request: Request) -> str:
    """The CSRF token forms and fetch() calls of this browser must send."""
    digest = hmac.new(
        _binding(request).encode("utf-8", "surrogatepass"), b"pitstop-office-csrf", hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _same_origin(request: Request) -> bool:
    """False when the browser says the request came from another site: Sec-Fetch-Site, else
    Origin (a page sent with Referrer-Policy no-referrer posts with `Origin: null`)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True
    host = request.headers.get("host", "")
    return origin in {f"{request.url.scheme}://{host}", f"https://{host}"}


def check_csrf(request: Request, form: FormData | Mapping[str, Any] | None = None) -> None:
    """Raise CsrfError unless the request carries this browser's token (the `X-CSRF-Token`
    header, else the form's `csrf_token` field) and, if it says, comes from our own origin."""
    if not _same_origin(request):
        raise CsrfError("the request came from another site")
    if not (cookie(request, SESSION_COOKIE) or cookie(request, PRE_COOKIE)):
        raise CsrfError("the browser sent no cookie to bind the token to")
    given = request.headers.get(CSRF_HEADER)
    if given is None and form is not None:
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not given or not hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), csrf_token(request).encode("ascii")
    ):
        raise CsrfError("the CSRF token is missing or wrong")


def nav_for(role: str | None) -> list[tuple[str, str]]:
    return [(key, path) for key, path, roles in NAV if role is not None and role in roles]


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """`template` rendered for `request` with the common context (see the module's text)."""
    lang = language(request)
    user = getattr(request.state, "user", None)
    token = csrf_token(request)

    def csrf_field() -> Markup:
        return Markup('<input type="hidden" name="{}" value="{}">').format(CSRF_FIELD, token)

    def translate(key: str, **fmt: object) -> str:
        return t(lang, key, **fmt)

    page = environment.get_template(template).render(
        t=translate,
        lang=lang,
        languages=LANGUAGES,
        user=user,
        csrf_token=token,
        csrf_field=csrf_field,
        nav=nav_for(user.role if user is not None and not user.must_change_password else None),
        path=request.url.path,
        **context,
    )
    response = HTMLResponse(page, status_code=status_code)
    fresh = getattr(request.state, "new_pre_cookie", None)
    if isinstance(fresh, str):
        set_cookie(request, response, PRE_COOKIE, fresh)
    return response
