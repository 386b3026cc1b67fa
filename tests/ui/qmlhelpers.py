"""Finding QML items by objectName and touching them like a visitor would."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator

import shiboken6
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from ui import tree


def walk(window: QQuickWindow) -> Iterator[QQuickItem]:
    """Every item of `window`'s visual tree, in tree order (ui.tree: deleted items skipped)."""
    return tree.walk(window.contentItem())


def keyboard_keys(panel: QQuickItem) -> list[QQuickItem]:
    """The keys Qt's on-screen keyboard `panel` shows now (its current layout)."""
    return [
        item
        for item in tree.walk(panel)
        if item.property("keyType") is not None and item.isVisible() and item.width() > 0
    ]


def items(window: QQuickWindow, name: str, *, visible_only: bool = True) -> list[QQuickItem]:
    return [
        item
        for item in walk(window)
        if item.objectName() == name and (item.isVisible() or not visible_only)
    ]


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


# geometry: what a page looks like, for the large-text, text-size and right-to-left walks ----------

GEOMETRY_SLACK = 1.0
"""Pixels of rounding allowed at an edge."""
INTERACTIVE_KINDS = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickControl")


def shown(item: QQuickItem) -> bool:
    """Drawn: visible, not transparent, not empty."""
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def walk_shown(item: QQuickItem, path: str = "") -> Iterator[tuple[QQuickItem, str]]:
    """Shown items below `item` with a readable path; what a Flickable scrolls is walked as its
    own content (meant to go outside the Flickable), so are ListView/GridView delegates."""
    for child in item.childItems():
        if not isinstance(child, QQuickItem) or not shown(child):  # one going away mid-walk
            continue
        name = child.objectName() or type(child).__name__  # never metaObject(): see has()
        here = f"{path}/{name}"
        yield child, here
        if child.inherits("QQuickFlickable"):
            content = child.property("contentItem")
            for inner in content.childItems() if isinstance(content, QQuickItem) else []:
                if shown(inner):
                    yield from walk_shown(inner, f"{here}/content")
            continue
        yield from walk_shown(child, here)


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def interactive(item: QQuickItem) -> bool:
    return any(item.inherits(kind) for kind in INTERACTIVE_KINDS) and item.isEnabled()


# QML types are told apart by their properties, never by item.metaObject(): a QML object's meta
# object is freed with it while PySide may keep its wrapper, and a later kiosk's window at the
# same address was handed that wrapper ("QML gave QMetaObject, not a window", CI).


def has(item: QQuickItem, *names: str) -> bool:
    return all(item.property(name) is not None for name in names)


def decorative(item: QQuickItem) -> bool:
    """Items drawn around their parent on purpose (FocusRing)."""
    return has(item, "shown", "outset", "baseRadius")


def layout_problems(window: QQuickWindow) -> list[str]:
    """Shown items outside their (non-clipping) parent, and shown interactive siblings that
    overlap. It checks boxes, not glyphs: a text drawn past its own box is not seen."""
    root = window.contentItem()
    found: list[str] = []
    for item, path in walk_shown(root):
        parent = item.parentItem()
        if parent is None or decorative(item):
            continue
        if parent is not root and parent.width() > 0 and parent.height() > 0 and not parent.clip():
            s = GEOMETRY_SLACK
            x, y, w, h = item.x(), item.y(), item.width(), item.height()
            if x < -s or y < -s or x + w > parent.width() + s or y + h > parent.height() + s:
                box = (round(x), round(y), round(w), round(h))
                found.append(
                    f"{path}: {box} outside its parent {(round(parent.width()), round(parent.height()))}"
                )
        buttons = [
            c
            for c in item.childItems()
            if isinstance(c, QQuickItem) and shown(c) and interactive(c)
        ]  # a child going away mid-walk comes back as a stale wrapper
        for i, a in enumerate(buttons):
            for b in buttons[i + 1 :]:
                overlap = scene_rect(a).intersected(scene_rect(b))
                if overlap.width() > GEOMETRY_SLACK and overlap.height() > GEOMETRY_SLACK:
                    found.append(f"{path}: {a.objectName()!r} overlaps {b.objectName()!r}")
    return found


def visible_rect(item: QQuickItem) -> QRectF:
    """The part of `item` on screen: its scene box cut by every clipping ancestor's."""
    return _clipped(item, scene_rect(item))


def _clipped(item: QQuickItem, rect: QRectF) -> QRectF:
    """`rect` (in the scene) cut by every clipping ancestor of `item`."""
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            rect = rect.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return rect


def overlapping_controls(window: QQuickWindow) -> list[str]:
    """Shown interactive items anywhere in the window (not only siblings: a button of one row
    over a button of the next) whose visible parts overlap; an item inside another is not
    counted, nor what a scrolling area clips away."""
    controls = [
        (path, visible_rect(item))
        for item, path in walk_shown(window.contentItem())
        if interactive(item)
    ]
    found: list[str] = []
    for i, (path_a, rect_a) in enumerate(controls):
        for path_b, rect_b in controls[i + 1 :]:
            if path_b.startswith(path_a + "/") or path_a.startswith(path_b + "/"):
                continue
            overlap = rect_a.intersected(rect_b)
            if overlap.width() > GEOMETRY_SLACK and overlap.height() > GEOMETRY_SLACK:
                found.append(f"{path_a} overlaps {path_b}")
    return found


def text_rect(item: QQuickItem) -> QRectF:
    """Where a Text item's glyphs are, in the scene: QQuickText.boundingRect() is the laid-out
    text placed by its alignment (wider than the item when it overflows), cut by clipping
    ancestors. Per line box, not per glyph: a short last line counts as wide as the longest."""
    return _clipped(item, item.mapRectToScene(item.boundingRect()))


def _ancestors(item: QQuickItem) -> set[int]:
    pointers: set[int] = set()
    parent = item.parentItem()
    while parent is not None:
        pointers.add(shiboken6.getCppPointer(parent)[0])
        parent = parent.parentItem()
    return pointers


def _related(a: QQuickItem, b: QQuickItem) -> bool:
    """One holds the other (a control's own words, a field's placeholder)."""
    return shiboken6.getCppPointer(b)[0] in _ancestors(a) or shiboken6.getCppPointer(a)[0] in (
        _ancestors(b)
    )


def text_under_controls(window: QQuickWindow) -> list[str]:
    """Shown, non-empty texts whose glyphs meet a shown interactive item that is neither inside
    the text's control nor holds it (the welcome screen's name ran under the Pause and Aa
    buttons); a control's own words, a field's placeholder and the like are inside it."""
    shown_items = list(walk_shown(window.contentItem()))
    controls = [(c, path, visible_rect(c)) for c, path in shown_items if interactive(c)]
    found: list[str] = []
    for item, path in shown_items:
        if not item.inherits("QQuickText") or not str(item.property("text") or "").strip():
            continue
        glyphs = text_rect(item)
        for control, control_path, rect in controls:
            if _related(item, control):
                continue
            overlap = glyphs.intersected(rect)
            if overlap.width() > GEOMETRY_SLACK and overlap.height() > GEOMETRY_SLACK:
                words = str(item.property("text"))[:40]
                found.append(f"text {words!r} ({path}) meets {control_path}")
    return found
