"""Fixtures of the office console's tests: a REAL `pitstop central serve` on 127.0.0.1 with one
account per role, Debian's chromium driven by Playwright (never `playwright install`), and an
in-process client for fast checks.

- `office_server` (session): `.url`, `.db_url`, `.store` (the same SQLite file, for setting
  things up), `.key` (the office's key pair: kiosks seal to `.key.public_key`), `.log`,
  `.add_user(role, name=None, password=PASSWORD)` (a fresh account, no one-time password).
- `browser` (session), `page` (a fresh context per test: no cookies; Italian browser unless
  `page_locale` is overridden), `signed_in(page, role)` signs in with the role's account.
- `office_store`, `office_live`, `office_client`: a real uvicorn in a thread on a fresh database
  with the same accounts, and an httpx client of it; `login(client, name)` signs it in,
  `csrf(client, path)` reads a form's token.
A test that needs a page to fail on a console error can use `page.console_errors` (a list).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.public import PrivateKey

from central.office.accounts import add_user
from central.office.rules import Role
from central.store import CentralStore
from tests.central.live import LiveServer, wait_for_health
from tests.central.live import free_port as _free_port

ROOT = Path(__file__).resolve().parents[3]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "pit-stop-test-password"
ROLE_USERS: dict[Role, str] = {
    "administrator": "admin",
    "coordinator": "coord",
    "operator": "oper",
    "viewer": "viewer",
}
_names = itertools.count(1)


def seed_users(store: CentralStore) -> None:
    """One account per role (ROLE_USERS), password PASSWORD, no one-time password."""
    for role, name in ROLE_USERS.items():
        add_user(
            store,
            name,
            f"{name}@example.org",
            role,
            PASSWORD,
            actor="test",
            one_time=False,
            comuni=("Legnano",) if role == "operator" else (),
        )


@dataclass
class OfficeServer:
    url: str
    db_url: str
    store: CentralStore
    key: PrivateKey
    log: Path
    process: subprocess.Popen[bytes]
    extra: dict[str, Any] = field(default_factory=dict)

    def add_user(self, role: Role, name: str | None = None, password: str = PASSWORD) -> str:
        """A new account of `role` (its name is returned)."""
        name = name or f"{role[:5]}{next(_names)}"
        add_user(
            self.store, name, f"{name}@example.org", role, password, actor="test", one_time=False
        )
        return name


@pytest.fixture(scope="session")
def office_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficeServer]:
    folder = tmp_path_factory.mktemp("office")
    db_url = f"sqlite:///{folder / 'central.db'}"
    store = CentralStore(db_url)
    seed_users(store)
    port = _free_port()
    log = folder / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*PITSTOP, "central", "--db", db_url, "serve", "--port", str(port), "--rate", "0"],
            cwd=ROOT,
            env={**os.environ, "PITSTOP_HOME": str(folder / "home")},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    wait_for_health(url, process, log)
    served = OfficeServer(url, db_url, store, PrivateKey.generate(), log, process)
    yield served
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    store.close()


# Module, not session: while Playwright's sync API is open the main thread has a running asyncio
# loop, and every later anyio.run/asyncio.run in it (in-process clients such as
# tests/central/test_server_hostile.InProcess) fails with "Already running asyncio in this thread".
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run tools/system-deps.sh --with-test (as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page_locale() -> str:
    return "it-IT"


@pytest.fixture
def page(browser: Any, page_locale: str) -> Iterator[Any]:
    context = browser.new_context(
        locale=page_locale, viewport={"width": 1280, "height": 800}, java_script_enabled=True
    )
    context.set_default_timeout(10_000)
    new_page = context.new_page()
    errors: list[str] = []
    new_page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    new_page.on("pageerror", lambda exc: errors.append(str(exc)))
    new_page.console_errors = errors
    yield new_page
    context.close()


@pytest.fixture
def signed_in(office_server: OfficeServer) -> Callable[..., Any]:
    """signed_in(page, role) -> page, signed in with that role's account, on the start page."""

    def sign_in(page: Any, role: Role, name: str | None = None) -> Any:
        page.goto(f"{office_server.url}/office/login")
        page.fill("#name", name or ROLE_USERS[role])
        page.fill("#password", PASSWORD)
        page.click("form[action='/office/login'] button[type=submit]")
        page.wait_for_load_state()
        assert "/office/login" not in page.url, page.content()
        return page

    return sign_in


# -- in process -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _seeded_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with ROLE_USERS, made once (Argon2 hashing is slow on purpose)."""
    path = tmp_path_factory.mktemp("office-seed") / "central.db"
    store = CentralStore(f"sqlite:///{path}")
    seed_users(store)
    store.close()
    return path


@pytest.fixture
def office_store(tmp_path: Path, _seeded_database: Path) -> Iterator[CentralStore]:
    """A fresh copy of the seeded database."""
    path = tmp_path / "central.db"
    shutil.copyfile(_seeded_database, path)
    store = CentralStore(f"sqlite:///{path}")
    yield store
    store.close()


@pytest.fixture
def office_live(office_store: CentralStore) -> Iterator[LiveServer]:
    live = LiveServer(office_store)
    yield live
    live.stop()


@pytest.fixture
def office_client(office_live: LiveServer) -> Iterator[httpx.Client]:
    """A client of a real uvicorn (in a thread) on a fresh database with ROLE_USERS."""
    with httpx.Client(base_url=office_live.url, timeout=10) as client:
        yield client


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(client: httpx.Client, path: str = "/office/login") -> str:
    """The CSRF token of the form at `path` (the client gets its cookie on the way)."""
    page = client.get(path)
    found = _TOKEN.search(page.text)
    assert found, page.text
    return found.group(1)


def login(client: httpx.Client, name: str, password: str = PASSWORD) -> httpx.Response:
    token = csrf(client)
    return client.post(
        "/office/login", data={"name": name, "password": password, "csrf_token": token}
    )
