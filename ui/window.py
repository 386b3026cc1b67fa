"""The one activity watch of the kiosk window: every touch, click, key press or wheel turn.

The visitor session's idle timer and staff mode's auto-lock both listen to `activity`; keys that
would leave the window are blocked by the hardening feature (ui/hardening.py), not here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtQuick import QQuickWindow

ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class ActivityWatch(QObject):
    """Event filter on the kiosk window; never consumes an event."""

    activity = Signal()

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.activity.emit()
        return False
