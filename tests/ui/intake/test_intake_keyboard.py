"""The contact step with the on-screen keyboard up (ui/qml/Pitstop/IntakeContact.qml,
IntakeField.qml, the scrolling in IntakePage.qml), on the smallest window (1280×800), touched
through the Qt Virtual Keyboard's own keys like a visitor would."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.ui.intake.test_intake_ui import kiosk, tap, vm  # noqa: F401  (fixture)
from tests.ui.qmlhelpers import (
    center,
    find,
    items,
    keyboard_keys,
    settle,
    type_text,
    wait_for,
    wait_until,
)
from ui.app import KioskApp

ENTER_NEXT, ENTER_DONE = 4, 5  # QtVirtualKeyboard's EnterKeyAction.Next / .Done


def _contact_step(kiosk: KioskApp) -> QQuickWindow:  # noqa: F811
    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    intake = vm(kiosk)
    intake.toggleNeed("homework")
    intake.addAge(4)
    intake.setComune(intake.comuneOptions[0]["key"])
    for _ in range(3):
        intake.next()
    w = kiosk.window
    tap(w, "intake.next")  # the last step before the contact step by a tap: the page is settled
    wait_for(w, "intake.step.contact")
    return w


def _panel(w: QQuickWindow) -> QQuickItem:
    [panel] = items(w, "keyboard.panel", visible_only=False)
    return panel


def _keyboard_up(w: QQuickWindow) -> QQuickItem:
    panel = _panel(w)
    wait_until(lambda: bool(panel.property("active")))
    settle(100)
    return panel


def _rect(item: QQuickItem) -> QRectF:
    """`item`'s rectangle in window coordinates."""
    return QRectF(item.mapToScene(QPointF(0, 0)), item.size())


def _keys(w: QQuickWindow) -> list[QQuickItem]:
    """The keys the keyboard shows now (its current layout)."""
    return keyboard_keys(_panel(w))


def _press_key(w: QQuickWindow, text: str) -> None:
    """Tap the on-screen key that types `text` (fails when the layout shows none)."""
    matching = [k for k in _keys(w) if k.property("text") == text and k.isEnabled()]
    shown = sorted(str(k.property("text")) for k in _keys(w))
    assert matching, f"no key {text!r} on the keyboard: {shown}"
    QTest.mouseClick(
        w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(matching[0])
    )
    settle(20)


def _enter_key(w: QQuickWindow) -> QQuickItem:
    [enter] = [k for k in _keys(w) if k.property("key") == Qt.Key.Key_Return]
    return enter


def _assert_in_view(w: QQuickWindow, name: str) -> None:
    """`name` lies entirely inside the step area: below its top, above the bottom bar and the
    keyboard."""
    field = _rect(find(w, name))
    bar = _rect(find(w, "intake.next").parentItem())
    keyboard = _rect(_panel(w))
    scroll = find(w, name).parentItem()
    while scroll.property("contentY") is None:  # the step area (a Flickable)
        scroll = scroll.parentItem()
    top = _rect(scroll).top()
    assert field.bottom() <= bar.top(), (name, field, bar)
    assert field.bottom() <= keyboard.top(), (name, field, keyboard)
    assert field.top() >= top, (name, field, top)


def test_the_focused_email_field_sits_above_the_keyboard_and_the_bottom_bar(
    kiosk: KioskApp,  # noqa: F811
) -> None:
    w = _contact_step(kiosk)
    tap(w, "intake.firstName")
    _keyboard_up(w)
    email = find(w, "intake.email")
    email.forceActiveFocus()  # however the focus gets there (a tap, Enter, Tab)
    settle(100)
    _assert_in_view(w, "intake.email")
    # …so a tap lands on the field itself, not on the bar over it
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(email))
    settle(50)
    assert email.hasActiveFocus()
    assert _panel(w).property("active")
    type_text(w, "anna")
    assert vm(kiosk).email == "anna"


def test_enter_on_the_keyboard_moves_to_the_next_field_then_closes_the_keyboard(
    kiosk: KioskApp,  # noqa: F811
) -> None:
    w = _contact_step(kiosk)
    tap(w, "intake.firstName")
    _keyboard_up(w)
    type_text(w, "Anna")
    assert _enter_key(w).property("actionId") == ENTER_NEXT
    assert _enter_key(w).property("displayText") == "Avanti"  # "Next", not just a tick
    _press_key(w, "\n")
    assert find(w, "intake.phone").hasActiveFocus()
    assert _enter_key(w).property("actionId") == ENTER_NEXT
    _press_key(w, "\n")
    settle(100)
    assert find(w, "intake.email").hasActiveFocus()
    _assert_in_view(w, "intake.email")
    assert _enter_key(w).property("actionId") == ENTER_DONE
    _press_key(w, "\n")
    wait_until(lambda: not _panel(w).property("active"))
    assert vm(kiosk).stepName == "contact" and vm(kiosk).firstName == "Anna"


def test_the_phone_pad_types_a_foreign_number_with_a_plus(kiosk: KioskApp) -> None:  # noqa: F811
    w = _contact_step(kiosk)
    tap(w, "intake.phone")
    _keyboard_up(w)
    number = "+44 20 7946 0958"
    for char in number:
        _press_key(w, char)
    assert find(w, "intake.phone").property("text") == number
    assert vm(kiosk).phone == number


def test_a_phone_number_typed_in_arabic_reads_left_to_right(kiosk: KioskApp) -> None:  # noqa: F811
    """A digits-only field takes its direction from the keyboard's language: with the Arabic
    layout "347 123 4567" showed as "4567 123 347". Phone and e-mail are typed on the Latin
    layout, so the groups stay in the order the parent types them."""
    kiosk.session.setLanguage("ar")
    w = _contact_step(kiosk)
    tap(w, "intake.phone")
    _keyboard_up(w)
    for char in "347 123 4567":
        _press_key(w, char)
    field = find(w, "intake.phone")
    assert field.property("text") == "347 123 4567"
    first = field.positionToRectangle(0).x()
    last = field.positionToRectangle(11).x()
    assert first < last, "the number's groups run right to left"
