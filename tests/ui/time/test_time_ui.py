"""Time on the real kiosk window: the idle dialog ("I need more time", the chime, the announced
countdown), the confirmation that stays while it is touched and asks before closing, and the
welcome screen's pause button (WCAG 2.2.1, 2.2.2)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from kiosk import settings as settings_mod
from tests.ui.conftest import demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.intake.test_intake_ui import _fill_until_review, _kiosk, _submit
from tests.ui.qmlhelpers import click, exists, find, settle, wait_for, wait_until

pytestmark = pytest.mark.timeout(120)


def _idle_kiosk(make_kiosk: Any, home: Path) -> Any:
    settings = settings_mod.load_or_init(home).with_value("ui.idle_timeout", "1")
    settings_mod.save(home, settings)
    kiosk = make_kiosk()
    kiosk.navigator.push("home")
    return kiosk


def test_the_idle_dialog_offers_more_time(make_kiosk: Any, demo_home: Path) -> None:  # noqa: F811
    kiosk = _idle_kiosk(make_kiosk, demo_home)
    w = kiosk.window
    wait_for(w, "idle.dialog", timeout=3)
    assert kiosk.session.countdown == 20
    assert "20" in find(w, "idle.countdown").property("text")
    more = find(w, "idle.moreTime")
    stay = find(w, "idle.stay")
    assert more.height() >= 64 and stay.height() >= 64 and more.width() == stay.width()
    chime = find(w, "idle.chime")  # loaded at the first warning; silent here (no audio output)
    assert chime.property("item") is not None and chime.property("item").property("silent") in (
        True,
        False,
    )
    click(w, "idle.moreTime")
    assert not kiosk.session.idleWarning and kiosk.session.extended
    wait_until(lambda: not exists(w, "idle.dialog"), timeout=1)  # it fades out
    assert kiosk.navigator.page == "home"  # nothing forgotten
    started = time.monotonic()
    wait_for(w, "idle.dialog", timeout=5)
    assert time.monotonic() - started >= 2.0  # the 1 s timeout became 3 s
    assert kiosk.session.countdown == 60


def test_the_countdown_is_announced_as_an_alert(make_kiosk: Any, demo_home: Path) -> None:  # noqa: F811
    kiosk = _idle_kiosk(make_kiosk, demo_home)
    text = wait_for(kiosk.window, "idle.countdown", timeout=3)
    QAccessible.setActive(True)
    try:
        node = QAccessible.queryAccessibleInterface(text)
        assert node is not None
        assert node.role() == QAccessible.Role.AlertMessage
        assert "20" in node.text(QAccessible.Text.Name)
    finally:
        QAccessible.setActive(False)


def test_the_chime_sounds_once_per_warning(make_kiosk: Any, demo_home: Path) -> None:  # noqa: F811
    kiosk = _idle_kiosk(make_kiosk, demo_home)
    w = kiosk.window
    wait_for(w, "idle.dialog", timeout=3)
    sound = find(w, "idle.chime").property("item")
    silent = sound.property("silent")
    assert sound.property("played") == (0 if silent else 1)
    click(w, "idle.stay")
    wait_until(lambda: not exists(w, "idle.dialog"), timeout=1)
    wait_for(w, "idle.dialog", timeout=3)
    assert sound.property("played") == (0 if silent else 2)
    assert str(sound.property("source").toLocalFile()).endswith("idle-warning.wav")


def test_no_idle_dialog_while_time_limits_are_off(make_kiosk: Any, demo_home: Path) -> None:  # noqa: F811
    kiosk = _idle_kiosk(make_kiosk, demo_home)
    kiosk.session.setProperty("timeLimitsOff", True)
    settle(2000)
    assert not exists(kiosk.window, "idle.dialog") and kiosk.navigator.page == "home"
    kiosk.session.setProperty("timeLimitsOff", False)
    wait_for(kiosk.window, "idle.dialog", timeout=3)


def test_the_confirmation_stays_while_touched_then_asks_before_closing(
    qapp: object,
    demo_home: Path,  # noqa: F811
) -> None:
    kiosk = _kiosk(demo_home, ui__confirmation_timeout="1")
    try:
        w = kiosk.window
        kiosk.navigator.push("home")
        kiosk.navigator.requestContact("")
        _fill_until_review(kiosk)
        reference = _submit(kiosk)
        spot = QPoint(w.width() // 2, w.height() // 2)
        until = time.monotonic() + 2.5
        while time.monotonic() < until:  # a parent copying the reference, touching the screen
            QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
            settle(300)
            assert not exists(w, "idle.dialog")
        assert find(w, "intake.reference").property("text") == reference
        wait_for(w, "idle.dialog", timeout=3)  # left alone: it asks first
        assert exists(w, "intake.reference")
        click(w, "idle.stay")
        wait_until(lambda: not exists(w, "idle.dialog"), timeout=1)
        assert exists(w, "intake.reference")
        kiosk.session.set_second(50)
        wait_for(w, "idle.dialog", timeout=3)
        wait_for(w, "attract", timeout=4)  # then the countdown ends and everything goes
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def test_the_welcome_screen_can_be_paused(kiosk: Any) -> None:
    w = kiosk.window
    page = wait_for(w, "attract")
    pulse = page.findChild(QObject, "attract.pulse")
    turn = page.findChild(QObject, "attract.turn")
    button = find(w, "attract.pause")
    assert button.height() >= 64 and button.width() >= 64
    assert pulse.property("running") and turn.property("running")
    assert button.property("text") == "Pausa" and not button.property("checked")
    click(w, "attract.pause")
    assert page.property("paused") and button.property("checked")
    assert button.property("text") == "Riproduci"
    assert not turn.property("running")
    wait_for(w, "attract")  # the tap stayed on the welcome screen
    assert kiosk.navigator.page == "attract"
    settle(2000)  # the pulse ends its beat
    assert not pulse.property("running")
    click(w, "attract.pause")
    assert not page.property("paused") and pulse.property("running") and turn.property("running")
