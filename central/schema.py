"""The central database's schema version: Alembic revisions in central/migrations/.

`migrate` brings a database to the newest revision, keeping every row; `check` refuses one that
is not there (the server and every `pitstop central` command call it when they open the
database). A database made before migrations existed (tables but no `alembic_version`) is
taken over by `migrate`: it gets the column the old code added by hand and is stamped at the
baseline. Concurrent `migrate` runs on PostgreSQL wait for each other (an advisory lock); on
SQLite the second one waits for the first one's write lock. Downgrades are not offered.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "central_0001"
LEGACY_MARKER = "kiosk"
"""A table every database made by this server has had (its presence without `alembic_version`
means a database made before migrations)."""
_LOCK_KEY = 0x50495453  # "PITS": the advisory lock migrations take on PostgreSQL
_REVISION = re.compile(r'^(down_)?revision = "?([^"\n]*)"?$', re.MULTILINE)


class SchemaError(ValueError):
    """The database is not at the revision this version needs; str() says what to run."""


def head_revision() -> str:
    """The newest revision's id, read from the files (cheaper than loading Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    (head,) = revisions - parents - {"None"}
    return str(head)


def state(connection: Connection) -> str | None:
    """The revision of the database: an id, "legacy" (made before migrations) or None (empty)."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if version is not None:
            return str(version)
    return "legacy" if LEGACY_MARKER in tables else None


def shown_url(url: str) -> str:
    """`url` without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def check(engine: Engine, url: str) -> None:
    """Raise SchemaError unless the database is at the newest revision."""
    with engine.connect() as connection:
        current = state(connection)
    needed = head_revision()
    if current == needed:
        return
    command = f"pitstop central migrate --db {shown_url(url)}"
    if current is None:
        raise SchemaError(
            f"the central database {shown_url(url)} is empty (no tables): run {command}"
        )
    if current == "legacy":
        raise SchemaError(
            f"the central database was made before migrations existed, this version needs "
            f"revision {needed}: run {command} (it keeps every row)"
        )
    raise SchemaError(
        f"the central database is at revision {current}, this version needs {needed}: "
        f"run {command}" + ("" if _known(current) else " with the newer version that made it")
    )


def _known(revision: str) -> bool:
    return any(
        f'revision = "{revision}"' in path.read_text(encoding="utf-8")
        for path in (MIGRATIONS / "versions").glob("*.py")
    )


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest revision in one transaction (PostgreSQL undoes all of it
    on a failure; SQLite too, as its DDL is transactional). Returns (revision before, after);
    before is "legacy" for a database made before migrations, None for an empty one."""
    from alembic import command

    head = head_revision()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        before = state(connection)
        if before == head:
            return before, head
        config = _config()
        config.attributes["connection"] = connection
        if before == "legacy":
            _adopt_legacy(connection)
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")
    return before, head


def _adopt_legacy(connection: Connection) -> None:
    """What the old `_add_missing_columns` did, once: databases made before it lack the column."""
    columns = {column["name"] for column in inspect(connection).get_columns("request")}
    if "claimed_kiosk_id" not in columns:
        connection.execute(text("ALTER TABLE request ADD COLUMN claimed_kiosk_id VARCHAR(64)"))


def migration_sql(engine: Engine, url: str) -> str:
    """The SQL `migrate` would run from the database's revision (`--sql`; nothing is changed).
    A database made before migrations is shown from the baseline: `migrate` itself also adds
    `request.claimed_kiosk_id` when it is missing and stamps the baseline first."""
    from alembic import command

    with engine.connect() as connection:
        before = state(connection)
    head = head_revision()
    if before == head:
        return ""
    config = _config()
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    out = io.StringIO()
    config.output_buffer = out
    start = {None: None, "legacy": BASELINE}.get(before, before)
    command.upgrade(config, f"{start}:head" if start else "head", sql=True)
    return out.getvalue()
