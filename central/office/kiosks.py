"""The kiosks page of the office console: every kiosk's colour (with a word and a symbol, never
colour alone), last signal, versions, waiting requests and last error, and the history of going
dark and coming back (central/office/kiosks_watch.py). Every role sees it; an operator limited
to some comuni or areas sees those kiosks only. The page only reads: it changes nothing.
A kiosk's free disk is what its latest heartbeat reported ("not reported" for a kiosk too old to
send it); the page cannot tell how fast it is filling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Final
from zoneinfo import ZoneInfo

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import Response

from central.models import Kiosk, KioskAlertEvent, PublishedCatalogue, StoredRequest
from central.office.accounts import User
from central.office.auth import require
from central.office.kiosks_i18n import kiosk_text
from central.office.kiosks_watch import (
    SEVERITY,
    KioskStatus,
    alert_history,
    kiosk_interval,
    kiosk_status,
    reason_text,
)
from central.office.render import language, render
from central.office.routing import page_router
from central.office.settings import office
from central.store import CentralStore
from kiosk.checks import DISK_ERROR_BYTES, DISK_WARN_BYTES

router = page_router()
viewer = require("administrator", "coordinator", "operator", "viewer")
TIMEZONE: Final = ZoneInfo("Europe/Rome")
SYMBOLS: Final = {"green": "✔", "amber": "▲", "red": "✖", "grey": "●"}


def when(value: dt.datetime | None) -> str:
    """A time as the office reads it (Italian local time)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(TIMEZONE).strftime("%d/%m/%Y %H:%M")


def ago(lang: str, value: dt.datetime | None, now: dt.datetime) -> str:
    if value is None:
        return kiosk_text(lang, "kiosks.never")
    seconds = max(0, int((now - value).total_seconds()))
    if seconds < 2 * 3600:
        return kiosk_text(lang, "kiosks.ago_minutes", minutes=seconds // 60)
    if seconds < 2 * 86400:
        return kiosk_text(lang, "kiosks.ago_hours", hours=seconds // 3600)
    return kiosk_text(lang, "kiosks.ago_days", days=seconds // 86400)


@dataclass(frozen=True)
class DiskText:
    amount: str
    """"12,3 GB liberi" / "12.3 GB free"; "not reported" when unknown."""
    level: str
    """"ok", "low" (under 1 GiB: amber) or "critical" (under 200 MiB: red), as the kiosk's own
    doctor (kiosk/checks.py); "" when not reported."""


def disk_text(lang: str, free: int | None) -> DiskText:
    """A kiosk's reported free disk in the office's words (binary units, shown as GB/MB)."""
    if free is None:
        return DiskText(kiosk_text(lang, "kiosks.not_reported"), "")
    if free >= 2**30:
        number, unit = f"{free / 2**30:.1f}", "GB"
    elif free >= 2**20:
        number, unit = f"{free / 2**20:.0f}", "MB"
    else:
        number, unit = f"{free / 2**10:.0f}", "KB"
    if lang == "it":
        number = number.replace(".", ",")
    amount = kiosk_text(lang, "kiosks.disk_amount", amount=f"{number} {unit}")
    level = "critical" if free < DISK_ERROR_BYTES else "low" if free < DISK_WARN_BYTES else "ok"
    return DiskText(amount, level)


@dataclass(frozen=True)
class KioskRow:
    kiosk: Kiosk
    status: KioskStatus
    received: int


@dataclass(frozen=True)
class KioskPage:
    rows: list[KioskRow]
    published: str | None
    history: list[KioskAlertEvent]
    names: dict[str, str]
    now: dt.datetime


def _sees(user: User, kiosk: Kiosk) -> bool:
    """An operator limited to comuni or areas sees only their kiosks (names compared loosely)."""
    if user.role != "operator" or not (user.comuni or user.areas):
        return True
    comuni = {c.casefold() for c in user.comuni}
    areas = {a.casefold() for a in user.areas}
    return kiosk.comune.casefold() in comuni or (
        bool(kiosk.area) and kiosk.area.casefold() in areas
    )


def load_page(store: CentralStore, user: User, interval: int, now: dt.datetime) -> KioskPage:
    """Everything the page shows, read in one go (run it in the thread pool)."""
    kiosks = [kiosk for kiosk in store.kiosks() if _sees(user, kiosk)]
    with store.engine.connect() as connection:
        counts = {
            str(row.kiosk_id): int(row.n)
            for row in connection.execute(
                select(StoredRequest.kiosk_id, func.count().label("n")).group_by(
                    StoredRequest.kiosk_id
                )
            )
        }
        newest = connection.execute(
            select(PublishedCatalogue.catalogue_version)
            .order_by(PublishedCatalogue.version.desc())
            .limit(1)
        ).first()
    published = None if newest is None else str(newest.catalogue_version)
    rows = [
        KioskRow(
            kiosk,
            kiosk_status(kiosk, now, interval=interval, published=published),
            counts.get(kiosk.id, 0),
        )
        for kiosk in kiosks
    ]
    rows.sort(key=lambda row: (SEVERITY[row.status.colour], (row.kiosk.name or row.kiosk.id)))
    history = alert_history(store, [kiosk.id for kiosk in kiosks])
    names = {kiosk.id: kiosk.name or kiosk.id for kiosk in kiosks}
    return KioskPage(rows, published, history, names, now)


@router.get("/office/kiosks", include_in_schema=False)
async def kiosks_page(request: Request, user: Annotated[User, Depends(viewer)]) -> Response:
    context = office(request)
    interval = kiosk_interval()
    now = dt.datetime.now(dt.UTC)
    page = await run_in_threadpool(load_page, context.store, user, interval, now)
    lang = language(request)
    counts = {colour: 0 for colour in SYMBOLS}
    for row in page.rows:
        counts[row.status.colour] += 1
    return render(
        request,
        "kiosks.html",
        page=page,
        counts=counts,
        interval_minutes=max(1, round(interval / 60)),
        symbols=SYMBOLS,
        when=when,
        ago=lambda value: ago(lang, value, now),
        reason=lambda stored: reason_text(lang, stored),
        disk=lambda free: disk_text(lang, free),
    )
