"""The requests inbox of the office console: pages and the JSON its scripts use.

The server side shows metadata only (reference, kiosk, comune, received, status, assignee, days
waiting) and takes follow-up steps as plain forms (they work without JavaScript). The page's
scripts (static/js/inbox.js, static/js/worker.js) unlock the office key in the browser, fetch
the sealed bytes as base64 JSON, open them in a Web Worker, seal notes before they are sent,
and build exports; the server only ever receives sealed notes, a passphrase-wrapped key copy,
and the fact that an unlock or an export happened (audited). This cannot stop a signed-in
coordinator from copying what their browser shows.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Annotated, Any, Final
from zoneinfo import ZoneInfo

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from central.export import published_names
from central.office import requests_store as rs
from central.office.accounts import User
from central.office.auth import require
from central.office.i18n import add_messages, t
from central.office.render import CSRF_HEADER, language, render
from central.office.requests_i18n import LISTS, MESSAGES
from central.office.routing import page_router
from central.office.settings import office

add_messages(MESSAGES)

router = page_router()
staff = require(*rs.STAFF_ROLES)
administrator = require("administrator")
TIMEZONE: Final = ZoneInfo("Europe/Rome")
IDLE_MINUTES: Final = 15
"""Minutes without a key press or click before the page forgets the key (settings: extra
"key_idle_minutes")."""
NOTE_MAX: Final = 2000
PASSPHRASE_MIN: Final = 12
BODY_MAX: Final = 256 * 1024
"""Largest JSON body the inbox's scripts send (an export's ids)."""


def when(value: dt.datetime | None) -> str:
    """A time as the office reads it (Italian local time, day/month/year)."""
    return value.astimezone(TIMEZONE).strftime("%d/%m/%Y %H:%M") if value else ""


def _idle_minutes(request: Request) -> int:
    value = office(request).settings.extra.get("key_idle_minutes", IDLE_MINUTES)
    return value if isinstance(value, int) and 1 <= value <= 240 else IDLE_MINUTES


def _scripted(request: Request) -> bool:
    return CSRF_HEADER in request.headers


async def _json_body(request: Request) -> Any:
    """The request's JSON body (at most BODY_MAX bytes); ValueError when it is not one."""
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > BODY_MAX:
            raise ValueError("too large")
    return json.loads(received)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


async def _names(request: Request) -> dict[str, str]:
    names = await run_in_threadpool(published_names, office(request).store)
    return dict(names.comuni)


async def _inbox_context(request: Request, user: User) -> dict[str, Any]:
    filters, errors = rs.parse_filters(request.query_params)
    store = office(request).store
    page = await run_in_threadpool(rs.inbox, store, user, filters)
    kiosks, comuni = await run_in_threadpool(rs.kiosk_choices, store, user)
    lang = language(request)
    return {
        "filters": filters,
        "filter_errors": [t(lang, key, value=value) for key, value in errors],
        "page": page,
        "kiosks": kiosks,
        "comuni": comuni,
        "assignees": await run_in_threadpool(rs.assignees, store),
        "comune_names": await _names(request),
        "key_copy": await run_in_threadpool(rs.key_copy, store),
        "statuses": rs.STATUSES,
        "when": when,
        "passphrase_min": PASSPHRASE_MIN,
        "query": filters.query(),
    }


@router.get("/office/requests", include_in_schema=False)
async def inbox_page(request: Request, user: Annotated[User, Depends(staff)]) -> Response:
    context = await _inbox_context(request, user)
    if request.query_params.get("fragment") == "table":
        return render(request, "_requests_table.html", **context)
    return render(request, "requests.html", **context)


@router.get("/office/requests/client.json", include_in_schema=False)
async def client_data(request: Request, user: Annotated[User, Depends(staff)]) -> Response:
    """What the inbox's scripts need: texts, names for ids, the office key's public half and
    wrapped copy, the idle time."""
    lang = language(request)
    store = office(request).store
    names = await run_in_threadpool(published_names, store)
    copy = await run_in_threadpool(rs.key_copy, store)
    texts = {
        key.removeprefix("js."): t(lang, key) for key in MESSAGES["en"] if key.startswith("js.")
    }
    for group in ("status", "outcome", "col"):
        for key in MESSAGES["en"]:
            if key.startswith(group + "."):
                texts[key] = t(lang, key)
    return JSONResponse(
        {
            "lang": lang,
            "texts": texts,
            "names": {
                "comuni": dict(names.comuni),
                "periods": dict(names.periods),
                **LISTS.get(lang, LISTS["en"]),
            },
            "key": None
            if copy is None
            else {
                "public_key": copy.public_key,
                "fingerprint": copy.fingerprint,
                "wrapped": copy.wrapped,
            },
            "idle_minutes": _idle_minutes(request),
            "note_max": NOTE_MAX,
            "passphrase_min": PASSPHRASE_MIN,
            "role": user.role,
        }
    )


@router.get("/office/requests/sealed.json", include_in_schema=False)
async def sealed_json(request: Request, user: Annotated[User, Depends(staff)]) -> Response:
    """The sealed requests of the inbox's filters (this page, or every page with all=1)."""
    filters, _ = rs.parse_filters(request.query_params)
    everything = request.query_params.get("all") == "1"
    rows = await run_in_threadpool(
        rs.sealed_requests, office(request).store, user, filters, everything=everything
    )
    return JSONResponse(
        {
            "items": [
                {
                    "id": row.id,
                    "kiosk_id": row.claimed_kiosk_id,
                    "delivered_by": row.kiosk_id,
                    "reference": row.reference,
                    "received_at": row.received_at.isoformat(),
                    "status": row.status,
                    "assigned_to": row.assigned_to,
                    "attempts": row.attempts,
                    "outcome": row.outcome,
                    "sealed": _b64(sealed),
                }
                for row, sealed in rows
            ],
            "limit": rs.EXPORT_MAX if everything else rs.PAGE_SIZE,
        }
    )


def _refused(request: Request, key: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"detail": t(language(request), key), "code": key}, status)


@router.post("/office/requests/key", include_in_schema=False)
async def upload_key_copy(
    request: Request, user: Annotated[User, Depends(administrator)]
) -> Response:
    """Keep the office key's copy wrapped in an administrator's browser (JSON)."""
    try:
        body = await _json_body(request)
        if not isinstance(body, dict):
            raise ValueError("not an object")
    except ValueError:
        return _refused(request, "key.bad_upload")
    try:
        copy = await run_in_threadpool(rs.set_key_copy, office(request).store, user, body)
    except rs.FollowUpError as exc:
        return _refused(request, exc.key, 409 if exc.key == "key.other_key" else 400)
    return JSONResponse({"fingerprint": copy.fingerprint})


@router.post("/office/requests/unlocked", include_in_schema=False)
async def unlocked(request: Request, user: Annotated[User, Depends(staff)]) -> Response:
    """Audit that this browser unlocked the key (how, and the key's fingerprint)."""
    try:
        body = await _json_body(request)
        how, fingerprint = str(body.get("how", "")), str(body.get("fingerprint", ""))
    except (ValueError, AttributeError):
        return _refused(request, "key.bad_upload")
    await run_in_threadpool(rs.record_unlock, office(request).store, user, how, fingerprint)
    return JSONResponse({})


@router.post("/office/requests/exported", include_in_schema=False)
async def exported(request: Request, user: Annotated[User, Depends(staff)]) -> Response:
    """Audit an export built in the browser and mark its requests exported (retention)."""
    try:
        body = await _json_body(request)
        ids, fmt = body.get("ids"), str(body.get("format", ""))
        if not isinstance(ids, list):
            raise ValueError("ids")
    except (ValueError, AttributeError):
        return _refused(request, "key.bad_upload")
    count = await run_in_threadpool(rs.record_export, office(request).store, user, ids, fmt)
    return JSONResponse({"marked": count})


async def _detail_context(request: Request, user: User, request_id: str) -> dict[str, Any]:
    store = office(request).store
    found = await run_in_threadpool(rs.detail, store, user, request_id)
    return {
        "detail": found,
        "row": found.row,
        "manager": user.role in rs.MANAGERS,
        "assignees": await run_in_threadpool(rs.assignees, store),
        "outcomes": rs.OUTCOMES,
        "comune_names": await _names(request),
        "when": when,
        "note_max": NOTE_MAX,
    }


async def _detail(
    request: Request,
    user: User,
    request_id: str,
    *,
    status: int = 200,
    message: str = "",
    error: str = "",
) -> Response:
    try:
        context = await _detail_context(request, user, request_id)
    except rs.NotVisible:
        if _scripted(request) or request.query_params.get("fragment"):
            return _refused(request, "error.not_found", 404)
        return render(request, "error.html", status_code=404, message_key="error.not_found")
    fragment = _scripted(request) or request.query_params.get("fragment") == "1"
    return render(
        request,
        "_request_panel.html" if fragment else "request.html",
        status_code=status,
        message=message,
        error=error,
        **context,
    )


@router.get("/office/requests/{request_id}", include_in_schema=False)
async def request_page(
    request: Request, request_id: str, user: Annotated[User, Depends(staff)]
) -> Response:
    done = request.query_params.get("done", "")
    lang = language(request)
    message = (
        t(lang, "followup.done", status=t(lang, f"status.{done}")) if done in rs.STATUSES else ""
    )
    if request.query_params.get("note") == "1":
        message = t(lang, "note.saved")
    return await _detail(request, user, request_id, message=message)


@router.get("/office/requests/{request_id}/sealed.json", include_in_schema=False)
async def request_sealed(
    request: Request, request_id: str, user: Annotated[User, Depends(staff)]
) -> Response:
    """One request's sealed bytes and its sealed notes (base64)."""
    try:
        found = await run_in_threadpool(rs.detail, office(request).store, user, request_id)
    except rs.NotVisible:
        return _refused(request, "error.not_found", 404)
    return JSONResponse(
        {
            "request": {
                "id": found.row.id,
                "kiosk_id": found.row.claimed_kiosk_id,
                "sealed": _b64(found.sealed),
            },
            "notes": [
                {"id": e.id, "request_id": found.row.id, "sealed": _b64(e.sealed)}
                for e in found.events
                if e.sealed is not None
            ],
        }
    )


@router.post("/office/requests/{request_id}/action", include_in_schema=False)
async def follow_up(
    request: Request, request_id: str, user: Annotated[User, Depends(staff)]
) -> Response:
    """A follow-up step from the request's forms: 303 back to it (the panel to a script)."""
    form = await request.form()

    def field(name: str) -> str:
        value = form.get(name)
        return value[:100] if isinstance(value, str) else ""

    lang = language(request)
    try:
        status = await run_in_threadpool(
            rs.act,
            office(request).store,
            user,
            request_id,
            field("action"),
            outcome=field("outcome"),
            assignee=field("assignee"),
        )
    except rs.NotVisible:
        return await _detail(request, user, request_id)
    except rs.FollowUpError as exc:
        return await _detail(request, user, request_id, status=409, error=t(lang, exc.key))
    if _scripted(request):
        message = t(lang, "followup.done", status=t(lang, f"status.{status}"))
        return await _detail(request, user, request_id, message=message)
    return RedirectResponse(f"/office/requests/{request_id}?done={status}", status_code=303)


@router.post("/office/requests/{request_id}/notes", include_in_schema=False)
async def add_note(
    request: Request, request_id: str, user: Annotated[User, Depends(staff)]
) -> Response:
    """A note sealed in the browser (JSON {"sealed": base64}); answers with the panel."""
    lang = language(request)
    try:
        body = await _json_body(request)
        sealed = base64.b64decode(str(body.get("sealed", "")), validate=True)
    except (ValueError, AttributeError):
        return await _detail(
            request, user, request_id, status=400, error=t(lang, "note.not_sealed")
        )
    try:
        await run_in_threadpool(rs.add_note, office(request).store, user, request_id, sealed)
    except rs.NotVisible:
        return await _detail(request, user, request_id)
    except rs.FollowUpError as exc:
        return await _detail(request, user, request_id, status=400, error=t(lang, exc.key))
    return await _detail(request, user, request_id, message=t(lang, "note.saved"))
