"""Network faults between a kiosk and a real central server: a loopback proxy injects them."""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from pathlib import Path

from nacl.public import PrivateKey
from sqlalchemy import update

from central.models import PublishedCatalogue
from central.store import CentralStore
from kiosk.catalogue.store import read_catalogue
from kiosk.intake import outbox
from sync.engine import SyncEngine
from sync.protocol import CATALOGUE_PATH
from tests.central.live import FakeClock, LiveServer, make_kiosk, submit
from tests.factories import catalogue_dict
from tests.sync.proxy import FaultProxy


def _kiosk(tmp_path: Path, store: CentralStore, url: str, kiosk_id: str = "kiosk-h", **extra):  # type: ignore[no-untyped-def]
    token = store.new_token(kiosk_id)
    return make_kiosk(tmp_path, kiosk_id, mode="http", url=url, token=token, **extra)


def test_server_errors_keep_everything_and_schedule_a_retry(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    kiosk = _kiosk(tmp_path, store, proxy.url)
    submit(kiosk, central_key, 5)
    clock = FakeClock()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=clock)
    proxy.set("error500")

    status = engine.run_once()

    assert not status.ok
    assert "internal error (HTTP 500)" in status.last_error
    assert status.pending == 5 and store.request_count() == 0
    assert status.next_attempt is not None and status.next_attempt > clock.now
    proxy.set("pass")
    clock.to(status.next_attempt)
    assert engine.due()
    status = engine.run_once()
    assert status.ok and status.pending == 0 and store.request_count() == 5
    kiosk.close()


def test_retry_after_is_honoured(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    """A 503 with Retry-After: the next attempt is not before it (the jitter alone is ≤ 5 s)."""
    kiosk = _kiosk(tmp_path, store, server.url)
    submit(kiosk, central_key, 1)
    clock = FakeClock()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=clock)

    @server.server.config.loaded_app.app.middleware("http")  # type: ignore[misc]
    async def busy(request, call_next):  # type: ignore[no-untyped-def]
        from starlette.responses import JSONResponse

        return JSONResponse({"detail": "maintenance"}, 503, headers={"Retry-After": "600"})

    server.server.config.loaded_app.app.middleware_stack = None  # rebuild with the middleware
    status = engine.run_once()

    assert not status.ok and "busy (HTTP 503)" in status.last_error
    assert status.next_attempt is not None
    assert status.next_attempt >= clock.now + dt.timedelta(seconds=600)
    kiosk.close()


def test_a_trickling_answer_is_aborted_by_the_cycle_deadline(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    store.publish_catalogue(_catalogue_file(tmp_path, "v1"))
    kiosk = _kiosk(tmp_path, store, proxy.url, deadline=2, read_timeout=5)
    submit(kiosk, central_key, 2)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    proxy.trickle_gap = 0.05
    proxy.set("trickle")

    started = time.monotonic()
    status = engine.run_once()
    took = time.monotonic() - started

    assert took < 2 + 0.5, f"the cycle took {took:.1f} s despite a 2 s deadline"
    assert not status.ok
    assert "2 s limit" in status.last_error
    assert status.pending == 2 and status.staged_version == ""
    assert not list(kiosk.home.glob("catalogue-download*"))
    kiosk.close()


def test_a_stop_asked_mid_cycle_ends_it_at_the_next_check_and_loses_nothing(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    """The kiosk closing (systemd stops it) during a trickling answer: the cycle ends within a
    piece of the answer, not at its 120 s deadline; it is not a failure, the next start syncs."""
    store.publish_catalogue(_catalogue_file(tmp_path, "v1"))
    kiosk = _kiosk(tmp_path, store, proxy.url, deadline=120, read_timeout=5)
    submit(kiosk, central_key, 2)
    stop = threading.Event()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, stop=stop)
    proxy.trickle_gap = 0.05
    proxy.set("trickle")
    threading.Timer(1.0, stop.set).start()

    started = time.monotonic()
    status = engine.run_once()
    took = time.monotonic() - started

    assert took < 2.0, f"the cycle took {took:.1f} s after the stop at 1 s"
    assert status.pending == 2 and engine.state.failures == 0
    assert engine.due()  # the next start runs a cycle at once
    proxy.set("pass")
    stop.clear()
    assert engine.run_once().pending == 0
    assert store.request_count() == 2
    kiosk.close()


def test_a_stop_during_a_stalled_catalogue_download_cuts_it_and_is_no_failure(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    """The answer's headers came ("Connection: close") and half the catalogue, then nothing: the
    stop cuts the socket at once (not after the 20 s read timeout), the catalogue keeps no error
    and the cycle is neither a success nor a failure; the requests sent before it stay sent."""
    store.publish_catalogue(_catalogue_file(tmp_path, "v1"))
    kiosk = _kiosk(tmp_path, store, proxy.url, deadline=120, read_timeout=20)
    submit(kiosk, central_key, 2)
    stop = threading.Event()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, stop=stop)
    proxy.set("stall", only=CATALOGUE_PATH)
    threading.Timer(1.0, stop.set).start()

    started = time.monotonic()
    status = engine.run_once()
    took = time.monotonic() - started

    assert took < 2.0, f"the cycle took {took:.1f} s after the stop at 1 s"
    state = engine.state
    assert state.failures == 0 and state.last_success is None and state.next_attempt is None
    assert state.catalogue_fetch_error == "" and status.staged_version == ""
    assert status.pending == 0 and store.request_count() == 2
    assert not list(kiosk.home.glob("catalogue-download*"))
    kiosk.close()


def test_connection_cut_after_the_server_committed_stores_nothing_twice(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    kiosk = _kiosk(tmp_path, store, proxy.url, batch_size=10)
    ids = submit(kiosk, central_key, 25)
    clock = FakeClock()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=clock)
    proxy.set("cut", only="/api/v1/requests")

    status = engine.run_once()

    assert not status.ok
    assert "cannot reach" in status.last_error or "failed" in status.last_error
    assert proxy.cuts == 1
    assert store.request_count() == 10  # the server committed the first batch...
    assert outbox.pending_count(kiosk.engine) == 25  # ...but the kiosk never heard it

    proxy.set("pass")
    assert status.next_attempt is not None
    clock.to(status.next_attempt)
    status = engine.run_once()

    assert status.ok and status.pending == 0 and status.delivered == 25
    assert store.request_count() == 25
    assert sorted(row.id for row in store.iter_requests()) == sorted(ids)
    kiosk.close()


def test_a_revoked_token_is_a_clear_status_and_nothing_is_lost(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    kiosk = _kiosk(tmp_path, store, server.url)
    submit(kiosk, central_key, 3)
    store.revoke_token("kiosk-h")

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert status.last_error == (
        "the central server refused this kiosk's token: the token of kiosk kiosk-h was revoked; "
        "ask the coordinator for a new one"
    )
    assert status.pending == 3 and store.request_count() == 0
    settings = kiosk.settings.with_value("sync.token", store.new_token("kiosk-h"))
    status = SyncEngine(kiosk.home, settings, kiosk.engine).run_once()
    assert status.ok and status.pending == 0 and store.request_count() == 3
    kiosk.close()


def test_server_down_for_days_then_back_empties_the_outbox_within_one_backoff_interval(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy, central_key: PrivateKey
) -> None:
    kiosk = _kiosk(tmp_path, store, proxy.url, max_backoff=3600, batch_size=20)
    clock = FakeClock()
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=clock, rng=random.Random(5))
    proxy.set("down")
    start = clock.now
    cycles = submitted = 0
    while clock.now < start + dt.timedelta(days=3):
        if cycles % 5 == 0:
            submitted += len(submit(kiosk, central_key, 3, created_at=clock.now))
        status = engine.run_once()
        cycles += 1
        assert not status.ok and status.next_attempt is not None
        wait = (status.next_attempt - clock.now).total_seconds()
        assert 1 <= wait <= 3600  # capped, never gives up
        clock.to(status.next_attempt)
    assert cycles > 3 * 86_400 / 3600  # it kept trying the whole time (mean wait ≈ 1800 s)
    assert outbox.pending_count(kiosk.engine) == submitted and store.request_count() == 0

    proxy.set("pass")
    back = clock.now
    clock.to(engine.state.next_attempt or back)
    status = engine.run_once()

    assert (clock.now - back).total_seconds() <= 3600
    assert status.ok and status.pending == 0 and store.request_count() == submitted
    kiosk.close()


def _catalogue_file(tmp_path: Path, version: str, offerings: int = 30) -> Path:
    import json

    path = tmp_path / f"catalogue-{version}.json"
    path.write_text(json.dumps(catalogue_dict(offerings, version=version)), encoding="utf-8")
    return path


def test_catalogue_by_etag_and_a_corrupt_one_on_the_server_leaves_the_last_good(
    tmp_path: Path, store: CentralStore, proxy: FaultProxy
) -> None:
    kiosk = _kiosk(tmp_path, store, proxy.url)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    assert engine.run_once().ok  # nothing published yet: not an error
    store.publish_catalogue(_catalogue_file(tmp_path, "v1"))

    status = engine.run_once()
    assert status.ok and status.staged_version == "v1"
    assert engine.apply_staged()
    catalogue = read_catalogue(kiosk.engine)
    assert catalogue is not None and catalogue.version == "v1"

    proxy.reset_counters()
    assert engine.run_once().ok  # unchanged: 304
    polled = proxy.bytes_from_client + proxy.bytes_to_client
    assert engine.state.etag and polled < 3 * 1024  # three calls, catalogue not re-sent

    store.publish_catalogue(_catalogue_file(tmp_path, "v2"))
    with store.sessions.begin() as session:  # damaged on the server's disk after publishing
        session.execute(
            update(PublishedCatalogue)
            .where(PublishedCatalogue.version == 2)
            .values(
                content=b'{"format": "pitstop-catalogue", "trunc',
                content_gzip=__import__("gzip").compress(b'{"format": "pitstop-catalogue"'),
            )
        )
    status = engine.run_once()

    assert status.ok
    assert status.catalogue_version == "v1" and status.staged_version == ""
    assert status.catalogue_problem.startswith(
        "the new catalogue from the central server was refused, so the kiosk keeps catalogue v1:"
    )
    assert store.kiosks()[0].last_error == status.catalogue_problem
    kiosk.close()
