"""The QR handoff of the detail screen: the offering's codes from kiosk.qr, as QML image sources.

kiosk.qr.payloads decides which codes are worth showing and keeps every payload within QR
version 10/M; ui.qr's QrImageProvider draws `image://qr/…` crisp at the size QML asks for.
"""

from __future__ import annotations

import datetime as dt
import logging

from kiosk.catalogue import browse

log = logging.getLogger(__name__)


def handoff_of(d: browse.OfferingDetail, lang: str, public_base_url: str = ""):  # type: ignore[no-untyped-def]
    """The kiosk.qr description of `d` in `lang`. Its web address: the offering's own, else the
    central server's page of it (`public_base_url`/o/<id>, when set), else the provider's."""
    from kiosk.qr.links import offering_page_url
    from kiosk.qr.payloads import DateRange, OfferingHandoff

    loc = d.locations[0] if d.locations else None
    phones = tuple(p.number for p in (d.phones or d.organization_phones))
    schedule = d.schedules[0] if d.schedules else None
    dated = [p for p in d.periods if p.kind != "school_year"] or d.periods
    return OfferingHandoff(
        id=d.id,
        name=browse.pick(d.name, lang),
        organization=d.organization,
        phones=phones,
        email=d.email or d.organization_email,
        street=loc.address if loc else None,
        postal_code=(loc.postal_code or None) if loc else None,
        comune=loc.comune if loc else None,
        url=d.url or offering_page_url(public_base_url, d.id) or d.organization_website,
        description=None,
        periods=tuple(DateRange(p.start, p.end) for p in dated),
        opens_at=dt.time.fromisoformat(schedule.opens_at)
        if schedule and schedule.opens_at
        else None,
        closes_at=(
            dt.time.fromisoformat(schedule.closes_at) if schedule and schedule.closes_at else None
        ),
        byday=tuple(schedule.byday) if schedule else (),
        valid_from=schedule.valid_from if schedule else None,
        valid_to=schedule.valid_to if schedule else None,
    )


def texts(
    d: browse.OfferingDetail, lang: str, today: dt.date, public_base_url: str = ""
) -> dict[str, str]:
    """{"link", "contact", "calendar"} → payload; a kind is missing when it has nothing to say."""
    from kiosk.qr.payloads import offering_payloads

    described = handoff_of(d, lang, public_base_url)
    return {code.kind: code.payload for code in offering_payloads(described, today)}


def payloads(
    d: browse.OfferingDetail, lang: str, today: dt.date, public_base_url: str = ""
) -> dict[str, str]:
    """Image sources (image://qr/…) for the codes of `d`."""
    from ui.qr import qr_source

    return {kind: qr_source(text) for kind, text in texts(d, lang, today, public_base_url).items()}
