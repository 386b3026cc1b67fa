"""The content-free e-mail to coordinators when new requests arrive ("3 new requests for Legnano").

`notice_once(store, now=…, mail=…)` runs with the kiosk watch (central/office/kiosks_watch.py)
every minute of `pitstop central serve`. The one `request_notice` row says up to when requests
were counted in an e-mail; a run moves it forward by a conditional update, so of any number of
workers or servers only the one whose update changed the row counts that window and sends.
Batched: at most one e-mail per comune every `$PITSTOP_CENTRAL_NOTICE_MINUTES` (default 15,
0: at every run of the watch). A message says how many requests came for which comune, in
Italian and English: never a name, phone number, need or reference. When a comune's e-mail
fails, that comune is owed (a `request_notice_owed` row keeps where its window started) and
the next window's e-mail for it counts from there, while the comuni whose e-mail went out move
on.
This cannot tell a coordinator which requests are new: the inbox's "new" status does that; two
runs overlapping (an SMTP server slower than the interval) may count a failed comune's
requests twice, never lose them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from central.models import OfficeUser, RequestNotice, RequestNoticeOwed
from central.notify import MailError, MailSettings, send_mail
from central.office.requests_store import received_since
from central.store import CentralStore
from central.timeutil import as_utc
from kiosk.text import printable

log = logging.getLogger(__name__)

NOTICE_ENV: Final = "PITSTOP_CENTRAL_NOTICE_MINUTES"
DEFAULT_NOTICE_MINUTES: Final = 15
NOTICE_ROLES: Final = ("coordinator",)
SETTLE: Final = dt.timedelta(seconds=2)
"""Requests are counted up to this long before the run: a delivery still being written then
is counted in the next e-mail, never lost between two windows."""
_ROW: Final = 1


def notice_minutes(env: Mapping[str, str] | None = None) -> int:
    """Minutes between two e-mails about the same comune ($PITSTOP_CENTRAL_NOTICE_MINUTES, 0
    to 1440)."""
    text = (os.environ if env is None else env).get(NOTICE_ENV, "").strip()
    if not text:
        return DEFAULT_NOTICE_MINUTES
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 1440:
        raise ValueError(
            f"${NOTICE_ENV} must be the minutes between two new-request e-mails (0 to 1440), "
            f"not {printable(text)!r}"
        )
    return value


@dataclass
class NoticeReport:
    """What one run did (for tests and the log): the counts by comune it e-mailed."""

    counted: dict[str, int] = field(default_factory=dict)
    mailed: int = 0
    failed: int = 0


def _changed(result: object) -> int:
    return int(result.rowcount or 0) if isinstance(result, CursorResult) else 0


def notice_recipients(store: CentralStore) -> list[str]:
    """The e-mail addresses of the coordinators."""
    with store.sessions() as session:
        rows = session.scalars(
            select(OfficeUser.email).where(
                OfficeUser.role.in_(NOTICE_ROLES), OfficeUser.email != ""
            )
        )
        return sorted({str(address) for address in rows})


def notice_message(comune: str, count: int) -> tuple[str, str]:
    """(subject, body) of the e-mail about `count` new requests for `comune` ("" unknown):
    Italian, then English; the count and the comune only."""
    name = " ".join(printable(comune).split())[:100]
    if count == 1:
        it_what, en_what = "1 nuova richiesta", "1 new request"
    else:
        it_what, en_what = f"{count} nuove richieste", f"{count} new requests"
    it_where = f"per {name}" if name else "da chioschi senza comune"
    en_where = f"for {name}" if name else "from kiosks without a comune"
    subject = f"Family Pit Stop: {it_what} {it_where} / {en_what} {en_where}"
    body = "\n".join(
        [
            f"Sono arrivate {it_what} {it_where}.",
            "Aprile nella pagina Richieste della console dell'ufficio (i dati delle famiglie "
            "non viaggiano per e-mail).",
            "",
            f"{en_what[0].upper()}{en_what[1:]} arrived {en_where}.",
            "Open them on the Requests page of the office console (families' details never "
            "travel by e-mail).",
        ]
    )
    return subject, body + "\n"


def _claim(
    store: CentralStore, now: dt.datetime, every: dt.timedelta, first: dt.datetime
) -> dt.datetime | None:
    """The start of the window (start, now] this caller now owns, or None (too soon, someone
    else took it, or the first run ever: it only records that counting starts at `first`)."""
    insert = sqlite.insert if store.is_sqlite else postgresql.insert
    with store.writing() as session:
        row = session.scalar(select(RequestNotice.until).where(RequestNotice.id == _ROW))
        if row is None:
            session.execute(
                insert(RequestNotice)
                .values(id=_ROW, until=min(first, now))
                .on_conflict_do_nothing(index_elements=["id"])
            )
            return None
        start = as_utc(row)
        if now - start < every or now <= start:
            return None
        done = session.execute(
            update(RequestNotice)
            .where(RequestNotice.id == _ROW, RequestNotice.until == row)
            .values(until=now)
        )
        return start if _changed(done) == 1 else None


def _owed(store: CentralStore) -> dict[str, dt.datetime]:
    """Comuni whose last e-mail failed, with where their window starts."""
    with store.sessions() as session:
        return {row.comune: as_utc(row.since) for row in session.scalars(select(RequestNoticeOwed))}


def _settle(
    store: CentralStore, comune: str, sent: bool, since: dt.datetime, owed: dt.datetime | None
) -> None:
    """After `comune`'s e-mail: no longer owed once sent (unless owed again meanwhile from an
    earlier time); owed from `since` when it failed (an earlier owed start is kept)."""
    insert = sqlite.insert if store.is_sqlite else postgresql.insert
    with store.writing() as session:
        if sent and owed is not None:
            session.execute(
                delete(RequestNoticeOwed).where(
                    RequestNoticeOwed.comune == comune, RequestNoticeOwed.since == owed
                )
            )
        elif not sent:
            session.execute(
                insert(RequestNoticeOwed)
                .values(comune=comune, since=since)
                .on_conflict_do_nothing(index_elements=["comune"])
            )


def notice_once(
    store: CentralStore,
    *,
    now: dt.datetime | None = None,
    started: dt.datetime | None = None,
    mail: MailSettings | None,
    every: dt.timedelta = dt.timedelta(minutes=DEFAULT_NOTICE_MINUTES),
    sender: Callable[[MailSettings, Sequence[str], str, str], None] = send_mail,
) -> NoticeReport:
    """E-mail the coordinators how many requests came for each comune since the last e-mail.
    Without `mail` nothing is counted (no window is taken). The very first run records where
    counting starts: `started` (the watch's start) or `now`."""
    report = NoticeReport()
    if mail is None:
        return report
    now = (now or dt.datetime.now(dt.UTC)) - SETTLE
    start = _claim(store, now, every, started - SETTLE if started else now)
    if start is None:
        return report
    counts = {c: n for c, n in received_since(store, start, now).items() if n > 0}
    owed = _owed(store)
    for comune, since in owed.items():
        counts[comune] = received_since(store, min(since, start), now).get(comune, 0)
    if not counts:
        return report
    recipients = notice_recipients(store)
    for comune, count in sorted(counts.items()):
        sent = False
        if count > 0:  # an owed comune whose requests are gone (retention) is owed no more
            subject, body = notice_message(comune, count)
            try:
                if not recipients:
                    raise MailError("no coordinator has an e-mail address")
                sender(mail, recipients, subject, body)
            except MailError as exc:
                log.warning("new-request e-mail for %s not sent: %s", printable(comune), exc)
                report.failed += 1
            else:
                sent = True
                report.counted[comune] = count
                report.mailed += 1
        _settle(store, comune, sent or count == 0, owed.get(comune, start), owed.get(comune))
    return report
