"""The staff PIN: an Argon2id hash plus the failure counter and lock state, in staff.json.

The file holds only the hash (argon2-cffi's encoded string: parameters, salt, digest), never the
PIN. The failure counter and the lock survive a restart, so pulling the plug does not reset the
lockout. Policy: every `TRIES_PER_LOCK` consecutive wrong PINs lock the pad, for 1 minute the
first time and twice as long each further time (2, 4, 8 … minutes); at `HARD_LOCK_FAILURES`
consecutive failures the pad stays locked until `pitstop staff set-pin` sets a new PIN.

A kiosk without a PIN cannot be claimed from the screen. The office's enrolment file may carry a
one-time setup code (8 to 32 digits); `set_setup_code` stores its Argon2 hash beside the PIN's,
and `redeem_setup_code` trades the right code for a new PIN, once. Wrong codes count toward the
same lockout as wrong PINs. Setting a PIN (either way) forgets the code. The code cannot help
once a PIN is set: it is not stored then, and a stored one is never accepted.

`verify` costs one Argon2 hash (tens of milliseconds, 64 MiB): the UI must call it off the GUI
thread. A `PinStore` is safe to share between threads.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kiosk.fileio import atomic_write_bytes

log = logging.getLogger(__name__)

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 32
TRIES_PER_LOCK = 5
FIRST_LOCK_SECONDS = 60.0
HARD_LOCK_FAILURES = 20
MIN_SETUP_CODE_LENGTH = 8
MAX_SETUP_CODE_LENGTH = 32
FILE_NAME = "staff.json"

Clock = Callable[[], float]
"""Seconds since the epoch (time.time); tests pass a fake one."""


class PinError(ValueError):
    """A PIN that cannot be set, or an unreadable staff.json; str() is one clear sentence."""


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    locked_until: float | None = None
    """Epoch seconds until which the pad is locked (None: not locked)."""
    hard_locked: bool = False
    """Locked until `pitstop staff set-pin`; `locked_until` is None then."""
    tries_left: int = TRIES_PER_LOCK
    """Wrong PINs still accepted before the next lock (0 while locked)."""


@dataclass
class _State:
    hash: str = ""
    failures: int = 0
    locks: int = 0
    locked_until: float = 0.0
    hard_locked: bool = False
    setup_code_hash: str = ""
    """Argon2 hash of the office's one-time setup code ("" none); only used while hash is ""."""

    def to_json(self) -> bytes:
        data = {
            "format": 1,
            "hash": self.hash,
            "setup_code_hash": self.setup_code_hash,
            "failures": self.failures,
            "locks": self.locks,
            "locked_until": self.locked_until,
            "hard_locked": self.hard_locked,
        }
        return (json.dumps(data, indent=1) + "\n").encode("ascii")


def validate_pin(pin: str) -> None:
    """Raise PinError unless `pin` is 6 to 32 ASCII digits."""
    if not (pin.isascii() and pin.isdigit()):
        raise PinError("The PIN must contain digits only.")
    if len(pin) < MIN_PIN_LENGTH:
        raise PinError(f"The PIN must have at least {MIN_PIN_LENGTH} digits.")
    if len(pin) > MAX_PIN_LENGTH:
        raise PinError(f"The PIN may have at most {MAX_PIN_LENGTH} digits.")


def validate_setup_code(code: str) -> None:
    """Raise PinError unless `code` is 8 to 32 ASCII digits."""
    if not (code.isascii() and code.isdigit()) or not (
        MIN_SETUP_CODE_LENGTH <= len(code) <= MAX_SETUP_CODE_LENGTH
    ):
        raise PinError(
            f"The staff setup code must be {MIN_SETUP_CODE_LENGTH} to "
            f"{MAX_SETUP_CODE_LENGTH} digits."
        )


def lock_seconds(lock_number: int) -> float:
    """Length of the `lock_number`-th lock (1-based): 60 s, 120 s, 240 s …"""
    return FIRST_LOCK_SECONDS * float(2 ** (lock_number - 1))


class PinStore:
    """The staff PIN of the kiosk whose data folder is `home`."""

    def __init__(
        self, home: Path, clock: Clock = time.time, hasher: PasswordHasher | None = None
    ) -> None:
        self.path = home / FILE_NAME
        self._clock = clock
        self._hasher = hasher or PasswordHasher()  # Argon2id, RFC 9106 low-memory profile
        self._lock = threading.Lock()

    def is_set(self) -> bool:
        with self._lock:
            return bool(self._read().hash)

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (hash only) and clear every failure and lock, the hard lock included."""
        validate_pin(pin)
        encoded = self._hasher.hash(pin)
        with self._lock:
            self._write(_State(hash=encoded))
        log.info("staff PIN set")

    def set_setup_code(self, code: str) -> bool:
        """Store the hash of the office's one-time setup code, replacing any earlier one; True
        when stored.

        Does nothing and returns False when a PIN is already set (the code could never be
        redeemed); failures and locks are kept. Raises PinError for a code that is not 8 to 32
        digits.
        """
        validate_setup_code(code)
        encoded = self._hasher.hash(code)
        with self._lock:
            state = self._read()
            if state.hash:
                log.info("staff setup code ignored: a staff PIN is already set")
                return False
            state.setup_code_hash = encoded
            self._write(state)
        log.info("staff setup code stored")
        return True

    def has_setup_code(self) -> bool:
        """True when a setup code is stored and no PIN is set (the code can be redeemed)."""
        with self._lock:
            state = self._read()
            return bool(state.setup_code_hash) and not state.hash

    def redeem_setup_code(self, code: str, new_pin: str) -> VerifyResult:
        """Trade the one-time setup code for `new_pin`: on success the PIN is set, the code,
        failures and locks are forgotten. A wrong code counts like a wrong PIN.

        Raises PinError (and counts nothing) when `new_pin` is not a valid PIN. Without a stored
        code, or once a PIN is set, never ok and nothing is counted. Costs two Argon2 hashes.
        """
        validate_pin(new_pin)
        with self._lock:
            state = self._read()
            locked = self._locked_result(state)
            if locked is not None:
                return locked
            if state.hash or not state.setup_code_hash:
                return VerifyResult(ok=False, tries_left=self._tries_left(state))
            if self._matches(state.setup_code_hash, code):
                self._write(_State(hash=self._hasher.hash(new_pin)))
                log.info("staff PIN set with the office's setup code")
                return VerifyResult(ok=True)
            return self._count_failure(state)

    def status(self) -> VerifyResult:
        """The pad's lock state now, without trying a PIN (ok is False)."""
        with self._lock:
            return self._locked_result(self._read()) or VerifyResult(
                ok=False, tries_left=self._tries_left(self._read())
            )

    def verify(self, pin: str) -> VerifyResult:
        """Check `pin`; counts a failure, and locks the pad when the policy says so.

        While the pad is locked nothing is checked and nothing is counted. No PIN set: never ok.
        """
        with self._lock:
            state = self._read()
            locked = self._locked_result(state)
            if locked is not None:
                return locked
            if not state.hash:
                return VerifyResult(ok=False, tries_left=self._tries_left(state))
            if self._matches(state.hash, pin):
                fresh = _State(hash=state.hash)
                if self._hasher.check_needs_rehash(state.hash):
                    fresh.hash = self._hasher.hash(pin)
                if fresh != state:
                    self._write(fresh)
                return VerifyResult(ok=True)
            return self._count_failure(state)

    def _matches(self, encoded: str, pin: str) -> bool:
        try:
            return self._hasher.verify(encoded, pin)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            log.warning("%s: a stored hash is unusable; set a new PIN", self.path)
            return False

    def _count_failure(self, state: _State) -> VerifyResult:
        state.failures += 1
        if state.failures >= HARD_LOCK_FAILURES:
            state.hard_locked = True
            log.warning("staff PIN: %d wrong tries, locked until a new PIN", state.failures)
        elif state.failures % TRIES_PER_LOCK == 0:
            state.locks += 1
            state.locked_until = self._clock() + lock_seconds(state.locks)
            log.warning("staff PIN: %d wrong tries, pad locked", state.failures)
        self._write(state)
        return self._locked_result(state) or VerifyResult(
            ok=False, tries_left=self._tries_left(state)
        )

    def _locked_result(self, state: _State) -> VerifyResult | None:
        if state.hard_locked:
            return VerifyResult(ok=False, hard_locked=True, tries_left=0)
        if state.locked_until > self._clock():
            return VerifyResult(ok=False, locked_until=state.locked_until, tries_left=0)
        return None

    @staticmethod
    def _tries_left(state: _State) -> int:
        return TRIES_PER_LOCK - state.failures % TRIES_PER_LOCK

    def _read(self) -> _State:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _State()
        try:
            data: dict[str, Any] = json.loads(raw)
            state = _State(
                hash=str(data["hash"]),
                failures=int(data["failures"]),
                locks=int(data["locks"]),
                locked_until=float(data["locked_until"]),
                hard_locked=bool(data["hard_locked"]),
                setup_code_hash=str(data.get("setup_code_hash", "")),
            )
        except (ValueError, KeyError, TypeError):
            # A damaged file must not open the pad: treat it as hard-locked until set-pin.
            log.error("%s is damaged; staff mode locked until `staff set-pin`", self.path)
            return _State(hash="", hard_locked=True)
        self._cap_lock(state)
        return state

    def _cap_lock(self, state: _State) -> None:
        """A lock never lasts longer than its length from now: after the clock jumps backwards
        (a dead RTC battery, a bad NTP answer) the pad is not locked for months. The capped
        time is written back, so the cap does not slide forward with the clock."""
        cap = self._clock() + lock_seconds(max(1, state.locks))
        if state.locked_until > cap:
            state.locked_until = cap
            log.warning("staff PIN: lock ended after the clock went back; capped")
            try:
                self._write(state)
            except OSError as exc:
                log.warning("%s: cannot record the capped lock (%s)", self.path, exc.strerror)

    def _write(self, state: _State) -> None:
        atomic_write_bytes(self.path, state.to_json(), mode=0o600)
