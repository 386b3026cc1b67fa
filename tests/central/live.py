"""A real central server (uvicorn on 127.0.0.1, in a thread) and kiosks to talk to it, for tests
and benchmarks; `free_port()` and `wait_for_health()` for tests that start a real
`pitstop central serve` subprocess."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from nacl.public import PrivateKey, PublicKey

from central.app import create_app
from central.store import CentralStore
from kiosk import settings as settings_mod
from kiosk.context import KioskContext, open_kiosk
from kiosk.intake.model import ContactRequest, parse_request
from kiosk.intake.store import submit_request
from kiosk.privacy.keys import write_public_key


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (another process may take it before it is used)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_health(
    url: str,
    process: subprocess.Popen[Any],
    log: Path | None = None,
    timeout: float = 30.0,
) -> httpx.Response:
    """Wait until the server at `url` answers /api/v1/health with 200 (its answer is returned);
    AssertionError, with the end of `log`, when `process` ends first or after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            answer = httpx.get(f"{url}/api/v1/health", timeout=1)
            if answer.status_code == 200:
                return answer
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            told = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise AssertionError(f"pitstop central serve did not answer at {url}:\n{told}")
        time.sleep(0.1)


class LiveServer:
    """`create_app` served by uvicorn on a free loopback port until `stop()`."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(store=store),
            log_level="warning",
            lifespan="off",
            access_log=False,
            ws="none",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


def make_kiosk(
    root: Path, kiosk_id: str, *, office_key: PublicKey | None = None, **sync: Any
) -> KioskContext:
    """A kiosk data folder `root/kiosk_id` with `sync.<key>` settings, opened (no catalogue).

    It holds an office public key (`office_key`, else a new one) as `office.pub`: a kiosk in
    demo mode delivers to its demo share only (sync.engine.delivery_problem).
    """
    home = root / kiosk_id
    home.mkdir(parents=True, exist_ok=True)
    write_public_key(home / "office.pub", office_key or PrivateKey.generate().public_key)
    settings = (
        settings_mod.Settings()
        .with_value("kiosk.id", kiosk_id)
        .with_value("privacy.central_public_key", "office.pub")
    )
    for key, value in sync.items():
        settings = settings.with_value(f"sync.{key}", value)
    settings_mod.save(home, settings)
    return open_kiosk(home, load_demo=False)


def contact_request(kiosk_id: str, created_at: dt.datetime | None = None) -> ContactRequest:
    now = created_at or dt.datetime.now(dt.UTC)
    return parse_request(
        {
            "id": uuid.uuid4(),
            "kiosk_id": kiosk_id,
            "created_at": now,
            "needs": ["closure_care"],
            "children_ages": [6],
            "comune": "legnano",
            "first_name": "Giulia",
            "phone": "+39 0331 555 0199",
            "notice_version": "2026-11",
            "notice_shown_at": now,
            "consent_notice": True,
        }
    )


def submit(
    context: KioskContext, key: PrivateKey, count: int = 1, created_at: dt.datetime | None = None
) -> list[str]:
    """Store `count` sealed requests in the kiosk's outbox (as the intake screen does)."""
    ids = []
    for _ in range(count):
        request = contact_request(context.settings.kiosk.id, created_at)
        ids.append(submit_request(context.engine, request, key.public_key).id)
    return ids


class FakeClock:
    """Wall-clock time that moves only when told (the engine's `clock`)."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)

    def to(self, when: dt.datetime) -> None:
        self.now = max(self.now, when)
