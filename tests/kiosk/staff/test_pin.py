"""The staff PIN store: hash only, lockout policy, persistence across restarts, hard lock."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.staff.pin import (
    HARD_LOCK_FAILURES,
    TRIES_PER_LOCK,
    PinError,
    PinStore,
    lock_seconds,
)

PIN = "739251"
WRONG = "000000"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fast_hasher() -> PasswordHasher:
    """Argon2id with small costs so lockout tests stay fast (the real store uses the defaults)."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def store(home: Path, clock: FakeClock, fast_hasher: PasswordHasher) -> PinStore:
    pins = PinStore(home, clock, fast_hasher)
    pins.set_pin(PIN)
    return pins


def _fail(store: PinStore, times: int) -> None:
    for _ in range(times):
        assert not store.verify(WRONG).ok


def test_fresh_store_has_no_pin_and_accepts_nothing(home: Path) -> None:
    pins = PinStore(home)
    assert not pins.is_set()
    assert not pins.verify("123456").ok


@pytest.mark.parametrize("bad", ["12345", "12a456", "", "１２３４５６", "123 456", "9" * 33])
def test_bad_pins_are_refused(home: Path, bad: str) -> None:
    with pytest.raises(PinError):
        PinStore(home).set_pin(bad)
    assert not (home / "staff.json").exists()


def test_right_pin_and_wrong_pin(store: PinStore) -> None:
    assert store.verify(PIN).ok
    result = store.verify("739252")
    assert not result.ok and result.tries_left == TRIES_PER_LOCK - 1
    assert store.verify(PIN).ok
    assert store.verify(WRONG).tries_left == TRIES_PER_LOCK - 1  # success reset the counter


def test_real_store_uses_argon2id_and_file_is_private(home: Path) -> None:
    pins = PinStore(home)
    pins.set_pin(PIN)
    data = json.loads((home / "staff.json").read_text())
    assert data["hash"].startswith("$argon2id$")
    assert stat.S_IMODE(os.stat(home / "staff.json").st_mode) == 0o600
    assert pins.verify(PIN).ok


def test_pin_digits_never_stored_anywhere_in_the_data_folder(
    home: Path, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    from kiosk import audit
    from kiosk.context import open_kiosk

    context = open_kiosk(home, load_demo=False)
    context.close()
    pins = PinStore(home, clock, fast_hasher)
    pins.set_pin(PIN)
    pins.verify("739250")
    audit.record(home, "staff", "staff.pin_failed")
    pins.verify(PIN)
    files = [p for p in home.rglob("*") if p.is_file()]
    assert len(files) >= 3
    for path in files:
        assert PIN.encode() not in path.read_bytes(), path
        assert PIN.encode("utf-16-le") not in path.read_bytes(), path
        assert b"739250" not in path.read_bytes(), path


def test_five_wrong_tries_lock_for_one_minute_then_doubling(
    store: PinStore, clock: FakeClock
) -> None:
    _fail(store, TRIES_PER_LOCK - 1)
    result = store.verify(WRONG)
    assert result.locked_until == clock.now + 60 and result.tries_left == 0
    # While locked even the right PIN is refused, and tries are not counted.
    assert not store.verify(PIN).ok
    clock.now += 59
    assert store.verify(PIN).locked_until is not None
    clock.now += 1.5
    _fail(store, TRIES_PER_LOCK - 1)
    result = store.verify(WRONG)
    assert result.locked_until == clock.now + 120
    clock.now += 121
    _fail(store, TRIES_PER_LOCK)
    assert store.status().locked_until == clock.now + 240
    assert [lock_seconds(n) for n in (1, 2, 3, 4)] == [60, 120, 240, 480]


def test_lock_survives_a_restart(
    home: Path, store: PinStore, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    _fail(store, 3)
    restarted = PinStore(home, clock, fast_hasher)
    assert restarted.verify(WRONG).tries_left == 1
    assert restarted.verify(WRONG).locked_until is not None
    again = PinStore(home, clock, fast_hasher)
    assert not again.verify(PIN).ok
    clock.now += 61
    assert PinStore(home, clock, fast_hasher).verify(PIN).ok


def test_hard_lock_after_twenty_and_only_set_pin_clears_it(
    home: Path, store: PinStore, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    for _ in range(HARD_LOCK_FAILURES // TRIES_PER_LOCK):
        _fail(store, TRIES_PER_LOCK)
        clock.now += 10_000
    result = store.verify(PIN)
    assert result.hard_locked and not result.ok and result.locked_until is None
    clock.now += 10**7  # no amount of waiting helps
    assert PinStore(home, clock, fast_hasher).verify(PIN).hard_locked
    store.set_pin("246810")
    assert store.verify("246810").ok
    assert store.verify(WRONG).tries_left == TRIES_PER_LOCK - 1


def test_damaged_file_keeps_the_pad_locked(home: Path, store: PinStore) -> None:
    (home / "staff.json").write_text("{not json")
    assert store.verify(PIN).hard_locked
    store.set_pin(PIN)
    assert store.verify(PIN).ok


def test_verify_takes_tens_of_milliseconds_with_real_costs(home: Path) -> None:
    """Documents why the UI verifies off the GUI thread: one Argon2id check is far over 16 ms."""
    import time

    pins = PinStore(home)
    pins.set_pin(PIN)
    start = time.perf_counter()
    pins.verify(WRONG)
    assert time.perf_counter() - start > 0.016


def test_clock_jumping_back_does_not_lock_the_pad_for_months(
    home: Path, store: PinStore, clock: FakeClock, fast_hasher: PasswordHasher
) -> None:
    _fail(store, TRIES_PER_LOCK)
    clock.now -= 120 * 86_400  # the RTC battery died: the clock went back four months
    locked = store.status().locked_until
    assert locked is not None and locked <= clock.now + 60
    clock.now += 30
    # the cap was written back: it does not slide forward with the clock, even after a restart
    assert PinStore(home, clock, fast_hasher).status().locked_until == locked
    clock.now += 31
    assert store.verify(PIN).ok
