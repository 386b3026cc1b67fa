"""iCalendar payloads (RFC 5545): one VEVENT, written by kiosk.qr.vevent (what icalendar wrote).

A version-10/M QR code holds 213 bytes, so the payload is the bare VEVENT that QR scanners expect
(the ZXing "Barcode Contents" convention, read by iOS and Android): the VCALENDAR envelope with its
VERSION and PRODID would cost 64 bytes, leaving about 27 for title and place. Also by design:
floating local times (no TZID, no VTIMEZONE; the kiosk and the parent's phone are in the same
place), a 13-character UID derived from the offering id and dates (so the same event added twice
is one event), and no DTSTAMP (phones ignore it; it would cost 26 bytes).

Without opening hours the event is all-day: DTSTART is the first day and DTEND the day after the
last (exclusive). With hours it is a timed event on the first open day repeated by an RRULE (COUNT,
and BYDAY when some days in between are closed); if that shape cannot keep the location's last
alternative (the town) and at least 24 characters of the title, the all-day shape is used.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.qr.fitting import Drop, Render, Shorten, Step, Swap, clean, fit
from kiosk.qr.links import web_url
from kiosk.qr.matrix import PayloadTooLong
from kiosk.qr.vevent import vevent

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TITLE_MIN = 24


def event_uid(seed: str, start: dt.date, end: dt.date) -> str:
    """A short UID that depends only on `seed` (the offering id) and the dates."""
    digest = hashlib.sha256(f"{seed}|{start.isoformat()}|{end.isoformat()}".encode()).digest()
    return base64.b32encode(digest).decode("ascii")[:13].lower()


def calendar_payload(
    title: str,
    *,
    uid_seed: str,
    start: dt.date,
    end: dt.date,
    location: str | Sequence[str] | None = None,
    opens_at: dt.time | None = None,
    closes_at: dt.time | None = None,
    byday: Sequence[str] = (),
    url: str | None = None,
    description: str | None = None,
) -> str:
    """A VEVENT from `start` to `end` (both inclusive) that fits a version-10/M QR code.

    `location` may be a list of alternatives, richest first ("Via Roma 1, Legnano", "Legnano").
    `byday` holds RFC 5545 weekday codes ("MO", …) of the open days; it only matters with hours.
    Reduced in this order until it fits: description shortened (≥ 20 characters) then dropped,
    URL, location reduced to its last alternative, title shortened (≥ 24), opening hours (the
    event becomes all-day), location dropped, title shortened further.
    """
    title = clean(title)
    if not title:
        raise ValueError("A calendar event needs a title.")
    if end < start:
        raise ValueError(f"The event ends ({end}) before it starts ({start}).")
    places = [location] if isinstance(location, str) or location is None else list(location)
    alternatives = [p for p in dict.fromkeys(clean(p) for p in places) if p] or [""]
    values = {
        "summary": title,
        "location": alternatives[0],
        "url": web_url(url) or "",
        "description": clean(description),
    }
    plan: list[Step] = [
        Shorten("description", 20),
        Drop("description"),
        Drop("url"),
        *[Swap("location", place) for place in alternatives[1:]],
        Shorten("summary", _TITLE_MIN),
    ]
    uid = event_uid(uid_seed, start, end)
    timed = _when_timed(start, end, opens_at, closes_at, byday)
    if timed:
        try:
            return fit(values, _renderer(uid, timed), plan)
        except PayloadTooLong:
            pass
    all_day = {"dtstart": start, "dtend": end + dt.timedelta(days=1)}
    plan += [Drop("location"), Shorten("summary", 1)]
    return fit(values, _renderer(uid, all_day), plan)


def calendar_event(
    title: str,
    *,
    uid_seed: str,
    start: dt.date,
    end: dt.date,
    location: str | None = None,
    opens_at: dt.time | None = None,
    closes_at: dt.time | None = None,
    byday: Sequence[str] = (),
    url: str | None = None,
) -> str:
    """The VEVENT `calendar_payload` makes (same UID, same timed or all-day shape), with nothing
    dropped or shortened: for a file to download (the central server's /o/<id>.ics), not a QR."""
    title = clean(title)
    if not title:
        raise ValueError("A calendar event needs a title.")
    if end < start:
        raise ValueError(f"The event ends ({end}) before it starts ({start}).")
    values = {"summary": title, "location": clean(location), "url": web_url(url) or ""}
    when = _when_timed(start, end, opens_at, closes_at, byday) or {
        "dtstart": start,
        "dtend": end + dt.timedelta(days=1),
    }
    return _renderer(event_uid(uid_seed, start, end), when)(
        {key: value for key, value in values.items() if value}
    )


def _when_timed(
    start: dt.date,
    end: dt.date,
    opens_at: dt.time | None,
    closes_at: dt.time | None,
    byday: Sequence[str],
) -> dict[str, Any]:
    """DTSTART, DTEND and RRULE of the timed shape; empty if there are no hours or open days."""
    weekdays = sorted(
        {WEEKDAYS.index(d) for d in (c.strip().upper() for c in byday) if d in WEEKDAYS}
    ) or list(range(7))
    span = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in span if d.weekday() in weekdays]
    if opens_at is None or closes_at is None or closes_at <= opens_at or not days:
        return {}
    timed: dict[str, Any] = {
        "dtstart": dt.datetime.combine(days[0], opens_at),
        "dtend": dt.datetime.combine(days[0], closes_at),
    }
    if len(days) > 1:
        rule: dict[str, Any] = {"freq": "daily", "count": len(days)}
        if len(days) < (end - days[0]).days + 1:
            rule["byday"] = [WEEKDAYS[d] for d in weekdays]
        timed["rrule"] = rule
    return timed


def _renderer(uid: str, when: Mapping[str, Any]) -> Render:
    def render(values: Mapping[str, str]) -> str:
        texts = {k: values[k] for k in ("summary", "location", "url", "description") if k in values}
        return vevent({"uid": uid, **when, **texts})

    return render
