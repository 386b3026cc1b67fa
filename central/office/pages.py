"""The office console's frame: sign-in, sign-out, the one-time-password page, the start page,
the language switch, static files and the 404 page."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Annotated, Final

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, RedirectResponse, Response

from central.office.accounts import AccountError, User, change_own_password, end_session, sign_in
from central.office.auth import (
    SESSION_COOKIE,
    clear_cookie,
    client_address,
    cookie,
    current_user,
    optional_user,
    plain_http_allowed,
    require,
    set_cookie,
)
from central.office.i18n import LANG_COOKIE, LANGUAGES, t
from central.office.render import language, nav_for, render
from central.office.routing import page_router
from central.office.settings import office

STATIC: Final = Path(__file__).resolve().parent / "static"
MAX_FIELD: Final = 300
router = page_router()


def safe_next(value: str | None) -> str:
    """A page of this console to go to after signing in (anything else: the start page)."""
    if (
        value
        and value.startswith("/office/")
        and not value.startswith("//")
        and "\\" not in value
        and all(32 < ord(ch) < 127 for ch in value)
        and len(value) < 300
    ):
        return value
    return "/office/"


def _field(form: object, name: str) -> str:
    value = form.get(name) if hasattr(form, "get") else None
    return value[:MAX_FIELD] if isinstance(value, str) else ""


@router.get("/office", include_in_schema=False)
@router.get("/office/", include_in_schema=False)
async def home(request: Request, user: Annotated[User, Depends(require())]) -> Response:
    return render(request, "home.html", sections=nav_for(user.role))


@router.get("/office/login", include_in_schema=False)
async def login_page(request: Request) -> Response:
    user = await optional_user(request)
    if user is not None:
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    notice = None
    if request.query_params.get("expired"):
        notice = "login.expired"
    elif request.query_params.get("signed_out"):
        notice = "login.signed_out"
    return render(
        request,
        "login.html",
        notice=notice,
        next=safe_next(request.query_params.get("next")),
        https_needed=not plain_http_allowed(request),
    )


@router.post("/office/login", include_in_schema=False)
async def login(request: Request) -> Response:
    form = await request.form()
    name, password = _field(form, "name"), _field(form, "password")
    target = safe_next(_field(form, "next"))
    lang = language(request)

    def again(error: str, status: int) -> Response:
        return render(
            request, "login.html", status_code=status, error=error, name=name, next=target
        )

    if not plain_http_allowed(request):
        return again(t(lang, "login.https"), 403)
    if not name.strip() or not password:
        return again(t(lang, "login.missing"), 400)
    context = office(request)
    result = await run_in_threadpool(
        sign_in, context.store, name, password, client_address(request)
    )
    if result.session is None or result.user is None:
        if result.hard_locked:
            return again(t(lang, "login.hard_locked"), 429)
        if result.locked_until is not None:
            key = "login.address_locked" if result.address_locked else "login.locked"
            return again(t(lang, key, until=result.locked_until.strftime("%H:%M")), 429)
        return again(t(lang, "login.wrong", left=result.tries_left), 401)
    response = RedirectResponse(
        "/office/password" if result.user.must_change_password else target, status_code=303
    )
    set_cookie(request, response, SESSION_COOKIE, result.session)
    return response


@router.post("/office/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    user = await optional_user(request)
    value = cookie(request, SESSION_COOKIE)
    if value:
        await run_in_threadpool(
            end_session, office(request).store, value, actor=user.actor if user else None
        )
    response = RedirectResponse("/office/login?signed_out=1", status_code=303)
    clear_cookie(request, response, SESSION_COOKIE)
    response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response


@router.get("/office/password", include_in_schema=False)
async def password_page(request: Request, user: Annotated[User, Depends(current_user)]) -> Response:
    from central.office.rules import MIN_PASSWORD

    return render(request, "password.html", min=MIN_PASSWORD)


@router.post("/office/password", include_in_schema=False)
async def change_password(
    request: Request, user: Annotated[User, Depends(current_user)]
) -> Response:
    from central.office.rules import MIN_PASSWORD

    form = await request.form()
    new, repeat = _field(form, "new"), _field(form, "repeat")
    lang = language(request)
    if new != repeat:
        error = t(lang, "password.mismatch")
    else:
        try:
            value = await run_in_threadpool(
                change_own_password,
                office(request).store,
                user,
                cookie(request, SESSION_COOKIE),
                new,
            )
        except AccountError as exc:
            error = t(lang, exc.key, **exc.fmt)
        else:
            response = RedirectResponse("/office/", status_code=303)
            set_cookie(request, response, SESSION_COOKIE, value)
            return response
    return render(request, "password.html", status_code=400, error=error, min=MIN_PASSWORD)


@router.get("/office/lang/{lang}", include_in_schema=False)
async def switch_language(request: Request, lang: str) -> Response:
    """Remember `lang` in a cookie and go back to `next` (a page of the console)."""
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    if lang in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, path="/", httponly=True, samesite="strict"
        )
    return response


@router.get("/office/static/{path:path}", include_in_schema=False)
async def static(path: str) -> Response:
    """A file under central/office/static/ (nothing outside it, no hidden files)."""
    target = (STATIC / path).resolve()
    if (
        not target.is_relative_to(STATIC)
        or any(part.startswith(".") for part in Path(path).parts)
        or not target.is_file()
    ):
        return await _not_found_static()
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if target.suffix == ".wasm":
        media_type = "application/wasm"
    return FileResponse(target, media_type=media_type, headers={"Cache-Control": "no-cache"})


async def _not_found_static() -> Response:
    return Response("not found", status_code=404, media_type="text/plain")


def add_catch_all(target: object) -> None:
    """Add the 404 page for every other /office/ path (last, after every page's routes)."""
    from fastapi import APIRouter

    assert isinstance(target, APIRouter)
    catch_all = page_router()

    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]

    @catch_all.api_route("/office", methods=methods, include_in_schema=False)
    @catch_all.api_route("/office/{rest:path}", methods=methods, include_in_schema=False)
    async def not_found(request: Request, rest: str = "") -> Response:
        await optional_user(request)
        return render(request, "error.html", status_code=404, message_key="error.not_found")

    target.include_router(catch_all)
