"""A kiosk's free disk (issue 14, kiosks page): a real kiosk's heartbeat through a real
`pitstop central serve` stores it and the kiosks page shows it (in words at the kiosk doctor's
thresholds); a hostile value is a 4xx JSON storing nothing; the shared folder's status file
carries it; an older server's refusal of the unknown field makes the kiosk send again without it."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import shutil
import threading
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from central.office.kiosks import disk_text
from sync import protocol as p
from sync.engine import SyncEngine
from sync.http import HttpTransport
from sync.transport import Deadline
from tests.central.live import FakeClock, make_kiosk
from tests.central.office.conftest import OfficeServer, login

GIB = 2**30


def _stored(server: OfficeServer, kiosk_id: str) -> Any:
    (kiosk,) = [k for k in server.store.kiosks() if k.id == kiosk_id]
    return kiosk


def _row(server: OfficeServer, kiosk_id: str, lang: str) -> str:
    with httpx.Client(base_url=server.url, headers={"Accept-Language": lang}) as client:
        assert login(client, "admin").status_code in (200, 303)
        page = client.get("/office/kiosks")
    assert page.status_code == 200
    return page.text.split(f'id="kiosk-{kiosk_id}"')[1].split("</tr>")[0]


def test_a_real_kiosk_reports_its_free_disk_and_the_page_shows_it(
    office_server: OfficeServer, tmp_path: Path
) -> None:
    token = office_server.store.new_token("disk-1")
    kiosk = make_kiosk(tmp_path, "disk-1", mode="http", url=office_server.url, token=token)
    try:
        assert _stored(office_server, "disk-1").disk_free_bytes is None
        before = shutil.disk_usage(kiosk.home).free
        assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=FakeClock()).run_once().ok
        stored = _stored(office_server, "disk-1").disk_free_bytes
        assert stored is not None and abs(stored - before) < 256 * 2**20
        row = _row(office_server, "disk-1", "en")
        assert disk_text("en", stored).amount in row
    finally:
        kiosk.close()
    # under the doctor's thresholds: a word, not colour alone
    transport = HttpTransport(office_server.url, token)
    try:
        for free, lang, level, word in (
            (GIB - 1, "en", "low", "low"),
            (200 * 2**20 - 1, "it", "critical", "quasi pieno"),
            (5 * GIB + GIB // 2, "it", "ok", "5,5 GB liberi"),
        ):
            beat = p.Heartbeat(
                kiosk_id="disk-1", sent_at=dt.datetime.now(dt.UTC), disk_free_bytes=free
            )
            transport.report(beat, Deadline(30))
            assert _stored(office_server, "disk-1").disk_free_bytes == free
            row = _row(office_server, "disk-1", lang)
            assert f'data-disk="{level}"' in row and word in row
        # a kiosk that no longer knows (or an older one) reads "not reported"
        transport.report(
            p.Heartbeat(kiosk_id="disk-1", sent_at=dt.datetime.now(dt.UTC)), Deadline(30)
        )
        assert _stored(office_server, "disk-1").disk_free_bytes is None
        assert "not reported" in _row(office_server, "disk-1", "en")
    finally:
        transport.close()


@pytest.mark.parametrize("value", ["-1", str(10**30), '"5"', "5.5", str(2**50 + 1), "1e30", "true"])
def test_a_hostile_value_is_refused_and_stores_nothing(
    office_server: OfficeServer, value: str
) -> None:
    kiosk_id = "disk-hostile"
    token = office_server.store.new_token(kiosk_id)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    good = f'{{"kiosk_id": "{kiosk_id}", "sent_at": "2026-12-01T09:00:00Z", "disk_free_bytes": {3 * GIB}}}'
    url = office_server.url + p.HEARTBEAT_PATH
    assert httpx.post(url, content=good, headers=headers).status_code == 200
    before = _stored(office_server, kiosk_id)
    bad = good.replace(str(3 * GIB), value)
    answer = httpx.post(url, content=bad, headers=headers)
    assert 400 <= answer.status_code < 500
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["detail"].startswith("disk_free_bytes: ")
    after = _stored(office_server, kiosk_id)
    assert (after.disk_free_bytes, after.last_heartbeat_at) == (3 * GIB, before.last_heartbeat_at)


def test_a_whole_float_is_taken_as_json_schema_allows(office_server: OfficeServer) -> None:
    token = office_server.store.new_token("disk-float")
    body = (
        '{"kiosk_id": "disk-float", "sent_at": "2026-12-01T09:00:00Z", "disk_free_bytes": 4096.0}'
    )
    answer = httpx.post(
        office_server.url + p.HEARTBEAT_PATH,
        content=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    assert _stored(office_server, "disk-float").disk_free_bytes == 4096


def test_the_share_status_file_carries_it(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    kiosk = make_kiosk(tmp_path, "disk-share", mode="folder", folder=str(share))
    try:
        assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=FakeClock()).run_once().ok
    finally:
        kiosk.close()
    status = json.loads((share / "kiosks" / "disk-share.json").read_text())
    assert isinstance(status["disk_free_bytes"], int) and status["disk_free_bytes"] > 0
    assert "usage" not in status


class _OlderServer(http.server.BaseHTTPRequestHandler):
    """A server older than `known`'s complement: it refuses the first field it does not know,
    as a strict msgspec decoding does (422 "<field>: unknown field"), and records the bodies."""

    known: ClassVar[set[str]] = set()
    bodies: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        self.bodies.append(body)
        unknown = [name for name in body if name not in self.known]
        if unknown:
            status, answer = 422, {"detail": f"{unknown[0]}: unknown field"}
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


BASE_FIELDS = {f for f in p.Heartbeat.__struct_fields__ if f not in p.OPTIONAL_HEARTBEAT_FIELDS}


@pytest.mark.parametrize(
    ("known", "sent"),
    [
        (BASE_FIELDS | {"usage"}, ["usage", "disk_free_bytes"]),  # knows the counts only
        (BASE_FIELDS, ["usage", "disk_free_bytes"]),  # knows neither
    ],
)
def test_an_older_server_gets_the_heartbeat_without_the_unknown_field(
    known: set[str], sent: list[str]
) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OlderServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _OlderServer.known, _OlderServer.bodies = known, []
    transport = HttpTransport(f"http://127.0.0.1:{server.server_address[1]}", "token")
    today = dt.datetime.now(dt.UTC).date()
    beat = p.Heartbeat(
        kiosk_id="disk-old",
        sent_at=dt.datetime.now(dt.UTC),
        disk_free_bytes=7 * GIB,
        usage=[p.DayCounts(day=today, counts=[p.UsageCount(metric="session", count=2)])],
    )
    try:
        confirmed = transport.report(beat, Deadline(30))
    finally:
        transport.close()
        server.shutdown()
        server.server_close()
    bodies = _OlderServer.bodies
    assert all(name in bodies[0] for name in sent)
    last = bodies[-1]
    assert "disk_free_bytes" not in last and last["last_error"] == ""
    assert ("usage" in last) == ("usage" in known)
    assert len(bodies) == 2 + ("usage" not in known)  # each field dropped once, then accepted
    assert confirmed == frozenset()  # this old answer confirms no day
    # nothing else of the heartbeat changed on the way
    assert {k: v for k, v in last.items() if k != "usage"} == {
        k: v for k, v in json.loads(p.encode_heartbeat(beat)).items() if k in last and k != "usage"
    }
