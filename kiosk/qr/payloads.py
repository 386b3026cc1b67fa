"""The QR codes of an offering's detail screen (link, contact, calendar) and of the info point.

`offering_payloads` takes an `OfferingHandoff`, a plain description of one offering in the
language shown (the UI fills it from its detail query), and returns the codes worth showing, in
screen order. Every payload fits a version-10/M QR code; see `kiosk.qr.fitting` for how fields are
dropped and trimmed to get there.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Literal, NamedTuple

from kiosk.qr.ical import calendar_payload, event_uid
from kiosk.qr.links import url_payload, web_url
from kiosk.qr.matrix import PayloadTooLong
from kiosk.qr.vcard import dial_string, escape_text, info_point_vcard, vcard_payload

__all__ = [
    "DateRange",
    "OfferingHandoff",
    "PayloadTooLong",
    "QrKind",
    "QrPayload",
    "calendar_payload",
    "dial_string",
    "escape_text",
    "event_uid",
    "info_point_vcard",
    "next_dates",
    "offering_payloads",
    "url_payload",
    "vcard_payload",
    "web_url",
]

logger = logging.getLogger(__name__)

QrKind = Literal["link", "contact", "calendar"]


class DateRange(NamedTuple):
    """A span of days, both ends included (a period such as "Vacanze di Natale")."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class OfferingHandoff:
    """What the QR codes of one offering are made from, text already in the shown language.

    `phones` as written in the catalogue (they are reduced to "+" and digits); `periods` are the
    offering's periods; `opens_at`/`closes_at`/`byday` ("MO,TU,…" codes) and
    `valid_from`/`valid_to` come from its schedule (HSDS strings such as "07:30" parse with
    `datetime.time.fromisoformat`).
    """

    id: str
    name: str
    organization: str | None = None
    phones: tuple[str, ...] = ()
    email: str | None = None
    street: str | None = None
    postal_code: str | None = None
    comune: str | None = None
    url: str | None = None
    description: str | None = None
    periods: tuple[DateRange, ...] = ()
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None
    byday: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass(frozen=True)
class QrPayload:
    """One code to show: its kind, the caption's translation key, and the encoded text."""

    kind: QrKind
    caption_key: str
    payload: str


CAPTION_KEYS: dict[QrKind, str] = {
    "link": "qr.link",
    "contact": "qr.contact",
    "calendar": "qr.calendar",
}


def next_dates(offering: OfferingHandoff, today: dt.date) -> DateRange | None:
    """The offering's next dates from `today`: the current or next period, else the schedule.

    A period already started but not over counts (it is shown from its real start). Without
    periods, the schedule's validity is used if it has both ends and has not ended.
    """
    upcoming = sorted(p for p in offering.periods if p.end >= today and p.start <= p.end)
    if upcoming:
        return DateRange(*upcoming[0])
    if (
        offering.valid_from is not None
        and offering.valid_to is not None
        and offering.valid_from <= offering.valid_to
        and offering.valid_to >= today
    ):
        return DateRange(offering.valid_from, offering.valid_to)
    return None


def offering_payloads(offering: OfferingHandoff, today: dt.date) -> list[QrPayload]:
    """The codes worth showing for `offering`, in order link, contact, calendar.

    Link: only for an http(s) URL short enough. Contact: only with a phone, e-mail or address.
    Calendar: only when `next_dates` finds dates. A code that cannot be made is left out (logged),
    never shown broken.
    """
    codes: list[QrPayload] = []
    url = web_url(offering.url)
    if url is not None:
        try:
            codes.append(_code("link", url_payload(url)))
        except PayloadTooLong:
            logger.warning("Offering %s: web address too long for a QR code", offering.id)
    if any(dial_string(p) for p in offering.phones) or offering.email or offering.street:
        codes.append(
            _code(
                "contact",
                vcard_payload(
                    offering.name,
                    organization=offering.organization,
                    phones=offering.phones,
                    email=offering.email,
                    street=offering.street,
                    postal_code=offering.postal_code,
                    locality=offering.comune,
                    url=url,
                    note=offering.description,
                ),
            )
        )
    dates = next_dates(offering, today)
    if dates is not None:
        places = [", ".join(p for p in (offering.street, offering.comune) if p), offering.comune]
        codes.append(
            _code(
                "calendar",
                calendar_payload(
                    offering.name,
                    uid_seed=offering.id,
                    start=dates.start,
                    end=dates.end,
                    location=[p for p in places if p],
                    opens_at=offering.opens_at,
                    closes_at=offering.closes_at,
                    byday=offering.byday,
                    url=url,
                    description=offering.description,
                ),
            )
        )
    return codes


def _code(kind: QrKind, payload: str) -> QrPayload:
    return QrPayload(kind, CAPTION_KEYS[kind], payload)
