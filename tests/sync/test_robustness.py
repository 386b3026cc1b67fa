"""Bad remote data and partial failures: the cycle goes on, requests are never set aside wrongly.

Real servers on 127.0.0.1 (through the fault proxy where a fault is needed), real folders.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from nacl.public import PrivateKey

from central.export import export_store
from central.store import CentralStore
from kiosk import settings as settings_mod
from kiosk.intake import outbox
from kiosk.privacy.keys import generate_keypair, load_private_key
from sync.engine import SyncEngine
from tests.central.live import LiveServer, make_kiosk, submit
from tests.factories import catalogue_dict
from tests.sync.proxy import FaultProxy

DEEP = b"[" * 100_000 + b"]" * 100_000
"""JSON that makes a recursive parser give up (RecursionError), not a syntax error."""


def _http_kiosk(tmp_path: Path, store: CentralStore, url: str, kiosk_id: str = "kiosk-r"):  # type: ignore[no-untyped-def]
    return make_kiosk(tmp_path, kiosk_id, mode="http", url=url, token=store.new_token(kiosk_id))


def _states(kiosk: Any) -> dict[str, tuple[str, str | None]]:
    with kiosk.engine.connect() as connection:
        rows = connection.execute("SELECT request_id, state, last_error FROM outbox")
        return {row[0]: (row[1], row[2]) for row in rows}


# -- H3b: refused is not a conflict; a renamed kiosk's queue is accepted --------------------


def test_requests_queued_before_staff_renamed_the_kiosk_stay_queued_with_the_reason(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    """A token delivers only its own kiosk's requests (the server has no rename yet): those
    sealed under the old id are refused one by one, stay pending with the reason, nothing is
    lost, and they go once the kiosk has its old id (and that id's token) back."""
    keys = generate_keypair(tmp_path / "office")
    kiosk = make_kiosk(tmp_path, "kiosk-old", mode="http", url=server.url)
    ids = submit(kiosk, load_private_key(keys.private), 2)  # sealed under the old id
    old_token = store.new_token("kiosk-old")
    settings = kiosk.settings.with_value("kiosk.id", "kiosk-new").with_value(
        "sync.token", store.new_token("kiosk-new")
    )
    settings_mod.save(kiosk.home, settings)

    status = SyncEngine(kiosk.home, settings, kiosk.engine).run_once()

    assert not status.ok and "each kiosk delivers its own requests" in status.last_error
    assert (status.delivered, status.pending) == (0, 2)
    assert store.request_count() == 0

    settings = settings.with_value("kiosk.id", "kiosk-old").with_value("sync.token", old_token)
    settings_mod.save(kiosk.home, settings)
    status = SyncEngine(kiosk.home, settings, kiosk.engine).run_once()
    assert status.ok, status.last_error
    assert sorted(row.id for row in store.iter_requests()) == sorted(ids)
    out = tmp_path / "requests.csv"  # what the coordinator runs (`pitstop central export`)
    exported = export_store(store, load_private_key(keys.private), out)
    assert (len(exported.opened), exported.skipped) == (2, 0)
    kiosk.close()


def test_an_item_the_server_refuses_stays_pending_with_its_reason(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    kiosk = _http_kiosk(tmp_path, store, server.url)
    _good, refused = submit(kiosk, central_key, 2)
    with kiosk.engine.begin() as connection:  # a request the server's rules do not allow
        connection.execute(
            "UPDATE contact_request SET notice_version = :notice WHERE id = :id",
            {"notice": "x" * 41, "id": refused},
        )
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    assert (status.delivered, status.pending, status.conflicts) == (1, 1, 0)
    assert "refused" in status.last_error and "notice_version" in status.last_error
    state, reason = _states(kiosk)[refused]
    assert state == "pending" and reason is not None and "notice_version" in reason
    assert store.request_count() == 1
    kiosk.close()


# -- M1: data that makes a parser recurse too deeply ----------------------------------------


def test_a_deeply_nested_catalogue_on_the_share_is_refused_and_requests_still_go(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    good = share / "catalogue" / "catalogue.json"
    good.write_text(json.dumps(catalogue_dict(3, version="2026.12")))
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    assert engine.run_once().staged_version == "2026.12"
    assert engine.apply_staged()
    submit(kiosk, central_key, 2)
    good.unlink()
    (share / "catalogue" / "catalogue-new.json").write_bytes(DEEP)

    status = engine.run_once()  # must not raise

    assert status.ok, status.last_error
    assert (status.delivered, status.pending) == (2, 0)
    assert "refused" in status.catalogue_problem and "2026.12" in status.catalogue_problem
    assert status.catalogue_version == "2026.12"
    status = engine.run_once()  # looked at once and reported: not downloaded again
    assert status.ok and "refused" in status.catalogue_problem
    kiosk.close()


def test_a_deeply_nested_request_file_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not valid JSON"):
        outbox.Envelope.from_json(DEEP)


@pytest.fixture
def token(store: CentralStore) -> str:
    return store.new_token("kiosk-1")


def _post(server: LiveServer, path: str, data: bytes, token: str = "") -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(server.url + path, data=data, headers=headers, timeout=30)


def test_a_deeply_nested_body_is_a_422(server: LiveServer, token: str) -> None:
    for path in ("/api/v1/requests", "/api/v1/heartbeat"):
        answer = _post(server, path, DEEP, token)
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["detail"]


# -- M3 / L5: a failing catalogue or status step does not hold back delivery ----------------


def test_a_failing_catalogue_download_does_not_hold_back_the_requests(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    kiosk = _http_kiosk(tmp_path, store, proxy.url)
    submit(kiosk, central_key, 3)
    proxy.set("error500", only="/api/v1/catalogue")

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert (status.delivered, status.pending) == (3, 0)
    assert store.request_count() == 3
    assert "catalogue could not be fetched" in status.catalogue_problem
    assert "HTTP 500" in status.catalogue_problem
    kiosk.close()


def test_delivered_requests_are_purged_even_when_the_status_report_fails(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    kiosk = _http_kiosk(tmp_path, store, proxy.url)
    submit(kiosk, central_key, 2)
    proxy.set("error500", only="/api/v1/heartbeat")

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "HTTP 500" in status.last_error
    assert store.request_count() == 2 and status.pending == 0
    with kiosk.engine.connect() as connection:
        left = connection.execute("SELECT id FROM contact_request").fetchall()
    assert left == []  # retention_days = 0: no sealed copy stays on the kiosk
    kiosk.close()


# -- L9: a 404 outside the catalogue means the URL is wrong ---------------------------------


def test_a_url_that_is_not_our_api_says_so(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    kiosk = _http_kiosk(tmp_path, store, server.url + "/not-here")
    submit(kiosk, central_key, 1)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert f"no Family Pit Stop API at {server.url}/not-here" in status.last_error
    assert status.pending == 1
    kiosk.close()


# -- M4 / M5: the heartbeat endpoint ---------------------------------------------------------


def _beat(**changes: Any) -> dict[str, Any]:
    beat: dict[str, Any] = {"kiosk_id": "kiosk-1", "sent_at": "2026-12-01T09:00:00Z"}
    beat.update(changes)
    return beat


@pytest.mark.parametrize("field", ["pending", "conflicts"])
def test_out_of_range_counts_in_a_heartbeat_are_a_422(
    server: LiveServer, token: str, field: str
) -> None:
    answer = _post(server, "/api/v1/heartbeat", json.dumps(_beat(**{field: 2**63})).encode(), token)
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["detail"]


def test_the_heartbeat_checks_the_token_before_the_body_and_limits_its_size(
    server: LiveServer, token: str
) -> None:
    huge = b'{"kiosk_id": "' + b"x" * (17 * 1024 * 1024) + b'"}'
    assert _post(server, "/api/v1/heartbeat", huge).status_code == 401
    assert _post(server, "/api/v1/heartbeat", b"not json").status_code == 401
    assert _post(server, "/api/v1/heartbeat", huge, token).status_code == 413
    answer = _post(server, "/api/v1/heartbeat", json.dumps(_beat()).encode(), token)
    assert answer.status_code == 200, answer.text


# -- L4: times with a non-UTC offset ---------------------------------------------------------


def test_times_with_another_offset_are_stored_as_the_same_instant(
    server: LiveServer, store: CentralStore, token: str
) -> None:
    sealed = b"sealed"
    item = {
        "format": "pitstop-request",
        "format_version": 1,
        "id": str(uuid.uuid4()),
        "kiosk_id": "kiosk-1",
        "created_at": "2026-12-01T11:00:00+02:00",
        "notice_version": "2026-11",
        "schema_version": 1,
        "sealed": base64.b64encode(sealed).decode(),
        "sha256": hashlib.sha256(sealed).hexdigest(),
    }
    assert _post(server, "/api/v1/requests", json.dumps({"items": [item]}).encode(), token).ok
    beat = _beat(last_success="2026-12-01T11:00:00+02:00")
    assert _post(server, "/api/v1/heartbeat", json.dumps(beat).encode(), token).ok

    nine_utc = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    (row,) = store.iter_requests()
    assert row.created_at == nine_utc
    (kiosk,) = store.kiosks()
    assert kiosk.last_success == nine_utc


# -- L11: concurrent publishers ---------------------------------------------------------------


def test_concurrent_publishers_get_consecutive_versions(
    tmp_path: Path, any_store: CentralStore
) -> None:
    """Operators' commands run as separate processes: separate stores on one database."""
    stores = [CentralStore(any_store.url) for _ in range(6)]
    files = []
    for n in range(len(stores)):
        path = tmp_path / f"catalogue-{n}.json"
        path.write_text(json.dumps(catalogue_dict(3, version=f"2026.{n + 1}")))
        files.append(path)
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []
    versions: list[int] = []

    def publish(store: CentralStore, path: Path) -> None:
        barrier.wait()
        try:
            versions.append(store.publish_catalogue(path).version)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [
        threading.Thread(target=publish, args=pair) for pair in zip(stores, files, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for store in stores:
        store.close()  # each keeps a pool of connections to the shared test cluster

    assert errors == []
    assert sorted(versions) == list(range(1, len(stores) + 1))
    for store in stores:
        store.close()


# -- one definition of a request file --------------------------------------------------------


def _document(**changes: Any) -> dict[str, Any]:
    sealed = b"sealed"
    document: dict[str, Any] = {
        "format": "pitstop-request",
        "format_version": 1,
        "id": str(uuid.uuid4()),
        "kiosk_id": "kiosk-1",
        "created_at": "2026-12-01T09:00:00Z",
        "notice_version": "2026-11",
        "schema_version": 1,
        "sealed": base64.b64encode(sealed).decode(),
        "sha256": hashlib.sha256(sealed).hexdigest(),
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    "changes",
    [
        {"kiosk_id": "no spaces allowed"},
        {"kiosk_id": ""},
        {"notice_version": "x" * 41},
        {"notice_version": ""},
        {"sha256": hashlib.sha256(b"sealed").hexdigest().upper()},
        {"created_at": "2026-12-01T09:00:00"},
        {"schema_version": 0},
        {"sealed": base64.b64encode(b"x" * (256 * 1024 + 1)).decode()},
    ],
    ids=lambda changes: ",".join(changes),
)
def test_the_kiosk_and_the_server_refuse_the_same_request_files(changes: dict[str, Any]) -> None:
    from sync.protocol import ProtocolError, parse_envelope

    document = _document(**changes)
    if "sealed" in changes:
        document["sha256"] = hashlib.sha256(base64.b64decode(document["sealed"])).hexdigest()
    with pytest.raises(ValueError):
        outbox.Envelope.from_json(json.dumps(document).encode())
    with pytest.raises(ProtocolError):
        parse_envelope(document)


def test_the_kiosk_and_the_server_accept_the_same_request_file() -> None:
    from sync.protocol import parse_envelope

    document = _document(created_at="2026-12-01T11:00:00+02:00")
    envelope = outbox.Envelope.from_json(json.dumps(document).encode())
    item = parse_envelope(document)
    assert (str(item.id), item.kiosk_id, item.sha256) == (
        envelope.id,
        envelope.kiosk_id,
        envelope.sha256,
    )
    assert item.created_at == envelope.created_at
