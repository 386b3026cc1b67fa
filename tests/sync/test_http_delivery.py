"""The HTTP transport and engine against a real central server on loopback (no mocks)."""

from __future__ import annotations

from pathlib import Path

from nacl.public import PrivateKey

from central.store import CentralStore
from kiosk.intake import outbox
from sync.engine import SyncEngine
from tests.central.live import LiveServer, make_kiosk, submit


def test_normal_delivery_stores_each_request_once_and_empties_the_outbox(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    token = store.new_token("kiosk-a")
    kiosk = make_kiosk(tmp_path, "kiosk-a", mode="http", url=server.url, token=token, batch_size=7)
    ids = submit(kiosk, central_key, 20)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    assert status.ok, status.last_error
    assert status.delivered == 20
    assert status.pending == 0
    assert outbox.pending_count(kiosk.engine) == 0
    stored = {row.id: row for row in store.iter_requests()}
    assert set(stored) == set(ids)
    kiosk_row = store.kiosks()[0]
    assert kiosk_row.last_heartbeat_at is not None
    assert kiosk_row.pending == 0
    kiosk.close()
