"""Time limits of one visit (WCAG 2.2.1): at least 20 s of warning, "I need more time" (x3),
no limits while speech mode is on, and everything of the visit forgotten at the wipe."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.settings import Settings
from ui.vm.navigation import Navigator
from ui.vm.session import MORE_TIME, WARNING_SOUND, Session

_sessions: list[Session] = []


@pytest.fixture(autouse=True)
def _stop_sessions() -> Iterator[None]:
    yield
    while _sessions:
        _sessions.pop().stop()


def session_on(page: str, *, timeout: int = 1, countdown: int = 20) -> Session:
    nav = Navigator()
    if page != "attract":
        nav.push(page)
    _sessions.append(
        Session(
            nav,
            languages=["it", "en"],
            default_language="it",
            idle_timeout=timeout,
            idle_countdown=countdown,
            apply_language=lambda _lang: None,
        )
    )
    return _sessions[-1]


def test_the_default_countdown_is_at_least_20_seconds() -> None:
    assert Settings().ui.idle_countdown >= 20


def test_the_warning_starts_with_its_seconds(qtbot: Any) -> None:
    session = session_on("home")
    with qtbot.waitSignal(session.warningStarted, timeout=2500) as started:
        pass
    assert started.args == [20] and session.idleWarning and session.countdown == 20


def test_more_time_triples_the_timeout_and_the_countdown_until_the_wipe(qtbot: Any) -> None:
    session = session_on("home")
    qtbot.waitUntil(lambda: session.idleWarning, timeout=2500)
    session.moreTime()
    assert not session.idleWarning and session.extended
    assert session.countdown_seconds() == 20 * MORE_TIME
    session.moreTime()  # once: asking again changes nothing
    assert session.countdown_seconds() == 20 * MORE_TIME
    with qtbot.assertNotEmitted(session.warningStarted, wait=2000):  # 1 s is now 3 s
        pass
    with qtbot.waitSignal(session.warningStarted, timeout=2500) as started:
        pass
    assert started.args == [60]
    session.wipe()
    assert not session.extended and session.countdown_seconds() == 20


def test_time_limits_off_hides_the_warning_and_never_wipes(qtbot: Any) -> None:
    session = session_on("home")
    qtbot.waitUntil(lambda: session.idleWarning, timeout=2500)
    wiped: list[bool] = []
    session.wiped.connect(lambda: wiped.append(True))
    session.set_second(10)
    session.setProperty("timeLimitsOff", True)  # as speech mode sets it
    assert not session.idleWarning and session.timeLimitsOff
    session.touched()
    with qtbot.assertNotEmitted(session.warningStarted, wait=1500):
        pass
    session.warn()  # a closing screen asks nothing either
    assert not session.idleWarning and not wiped
    session.setProperty("timeLimitsOff", False)  # limits back: the timeout starts afresh
    qtbot.waitUntil(lambda: bool(wiped), timeout=3000)


def test_warn_starts_the_countdown_now(qtbot: Any) -> None:
    session = session_on("intake", timeout=600)
    session.set_second(10)
    session.warn()
    assert session.idleWarning and session.countdown == 20
    qtbot.waitUntil(lambda: not session.idleWarning, timeout=2000)
    assert session.current_language() == "it"


def test_large_text_is_forgotten_at_the_wipe(qtbot: Any) -> None:
    session = session_on("home", timeout=600)
    session.setLargeText(True)
    assert session.largeText
    session.wipe()
    assert not session.largeText


def test_large_text_left_on_the_welcome_screen_goes_back_by_itself(qtbot: Any) -> None:
    session = session_on("attract")
    session.setLargeText(True)
    qtbot.waitUntil(lambda: not session.largeText, timeout=2500)


def test_a_touch_is_passed_on(qtbot: Any) -> None:
    session = session_on("home", timeout=600)
    with qtbot.waitSignal(session.visitorActive, timeout=100):
        session.touched()


def test_the_chime_is_short_soft_and_mono() -> None:
    with wave.open(str(WARNING_SOUND), "rb") as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    assert 0.2 <= seconds <= 1.0
    samples = [
        int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, len(frames), 2)
    ]
    assert max(abs(s) for s in samples) <= 0.3 * 32767  # soft: never near full scale
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # no click at either end


def test_with_time_limits_off_the_safety_limit_still_warns(qtbot: Any) -> None:
    session = session_on("home", timeout=600)
    session.setProperty("timeLimitsOff", True)  # speech mode
    session.set_safety_limit(1)  # 600 s in the kiosk
    with qtbot.waitSignal(session.warningStarted, timeout=2500) as started:
        pass
    assert started.args == [20] and session.idleWarning  # the same warning, the same seconds
    session.moreTime()  # "I need more time": the safety limit and the countdown x3 too
    assert not session.idleWarning
    with qtbot.assertNotEmitted(session.warningStarted, wait=2000):
        pass
    with qtbot.waitSignal(session.warningStarted, timeout=2500) as started:
        pass
    assert started.args == [20 * MORE_TIME]
    wiped: list[bool] = []
    session.wiped.connect(lambda: wiped.append(True))
    session.set_second(10)
    qtbot.waitUntil(lambda: bool(wiped), timeout=3000)  # nobody answered: everything goes


def test_a_key_restarts_the_safety_limit(qtbot: Any) -> None:
    session = session_on("attract", timeout=600)
    session.setProperty("timeLimitsOff", True)
    session.set_safety_limit(1)
    for _ in range(4):  # a key every 0.6 s: never warned
        with qtbot.assertNotEmitted(session.warningStarted, wait=600):
            pass
        session.touched()
    with qtbot.waitSignal(session.warningStarted, timeout=2500):
        pass  # even on the welcome screen: speech mode left on is a visitor's
