"""The catalogue page of the office console (coordinators and administrators): upload a
catalogue (our JSON, HSDS 3.0 JSON, the CSV/XLSX spreadsheet), read the same report as
`pitstop catalogue validate` (the error by row and field, the warnings), preview what changes
against the published catalogue (offerings added, removed, changed), publish it, and roll back
to any earlier version. Checking runs in a child process (central/office/catalogue_store.py).
This cannot show a spreadsheet's every error at once: like the CLI it stops at the first.
"""

from __future__ import annotations

from typing import Annotated, Final

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from central.office import catalogue_store as cs
from central.office.accounts import User
from central.office.auth import require
from central.office.catalogue_i18n import CATALOGUE_MESSAGES
from central.office.i18n import add_messages, t
from central.office.kiosks import when
from central.office.render import language, render
from central.office.routing import page_router
from central.office.settings import office

add_messages(CATALOGUE_MESSAGES)
router = page_router()
publisher = require("administrator", "coordinator")
PREVIEW_ROWS: Final = 200


async def _page(request: Request, status_code: int = 200, **context: object) -> Response:
    store = office(request).store
    versions = await run_in_threadpool(cs.versions, store)
    return render(
        request,
        "catalogue.html",
        status_code=status_code,
        versions=versions,
        when=when,
        max_mb=cs.MAX_UPLOAD // 2**20,
        **context,
    )


@router.get("/office/catalogue", include_in_schema=False)
async def catalogue_page(request: Request, user: Annotated[User, Depends(publisher)]) -> Response:
    notice = None
    lang = language(request)
    for name, key in (("published", "catalogue.published"), ("rolled_back", "catalogue.rolled")):
        value = request.query_params.get(name, "")
        if value.isdigit() and len(value) < 10:
            notice = t(lang, key, version=int(value))
    return await _page(request, notice=notice)


@router.post("/office/catalogue/upload", include_in_schema=False)
async def upload(request: Request, user: Annotated[User, Depends(publisher)]) -> Response:
    lang = language(request)
    form = await request.form(max_files=1, max_fields=5)  # the CSRF check has parsed it
    try:
        upload_file = form.get("file")
        if not isinstance(upload_file, UploadFile) or not upload_file.filename:
            return await _page(request, 400, error=t(lang, "catalogue.no_file"))
        if (upload_file.size or 0) > cs.MAX_UPLOAD:
            return await _page(
                request, 413, error=t(lang, "catalogue.too_big", mb=cs.MAX_UPLOAD // 2**20)
            )
        data = await upload_file.read(cs.MAX_UPLOAD + 1)
        filename = upload_file.filename
    finally:
        await form.close()
    store = office(request).store
    result = await run_in_threadpool(cs.check_upload, data, filename)
    if result.problem is not None:
        return await _page(request, 400, report=result)
    draft_id = await run_in_threadpool(cs.save_draft, store, result, user.actor)
    return RedirectResponse(f"/office/catalogue/draft/{draft_id}", status_code=303)


@router.get("/office/catalogue/draft/{draft_id}", include_in_schema=False)
async def draft_page(
    request: Request, draft_id: str, user: Annotated[User, Depends(publisher)]
) -> Response:
    store = office(request).store
    draft = await run_in_threadpool(cs.load_draft, store, draft_id)
    if draft is None:
        return await _page(request, 404, error=t(language(request), "catalogue.draft_gone"))
    current = await run_in_threadpool(cs.current_content, store)
    changes = await run_in_threadpool(cs.diff, current, draft.content)
    return render(
        request,
        "catalogue_draft.html",
        draft=draft,
        changes=changes,
        first_publish=current is None,
        limit=PREVIEW_ROWS,
        when=when,
    )


@router.post("/office/catalogue/draft/{draft_id}/publish", include_in_schema=False)
async def publish(
    request: Request, draft_id: str, user: Annotated[User, Depends(publisher)]
) -> Response:
    try:
        version = await run_in_threadpool(
            cs.publish_draft, office(request).store, draft_id, user.actor
        )
    except cs.PublishError as exc:
        return await _page(request, 409, error=t(language(request), exc.key))
    return RedirectResponse(f"/office/catalogue?published={version}", status_code=303)


@router.post("/office/catalogue/rollback", include_in_schema=False)
async def roll_back(request: Request, user: Annotated[User, Depends(publisher)]) -> Response:
    form = await request.form()
    value = form.get("version")
    lang = language(request)
    if not isinstance(value, str) or not value.isdigit() or len(value) > 9:
        return await _page(request, 400, error=t(lang, "catalogue.no_version"))
    try:
        version = await run_in_threadpool(
            cs.rollback, office(request).store, int(value), user.actor
        )
    except cs.PublishError as exc:
        return await _page(request, 404, error=t(lang, exc.key))
    return RedirectResponse(f"/office/catalogue?rolled_back={version}", status_code=303)
