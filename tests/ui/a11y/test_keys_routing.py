"""What the Back, Home and Help keys, the arrows and Tab do where no control takes them
(ui/keys.py), sheets and the idle dialog holding and giving back the focus, and the focus ring."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from tests.ui.a11y.keyhelpers import focused_name, press, tab_to, type_keys
from tests.ui.qmlhelpers import click, exists, find, settle, wait_for, wait_until
from ui.app import KioskApp
from ui.features.intake import IntakeFeature

pytestmark = pytest.mark.timeout(120)

Key = Qt.Key


def to_results(kiosk: KioskApp) -> None:
    w = kiosk.window
    wait_for(w, "attract")
    press(w, Key.Key_Return)  # the welcome screen's start
    wait_for(w, "home")
    tab_to(w, "category.campus-vacanze")
    press(w, Key.Key_Return)
    wait_for(w, "results")


def test_escape_goes_back_and_home_goes_home(kiosk: KioskApp) -> None:
    w = kiosk.window
    to_results(kiosk)
    press(w, Key.Key_Escape)
    wait_for(w, "home")
    assert kiosk.navigator.stack() == ["home"]
    tab_to(w, "category.campus-vacanze")
    press(w, Key.Key_Return)
    wait_for(w, "results")
    press(w, Key.Key_Home)
    wait_for(w, "home")
    assert kiosk.navigator.stack() == ["home"]


def test_backspace_in_an_empty_field_deletes_nothing_and_stays(kiosk: KioskApp) -> None:
    w = kiosk.window
    to_results(kiosk)
    tab_to(w, "results.search")
    type_keys(w, "ab")
    press(w, Key.Key_Backspace, times=4)  # two characters, then two presses on an empty field
    assert find(w, "results.search").property("text") == ""
    assert kiosk.navigator.page == "results"
    press(w, Key.Key_Home)  # Home inside a field moves its cursor, not the page
    assert kiosk.navigator.page == "results"


def test_help_key_asks_for_help_on_the_page_shown(kiosk: KioskApp) -> None:
    asked: list[str] = []
    kiosk.navigator.helpRequested.connect(asked.append)
    press(kiosk.window, Key.Key_F1)
    to_results(kiosk)
    press(kiosk.window, Key.Key_Help)
    assert asked == ["attract", "results"]


def test_a_sheet_opened_from_keys_holds_the_focus_and_gives_it_back(kiosk: KioskApp) -> None:
    w = kiosk.window
    to_results(kiosk)
    tab_to(w, "filter.age")
    press(w, Key.Key_Return)
    wait_for(w, "choice.sheet")
    assert focused_name(w) == "choice.any"  # the current choice
    seen = set()
    for _ in range(40):  # Tab wraps inside the sheet: nothing behind it is reached
        press(w, Key.Key_Tab)
        seen.add(focused_name(w))
    assert seen and all(name.startswith("choice.") for name in seen)
    press(w, Key.Key_Escape)
    wait_until(lambda: not exists(w, "choice.sheet"))
    assert kiosk.navigator.page == "results"  # Escape closed the sheet, it did not go back
    assert focused_name(w) == "filter.age"
    press(w, Key.Key_Return)
    wait_for(w, "choice.sheet")
    press(w, Key.Key_Right)
    chosen = focused_name(w)
    assert chosen.startswith("choice.") and chosen != "choice.any"
    press(w, Key.Key_Space)
    wait_until(lambda: not exists(w, "choice.sheet"))
    assert kiosk.results.property("age") >= 0
    assert focused_name(w) == "filter.age"


def test_arrows_move_to_the_nearest_control_that_way(kiosk: KioskApp) -> None:
    w = kiosk.window
    wait_for(w, "attract")
    press(w, Key.Key_Return)
    wait_for(w, "home")
    press(w, Key.Key_Down)  # nothing focused yet: the page's first control
    assert focused_name(w) == "home.search"
    tab_to(w, "category.")
    first = find(w, focused_name(w))
    press(w, Key.Key_Right)
    right = find(w, focused_name(w))
    assert right.objectName().startswith("category.") and right is not first
    assert (
        right.mapToScene(right.boundingRect().center()).x()
        > first.mapToScene(first.boundingRect().center()).x()
    )
    press(w, Key.Key_Left)
    assert focused_name(w) == first.objectName()
    press(w, Key.Key_Up, times=10)
    press(w, Key.Key_Up)  # from the top of the page into the top bar
    assert focused_name(w) in {
        "nav.back",
        "nav.home",
        "lang.current",
        "a11y.largeText",
        "speech.toggle",
    }


def test_escape_steps_back_through_the_contact_request(
    make_kiosk: Callable[..., KioskApp],
) -> None:
    kiosk = make_kiosk(features=[IntakeFeature()])
    w = kiosk.window
    wait_for(w, "attract")
    press(w, Key.Key_Return)
    wait_for(w, "home")
    tab_to(w, "home.contact")
    press(w, Key.Key_Return)
    wait_for(w, "intake.step.notice")
    tab_to(w, "intake.next")
    press(w, Key.Key_Return)
    wait_for(w, "intake.step.needs")
    press(w, Key.Key_Escape)
    wait_for(w, "intake.step.notice")  # one step back, not out of the request
    assert kiosk.navigator.page == "intake"
    press(w, Key.Key_Escape)
    wait_for(w, "home")


def test_idle_dialog_keys_never_reach_the_page(kiosk: KioskApp) -> None:
    w = kiosk.window
    to_results(kiosk)
    session = kiosk.session
    session._set_warning(True)  # the idle timeout, now
    wait_for(w, "idle.dialog")
    assert focused_name(w) == "idle.stay"  # taken from keys
    press(w, Key.Key_Tab)
    assert focused_name(w) == "idle.moreTime"
    assert session.idleWarning  # moving between its buttons keeps the question
    press(w, Key.Key_Escape)  # any other key: "I'm still here", nothing else
    wait_until(lambda: not session.idleWarning)
    assert kiosk.navigator.page == "results"
    settle(50)
    assert focused_name(w) != "idle.stay"


def test_focus_ring_shows_for_keys_only(kiosk: KioskApp) -> None:
    w = kiosk.window
    start = find(w, "attract.start")
    ring = next(i for i in start.findChildren(type(start)) if i.property("shown") is not None)
    assert not ring.isVisible()  # focused, but nobody pressed a key
    press(w, Key.Key_Tab, shift=True)
    press(w, Key.Key_Tab)
    wait_until(lambda: focused_name(w) == "attract.start" and ring.isVisible())
    click(w, "attract.start")  # a touch: rings hide
    wait_for(w, "home")
    assert not kiosk.navigator.usingKeys


def test_kiosk_mode_escape_is_back_and_exit_keys_stay_blocked(
    make_kiosk: Callable[..., KioskApp],
) -> None:
    from ui.features.hardening import HardeningFeature

    kiosk = make_kiosk(kiosk_mode=True, features=[HardeningFeature()])
    w = kiosk.window
    to_results(kiosk)
    press(w, Key.Key_Escape)
    wait_for(w, "home")
    QtKey = Qt.KeyboardModifier
    from PySide6.QtTest import QTest

    QTest.keyClick(w, Key.Key_Escape, QtKey.AltModifier)
    QTest.keyClick(w, Key.Key_F4, QtKey.AltModifier)
    settle(50)
    assert w.isVisible()
    assert kiosk.navigator.page == "home"
