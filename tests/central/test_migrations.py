"""The central database's migrations, on SQLite and a real PostgreSQL: the revisions build exactly
the models, the baseline is exactly what main made before migrations, a database made by that
code (with data: kiosks, tokens, requests, conflicts, catalogues) is upgraded by a real
`pitstop central migrate` without losing or changing a row, and an unmigrated one is refused."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, create_engine, insert, select, text

from central.models import CentralBase
from central.schema import BASELINE, SchemaError, _config, head_revision
from central.store import CentralStore, make_engine
from sync.protocol import Heartbeat, convert
from tests.central.live import free_port as _free_port
from tests.central.live import wait_for_health
from tests.central.pg import Cluster

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
DUMP = DATA / "central-b1c6bd3.sql"
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
_names = itertools.count()


def legacy_metadata() -> MetaData:
    """The tables of central/models.py at b1c6bd3 (main before migrations), kept verbatim."""
    name = f"legacy_models_{next(_names)}"  # a fresh copy each time: callers may change it
    spec = importlib.util.spec_from_file_location(name, DATA / "legacy_models.py")
    assert spec is not None and spec.loader is not None
    module = ModuleType(spec.name)
    sys.modules[name] = module  # SQLAlchemy resolves the annotations through it
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    metadata: MetaData = module.CentralBase.metadata
    return metadata


def pitstop(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", *args],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path, postgres: Cluster | str) -> str:
    """An empty database on SQLite or on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    if isinstance(postgres, str):
        pytest.skip(postgres)
    return postgres.create_database(f"migrations_{os.getpid()}_{next(_names)}")


@pytest.fixture
def db_engine(empty_url: str) -> Iterator[Engine]:
    made = make_engine(empty_url)
    yield made
    made.dispose()


def _upgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _differences(engine: Engine, metadata: MetaData) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": False}
        )
        return list(compare_metadata(context, metadata))


def _dump_rows() -> dict[str, list[dict[str, Any]]]:
    """Every row of the dump made by main at b1c6bd3, typed through the legacy tables."""
    scratch = sqlite3.connect(":memory:")
    scratch.executescript(DUMP.read_text(encoding="utf-8"))
    engine = create_engine("sqlite://", creator=lambda: scratch)
    rows: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as connection:
        for table in legacy_metadata().sorted_tables:
            rows[table.name] = [
                {
                    key: value.replace(tzinfo=dt.UTC) if isinstance(value, dt.datetime) else value
                    for key, value in row._mapping.items()
                }
                for row in connection.execute(select(table))
            ]
    return rows


def _make_legacy(url: str, engine: Engine, *, without_claimed: bool = False) -> None:
    """A database as main made it: on SQLite the dump itself, on PostgreSQL main's create_all
    with the dump's rows (the old code added claimed_kiosk_id by hand on open)."""
    if engine.dialect.name == "sqlite" and not without_claimed:
        path = url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as connection:
            connection.executescript(DUMP.read_text(encoding="utf-8"))
        return
    metadata = legacy_metadata()
    if without_claimed:
        request = metadata.tables["request"]
        request._columns.remove(request.c.claimed_kiosk_id)  # the oldest databases
    metadata.create_all(engine)
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            names = set(table.c.keys())
            rows = [{k: v for k, v in r.items() if k in names} for r in _dump_rows()[table.name]]
            if rows:
                connection.execute(insert(table), rows)


def _all_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the legacy tables, in the legacy columns, sorted (times in UTC)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for table in legacy_metadata().sorted_tables:
            present = {c["name"] for c in _inspect_columns(connection, table.name)}
            columns = [c for c in table.c if c.name in present]
            found[table.name] = sorted(
                (
                    tuple(
                        value.astimezone(dt.UTC).replace(tzinfo=None)
                        if isinstance(value, dt.datetime) and value.tzinfo
                        else value
                        for value in row
                    )
                    for row in connection.execute(select(*columns))
                ),
                key=repr,
            )
    return found


def _inspect_columns(connection: Any, table: str) -> list[dict[str, Any]]:
    from sqlalchemy import inspect

    return list(inspect(connection).get_columns(table))


# -- the revisions and the models -------------------------------------------------------------


def test_the_revisions_build_exactly_the_models(empty_url: str, db_engine: Engine) -> None:
    CentralStore(empty_url).close()  # an empty database is created at the newest revision

    assert _differences(db_engine, CentralBase.metadata) == []
    with db_engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()


def test_the_baseline_is_exactly_what_main_made_before_migrations(db_engine: Engine) -> None:
    _upgrade(db_engine, BASELINE)

    assert _differences(db_engine, legacy_metadata()) == []


# -- a database made by main before migrations --------------------------------------------------


def test_a_database_made_by_main_is_refused_then_migrated_without_losing_a_row(
    empty_url: str, db_engine: Engine, tmp_path: Path
) -> None:
    _make_legacy(empty_url, db_engine)
    before = _all_rows(db_engine)
    assert [len(before[t]) for t in ("kiosk", "request", "request_conflict")] == [3, 8, 1]
    assert len(before["published_catalogue"]) == 2

    with pytest.raises(SchemaError) as refused:
        CentralStore(empty_url)
    assert str(refused.value).startswith("the central database was made before migrations")
    assert f"run pitstop central migrate --db {empty_url}" in str(refused.value)
    listed = pitstop("--db", empty_url, "kiosks", home=tmp_path)  # every command refuses it
    assert listed.returncode == 2 and "pitstop central migrate" in listed.stderr
    assert listed.stderr.count("\n") == 1, listed.stderr
    assert _all_rows(db_engine) == before  # refusing changed nothing

    migrated = pitstop("--db", empty_url, "migrate", home=tmp_path)

    assert migrated.returncode == 0, migrated.stderr
    assert "made before migrations" in migrated.stdout and head_revision() in migrated.stdout
    assert _all_rows(db_engine) == before
    assert _differences(db_engine, CentralBase.metadata) == []
    store = CentralStore(empty_url)
    try:
        stored = list(store.iter_requests())
        assert {row.status for row in stored} == {"new"}
        assert {row.exported_at for row in stored} == {None}
        assert {row.claimed_kiosk_id for row in stored} == {"kiosk-legnano", "kiosk-magenta"}
        assert [k.id for k in store.kiosks()] == ["kiosk-legnano", "kiosk-magenta", "kiosk-old"]
        assert store.current_catalogue() is not None
        token = store.new_token("kiosk-new")  # the server works on it
        store.record_heartbeat(
            token, convert(Heartbeat, {"kiosk_id": "kiosk-new", "sent_at": "2026-12-04T09:00:00Z"})
        )
    finally:
        store.close()

    again = pitstop("--db", empty_url, "migrate", home=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "already at revision" in again.stdout and "nothing changed" in again.stdout


def test_a_database_made_before_claimed_kiosk_id_gets_the_column(
    empty_url: str, db_engine: Engine, tmp_path: Path
) -> None:
    _make_legacy(empty_url, db_engine, without_claimed=True)
    before = _all_rows(db_engine)

    migrated = pitstop("--db", empty_url, "migrate", home=tmp_path)

    assert migrated.returncode == 0, migrated.stderr
    after = _all_rows(db_engine)
    assert len(after["request"]) == len(before["request"]) == 8
    assert [row[:2] for row in after["request"]] == [row[:2] for row in before["request"]]
    assert after["kiosk"] == before["kiosk"]
    assert _differences(db_engine, CentralBase.metadata) == []


def test_migrate_sql_prints_the_upgrade_and_changes_nothing(
    empty_url: str, db_engine: Engine, tmp_path: Path
) -> None:
    _make_legacy(empty_url, db_engine)
    before = _all_rows(db_engine)

    shown = pitstop("--db", empty_url, "migrate", "--sql", home=tmp_path)

    assert shown.returncode == 0, shown.stderr
    assert "ALTER TABLE request ADD COLUMN status" in shown.stdout
    assert "CREATE TABLE audit_event" in shown.stdout
    assert _all_rows(db_engine) == before
    with pytest.raises(SchemaError):
        CentralStore(empty_url)


def test_a_database_of_a_newer_version_is_refused_with_the_revision(
    empty_url: str, db_engine: Engine
) -> None:
    CentralStore(empty_url).close()
    with db_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'central_9999'"))

    with pytest.raises(SchemaError) as refused:
        CentralStore(empty_url)

    assert str(refused.value) == (
        f"the central database is at revision central_9999, this version needs "
        f"{head_revision()}: run pitstop central migrate --db {empty_url} with the newer "
        "version that made it"
    )


def test_an_older_revision_is_refused_and_migrated(empty_url: str, db_engine: Engine) -> None:
    _upgrade(db_engine, BASELINE)

    with pytest.raises(SchemaError, match=f"is at revision {BASELINE}, this version needs"):
        CentralStore(empty_url)
    with pytest.raises(SchemaError):
        CentralStore(empty_url, create=False)

    from central.schema import migrate

    assert migrate(db_engine) == (BASELINE, head_revision())
    assert migrate(db_engine) == (head_revision(), head_revision())  # a no-op
    CentralStore(empty_url).close()


def test_an_empty_database_is_refused_when_not_created(empty_url: str) -> None:
    with pytest.raises(SchemaError, match="is empty \\(no tables\\): run pitstop central migrate"):
        CentralStore(empty_url, create=False)


def test_serve_refuses_an_unmigrated_database_then_serves_it_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    _make_legacy(url, make_engine(url))
    port = _free_port()

    refused = pitstop("--db", url, "serve", "--port", str(port), home=tmp_path)

    assert refused.returncode == 2
    assert refused.stderr.strip().endswith(
        f"run pitstop central migrate --db {url} (it keeps every row)"
    )
    assert pitstop("--db", url, "migrate", home=tmp_path).returncode == 0
    process = subprocess.Popen(
        [*PITSTOP, "central", "--db", url, "serve", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_health(f"http://127.0.0.1:{port}", process)
    finally:
        process.terminate()
        process.wait(10)
