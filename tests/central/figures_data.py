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


def add_kiosks(store: CentralStore, kiosks: dict[str, tuple[str, str, str]] = KIOSKS) -> None:
    for kiosk_id, (name, comune, area) in kiosks.items():
        store.new_token(kiosk_id)
        with store.sessions.begin() as session:
            session.execute(
                update(Kiosk)
                .where(Kiosk.id == kiosk_id)
                .values(name=name, comune=comune, area=area)
            )


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
