"""Which kiosks are fine, late or dark, and the e-mail when one goes dark or comes back.

`kiosk_status(kiosk, now, …)` gives a kiosk's colour with the reason, from its latest
heartbeat: green when heard within 3 sync intervals and nothing is wrong; amber when later than
that, when its catalogue is not the published one, or when requests wait on it; red when silent
for more than 15 minutes or reporting an error; grey when never heard from or its token is
revoked. The server cannot know each kiosk's sync interval: it takes one for all
(`PITSTOP_CENTRAL_KIOSK_INTERVAL`, default the kiosk's default, 300 s).

`KioskWatch` runs `watch_once` every minute in `pitstop central serve`: a kiosk turning red (or
back from red) is a conditional update of its `kiosk_alert` row, so however many servers or
workers run it, only the one whose update changed the row records the event (the history) and
e-mails the coordinators and administrators; the e-mail is then claimed by one sender, retried
when the SMTP server fails (5 tries), and never carries personal data. Silence counts from the
watch's own start at the earliest, so a server that was down does not report every kiosk dark.
This cannot see a kiosk that was never enrolled here, nor tell a dark kiosk from a dark network.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from central.models import Kiosk, KioskAlert, KioskAlertEvent, OfficeUser, PublishedCatalogue
from central.notify import MailError, MailSettings, mail_settings_from_env, send_mail
from central.store import CentralStore
from central.timeutil import as_utc
from kiosk.text import printable

log = logging.getLogger(__name__)

Colour = Literal["green", "amber", "red", "grey"]
RED_AFTER: Final = dt.timedelta(minutes=15)
LATE_INTERVALS: Final = 3
DEFAULT_INTERVAL: Final = 300
INTERVAL_ENV: Final = "PITSTOP_CENTRAL_KIOSK_INTERVAL"
WATCH_EVERY: Final = 60.0
WATCH_ENV: Final = "PITSTOP_CENTRAL_WATCH_SECONDS"
MAIL_TRIES: Final = 5
MAIL_CLAIM: Final = dt.timedelta(minutes=5)
"""A claimed e-mail not marked sent after this long is claimed again (its sender died)."""
ALERT_ROLES: Final = ("administrator", "coordinator")
HISTORY_DAYS: Final = 90
SEVERITY: Final[dict[str, int]] = {"red": 0, "amber": 1, "grey": 2, "green": 3}


def kiosk_interval(env: dict[str, str] | None = None) -> int:
    """The kiosks' sync interval in seconds ($PITSTOP_CENTRAL_KIOSK_INTERVAL, 10 to 86400)."""
    text = (os.environ if env is None else env).get(INTERVAL_ENV, "").strip()
    if not text:
        return DEFAULT_INTERVAL
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 10 <= value <= 86_400:
        raise ValueError(
            f"${INTERVAL_ENV} must be the kiosks' sync interval in seconds (10 to 86400), "
            f"not {printable(text)!r}"
        )
    return value


@dataclass(frozen=True)
class KioskStatus:
    colour: Colour
    reason: str
    """An i18n key (central/office/kiosks_i18n.py)."""
    fmt: dict[str, object] = field(default_factory=dict)


def kiosk_status(
    kiosk: Kiosk,
    now: dt.datetime,
    *,
    interval: int = DEFAULT_INTERVAL,
    published: str | None = None,
    silent_from: dt.datetime | None = None,
) -> KioskStatus:
    """`kiosk`'s colour at `now` (see the module's text). `published` is the published
    catalogue's version; silence counts from `silent_from` when that is later than the last
    heartbeat (the watch's start)."""
    last = as_utc(kiosk.last_heartbeat_at)
    if kiosk.revoked_at is not None:
        return KioskStatus("grey", "kiosks.reason.revoked")
    if last is None:
        return KioskStatus("grey", "kiosks.reason.never")
    silent = now - max(last, silent_from or last)
    minutes = int(silent.total_seconds() // 60)
    if silent > RED_AFTER:
        return KioskStatus("red", "kiosks.reason.silent", {"minutes": minutes})
    if kiosk.last_error:
        return KioskStatus("red", "kiosks.reason.error")
    if silent > dt.timedelta(seconds=LATE_INTERVALS * interval):
        return KioskStatus("amber", "kiosks.reason.late", {"minutes": minutes})
    if published is not None and kiosk.catalogue_version != published:
        return KioskStatus("amber", "kiosks.reason.catalogue")
    if kiosk.pending > 0:
        return KioskStatus("amber", "kiosks.reason.pending", {"count": kiosk.pending})
    return KioskStatus("green", "kiosks.reason.ok")


def published_version(store: CentralStore) -> str | None:
    """The catalogue version kiosks should have (the newest published), None before any."""
    with store.engine.connect() as connection:
        row = connection.execute(
            select(PublishedCatalogue.catalogue_version)
            .order_by(PublishedCatalogue.version.desc())
            .limit(1)
        ).first()
    return None if row is None else str(row.catalogue_version)


# -- the watch ---------------------------------------------------------------------------------


@dataclass
class WatchReport:
    """What one run did (for tests and the log)."""

    went_red: list[str] = field(default_factory=list)
    came_back: list[str] = field(default_factory=list)
    mailed: int = 0
    mail_failed: int = 0


def _changed(result: Any) -> int:
    return int(result.rowcount or 0) if isinstance(result, CursorResult) else 0


def _claim_transition(
    store: CentralStore, kiosk: Kiosk, state: str, reason: str, now: dt.datetime, mail: str
) -> bool:
    """Move `kiosk`'s alert row to `state`; True when this caller made the change (and so
    recorded the event). A kiosk seen for the first time records an event only when red."""
    insert = sqlite.insert if store.is_sqlite else postgresql.insert
    with store.writing() as session:
        current = session.scalar(select(KioskAlert.state).where(KioskAlert.kiosk_id == kiosk.id))
        if current == state:
            return False
        if current is None:
            done = session.execute(
                insert(KioskAlert)
                .values(kiosk_id=kiosk.id, state=state, since=now)
                .on_conflict_do_nothing(index_elements=["kiosk_id"])
            )
            if _changed(done) != 1 or state != "red":
                return False
        else:
            done = session.execute(
                update(KioskAlert)
                .where(KioskAlert.kiosk_id == kiosk.id, KioskAlert.state == current)
                .values(state=state, since=now)
            )
            if _changed(done) != 1:  # another worker changed it first
                return False
        session.add(
            KioskAlertEvent(
                kiosk_id=kiosk.id,
                at=now,
                state="red" if state == "red" else "back",
                reason=reason[:300],
                mail=mail,
                mail_tries=0,
            )
        )
    return True


def alert_recipients(store: CentralStore) -> list[str]:
    """The e-mail addresses of coordinators and administrators."""
    with store.sessions() as session:
        rows = session.scalars(
            select(OfficeUser.email).where(OfficeUser.role.in_(ALERT_ROLES), OfficeUser.email != "")
        )
        return sorted({str(address) for address in rows})


def _reason_words(status: KioskStatus) -> str:
    """The reason as stored with an event: its i18n key and values, as JSON (translated when
    shown, `reason_text`)."""
    return json.dumps({"key": status.reason, "fmt": status.fmt}, separators=(",", ":"))


def reason_text(lang: str, stored: str) -> str:
    """A stored reason in `lang` (text stored some other way is shown as it is)."""
    from central.office.kiosks_i18n import kiosk_text

    try:
        data = json.loads(stored)
        return kiosk_text(lang, str(data["key"]), **dict(data["fmt"]))
    except (ValueError, KeyError, TypeError):
        return stored


def watch_once(
    store: CentralStore,
    *,
    now: dt.datetime | None = None,
    started: dt.datetime | None = None,
    mail: MailSettings | None = None,
    interval: int = DEFAULT_INTERVAL,
    sender: Callable[[MailSettings, Sequence[str], str, str], None] = send_mail,
) -> WatchReport:
    """One look at every kiosk: record who went red or came back, then send pending e-mails."""
    now = now or dt.datetime.now(dt.UTC)
    report = WatchReport()
    published = published_version(store)
    recipients = alert_recipients(store) if mail is not None else []
    mail_state = "pending" if mail is not None and recipients else "none"
    for kiosk in store.kiosks():
        if kiosk.revoked_at is not None or kiosk.last_heartbeat_at is None:
            continue
        status = kiosk_status(
            kiosk, now, interval=interval, published=published, silent_from=started
        )
        state = "red" if status.colour == "red" else "ok"
        if _claim_transition(store, kiosk, state, _reason_words(status), now, mail_state):
            (report.went_red if state == "red" else report.came_back).append(kiosk.id)
            log.warning(
                "kiosk %s %s", printable(kiosk.id), "went red" if state == "red" else "is back"
            )
    if mail is not None:
        _send_pending(store, mail, recipients, now, report, sender)
    _prune(store, now)
    return report


def _send_pending(
    store: CentralStore,
    mail: MailSettings,
    recipients: list[str],
    now: dt.datetime,
    report: WatchReport,
    sender: Callable[[MailSettings, Sequence[str], str, str], None],
) -> None:
    with store.sessions() as session:
        pending = list(
            session.scalars(
                select(KioskAlertEvent.id)
                .where(KioskAlertEvent.mail == "pending")
                .order_by(KioskAlertEvent.id)
            )
        )
    for event_id in pending:
        with store.writing() as session:  # claim it: one sender per e-mail
            claimed = session.execute(
                update(KioskAlertEvent)
                .where(
                    KioskAlertEvent.id == event_id,
                    KioskAlertEvent.mail == "pending",
                    or_(
                        KioskAlertEvent.mail_claimed_at.is_(None),
                        KioskAlertEvent.mail_claimed_at < now - MAIL_CLAIM,
                    ),
                )
                .values(mail_claimed_at=now, mail_tries=KioskAlertEvent.mail_tries + 1)
            )
            if _changed(claimed) != 1:
                continue
            event = session.get(KioskAlertEvent, event_id)
            kiosk = session.get(Kiosk, event.kiosk_id) if event is not None else None
            if event is None or kiosk is None:
                continue
            subject, body = alert_message(kiosk, event)
            tries = event.mail_tries
        try:
            if not recipients:
                raise MailError("no coordinator or administrator has an e-mail address")
            sender(mail, recipients, subject, body)
        except MailError as exc:
            log.warning("kiosk alert e-mail %s not sent (try %s): %s", event_id, tries, exc)
            report.mail_failed += 1
            final = tries >= MAIL_TRIES
            with store.writing() as session:
                session.execute(
                    update(KioskAlertEvent)
                    .where(KioskAlertEvent.id == event_id)
                    .values(mail="failed" if final else "pending")
                )
            continue
        report.mailed += 1
        with store.writing() as session:
            session.execute(
                update(KioskAlertEvent)
                .where(KioskAlertEvent.id == event_id)
                .values(mail="sent", mail_sent_at=dt.datetime.now(dt.UTC))
            )


def alert_message(kiosk: Kiosk, event: KioskAlertEvent) -> tuple[str, str]:
    """(subject, body) of the e-mail about `event`: Italian, then English. Kiosk facts only."""
    name = printable(kiosk.name or kiosk.id)
    where = ", ".join(printable(part) for part in (kiosk.venue, kiosk.comune) if part)
    at = (as_utc(event.at) or event.at).strftime("%Y-%m-%d %H:%M UTC")
    last = as_utc(kiosk.last_heartbeat_at)
    heard = last.strftime("%Y-%m-%d %H:%M UTC") if last else "-"
    if event.state == "red":
        subject = f"Family Pit Stop: chiosco {name} in rosso / kiosk {name} is red"
        it = f"Il chiosco {name} è in rosso dalle {at}."
        en = f"Kiosk {name} turned red at {at}."
    else:
        subject = f"Family Pit Stop: chiosco {name} di nuovo attivo / kiosk {name} is back"
        it = f"Il chiosco {name} si è fatto risentire alle {at}."
        en = f"Kiosk {name} was heard from again at {at}."
    lines = [
        it,
        f"Chiosco: {printable(kiosk.id)}" + (f" ({where})" if where else ""),
        f"Ultimo contatto: {heard}",
        f"Perché: {printable(reason_text('it', event.reason))}",
        "Dettagli nella pagina Chioschi della console dell'ufficio.",
        "",
        en,
        f"Kiosk: {printable(kiosk.id)}" + (f" ({where})" if where else ""),
        f"Last heard: {heard}",
        f"Why: {printable(reason_text('en', event.reason))}",
        "Details on the Kiosks page of the office console.",
    ]
    return subject, "\n".join(lines) + "\n"


def _prune(store: CentralStore, now: dt.datetime) -> None:
    from sqlalchemy import delete

    with store.writing() as session:
        session.execute(
            delete(KioskAlertEvent).where(KioskAlertEvent.at < now - dt.timedelta(HISTORY_DAYS))
        )


def alert_history(
    store: CentralStore, kiosk_ids: Sequence[str] | None = None, limit: int = 100
) -> list[KioskAlertEvent]:
    """The newest events (of `kiosk_ids` only, when given), newest first."""
    query = select(KioskAlertEvent).order_by(KioskAlertEvent.at.desc(), KioskAlertEvent.id.desc())
    if kiosk_ids is not None:
        query = query.where(KioskAlertEvent.kiosk_id.in_(list(kiosk_ids)))
    with store.sessions() as session:
        rows = list(session.scalars(query.limit(limit)))
    for row in rows:
        row.at = as_utc(row.at) or row.at
    return rows


class KioskWatch:
    """`watch_once` every `every` seconds in a daemon thread (it stops with the process)."""

    def __init__(self, store: CentralStore, every: float = WATCH_EVERY) -> None:
        self.store = store
        self.every = every
        self.started = dt.datetime.now(dt.UTC)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-watch", daemon=True)

    def start(self) -> KioskWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        from central.office.requests_notice import notice_minutes, notice_once

        while not self._stop.wait(self.every):
            mail: MailSettings | None = None
            try:
                mail = mail_settings_from_env()
                watch_once(self.store, started=self.started, mail=mail, interval=kiosk_interval())
            except Exception:  # a database or settings hiccup: try again next minute
                log.exception("the kiosk watch failed; it tries again in a minute")
            try:
                every = dt.timedelta(minutes=notice_minutes())
                notice_once(self.store, started=self.started, mail=mail, every=every)
            except Exception:
                log.exception("the new-request e-mail failed; it tries again in a minute")


def describe_kiosk(
    store: CentralStore, kiosk_id: str, *, name: str, venue: str, comune: str, area: str
) -> None:
    """Keep what enrolment calls the kiosk (shown on the kiosks page and in alerts)."""
    with store.writing() as session:
        kiosk = session.get(Kiosk, kiosk_id)
        if kiosk is None:
            raise ValueError(f"there is no kiosk '{kiosk_id}'")
        kiosk.name, kiosk.venue = name[:200], venue[:200]
        kiosk.comune, kiosk.area = comune[:100], area[:100]


def watch_every(env: dict[str, str] | None = None) -> float:
    """Seconds between two runs of the watch ($PITSTOP_CENTRAL_WATCH_SECONDS, 1 to 3600,
    default 60; tests make it short)."""
    text = (os.environ if env is None else env).get(WATCH_ENV, "").strip()
    if not text:
        return WATCH_EVERY
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 1 <= value <= 3600:
        raise ValueError(
            f"${WATCH_ENV} must be the seconds between two runs of the kiosk watch "
            f"(1 to 3600), not {printable(text)!r}"
        )
    return value


def start_watch(url: str) -> KioskWatch:
    """The kiosk watch of `pitstop central serve` (one per server process), on its own store;
    it also sends the new-request e-mails (central/office/requests_notice.py)."""
    from central.office.requests_notice import notice_minutes

    kiosk_interval()  # a wrong $PITSTOP_CENTRAL_KIOSK_INTERVAL stops serve at once
    notice_minutes()
    mail_settings_from_env()
    return KioskWatch(CentralStore(url), watch_every()).start()
