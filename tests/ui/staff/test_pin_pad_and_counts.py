"""The PIN pad takes every PIN the core accepts and never drops an OK; counts use plural forms and
dates the language's own format (QLocale)."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale

from kiosk.staff.pin import MAX_PIN_LENGTH, PinStore
from tests.ui.staff.conftest import PIN
from tests.ui.staff.qmlhelpers import find, tap
from tests.ui.staff.test_staff_ui import _enter, _log_in, _models


@contextmanager
def _background_lane_held(kiosk: Any) -> Iterator[threading.Event]:
    """Hold the task runner's background lane (where PIN checks run) until the event is set."""
    gate = threading.Event()
    kiosk.services.tasks.run(lambda: gate.wait(10), lambda _: None, lane="background")
    try:
        yield gate
    finally:
        gate.set()


def test_a_pin_of_the_core_maximum_length_can_be_typed(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    """`pitstop staff set-pin` accepts up to MAX_PIN_LENGTH digits: the pad must take them all."""
    long_pin = ("739251" * 6)[:MAX_PIN_LENGTH]
    assert len(long_pin) == MAX_PIN_LENGTH > 12
    fast_pins.set_pin(long_pin)
    kiosk.session.requestStaff()
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    lock = _models(kiosk).lock
    qtbot.waitUntil(lambda: not lock.busy)
    assert lock.maxPinLength == MAX_PIN_LENGTH
    for d in long_pin:
        tap(qtbot, kiosk.window, f"staff.pin.{d}")
    assert lock.pinLength == MAX_PIN_LENGTH
    display = find(kiosk.window, "staff.pin.display")
    assert display is not None and len(display.childItems()) == MAX_PIN_LENGTH + 1  # + Repeater
    assert display.width() <= kiosk.window.width()  # the dots shrink to fit
    tap(qtbot, kiosk.window, "staff.pin.9")  # one more than any PIN: ignored
    assert lock.pinLength == MAX_PIN_LENGTH
    tap(qtbot, kiosk.window, "staff.pin.ok")
    qtbot.waitUntil(lambda: lock.screen == "home")


def test_ok_while_the_opening_check_runs_is_queued_not_dropped(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    fast_pins.set_pin(PIN)
    with _background_lane_held(kiosk) as gate:
        kiosk.session.requestStaff()  # the opening check waits behind the held lane
        qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
        lock = _models(kiosk).lock
        assert lock.busy
        _enter(qtbot, kiosk, PIN)
        assert lock.screen == "pin" and lock.pinLength == 0
        assert lock.message == "Controllo del PIN…" and not lock.messageIsError
        gate.set()
        qtbot.waitUntil(lambda: lock.screen == "home")
    assert find(kiosk.window, "staff.home") is not None


def test_ok_while_a_previous_verify_runs_is_queued_not_dropped(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    fast_pins.set_pin(PIN)
    kiosk.session.requestStaff()
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    lock = _models(kiosk).lock
    qtbot.waitUntil(lambda: not lock.busy)
    with _background_lane_held(kiosk) as gate:
        lock_changes: list[str] = []
        lock.messageChanged.connect(lambda: lock_changes.append(lock.message))
        _enter(qtbot, kiosk, "111111")  # wrong: its check waits behind the held lane
        assert lock.busy
        _enter(qtbot, kiosk, PIN)  # typed while the first check still runs
        gate.set()
        qtbot.waitUntil(lambda: lock.screen == "home")
    assert any("PIN errato" in message for message in lock_changes)


def test_counts_use_plural_forms_in_both_languages(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, usb: Path
) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake import outbox
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    engine = kiosk.services.database.engine
    key = PrivateKey.generate().public_key
    in_conflict = parse_request(request_data())
    submit_request(engine, in_conflict, key)
    outbox.mark_conflict(engine, str(in_conflict.id), "differs")
    staff = _log_in(qtbot, kiosk, fast_pins)
    assert staff.status.conflictText.startswith("1 richiesta non può essere inviata")
    tap(qtbot, kiosk.window, "staff.action.export")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.export.target.0") is not None)
    tap(qtbot, kiosk.window, "staff.export.target.0")
    qtbot.waitUntil(lambda: not staff.media.busy and staff.lock.message.startswith("1 "))
    assert staff.lock.message == (
        "1 richiesta sigillata copiata. Porta la chiavetta all'ufficio centrale."
    )

    kiosk.session.setLanguage("en")
    qtbot.waitUntil(lambda: staff.status.conflictText.startswith("1 request cannot be sent"))
    submit_request(engine, parse_request(request_data()), key)
    tap(qtbot, kiosk.window, "staff.export.target.0")
    qtbot.waitUntil(lambda: not staff.media.busy and staff.lock.message.startswith("2 "))
    assert staff.lock.message == "2 sealed requests copied. Take the stick to the central office."
    staff.lock.showScreen("home")
    qtbot.waitUntil(lambda: staff.status.conflictText.startswith("1 request cannot"))


def test_usb_file_dates_follow_the_language(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, usb: Path
) -> None:
    catalogue = usb / "pitstop" / "CHIAVETTA" / "catalogo.json"
    catalogue.write_text("{}")
    stamp = dt.datetime(2026, 1, 15, 14, 5).timestamp()
    os.utime(catalogue, (stamp, stamp))
    moment = QDateTime.fromSecsSinceEpoch(int(stamp))
    staff = _log_in(qtbot, kiosk, fast_pins)
    for lang in ("it", "en"):
        kiosk.session.setLanguage(lang)
        staff.lock.showScreen("import")
        qtbot.waitUntil(lambda: not staff.media.busy and len(staff.media.mediaFiles) == 1)
        expected = QLocale(lang).toString(moment, QLocale.FormatType.ShortFormat)
        assert staff.media.mediaFiles[0]["detail"].endswith(" · " + expected)
        staff.lock.showScreen("home")
    assert QLocale("en").toString(moment, QLocale.FormatType.ShortFormat) != "15/01/2026 14:05"
