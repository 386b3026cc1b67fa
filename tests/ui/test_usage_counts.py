"""Issue 15's first bar: 30 sessions driven through the kiosk's screens (searches with and
without results, categories, filters, details with their QR codes, contact requests sent and
abandoned, five languages) give the office exactly the counts they should, through a real
`pitstop central serve` (the heartbeat bodies captured on the way) and through a real shared
folder read by `pitstop central import-usage`; nothing finer than a day and nothing the parent
typed in the contact request (name, phone, e-mail) or a search word with a digit or an "@" is in
the kiosk's SQLite file, its WAL, the heartbeats or the share's files. A day sent again replaces
the office's counts (never adds to them); once closed and delivered it is wiped from the kiosk.
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from nacl.public import PrivateKey

from central.store import CentralStore
from central.usage import held as office_counts
from kiosk import settings as settings_mod
from kiosk.paths import database_path
from kiosk.privacy.keys import write_public_key
from kiosk.usage import metrics
from kiosk.usage import store as usage_store
from sync.engine import SyncEngine
from sync.folder import FolderTransport
from tests.kiosk.intake.conftest import CANARIES, CANARY_EMAIL, CANARY_NAME, CANARY_PHONE_TYPED
from tests.ui.conftest import TODAY, demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.intake.test_intake_ui import _fill_until_review, _submit, tap
from tests.ui.qmlhelpers import click, settle, type_text, wait_for
from ui.app import KioskApp
from ui.features.intake import IntakeFeature
from ui.features.usage import UsageFeature

pytestmark = pytest.mark.timeout(900)
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "demo" / "catalogue.json"
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
KIOSK = "kiosk-usage"
DAY = dt.date.today()
"""Counts are kept by the kiosk's local day; the office takes days near its own clock."""
SETTLE = 0.3
TYPED_NEVER_KEPT = ("3475550199", "tel 3475550199", CANARY_EMAIL, "canary@example")
_TIME = re.compile(rb"[0-9]{2}:[0-9]{2}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Office:
    """A real `pitstop central serve` on a SQLite file, behind a recording forwarder that
    keeps every heartbeat body the kiosk sends."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.url = f"sqlite:///{folder / 'central.sqlite3'}"
        store = CentralStore(self.url)
        self.token = store.new_token(KIOSK)
        store.publish_catalogue(DEMO)  # the office keeps detail/category ids of its catalogue
        store.close()
        port = _free_port()
        self.process = subprocess.Popen(
            [*PITSTOP, "central", "--db", self.url, "serve", "--port", str(port)],
            cwd=ROOT,
            env={**os.environ, "PITSTOP_HOME": str(folder)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        upstream = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # two cores shared by many: a slow start is no fault
        while True:
            try:
                requests.get(f"{upstream}/api/v1/health", timeout=1)
                break
            except requests.RequestException:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    raise AssertionError("pitstop central serve did not start") from None
                time.sleep(0.1)
        self.heartbeats: list[bytes] = []
        beats = self.heartbeats

        class Forward(http.server.BaseHTTPRequestHandler):
            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.endswith("/heartbeat"):
                    beats.append(body)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                answer = requests.request(
                    self.command, upstream + self.path, data=body, headers=headers, timeout=30
                )
                self.send_response(answer.status_code)
                for name in ("Content-Type", "ETag"):
                    if name in answer.headers:
                        self.send_header(name, answer.headers[name])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _forward

            def log_message(self, *args: object) -> None:
                pass

        self.forwarder = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Forward)
        threading.Thread(target=self.forwarder.serve_forever, daemon=True).start()
        self.address = f"http://127.0.0.1:{self.forwarder.server_address[1]}"

    def counts(
        self, url: str | None = None
    ) -> dict[tuple[str, dt.date], dict[tuple[str, str], int]]:
        store = CentralStore(url or self.url)
        try:
            return office_counts(store)
        finally:
            store.close()

    def close(self) -> None:
        self.forwarder.shutdown()
        self.forwarder.server_close()
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    running = Office(tmp_path / "office")
    yield running
    running.close()


def _enrol(home: Path, office: Office) -> None:
    write_public_key(home / "office.pub", PrivateKey.generate().public_key)
    settings = settings_mod.load_or_init(home)
    for key, value in {
        "kiosk.id": KIOSK,
        "privacy.central_public_key": "office.pub",
        "sync.mode": "http",
        "sync.url": office.address,
        "sync.token": office.token,
    }.items():
        settings = settings.with_value(key, value)
    settings_mod.save(home, settings)


class Visitor:
    """Drives one kiosk like visitors do and writes down what should be counted."""

    def __init__(self, kiosk: KioskApp) -> None:
        self.kiosk = kiosk
        self.w = kiosk.window
        self.expected: Counter[tuple[str, str]] = Counter()

    def begin(self, lang: str) -> None:
        wait_for(self.w, "attract")
        click(self.w, "attract.start" if lang == "it" else f"lang.{lang}")
        wait_for(self.w, "home")
        self.expected[(metrics.SESSION, "")] += 1
        self.expected[(metrics.SESSION_LENGTH, "0-1")] += 1
        self.expected[(metrics.LANGUAGE, lang)] += 1

    def search(self, words: str, kept: str | None = None) -> bool:
        """Search `words`; when nothing is found, `kept` is the word the office should receive
        (written by hand, normalised: not computed by the code under test)."""
        click(self.w, "home.search")
        wait_for(self.w, "results.search")
        type_text(self.w, words)
        settle(round(SETTLE * 1000) + 250)
        found = self.kiosk.results.total > 0
        self.expected[(metrics.SEARCH, "")] += 1
        if not found:
            self.expected[(metrics.SEARCH_EMPTY, "")] += 1
            if kept is not None:
                self.expected[(metrics.SEARCH_WORD, kept)] += 1
        return found

    def category(self, category_id: str) -> None:
        click(self.w, f"category.{category_id}")
        wait_for(self.w, "results")
        self.expected[(metrics.CATEGORY, category_id)] += 1

    def open_first(self) -> None:
        first = str(self.kiosk.results.model.get(0)["key"])
        click(self.w, f"results.item.{first}")
        wait_for(self.w, "detail")
        detail = self.kiosk.detail
        assert detail.offeringId == first
        self.expected[(metrics.DETAIL, first)] += 1
        for kind, name in (
            ("link", "qrLink"),
            ("contact", "qrContact"),
            ("calendar", "qrCalendar"),
        ):
            if detail.text(name):
                self.expected[(metrics.QR, kind)] += 1

    def filters(self) -> None:
        click(self.w, "filter.age")
        click(self.w, "choice.4")
        click(self.w, "filter.free")
        self.expected[(metrics.FILTER, "age")] += 1
        self.expected[(metrics.FILTER, "free")] += 1

    def request(self) -> None:
        click(self.w, "detail.contactMe")
        self.expected[(metrics.REQUEST_STARTED, "")] += 1
        _fill_until_review(
            self.kiosk, name=CANARY_NAME, phone=CANARY_PHONE_TYPED, email=CANARY_EMAIL
        )
        _submit(self.kiosk)
        self.expected[(metrics.REQUEST_SENT, "")] += 1

    def abandoned_request(self) -> None:
        click(self.w, "nav.home")
        wait_for(self.w, "home")
        tap(self.w, "home.contact")
        self.expected[(metrics.REQUEST_STARTED, "")] += 1
        wait_for(self.w, "intake.step.notice")

    def end(self) -> None:
        self.kiosk.session.wipe()  # what the end of the idle countdown calls
        wait_for(self.w, "attract")


def _thirty_sessions(visitor: Visitor) -> None:
    languages = ["it", "en", "ar", "ro", "uk"]
    for n in range(30):
        visitor.begin(languages[n % 5])
        kind = n % 6
        if kind == 0:
            visitor.category("campus-vacanze")
            visitor.open_first()
        elif kind == 1:
            assert visitor.search("legnano")
            visitor.open_first()
        elif kind == 2:
            if n % 4:
                assert not visitor.search("piscinaz", "piscinaz")
            else:
                assert not visitor.search("Città   Ghiacciata", "citta ghiacciata")
        elif kind == 3:
            assert not visitor.search("tel 3475550199")
            visitor.filters()
        elif kind == 4:
            visitor.category("campus-vacanze")
            visitor.open_first()
            if n % 12 == 4:
                visitor.request()
        else:
            assert not visitor.search(CANARY_EMAIL)
            visitor.abandoned_request()
        visitor.end()


def _local(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).astimezone()


def _cycle(home: Path, kiosk: KioskApp, when: dt.datetime, **options: object) -> None:
    engine = kiosk.services.database.engine
    assert engine is not None
    status = SyncEngine(
        home,
        settings_mod.load_or_init(home),
        engine,
        clock=lambda: when,
        write=kiosk.services.tasks.writer.call,
        **options,  # type: ignore[arg-type]
    ).run_once()
    assert status.ok, status.last_error


def _assert_private(data: bytes, where: str) -> None:
    lowered = data.lower()
    for typed in (*CANARIES, *TYPED_NEVER_KEPT):
        for form in {typed, typed.lower(), typed.replace(" ", "")}:
            assert form.encode() not in lowered, f"{form!r} in {where}"


def test_thirty_sessions_reach_the_office_exactly_and_nothing_personal_is_kept(
    qapp: object,
    demo_home: Path,  # noqa: F811
    office: Office,
    tmp_path: Path,
) -> None:
    _enrol(demo_home, office)
    usage = UsageFeature(settle_seconds=SETTLE, today=lambda: DAY)
    kiosk = KioskApp(demo_home, size=(1280, 800), today=TODAY, features=[IntakeFeature(), usage])
    try:
        visitor = Visitor(kiosk)
        _thirty_sessions(visitor)
        kiosk.services.tasks.drain()
        assert kiosk.qml_warnings == []
        expected = {key: n for key, n in visitor.expected.items()}
        assert expected[(metrics.SESSION, "")] == 30
        assert expected[(metrics.REQUEST_SENT, "")] == 3
        assert expected[(metrics.SEARCH_WORD, "citta ghiacciata")] == 2

        (kept,) = usage_store.held(kiosk.services.database.engine)
        assert (kept.day, dict(kept.counts)) == (DAY, expected)

        share = tmp_path / "share"
        share.mkdir()
        folder = FolderTransport(share, KIOSK)
        _cycle(demo_home, kiosk, _local(DAY), transport=folder)  # the shared folder
        _cycle(demo_home, kiosk, _local(DAY))  # the central server, the day still open
        assert usage_store.total_rows(kiosk.services.database.engine) == len(expected)

        assert office.counts() == {(KIOSK, DAY): expected}
        shared_db = f"sqlite:///{tmp_path / 'from-share.sqlite3'}"
        shared_store = CentralStore(shared_db)
        shared_store.publish_catalogue(DEMO)
        shared_store.close()
        imported = subprocess.run(
            [*PITSTOP, "central", "--db", shared_db, "import-usage", "--share", str(share)],
            cwd=ROOT,
            env={**os.environ, "PITSTOP_HOME": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert imported.returncode == 0, imported.stderr
        assert office.counts(shared_db) == {(KIOSK, DAY): expected}

        # two days later the day is closed: sent again it replaces (not adds), then it is wiped
        _cycle(demo_home, kiosk, _local(DAY + dt.timedelta(days=2)))
        assert office.counts() == {(KIOSK, DAY): expected}
        assert usage_store.total_rows(kiosk.services.database.engine) == 0

        sent = [json.loads(body) for body in office.heartbeats]
        assert [len(beat.get("usage", [])) for beat in sent] == [1, 1]
        for body in office.heartbeats:
            _assert_private(body, "a heartbeat")
            usage_part = json.dumps(json.loads(body)["usage"]).encode()
            assert not _TIME.search(usage_part), "a time in the usage counts"
        for path in share.rglob("*"):
            if path.is_file():
                _assert_private(path.read_bytes(), str(path))
        day_file = share / "usage" / KIOSK / f"{DAY.isoformat()}.json"
        assert not _TIME.search(day_file.read_bytes())
    finally:
        kiosk.close()
    db = database_path(demo_home)
    for path in (db, db.with_name(db.name + "-wal")):
        if path.exists():
            _assert_private(path.read_bytes(), path.name)
