"""The office's one-time staff setup code: stored as a hash, redeemed once for a PIN, counted
like a wrong PIN when wrong, forgotten by any new PIN (the store or `pitstop staff set-pin`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.staff.pin import HARD_LOCK_FAILURES, TRIES_PER_LOCK, PinError, PinStore

CODE = "48213579"
NEW_PIN = "739251"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pins(home: Path, clock: FakeClock) -> PinStore:
    return PinStore(home, clock, PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def test_code_is_stored_as_a_hash_only_and_redeemed_once(home: Path, pins: PinStore) -> None:
    assert not pins.has_setup_code()
    pins.set_setup_code(CODE)
    assert pins.has_setup_code() and not pins.is_set()
    raw = (home / "staff.json").read_text()
    assert CODE not in raw
    assert json.loads(raw)["setup_code_hash"].startswith("$argon2id$")

    assert pins.redeem_setup_code(CODE, NEW_PIN).ok
    assert pins.is_set() and not pins.has_setup_code()
    assert pins.verify(NEW_PIN).ok
    assert json.loads((home / "staff.json").read_text())["setup_code_hash"] == ""
    # once: the same code cannot set another PIN, and trying it is not a guess at anything
    assert not pins.redeem_setup_code(CODE, "111111").ok
    assert pins.verify(NEW_PIN).ok


@pytest.mark.parametrize("bad", ["1234567", "1" * 33, "1234abcd", "１２３４５６７８", ""])
def test_bad_codes_are_refused_and_nothing_is_written(home: Path, pins: PinStore, bad: str) -> None:
    with pytest.raises(PinError, match="setup code must be 8 to 32 digits"):
        pins.set_setup_code(bad)
    assert not (home / "staff.json").exists()


def test_bad_new_pin_is_refused_before_the_code_is_tried(pins: PinStore) -> None:
    pins.set_setup_code(CODE)
    with pytest.raises(PinError, match="at least 6 digits"):
        pins.redeem_setup_code(CODE, "123")
    assert pins.has_setup_code() and pins.status().tries_left == TRIES_PER_LOCK


def test_wrong_codes_count_toward_the_pin_lockout(pins: PinStore, clock: FakeClock) -> None:
    pins.set_setup_code(CODE)
    for left in range(TRIES_PER_LOCK - 1, 0, -1):
        assert pins.redeem_setup_code("00000000", NEW_PIN).tries_left == left
    locked = pins.redeem_setup_code("00000000", NEW_PIN)
    assert locked.locked_until == clock.now + 60
    # while locked even the right code is refused, and the code survives
    assert not pins.redeem_setup_code(CODE, NEW_PIN).ok and pins.has_setup_code()
    clock.now += 61
    assert pins.redeem_setup_code(CODE, NEW_PIN).ok
    assert pins.status().tries_left == TRIES_PER_LOCK


def test_hard_lock_applies_to_codes_too(pins: PinStore, clock: FakeClock) -> None:
    pins.set_setup_code(CODE)
    for _ in range(HARD_LOCK_FAILURES // TRIES_PER_LOCK):
        for _ in range(TRIES_PER_LOCK):
            pins.redeem_setup_code("00000000", NEW_PIN)
        clock.now += 10_000
    assert pins.redeem_setup_code(CODE, NEW_PIN).hard_locked
    assert not pins.is_set()


def test_no_code_stored_once_a_pin_is_set(home: Path, pins: PinStore) -> None:
    pins.set_pin(NEW_PIN)
    pins.set_setup_code(CODE)
    assert not pins.has_setup_code()
    assert not pins.redeem_setup_code(CODE, "111111").ok
    assert pins.verify(NEW_PIN).ok


def test_setting_a_pin_forgets_the_code(pins: PinStore) -> None:
    pins.set_setup_code(CODE)
    pins.set_pin(NEW_PIN)
    assert not pins.has_setup_code()
    assert not pins.redeem_setup_code(CODE, "111111").ok
    assert pins.verify(NEW_PIN).ok


def test_a_new_code_replaces_the_old_one(pins: PinStore) -> None:
    pins.set_setup_code(CODE)
    pins.set_setup_code("99887766")
    assert not pins.redeem_setup_code(CODE, NEW_PIN).ok
    assert pins.redeem_setup_code("99887766", NEW_PIN).ok


def test_old_staff_json_without_a_code_still_loads(home: Path, pins: PinStore) -> None:
    old = {
        "format": 1,
        "hash": PasswordHasher().hash(NEW_PIN),
        "failures": 2,
        "locks": 0,
        "locked_until": 0.0,
        "hard_locked": False,
    }
    (home / "staff.json").write_text(json.dumps(old))
    assert pins.is_set() and not pins.has_setup_code()
    assert pins.status().tries_left == TRIES_PER_LOCK - 2
    assert pins.verify(NEW_PIN).ok


def test_damaged_file_redeems_nothing(home: Path, pins: PinStore) -> None:
    pins.set_setup_code(CODE)
    (home / "staff.json").write_text('{"setup_code_hash": 1')
    assert pins.redeem_setup_code(CODE, NEW_PIN).hard_locked
    assert not pins.is_set()


def test_cli_set_pin_forgets_the_code(home: Path) -> None:
    PinStore(home).set_setup_code(CODE)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "pitstop"), "staff", "set-pin"],
        input="2468013\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    store = PinStore(home)
    assert not store.has_setup_code()
    assert not store.redeem_setup_code(CODE, "111111").ok
    assert store.verify("2468013").ok
