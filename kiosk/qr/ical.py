"""iCalendar payloads (RFC 5545): one VEVENT in a VCALENDAR, built with the icalendar library.

Kept short for a version-10/M QR code (213 bytes), so by design: floating local times (no TZID, no
VTIMEZONE; the kiosk and the parent's phone are in the same place), a 13-character UID derived from
the offering id and dates (so the same event added twice is one event), no DTSTAMP (phones ignore
it; it would cost 26 bytes), and a 10-character PRODID.

Without opening hours the event is all-day: DTSTART is the first day and DTEND the day after the
last (exclusive). With hours it is a timed event on the first open day repeated by an RRULE (COUNT,
and BYDAY when some days in between are closed); if that shape cannot keep the town and at least
24 characters of the title, the all-day shape is used instead.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import icalendar

from kiosk.qr.fitting import Field, clean, fit
from kiosk.qr.links import web_url
from kiosk.qr.matrix import PayloadTooLong

PRODID = "-//FPS//IT"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TITLE_MIN = 24


def event_uid(seed: str, start: dt.date, end: dt.date) -> str:
    """A short UID that depends only on `seed` (the offering id) and the dates."""
    digest = hashlib.sha256(f"{seed}|{start.isoformat()}|{end.isoformat()}".encode()).digest()
    return base64.b32encode(digest).decode("ascii")[:13].lower()


def _open_days(start: dt.date, end: dt.date, byday: Sequence[str]) -> list[dt.date]:
    days = {WEEKDAYS.index(d) for d in (c.strip().upper() for c in byday) if d in WEEKDAYS}
    span = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    return [d for d in span if not days or d.weekday() in days]


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
    """A VCALENDAR with one VEVENT from `start` to `end` (both inclusive) that fits the QR limit.

    `location` may be a list of alternatives, richest first ("Via Roma 1, Legnano", "Legnano").
    `byday` holds RFC 5545 weekday codes ("MO", …) of the open days; it only matters with hours.
    Dropped in this order until it fits: description (first trimmed), URL, the street of the
    location (its last alternative, the town, stays), the opening hours (timed shape → all-day),
    then the title is trimmed to 24 characters; only then the town goes and the title is
    trimmed further.
    """
    title = clean(title)
    if not title:
        raise ValueError("A calendar event needs a title.")
    if end < start:
        raise ValueError(f"The event ends ({end}) before it starts ({start}).")
    places = [location] if isinstance(location, str) or location is None else list(location)
    alternatives = tuple(dict.fromkeys(p for p in (clean(p) for p in places) if p))

    def fields(title_min: int, keep_place: bool) -> list[Field]:
        return [
            Field("summary", (title,), trim_to=title_min, required=True),
            Field("location", alternatives, required=keep_place and bool(alternatives)),
            Field("url", (web_url(url) or "",)),
            Field("description", (clean(description),), trim_to=20),
        ]

    uid = event_uid(uid_seed, start, end)
    title_min = min(len(title), _TITLE_MIN)
    shapes = [(_when_timed(start, end, opens_at, closes_at, byday), title_min, True)]
    all_day: dict[str, Any] = {"dtstart": start, "dtend": end + dt.timedelta(days=1)}
    shapes += [(all_day, title_min, True), (all_day, 1, False)]
    for when, minimum, keep_place in shapes[:-1]:
        if when:
            try:
                return fit(fields(minimum, keep_place), _renderer(uid, when))
            except PayloadTooLong:
                pass
    return fit(fields(1, False), _renderer(uid, all_day))


def _when_timed(
    start: dt.date,
    end: dt.date,
    opens_at: dt.time | None,
    closes_at: dt.time | None,
    byday: Sequence[str],
) -> dict[str, Any]:
    """DTSTART, DTEND and RRULE of the timed shape; empty if there are no hours or open days."""
    days = _open_days(start, end, byday)
    if opens_at is None or closes_at is None or closes_at <= opens_at or not days:
        return {}
    timed: dict[str, Any] = {
        "dtstart": dt.datetime.combine(days[0], opens_at),
        "dtend": dt.datetime.combine(days[0], closes_at),
    }
    if len(days) > 1:
        rule: dict[str, Any] = {"freq": "daily", "count": len(days)}
        if len(days) < (end - days[0]).days + 1:
            rule["byday"] = sorted({WEEKDAYS[d.weekday()] for d in days}, key=WEEKDAYS.index)
        timed["rrule"] = rule
    return timed


def _renderer(uid: str, when: Mapping[str, Any]) -> Any:
    def render(values: Mapping[str, str]) -> str:
        calendar = icalendar.Calendar()
        calendar.add("version", "2.0")
        calendar.add("prodid", PRODID)
        event = icalendar.Event()
        event.add("uid", uid)
        for key, value in when.items():
            event.add(key, value)
        for key in ("summary", "location", "url", "description"):
            if key in values:
                event.add(key, values[key])
        calendar.add_component(event)
        text: str = calendar.to_ical().decode("utf-8")
        return text

    return render
