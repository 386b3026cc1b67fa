"""Administrators' pages: the audit log (filters, pages of 50) and the users (list, add, change
role and scope, new one-time password, remove). Every form is CSRF'd by the office routes and
answered by a redirect to the users page (a reload never posts it again); a one-time password
travels to that page through a flash kept in this server process for two minutes, bound to the
session and taken once: never in an address, a cookie or a log.
This cannot show the password when the redirected page is served by another worker process
(several workers, each its own memory): the page then says to set a new password again."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from typing import Annotated, Any, Final

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import func, select
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from central.models import AuditEvent
from central.office.accounts import (
    AccountError,
    User,
    add_user,
    one_time_password,
    remove_user,
    reset_password,
    update_user,
    users,
)
from central.office.auth import SESSION_COOKIE, cookie, require
from central.office.i18n import t
from central.office.render import language, render
from central.office.routing import page_router
from central.office.rules import ROLES
from central.office.settings import office
from central.store import CentralStore
from kiosk.text import printable

PAGE_SIZE: Final = 50
router = page_router()
Admin = Annotated[User, Depends(require("administrator"))]


# -- audit ----------------------------------------------------------------------------------


def _day(value: str, field: str, lang: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise ValueError(t(lang, "audit.bad_date", field=field)) from None


def _audit_page(
    store: CentralStore,
    action: str,
    actor: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    page: int,
) -> tuple[list[dict[str, Any]], bool, list[str]]:
    query = select(AuditEvent)
    if action:
        query = query.where(AuditEvent.action == action)
    if actor:
        query = query.where(func.lower(AuditEvent.actor).contains(actor.lower(), autoescape=True))
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until + dt.timedelta(days=1))
    query = (
        query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
    )
    with store.sessions() as session:
        rows = list(session.scalars(query))
        actions = sorted(session.scalars(select(AuditEvent.action).distinct()))
    events = [
        {
            "at": (row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.UTC)).strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
            "actor": printable(row.actor),
            "action": printable(row.action),
            "details": [
                (printable(str(key)), printable(_shown(value), limit=300))
                for key, value in sorted(dict(row.details or {}).items())
            ],
        }
        for row in rows[:PAGE_SIZE]
    ]
    return events, len(rows) > PAGE_SIZE, actions


def _shown(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@router.get("/office/audit", include_in_schema=False)
async def audit(request: Request, user: Admin) -> Response:
    lang = language(request)
    query = request.query_params
    action = query.get("action", "")[:60]
    actor = query.get("actor", "")[:100]
    since_text, until_text = query.get("from", "")[:10], query.get("to", "")[:10]
    try:
        page = max(1, min(int(query.get("page", "1")), 100_000))
    except ValueError:
        page = 1
    error = None
    try:
        since = _day(since_text, t(lang, "audit.filter_from"), lang)
        until = _day(until_text, t(lang, "audit.filter_to"), lang)
    except ValueError as exc:
        error, since, until = str(exc), None, None
    events, more, actions = await run_in_threadpool(
        _audit_page, office(request).store, action, actor, since, until, page
    )
    filters = {"action": action, "actor": actor, "from": since_text, "to": until_text}
    return render(
        request,
        "audit.html",
        status_code=400 if error else 200,
        events=events,
        actions=actions,
        filters=filters,
        page=page,
        more=more,
        error=error,
    )


# -- users ----------------------------------------------------------------------------------


def _text(form: FormData, name: str, limit: int = 1000) -> str:
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def _list(form: FormData, name: str) -> list[str]:
    return [part for part in _text(form, name).split(",") if part.strip()]


async def _users_page(
    request: Request,
    *,
    status_code: int = 200,
    message: str | None = None,
    error: str | None = None,
    draft: dict[str, str] | None = None,
    one_time: str = "",
) -> Response:
    found = await run_in_threadpool(users, office(request).store)
    return render(
        request,
        "users.html",
        status_code=status_code,
        people=found,
        roles=ROLES,
        message=message,
        error=error,
        draft=draft or {},
        one_time=one_time,
    )


FLASH_SECONDS: Final = 120.0
_flashes: dict[str, tuple[float, str, dict[str, str]]] = {}
_flash_lock = threading.Lock()


def _session_key(request: Request) -> str:
    return hashlib.sha256(cookie(request, SESSION_COOKIE).encode()).hexdigest()


def _done(request: Request, **message: str) -> Response:
    """303 to the users page, `message` (key and values) waiting there in a flash."""
    token = secrets.token_urlsafe(18)
    now = time.monotonic()
    with _flash_lock:
        for old in [k for k, (at, _, _) in _flashes.items() if now - at > FLASH_SECONDS]:
            del _flashes[old]
        _flashes[token] = (now, _session_key(request), message)
    return RedirectResponse(f"/office/users?done={token}", status_code=303)


def _take_flash(request: Request, token: str) -> dict[str, str] | None:
    """The flash `token` of this session, once; None when gone, stale or someone else's."""
    with _flash_lock:
        found = _flashes.pop(token, None)
    if found is None:
        return None
    at, session, message = found
    if time.monotonic() - at > FLASH_SECONDS or not secrets.compare_digest(
        session, _session_key(request)
    ):
        return None
    return message


@router.get("/office/users", include_in_schema=False)
async def users_page(request: Request, user: Admin) -> Response:
    token = request.query_params.get("done", "")[:64]
    if not token:
        return await _users_page(request)
    lang = language(request)
    flash = _take_flash(request, token)
    if flash is None:
        return await _users_page(request, message=t(lang, "users.flash_gone"))
    key = flash.pop("key")
    password = flash.pop("password", "")
    return await _users_page(request, message=t(lang, key, **flash), one_time=password)


@router.post("/office/users", include_in_schema=False)
async def add(request: Request, user: Admin) -> Response:
    form = await request.form()
    lang = language(request)
    draft = {key: _text(form, key, 300) for key in ("name", "email", "role", "comuni", "areas")}
    password = one_time_password()
    try:
        added = await run_in_threadpool(
            lambda: add_user(
                office(request).store,
                draft["name"],
                draft["email"],
                draft["role"],
                password,
                actor=user.actor,
                comuni=_list(form, "comuni"),
                areas=_list(form, "areas"),
            )
        )
    except AccountError as exc:
        return await _users_page(
            request, status_code=400, error=t(lang, exc.key, **exc.fmt), draft=draft
        )
    return _done(request, key="users.added", name=added.name, password=password)


@router.post("/office/users/{name}/update", include_in_schema=False)
async def update(request: Request, name: str, user: Admin) -> Response:
    form = await request.form()
    lang = language(request)
    try:
        changed = await run_in_threadpool(
            lambda: update_user(
                office(request).store,
                name,
                actor=user.actor,
                role=_text(form, "role", 30),
                comuni=_list(form, "comuni"),
                areas=_list(form, "areas"),
                by=user,
            )
        )
    except AccountError as exc:
        return await _users_page(request, status_code=400, error=t(lang, exc.key, **exc.fmt))
    return _done(request, key="users.updated", name=changed.name)


@router.post("/office/users/{name}/reset", include_in_schema=False)
async def reset(request: Request, name: str, user: Admin) -> Response:
    lang = language(request)
    password = one_time_password()
    try:
        changed = await run_in_threadpool(
            lambda: reset_password(office(request).store, name, password, actor=user.actor)
        )
    except AccountError as exc:
        return await _users_page(request, status_code=400, error=t(lang, exc.key, **exc.fmt))
    return _done(request, key="users.reset_done", name=changed.name, password=password)


@router.post("/office/users/{name}/remove", include_in_schema=False)
async def remove(request: Request, name: str, user: Admin) -> Response:
    lang = language(request)
    try:
        await run_in_threadpool(
            lambda: remove_user(office(request).store, name, actor=user.actor, by=user)
        )
    except AccountError as exc:
        return await _users_page(request, status_code=400, error=t(lang, exc.key, **exc.fmt))
    return _done(request, key="users.removed", name=name.lower()[:100])
