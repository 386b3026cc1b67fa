"""kiosk.db.sqlite: the running kiosk's way to its SQLite file (transactions, pool, stored times)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.db.sqlite import IDLE_CONNECTIONS, SqliteFile, column, in_list, scalar, utc_text
from tests import ROOT


@pytest.fixture
def database(tmp_path: Path) -> SqliteFile:
    database = SqliteFile(tmp_path / "k.sqlite3")
    with database.begin() as connection:
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, word TEXT NOT NULL)")
    return database


def test_a_transaction_commits_at_the_end_and_rolls_back_on_error(database: SqliteFile) -> None:
    with database.begin() as connection:
        connection.execute("INSERT INTO t (word) VALUES ('kept')")
    with pytest.raises(sqlite3.IntegrityError), database.begin() as connection:
        connection.execute("INSERT INTO t (word) VALUES ('lost')")
        connection.execute("INSERT INTO t (word) VALUES (NULL)")
    with database.connect() as connection:
        assert column(connection, "SELECT word FROM t") == ["kept"]
        assert not connection.in_transaction  # the connection went back to the pool clean


def test_rows_answer_to_column_names_and_duplicates_do_not_break_them(
    database: SqliteFile,
) -> None:
    with database.begin() as connection:
        connection.execute("INSERT INTO t (word) VALUES ('uno')")
    with database.connect() as connection:
        row = connection.execute("SELECT id, word, word, count(*) FROM t").fetchone()
    assert (row.id, row.word, row[2], row[3]) == (1, "uno", "uno", 1)
    marks, params = in_list("w", ["uno", "due"])
    with database.connect() as connection:
        assert scalar(connection, f"SELECT count(*) FROM t WHERE word IN ({marks})", params) == 1
        assert scalar(connection, "SELECT word FROM t WHERE id = 99") is None


def test_connections_are_set_up_like_the_kiosks(database: SqliteFile) -> None:
    with database.connect() as connection:
        assert scalar(connection, "PRAGMA journal_mode") == "wal"
        assert scalar(connection, "PRAGMA synchronous") == 2  # FULL
        assert scalar(connection, "PRAGMA foreign_keys") == 1
        assert scalar(connection, "PRAGMA secure_delete") == 1
        assert scalar(connection, "PRAGMA busy_timeout") == 10000
    small = SqliteFile(database.path, cache_kib=256)
    with small.connect() as connection:
        assert scalar(connection, "PRAGMA cache_size") == -256


def test_writers_on_many_threads_wait_for_each_other_instead_of_failing(
    database: SqliteFile,
) -> None:
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(20):
                with database.begin() as connection:
                    connection.execute("INSERT INTO t (word) VALUES (:w)", {"w": f"{n}-{i}"})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(IDLE_CONNECTIONS + 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.connect() as connection:
        assert scalar(connection, "SELECT count(*) FROM t") == 20 * len(threads)
    assert len(database._idle) <= IDLE_CONNECTIONS  # the extra ones were closed
    database.dispose()
    assert database._idle == []


def test_trace_names_the_thread_that_runs_each_statement(database: SqliteFile) -> None:
    seen: list[tuple[str, str]] = []
    database.trace(lambda sql: seen.append((threading.current_thread().name, sql)))

    def insert() -> None:
        with database.begin() as connection:
            connection.execute("INSERT INTO t (word) VALUES ('x')")

    worker = threading.Thread(target=insert, name="writer-test")
    worker.start()
    worker.join()
    database.trace(None)
    with database.connect() as connection:
        connection.execute("SELECT 1")
    assert ("writer-test", "INSERT INTO t (word) VALUES ('x')") in seen
    assert all(sql != "SELECT 1" for _, sql in seen)


def test_stored_times_are_the_text_sqlalchemy_writes(tmp_path: Path) -> None:
    """Rows written by an older kiosk (SQLAlchemy's UtcDateTime) and by this one compare in
    order: the same naive UTC text to the microsecond."""
    from sqlalchemy import insert

    from kiosk.db.engine import make_engine, migrate
    from kiosk.intake.tables import contact_request

    moment = dt.datetime(2026, 11, 30, 9, 5, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    engine = make_engine(tmp_path / "k.sqlite3")
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(contact_request).values(
                id="a",
                kiosk_id="k",
                created_at=moment,
                notice_version="1",
                schema_version=1,
                sealed=b"x",
                sha256="0" * 64,
            )
        )
    engine.dispose()
    with SqliteFile(tmp_path / "k.sqlite3").connect() as connection:
        stored = scalar(connection, "SELECT created_at FROM contact_request")
    assert stored == utc_text(moment) == "2026-11-30 08:05:07.000000"
    assert utc_text(dt.datetime(999, 1, 2, tzinfo=dt.UTC)) == "0999-01-02 00:00:00.000000"
    with pytest.raises(ValueError, match="time zone"):
        utc_text(dt.datetime(2026, 11, 30))


def test_a_kill_in_the_middle_of_a_transaction_leaves_none_of_it(database: SqliteFile) -> None:
    """A power cut while a request is being stored: the file opens, and holds all or nothing."""
    with database.begin() as connection:
        connection.execute("INSERT INTO t (word) VALUES ('before')")
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from kiosk.db.sqlite import SqliteFile\n"
        f"database = SqliteFile(Path({str(database.path)!r}))\n"
        "with database.begin() as connection:\n"
        "    for i in range(500):\n"
        "        connection.execute(\"INSERT INTO t (word) VALUES ('half')\")\n"
        "    print('inserted', flush=True)\n"
        "    sys.stdin.readline()\n"  # killed here, before the commit
    )
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "inserted"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    database.dispose()
    with database.connect() as connection:
        assert column(connection, "SELECT word FROM t") == ["before"]
        assert scalar(connection, "PRAGMA integrity_check") == "ok"


def test_a_connection_in_use_when_the_file_is_disposed_closes_when_given_back(
    database: SqliteFile,
) -> None:
    with database.connect() as held:
        database.dispose()  # the kiosk closes while a lane still reads
        assert scalar(held, "SELECT count(*) FROM t") == 0  # the reader finishes its work
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        held.execute("SELECT 1")
    assert database._idle == []
    with database.connect() as fresh:  # the next use opens a new one
        assert scalar(fresh, "SELECT 1") == 1
