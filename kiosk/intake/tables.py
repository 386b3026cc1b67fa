"""The contact request and outbox tables (migration 0003), registered on the shared `Base`.

Only the id, kiosk id, times, notice and schema versions are in clear; everything the parent
typed is inside `sealed`, which the kiosk cannot open. Times are stored as naive UTC (SQLite has
no time zones) and come back as aware UTC datetimes through `UtcDateTime`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
)
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import Base

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


class ContactRequestRow(Base):
    __tablename__ = "contact_request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    """The request UUID (canonical lower-case text); the idempotency key end to end."""
    kiosk_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    notice_version: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'delivered', 'conflict')", name="ck_outbox_state"
        ),
        Index("ix_outbox_state_next", "state", "next_attempt_at"),
    )
    request_id: Mapped[str] = mapped_column(
        ForeignKey("contact_request.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    delivered_via: Mapped[str | None] = mapped_column(String(40))
