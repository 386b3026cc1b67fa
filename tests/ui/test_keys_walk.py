"""ui.keys' walk of the visual tree skips an item being deleted: PySide can hand one back from
childItems() as a stale wrapper, and calling it inside the key filter raised in every key press
(seen in a full test run: "'QMetaObject' object has no attribute 'isVisible'")."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtQuick import QQuickItem

from ui.keys import _contains, reveal
from ui.tree import hidden, walk


class _Root(QQuickItem):
    """A root whose childItems() also returns what a stale wrapper looks like."""

    def __init__(self, stale: list[object]) -> None:
        super().__init__()
        self.stale = stale

    def childItems(self) -> list[QQuickItem]:  # type: ignore[override]
        return [*super().childItems(), *self.stale]  # type: ignore[list-item]


def test_the_walk_skips_deleted_and_stale_items(qapp: object) -> None:
    gone = QQuickItem()
    shiboken6.delete(gone)
    not_an_item = QObject()
    root = _Root([gone, not_an_item])
    child = QQuickItem(root)
    assert list(walk(root, prune=hidden)) == [root, child]


class _Orphaned(QQuickItem):
    """An item whose parentItem() comes back as a stale wrapper."""

    def __init__(self, stale: object) -> None:
        super().__init__()
        self.stale = stale

    def parentItem(self) -> QQuickItem:  # type: ignore[override]
        return self.stale  # type: ignore[return-value]


def test_walking_up_from_the_focus_stops_at_a_stale_parent(qapp: object) -> None:
    """reveal() and _contains() climb parentItem(): a stale parent ends the climb instead of
    raising inside the focus handler (seen in a full run: "'QMetaObject.inherits' called with
    wrong argument types")."""
    gone = QQuickItem()
    shiboken6.delete(gone)
    for stale in (gone, QObject()):
        item = _Orphaned(stale)
        reveal(item)  # nothing to scroll, nothing raised
        assert not _contains(QQuickItem(), item)
