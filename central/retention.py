"""Removing stored requests: `pitstop central purge` (by the office) and the server's retention
job (requests exported or closed more than N days ago), each removal in the audit log.

A purge removes the sealed request and the conflict log of its id, in one transaction with its
audit event (criteria and counts only). What is removed from the database may still be in its
backups and, on SQLite, in free pages until the next VACUUM (secure_delete is on for SQLite,
which overwrites deleted content); a kiosk that still holds a purged request and sends it again
stores it again (delivery is at-least-once, the kiosk purges its copy after delivery).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from central.audit import record_audit
from central.models import CLOSED_STATUSES, RequestConflict, StoredRequest
from central.store import HEARTBEAT_HISTORY_DAYS, CentralStore
from central.timeutil import as_utc

log = logging.getLogger(__name__)
RETENTION_INTERVAL = 3600.0
"""Seconds between two runs of the server's retention job."""


@dataclass(frozen=True)
class PurgeCriteria:
    """Which stored requests go: all the given criteria must hold (at least one is given)."""

    before: dt.datetime | None = None
    """Received by the server before this instant."""
    kiosk: str | None = None
    """Delivered by this kiosk, or claiming it (a renamed kiosk's older requests)."""
    ids: Sequence[str] = ()

    def where(self) -> ColumnElement[bool]:
        clauses: list[ColumnElement[bool]] = []
        if self.before is not None:
            clauses.append(StoredRequest.received_at < self.before.astimezone(dt.UTC))
        if self.kiosk is not None:
            clauses.append(
                or_(
                    StoredRequest.kiosk_id == self.kiosk,
                    StoredRequest.claimed_kiosk_id == self.kiosk,
                )
            )
        if self.ids:
            clauses.append(StoredRequest.id.in_(list(self.ids)))
        if not clauses:
            raise ValueError("a purge needs --before, --kiosk or --id")
        return and_(*clauses)

    def describe(self) -> dict[str, object]:
        """The criteria for the audit log."""
        details: dict[str, object] = {}
        if self.before is not None:
            details["before"] = self.before
        if self.kiosk is not None:
            details["kiosk"] = self.kiosk
        if self.ids:
            details["ids"] = len(self.ids)
        return details


@dataclass(frozen=True)
class PurgeReport:
    requests: int
    sealed_bytes: int
    conflicts: int
    by_kiosk: dict[str, int] = field(default_factory=dict)
    oldest: dt.datetime | None = None
    newest: dt.datetime | None = None


def _report(session: Session, where: ColumnElement[bool]) -> PurgeReport:
    per_kiosk = session.execute(
        select(
            StoredRequest.kiosk_id,
            func.count(),
            func.coalesce(func.sum(func.length(StoredRequest.sealed)), 0),
            func.min(StoredRequest.received_at),
            func.max(StoredRequest.received_at),
        )
        .where(where)
        .group_by(StoredRequest.kiosk_id)
    ).all()
    conflicts = session.scalar(
        select(func.count())
        .select_from(RequestConflict)
        .where(RequestConflict.request_id.in_(select(StoredRequest.id).where(where)))
    )
    oldest = min((row[3] for row in per_kiosk), default=None)
    newest = max((row[4] for row in per_kiosk), default=None)
    return PurgeReport(
        requests=sum(int(row[1]) for row in per_kiosk),
        sealed_bytes=sum(int(row[2]) for row in per_kiosk),
        conflicts=int(conflicts or 0),
        by_kiosk={str(row[0]): int(row[1]) for row in per_kiosk},
        oldest=as_utc(oldest),
        newest=as_utc(newest),
    )


def _remove(
    store: CentralStore,
    where: ColumnElement[bool],
    *,
    actor: str,
    action: str,
    dry_run: bool,
    details: dict[str, object],
    audit_empty: bool,
) -> PurgeReport:
    if dry_run:
        with store.sessions() as session:
            return _report(session, where)
    with store.writing() as session:
        report = _report(session, where)
        if report.requests:
            chosen = select(StoredRequest.id).where(where).scalar_subquery()
            session.execute(delete(RequestConflict).where(RequestConflict.request_id.in_(chosen)))
            session.execute(delete(StoredRequest).where(where))
        if report.requests or audit_empty:
            record_audit(
                session,
                actor,
                action,
                **details,
                requests=report.requests,
                sealed_bytes=report.sealed_bytes,
                conflicts=report.conflicts,
                kiosks=sorted(report.by_kiosk),
            )
    if report.requests:
        log.info("%s: %d request(s) removed (%s)", action, report.requests, details)
    return report


def purge(
    store: CentralStore, criteria: PurgeCriteria, *, actor: str, dry_run: bool = False
) -> PurgeReport:
    """Remove the requests matching `criteria` (or, with `dry_run`, only count them)."""
    return _remove(
        store,
        criteria.where(),
        actor=actor,
        action="request.purge",
        dry_run=dry_run,
        details=criteria.describe(),
        audit_empty=True,
    )


def finished_before(cutoff: dt.datetime) -> ColumnElement[bool]:
    """Requests exported, or closed by the office, before `cutoff`."""
    return or_(
        and_(StoredRequest.exported_at.is_not(None), StoredRequest.exported_at < cutoff),
        and_(
            StoredRequest.status.in_(CLOSED_STATUSES),
            StoredRequest.status_at.is_not(None),
            StoredRequest.status_at < cutoff,
        ),
    )


def expire(
    store: CentralStore, days: int, *, now: dt.datetime | None = None, dry_run: bool = False
) -> PurgeReport:
    """Remove the requests exported or closed more than `days` days ago (the server's job;
    audited as "request.expire" by "server" when anything went)."""
    cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    return _remove(
        store,
        finished_before(cutoff),
        actor="server",
        action="request.expire",
        dry_run=dry_run,
        details={"days": days, "cutoff": cutoff},
        audit_empty=False,
    )


class RetentionJob:
    """A thread of the server that, every `interval` seconds (and at start), removes requests
    finished more than `days` days ago (`days` None: keeps them), prunes the heartbeat
    history and removes zero-result search words older than about 13 months. Each worker process runs one: the removals are idempotent. A failure is logged
    and retried at the next run."""

    def __init__(
        self,
        store: CentralStore,
        days: int | None,
        *,
        interval: float = RETENTION_INTERVAL,
        history_days: int = HEARTBEAT_HISTORY_DAYS,
    ) -> None:
        self.store = store
        self.days = days
        self.interval = interval
        self.history_days = history_days
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="pitstop-retention", daemon=True)

    def start(self) -> RetentionJob:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(30)

    def run_once(self) -> None:
        from central.usage import expire_words

        if self.days is not None:
            expire(self.store, self.days)
        self.store.prune_heartbeat_history(self.history_days)
        expire_words(self.store)  # zero-result search words: about 13 months (central/usage.py)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:
                log.exception("the retention job failed; it runs again in %.0f s", self.interval)
            self._stop.wait(self.interval)
