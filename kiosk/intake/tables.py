"""The contact request and outbox tables (migration 0003), registered on the shared `metadata`.

Only the id, kiosk id, times, notice and schema versions are in clear; everything the parent
typed is inside `sealed`, which the kiosk cannot open. Times are stored as naive UTC (SQLite has
no time zones): `UtcDateTime` here, `kiosk.db.sqlite.utc_text` in the kiosk's own SQL (the
same text).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    TypeDecorator,
)

from kiosk.db.models import metadata

STATES = ("pending", "delivered", "conflict")


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as naive UTC; naive input is refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


contact_request = Table(
    "contact_request",
    metadata,
    # The request UUID (canonical lower-case text); the idempotency key end to end.
    Column("id", String(36), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("notice_version", String(40), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("sealed", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("request_id", ForeignKey("contact_request.id", ondelete="CASCADE"), primary_key=True),
    Column("state", String(12), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(500)),
    Column("next_attempt_at", UtcDateTime, nullable=False),
    Column("delivered_at", UtcDateTime),
    Column("delivered_via", String(40)),
    CheckConstraint("state IN ('pending', 'delivered', 'conflict')", name="ck_outbox_state"),
    Index("ix_outbox_state_next", "state", "next_attempt_at"),
)
