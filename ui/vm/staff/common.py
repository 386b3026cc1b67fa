"""What the staff view-models share: translation helpers, dates through QLocale, busy counting
around the task runner, and the two small callables the feature hands to every screen's model
(`Authorised`: is staff mode open and unlocked; `Reporter`: the one message line)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Property, QCoreApplication, QDateTime, QLocale, QObject, Signal

from kiosk.staff import status
from ui.tasks import Lane, TaskRunner

T = TypeVar("T")

LEAVE_KIOSK_EXIT = 10
"""Exit status of "leave kiosk mode": pitstop-kiosk.service does not restart on it."""
RESTART_EXIT = 0
"""Exit status of "restart": systemd (Restart=always) starts the kiosk again."""


def tr(text: str) -> str:
    """Translate a staff text. pyside6-lupdate files `tr(...)` calls under the empty context, so
    that is the context looked up (catalogue: ui/i18n/staff_<lang>.ts). Counts do not go through
    here: they call `QCoreApplication.translate("", "… %n …", None, n)` for the plural forms."""
    return QCoreApplication.translate("", text)


Authorised = Callable[[], bool]
"""True while staff mode is open and the PIN was given in this visit (`StaffLockVm.authorised`)."""


class Reporter(Protocol):
    """Shows one line to staff (`StaffLockVm.say`): every staff screen shows the same line."""

    def __call__(self, text: str, *, error: bool = False) -> None: ...


def local_datetime(moment: dt.datetime) -> str:
    """`moment` in the UI language's short date and time ("15/01/26 14:05", "1/15/26 2:05 PM")."""
    stamp = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def local_time(epoch_seconds: float) -> str:
    """A time of today in the UI language's short format ("14:05", "2:05 PM")."""
    stamp = QDateTime.fromMSecsSinceEpoch(round(epoch_seconds * 1000))
    return QLocale().toString(stamp.time(), QLocale.FormatType.ShortFormat)


def short_time(value: str) -> str:
    """An ISO time stamp from the status files, shown with `local_datetime` (as is if unreadable)."""
    parsed = status.parse_time(value)
    return value if parsed is None else local_datetime(parsed)


class BusyVm(QObject):
    """A view-model whose slow work runs on the task runner; `busy` while any of it runs."""

    busyChanged = Signal()

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = 0

    def _get_busy(self) -> bool:
        return self._busy > 0

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy += delta
        if (self._busy > 0) != was:
            self.busyChanged.emit()

    def _run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
        *,
        lane: Lane = "background",
    ) -> None:
        """`work()` on `lane`, then `done(result)` or `failed(error)` on the GUI thread; busy
        meanwhile. `_idle()` runs once the last of this model's work has reported."""
        self._set_busy(+1)

        def on_done(result: T) -> None:
            self._set_busy(-1)
            done(result)
            if not self._busy:
                self._idle()

        def on_failed(error: Exception) -> None:
            self._set_busy(-1)
            failed(error)
            if not self._busy:
                self._idle()

        self._tasks.run(work, on_done, on_failed, lane=lane)

    def _idle(self) -> None:
        """Nothing of this model runs any more (override to pick up queued work)."""
