"""Crafted usage counts for the figures' tests: kiosks with a comune and an area, and their
daily counts written straight into a real central database (the heartbeat tests send them
through the API instead)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import update

from central.models import Kiosk, UsageCount
from central.store import CentralStore

KIOSKS: dict[str, tuple[str, str, str]] = {
    "legnano-lib": ("Biblioteca di Legnano", "legnano", "legnanese"),
    "legnano-hall": ("Municipio di Legnano", "legnano", "legnanese"),
    "magenta-hall": ("Municipio di Magenta", "magenta", "magentino"),
}
"""kiosk id -> (name, comune, area)."""


def add_kiosks(
    store: CentralStore, kiosks: dict[str, tuple[str, str, str]] = KIOSKS, prefix: str = ""
) -> dict[str, str]:
    """KIOSKS (their ids after `prefix`) with a name, a comune and an area; their tokens."""
    tokens = {}
    for kiosk_id, (name, comune, area) in kiosks.items():
        kiosk_id = prefix + kiosk_id
        tokens[kiosk_id] = store.new_token(kiosk_id)
        with store.sessions.begin() as session:
            session.execute(
                update(Kiosk)
                .where(Kiosk.id == kiosk_id)
                .values(name=name, comune=comune, area=area)
            )
    return tokens


def add_counts(store: CentralStore, counts: Iterable[tuple[str, dt.date, str, str, int]]) -> None:
    """(kiosk id, day, metric, key, count) rows, added to what is there."""
    with store.sessions.begin() as session:
        for kiosk_id, day, metric, key, count in counts:
            row = session.get(UsageCount, (kiosk_id, day, metric, key))
            if row is None:
                session.add(
                    UsageCount(kiosk_id=kiosk_id, day=day, metric=metric, key=key, count=count)
                )
            else:
                row.count += count


DEC = dt.date(2025, 12, 1)


def december(prefix: str = "", start: dt.date = DEC) -> list[tuple[str, dt.date, str, str, int]]:
    """A month of counts at KIOSKS: sessions every day, languages, categories, filters, QR
    codes, 9 requests sent in Legnano and 2 in Magenta, and search words (one common enough);
    31 days from `start` (DEC by default)."""
    rows: list[tuple[str, dt.date, str, str, int]] = []
    for number, kiosk_id in enumerate(KIOSKS):
        kiosk = prefix + kiosk_id
        for day in range(31):
            when = start + dt.timedelta(days=day)
            rows.append((kiosk, when, "session", "", 5 + (day * (number + 3)) % 17))
            rows.append((kiosk, when, "session.length", ("0-1", "1-3", "3-10", "10+")[day % 4], 2))
            rows.append((kiosk, when, "language", ("it", "en", "ar", "uk")[(day + number) % 4], 3))
            rows.append((kiosk, when, "category", ("campus", "pre-post", "baby")[day % 3], 2))
            rows.append((kiosk, when, "filter", ("place", "age", "period")[day % 3], 1))
            rows.append((kiosk, when, "search", "", 4))
            rows.append((kiosk, when, "search.empty", "", 1))
            rows.append((kiosk, when, "detail", ("o-1", "o-2", "o-3")[day % 3], 3))
            rows.append((kiosk, when, "qr", ("link", "contact", "calendar")[day % 3], 1))
    rows += [
        (prefix + "legnano-lib", start, "request.started", "", 7),
        (prefix + "legnano-lib", start, "request.sent", "", 5),
        (prefix + "legnano-hall", start + dt.timedelta(days=4), "request.sent", "", 4),
        (prefix + "magenta-hall", start + dt.timedelta(days=9), "request.started", "", 3),
        (prefix + "magenta-hall", start + dt.timedelta(days=9), "request.sent", "", 2),
        (prefix + "legnano-lib", start, "search.empty.word", "piscina comunale", 3),
        (prefix + "magenta-hall", start, "search.empty.word", "piscina comunale", 2),
        (prefix + "legnano-lib", start, "search.empty.word", "mario rossi", 6),
    ]
    return rows
