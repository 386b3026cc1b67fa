"""`pitstop central backup`: a consistent copy of the central database while the server runs.

SQLite: the online backup API into a new SQLite file (readers and the writer go on meanwhile;
the copy is the database at one instant). PostgreSQL: `pg_dump --format=custom` (from Debian's
postgresql-client; its major version must be at least the server's). The copy is written under a
temporary name and renamed when complete, so a failed backup leaves no partial FILE; an existing
FILE is never overwritten. Restoring is a documented manual step (docs/central-server.md), with
the server stopped. This cannot back up what the database does not hold (the office's
central.key, the server's TLS files and settings).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


class BackupError(Exception):
    """The backup could not be made; str() is one sentence naming what to fix."""


@dataclass(frozen=True)
class BackupResult:
    out: Path
    size: int
    kind: str
    """"sqlite" (a SQLite database file) or "pg_dump" (pg_dump's custom format)."""


def backup(url: str, out: Path) -> BackupResult:
    """Copy the database at `url` into the new file `out`."""
    if out.exists() or out.is_symlink():
        raise BackupError(
            f"{out} already exists: backups are never overwritten; choose another --out"
        )
    if not out.parent.is_dir():
        raise BackupError(f"{out.parent}: no such folder; create it or choose another --out")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise BackupError(f"'{url}' is not a database URL") from None
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if parsed.get_backend_name() == "sqlite":
            kind = "sqlite"
            _sqlite_backup(parsed.database or "", partial)
        elif parsed.get_backend_name() == "postgresql":
            kind = "pg_dump"
            _pg_dump(url, partial)
        else:
            raise BackupError(f"backups of {parsed.get_backend_name()} databases are not supported")
        with partial.open("rb") as file:
            os.fsync(file.fileno())
        partial.rename(out)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(out=out, size=out.stat().st_size, kind=kind)


def _sqlite_backup(database: str, target: Path) -> None:
    if not database or database == ":memory:" or not Path(database).is_file():
        raise BackupError(f"there is no SQLite database file at {database or '(no path)'}")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {database} ({exc})") from None
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy, pages=4096)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            problem = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise BackupError(f"the SQLite backup of {database} failed ({exc})") from None
    finally:
        source.close()
    if problem != "ok":
        raise BackupError(f"the copy of {database} fails SQLite's check ({problem})")


def _pg_dump(url: str, target: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            "pg_dump is not installed: install Debian's postgresql-client "
            "(apt-get install postgresql-client)"
        )
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)  # not on the command line, where ps shows it
    libpq = parsed.set(drivername="postgresql", password=None).render_as_string()
    try:
        result = subprocess.run(
            [pg_dump, "--format=custom", f"--file={target}", f"--dbname={libpq}"],
            capture_output=True,
            text=True,
            env=env,
            timeout=24 * 3600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError(f"pg_dump could not run ({exc})") from None
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"pg_dump failed: {last}")
