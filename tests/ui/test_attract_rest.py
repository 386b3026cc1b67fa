"""The welcome screen rests while nobody is there: no animation, no frame; a press wakes it."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import center, settle, wait_for, wait_until

REST_MS = 400


def _frames(window: Any, seconds: float) -> int:
    """Frames swapped while the event loop runs for `seconds`."""
    count = [0]

    def swapped() -> None:
        count[0] += 1

    window.frameSwapped.connect(swapped)
    settle(round(seconds * 1000))
    window.frameSwapped.disconnect(swapped)
    return count[0]


def _resting(kiosk: Any) -> Any:
    """The attract page, woken with a short rest delay, then left until it rests."""
    page = wait_for(kiosk.window, "attract")
    page.setProperty("restDelay", REST_MS)
    page.wake()  # type: ignore[attr-defined]
    pulse = page.findChild(QObject, "attract.pulse")
    assert pulse is not None and pulse.property("running")
    assert _frames(kiosk.window, 0.5) > 5  # pulsing: frames keep coming
    wait_until(lambda: not page.property("awake"), timeout=3)
    assert not pulse.property("running")
    button = wait_for(kiosk.window, "attract.start")
    # the pulse ends its beat (at most 1.8 s) on the button's natural size, then stops
    wait_until(lambda: button.property("scale") == 1.0, timeout=3)
    settle(100)
    return page


def test_at_rest_nothing_moves_and_nothing_is_drawn(kiosk: Any) -> None:
    page = _resting(kiosk)
    turn = page.findChild(QObject, "attract.turn")
    assert turn is not None and turn.property("interval") >= 60000
    started = time.monotonic()
    assert _frames(kiosk.window, 1.5) == 0
    assert time.monotonic() - started >= 1.5


def test_a_press_wakes_the_page_and_still_does_what_it_presses(kiosk: Any) -> None:
    page = _resting(kiosk)
    window = kiosk.window
    english = wait_for(window, "lang.en")
    QTest.mousePress(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(english)
    )
    assert page.property("awake")
    pulse = page.findChild(QObject, "attract.pulse")
    assert pulse.property("running")
    assert _frames(window, 0.5) > 5  # full motion again
    QTest.mouseRelease(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(english)
    )
    settle(30)
    assert kiosk.session.language == "en"  # the press was not stolen: the button took the tap
    wait_for(window, "home")
