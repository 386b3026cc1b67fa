"""The Figures page of the office console (issue 15): the kiosks' usage figures of a period,
grouped by kiosk, comune or area, as charts (SVG drawn on the server, no script) each with
its numbers in a table, and the same figures to download as .xlsx, .csv, .pdf or open data.
Everything comes from central.figures.tables.compute, like `pitstop central report`, through
the publication rules. Every role opens it; an operator limited to some comuni or areas sees
their kiosks only. Downloads are audited (period, grouping, format: never a count).
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Annotated, Final

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from central.audit import record_audit
from central.figures.charts import chart_svg
from central.figures.report import FORMATS, report_bytes
from central.figures.rules import DEFAULT_LICENCE, GROUPINGS, WORD_MIN_KIOSKS, WORD_MIN_TIMES
from central.figures.tables import Figures, PeriodError, Query, compute
from central.office.accounts import User
from central.office.auth import require
from central.office.i18n import t
from central.office.kiosks import _sees
from central.office.render import language, render
from central.office.routing import page_router
from central.office.settings import office
from central.store import CentralStore

router = page_router()
Viewer = Annotated[User, Depends(require("administrator", "coordinator", "operator", "viewer"))]
DEFAULT_DAYS: Final = 30
MEDIA: Final = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "pdf": ("application/pdf", "pdf"),
    "opendata": ("application/zip", "zip"),
}


def licence() -> str:
    """The open data's licence: $PITSTOP_CENTRAL_OPEN_DATA_LICENCE, else CC-BY-4.0."""
    return os.environ.get("PITSTOP_CENTRAL_OPEN_DATA_LICENCE", "").strip() or DEFAULT_LICENCE


def publisher() -> str:
    """Who publishes the open data: $PITSTOP_CENTRAL_OPEN_DATA_PUBLISHER (may be empty)."""
    return os.environ.get("PITSTOP_CENTRAL_OPEN_DATA_PUBLISHER", "").strip()


def _day(value: str | None, field: str, default: dt.date) -> dt.date:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise PeriodError("figures.error.date", field=field[:40]) from None


def _query(
    request: Request, user: User, start: str | None, end: str | None, by: str | None
) -> Query:
    lang = language(request)
    today = dt.datetime.now(dt.UTC).date()
    last = _day(end, t(lang, "figures.to"), today)
    back = min(DEFAULT_DAYS - 1, last.toordinal() - 1)  # 0001-01-01 has no day before it
    first = _day(start, t(lang, "figures.from"), last - dt.timedelta(days=back))
    grouping = by or "comune"
    if grouping not in GROUPINGS:
        raise PeriodError("figures.error.by", by=grouping[:40])
    kiosks = None
    if user.role == "operator" and (user.comuni or user.areas):
        store = office(request).store
        kiosks = frozenset(kiosk.id for kiosk in store.kiosks() if _sees(user, kiosk))
    return Query(first, last, grouping, kiosks)


def _sessions(figures: Figures) -> int:
    use = figures.table("use")
    total = next((row for row in use.rows if row.key == "total"), None)
    return 0 if total is None or total.cells[0].value is None else total.cells[0].value


def _refused(
    request: Request, exc: PeriodError, start: str | None, end: str | None, by: str | None
) -> Response:
    """The page with the form as it was sent and the reason in one sentence (status 400)."""
    return render(
        request,
        "figures.html",
        status_code=400,
        error=t(language(request), exc.key, **exc.fmt),
        form={"from": start or "", "to": end or "", "by": by or "comune"},
        figures=None,
        groupings=GROUPINGS,
    )


@router.get("/office/figures", include_in_schema=False)
async def figures_page(request: Request, user: Viewer) -> Response:
    lang = language(request)
    start, end, by = (request.query_params.get(name) for name in ("from", "to", "by"))
    try:
        query = _query(request, user, start, end, by)
    except PeriodError as exc:
        return _refused(request, exc, start, end, by)
    store: CentralStore = office(request).store
    figures = await run_in_threadpool(compute, store, query, lang)
    charts = {table.id: Markup(chart_svg(table, lang)) for table in figures.tables}
    form = {"from": query.start.isoformat(), "to": query.end.isoformat(), "by": query.by}
    return render(
        request,
        "figures.html",
        error=None,
        form=form,
        figures=figures,
        charts=charts,
        sessions=_sessions(figures),
        groupings=GROUPINGS,
        formats=FORMATS,
        word_times=WORD_MIN_TIMES,
        word_kiosks=WORD_MIN_KIOSKS,
        download=f"/office/figures/download?from={form['from']}&to={form['to']}&by={form['by']}",
    )


@router.get("/office/figures/download", include_in_schema=False)
async def figures_download(request: Request, user: Viewer) -> Response:
    lang = language(request)
    start, end, by = (request.query_params.get(name) for name in ("from", "to", "by"))
    fmt = request.query_params.get("format", "")
    try:
        if fmt not in FORMATS:
            raise PeriodError("figures.error.format", format=fmt[:20])
        query = _query(request, user, start, end, by)
    except PeriodError as exc:
        return _refused(request, exc, start, end, by)
    store: CentralStore = office(request).store

    def make() -> bytes:
        figures = compute(store, query, lang)
        data = report_bytes(figures, fmt, licence(), publisher())
        with store.sessions.begin() as session:
            record_audit(
                session,
                user.name,
                "figures.export",
                format=fmt,
                start=query.start.isoformat(),
                end=query.end.isoformat(),
                by=query.by,
            )
        return data

    data = await run_in_threadpool(make)
    media, suffix = MEDIA[fmt]
    name = f"pitstop-figures-{query.start.isoformat()}-{query.end.isoformat()}-{query.by}.{suffix}"
    return Response(
        data,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
