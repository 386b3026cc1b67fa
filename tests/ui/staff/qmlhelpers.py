"""Finding and tapping QML items by objectName in the kiosk window (visual tree walk)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

from tests.ui.qmlhelpers import walk as items


def find(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The visible item `name`; the last in tree order: while a page transition shows two
    pages, the incoming one (made later) wins."""
    found = [i for i in items(window) if i.objectName() == name and i.isVisible()]
    return found[-1] if found else None


def scroll_into_view(item: QQuickItem) -> None:
    """Scroll the Flickables around `item` so that it is inside them, as staff would."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable"):
            top = item.mapToItem(parent, QPointF(0, 0)).y()
            height = parent.height()
            if top < 0 or top + item.height() > height:
                content_y = float(parent.property("contentY"))
                limit = max(0.0, float(parent.property("contentHeight")) - height)
                wanted = content_y + top - max(0.0, (height - item.height()) / 2)
                parent.setProperty("contentY", min(max(0.0, wanted), limit))
        parent = parent.parentItem()


def tap(qtbot: Any, window: QQuickWindow, name: str) -> None:
    item = find(window, name)
    assert item is not None, f"no visible item {name!r}"
    assert item.isEnabled(), f"{name!r} is disabled"
    scroll_into_view(item)
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    assert 0 <= centre.x() < window.width() and 0 <= centre.y() < window.height(), (
        f"{name!r} is outside the window"
    )
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)


def visible_texts(window: QQuickWindow) -> list[str]:
    """Every string a visible Text/TextField shows (displayText for fields)."""
    found: list[str] = []
    for item in items(window):
        if not item.isVisible():
            continue
        for prop in ("text", "displayText", "placeholderText"):
            value = item.property(prop)
            if isinstance(value, str) and value:
                found.append(value)
    return found
