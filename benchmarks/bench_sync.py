"""Sync figures against a real central server in its own process on loopback (prints figures).

Targets (issue 5): 1,000 queued requests delivered to a local server <= 5 s; an unchanged-
catalogue poll <= 1 kB on the wire (HTTP bytes both ways, measured by a counting proxy); the
server (SQLite) >= 500 heartbeats/s under a bounded load (a fixed number of heartbeats from a
few keep-alive clients). Exits 3 when a target is missed. Run: `python benchmarks/bench_sync.py`.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nacl.public import PrivateKey  # noqa: E402
from targets import check, exit_code  # noqa: E402

from central.store import CentralStore  # noqa: E402
from sync.engine import SyncEngine  # noqa: E402
from sync.http import HttpTransport  # noqa: E402
from sync.transport import Deadline  # noqa: E402
from tests.central.live import make_kiosk, submit  # noqa: E402
from tests.factories import catalogue_dict  # noqa: E402
from tests.sync.proxy import FaultProxy  # noqa: E402

HEARTBEATS = 4000
CLIENTS = 4


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db_url: str, home: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cli.main",
            "central",
            "--db",
            db_url,
            "serve",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the central server did not start") from None
            time.sleep(0.1)


def bench_delivery(root: Path, store: CentralStore, port: int) -> float:
    key = PrivateKey.generate()
    kiosk = make_kiosk(
        root,
        "kiosk-bench",
        mode="http",
        url=f"http://127.0.0.1:{port}",
        token=store.new_token("kiosk-bench"),
    )
    submit(kiosk, key, 1000)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    started = time.perf_counter()
    status = engine.run_once()
    took = time.perf_counter() - started
    assert status.ok and status.delivered == 1000 and status.pending == 0, status.summary()
    assert store.request_count("kiosk-bench") == 1000
    kiosk.close()
    return took


def bench_unchanged_poll(root: Path, store: CentralStore, port: int) -> int:
    source = root / "catalogo.json"
    source.write_text(json.dumps(catalogue_dict(500)), encoding="utf-8")
    store.publish_catalogue(source)
    proxy = FaultProxy(port)
    transport = HttpTransport(proxy.url, store.new_token("kiosk-poll"))
    try:
        first = transport.fetch_catalogue("", "", root, Deadline(30))
        assert first is not None
        proxy.reset_counters()
        assert transport.fetch_catalogue(first.checksum, first.etag, root, Deadline(30)) is None
        return proxy.bytes_from_client + proxy.bytes_to_client
    finally:
        transport.close()
        proxy.close()


def bench_heartbeats(store: CentralStore, port: int) -> float:
    tokens = [store.new_token(f"kiosk-load-{n}") for n in range(CLIENTS)]
    per_client = HEARTBEATS // CLIENTS
    errors: list[str] = []
    barrier = threading.Barrier(CLIENTS + 1)

    def client(n: int) -> None:
        body = json.dumps(
            {
                "kiosk_id": f"kiosk-load-{n}",
                "app_version": "0.1.0",
                "pending": 0,
                "sent_at": "2026-12-01T09:00:00Z",
            }
        ).encode()
        headers = {"Authorization": f"Bearer {tokens[n]}", "Content-Type": "application/json"}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        barrier.wait()
        for _ in range(per_client):
            connection.request("POST", "/api/v1/heartbeat", body, headers)
            answer = connection.getresponse()
            answer.read()
            if answer.status != 200:
                errors.append(str(answer.status))
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - started
    assert not errors, errors[:5]
    return per_client * CLIENTS / took


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db_url = f"sqlite:///{root / 'central.sqlite3'}"
        store = CentralStore(db_url)
        process, port = start_server(db_url, root / "server-home")
        try:
            delivery = bench_delivery(root, store, port)
            poll = bench_unchanged_poll(root, store, port)
            rate = bench_heartbeats(store, port)
        finally:
            process.terminate()
            process.wait(10)
            store.close()
    results = [
        ("1,000 queued requests delivered", f"{delivery:.2f} s", "<= 5 s", delivery <= 5),
        ("unchanged-catalogue poll on the wire", f"{poll} bytes", "<= 1024 bytes", poll <= 1024),
        (
            f"heartbeats/s ({HEARTBEATS} from {CLIENTS} keep-alive clients, SQLite)",
            f"{rate:.0f}/s",
            ">= 500/s",
            rate >= 500,
        ),
    ]
    for name, value, target, ok in results:
        check(name, value, target, ok)
    return exit_code()


if __name__ == "__main__":
    sys.exit(main())
