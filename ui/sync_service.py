"""The sync engine inside the app: cycles on the network lane, status published to QML.

`SyncService` never touches the network or the database on the GUI thread: every cycle and every
catalogue swap runs on the task runner's network lane, and each database write of a cycle goes
through the one writer (`kiosk.db.writer`). A new catalogue is swapped in only while the kiosk
shows the attract screen (no parent is mid-session). Settings changes apply from the next cycle.
`pause()`/`resume()` hold the cycles while staff mode enrols the kiosk (the enrolment runs on the
same network lane, after any cycle already submitted): no cycle runs with the old settings in
between, and the first one after it uses the new ones. The sync feature (ui/features/sync.py)
plugs it into the app.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.settings import Settings
from ui.database import Database
from ui.settings import QtSettings
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.db.sqlite import SqliteFile
    from sync.engine import SyncEngine, SyncStatus

log = logging.getLogger(__name__)
MAX_TIMER_MS = 2**31 - 1


@dataclass(frozen=True)
class CycleOutcome:
    """What one job on the network lane reports back."""

    status: SyncStatus | None
    applied: bool
    """A staged catalogue was swapped in."""


class SyncService(QObject):
    statusChanged = Signal()
    busyChanged = Signal()
    catalogueApplied = Signal()

    def __init__(
        self,
        settings: QtSettings,
        database: Database,
        tasks: TaskRunner,
        *,
        is_idle: Callable[[], bool] = lambda: True,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._database = database
        self._tasks = tasks
        self._is_idle = is_idle
        self._clock = clock
        self._engine: SyncEngine | None = None
        self._status: SyncStatus | None = None
        self._used = settings.current
        self._busy = False
        self._closed = False
        self._stopping = threading.Event()  # every engine's cycles stop at their next check
        self._paused = 0
        settings.changed.connect(self.apply_settings)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.syncNow)

    # -- properties for QML --------------------------------------------------------------

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _get_ok(self) -> bool:
        return self._status is not None and self._status.ok

    ok = Property(bool, _get_ok, notify=statusChanged)

    def _get_last_error(self) -> str:
        return "" if self._status is None else self._status.last_error

    lastError = Property(str, _get_last_error, notify=statusChanged)

    def _get_pending(self) -> int:
        return 0 if self._status is None else self._status.pending

    pending = Property(int, _get_pending, notify=statusChanged)

    def _iso(self, value: dt.datetime | None) -> str:
        return "" if value is None else value.isoformat()

    def _get_last_success(self) -> str:
        return "" if self._status is None else self._iso(self._status.last_success)

    lastSuccess = Property(str, _get_last_success, notify=statusChanged)

    def _get_next_attempt(self) -> str:
        return "" if self._status is None else self._iso(self._status.next_attempt)

    nextAttempt = Property(str, _get_next_attempt, notify=statusChanged)

    def _get_catalogue_problem(self) -> str:
        return "" if self._status is None else self._status.catalogue_problem

    catalogueProblem = Property(str, _get_catalogue_problem, notify=statusChanged)

    def _get_summary(self) -> str:
        return "" if self._status is None else self._status.summary()

    summary = Property(str, _get_summary, notify=statusChanged)

    @property
    def status(self) -> SyncStatus | None:
        return self._status

    # -- actions ---------------------------------------------------------------------------

    def start(self) -> None:
        """Begin the periodic cycles (the first one at once)."""
        if self._settings.current.sync.mode != "off":
            self.syncNow()

    @Slot()
    def syncNow(self) -> None:
        """Run a cycle now on the worker (ignored while one runs)."""
        self._submit(cycle=True)

    @Slot()
    def testConnection(self) -> None:
        """A cycle is the honest connection test: it reports exactly what would fail."""
        self.syncNow()

    @Slot()
    def applyStagedIfIdle(self) -> None:
        """Swap in a staged catalogue if the kiosk is idle (call when returning to attract)."""
        if self._status is not None and self._status.staged_version and self._is_idle():
            self._submit(cycle=False)

    def pause(self) -> None:
        """Submit no cycle until `resume` (a cycle submitted already runs first on its lane)."""
        self._paused += 1
        self._timer.stop()

    def resume(self) -> None:
        """Cycles again, from now, with the settings of now (the engine is built afresh)."""
        self._paused = max(0, self._paused - 1)
        if self._paused:
            return
        self._engine = None
        self._used = self._settings.current
        if self._settings.current.sync.mode != "off" and not self._closed:
            self.syncNow()

    @property
    def paused(self) -> bool:
        return self._paused > 0

    def _submit(self, *, cycle: bool) -> None:
        database = self._database.engine
        if self._closed or self._busy or self._paused or database is None:
            return
        self._busy = True
        self.busyChanged.emit()
        idle = self._is_idle()
        engine = self._sync_engine(database)
        self._tasks.run(
            lambda: _work(engine, cycle, idle, self._stopping),
            self._on_finished,
            self._on_crash,
            lane="network",
        )

    def _sync_engine(self, database: SqliteFile) -> SyncEngine:
        if self._engine is None:
            from sync.engine import SyncEngine, utc_now

            self._engine = SyncEngine(
                self._settings.store.home,
                self._settings.current,
                database,
                clock=self._clock or utc_now,
                write=self._tasks.writer.call,
                stop=self._stopping,
            )
        return self._engine

    def _on_finished(self, outcome: CycleOutcome) -> None:
        self._busy = False
        self.busyChanged.emit()
        if outcome.status is not None:
            self._status = outcome.status
            self.statusChanged.emit()
        if outcome.applied:
            self.catalogueApplied.emit()
        self._schedule()

    def _on_crash(self, error: Exception) -> None:
        """A bug in the engine (it reports network and share trouble in its status)."""
        log.error("sync cycle failed unexpectedly", exc_info=error)
        self._on_finished(CycleOutcome(None, False))

    def _schedule(self) -> None:
        settings = self._settings.current
        if self._closed or settings.sync.mode == "off":
            return
        next_attempt = None if self._status is None else self._status.next_attempt
        if next_attempt is None:
            delay_ms = settings.sync.interval * 1000
        else:
            seconds = (next_attempt - dt.datetime.now(dt.UTC)).total_seconds()
            delay_ms = int(max(1.0, seconds) * 1000)
        self._timer.start(min(delay_ms, MAX_TIMER_MS))

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        """New settings (sync mode, folder, URL, token, kiosk id…) apply from the next cycle."""
        if _sync_inputs(settings) == _sync_inputs(self._used):
            return  # the theme, the screen, staff mode…: nothing sync reads
        self._used = settings
        self._engine = None  # rebuilt with the new settings (a running cycle keeps its own)
        self._timer.stop()
        if settings.sync.mode != "off" and not self._closed:
            self.syncNow()

    def shutdown(self) -> None:
        """Stop scheduling, and a running cycle at its next deadline check (between two files,
        two requests, two pieces of a download; a waiting HTTP call is cut within 0.1 s): the
        task runner waits for it, and systemd's stop finds the kiosk gone within its stop time."""
        self._closed = True
        self._timer.stop()
        self._stopping.set()


def _sync_inputs(settings: Settings) -> tuple[object, ...]:
    """The settings a sync cycle reads (the sections it uses, the kiosk's id)."""
    return settings.sync, settings.kiosk.id, settings.privacy


def _work(engine: SyncEngine, cycle: bool, idle: bool, stopping: threading.Event) -> CycleOutcome:
    """On the network lane: a cycle and/or a catalogue swap (none once the kiosk is closing:
    the swap imports in a child process, and the staged catalogue waits for the next start)."""
    status = engine.run_once() if cycle else None
    applied = engine.apply_staged() if idle and not stopping.is_set() else False
    return CycleOutcome(engine.status(status.delivered if status else 0), applied)
