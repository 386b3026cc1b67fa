"""Usage counts in heartbeats, bounded (issue 15 review): days only from 40 days ago to tomorrow
by the server's clock, `detail`/`category` keys only when they are ids of the published
catalogue (others summed as "other"), at most MAX_HEARTBEAT_COUNTS counts stored per heartbeat.
Hostile heartbeats go to a real server (uvicorn on 127.0.0.1) on a real SQLite database."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import string
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central import usage
from central.store import CentralStore
from sync import protocol as p
from tests.central.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "demo" / "catalogue.json"
KIOSK = "kiosk-bounds"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[CentralStore, httpx.Client]]:
    store = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    store.publish_catalogue(DEMO)
    token = store.new_token(KIOSK)
    live = LiveServer(store)
    try:
        with httpx.Client(
            base_url=live.url,
            timeout=60,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        ) as client:
            yield store, client
    finally:
        live.stop()
        store.close()


def _beat(days: list[p.DayCounts]) -> bytes:
    return p.encode_heartbeat(
        p.Heartbeat(kiosk_id=KIOSK, sent_at=dt.datetime.now(dt.UTC), usage=days)
    )


def _day(day: dt.date, *counts: tuple[str, str, int]) -> p.DayCounts:
    return p.DayCounts(
        day=day, counts=[p.UsageCount(metric=m, key=k, count=n) for m, k, n in counts]
    )


def _today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def test_days_of_year_1_and_9999_are_confirmed_but_never_stored(
    office: tuple[CentralStore, httpx.Client],
) -> None:
    store, client = office
    today = _today()
    days = [
        _day(dt.date(1, 1, 1), ("session", "", 5)),
        _day(today - dt.timedelta(days=41), ("session", "", 6)),
        _day(today - dt.timedelta(days=40), ("session", "", 7)),
        _day(today + dt.timedelta(days=1), ("session", "", 8)),
        _day(today + dt.timedelta(days=2), ("session", "", 9)),
        _day(dt.date(9999, 12, 31), ("session", "", 10)),
    ]
    answer = client.post(p.HEARTBEAT_PATH, content=_beat(days))
    assert answer.status_code == 200, answer.text
    # every day is done (the kiosk wipes it), only the two inside the window are kept
    assert answer.json()["usage_days"] == [day.day.isoformat() for day in days]
    held = usage.held(store)
    assert held == {
        (KIOSK, today - dt.timedelta(days=40)): {("session", ""): 7},
        (KIOSK, today + dt.timedelta(days=1)): {("session", ""): 8},
    }


def test_a_key_that_is_not_a_catalogue_id_counts_as_other(
    office: tuple[CentralStore, httpx.Client],
) -> None:
    store, client = office
    catalogue = json.loads(DEMO.read_text("utf-8"))
    offering, category = catalogue["offerings"][0]["id"], catalogue["categories"][0]["id"]
    yesterday = _today() - dt.timedelta(days=1)
    day = _day(
        yesterday,
        ("detail", offering, 3),
        ("detail", "Mario.Rossi.3331234567", 2),
        ("detail", "mario-rossi", 1),
        ("category", category, 4),
        ("category", "Mario.Rossi.3331234567", 1),
        ("session", "", 2),
    )
    answer = client.post(p.HEARTBEAT_PATH, content=_beat([day]))
    assert answer.status_code == 200, answer.text
    assert usage.held(store) == {
        (KIOSK, yesterday): {
            ("detail", offering): 3,
            ("detail", "other"): 3,
            ("category", category): 4,
            ("category", "other"): 1,
            ("session", ""): 2,
        }
    }
    dumped = repr(usage.held(store))
    assert "Mario" not in dumped and "3331234567" not in dumped


def _words() -> Iterator[str]:
    for size in itertools.count(3):
        for letters in itertools.product(string.ascii_lowercase, repeat=size):
            yield "".join(letters)


def test_a_6_mb_usage_list_stores_at_most_the_cap_and_leaves_the_rest_for_later(
    office: tuple[CentralStore, httpx.Client],
) -> None:
    store, client = office
    today = _today()
    words = _words()
    days = [
        p.DayCounts(
            day=today - dt.timedelta(days=offset),
            counts=[
                p.UsageCount(metric="search.empty.word", key=next(words), count=1)
                for _ in range(p.MAX_USAGE_COUNTS)
            ],
        )
        for offset in range(p.MAX_USAGE_DAYS - 1, -1, -1)  # oldest first, as kiosks send
    ]
    body = _beat(days)
    assert len(body) > 6 * 1024 * 1024
    answer = client.post(p.HEARTBEAT_PATH, content=body)
    assert answer.status_code == 200, answer.text
    done = [dt.date.fromisoformat(day) for day in answer.json()["usage_days"]]
    held = usage.held(store)
    stored = sum(len(counts) for counts in held.values())
    assert 0 < stored <= usage.MAX_HEARTBEAT_COUNTS
    window = [day.day for day in days if day.day >= today - dt.timedelta(days=usage.DAYS_BACK)]
    too_old = [day.day for day in days if day.day not in window]
    assert {day for _, day in held} == set(window[: len(held)])  # whole days, oldest first
    assert done == sorted(too_old + window[: len(held)])  # the rest is sent again later
    assert len(held) < len(window)


def test_store_days_window_follows_today(tmp_path: Path) -> None:
    store = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    try:
        today = dt.date(2026, 3, 1)
        days = [_day(today - dt.timedelta(days=n), ("session", "", n + 1)) for n in (0, 40, 41)]
        assert usage.store_days(store, KIOSK, days, today) == sorted(d.day for d in days)
        assert set(usage.held(store)) == {(KIOSK, today), (KIOSK, today - dt.timedelta(days=40))}
    finally:
        store.close()
