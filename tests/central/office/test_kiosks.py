"""The kiosks page and the kiosk watch, in process: colours at their thresholds, the history,
one e-mail per transition through a real SMTP server (aiosmtpd), one sender among many
concurrent watchers (SQLite and PostgreSQL), and the page as each role sees it."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from central.models import Kiosk, KioskAlertEvent
from central.notify import MailSettings
from central.office.kiosks_watch import (
    alert_history,
    describe_kiosk,
    kiosk_interval,
    kiosk_status,
    watch_once,
)
from central.store import CentralStore
from sync.protocol import Heartbeat
from tests.central.office.conftest import login, seed_users
from tests.central.pg import Cluster
from tests.central.smtp import free_port, smtp_server

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _kiosk(**values: Any) -> Kiosk:
    defaults: dict[str, Any] = {
        "id": "k1",
        "last_heartbeat_at": T0,
        "catalogue_version": "2026.1",
        "pending": 0,
        "last_error": "",
        "revoked_at": None,
    }
    return Kiosk(**{**defaults, **values})


@pytest.mark.parametrize(
    ("silent", "interval", "colour", "reason"),
    [
        (dt.timedelta(0), 60, "green", "kiosks.reason.ok"),
        (dt.timedelta(minutes=3), 60, "green", "kiosks.reason.ok"),  # exactly 3 intervals
        (dt.timedelta(minutes=3, seconds=1), 60, "amber", "kiosks.reason.late"),
        (dt.timedelta(minutes=15), 60, "amber", "kiosks.reason.late"),  # exactly 15 minutes
        (dt.timedelta(minutes=15, seconds=1), 60, "red", "kiosks.reason.silent"),
        (dt.timedelta(minutes=15), 300, "green", "kiosks.reason.ok"),  # 3 × 5 min
        (dt.timedelta(hours=30), 300, "red", "kiosks.reason.silent"),
    ],
)
def test_colours_at_the_thresholds(
    silent: dt.timedelta, interval: int, colour: str, reason: str
) -> None:
    status = kiosk_status(_kiosk(), T0 + silent, interval=interval, published="2026.1")
    assert (status.colour, status.reason) == (colour, reason)


def test_errors_catalogue_pending_never_revoked() -> None:
    now = T0 + dt.timedelta(minutes=1)
    assert kiosk_status(_kiosk(last_error="cannot read catalogue"), now).colour == "red"
    old = kiosk_status(_kiosk(), now, published="2026.2")
    assert (old.colour, old.reason) == ("amber", "kiosks.reason.catalogue")
    waiting = kiosk_status(_kiosk(pending=4), now)
    assert (waiting.colour, waiting.fmt) == ("amber", {"count": 4})
    assert kiosk_status(_kiosk(last_heartbeat_at=None), now).colour == "grey"
    assert kiosk_status(_kiosk(revoked_at=T0), now).reason == "kiosks.reason.revoked"
    # the watch counts silence from its own start: a server that was down sees no dark kiosks
    late_start = T0 + dt.timedelta(hours=2)
    after = kiosk_status(_kiosk(), late_start + dt.timedelta(minutes=5), silent_from=late_start)
    assert after.colour != "red"


def test_the_interval_comes_from_the_environment() -> None:
    assert kiosk_interval({}) == 300
    assert kiosk_interval({"PITSTOP_CENTRAL_KIOSK_INTERVAL": "60"}) == 60
    with pytest.raises(ValueError, match="PITSTOP_CENTRAL_KIOSK_INTERVAL must be"):
        kiosk_interval({"PITSTOP_CENTRAL_KIOSK_INTERVAL": "5"})


# -- the watch on a real database ------------------------------------------------------------


def _beat(store: CentralStore, kiosk_id: str, at: dt.datetime, **values: Any) -> None:
    token = getattr(store, "_test_tokens", {}).get(kiosk_id)
    if token is None:
        token = store.new_token(kiosk_id)
        store.__dict__.setdefault("_test_tokens", {})[kiosk_id] = token
    beat = Heartbeat(kiosk_id=kiosk_id, sent_at=at, app_version="1.0", **values)
    store.record_heartbeat(token, beat, now=at)


def _mail(port: int) -> MailSettings:
    return MailSettings(host="127.0.0.1", port=port, security="none", sender="p@example.org")


@pytest.fixture
def store(tmp_path: Path) -> Any:
    central = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    seed_users(central)
    yield central
    central.close()


def test_one_email_when_a_kiosk_goes_red_and_one_when_it_comes_back(store: CentralStore) -> None:
    _beat(store, "legnano-1", T0)
    describe_kiosk(
        store,
        "legnano-1",
        name="Biblioteca\nLegnano",
        venue="Biblioteca",
        comune="legnano",
        area="",
    )
    with smtp_server() as (inbox, port):
        mail = _mail(port)
        assert watch_once(store, now=T0 + dt.timedelta(minutes=1), mail=mail).went_red == []
        dark = T0 + dt.timedelta(minutes=16)
        report = watch_once(store, now=dark, mail=mail)
        assert (report.went_red, report.mailed) == (["legnano-1"], 1)
        again = watch_once(store, now=dark + dt.timedelta(minutes=1), mail=mail)
        assert (again.went_red, again.mailed) == ([], 0)
        _beat(store, "legnano-1", dark + dt.timedelta(minutes=2))
        back = watch_once(store, now=dark + dt.timedelta(minutes=3), mail=mail)
        assert (back.came_back, back.mailed) == (["legnano-1"], 1)
        messages = inbox.wait(2)
    assert len(inbox.messages) == 2
    red, came_back = messages
    assert "in rosso" in red["Subject"] and "is red" in red["Subject"]
    assert "\n" not in red["Subject"]  # the kiosk's name cannot add a header
    assert "is back" in came_back["Subject"]
    assert set(inbox.envelopes[0][1]) == {"admin@example.org", "coord@example.org"}
    assert "Why: silent for 16 minutes" in red.get_content()
    assert "Perché: muto da 16 minuti" in red.get_content()
    history = alert_history(store)
    assert [(e.state, e.mail) for e in history] == [("back", "sent"), ("red", "sent")]


def test_a_failing_mail_server_keeps_the_email_and_sends_it_later(store: CentralStore) -> None:
    _beat(store, "k1", T0, last_error="the catalogue cannot be read")
    dead = _mail(free_port())
    report = watch_once(store, now=T0 + dt.timedelta(minutes=1), mail=dead)
    assert (report.went_red, report.mailed, report.mail_failed) == (["k1"], 0, 1)
    assert [e.mail for e in alert_history(store)] == ["pending"]
    with smtp_server() as (inbox, port):
        soon = watch_once(store, now=T0 + dt.timedelta(minutes=2), mail=_mail(port))
        assert soon.mailed == 0  # claimed by the failed try a minute ago: not yet again
        later = watch_once(store, now=T0 + dt.timedelta(minutes=7), mail=_mail(port))
        assert later.mailed == 1
        inbox.wait(1)
    assert [e.mail for e in alert_history(store)] == ["sent"]


def test_without_mail_settings_the_history_is_kept(store: CentralStore) -> None:
    _beat(store, "k1", T0)
    watch_once(store, now=T0 + dt.timedelta(minutes=20))
    assert [(e.state, e.mail) for e in alert_history(store)] == [("red", "none")]


def _race(url: str, port: int, watchers: int, now: dt.datetime) -> None:
    stores = [CentralStore(url) for _ in range(watchers)]  # one per "worker": own engine, lock
    barrier = threading.Barrier(watchers)
    errors: list[BaseException] = []

    def run(own: CentralStore) -> None:
        try:
            barrier.wait()
            watch_once(own, now=now, mail=_mail(port))
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


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_many_watchers_send_one_email_per_transition(
    backend: str, tmp_path: Path, postgres: Cluster | str
) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.db'}"
    else:
        if isinstance(postgres, str):
            pytest.fail(postgres)
        url = postgres.create_database(f"watch_{tmp_path.name[-20:].lower()}")
    store = CentralStore(url)
    try:
        seed_users(store)
        for n in range(3):
            _beat(store, f"k{n}", T0)
        with smtp_server() as (inbox, port):
            _race(url, port, 6, T0 + dt.timedelta(minutes=1))  # baseline: all fine
            _race(url, port, 6, T0 + dt.timedelta(minutes=20))  # all three go red
            inbox.wait(3)
            for n in range(3):
                _beat(store, f"k{n}", T0 + dt.timedelta(minutes=21))
            _race(url, port, 6, T0 + dt.timedelta(minutes=22))  # all three come back
            inbox.wait(6)
            assert len(inbox.messages) == 6
        with store.sessions() as session:
            events = list(session.query(KioskAlertEvent))
        assert sorted((e.kiosk_id, e.state) for e in events) == sorted(
            [(f"k{n}", s) for n in range(3) for s in ("red", "back")]
        )
        assert {e.mail for e in events} == {"sent"}
    finally:
        store.close()


# -- the page ------------------------------------------------------------------------------


def test_the_page_as_each_role_sees_it(
    office_store: CentralStore, office_client: httpx.Client
) -> None:
    now = dt.datetime.now(dt.UTC)
    _beat(office_store, "legnano-1", now - dt.timedelta(minutes=1))
    describe_kiosk(
        office_store, "legnano-1", name="Biblioteca <b>", venue="Piazza", comune="Legnano", area=""
    )
    _beat(office_store, "magenta-1", now - dt.timedelta(hours=3))
    describe_kiosk(office_store, "magenta-1", name="Magenta", venue="", comune="magenta", area="")
    office_store.new_token("new-one")
    watch_once(office_store, now=now)

    login(office_client, "viewer")
    page = office_client.get("/office/kiosks")
    assert page.status_code == 200
    text = page.text
    assert "Biblioteca &lt;b&gt;" in text and "<b>" not in text.split("<main")[1]
    assert text.index('id="kiosk-magenta-1"') < text.index('id="kiosk-legnano-1"')  # red first
    assert 'data-colour="red"' in text and 'data-colour="green"' in text
    assert "Rosso" in text and "muto da 180 minuti" in text  # a word, not only a colour
    assert "mai sentito" in text
    assert "in rosso" in text  # the history
    assert page.headers["content-security-policy"].startswith("default-src 'self'")

    office_client.cookies.clear()
    login(office_client, "oper")  # limited to Legnano
    mine = office_client.get("/office/kiosks").text
    assert "kiosk-legnano-1" in mine and "kiosk-magenta-1" not in mine


def test_signed_out_goes_to_sign_in(office_client: httpx.Client) -> None:
    answer = office_client.get("/office/kiosks", follow_redirects=False)
    assert answer.status_code == 303 and "/office/login" in answer.headers["location"]
