"""The central server's HTTP API, on SQLite and on a real PostgreSQL, over real HTTP."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from nacl.public import PrivateKey

from central.store import CentralStore
from kiosk.catalogue.errors import CatalogueError
from sync.engine import SyncEngine
from tests.central.live import FakeClock, LiveServer, make_kiosk, submit
from tests.factories import catalogue_dict
from tests.sync.proxy import FaultProxy


def envelope(kiosk_id: str, sealed: bytes = b"sealed bytes", **changes: Any) -> dict[str, Any]:
    document = {
        "format": "pitstop-request",
        "format_version": 1,
        "id": str(uuid.uuid4()),
        "kiosk_id": kiosk_id,
        "created_at": "2026-12-01T09:00:00Z",
        "notice_version": "2026-11",
        "schema_version": 1,
        "sealed": base64.b64encode(sealed).decode(),
        "sha256": hashlib.sha256(sealed).hexdigest(),
    }
    document.update(changes)
    return document


class Api:
    def __init__(self, server: LiveServer, token: str) -> None:
        self.base = server.url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: Any = None, *, raw: bytes | None = None) -> requests.Response:
        data = raw if raw is not None else json.dumps(body).encode()
        return self.session.post(
            self.base + path, data=data, timeout=10, headers={"Content-Type": "application/json"}
        )

    def get(self, path: str, **headers: str) -> requests.Response:
        return self.session.get(self.base + path, headers=headers, timeout=10)


@pytest.fixture
def api(any_store: CentralStore, any_server: LiveServer) -> Api:
    return Api(any_server, any_store.new_token("kiosk-1"))


def test_idempotent_storage_by_id(api: Api, any_store: CentralStore) -> None:
    first, second = envelope("kiosk-1", b"one"), envelope("kiosk-1", b"two")
    answer = api.post("/api/v1/requests", {"items": [first, second]})
    assert answer.status_code == 200
    assert [r["status"] for r in answer.json()["results"]] == ["accepted", "accepted"]

    altered = envelope("kiosk-1", b"other content", id=first["id"])
    answer = api.post("/api/v1/requests", {"items": [first, altered, second]})

    assert [r["status"] for r in answer.json()["results"]] == ["duplicate", "conflict", "duplicate"]
    assert "different content" in answer.json()["results"][1]["reason"]
    assert any_store.request_count() == 2
    stored = {row.id: row for row in any_store.iter_requests()}
    assert stored[first["id"]].sealed == b"one"  # the first one stays


def test_items_with_a_bad_digest_or_another_kiosks_id_are_rejected_one_by_one(
    api: Api, any_store: CentralStore
) -> None:
    """A token delivers only its own kiosk's requests: one naming kiosk-2 is refused (not stored)
    beside the others, as are items breaking the envelope's schema or its digest."""
    good = envelope("kiosk-1")
    foreign = envelope("kiosk-2")
    bad_digest = envelope("kiosk-1", sha256="0" * 64)
    upper_digest = envelope("kiosk-1", b"upper")
    upper_digest["sha256"] = upper_digest["sha256"].upper()
    answer = api.post("/api/v1/requests", {"items": [good, foreign, bad_digest, upper_digest]})

    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "rejected", "rejected", "rejected"]
    assert "kiosk kiosk-2's, but the token is kiosk kiosk-1's" in results[1]["reason"]
    assert "sha256 does not match" in results[2]["reason"]
    assert results[3]["reason"].startswith("sha256: expected str matching")
    stored = {row.id: (row.kiosk_id, row.claimed_kiosk_id) for row in any_store.iter_requests()}
    assert stored == {good["id"]: ("kiosk-1", "kiosk-1")}


@pytest.mark.parametrize(
    ("raw", "status", "detail"),
    [
        (b"not json", 422, "the body is not valid JSON (invalid character (byte 4))"),
        (b"[]", 422, "expected object, got array"),
        (b'{"items": []}', 422, "items: expected array of length >= 1"),
        (b'{"items": [1]}', 422, "items[0]: expected object, got int"),
        (b'{"items": [{"id": "x"}]}', 422, "items[0].id: expected a UUID"),
        (
            b'{"items": [' + b",".join([json.dumps(envelope("kiosk-1")).encode()] * 501) + b"]}",
            422,
            "items: expected array of length <= 500",
        ),
        (b"x" * (17 * 1024 * 1024), 413, "the body is larger than the 16777216 bytes allowed"),
        (b"\xff\xfe", 422, "the body is not valid JSON (invalid character (byte 0))"),
    ],
)
def test_bad_bodies_get_a_4xx_with_one_clear_sentence(
    api: Api, raw: bytes, status: int, detail: str
) -> None:
    answer = api.post("/api/v1/requests", raw=raw)
    assert (answer.status_code, answer.json()) == (status, {"detail": detail})


def test_heartbeat_must_match_the_token_and_is_recorded(api: Api, any_store: CentralStore) -> None:
    beat = {
        "kiosk_id": "kiosk-1",
        "app_version": "0.1.0",
        "catalogue_version": "v9",
        "pending": 4,
        "last_error": "",
        "sent_at": "2026-12-01T09:00:00Z",
    }
    assert api.post("/api/v1/heartbeat", beat).status_code == 200
    row = any_store.kiosks()[0]
    assert (row.pending, row.catalogue_version) == (4, "v9")
    assert row.last_heartbeat_at is not None

    wrong = api.post("/api/v1/heartbeat", {**beat, "kiosk_id": "kiosk-2"})
    assert wrong.status_code == 403 and "token is kiosk kiosk-1's" in wrong.json()["detail"]
    invalid = api.post("/api/v1/heartbeat", {**beat, "pending": -1})
    assert invalid.status_code == 422
    assert invalid.json()["detail"].startswith("pending: ")


def test_tokens_are_required_and_stored_only_as_hashes(
    any_server: LiveServer, any_store: CentralStore, tmp_path: Path
) -> None:
    token = any_store.new_token("kiosk-9")
    anonymous = requests.get(any_server.url + "/api/v1/catalogue", timeout=10)
    assert anonymous.status_code == 401
    assert anonymous.json() == {"detail": "a bearer token is required"}
    wrong = Api(any_server, "pst_" + "x" * 43).get("/api/v1/catalogue")
    assert wrong.status_code == 401 and "not known" in wrong.json()["detail"]
    assert Api(any_server, token).get("/api/v1/catalogue").status_code == 404  # nothing yet
    if any_store.is_sqlite:
        database = Path(any_store.url.removeprefix("sqlite:///"))
        any_store.engine.dispose()  # checkpoint the WAL into the file
        assert token.encode() not in database.read_bytes()
        assert hashlib.sha256(token.encode()).hexdigest().encode() in database.read_bytes()


def test_catalogue_publish_etag_304_and_gzip(
    api: Api, any_store: CentralStore, tmp_path: Path
) -> None:
    assert api.get("/api/v1/catalogue").json() == {"detail": "no catalogue has been published yet"}
    source = tmp_path / "catalogo.json"
    source.write_text(json.dumps(catalogue_dict(30, version="2027-01")), encoding="utf-8")
    published = any_store.publish_catalogue(source)
    assert (published.version, published.unchanged) == (1, False)
    assert any_store.publish_catalogue(source).unchanged  # same content: same version

    answer = api.get("/api/v1/catalogue")
    assert answer.status_code == 200
    assert answer.headers["Content-Encoding"] == "gzip"
    assert answer.headers["X-Catalogue-Version"] == "2027-01"
    assert int(answer.headers["Content-Length"]) < len(answer.content) / 3
    assert json.loads(answer.content)["version"] == "2027-01"
    etag = answer.headers["ETag"]
    unchanged = api.get("/api/v1/catalogue", **{"If-None-Match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b""

    broken = tmp_path / "rotto.json"
    broken.write_text('{"format": "pitstop-catalogue", "version": 3}', encoding="utf-8")
    with pytest.raises(CatalogueError):
        any_store.publish_catalogue(broken)
    assert api.get("/api/v1/catalogue", **{"If-None-Match": etag}).status_code == 304

    source.write_text(json.dumps(catalogue_dict(31, version="2027-02")), encoding="utf-8")
    assert any_store.publish_catalogue(source).version == 2
    assert api.get("/api/v1/catalogue", **{"If-None-Match": etag}).status_code == 200


def test_openapi_document_describes_the_protocol(any_server: LiveServer) -> None:
    document = requests.get(any_server.url + "/openapi.json", timeout=10).json()
    assert {"/api/v1/catalogue", "/api/v1/requests", "/api/v1/heartbeat"} <= set(document["paths"])
    body = document["paths"]["/api/v1/requests"]["post"]["requestBody"]
    assert "items" in json.dumps(body) or "RequestBatch" in json.dumps(body)


def test_engine_retry_after_a_cut_stores_nothing_twice(
    tmp_path: Path, any_store: CentralStore, any_server: LiveServer, central_key: PrivateKey
) -> None:
    proxy = FaultProxy(any_server.port)
    try:
        token = any_store.new_token("kiosk-c")
        kiosk = make_kiosk(tmp_path, "kiosk-c", mode="http", url=proxy.url, token=token)
        ids = submit(kiosk, central_key, 12)
        clock = FakeClock()
        engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=clock)
        proxy.set("cut", only="/api/v1/requests")
        assert not engine.run_once().ok
        assert any_store.request_count() == 12
        proxy.set("pass")
        clock.advance(3600)
        status = engine.run_once()
        assert status.ok and status.pending == 0
        assert sorted(r.id for r in any_store.iter_requests()) == sorted(ids)
        kiosk.close()
    finally:
        proxy.close()
    assert dt.UTC  # the module's datetime import is used by the envelope times above
    assert gzip  # (kept for readers comparing sizes by hand)


def test_heartbeats_relax_fsync_only_for_themselves(api: Api, any_store: CentralStore) -> None:
    beat = {"kiosk_id": "kiosk-1", "sent_at": "2026-12-01T09:00:00Z"}
    for _ in range(3):
        assert api.post("/api/v1/heartbeat", beat).status_code == 200
    if any_store.is_sqlite:
        for _ in range(3):  # every pooled connection is back to synchronous=FULL (2)
            with any_store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
    any_store.revoke_token("kiosk-1")
    refused = api.post("/api/v1/heartbeat", beat)
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
