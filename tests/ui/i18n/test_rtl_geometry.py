"""Every page in Arabic, at 1920×1080, 1080×1920 and 1280×800, reached in process the way
`pitstop snapshot` gets there (ui/snapshot.py): nothing visible outside its parent, no two
interactive siblings overlapping, the Home button on the right, Arabic text aligned right, icons
on the right of their words.

What it cannot see: text drawn outside its own item (a Text's box is checked, not its glyphs),
items clipped by a parent that clips on purpose, and the order words take inside one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from tests.ui.qmlhelpers import decorative, has
from ui.app import KioskApp
from ui.commands import SNAPSHOT_PAGES
from ui.features import default_features
from ui.snapshot import settle, show_page

SIZES = [(1920, 1080), (1080, 1920), (1280, 800)]
VISITOR_PAGES = [p for p in SNAPSHOT_PAGES if not p.startswith("staff")]
STAFF_PAGES = [p for p in SNAPSHOT_PAGES if p.startswith("staff")]
ARABIC = re.compile(r"[\u0600-\u06ff]")
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft.value
SLACK = 1.0
"""Pixels of rounding allowed at an edge."""
INTERACTIVE = ("QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickControl")


def shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


def walk(item: QQuickItem, path: str = "") -> Iterator[tuple[QQuickItem, str]]:
    """Visible items below `item`, with a readable path; what a Flickable scrolls is skipped
    (it is meant to go outside), as are ListView/GridView delegates."""
    for child in item.childItems():
        if not isinstance(child, QQuickItem) or not shown(child):  # one going away mid-walk
            continue
        name = child.objectName() or "·"
        here = f"{path}/{name}"
        yield child, here
        if child.inherits("QQuickFlickable"):
            content = child.property("contentItem")
            for inner in content.childItems() if isinstance(content, QQuickItem) else []:
                if isinstance(inner, QQuickItem) and shown(inner):
                    # the content itself scrolls; its children are checked against it
                    yield from walk(inner, f"{here}/content")
            continue
        yield from walk(child, here)


def outside(child: QQuickItem, parent: QQuickItem) -> bool:
    x, y = child.x(), child.y()
    return (
        x < -SLACK
        or y < -SLACK
        or x + child.width() > parent.width() + SLACK
        or y + child.height() > parent.height() + SLACK
    )


def interactive(item: QQuickItem) -> bool:
    return any(item.inherits(kind) for kind in INTERACTIVE) and item.isEnabled()


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def problems(kiosk: KioskApp, *, visitor: bool) -> list[str]:
    window = kiosk.window
    root = window.contentItem()
    found: list[str] = []
    for item, path in walk(root):
        parent = item.parentItem()
        if parent is None or decorative(item):
            continue
        sized = parent.width() > 0 and parent.height() > 0
        if parent is not root and sized and outside(item, parent) and not parent.clip():
            r = (round(item.x()), round(item.y()), round(item.width()), round(item.height()))
            size = (round(parent.width()), round(parent.height()))
            found.append(f"{path}: {r} outside its parent {size}")
        buttons = [
            c
            for c in item.childItems()
            if isinstance(c, QQuickItem) and shown(c) and interactive(c)
        ]
        for i, a in enumerate(buttons):
            for b in buttons[i + 1 :]:
                overlap = scene_rect(a).intersected(scene_rect(b))
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append(f"{path}: {a.objectName()!r} overlaps {b.objectName()!r}")
        if not visitor:
            continue
        if item.inherits("QQuickText") and ARABIC.search(str(item.property("text") or "")):
            width_used = float(item.property("contentWidth") or 0)
            if width_used < item.width() - SLACK and alignment(item) == ALIGN_LEFT:
                found.append(f"{path}: Arabic text aligned left: {item.property('text')!r}")
        if has(item, "iconName", "fontSize", "outlined"):  # a BigButton
            icon, label = _icon_and_label(item)
            if icon is not None and label is not None and icon.x() < label.x():
                found.append(f"{path}: icon left of its words")
    if visitor:
        homes = [i for i, _ in walk(root) if i.objectName() == "nav.home"]
        for home in homes:
            if scene_rect(home).center().x() < window.width() / 2:
                found.append("nav.home is not on the right side")
    return found


def alignment(text: QQuickItem) -> int:
    """Text.effectiveHorizontalAlignment (its enum has no Python converter: read it in QML)."""
    context = QQmlEngine.contextForObject(text)
    value, failed = QQmlExpression(context, text, "effectiveHorizontalAlignment + 0").evaluate()
    assert not failed
    return int(value)


def _icon_and_label(button: QQuickItem) -> tuple[QQuickItem | None, QQuickItem | None]:
    content = button.property("contentItem")
    if not isinstance(content, QQuickItem):
        return None, None
    icon = label = None
    for child in content.childItems():
        if not isinstance(child, QQuickItem) or not shown(child):
            continue
        if child.inherits("QQuickText"):
            label = child
        elif child.inherits("QQuickImage") and has(child, "name", "color"):  # an Icon
            icon = child
    return icon, label


@pytest.fixture
def ar_kiosk(qapp: object, demo_home: Path) -> Iterator[Callable[[tuple[int, int]], KioskApp]]:
    """Builds Arabic kiosks as `pitstop snapshot` does; fails on a QML warning; closes them."""
    made: list[KioskApp] = []

    def make(size: tuple[int, int]) -> KioskApp:
        features = default_features(start_sync=False)
        made.append(KioskApp(demo_home, lang="ar", size=size, features=features))
        return made[-1]

    try:
        yield make
        for kiosk in made:
            assert kiosk.qml_warnings == []
    finally:
        for kiosk in made:
            kiosk.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_visitor_page_in_arabic(
    ar_kiosk: Callable[[tuple[int, int]], KioskApp], size: tuple[int, int]
) -> None:
    kiosk = ar_kiosk(size)
    settle(0.3)
    report: list[str] = []
    for page in VISITOR_PAGES:
        show_page(kiosk, page)
        settle(0.6)
        report += [f"{page}: {p}" for p in problems(kiosk, visitor=page != "attract")]
    assert not report, "\n".join(report)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_staff_pages_opened_from_arabic(
    ar_kiosk: Callable[[tuple[int, int]], KioskApp], size: tuple[int, int]
) -> None:
    """Staff mode is Italian/English; opened from Arabic it must still lay out cleanly."""
    report: list[str] = []
    kiosk = ar_kiosk(size)
    settle(0.3)
    for page in STAFF_PAGES:
        show_page(kiosk, page)
        settle(0.6)
        report += [f"{page}: {p}" for p in problems(kiosk, visitor=False)]
    assert not report, "\n".join(report)
