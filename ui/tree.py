"""Walking a Qt Quick window's visual tree from Python without touching a deleted item.

An item being deleted (a page popped, a delegate recycled) can come back from `childItems()` or
`parentItem()` as a stale wrapper — a QMetaObject, or a wrapper whose item is gone — and calling
it raises or crashes. Every walk of the screen (keys, speech, tests, benchmarks) goes through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtQuick import QQuickItem


def live(item: object) -> QQuickItem | None:
    """`item` if it is a QQuickItem still alive, else None."""
    return item if isinstance(item, QQuickItem) and shiboken6.isValid(item) else None


def walk(
    root: QQuickItem, *, prune: Callable[[QQuickItem], bool] | None = None
) -> Iterator[QQuickItem]:
    """`root` and every item under it, in tree order (a parent, then its children in order).
    An item for which `prune(item)` is true is skipped with everything under it; items being
    deleted are skipped. The wrappers met are kept until the walk ends: a wrapper freed while
    the walk goes on can take its item with it."""
    kept: list[object] = []
    stack: list[object] = [root]
    while stack:
        item = live(stack.pop())
        if item is None or (prune is not None and prune(item)):
            continue
        yield item
        children = item.childItems()
        kept.extend(children)
        stack.extend(reversed(children))


def hidden(item: QQuickItem) -> bool:
    """A `prune` for walks of what is on screen: an invisible item hides all it holds."""
    return not item.isVisible()
