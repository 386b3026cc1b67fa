"""The sign-in lock under attack: many sign-ins at once against a real server (SQLite and
PostgreSQL), a stranger trying to lock an account for good, and lifting a lock by command."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import threading
from collections.abc import Iterator

import httpx
import pytest
from argon2 import PasswordHasher

from central.audit import audit_events
from central.office import accounts
from central.store import CentralStore
from tests.central.live import LiveServer
from tests.central.office.conftest import PASSWORD, PITSTOP, ROOT

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
START = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)


@pytest.fixture
def lock_live(any_store: CentralStore) -> Iterator[LiveServer]:
    accounts.add_user(
        any_store, "admin", "admin@example.org", "administrator", PASSWORD, actor="test",
        one_time=False,
    )  # fmt: skip
    live = LiveServer(any_store)
    yield live
    live.stop()


@pytest.fixture
def owner(office_store: CentralStore, monkeypatch: pytest.MonkeyPatch) -> str:
    """An account whose password hash is Argon2id with tiny costs: these tests check the lock's
    arithmetic over dozens of tries, not the hash's cost (a check reads the costs from the hash)."""
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=64))
    accounts.add_user(
        office_store, "owner", "owner@example.org", "coordinator", PASSWORD, actor="test",
        one_time=False,
    )  # fmt: skip
    return "owner"


def test_forty_sign_ins_at_once_check_at_most_five_passwords(lock_live: LiveServer) -> None:
    count = 40
    ready = threading.Barrier(count)
    statuses: list[int] = []
    failures: list[BaseException] = []

    def attempt() -> None:
        try:
            with httpx.Client(base_url=lock_live.url, timeout=60) as client:
                found = _TOKEN.search(client.get("/office/login").text)
                assert found
                form = {"name": "admin", "password": "wrong-password", "csrf_token": found[1]}
                ready.wait(30)
                statuses.append(client.post("/office/login", data=form).status_code)
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    assert not failures, failures
    assert sorted(statuses) == [401] * 4 + [429] * 36
    checked = audit_events(lock_live.store, action="office.sign_in_failed")
    assert len(checked) == accounts.TRIES_PER_LOCK  # a password is checked once audited
    # locked for a minute, never for good: the owner signs in from elsewhere afterwards
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    owner = accounts.sign_in(lock_live.store, "admin", PASSWORD, "10.1.1.1", later)
    assert owner.session is not None and not owner.hard_locked


def test_a_stranger_with_many_addresses_delays_an_account_at_most_a_day(
    office_store: CentralStore, owner: str
) -> None:
    now, waits, address = START, [], 0
    for _ in range(12):
        for _ in range(accounts.TRIES_PER_LOCK):
            address += 1
            result = accounts.sign_in(office_store, owner, "guess", f"10.6.0.{address}", now)
        assert not result.hard_locked and result.locked_until is not None
        waits.append((result.locked_until - now).total_seconds())
        now = result.locked_until + dt.timedelta(seconds=1)
    assert waits[:4] == [60, 120, 240, 480] and max(waits) == waits[-1] == 86400
    signed = accounts.sign_in(office_store, owner, PASSWORD, "10.1.1.1", now)
    assert signed.session is not None


def test_twenty_wrong_from_one_address_lock_only_that_address_until_unlocked(
    office_store: CentralStore, owner: str
) -> None:
    now = START
    for _ in range(accounts.HARD_LOCK_FAILURES):
        result = accounts.sign_in(office_store, owner, "guess", "10.6.6.6", now)
        now = max(now, result.locked_until or now) + dt.timedelta(seconds=1)
    assert result.hard_locked
    month = now + dt.timedelta(days=30)
    assert accounts.sign_in(office_store, owner, PASSWORD, "10.6.6.6", month).hard_locked
    assert accounts.sign_in(office_store, owner, PASSWORD, "10.1.1.1", month).session
    again = accounts.sign_in(office_store, owner, PASSWORD, "10.6.6.6", month)
    assert again.hard_locked  # the owner's success elsewhere does not lift it
    unlocked = subprocess.run(
        [*PITSTOP, "central", "--db", office_store.url, "user", "unlock", "Owner"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert unlocked.returncode == 0, unlocked.stderr
    assert "password is unchanged" in unlocked.stdout
    assert accounts.sign_in(office_store, owner, PASSWORD, "10.6.6.6", month).session
    assert [e.details["user"] for e in audit_events(office_store, action="user.unlock")] == [owner]
    missing = subprocess.run(
        [*PITSTOP, "central", "--db", office_store.url, "user", "unlock", "nobody"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "user list" in missing.stderr
