"""deploy/nginx-pitstop-central.conf, run by the real nginx (Debian's nginx-light) in a temporary
prefix, in front of a real `pitstop central serve` on 127.0.0.1, with a self-signed certificate
made here. Started once for the module. The shipped file is used as it is, except for the
addresses, the certificate paths and the header/body timeouts (10 s and 30 s shipped, 2 s here,
so that the slow-client tests take seconds; the shipped values are checked separately).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from central.store import CentralStore
from tests.central.live import free_port as _free_port

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "deploy" / "nginx-pitstop-central.conf"
METRICS_TOKEN = "metrics-" + "m" * 24
BEAT = {"kiosk_id": "kiosk-1", "sent_at": "2026-12-01T09:00:00Z", "pending": 2}


def _wait_for(port: int, process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                text = log.read_text(errors="replace") if log.exists() else ""
                raise AssertionError(f"{what} did not start:\n{text[-3000:]}") from None
            time.sleep(0.1)


@dataclass
class Stack:
    https_port: int
    http_port: int
    app_port: int
    cert: Path
    token: str
    folder: Path

    @property
    def url(self) -> str:
        return f"https://localhost:{self.https_port}"

    def tls(self, timeout: float = 10) -> ssl.SSLSocket:
        context = ssl.create_default_context(cafile=str(self.cert))
        raw = socket.create_connection(("127.0.0.1", self.https_port), timeout=timeout)
        return context.wrap_socket(raw, server_hostname="localhost")


def site_config(app_port: int, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    """The shipped site file, pointed at this test's ports and certificate."""
    text = SHIPPED.read_text(encoding="utf-8")
    swaps = [
        ("server 127.0.0.1:8750;", f"server 127.0.0.1:{app_port};"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("/etc/ssl/pitstop/central.crt", str(cert)),
        ("/etc/ssl/pitstop/central.key", str(key)),
        ("client_header_timeout 10s;", "client_header_timeout 2s;"),
        ("client_body_timeout 30s;", "client_body_timeout 2s;"),
    ]
    for old, new in swaps:
        assert old in text, f"{SHIPPED.name} no longer has {old!r}"
        text = text.replace(old, new)
    return "\n".join(line for line in text.splitlines() if "listen [::]" not in line)


def main_config(folder: Path, site: Path) -> str:
    """An nginx.conf whose every path (pid, logs, temporary files) is inside `folder`."""
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers may then read the temp folder
    return (
        f"{user}worker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'} info;\n"
        "events { worker_connections 512; }\n"
        "http {\n"
        f"    access_log {folder / 'access.log'};\n"
        "    default_type application/octet-stream;\n"
        f"{temp}\n"
        f"    include {site};\n"
        "}\n"
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip(
            "nginx is not installed (tools/system-deps.sh --with-test installs nginx-light)"
        )
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed for the test certificate)")
    folder = tmp_path_factory.mktemp("nginx")
    cert, key = folder / "central.crt", folder / "central.key"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"),
            *("-nodes", "-days", "2", "-subj", "/CN=localhost", "-keyout", str(key)),
            *("-out", str(cert), "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    db = f"sqlite:///{folder / 'central.sqlite3'}"
    store = CentralStore(db)
    token = store.new_token("kiosk-1")
    store.close()
    app_port, http_port, https_port = _free_port(), _free_port(), _free_port()
    app_log = folder / "serve.log"
    with app_log.open("wb") as out:
        app = subprocess.Popen(
            [
                *(sys.executable, "-m", "kiosk.cli.main", "central", "--db", db, "serve"),
                *("--port", str(app_port), "--metrics-token", METRICS_TOKEN),
            ],
            cwd=ROOT,
            env={**os.environ, "PITSTOP_HOME": str(folder / "home")},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    site = folder / "pitstop-central.conf"
    site.write_text(site_config(app_port, http_port, https_port, cert, key), encoding="utf-8")
    conf = folder / "nginx.conf"
    conf.write_text(main_config(folder, site), encoding="utf-8")
    proxy: subprocess.Popen[bytes] | None = None
    try:
        _wait_for(app_port, app, "pitstop central serve", app_log)
        checked = subprocess.run(
            [nginx, "-t", "-p", str(folder), "-c", str(conf)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
        proxy = subprocess.Popen(
            [nginx, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for(https_port, proxy, "nginx", folder / "error.log")
        yield Stack(https_port, http_port, app_port, cert, token, folder)
    finally:
        for process in (proxy, app):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)


def test_the_shipped_file_keeps_the_timeouts_and_the_apps_body_limit() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert re.search(r"^\s*client_header_timeout 10s;", text, re.M)
    assert re.search(r"^\s*client_body_timeout 30s;", text, re.M)
    assert re.search(r"^\s*send_timeout 30s;", text, re.M)
    assert re.search(r"^\s*client_max_body_size 16m;", text, re.M)  # 16 MiB, as central.bodies
    from sync.protocol import MAX_BODY_BYTES

    assert MAX_BODY_BYTES == 16 * 1024 * 1024


def test_a_heartbeat_goes_through_over_tls(stack: Stack) -> None:
    answer = requests.post(
        stack.url + "/api/v1/heartbeat",
        json=BEAT,
        headers={"Authorization": f"Bearer {stack.token}", "X-Forwarded-For": "203.0.113.9"},
        verify=str(stack.cert),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    assert "received_at" in answer.json()
    assert "nginx/" not in answer.headers.get("server", "")  # server_tokens off
    # nginx writes the access line after the answer has gone out: a busy machine reads it late.
    log, deadline = stack.folder / "access.log", time.monotonic() + 5
    while "POST /api/v1/heartbeat" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "POST /api/v1/heartbeat" in log.read_text()


def test_plain_http_is_sent_to_https(stack: Stack) -> None:
    answer = requests.get(
        f"http://127.0.0.1:{stack.http_port}/api/v1/health", allow_redirects=False, timeout=5
    )
    assert answer.status_code == 301
    assert answer.headers["location"].startswith("https://")


def test_a_body_over_the_limit_is_refused_by_nginx_with_413(stack: Stack) -> None:
    """Declared 17 MiB: refused before a byte of it is read or reaches the app."""
    with stack.tls() as sock:
        sock.sendall(
            b"POST /api/v1/requests HTTP/1.1\r\nHost: localhost\r\n"
            + f"Authorization: Bearer {stack.token}\r\n".encode()
            + f"Content-Type: application/json\r\nContent-Length: {17 * 1024 * 1024}\r\n\r\n".encode()
        )
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"application/json" in head
    assert json.loads(body) == {"detail": "the body is larger than the 16777216 bytes allowed"}


def test_headers_sent_slowly_are_cut_by_nginx(stack: Stack) -> None:
    """One header line a second (slowloris): nginx closes the connection at its header timeout
    (2 s here), and the app never sees the request."""
    began = time.monotonic()
    closed = False
    with stack.tls() as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n")
        sock.settimeout(1.0)
        for n in range(15):
            try:
                sock.sendall(f"X-Slow-{n}: 1\r\n".encode())
                data = sock.recv(4096)
            except TimeoutError:
                continue
            except (OSError, ssl.SSLError):
                closed = True
                break
            if not data or data.startswith(b"HTTP/1.1 408"):
                closed = True
                break
    elapsed = time.monotonic() - began
    assert closed, "nginx kept a slowloris connection open"
    assert 1.5 < elapsed < 6.0


def test_a_body_sent_too_slowly_is_cut_by_nginx(stack: Stack) -> None:
    began = time.monotonic()
    with stack.tls() as sock:
        sock.sendall(
            b"POST /api/v1/heartbeat HTTP/1.1\r\nHost: localhost\r\n"
            + f"Authorization: Bearer {stack.token}\r\n".encode()
            + b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            + b'{"kiosk_id": '
        )
        sock.settimeout(10)
        try:
            while sock.recv(4096):
                pass
        except (OSError, ssl.SSLError):
            pass
    assert 1.5 < time.monotonic() - began < 6.0


def test_metrics_are_not_served_through_the_proxy(stack: Stack) -> None:
    auth = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    outside = requests.get(stack.url + "/metrics", headers=auth, verify=str(stack.cert), timeout=5)
    assert outside.status_code == 404
    inside = requests.get(f"http://127.0.0.1:{stack.app_port}/metrics", headers=auth, timeout=5)
    assert inside.status_code == 200
    assert "pitstop_central_requests_total" in inside.text
