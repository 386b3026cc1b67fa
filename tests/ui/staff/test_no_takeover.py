"""Nobody at the screen can claim staff mode: a kiosk without a PIN never offers "choose a PIN";
only the office's one-time setup code (from the enrolment file) leads to a new PIN."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.staff.pin import TRIES_PER_LOCK, PinStore
from tests.ui.staff.qmlhelpers import find, tap, visible_texts
from tests.ui.staff.test_staff_ui import _enter, _models

CODE = "48213579"


def _open(qtbot: Any, kiosk: Any) -> Any:
    kiosk.session.requestStaff()
    qtbot.waitUntil(lambda: kiosk.navigator.page == "staff")
    lock = _models(kiosk).lock
    qtbot.waitUntil(lambda: not lock.busy and lock.screen != "pin")
    return lock


def _events(home: Path) -> list[str]:
    path = home / "logs" / "audit.log"
    if not path.exists():
        return []
    return [json.loads(line)["event"] for line in path.read_text().splitlines()]


def test_fresh_kiosk_offers_no_way_into_staff_mode(qtbot: Any, kiosk: Any, home: Path) -> None:
    assert not (home / "staff.json").exists()
    kiosk.session.setLanguage("en")
    lock = _open(qtbot, kiosk)
    assert lock.screen == "notSetUp"
    shown = "\n".join(visible_texts(kiosk.window))
    assert "Staff mode is not set up" in shown and "pitstop staff set-pin" in shown
    assert "one-time code" in shown
    assert "choose" not in shown.lower()
    # no pad at all: nothing to type, nothing to confirm
    for name in ("staff.pin.1", "staff.pin.0", "staff.pin.ok", "staff.pin.display"):
        assert find(kiosk.window, name) is None, name
    # and the view-model refuses digits and OK typed by other means
    for d in "24681357":
        lock.digit(d)
    lock.submitPin()
    for d in "24681357":
        lock.digit(d)
    lock.submitPin()
    qtbot.wait(100)
    assert lock.screen == "notSetUp" and not lock.authorised()
    lock.showScreen("settings")
    assert lock.screen == "notSetUp"
    assert not PinStore(home).is_set() and not (home / "staff.json").exists()
    tap(qtbot, kiosk.window, "staff.lock")
    assert kiosk.navigator.page == "attract"


def test_not_set_up_is_translated(qtbot: Any, kiosk: Any) -> None:
    lock = _open(qtbot, kiosk)  # the kiosk starts in Italian
    assert "non è configurata" in lock.message and "pitstop staff set-pin" in lock.message


def test_setup_code_then_new_pin_opens_the_staff_home(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    fast_pins.set_setup_code(CODE)
    lock = _open(qtbot, kiosk)
    assert lock.screen == "setupCode"
    _enter(qtbot, kiosk, "1234567")  # too short to be a code: not counted
    assert lock.messageIsError and lock.screen == "setupCode"
    _enter(qtbot, kiosk, CODE)
    assert lock.screen == "newPin" and not lock.authorised()
    _enter(qtbot, kiosk, "24681")  # too short for a PIN
    assert lock.messageIsError and lock.screen == "newPin"
    _enter(qtbot, kiosk, "246813")
    assert lock.screen == "confirmPin"
    _enter(qtbot, kiosk, "246813")
    qtbot.waitUntil(lambda: lock.screen == "home")
    assert find(kiosk.window, "staff.home") is not None and lock.authorised()
    store = PinStore(home)
    assert store.verify("246813").ok and not store.has_setup_code()
    assert _events(home) == ["staff.pin_set"]
    raw = (home / "logs" / "audit.log").read_bytes() + (home / "staff.json").read_bytes()
    assert CODE.encode() not in raw and b"246813" not in raw


def test_wrong_setup_code_counts_and_locks_like_a_pin(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    fast_pins.set_setup_code(CODE)
    lock = _open(qtbot, kiosk)
    for n in range(TRIES_PER_LOCK):
        _enter(qtbot, kiosk, "00000000")
        _enter(qtbot, kiosk, "246813")
        _enter(qtbot, kiosk, "246813")
        qtbot.waitUntil(lambda: not lock.busy)
        assert lock.screen == "setupCode" and lock.messageIsError
        if n < TRIES_PER_LOCK - 1:
            assert "codice" in lock.message.lower()
    qtbot.waitUntil(lambda: lock.padLocked)
    five = find(kiosk.window, "staff.pin.5")
    assert five is not None and not five.isEnabled()
    assert not PinStore(home).is_set() and PinStore(home).has_setup_code()
    assert _events(home) == ["staff.setup_code_failed"] * TRIES_PER_LOCK


def test_a_pin_set_meanwhile_sends_the_pad_back_to_the_pin(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    fast_pins.set_setup_code(CODE)
    lock = _open(qtbot, kiosk)
    _enter(qtbot, kiosk, CODE)
    fast_pins.set_pin("975310")  # `pitstop staff set-pin` on the kiosk meanwhile
    _enter(qtbot, kiosk, "246813")
    _enter(qtbot, kiosk, "246813")
    qtbot.waitUntil(lambda: lock.screen == "pin" and not lock.busy)
    assert not lock.authorised() and PinStore(home).verify("975310").ok
