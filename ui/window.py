"""The kiosk window's guard: every touch, click or key press resets the idle timer, and in kiosk
mode the keyboard shortcuts that would close or leave the window are swallowed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ui.vm.session import Session

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
SWALLOWED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Close}
SWALLOWED_COMBOS = {
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_F4),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Q),
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_W),
}


def is_escape_key(event: QKeyEvent) -> bool:
    key = Qt.Key(event.key())
    if key in SWALLOWED_KEYS:
        return True
    mods = event.modifiers()
    return any(mods & mod and key == k for mod, k in SWALLOWED_COMBOS)


class WindowGuard(QObject):
    """Event filter on the QQuickWindow."""

    def __init__(
        self, session: Session, *, kiosk_mode: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.kiosk_mode = kiosk_mode
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            self._session.touched()
        if kind == QEvent.Type.Close and self.kiosk_mode:
            event.ignore()
            self.swallowed += 1
            return True
        if (
            self.kiosk_mode
            and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and is_escape_key(event)
        ):
            self.swallowed += 1
            return True
        return False
