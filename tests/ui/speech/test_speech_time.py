"""Speech mode and time (WCAG 2.2.1): time limits off while speech is on, except a long safety
limit that asks "Are you still there?" aloud, with "I need more time", before the wipe."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import click, exists, find, settle, wait_for, wait_until
from tests.ui.speech.conftest import Speaking
from ui.vm.session import SAFETY_LIMIT

pytestmark = pytest.mark.timeout(60)


def test_speech_mode_turns_time_limits_off_until_it_ends(speaking: Speaking) -> None:
    session = speaking.app.session
    assert not session.property("timeLimitsOff")
    QTest.keyClick(speaking.app.window, Qt.Key.Key_F2)  # the speech key
    assert speaking.speech.is_active() and session.property("timeLimitsOff")
    click(speaking.app.window, "speech.toggle")
    assert not speaking.speech.is_active() and not session.property("timeLimitsOff")
    speaking.speech.setActive(True)
    session.wipe()  # the next visitor: speech off, limits back
    assert not speaking.speech.is_active() and not session.property("timeLimitsOff")


def test_the_safety_limit_is_long_then_warns_aloud_with_more_time(speaking: Speaking) -> None:
    assert SAFETY_LIMIT >= 600  # ten minutes without any key
    app, w = speaking.app, speaking.app.window
    app.navigator.push("home")
    wait_for(w, "home")
    QTest.keyClick(w, Qt.Key.Key_F2)
    app.session.set_safety_limit(1)
    wait_for(w, "idle.dialog", timeout=3)
    assert exists(w, "idle.moreTime") and find(w, "idle.moreTime").property("visible")
    speaking.wait_said("Sei ancora qui?")
    assert speaking.speech.is_active()  # still speaking: the warning is heard
    click(w, "idle.moreTime")
    wait_until(lambda: not exists(w, "idle.dialog"), timeout=1)
    assert app.session.property("extended") and app.navigator.current_page() == "home"
    app.session.set_safety_limit(1)  # x3 now: 3 s
    app.session.set_second(20)
    settle(1500)
    assert not exists(w, "idle.dialog")
    wait_for(w, "idle.dialog", timeout=4)
    wait_for(w, "attract", timeout=4)  # nobody answered: the visit is wiped
    assert not speaking.speech.is_active() and not app.session.property("timeLimitsOff")
