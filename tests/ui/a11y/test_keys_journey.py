"""The kiosk from keys only (issue 16 item 3): every press is a key on the window, no touch.

The whole journey from the welcome screen to a sent contact request; then Back, Home and Help,
the arrows, sheets and the idle dialog taking and giving back the focus, and the focus ring.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.db.sqlite import scalar
from kiosk.intake.inbox import open_share, request_row
from kiosk.intake.outbox import export_pending
from kiosk.privacy.keys import load_private_key
from tests.ui.a11y.keyhelpers import focused, focused_name, press, tab_to, type_keys
from tests.ui.qmlhelpers import find, settle, wait_for, wait_until
from ui.app import KioskApp
from ui.features.intake import IntakeFeature
from ui.vm.intake import Intake

pytestmark = pytest.mark.timeout(120)

Key = Qt.Key


@pytest.fixture
def kiosk(make_kiosk: Callable[..., KioskApp]) -> KioskApp:
    return make_kiosk(features=[IntakeFeature()])


def intake(kiosk: KioskApp) -> Intake:
    feature = kiosk.feature(IntakeFeature)
    assert feature is not None and feature.intake is not None
    return feature.intake


def stored(kiosk: KioskApp) -> int:
    engine = kiosk.services.database.engine
    assert engine is not None
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM contact_request"))


def on_step(kiosk: KioskApp, step: str) -> None:
    wait_until(lambda: intake(kiosk).step_name() == step)
    wait_for(kiosk.window, f"intake.step.{step}")
    settle(60)


def next_step(kiosk: KioskApp) -> None:
    tab_to(kiosk.window, "intake.next")
    press(kiosk.window, Key.Key_Return)


def test_welcome_to_a_sent_request_without_touching_the_screen(
    kiosk: KioskApp, demo_home: Path
) -> None:
    w = kiosk.window
    wait_for(w, "attract")
    assert focused_name(w) == "attract.start"  # Enter starts at once
    press(w, Key.Key_Return)
    wait_for(w, "home")

    # home: Tab to a category, Enter
    tab_to(w, "category.campus-vacanze")
    assert find(w, "category.campus-vacanze").property("activeFocus")
    press(w, Key.Key_Enter)
    wait_for(w, "results")
    assert kiosk.results.property("category") == "campus-vacanze"

    # results: Tab into the grid (its first card has the focus), Down to the next row, Enter
    tab_to(w, "results.item.")
    first = kiosk.results.property("model").get(0)["key"]
    card = focused(w)
    assert card is not None and card.objectName() == f"results.item.{first}"
    press(w, Key.Key_Down)
    card = focused(w)
    assert card is not None and card.objectName().startswith("results.item.")
    chosen = card.objectName().removeprefix("results.item.")
    assert chosen != first
    press(w, Key.Key_Return)
    wait_for(w, "detail")
    assert kiosk.detail.property("offeringId") == chosen

    # detail: "Contact me about this"
    tab_to(w, "detail.contactMe")
    press(w, Key.Key_Space)
    wait_for(w, "intake")
    on_step(kiosk, "notice")
    next_step(kiosk)

    # needs: the step starts on its first choice; Space ticks it, Right and Space a second one
    on_step(kiosk, "needs")
    first_need = focused_name(w)
    assert first_need.startswith("intake.need.")
    press(w, Key.Key_Space)
    press(w, Key.Key_Right)
    press(w, Key.Key_Return)
    assert len(intake(kiosk).property("needs")) == 2
    assert find(w, first_need).property("checked") is True
    next_step(kiosk)

    # children: the arrows walk the ages, Enter adds one
    on_step(kiosk, "children")
    assert focused_name(w) == "intake.childAge.0"
    press(w, Key.Key_Right, times=4)
    assert focused_name(w) == "intake.childAge.4"
    press(w, Key.Key_Enter)
    assert intake(kiosk).property("ages") == [4]
    next_step(kiosk)

    # when: the first town
    on_step(kiosk, "when")
    assert focused_name(w).startswith("intake.comune.")
    press(w, Key.Key_Space)
    assert intake(kiosk).property("comune") != ""
    next_step(kiosk)

    # contact: typed on a keyboard, Tab from field to field
    on_step(kiosk, "contact")
    assert focused_name(w) == "intake.firstName"
    type_keys(w, "Giulia")
    press(w, Key.Key_Tab)
    assert focused_name(w) == "intake.phone"
    type_keys(w, "3471234567")
    assert intake(kiosk).property("firstName") == "Giulia"
    next_step(kiosk)

    # review: the notice box ticked with Space, then Send
    on_step(kiosk, "review")
    assert focused_name(w) == "intake.consent"
    press(w, Key.Key_Space)
    assert intake(kiosk).property("consentNotice") is True
    tab_to(w, "intake.submit")
    press(w, Key.Key_Return)
    on_step(kiosk, "done")
    assert stored(kiosk) == 1
    reference = intake(kiosk).property("reference")
    assert find(w, "intake.reference").property("text") == reference

    engine = kiosk.services.database.engine
    assert engine is not None
    assert export_pending(engine, demo_home / "demo-central" / "share" / "kiosk") == 1
    opened = open_share(
        demo_home / "demo-central" / "share",
        load_private_key(demo_home / "demo-central" / "central.key"),
    )
    rows = [request_row(p) for p in opened.payloads]
    assert [(r["Nome"], r["Riferimento"]) for r in rows] == [("Giulia", reference)]

    # Done from keys: the session is wiped, back on the welcome screen
    tab_to(w, "intake.finish")
    press(w, Key.Key_Return)
    wait_for(w, "attract")
    assert kiosk.navigator.stack() == ["attract"]
