"""Tables of the central database, on their own `Base` (they never mix with a kiosk's tables).

The server stores sealed requests as they arrived (it never holds the private key), the published
catalogues, and one row per kiosk with the hash of its token and its last heartbeat.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CentralBase(DeclarativeBase):
    pass


class Kiosk(CentralBase):
    __tablename__ = "kiosk"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    """sha256 of the bearer token (the token itself is printed once and never stored)."""
    token_created_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    app_version: Mapped[str] = mapped_column(String(40), default="")
    catalogue_version: Mapped[str] = mapped_column(String(100), default="")
    pending: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    last_success: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(String(500), default="")


class StoredRequest(CentralBase):
    """A sealed contact request, stored once per id (the kiosk's idempotency key)."""

    __tablename__ = "request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk.id"), index=True)
    """The kiosk whose token delivered it."""
    claimed_kiosk_id: Mapped[str | None] = mapped_column(String(64))
    """The kiosk id inside the request (differs from kiosk_id after staff renamed a kiosk)."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    notice_version: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class RequestConflict(CentralBase):
    """A second, different request sent under an id already taken: logged for the coordinator."""

    __tablename__ = "request_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PublishedCatalogue(CentralBase):
    """Every published catalogue (our JSON); the highest version is the one served."""

    __tablename__ = "published_catalogue"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    catalogue_version: Mapped[str] = mapped_column(String(100))
    checksum: Mapped[str] = mapped_column(String(64))
    etag: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    content_gzip: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
