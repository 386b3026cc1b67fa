"""`pitstop central serve --workers N`: a real multi-worker server on a real PostgreSQL; the
connection guards hold in every worker, /metrics sums the workers, SQLite is refused."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from central.store import CentralStore
from tests.central.live import free_port as _free_port
from tests.central.pg import Cluster

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
METRICS_TOKEN = "m" * 32
BEAT = {"kiosk_id": "kiosk-1", "sent_at": "2026-12-01T09:00:00Z", "pending": 4}


class Workers:
    def __init__(self, process: subprocess.Popen[bytes], port: int, log: Path, token: str) -> None:
        self.process, self.port, self.log, self.token = process, port, log, token

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def workers(postgres: Cluster | str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    if isinstance(postgres, str):
        pytest.skip(postgres)
    folder = tmp_path_factory.mktemp("workers")
    url = postgres.create_database("central_workers")
    store = CentralStore(url)
    token = store.new_token("kiosk-1")
    store.close()
    port = _free_port()
    log = folder / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                *PITSTOP,
                *("central", "--db", url, "serve", "--port", str(port), "--workers", "2"),
                *("--header-timeout", "1", "--rate", "0"),
            ],
            cwd=ROOT,
            env={
                **os.environ,
                "PITSTOP_HOME": str(folder / "home"),
                "PITSTOP_CENTRAL_METRICS_TOKEN": METRICS_TOKEN,
            },
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    served = Workers(process, port, log, token)
    deadline = time.monotonic() + 60
    while len(re.findall(r"Started server process", log.read_text())) < 2:
        assert process.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    yield served
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def test_two_workers_answer_heartbeats_and_sum_their_metrics(workers: Workers) -> None:
    auth = {"Authorization": f"Bearer {workers.token}"}
    for _ in range(40):  # a new connection each: the kernel spreads them over the workers
        answer = requests.post(
            workers.url + "/api/v1/heartbeat", json=BEAT, headers=auth, timeout=10
        )
        assert answer.status_code == 200, answer.text
    text = requests.get(
        workers.url + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=10
    ).text
    found = re.search(
        r'pitstop_central_requests_total\{endpoint="/api/v1/heartbeat",method="POST",'
        r'status="200"\} (\S+)',
        text,
    )
    assert found is not None, text[:2000]
    assert float(found.group(1)) == 40.0
    assert "pitstop_central_kiosk_pending_requests 4.0" in text
    assert "pitstop_central_kiosks_seen_last_hour 1.0" in text
    log = workers.log.read_text()
    pids = set(re.findall(r"Started server process \[(\d+)\]", log))
    assert len(pids) == 2


def test_every_worker_cuts_slow_headers(workers: Workers) -> None:
    """Several slowloris connections (spread over both workers) all get 408 after 1 s."""
    answers = []
    socks = [socket.create_connection(("127.0.0.1", workers.port), timeout=5) for _ in range(6)]
    began = time.monotonic()
    for sock in socks:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
    for sock in socks:
        with sock:
            answers.append(sock.recv(4096))
    assert all(answer.startswith(b"HTTP/1.1 408 ") for answer in answers), answers
    assert time.monotonic() - began < 4.0


def test_a_killed_worker_is_replaced(workers: Workers) -> None:
    log = workers.log.read_text()
    pid = int(re.findall(r"Started server process \[(\d+)\]", log)[0])
    os.kill(pid, 9)
    deadline = time.monotonic() + 30
    while len(re.findall(r"Started server process", workers.log.read_text())) < 3:
        assert time.monotonic() < deadline, workers.log.read_text()[-2000:]
        time.sleep(0.2)
    answer = requests.get(workers.url + "/api/v1/health", timeout=5)
    assert answer.status_code == 200


def test_workers_on_sqlite_are_refused_with_the_fix(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            *PITSTOP,
            *("central", "--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "serve"),
            *("--workers", "2", "--port", str(_free_port())),
        ],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--workers 2 needs PostgreSQL" in result.stderr
    assert "--db postgresql+psycopg://" in result.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--workers", "0"), "must be a number from 1 to 64, not '0'"),
        (("--workers", "two"), "must be a number from 1 to 64, not 'two'"),
        (("--metrics-token", "short"), "must be at least 16 characters"),
    ],
)
def test_bad_serve_options_are_one_sentence(
    tmp_path: Path, options: tuple[str, ...], message: str
) -> None:
    result = subprocess.run(
        [*PITSTOP, "central", "--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "serve", *options],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
