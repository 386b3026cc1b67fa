"""Heartbeats per second of the central server, on SQLite and on PostgreSQL, one worker (prints
figures; no target: the full load test with workers and nginx is bench_central_load.py).

Two figures per database: the store alone (`CentralStore.record_heartbeat` in a loop, one
thread: the SQL of a heartbeat), and a real `pitstop central serve` (1 worker) with 4 keep-alive
clients. `--root DIR` runs another checkout's code (e.g. a worktree of an older commit, to
compare before and after). PostgreSQL is a throwaway cluster from Debian's packages (fsync off,
as in the tests: the figures are the server's CPU, not the disk's). Run:
`python benchmarks/bench_central_heartbeats.py [--root DIR] [--beats N]`.
"""

from __future__ import annotations

import argparse
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 4
PITSTOP = [sys.executable, "-m", "kiosk.cli.main", "central"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def store_rate(store: Any, beats: int) -> float:
    from sync.protocol import Heartbeat, convert

    tokens = [store.new_token(f"kiosk-store-{n}") for n in range(50)]
    messages = [
        convert(Heartbeat, {"kiosk_id": f"kiosk-store-{n}", "sent_at": "2026-12-01T09:00:00Z"})
        for n in range(50)
    ]
    started = time.perf_counter()
    for n in range(beats):
        store.record_heartbeat(tokens[n % 50], messages[n % 50])
    return beats / (time.perf_counter() - started)


def http_rate(root: Path, store: Any, db_url: str, home: Path, beats: int) -> float:
    port = free_port()
    tokens = [store.new_token(f"kiosk-http-{n}") for n in range(CLIENTS)]
    process = subprocess.Popen(
        [*PITSTOP, "--db", db_url, "serve", "--port", str(port), "--rate", "0", "--burst", "9999"],
        cwd=root,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.1)
        per_client = beats // CLIENTS
        errors: list[str] = []
        barrier = threading.Barrier(CLIENTS + 1)

        def client(n: int) -> None:
            body = json.dumps(
                {"kiosk_id": f"kiosk-http-{n}", "pending": 0, "sent_at": "2026-12-01T09:00:00Z"}
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
        if errors:
            raise RuntimeError(f"{len(errors)} errors, e.g. {errors[:3]}")
        return per_client * CLIENTS / took
    finally:
        process.terminate()
        process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code runs")
    parser.add_argument("--beats", type=int, default=4000, help="heartbeats per figure")
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    from central.store import CentralStore
    from tests.central.pg import Cluster

    print(f"code: {root} ({_commit(root)})")
    cluster = Cluster()
    cluster.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            urls = {
                "SQLite": f"sqlite:///{Path(tmp) / 'central.sqlite3'}",
                "PostgreSQL": cluster.create_database("bench_heartbeats"),
            }
            for name, url in urls.items():
                store = CentralStore(url)
                try:
                    alone = store_rate(store, args.beats)
                    served = http_rate(root, store, url, Path(tmp) / "home", args.beats)
                finally:
                    store.close()
                print(
                    f"{name:10}  store alone: {alone:6.0f} heartbeats/s   "
                    f"HTTP, 1 worker, {CLIENTS} clients: {served:5.0f} heartbeats/s"
                )
    finally:
        cluster.stop()
    return 0


def _commit(root: Path) -> str:
    found = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h"], capture_output=True, text=True
    )
    return found.stdout.strip() or "unknown commit"


if __name__ == "__main__":
    sys.exit(main())
