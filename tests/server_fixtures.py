"""Fixtures of the sync and central tests (a pytest plugin, tests/conftest.py): a real central
server on loopback, PostgreSQL, a fault proxy, kiosks, keys."""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from central.store import CentralStore
from tests.central.live import LiveServer
from tests.central.pg import Cluster, PostgresUnavailable
from tests.sync.proxy import FaultProxy


@pytest.fixture(scope="session")
def central_key() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster | str]:
    """A PostgreSQL cluster for the session, or the reason it could not start."""
    try:
        cluster = Cluster()
        cluster.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        yield f"PostgreSQL could not be started on loopback: {exc}"
        return
    yield cluster
    cluster.stop()


_databases = itertools.count()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CentralStore]:
    """The central database on SQLite (most engine tests)."""
    central = CentralStore(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    yield central
    central.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: Cluster | str
) -> Iterator[CentralStore]:
    """The central database on SQLite and on a real PostgreSQL (skipped, saying why, without)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    else:
        if isinstance(postgres, str):
            pytest.skip(postgres)
        url = postgres.create_database(f"central_{next(_databases)}")
    central = CentralStore(url)
    yield central
    central.close()


@pytest.fixture
def any_server(any_store: CentralStore) -> Iterator[LiveServer]:
    live = LiveServer(any_store)
    yield live
    live.stop()


@pytest.fixture
def server(store: CentralStore) -> Iterator[LiveServer]:
    live = LiveServer(store)
    yield live
    live.stop()


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[FaultProxy]:
    faults = FaultProxy(server.port)
    yield faults
    faults.close()
