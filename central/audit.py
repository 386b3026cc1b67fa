"""The central server's audit log: what the office (or the server on its behalf) did to the
stored data, one `audit_event` row per action.

`record_audit` adds an event to the caller's transaction, so the event and the change it
describes are committed (or undone) together. Details are criteria and counts: callers never
pass a request's content, and values are reduced to JSON scalars and short text. This cannot
stop someone with write access to the database from editing the log.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import AuditEvent

if TYPE_CHECKING:
    from central.store import CentralStore

MAX_TEXT = 200
"""Longest text kept in a detail value (longer is cut)."""


def cli_actor() -> str:
    """The actor of a `pitstop central` command: "cli:" and the operating-system user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"cli:{user}"[:100]


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        return [_plain(item) for item in items[:100]]
    return str(value)[:MAX_TEXT]


def record_audit(session: Session, actor: str, action: str, **details: Any) -> AuditEvent:
    """Add an event (now, `actor`, `action`, `details`) to `session`'s transaction."""
    event = AuditEvent(
        at=dt.datetime.now(dt.UTC),
        actor=actor[:100],
        action=action[:60],
        details={key: _plain(value) for key, value in details.items()},
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any]


def audit_events(
    store: CentralStore, *, action: str | None = None, limit: int = 100
) -> Sequence[AuditEntry]:
    """The newest `limit` events (of `action` only, if given), newest first."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    with store.sessions() as session:
        return [
            AuditEntry(
                at=row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.UTC),
                actor=row.actor,
                action=row.action,
                details=dict(row.details),
            )
            for row in session.scalars(query)
        ]
