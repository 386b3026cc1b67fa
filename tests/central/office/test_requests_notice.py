"""The content-free "new requests" e-mail to coordinators: counted per comune, batched, claimed
by one of many watchers, given back when the SMTP server fails, never a name or a number; and
end to end: a real `pitstop central serve` whose watch e-mails a real SMTP server after a real
kiosk's sync delivered requests."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey
from sqlalchemy import update

from central.models import StoredRequest
from central.notify import MailSettings
from central.office.kiosks_watch import describe_kiosk, watch_every
from central.office.requests_notice import (
    NOTICE_ENV,
    notice_message,
    notice_minutes,
    notice_once,
)
from central.store import CentralStore
from kiosk.intake.model import parse_request
from kiosk.intake.store import submit_request
from sync.engine import SyncEngine
from tests.central.live import free_port, make_kiosk, wait_for_health
from tests.central.office.conftest import PITSTOP, ROOT, seed_users
from tests.central.office.test_inbox import deliver
from tests.central.smtp import smtp_server
from tests.kiosk.intake.data import request_data

CANARY = "Zebulonia"
EVERY = dt.timedelta(minutes=15)


def _mail(port: int) -> MailSettings:
    return MailSettings(host="127.0.0.1", port=port, security="none", sender="p@example.org")


def _place(store: CentralStore, kiosk_id: str, comune: str) -> None:
    describe_kiosk(store, kiosk_id, name=kiosk_id, venue="", comune=comune, area="")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CentralStore]:
    central = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    seed_users(central)
    yield central
    central.close()


def _received(store: CentralStore, request_id: str, at: dt.datetime) -> None:
    """Set when the server received `request_id` (the tests' clock runs ahead of the real one)."""
    with store.writing() as session:
        session.execute(
            update(StoredRequest).where(StoredRequest.id == request_id).values(received_at=at)
        )


def _subject(message: Any) -> str:
    return " ".join(str(message["Subject"]).split())


def _contents(messages: list[Any]) -> str:
    return "\n".join(str(m["Subject"]) + "\n" + m.get_content() for m in messages)


def test_one_email_per_comune_with_counts_only(store: CentralStore) -> None:
    key = PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    with smtp_server() as (inbox, port):
        first = notice_once(store, now=now - dt.timedelta(hours=1), mail=_mail(port))
        assert first.mailed == 0  # the first run only records where counting starts
        for _ in range(3):
            deliver(store, "legnano-1", key, first_name=CANARY, phone="347 555 0199")
        deliver(store, "rho-1", key, first_name=CANARY)
        _place(store, "legnano-1", "Legnano")
        _place(store, "rho-1", "Rho")
        later = now + dt.timedelta(minutes=1)
        report = notice_once(store, now=later, mail=_mail(port))
        assert report.counted == {"Legnano": 3, "Rho": 1}
        messages = inbox.wait(2)
        assert notice_once(store, now=later + dt.timedelta(minutes=1), mail=_mail(port)).mailed == 0
    subjects = sorted(_subject(m) for m in messages)
    assert subjects == [
        "Family Pit Stop: 1 nuova richiesta per Rho / 1 new request for Rho",
        "Family Pit Stop: 3 nuove richieste per Legnano / 3 new requests for Legnano",
    ]
    assert {tuple(e[1]) for e in inbox.envelopes} == {("coord@example.org",)}
    text = _contents(messages)
    assert CANARY not in text and "347" not in text and "555" not in text
    assert "Sono arrivate 3 nuove richieste per Legnano." in text
    assert "3 new requests arrived for Legnano." in text


def test_batched_at_most_once_per_window(store: CentralStore) -> None:
    key = PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    with smtp_server() as (inbox, port):
        notice_once(store, now=now - dt.timedelta(minutes=20), mail=_mail(port), every=EVERY)
        deliver(store, "k1", key)
        assert notice_once(store, now=now + dt.timedelta(seconds=5), mail=_mail(port)).mailed == 1
        for _ in range(2):  # as if they came a minute later
            _received(store, deliver(store, "k1", key), now + dt.timedelta(minutes=1))
        soon = now + dt.timedelta(minutes=5)
        assert notice_once(store, now=soon, mail=_mail(port), every=EVERY).mailed == 0
        late = now + dt.timedelta(minutes=16)
        assert notice_once(store, now=late, mail=_mail(port), every=EVERY).counted == {"": 2}
        messages = inbox.wait(2)
    assert "2 new requests from kiosks without a comune" in _subject(messages[1])


def test_a_failing_smtp_server_counts_its_requests_in_the_next_window(
    store: CentralStore,
) -> None:
    key = PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    dead = _mail(free_port())
    notice_once(store, now=now - dt.timedelta(hours=1), mail=dead)
    deliver(store, "k1", key)
    failed = notice_once(store, now=now + dt.timedelta(seconds=5), mail=dead)
    assert (failed.mailed, failed.failed) == (0, 1)
    deliver(store, "k1", key)
    with smtp_server() as (inbox, port):
        too_soon = notice_once(store, now=now + dt.timedelta(minutes=1), mail=_mail(port))
        assert too_soon.mailed == 0  # still one e-mail per comune per window
        again = notice_once(store, now=now + dt.timedelta(minutes=16), mail=_mail(port))
        assert again.counted == {"": 2}  # nothing lost: both requests in the next e-mail
        inbox.wait(1)


@pytest.fixture
def any_seeded(any_store: CentralStore) -> CentralStore:
    seed_users(any_store)
    return any_store


def test_a_comune_whose_email_fails_keeps_its_window(any_seeded: CentralStore) -> None:
    store, key = any_seeded, PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    with smtp_server(refuse=lambda message: "Rho" in str(message["Subject"])) as (inbox, port):
        notice_once(store, now=now - dt.timedelta(hours=1), mail=_mail(port))
        for _ in range(3):
            deliver(store, "legnano-1", key)
        deliver(store, "rho-1", key)
        _place(store, "legnano-1", "Legnano")
        _place(store, "rho-1", "Rho")
        report = notice_once(store, now=now + dt.timedelta(seconds=5), mail=_mail(port))
        assert (report.counted, report.failed) == ({"Legnano": 3}, 1)
        assert len(inbox.refused) == 1 and len(inbox.wait(1)) == 1
    for kiosk in ("legnano-1", "rho-1"):
        _received(store, deliver(store, kiosk, key), now + dt.timedelta(seconds=30))
    with smtp_server() as (inbox, port):
        again = notice_once(store, now=now + dt.timedelta(minutes=16), mail=_mail(port))
        assert again.counted == {"Legnano": 1, "Rho": 2}  # Rho's first request is not lost
        inbox.wait(2)
        later = notice_once(store, now=now + dt.timedelta(minutes=32), mail=_mail(port))
        assert later.mailed == 0  # Rho is owed no more


def test_without_mail_settings_nothing_is_counted_or_taken(store: CentralStore) -> None:
    deliver(store, "k1", PrivateKey.generate())
    assert notice_once(store, mail=None).mailed == 0
    from central.models import RequestNotice

    with store.sessions() as session:
        assert session.get(RequestNotice, 1) is None


def test_many_watchers_send_one_email(store: CentralStore, tmp_path: Path) -> None:
    key = PrivateKey.generate()
    now = dt.datetime.now(dt.UTC)
    url = f"sqlite:///{tmp_path / 'central.db'}"
    with smtp_server() as (inbox, port):
        notice_once(store, now=now - dt.timedelta(hours=1), mail=_mail(port))
        for _ in range(4):
            deliver(store, "k1", key)
        stores = [CentralStore(url) for _ in range(6)]
        barrier = threading.Barrier(6)
        errors: list[BaseException] = []

        def run(own: CentralStore) -> None:
            try:
                barrier.wait()
                notice_once(own, now=now + dt.timedelta(minutes=1), mail=_mail(port))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in stores]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        for own in stores:
            own.close()
        assert errors == []
        inbox.wait(1)
        time.sleep(0.3)
        assert len(inbox.messages) == 1


def test_settings_from_the_environment() -> None:
    assert notice_minutes({}) == 15
    assert notice_minutes({NOTICE_ENV: "0"}) == 0
    for bad in ("-1", "1441", "soon"):
        with pytest.raises(ValueError, match=NOTICE_ENV):
            notice_minutes({NOTICE_ENV: bad})
    assert watch_every({}) == 60
    with pytest.raises(ValueError, match="PITSTOP_CENTRAL_WATCH_SECONDS"):
        watch_every({"PITSTOP_CENTRAL_WATCH_SECONDS": "0"})


def test_a_comune_cannot_add_a_header() -> None:
    subject, _ = notice_message("Legnano\nBcc: x@example.org", 2)
    assert "\n" not in subject and "Bcc:" in subject  # made one line, not a header


def test_a_real_serve_emails_the_coordinators_after_a_kiosk_delivers(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    store = CentralStore(db_url)
    seed_users(store)
    office = PrivateKey.generate()
    token = store.new_token("legnano-1")
    _place(store, "legnano-1", "Legnano")
    port = free_port()
    log = tmp_path / "serve.log"
    with smtp_server() as (inbox, smtp_port), log.open("wb") as out:
        env = {
            **os.environ,
            "PITSTOP_HOME": str(tmp_path / "home"),
            "PITSTOP_CENTRAL_WATCH_SECONDS": "1",
            NOTICE_ENV: "0",
        }
        process = subprocess.Popen(
            [
                *PITSTOP,
                "central",
                "--db",
                db_url,
                "serve",
                "--port",
                str(port),
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                str(smtp_port),
                "--smtp-security",
                "none",
                "--smtp-from",
                "pitstop@example.org",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_for_health(url, process, log)
            kiosk = make_kiosk(
                tmp_path,
                "legnano-1",
                office_key=office.public_key,
                mode="http",
                url=url,
                token=token,
            )
            for _ in range(2):
                request = parse_request(
                    request_data(kiosk_id="legnano-1", first_name=CANARY, phone="347 555 0199")
                )
                submit_request(kiosk.engine, request, office.public_key)
            assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once().delivered == 2
            kiosk.close()
            (message,) = inbox.wait(1, timeout=20)
        finally:
            process.terminate()
            process.wait(20)
    store.close()
    assert _subject(message) == (
        "Family Pit Stop: 2 nuove richieste per Legnano / 2 new requests for Legnano"
    )
    assert inbox.envelopes[0] == ("pitstop@example.org", ["coord@example.org"])
    everything = _contents([message]) + log.read_text()
    assert CANARY not in everything and "5550199" not in everything and "555 0199" not in everything
