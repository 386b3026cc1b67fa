"""The kiosk's SQLite file through the standard library's `sqlite3`: what the running kiosk uses.

SQLAlchemy and Alembic define and migrate the schema (`kiosk/db/models.py`, `migrations/`),
import catalogues (in a child process, `kiosk.catalogue.isolated`) and run the central server.
The kiosk itself only runs SQL text against its own file, and SQLAlchemy with what it imports
(asyncio, ssl, email…) held ~17 MiB of the kiosk's memory for the weeks it runs (docs/ui.md).

`SqliteFile.connect()` lends a pooled connection in autocommit mode (each statement stands
alone, like a read); `SqliteFile.begin()` lends one inside `BEGIN IMMEDIATE`, committed when the
block ends and rolled back if it raises. Rows answer to column names as attributes (`row.id`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=10000",
)
"""How every connection to a kiosk database is set up (the server's SQLite engine too:
`kiosk.db.engine.use_kiosk_pragmas`)."""
IDLE_CONNECTIONS = 5
"""Connections kept open between uses (SQLAlchemy's pool default); more are opened when more
threads read at once, and closed when given back."""
Params = Mapping[str, Any] | Sequence[Any]


class SqliteFile:
    """A kiosk database file and its pool of connections, usable from any thread."""

    def __init__(self, path: Path, *, cache_kib: int | None = None) -> None:
        self.path = path
        self._setup = PRAGMAS + (() if cache_kib is None else (f"PRAGMA cache_size=-{cache_kib}",))
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0
        self._born: dict[int, int] = {}
        """id() of each open connection: the generation it was opened in."""
        self._lock = threading.Lock()
        self._trace: Callable[[str], None] | None = None

    def trace(self, callback: Callable[[str], None] | None) -> None:
        """Call `callback(sql)` for each statement from now on, in the thread that runs it
        (diagnostics and tests: which thread writes); None stops it. The SQL comes with its
        values filled in: never log it where a contact request's bytes could pass."""
        self._trace = callback

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode, given back to the pool after the block."""
        connection = self._take()
        try:
            yield connection
        finally:
            self._give(connection)

    @contextmanager
    def begin(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one write transaction: committed at the end, rolled back on error."""
        with self.connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    def dispose(self) -> None:
        """Close the idle connections, and the ones in use as they are given back (the next use
        opens new ones)."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for connection in idle:
            self._close(connection)

    def _take(self) -> sqlite3.Connection:
        with self._lock:
            idle = self._idle.pop() if self._idle else None
        connection = idle or self._open()  # opening may wait for a lock: not while holding ours
        connection.set_trace_callback(self._trace)
        return connection

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            for pragma in self._setup:
                connection.execute(pragma)
        except BaseException:
            connection.close()
            raise
        connection.row_factory = _named_row
        with self._lock:
            self._born[id(connection)] = self._generation
        return connection

    def _give(self, connection: sqlite3.Connection) -> None:
        try:
            if connection.in_transaction:  # a block left a BEGIN without its COMMIT: undone
                connection.rollback()
        except sqlite3.Error:
            self._close(connection)
            raise
        with self._lock:
            current = self._born.get(id(connection)) == self._generation
            if current and len(self._idle) < IDLE_CONNECTIONS:
                self._idle.append(connection)
                return
        self._close(connection)

    def _close(self, connection: sqlite3.Connection) -> None:
        with self._lock:
            self._born.pop(id(connection), None)
        connection.close()


def scalar(connection: sqlite3.Connection, sql: str, params: Params = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    row = connection.execute(sql, params).fetchone()
    return None if row is None else row[0]


def column(connection: sqlite3.Connection, sql: str, params: Params = ()) -> list[Any]:
    """The first column of every row."""
    return [row[0] for row in connection.execute(sql, params)]


def in_list(name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """`:name0, :name1, …` and their parameters, for `IN (…)` over `values`."""
    marks = ", ".join(f":{name}{n}" for n in range(len(values)))
    return marks, {f"{name}{n}": value for n, value in enumerate(values)}


def utc_text(moment: dt.datetime) -> str:
    """An aware time as the kiosk's tables store it: naive UTC, to the microsecond (the text
    SQLAlchemy writes for a DateTime on SQLite, so rows written by either compare in order)."""
    if moment.tzinfo is None:
        raise ValueError("a stored time needs a time zone")
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y}".zfill(4) + f"{utc:-%m-%d %H:%M:%S.%f}"


def utc_from_text(value: str | None) -> dt.datetime | None:
    """A stored time (naive UTC text) as an aware datetime."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


@lru_cache(maxsize=128)
def _row_type(fields: tuple[str, ...]) -> Any:
    return namedtuple("Row", fields, rename=True)


def _named_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Any:
    return _row_type(tuple(column[0] for column in cursor.description))._make(values)
