"""The kiosk's database as a service: opened once (at once, or after the first frame), then shared.

Opening migrates the SQLite file and, on a first start, loads the demo catalogue: both are writes,
so they run on the writer lane. Until the database is open the screens show no catalogue;
`when_open` callbacks run (on the GUI thread) as soon as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.db.sqlite import SqliteFile
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
PAGE_CACHE_KIB = 256
"""SQLite's page cache per connection of the kiosk (SQLite's default is 2 MiB). The pages a
search reads stay in the system's file cache anyway; a cache held by every pooled connection
kept ~3 MiB of the kiosk's memory after the visitor left, and a keystroke's search measures the
same (benchmarks/bench_ui_search.py). The central server keeps SQLite's default."""


def _open(home: Path) -> SqliteFile:
    from kiosk.context import open_kiosk_database

    opened = open_kiosk_database(home)
    opened.dispose()  # the connections made while opening have the default cache
    return SqliteFile(opened.path, cache_kib=PAGE_CACHE_KIB)


class Database:
    def __init__(self, home: Path, tasks: TaskRunner) -> None:
        self._home = home
        self._tasks = tasks
        self._engine: SqliteFile | None = None
        self._waiting: list[Callable[[SqliteFile], None]] = []

    @property
    def engine(self) -> SqliteFile | None:
        """The open database, or None while it is still opening."""
        return self._engine

    def open(self, *, background: bool) -> None:
        """Open on the writer lane; with `background` return at once, else wait for it."""
        home = self._home
        if background:
            self._tasks.run(lambda: _open(home), self._on_open, self._on_failed, lane="writer")
        else:
            self._on_open(self._tasks.writer.call(lambda: _open(home)))

    def when_open(self, callback: Callable[[SqliteFile], None]) -> None:
        """`callback(engine)` now if the database is open, else once it is."""
        if self._engine is not None:
            callback(self._engine)
        else:
            self._waiting.append(callback)

    def _on_open(self, engine: SqliteFile) -> None:
        self._engine = engine
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(engine)

    def _on_failed(self, error: Exception) -> None:
        log.error("the kiosk database could not be opened", exc_info=error)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
