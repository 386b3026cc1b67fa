"""The accessibility tree of every screen (issue 16 item 4), as assistive technology reads it.

Every page of `pitstop snapshot` (ui.commands.SNAPSHOT_PAGES), reached in process the way
ui/snapshot.py does, in it, en and ar (those of them the kiosk offers) at 1920×1080, 1080×1920
and 1280×800, with accessibility switched on (Qt Quick Controls then rewrite their own states:
the test catches a state set only through `Accessible.checked`). On each:

- every control reachable from keys is exposed, named, and at least 64×64 px;
- every visible text is exposed as static text or a heading with its words, or is part of the
  name or description of the control it sits in;
- every checkable control says so, with its checked state.

Wrappers returned by QAccessible are kept in a list while walking: a freed wrapper can delete
the item it wraps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.settings import UI_LANGUAGES
from tests.ui.qmlhelpers import settle
from ui.app import KioskApp
from ui.commands import SNAPSHOT_PAGES
from ui.features import default_features
from ui.snapshot import show_page
from ui.tree import walk

pytestmark = pytest.mark.timeout(300)

LANGUAGES = [lang for lang in ("it", "en", "ar") if lang in UI_LANGUAGES]
SIZES = [(1920, 1080), (1080, 1920), (1280, 800)]
MIN_TARGET = 64
TEXT_ROLES = {
    QAccessible.Role.StaticText,
    QAccessible.Role.Heading,
    QAccessible.Role.AlertMessage,
    QAccessible.Role.Notification,
}
CONTROL_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
}
Name = QAccessible.Text.Name
Description = QAccessible.Text.Description


@dataclass
class Tree:
    """The accessible tree of a window: the item behind each exposed node, and every wrapper."""

    exposed: dict[int, QAccessibleInterface] = field(default_factory=dict)
    keep: list[QAccessibleInterface] = field(default_factory=list)


def key(obj: QObject) -> int:
    """The C++ address: Python wrappers of one item need not be the same object."""
    return int(shiboken6.getCppPointer(obj)[0])


def accessible_tree(window: QQuickWindow) -> Tree:
    tree = Tree()
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    stack = [root]
    while stack:
        node = stack.pop()
        tree.keep.append(node)
        obj = node.object()
        if isinstance(obj, QQuickItem):
            tree.exposed[key(obj)] = node
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None and child.isValid():
                stack.append(child)
    return tree


def visible_items(window: QQuickWindow) -> Iterator[QQuickItem]:
    return walk(window.contentItem(), prune=lambda i: not i.isVisible() or i.opacity() == 0)


def label(item: QQuickItem) -> str:
    names = []
    while item is not None:
        if item.objectName():
            names.append(item.objectName())
        item = item.parentItem()
    return "/".join(reversed(names[:3])) or "(unnamed)"


def exposed_ancestor(tree: Tree, item: QQuickItem) -> QAccessibleInterface | None:
    parent = item.parentItem()
    while parent is not None:
        node = tree.exposed.get(key(parent))
        if node is not None:
            return node
        parent = parent.parentItem()
    return None


def problems(window: QQuickWindow) -> list[str]:
    """What is wrong with the accessibility of the screen shown, one line each."""
    found: list[str] = []
    tree = accessible_tree(window)
    keyboard = [i for i in visible_items(window) if i.objectName() == "keyboard.panel"]
    for item in visible_items(window):
        if keyboard and _inside(keyboard[0], item):
            continue  # Qt Virtual Keyboard's own keys: its style, not ours
        node = tree.exposed.get(key(item))
        if item.activeFocusOnTab() and item.isEnabled():
            if node is None:
                found.append(f"{label(item)}: a control not exposed")
                continue
            # Qt empties a password field's name when accessibility turns on: its description
            named = node.text(Description if node.state().passwordEdit else Name).strip()
            if not named:
                found.append(f"{label(item)}: a control without a name")
            if item.width() < MIN_TARGET or item.height() < MIN_TARGET:
                found.append(
                    f"{label(item)} {node.text(Name)!r}: {item.width():.0f}×{item.height():.0f} px"
                )
        if isinstance(item.property("checkable"), bool) and item.property("checkable"):
            if node is None or not node.state().checkable:
                found.append(f"{label(item)}: checkable but not exposed as checkable")
            elif bool(node.state().checked) != bool(item.property("checked")):
                found.append(f"{label(item)}: exposed checked state differs from the screen")
        if item.inherits("QQuickText"):
            text = str(item.property("text") or "").strip()
            if not text:
                continue
            if node is not None:
                if node.role() not in TEXT_ROLES:
                    found.append(f"{label(item)} {text!r}: text exposed as {node.role()}")
                elif node.text(Name).strip() != text:
                    found.append(f"{label(item)} {text!r}: exposed as {node.text(Name)!r}")
                continue
            owner = exposed_ancestor(tree, item)
            said = "" if owner is None else owner.text(Name) + " " + owner.text(Description)
            if text in said:
                continue
            if owner is not None and owner.role() in CONTROL_ROLES and owner.text(Name).strip():
                continue  # a control's own label, replaced by a fuller name ("0" -> "under 1")
            found.append(f"{label(item)} {text!r}: visible text not exposed")
    return found


def _inside(ancestor: QObject, item: QQuickItem | None) -> bool:
    while item is not None:
        if item is ancestor or item == ancestor:
            return True
        item = item.parentItem()
    return False


@pytest.fixture
def accessibility_on() -> Iterator[None]:
    QAccessible.setActive(True)
    try:
        yield
    finally:
        QAccessible.setActive(False)


def _cases() -> list[object]:
    """Each language at one size by default (the smallest for Italian); every other pairing
    with the slow tests (`make test-slow`): about 20 s each."""
    quick = {("it", SIZES[2]), ("en", SIZES[0]), ("ar", SIZES[1])}
    return [
        pytest.param(
            lang,
            size,
            id=f"{lang}-{size[0]}x{size[1]}",
            marks=() if (lang, size) in quick else (pytest.mark.slow,),
        )
        for lang in LANGUAGES
        for size in SIZES
    ]


@pytest.mark.parametrize(("lang", "size"), _cases())
def test_every_page_exposes_its_controls_texts_and_states(
    make_kiosk: Callable[..., KioskApp],
    accessibility_on: None,
    lang: str,
    size: tuple[int, int],
) -> None:
    kiosk = make_kiosk(lang=lang, size=size, features=default_features(start_sync=False))
    report: list[str] = []
    for page in SNAPSHOT_PAGES:
        kiosk.session.wipe()
        kiosk.session.setLanguage(lang)
        settle(60)
        show_page(kiosk, page)
        settle(250)
        report += [f"{page}: {line}" for line in problems(kiosk.window)]
    assert not report, "\n".join(report)
