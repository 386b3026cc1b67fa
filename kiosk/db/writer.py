"""The one writer to the kiosk's SQLite file: every write of a running kiosk is a job on its thread.

SQLite takes one writer at a time anyway; doing the writes on one thread, in the order they were
asked for, means no write ever waits on a lock (or fails with "database is locked") and a reader
never sees half of one. Reads may run on any thread (WAL).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol, TypeVar

T = TypeVar("T")
THREAD_NAME = "db-writer"


class DatabaseWriter:
    """A single worker thread for database writes; `call` from any thread, `submit` to not wait."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=THREAD_NAME)
        self._thread_id: int | None = None
        self._pool.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread_id = threading.get_ident()

    def submit(self, work: Callable[[], T]) -> Future[T]:
        return self._pool.submit(work)

    def call(self, work: Callable[[], T]) -> T:
        """Run `work` on the writer thread and return its result (directly when already there)."""
        if threading.get_ident() == self._thread_id:
            return work()
        return self._pool.submit(work).result()

    def shutdown(self) -> None:
        """Finish the writes already asked for, then stop."""
        self._pool.shutdown(wait=True)


def direct(work: Callable[[], T]) -> T:
    """Where one process does one thing at a time (the CLI), writes need no separate thread."""
    return work()


class Writes(Protocol):
    """Where database writes run: `DatabaseWriter.call` in the app, `direct` in the CLI."""

    def __call__(self, work: Callable[[], T], /) -> T: ...
