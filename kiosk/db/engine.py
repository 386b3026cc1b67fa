"""The kiosk's SQLite file, migrated on open: SQLAlchemy and Alembic for the schema, `sqlite3` after.

`open_database` hands the running kiosk a `SqliteFile` (kiosk/db/sqlite.py). SQLAlchemy is loaded
only to migrate, and only when a migration is due; the importer and the central server build
SQLAlchemy engines with `make_engine` / `use_kiosk_pragmas`.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.db.sqlite import PRAGMAS, SqliteFile
from kiosk.paths import child_environment

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^(down_)?revision = "?([^"\n]*)"?$', re.MULTILINE)


def use_kiosk_pragmas(engine: Engine) -> Engine:
    """Set every new connection of a SQLite `engine` up like the kiosk's (also the server's)."""
    from sqlalchemy import event

    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(db_file: Path) -> Engine:
    """A SQLAlchemy engine on `db_file`, set up like the kiosk's connections (not migrated)."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db_file}", connect_args={"check_same_thread": False})
    return use_kiosk_pragmas(engine)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest migration's id, read from the files (cheaper than loading Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    (head,) = revisions - parents
    return str(head)


def current_revision(database: SqliteFile) -> str | None:
    try:
        with database.connect() as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # a new database: no alembic_version table yet
        return None
    return None if row is None else str(row[0])


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic, batch mode), keeping every row."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(db_file: Path) -> SqliteFile:
    """Open (creating if needed) and migrate the kiosk database.

    A database at the newest revision opens without SQLAlchemy. When a migration is due and this
    process has not loaded SQLAlchemy (the running kiosk), a child process migrates, so the
    kiosk never carries SQLAlchemy and Alembic (~25 MiB) for the weeks it runs.
    """
    database = SqliteFile(db_file)
    if current_revision(database) == head_revision():
        return database
    if "sqlalchemy" in sys.modules:
        _migrate_file(db_file)
    else:
        _migrate_in_child(db_file)
    return database


def _migrate_file(db_file: Path) -> None:
    """Migrate under a lock on the folder that holds the file (flock on the directory: no lock
    file is left in the data folder). A second process starting at the same moment waits, then
    finds the schema at the head and has nothing to do; without the lock both would create the
    same tables (Alembic's DDL on SQLite runs outside a transaction)."""
    folder = os.open(db_file.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        engine = make_engine(db_file)
        try:
            migrate(engine)
        finally:
            engine.dispose()
    finally:
        os.close(folder)  # releases the lock


def _migrate_in_child(db_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", __name__, str(db_file)],
        capture_output=True,
        text=True,
        env=child_environment(),
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise sqlite3.OperationalError(f"the database {db_file} could not be migrated: {last}")


def _child(db_file: Path) -> int:
    """Migrate `db_file`; on failure the last line of stderr says why (the parent shows it)."""
    try:
        _migrate_file(db_file)
    except Exception as exc:
        cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
        log.exception("migration failed")
        print(f"{type(cause).__name__}: {cause}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # the child of _migrate_in_child
    logging.basicConfig(level=logging.WARNING)
    sys.exit(_child(Path(sys.argv[1])))
