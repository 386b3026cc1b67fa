"""TLS is verified: a server with a certificate from a private CA is trusted only with sync.ca_file."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from nacl.public import PrivateKey

from central.app import create_app
from central.store import CentralStore
from sync.engine import SyncEngine
from tests.central.live import make_kiosk, submit


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


@pytest.fixture
def tls_server(tmp_path: Path, store: CentralStore) -> Iterator[tuple[str, Path]]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed to make a test CA)")
    ca_key, ca_cert = tmp_path / "ca.key", tmp_path / "ca.pem"
    key, csr, cert = tmp_path / "server.key", tmp_path / "server.csr", tmp_path / "server.pem"
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca_cert),
        "-days",
        "2",
        "-subj",
        "/CN=Pit Stop test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(key),
        "-out",
        str(csr),
        "-subj",
        "/CN=127.0.0.1",
    )
    ext = tmp_path / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca_cert),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "2",
        "-extfile",
        str(ext),
    )
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(store=store),
        log_level="warning",
        lifespan="off",
        ws="none",
        ssl_keyfile=str(key),
        ssl_certfile=str(cert),
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive()
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", ca_cert
    server.should_exit = True
    thread.join(10)
    sock.close()


def test_tls_is_verified_and_a_private_ca_works_through_ca_file(
    tmp_path: Path, store: CentralStore, tls_server: tuple[str, Path], central_key: PrivateKey
) -> None:
    url, ca_file = tls_server
    token = store.new_token("kiosk-t")
    untrusting = make_kiosk(tmp_path / "a", "kiosk-t", mode="http", url=url, token=token)
    submit(untrusting, central_key, 1)
    status = SyncEngine(untrusting.home, untrusting.settings, untrusting.engine).run_once()
    assert not status.ok
    assert (
        "TLS certificate of 127.0.0.1" in status.last_error and "sync.ca_file" in status.last_error
    )
    assert status.pending == 1
    untrusting.close()

    trusting = make_kiosk(
        tmp_path / "b", "kiosk-t", mode="http", url=url, token=token, ca_file=str(ca_file)
    )
    submit(trusting, central_key, 2)
    status = SyncEngine(trusting.home, trusting.settings, trusting.engine).run_once()
    assert status.ok and status.pending == 0, status.last_error
    assert store.request_count() == 2
    trusting.close()


def test_unusable_http_settings_are_a_status_not_a_crash(tmp_path: Path) -> None:
    missing_ca = make_kiosk(
        tmp_path / "a",
        "kiosk-t",
        mode="http",
        url="https://127.0.0.1:9",
        token="pst_x",
        ca_file="nowhere/ca.pem",
    )
    status = SyncEngine(missing_ca.home, missing_ca.settings, missing_ca.engine).run_once()
    assert not status.ok and status.last_error.startswith("sync.ca_file ")
    assert status.last_error.endswith("nowhere/ca.pem does not exist")
    missing_ca.close()
    no_url = make_kiosk(tmp_path / "b", "kiosk-u", mode="http", token="pst_x")
    status = SyncEngine(no_url.home, no_url.settings, no_url.engine).run_once()
    assert status.last_error == (
        "Requests are kept on this kiosk: sync.mode is http but sync.url is empty "
        "(pitstop enrol FILE, or set sync.url to the central server's address)"
    )
    assert status.next_attempt is not None
    no_url.close()
