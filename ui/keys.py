"""The kiosk from keys: what a key does when no control takes it, and where focus may go.

`KeyRouter` watches the kiosk window twice:

- first (a window event filter, before any item sees the key): it notes whether the visitor uses
  keys or touch (`Navigator.usingKeys`: focus rings show only for keys); while a *key scope* (an
  open sheet or dialog: a QML item with `keyScope: true`) is open, Tab and Shift+Tab stay inside
  it and a key pressed with the focus outside it first brings the focus in; while the idle warning
  shows, Tab and the arrows move between its buttons, Enter or Space presses the focused one and
  any other key means "I'm still here" (the key does nothing else).
- last (an event filter on the window's root item, which a key reaches only when no control took
  it): Escape, Back and Backspace go back (the page's `backKey()` first: the contact request goes
  back one step), Home goes to the home page, F1 and Help ask for help (`Navigator.help`), and the
  arrows move the focus to the nearest control that way (spatial navigation: grids, rows of chips,
  the top bar and the page, mirrored layouts included).

When the focus lands on a control scrolled out of view, the nearest scrolling area brings it in.
What it cannot do: reach a result card the results grid has not built yet other than through the
grid's own arrow keys, or tell which of two overlapping open sheets is on top other than by z
and then the order of the item tree.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Q_RETURN_ARG, QEvent, QMetaObject, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from ui.tree import hidden, live, walk
from ui.vm.navigation import Navigator
from ui.vm.session import Session

log = logging.getLogger(__name__)

BACK_KEYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_Back, Qt.Key.Key_Backspace})
HOME_KEYS = frozenset({Qt.Key.Key_Home, Qt.Key.Key_HomePage})
HELP_KEYS = frozenset({Qt.Key.Key_F1, Qt.Key.Key_Help})
ARROWS = {
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
}
PRESS_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select})
TAB_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
POINTER_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})


def focus_item(window: QQuickWindow) -> QQuickItem | None:
    """The item with the active focus in `window`, read through the property: the wrapper that
    `window.activeFocusItem()` returns becomes a Python child of the window (PySide's return-value
    heuristic) and outlives the item it wraps, ~1 KiB per focus change kept until the window
    closes (5 per visitor). Use this, not `activeFocusItem()`, from code that runs every session."""
    item = window.property("activeFocusItem")
    return item if isinstance(item, QQuickItem) else None


def _is_text_input(item: QQuickItem | None) -> bool:
    return item is not None and (
        item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit")
    )


def _contains(ancestor: QQuickItem, item: QQuickItem | None) -> bool:
    item = live(item)
    while item is not None:
        if item is ancestor or item == ancestor:
            return True
        item = live(item.parentItem())
    return False


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def focusable(root: QQuickItem) -> list[QQuickItem]:
    """The controls under `root` a visitor can reach with Tab, in tree order."""
    return [
        item
        for item in walk(root, prune=hidden)
        if item is not root
        and item.activeFocusOnTab()
        and item.isEnabled()
        and item.width() > 0
        and item.height() > 0
    ]


def nearest(
    current: QRectF, candidates: list[tuple[QQuickItem, QRectF]], dx: int, dy: int
) -> QQuickItem | None:
    """The candidate nearest to `current` in direction (dx, dy): the smallest gap along that
    axis, with items overlapping `current` across it preferred (twice the weight off-axis)."""
    best: tuple[float, QQuickItem] | None = None
    centre = current.center()
    for item, rect in candidates:
        other = rect.center()
        if dx:
            ahead = (other.x() - centre.x()) * dx
            gap = (rect.left() - current.right()) if dx > 0 else (current.left() - rect.right())
            side = max(0.0, max(rect.top(), current.top()) - min(rect.bottom(), current.bottom()))
        else:
            ahead = (other.y() - centre.y()) * dy
            gap = (rect.top() - current.bottom()) if dy > 0 else (current.top() - rect.bottom())
            side = max(0.0, max(rect.left(), current.left()) - min(rect.right(), current.right()))
        if ahead <= 1:
            continue
        score = max(0.0, gap) + 2 * side
        if best is None or score < best[0]:
            best = (score, item)
    return best[1] if best else None


class KeyRouter(QObject):
    """Keys of the kiosk window that no control takes (see the module docstring)."""

    def __init__(self, window: QQuickWindow, navigator: Navigator, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._nav = navigator
        self._session = session
        self._root = window.contentItem()
        self._stack: QQuickItem | None = None
        self._returns: dict[QQuickItem, QQuickItem] = {}
        """Per open key scope, the item that had the focus when the scope took it."""
        # A scope's visibleChanged also comes from inside its destructor: scopes are looked at
        # once the event loop is back (the timer is this router's: Qt drops the connections
        # with it).
        self._scopes_later = QTimer(self, singleShot=True, interval=0)
        self._scopes_later.timeout.connect(self._scopes_closed)
        window.installEventFilter(self)
        self._root.installEventFilter(self)
        # Qt moves the focus from inside an item's destructor (a page popped, a delegate
        # recycled): a slot run right then can be handed the half-destroyed item. The focus is
        # looked at once the event loop is back, when every deletion is over.
        self._reveal_later = QTimer(self, singleShot=True, interval=0)
        self._reveal_later.timeout.connect(self._reveal_focus)
        window.activeFocusItemChanged.connect(self._reveal_later.start)

    def close(self) -> None:
        self._reveal_later.stop()
        self._scopes_later.stop()
        if shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
            self._window.activeFocusItemChanged.disconnect(self._reveal_later.start)
        if shiboken6.isValid(self._root):
            self._root.removeEventFilter(self)

    # -- filters -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_window" not in self.__dict__:  # an event delivered while the wrapper is torn down
            return False
        kind = event.type()
        if watched is self._window or watched == self._window:
            if kind in POINTER_EVENTS:
                self._nav.set_using_keys(False)
            elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._first_look(event)
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._last_look(event)
        return False

    def _first_look(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in MODIFIER_KEYS:
            return False
        self._nav.set_using_keys(True)
        scope = self.open_scope()
        focus = focus_item(self._window)
        if self._session.idleWarning:
            return self._idle_key(key, scope, focus)
        if scope is None:
            return False
        if not _contains(scope, focus):
            return self._enter_scope(scope, key)
        if key in TAB_KEYS:
            forward = key == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self._tab_within(scope, focus, forward)
            return True
        return False

    def _idle_key(self, key: Qt.Key, scope: QQuickItem | None, focus: QQuickItem | None) -> bool:
        """While the idle warning shows, a key never reaches the page behind it."""
        inside = scope is not None and _contains(scope, focus)
        if scope is not None and (key in TAB_KEYS or key in ARROWS):
            if inside:
                forward = key in (Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Right)
                self._tab_within(scope, focus, forward)
            else:
                self._enter_scope(scope, key)
            return True
        if (
            inside
            and key in PRESS_KEYS
            and focus is not None
            and focus.inherits("QQuickAbstractButton")
        ):
            QMetaObject.invokeMethod(focus, "click")
            return True
        self._session.stay()
        return True

    def _last_look(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        focus = focus_item(self._window)
        if key in BACK_KEYS:
            if key == Qt.Key.Key_Backspace and _is_text_input(focus):
                return False  # an empty field: nothing to delete, and no surprise page change
            self.back()
            return True
        if key in HOME_KEYS:
            if not _is_text_input(focus):
                self._nav.home()
            return True
        if key in HELP_KEYS:
            self._nav.help()
            return True
        if key in ARROWS:
            dx, dy = ARROWS[key]
            self.move_focus(dx, dy)
            return True
        return False

    # -- actions -------------------------------------------------------------------------------

    def back(self) -> None:
        """The Back key: the page's own step back when it has one (`backKey()` returning true),
        else the previous page."""
        scope = self.open_scope()
        # hasattr, never metaObject(): see ui/tree.py
        if scope is not None and hasattr(scope, "close"):
            QMetaObject.invokeMethod(scope, "close")
            return
        page = self.current_page()
        if (
            page is not None
            and hasattr(page, "backKey")
            and QMetaObject.invokeMethod(page, "backKey", Q_RETURN_ARG(bool))
        ):
            return
        self._nav.back()

    def current_page(self) -> QQuickItem | None:
        """The page the StackView (objectName "stack") shows."""
        stack = self._stack
        if stack is None or not shiboken6.isValid(stack):
            stack = self._stack = next(
                (i for i in walk(self._root, prune=hidden) if i.objectName() == "stack"), None
            )
        if stack is None:
            return None
        page = stack.property("currentItem")
        return page if isinstance(page, QQuickItem) else None

    def open_scope(self) -> QQuickItem | None:
        """The open sheet or dialog keys stay in (a visible item whose `keyScope` is true): the
        highest z, then the last in tree order."""
        found: list[tuple[float, int, QQuickItem]] = []
        for order, item in enumerate(walk(self._root, prune=hidden)):
            if item.property("keyScope") is True:
                found.append((item.z(), order, item))
        if not found:
            return None
        return max(found, key=lambda entry: (entry[0], entry[1]))[2]

    def _enter_scope(self, scope: QQuickItem, key: Qt.Key) -> bool:
        """Bring the focus into `scope` (its chosen control, else its first); the key that did it
        does nothing else. The focus goes back where it was when the scope closes."""
        inside = focusable(scope)
        if not inside:
            return False
        chosen = next((i for i in inside if i.property("checked") is True), inside[0])
        previous = focus_item(self._window)
        if previous is not None and scope not in self._returns:
            self._returns[scope] = previous
            scope.visibleChanged.connect(self._scopes_later.start)
        chosen.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _scopes_closed(self) -> None:
        """Scopes hidden or deleted since they took the focus give it back where it was, unless
        the screen has already put it on a control (a page shown in the meantime)."""
        for scope, previous in list(self._returns.items()):
            if live(scope) is not None and scope.isVisible():
                continue
            del self._returns[scope]
            if live(scope) is not None:
                scope.visibleChanged.disconnect(self._scopes_later.start)
            focus = live(focus_item(self._window))
            on_a_control = focus is not None and focus.isVisible() and focus.activeFocusOnTab()
            if live(previous) is not None and previous.isVisible() and not on_a_control:
                previous.forceActiveFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_within(self, scope: QQuickItem, focus: QQuickItem | None, forward: bool) -> None:
        inside = focusable(scope)
        if not inside:
            return
        try:
            index = next(i for i, item in enumerate(inside) if _contains(item, focus))
        except StopIteration:
            index = -1 if forward else 0
        target = inside[(index + (1 if forward else -1)) % len(inside)]
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        target.forceActiveFocus(reason)

    def move_focus(self, dx: int, dy: int) -> bool:
        """Move the focus to the nearest control in direction (dx, dy) on screen; False when
        there is none that way. With nothing focused, the first control of the page."""
        scope = self.open_scope() or self._root
        candidates = focusable(scope)
        focus = focus_item(self._window)
        here = None
        if focus is not None and focus is not self._root and _contains(scope, focus):
            here = next((c for c in candidates if _contains(c, focus)), None)
        if here is None:  # nothing focused, or the page itself (just arrived): its first control
            page = self.current_page()
            inside = [c for c in candidates if page is not None and _contains(page, c)]
            pool = inside or candidates
            if not pool:
                return False
            pool[0].forceActiveFocus(Qt.FocusReason.TabFocusReason)
            return True
        rects = [
            (c, _scene_rect(c)) for c in candidates if c is not here and not _contains(here, c)
        ]
        target = nearest(_scene_rect(here), rects, dx, dy)
        if target is None:
            return False
        target.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        return True

    # -- scrolling -----------------------------------------------------------------------------

    def _reveal_focus(self) -> None:
        item = focus_item(self._window)
        if item is None or not shiboken6.isValid(item):
            return
        reveal(item)


def reveal(item: QQuickItem) -> None:
    """Scroll every scrolling area around `item` so that it is in view (vertically)."""
    parent = live(item.parentItem())
    while parent is not None:
        if parent.inherits("QQuickFlickable") and not parent.inherits("QQuickItemView"):
            _reveal_in(parent, item)
        parent = live(parent.parentItem())


def _reveal_in(flick: QQuickItem, item: QQuickItem) -> None:
    content = flick.property("contentItem")
    if not isinstance(content, QQuickItem):
        return
    top = item.mapToItem(content, QPointF(0, 0)).y()
    bottom = top + item.height()
    view = flick.height()
    y = float(flick.property("contentY"))
    margin = 12.0
    if bottom + margin > y + view:
        y = bottom + margin - view
    if top - margin < y:
        y = top - margin
    origin = float(flick.property("originY"))
    most = max(origin, origin + float(flick.property("contentHeight")) - view)
    y = max(origin, min(most, y))
    if abs(y - float(flick.property("contentY"))) > 0.5:
        flick.setProperty("contentY", y)
