"""The sync engine inside the app: cycles on one worker thread, status published to QML.

`SyncService` never touches the network or the database on the GUI thread: every cycle and every
catalogue swap runs on its single worker ("sync"), and results come back through a queued
signal. A new catalogue is swapped in only while the kiosk shows the attract screen (no parent
is mid-session); the app's catalogue view-models are then reloaded.

`install_sync(app)` plugs it into a built `ui.app.KioskApp` as `app.vm("sync")` (call it before
staff mode is installed: the staff screen looks the service up there).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot
from sqlalchemy import Engine

from kiosk.settings import Settings

if TYPE_CHECKING:
    from sync.engine import SyncEngine, SyncStatus

log = logging.getLogger(__name__)
MAX_TIMER_MS = 2**31 - 1


class SyncService(QObject):
    statusChanged = Signal()
    busyChanged = Signal()
    catalogueApplied = Signal()
    _finished = Signal(object, bool)  # (SyncStatus | None, catalogue applied) from the worker

    def __init__(
        self,
        home: Path,
        settings: Settings,
        database: Callable[[], Engine | None],
        *,
        is_idle: Callable[[], bool] = lambda: True,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._home = home
        self._settings = settings
        self._database = database
        self._is_idle = is_idle
        self._clock = clock
        self._engine: SyncEngine | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._pending_job: Future[Any] | None = None
        self._status: SyncStatus | None = None
        self._busy = False
        self._closed = False
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
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
        if self._settings.sync.mode != "off":
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

    def _submit(self, *, cycle: bool) -> None:
        if self._closed or self._busy or self._database() is None:
            return
        self._busy = True
        self.busyChanged.emit()
        idle = self._is_idle()
        self._pending_job = self._pool.submit(self._work, cycle, idle)

    def _work(self, cycle: bool, idle: bool) -> None:
        """On the worker thread: a cycle and/or a catalogue swap; reports back by signal."""
        status: SyncStatus | None = None
        applied = False
        try:
            engine = self._sync_engine()
            if cycle:
                status = engine.run_once()
            if idle:
                applied = engine.apply_staged()
            status = engine.status(status.delivered if status else 0)
        except Exception:  # never let a bug kill the worker silently
            log.exception("sync cycle failed unexpectedly")
        self._finished.emit(status, applied)

    def _sync_engine(self) -> SyncEngine:
        if self._engine is None:
            from sync.engine import SyncEngine, utc_now

            database = self._database()
            assert database is not None
            self._engine = SyncEngine(
                self._home, self._settings, database, clock=self._clock or utc_now
            )
        return self._engine

    @Slot(object, bool)
    def _on_finished(self, status: SyncStatus | None, applied: bool) -> None:
        self._busy = False
        self.busyChanged.emit()
        if status is not None:
            self._status = status
            self.statusChanged.emit()
        if applied:
            self.catalogueApplied.emit()
        self._schedule()

    def _schedule(self) -> None:
        if self._closed or self._settings.sync.mode == "off":
            return
        next_attempt = None if self._status is None else self._status.next_attempt
        if next_attempt is None:
            delay_ms = self._settings.sync.interval * 1000
        else:
            seconds = (next_attempt - dt.datetime.now(dt.UTC)).total_seconds()
            delay_ms = int(max(1.0, seconds) * 1000)
        self._timer.start(min(delay_ms, MAX_TIMER_MS))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings (staff changed sync mode, folder, URL or token) from the next cycle."""
        self._settings = settings
        self._engine = None  # rebuilt on the worker with the new settings
        self._timer.stop()
        if settings.sync.mode != "off":
            self.syncNow()

    def shutdown(self) -> None:
        """Stop scheduling and wait for a running cycle (bounded by sync.deadline)."""
        self._closed = True
        self._timer.stop()
        self._pool.shutdown(wait=True)


def install_sync(app: Any, *, start: bool = True) -> SyncService:
    """Plug a SyncService into a built `ui.app.KioskApp` (kept on `app.sync`, `app.vm("sync")`).

    Cycles start once the database is open (not at all with `start=False`, for snapshots); a
    staged catalogue is applied when the kiosk is back on the attract screen, then the catalogue
    view-models reload. `app.close()` stops the service first.
    """

    def database() -> Engine | None:
        context = getattr(app, "context", None)
        return None if context is None else context.engine

    def idle() -> bool:
        return bool(app.navigator.page == "attract")

    service = SyncService(app.home, app.settings, database, is_idle=idle)
    app.model.register("sync", service)
    app.sync = service

    def on_page() -> None:
        if app.navigator.page == "attract":
            service.applyStagedIfIdle()

    app.navigator.pageChanged.connect(on_page)

    def reload_catalogue() -> None:
        for vm in (app.catalogue, app.results):
            vm.reload()

    service.catalogueApplied.connect(reload_catalogue)
    if not start:
        pass
    elif app.ready:
        service.start()
    else:
        app.ready_callbacks.append(service.start)
    close = app.close

    def close_after_sync() -> None:
        service.shutdown()
        close()

    app.close = close_after_sync
    return service
