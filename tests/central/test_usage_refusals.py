"""The kiosk's HTTP transport when a server refuses its usage counts (issue 15 review): only an
older server's exact refusal (422 "usage: unknown field") makes it send the heartbeat again
quietly without them; any other refusal reaches the kiosk's last_error (the staff home) and the
office's kiosk listing, and the counts stay on the kiosk."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from central import usage
from central.store import CentralStore
from sync import protocol as p
from sync.http import HttpTransport
from sync.transport import Deadline, TransportError
from tests.central.live import LiveServer

KIOSK = "kiosk-refused"


def _beat(*days: p.DayCounts) -> p.Heartbeat:
    return p.Heartbeat(kiosk_id=KIOSK, sent_at=dt.datetime.now(dt.UTC), usage=list(days))


def _day(day: dt.date, sessions: int) -> p.DayCounts:
    return p.DayCounts(day=day, counts=[p.UsageCount(metric="session", key="", count=sessions)])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[CentralStore, HttpTransport]]:
    store = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    token = store.new_token(KIOSK)
    live = LiveServer(store)
    transport = HttpTransport(live.url, token)
    try:
        yield store, transport
    finally:
        transport.close()
        live.stop()
        store.close()


def test_a_current_server_refusing_the_counts_is_not_taken_for_an_old_one(
    server: tuple[CentralStore, HttpTransport],
) -> None:
    store, transport = server
    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    twice = _beat(_day(yesterday, 3), _day(yesterday, 4))  # refused whole: the day comes twice
    with pytest.raises(TransportError) as caught:
        transport.report(twice, Deadline(30))
    message = str(caught.value)
    assert "refused this kiosk's usage counts, which stay on the kiosk (HTTP 422)" in message
    assert f"usage: the day {yesterday.isoformat()} comes twice" in message
    assert usage.held(store) == {}
    (kiosk,) = [k for k in store.kiosks() if k.id == KIOSK]
    assert kiosk.last_error == message  # the status still arrived, saying why
    # the same counts, once: stored and confirmed
    assert transport.report(_beat(_day(yesterday, 3)), Deadline(30)) == {yesterday}


class _OldServer(http.server.BaseHTTPRequestHandler):
    """Answers a heartbeat as a server older than the usage counts does (its strict decoding
    of Heartbeat refuses the unknown field), and records the bodies."""

    bodies: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.bodies.append(body)
        if "usage" in json.loads(body):
            status, answer = 422, {"detail": "usage: unknown field"}
        else:
            status, answer = 200, {"received_at": dt.datetime.now(dt.UTC).isoformat()}
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def test_an_older_server_gets_the_heartbeat_without_the_counts() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OldServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _OldServer.bodies = []
    transport = HttpTransport(f"http://127.0.0.1:{server.server_address[1]}", "token")
    try:
        today = dt.datetime.now(dt.UTC).date()
        assert transport.report(_beat(_day(today, 2)), Deadline(30)) == frozenset()
    finally:
        transport.close()
        server.shutdown()
        server.server_close()
    first, second = (json.loads(body) for body in _OldServer.bodies)
    assert "usage" in first and "usage" not in second and second["last_error"] == ""
