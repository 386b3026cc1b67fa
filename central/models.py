"""Tables of the central database, on their own `Base` (they never mix with a kiosk's tables).

The server stores sealed requests as they arrived (it never holds the private key), the published
catalogues, and one row per kiosk with the hash of its token and its latest heartbeat; the
heartbeat history (one row per kiosk and hour), the ids kiosks were renamed from, and an audit
log of the office's actions. The schema is made by the Alembic revisions in central/migrations/
(a test checks that they build exactly these tables).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
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
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """What the office calls it, from enrolment (`pitstop central kiosk add --name`)."""
    venue: Mapped[str] = mapped_column(String(200), default="", server_default="")
    comune: Mapped[str] = mapped_column(String(100), default="", server_default="")
    area: Mapped[str] = mapped_column(String(100), default="", server_default="")
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)
    """Free disk space the kiosk's latest heartbeat reported (None: not reported)."""


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
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new")
    """Where the office is with it: "new" until the office console (issue 14) adds follow-up
    statuses; retention removes those in `CLOSED_STATUSES` (see central/retention.py)."""
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    """When `status` last changed (None while it is "new")."""
    exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    """The first time `pitstop central export` wrote it to a table (None: never exported)."""


CLOSED_STATUSES: tuple[str, ...] = ("closed",)
"""Request statuses retention treats as finished (the office console adds the others)."""


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
    offerings: Mapped[int | None] = mapped_column(Integer)
    """How many offerings it holds (None: published before the office console counted them)."""
    published_by: Mapped[str | None] = mapped_column(String(100))
    """Who: an office user's actor name; None for `pitstop central catalogue publish`."""
    rollback_of: Mapped[int | None] = mapped_column(Integer)
    """The earlier version whose content this one brought back (a rollback), or None."""


class KioskAlias(CentralBase):
    """A kiosk id the kiosk `kiosk_id` was renamed from: its token may deliver requests sealed
    under `alias` (`pitstop central kiosk rename`)."""

    __tablename__ = "kiosk_alias"
    alias: Mapped[str] = mapped_column(String(64), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class HeartbeatHour(CentralBase):
    """A kiosk's heartbeats of one UTC hour, folded into one row (the history; pruned after
    `store.HEARTBEAT_HISTORY_DAYS`). It keeps the last values of the hour and the most pending."""

    __tablename__ = "heartbeat_hour"
    kiosk_id: Mapped[str] = mapped_column(
        ForeignKey("kiosk.id", ondelete="CASCADE"), primary_key=True
    )
    hour: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    beats: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    app_version: Mapped[str] = mapped_column(String(40))
    catalogue_version: Mapped[str] = mapped_column(String(100))
    pending_max: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(String(500))

    __table_args__ = (Index("ix_heartbeat_hour_hour", "hour"),)


class AuditEvent(CentralBase):
    """Something the office (or the server on its behalf) did to the stored data: who, what,
    when, and the criteria and counts in `details` (never a request's content)."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    """Who: "cli:<os user>" for a pitstop central command, "server" for the server's own jobs."""
    action: Mapped[str] = mapped_column(String(60), index=True)
    """What, as a dotted name: "request.purge", "request.export", "kiosk.rename", ..."""
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class OfficeUser(CentralBase):
    """An account of the office console (central/office/): its role, the comuni and areas an
    operator is limited to (empty: all), and the Argon2id hash of its password (never the
    password)."""

    __tablename__ = "office_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    """The sign-in name, stored lowercased (unique regardless of case)."""
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20))
    comuni: Mapped[list[str]] = mapped_column(JSON, default=list)
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    """True after `user add`/`reset-password` gave a one-time password: the first sign-in asks
    for a new one."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class OfficeSession(CentralBase):
    """A signed-in browser: the sha256 of its random cookie value (the value is never stored)."""

    __tablename__ = "office_session"
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("office_user.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class OfficeLoginLock(CentralBase):
    """Wrong passwords counted per account name ("account:<name>") and per client address
    ("address:<ip>"), with the lock they earned (the staff PIN's policy, central/office/auth.py)."""

    __tablename__ = "office_login_lock"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locks: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    hard_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RequestFollowUp(CentralBase):
    """The office's follow-up of one request (the office console's inbox): who took it, who it is
    assigned to, the attempts to reach the family and the outcome; its status is the request's
    `status`. Never a request's content."""

    __tablename__ = "request_followup"
    request_id: Mapped[str] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), primary_key=True
    )
    assigned_to: Mapped[int | None] = mapped_column(
        ForeignKey("office_user.id", ondelete="SET NULL"), index=True
    )
    taken_by: Mapped[int | None] = mapped_column(ForeignKey("office_user.id", ondelete="SET NULL"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    """Times the family could not be reached."""
    outcome: Mapped[str] = mapped_column(String(20), default="")
    """How a closed request ended (central/office/requests_store.py OUTCOMES), else ""."""
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RequestEvent(CentralBase):
    """One line of a request's activity feed: who did what when. A note's text is sealed in the
    coordinator's browser to the office's public key (`sealed`): the server cannot read it."""

    __tablename__ = "request_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(100))
    """The account's name (kept when the account is removed)."""
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(String(100), default="")
    """An outcome code, an account name or a count; never a request's content."""
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class OfficeKeyCopy(CentralBase):
    """The office's public key and, optionally, its private key wrapped in an administrator's
    browser with a passphrase (Argon2id, then XSalsa20-Poly1305): the server holds the wrapped
    blob, salt and limits, never the passphrase nor the key. One row (id 1)."""

    __tablename__ = "office_key_copy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(24))
    wrapped: Mapped[dict[str, object] | None] = mapped_column(JSON)
    set_by: Mapped[str] = mapped_column(String(100))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RequestNotice(CentralBase):
    """How far the new-request e-mails have got: requests received up to `until` were counted
    in an e-mail (one row, id 1; a row lock or the unique id keeps two workers from both
    sending)."""

    __tablename__ = "request_notice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RequestNoticeOwed(CentralBase):
    """A comune whose new-request e-mail failed: its requests received after `since` are
    counted again in its next e-mail (the other comuni's windows move on)."""

    __tablename__ = "request_notice_owed"
    comune: Mapped[str] = mapped_column(String(100), primary_key=True)
    since: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class KioskAlert(CentralBase):
    """The alert state the kiosk watch last saw for a kiosk ("red" or "ok"), and since when.
    Changing it is a conditional update: of several servers or workers, only the one whose
    update changed the row records the event and sends its e-mail (central/office/kiosks_watch.py)."""

    __tablename__ = "kiosk_alert"
    kiosk_id: Mapped[str] = mapped_column(
        ForeignKey("kiosk.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(10))
    since: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class KioskAlertEvent(CentralBase):
    """A kiosk went dark ("red") or came back ("back"): the history on the kiosks page, and the
    e-mail about it (`mail`: "pending", "sent", "failed" after its tries, "none" without SMTP
    settings or recipients)."""

    __tablename__ = "kiosk_alert_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kiosk_id: Mapped[str] = mapped_column(ForeignKey("kiosk.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    state: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(300))
    mail: Mapped[str] = mapped_column(String(10))
    mail_tries: Mapped[int] = mapped_column(Integer, default=0)
    mail_claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    mail_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class CatalogueDraft(CentralBase):
    """A catalogue uploaded on the office console, validated and converted to our JSON, waiting
    for its preview to be published (or to expire after a day)."""

    __tablename__ = "catalogue_draft"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_by: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(20))
    catalogue_version: Mapped[str] = mapped_column(String(100))
    offerings: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class UsageCount(CentralBase):
    """A kiosk's count of one metric (and key) on one local day, as the kiosk last sent it: a
    day sent again replaces all of that kiosk's rows of the day (central/usage.py). What each
    metric counts is in kiosk/usage/metrics.py and docs/figures.md; never events or people."""

    __tablename__ = "usage_count"
    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    metric: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    """"" for a metric without keys; a language, category, offering id, QR kind, bucket, or a
    zero-result search word (normalised, at most 40 characters)."""
    count: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_usage_count_day", "day"),)
