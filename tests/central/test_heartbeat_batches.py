"""Heartbeats on PostgreSQL go through one writer thread in batches (central/heartbeats.py); the
token checks they skip are still made by the write; the catalogue is served from memory while
its ETag is fresh. All on a real PostgreSQL and a real server on loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine

from central.app import create_app
from central.heartbeats import HeartbeatWriter
from central.store import DATABASE_AWAY, CentralStore
from central.tokencache import TokenCache
from sync.protocol import Heartbeat, convert
from tests.central.live import LiveServer
from tests.central.pg import Cluster
from tests.factories import catalogue_dict

pytestmark = pytest.mark.postgres
T0 = dt.datetime(2026, 12, 1, 9, 15, tzinfo=dt.UTC)


@pytest.fixture
def pg_store(postgres: Cluster | str) -> Iterator[CentralStore]:
    if isinstance(postgres, str):
        pytest.skip(postgres)
    store = CentralStore(postgres.create_database(f"beats_{time.monotonic_ns()}"))
    yield store
    store.close()


def beat(kiosk_id: str, **values: Any) -> Heartbeat:
    return convert(Heartbeat, {"kiosk_id": kiosk_id, "sent_at": "2026-12-01T09:00:00Z", **values})


class BatchLog:
    """Wraps `store.write_heartbeats` (the real one still runs) to see the batches' sizes."""

    def __init__(self, store: CentralStore) -> None:
        self.sizes: list[int] = []
        real = store.write_heartbeats

        def write(batch: Sequence[dict[str, Any]]) -> list[bool | Exception]:
            self.sizes.append(len(batch))
            return real(batch)

        store.write_heartbeats = write  # type: ignore[method-assign]


def test_beats_waiting_together_are_written_in_one_batch_and_each_answered(
    pg_store: CentralStore,
) -> None:
    tokens = {f"kiosk-{n}": pg_store.new_token(f"kiosk-{n}") for n in range(20)}
    batches = BatchLog(pg_store)
    writer = HeartbeatWriter(pg_store)

    async def send_all() -> list[bool]:
        return await asyncio.gather(
            *(
                writer.write(pg_store.heartbeat_params(token, beat(kiosk, pending=n), T0))
                for kiosk, token in tokens.items()
                for n in range(5)
            )
        )

    answers = asyncio.run(send_all())
    assert answers == [True] * 100
    assert sum(batches.sizes) == 100 and len(batches.sizes) < 100  # some waited together
    for kiosk in tokens:
        [hour] = pg_store.heartbeat_history(kiosk)
        assert (hour.beats, hour.pending_max) == (5, 4)


def test_one_bad_beat_fails_alone_and_its_batch_is_still_written(pg_store: CentralStore) -> None:
    good = [pg_store.new_token(name) for name in ("a", "b")]
    rows = [
        pg_store.heartbeat_params(good[0], beat("a", pending=1), T0),
        {**pg_store.heartbeat_params(good[1], beat("b"), T0), "pending": 2**40},  # past an int
        pg_store.heartbeat_params(good[1], beat("b", pending=2), T0),
        pg_store.heartbeat_params("pst_unknown", beat("a"), T0),
    ]
    first, bad, second, unknown = pg_store.write_heartbeats(rows)
    assert (first, second, unknown) == (True, True, False)
    assert isinstance(bad, Exception) and "out of range" in str(bad)
    assert [k.pending for k in pg_store.kiosks()] == [1, 2]


def test_the_writer_thread_ends_when_idle_and_comes_back(pg_store: CentralStore) -> None:
    token = pg_store.new_token("a")
    writer = HeartbeatWriter(pg_store, idle_exit=0.05)
    assert asyncio.run(writer.write(pg_store.heartbeat_params(token, beat("a"), T0)))
    deadline = time.monotonic() + 5
    while writer.running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not writer.running
    later = T0 + dt.timedelta(minutes=1)
    assert asyncio.run(writer.write(pg_store.heartbeat_params(token, beat("a"), later)))
    [hour] = pg_store.heartbeat_history("a")
    assert hour.beats == 2


def test_a_revoked_token_is_refused_at_once_though_its_check_is_cached(
    pg_store: CentralStore,
) -> None:
    token = pg_store.new_token("a")
    live = LiveServer(pg_store)
    try:
        headers = {"Authorization": f"Bearer {token}"}
        body = {"kiosk_id": "a", "sent_at": "2026-12-01T09:00:00Z"}
        with httpx.Client(base_url=live.url, headers=headers, timeout=10) as client:
            assert client.post("/api/v1/heartbeat", json=body).status_code == 200
            other = client.post("/api/v1/heartbeat", json={**body, "kiosk_id": "b"})
            assert other.status_code == 403 and "kiosk a's" in other.json()["detail"]
            pg_store.revoke_token("a")
            batches = BatchLog(pg_store)
            for _ in range(2):
                refused = client.post("/api/v1/heartbeat", json=body)
                assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
            assert batches.sizes == [1]  # the cached check was forgotten: the second never wrote
    finally:
        live.stop()


def test_a_writer_thread_that_cannot_start_fails_one_beat_and_the_next_starts_it(
    pg_store: CentralStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = pg_store.new_token("a")
    writer = HeartbeatWriter(pg_store)
    real_start = threading.Thread.start
    refusals = [RuntimeError("can't start new thread")]

    def start_once_refused(thread: threading.Thread) -> None:
        if refusals:
            raise refusals.pop()
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start_once_refused)

    async def two_beats() -> bool:
        with pytest.raises(RuntimeError, match="new thread"):
            await writer.write(pg_store.heartbeat_params(token, beat("a"), T0))
        return await asyncio.wait_for(
            writer.write(pg_store.heartbeat_params(token, beat("a"), T0)), timeout=10
        )

    assert asyncio.run(two_beats())


def test_a_dying_writer_fails_its_beats_and_the_next_beat_starts_a_new_one(
    pg_store: CentralStore, caplog: pytest.LogCaptureFixture
) -> None:
    token = pg_store.new_token("a")
    writer = HeartbeatWriter(pg_store)
    real = pg_store.write_heartbeats
    deaths = [SystemExit("killed")]  # not an Exception: it ends the writer's thread

    def dies_once(batch: Sequence[dict[str, Any]]) -> list[bool | Exception]:
        if deaths:
            raise deaths.pop()
        return real(batch)

    pg_store.write_heartbeats = dies_once  # type: ignore[method-assign]

    async def two_beats() -> bool:
        with pytest.raises(RuntimeError, match="heartbeat writer stopped"):
            await asyncio.wait_for(
                writer.write(pg_store.heartbeat_params(token, beat("a"), T0)), timeout=10
            )
        return await asyncio.wait_for(
            writer.write(pg_store.heartbeat_params(token, beat("a"), T0)), timeout=10
        )

    assert asyncio.run(two_beats())
    assert "the heartbeat writer stopped: SystemExit('killed'); its 1 beats failed" in caplog.text


def test_the_kiosk_api_calls_take_the_fast_path(pg_store: CentralStore, tmp_path: Path) -> None:
    """With the app's own routes for them taken away, a heartbeat and a poll are still served:
    they never go through FastAPI's router (central/fastpath.py)."""
    token = pg_store.new_token("a")
    path = tmp_path / "c.json"
    path.write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    pg_store.publish_catalogue(path)
    app = create_app(store=pg_store)
    app.router.routes[:] = [
        route
        for route in app.router.routes
        if getattr(route, "path", "") not in ("/api/v1/heartbeat", "/api/v1/catalogue")
    ]

    async def calls() -> tuple[int, int]:
        transport = httpx.ASGITransport(app=app)
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(
            transport=transport, base_url="http://test", headers=headers
        ) as client:
            body = {"kiosk_id": "a", "sent_at": "2026-12-01T09:00:00Z"}
            beat_answer = await client.post("/api/v1/heartbeat", json=body)
            poll = await client.get("/api/v1/catalogue")
            return beat_answer.status_code, poll.status_code

    assert asyncio.run(calls()) == (200, 200)


def test_a_database_that_is_away_is_503_with_retry_after_and_the_catalogue_stays_served(
    postgres: Cluster | str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    if isinstance(postgres, str):
        pytest.skip(postgres)
    store = CentralStore(postgres.create_database(f"away_{time.monotonic_ns()}"))
    token = store.new_token("a")
    path = tmp_path / "c.json"
    path.write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    store.publish_catalogue(path)
    live = LiveServer(store)
    try:
        with httpx.Client(
            base_url=live.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as client:
            body = {"kiosk_id": "a", "sent_at": "2026-12-01T09:00:00Z"}
            assert client.post("/api/v1/heartbeat", json=body).status_code == 200
            assert client.get("/api/v1/catalogue").status_code == 200
            store.engine.dispose()
            store.engine = create_engine(store.url.replace(f":{postgres.port}/", ":1/"))
            time.sleep(1.1)  # past the ETag's second: every call now asks the database
            for _ in range(3):
                away = client.post("/api/v1/heartbeat", json=body)
                assert away.status_code == 503, away.text
                assert "database is unavailable" in away.json()["detail"]
                assert away.headers["Retry-After"] == "30"
            held = client.get("/api/v1/catalogue")  # the copy in memory, while it is away
            assert held.status_code == 200 and held.headers["ETag"]
    finally:
        live.stop()
        store.close()
    lines = [r for r in caplog.records if "database does not answer" in r.getMessage()]
    assert len(lines) == 1  # one line per 10 s, not one per call


def test_a_locked_kiosk_row_fails_the_batch_within_seconds_not_forever(
    pg_store: CentralStore,
) -> None:
    token = pg_store.new_token("a")
    with pg_store.engine.connect() as holder:
        holder.exec_driver_sql("SELECT * FROM kiosk WHERE id = 'a' FOR UPDATE")
        began = time.monotonic()
        [result] = pg_store.write_heartbeats([pg_store.heartbeat_params(token, beat("a"), T0)])
        waited = time.monotonic() - began
        holder.rollback()
    assert isinstance(result, DATABASE_AWAY), result  # answered 503 by the API
    assert waited < 10


def test_the_catalogue_follows_a_publication_of_this_process_at_once_and_of_another_within_a_second(
    pg_store: CentralStore, tmp_path: Path
) -> None:
    def publish(store: CentralStore, version: str) -> None:
        path = tmp_path / f"{version}.json"
        path.write_text(json.dumps({**catalogue_dict(3), "version": version}), encoding="utf-8")
        store.publish_catalogue(path)

    token = pg_store.new_token("a")
    publish(pg_store, "one")
    live = LiveServer(pg_store)
    other = CentralStore(pg_store.url)  # as `pitstop central catalogue publish` would
    try:
        with httpx.Client(
            base_url=live.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
        ) as client:

            def served() -> str:
                return str(client.get("/api/v1/catalogue").headers["X-Catalogue-Version"])

            assert served() == "one"
            publish(pg_store, "two")
            assert served() == "two"
            publish(other, "three")
            deadline = time.monotonic() + 1.5
            while served() != "three":
                assert time.monotonic() < deadline, "another process's publication not served"
                time.sleep(0.05)
    finally:
        other.close()
        live.stop()


def test_many_clients_at_once_are_all_answered_and_counted(pg_store: CentralStore) -> None:
    tokens = {f"k{n}": pg_store.new_token(f"k{n}") for n in range(40)}
    live = LiveServer(pg_store)

    def send(kiosk: str) -> int:
        with httpx.Client(base_url=live.url, timeout=20) as client:
            headers = {"Authorization": f"Bearer {tokens[kiosk]}"}
            body = {"kiosk_id": kiosk, "sent_at": "2026-12-01T09:00:00Z", "pending": 1}
            return sum(
                client.post("/api/v1/heartbeat", json=body, headers=headers).status_code == 200
                for _ in range(5)
            )

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            assert sum(pool.map(send, tokens)) == 200
    finally:
        live.stop()
    assert sum(h.beats for kiosk in tokens for h in pg_store.heartbeat_history(kiosk)) == 200


def test_token_cache_max_age_and_forget() -> None:
    now = [0.0]
    cache = TokenCache(ttl=5.0, clock=lambda: now[0])
    cache.put("pst_a", "a")
    now[0] = 10.0
    assert cache.get("pst_a") is None  # past the default age
    assert cache.get("pst_a", max_age=3600) == "a"
    cache.forget("pst_a")
    assert cache.get("pst_a", max_age=3600) is None


def test_a_database_that_is_away_fails_the_batch_once_not_beat_by_beat(
    postgres: Cluster | str,
) -> None:
    if isinstance(postgres, str):
        pytest.skip(postgres)
    store = CentralStore(postgres.create_database(f"away_{time.monotonic_ns()}"))
    token = store.new_token("a")
    rows = [store.heartbeat_params(token, beat("a"), T0) for _ in range(50)]
    store.engine.dispose()
    store.engine = create_engine(store.url.replace(f":{postgres.port}/", ":1/"))  # refused
    attempts: list[int] = []
    real = store._execute_heartbeats

    def counted(sql: str, batch: list[dict[str, Any]]) -> list[bool]:
        attempts.append(len(batch))
        return real(sql, batch)

    store._execute_heartbeats = counted  # type: ignore[method-assign]
    results = store.write_heartbeats(rows)
    assert attempts == [50] and all(isinstance(r, Exception) for r in results)
    store.close()
