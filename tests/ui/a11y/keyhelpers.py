"""Driving the kiosk from keys only: key presses on the window, and what has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import settle


def press(window: QQuickWindow, key: Qt.Key, times: int = 1, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for _ in range(times):
        QTest.keyClick(window, key, mods)
        settle(15)


def focused(window: QQuickWindow) -> QQuickItem | None:
    return window.activeFocusItem()


def focused_name(window: QQuickWindow) -> str:
    """The objectName of the focused item, or of its nearest named ancestor ("" for none)."""
    item = focused(window)
    while item is not None:
        if item.objectName():
            return item.objectName()
        item = item.parentItem()
    return ""


def tab_to(window: QQuickWindow, name: str, *, limit: int = 60, shift: bool = False) -> int:
    """Press Tab (Shift+Tab) until `name` has the focus (a name ending in "." : any item whose
    name starts with it); the number of presses it took."""
    for presses in range(limit):
        now = focused_name(window)
        if now == name or (name.endswith(".") and now.startswith(name)):
            return presses
        press(window, Qt.Key.Key_Tab, shift=shift)
    raise AssertionError(f"Tab never reached {name!r} (last: {focused_name(window)!r})")


def type_keys(window: QQuickWindow, text: str) -> None:
    """Type `text` on a hardware keyboard (every character a key event on the window)."""
    for char in text:
        QTest.keyClick(window, ord(char))  # QTest's char overload: the key and its text
    settle(30)
