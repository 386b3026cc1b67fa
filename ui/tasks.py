"""The one task runner of the kiosk: background work off the GUI thread, typed results back on it.

Three lanes, one thread each, so work of one kind runs in order and never crowds out another:

- `writer`: every write to the kiosk's SQLite file (`kiosk.db.writer.DatabaseWriter`);
- `network`: sync cycles (they may wait on a slow share or server up to `sync.deadline`);
- `background`: everything else that is slow (Argon2 PIN checks, USB scans, status facts).

`run(work, done, failed)` calls `work()` on the lane's thread, then `done(result)` — or
`failed(exception)` — on the GUI thread. A runner that is shut down drops late results.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Literal, TypeVar, get_args

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from kiosk.db.writer import DatabaseWriter

log = logging.getLogger(__name__)
T = TypeVar("T")
Lane = Literal["writer", "network", "background"]
LANES: tuple[Lane, ...] = get_args(Lane)


def _log_failure(error: Exception) -> None:
    log.error("background task failed", exc_info=error)


class TaskRunner(QObject):
    _deliver = Signal(object)  # a zero-argument callable, run on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = DatabaseWriter()
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="network")
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background")
        self._closed = False
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] = _log_failure,
        *,
        lane: Lane = "background",
    ) -> Future[None]:
        """`work()` on `lane`; then `done(result)` or `failed(error)` on the GUI thread."""

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # handed to `failed` on the GUI thread
                self._deliver.emit(functools.partial(failed, error))
                return
            self._deliver.emit(functools.partial(done, result))

        if self._closed:  # a late slot while the kiosk closes: nothing runs any more
            log.info("a task asked for after shutdown was dropped")
            dropped: Future[None] = Future()
            dropped.cancel()
            return dropped
        if lane == "writer":
            return self.writer.submit(job)
        return (self._network if lane == "network" else self._background).submit(job)

    def drain(self) -> None:
        """Wait until the work asked for so far is done and its results delivered (snapshots,
        tests: GUI thread only)."""
        for lane in (self._network, self._background):
            lane.submit(lambda: None).result()
        self.writer.call(lambda: None)
        QCoreApplication.processEvents()

    @Slot(object)
    def _on_deliver(self, callback: Callable[[], None]) -> None:
        if not self._closed:
            callback()

    def shutdown(self) -> None:
        """Wait for the work already started (a sync cycle: at most `sync.deadline`), drop what
        has not started, finish every write asked for, then stop. Late results are dropped."""
        self._closed = True
        self._network.shutdown(wait=True, cancel_futures=True)
        self._background.shutdown(wait=True, cancel_futures=True)
        self.writer.shutdown()
