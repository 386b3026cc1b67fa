"""Finding QML items by objectName and touching them like a visitor would."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def items(window: QQuickWindow, name: str, *, visible_only: bool = True) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name and (item.isVisible() or not visible_only):
            found.append(item)
        stack.extend(item.childItems())
    return found


def find(window: QQuickWindow, name: str) -> QQuickItem:
    """The one visible item named `name` (fails when there is none or more than one)."""
    found = items(window, name)
    assert len(found) == 1, f"{len(found)} visible items named {name!r}"
    return found[0]


def exists(window: QQuickWindow, name: str) -> bool:
    return bool(items(window, name))


def settle(ms: int = 50) -> None:
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def wait_for(window: QQuickWindow, name: str, timeout: float = 5.0) -> QQuickItem:
    """Wait until exactly one visible `name` exists and page transitions are over."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = items(window, name)
        if len(found) == 1 and not _transition_running(window):
            settle(30)
            return found[0]
        settle(20)
    raise AssertionError(f"{name!r} did not appear")


def _transition_running(window: QQuickWindow) -> bool:
    stacks = items(window, "stack", visible_only=False)
    return bool(stacks) and bool(stacks[0].property("busy"))


def center(item: QQuickItem) -> QPoint:
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return QPoint(round(point.x()), round(point.y()))


def click(window: QQuickWindow, name: str) -> None:
    """Tap the visible item `name` in its middle."""
    item = wait_for(window, name)
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(item)
    )
    settle(30)


def grab(window: QQuickWindow) -> Image.Image:
    image = window.grabWindow()
    buffer = io.BytesIO()
    data = image.convertToFormat(QImage.Format.Format_RGB888)
    from PySide6.QtCore import QBuffer, QIODevice

    qbuffer = QBuffer()
    qbuffer.open(QIODevice.OpenModeFlag.WriteOnly)
    data.save(qbuffer, "PNG")
    buffer.write(bytes(qbuffer.data()))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def item_image(window: QQuickWindow, item: QQuickItem) -> Image.Image:
    """The part of a window grab covered by `item`."""
    top_left = item.mapToScene(QPointF(0, 0))
    ratio = window.devicePixelRatio()
    box = (
        round(top_left.x() * ratio),
        round(top_left.y() * ratio),
        round((top_left.x() + item.width()) * ratio),
        round((top_left.y() + item.height()) * ratio),
    )
    return grab(window).crop(box)


def type_text(window: QQuickWindow, text: str) -> None:
    """Type `text` into the focused field, key by key (as the on-screen keyboard does)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QGuiApplication, QKeyEvent

    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(
                window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
        settle(5)


def wait_until(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        settle(20)
