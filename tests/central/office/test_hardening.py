"""Hardening of the office console found in reviews: bodies capped before they are read (a
huge POST from a signed-out browser never reaches a temporary file), session times from
`serve`'s options and environment, the user forms' one-time password shown once after a
redirect (never in a URL), and `rename_kiosk` keeping what enrolment called the kiosk."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from central.models import Kiosk
from central.office.kiosks_watch import describe_kiosk
from central.store import CentralStore
from tests.central.live import LiveServer
from tests.central.office.conftest import csrf, login


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where the server (a thread of this process) would spill a large form."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _raw_post(port: int, path: str, headers: dict[str, str], body: bytes) -> tuple[int, float]:
    """(status, seconds to the answer) of a POST whose declared body is mostly never sent."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sock.sendall(head.encode() + body)
        answer = sock.recv(200)
    status = int(answer.split(b" ", 2)[1])
    return status, time.monotonic() - started


def test_a_huge_post_signed_out_is_refused_before_it_is_read(
    office_live: LiveServer, temp_folder: Path
) -> None:
    for path in ("/office/login", "/office/users", "/office/catalogue/upload"):
        status, seconds = _raw_post(
            office_live.port,
            path,
            {
                "Content-Type": "multipart/form-data; boundary=x",
                "Content-Length": str(50 * 2**20),
            },
            b"--x\r\n" + b"a" * 1000,
        )
        assert (status, seconds < 3) == (413, True), path
    assert list(temp_folder.iterdir()) == []


def test_a_chunked_post_signed_out_is_sent_to_sign_in_unread(
    office_client: httpx.Client, temp_folder: Path
) -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(40):  # 40 MB if the server read it all
            sent.append(1)
            yield b"a" * 2**20

    answer = office_client.post(
        "/office/users",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 303 and answer.headers["location"].startswith("/office/login")
    assert list(temp_folder.iterdir()) == []


def test_a_long_body_without_length_is_cut_while_read(
    office_live: LiveServer, office_client: httpx.Client, temp_folder: Path
) -> None:
    login(office_client, "admin")
    token = csrf(office_client, "/office/users")
    cookies = "; ".join(f"{c.name}={c.value}" for c in office_client.cookies.jar)
    port = office_live.port
    head = (
        f"POST /office/users HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookies}\r\n"
        f"Origin: http://127.0.0.1:{port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    first = f"csrf_token={token}&name=".encode()
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head.encode() + b"%x\r\n%s\r\n" % (len(first), first))
        piece = b"a" * 2**16
        try:
            for _ in range(160):  # 10 MB if the server read it all
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
        except OSError:
            pass  # the server answered and closed: it stopped reading
        answer = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in answer:
                data = sock.recv(4096)
                if not data:
                    break
                answer += data
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert list(temp_folder.iterdir()) == []
    assert office_client.get("/office/users").status_code == 200  # still signed in
    assert "name=aaaa" not in office_client.get("/office/users").text


def test_the_one_time_password_is_shown_once_after_a_redirect(
    office_client: httpx.Client,
) -> None:
    login(office_client, "admin")
    token = csrf(office_client, "/office/users")
    added = office_client.post(
        "/office/users",
        data={
            "csrf_token": token,
            "name": "newcoord",
            "email": "newcoord@example.org",
            "role": "coordinator",
        },
    )
    assert added.status_code == 303, added.text
    target = added.headers["location"]
    assert target.startswith("/office/users") and "newcoord" not in target.lower()
    shown = office_client.get(target)
    found = re.search(r'<code[^>]*class="one-time"[^>]*>([^<]+)</code>', shown.text)
    assert found, shown.text
    password = found.group(1)
    again = office_client.get(target)
    assert password not in again.text  # once only: a reload does not show it again
    reset = office_client.post(
        "/office/users/newcoord/reset", data={"csrf_token": csrf(office_client, "/office/users")}
    )
    assert reset.status_code == 303
    shown = office_client.get(reset.headers["location"])
    second = re.search(r'<code[^>]*class="one-time"[^>]*>([^<]+)</code>', shown.text)
    assert second and second.group(1) != password
    assert second.group(1) not in office_client.get(reset.headers["location"]).text


def test_session_times_from_options_and_environment() -> None:
    from central.office.settings import IDLE_ENV, office_settings_from_env

    settings = office_settings_from_env({IDLE_ENV: "5", "PITSTOP_CENTRAL_SESSION_HOURS": "2"})
    assert (settings.idle, settings.absolute) == (dt.timedelta(minutes=5), dt.timedelta(hours=2))
    assert office_settings_from_env({}).idle == dt.timedelta(minutes=30)
    for bad in ({IDLE_ENV: "0"}, {IDLE_ENV: "ten"}, {"PITSTOP_CENTRAL_SESSION_HOURS": "100"}):
        with pytest.raises(ValueError, match="PITSTOP_CENTRAL_SESSION"):
            office_settings_from_env(bad)
    with pytest.raises(ValueError, match="shorter"):
        office_settings_from_env({IDLE_ENV: "600", "PITSTOP_CENTRAL_SESSION_HOURS": "1"})


def test_a_renamed_kiosk_keeps_its_name_venue_comune_and_area(
    office_store: CentralStore,
) -> None:
    office_store.new_token("old-id")
    describe_kiosk(
        office_store, "old-id", name="Biblioteca", venue="Via Roma 1", comune="Legnano", area="Nord"
    )
    office_store.new_token("taken-id")
    describe_kiosk(office_store, "taken-id", name="Its own", venue="", comune="", area="")
    office_store.rename_kiosk("old-id", "new-id", "test")
    with office_store.sessions() as session:
        kiosk = session.get(Kiosk, "new-id")
        assert kiosk is not None
        assert (kiosk.name, kiosk.venue, kiosk.comune, kiosk.area) == (
            "Biblioteca",
            "Via Roma 1",
            "Legnano",
            "Nord",
        )
    office_store.new_token("second")
    describe_kiosk(office_store, "second", name="Second", venue="", comune="Rho", area="")
    office_store.rename_kiosk("second", "taken-id", "test")  # onto an existing kiosk
    with office_store.sessions() as session:
        taken = session.get(Kiosk, "taken-id")
        assert taken is not None
        assert (taken.name, taken.comune) == ("Its own", "Rho")  # its own name kept, blanks filled
