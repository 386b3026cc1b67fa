"""Fixtures of the sync tests: a real central server on loopback, a fault proxy, kiosks, keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from sync.server.store import CentralStore
from tests.sync.live import LiveServer
from tests.sync.proxy import FaultProxy


@pytest.fixture(scope="session")
def central_key() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CentralStore]:
    central = CentralStore(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    yield central
    central.close()


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
