"""Operations on the central database, shared by the HTTP app and the `pitstop central` commands.

SQLite (the default) gets the kiosk's pragmas and one writer at a time (a lock in this process,
plus busy_timeout against the operator's commands); PostgreSQL is used as is. The schema is created
on open (`create_all`): the central database has no migrations yet.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, inspect, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from central.models import (
    CentralBase,
    Kiosk,
    PublishedCatalogue,
    RequestConflict,
    StoredRequest,
)
from kiosk.db.engine import use_kiosk_pragmas
from sync.protocol import Heartbeat, ItemResult, RequestEnvelope

log = logging.getLogger(__name__)
TOKEN_PREFIX = "pst_"


class CentralError(ValueError):
    """An operator command that cannot be carried out; str() is one sentence."""


class KioskMismatch(ValueError):
    """Data sent with a token under another kiosk's id."""


class AuthError(Exception):
    """A bearer token that does not open the API; str() says why in plain words."""


@dataclass(frozen=True)
class CatalogueBlob:
    version: int
    catalogue_version: str
    checksum: str
    etag: str
    content: bytes
    content_gzip: bytes


@dataclass(frozen=True)
class PublishResult:
    version: int
    catalogue_version: str
    etag: str
    offerings: int
    unchanged: bool


def token_hash(token: str) -> str:
    """Tokens are 256-bit random strings, so one sha256 is a safe and fast way to store them."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; everything stored here is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """Aware times are stored in UTC: SQLite would keep the wall time and drop the offset."""
    return None if value is None else value.astimezone(dt.UTC)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CentralStore:
    """The central database. Thread-safe: one instance serves every request of the app."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock: AbstractContextManager[Any] = (
            threading.Lock() if self.is_sqlite else nullcontext()
        )
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        CentralBase.metadata.create_all(self.engine)
        self._add_missing_columns()
        self._catalogue: CatalogueBlob | None = None
        self._etag = ""
        self._etag_at = -1e9

    def close(self) -> None:
        self.engine.dispose()

    def _add_missing_columns(self) -> None:
        """Columns added after a database was created (there are no migrations yet)."""
        columns = {column["name"] for column in inspect(self.engine).get_columns("request")}
        if "claimed_kiosk_id" not in columns:
            with self.engine.begin() as connection:
                connection.execute(
                    text("ALTER TABLE request ADD COLUMN claimed_kiosk_id VARCHAR(64)")
                )

    # -- kiosks and tokens --------------------------------------------------------------

    def new_token(self, kiosk_id: str) -> str:
        """A new token for `kiosk_id` (creating the kiosk; replacing and voiding any old token)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._write_lock, self.sessions.begin() as session:
            kiosk = session.get(Kiosk, kiosk_id) or Kiosk(id=kiosk_id)
            kiosk.token_hash = token_hash(token)
            kiosk.token_created_at = _now()
            kiosk.revoked_at = None
            session.add(kiosk)
        log.info("new token for kiosk %s", kiosk_id)
        return token

    def revoke_token(self, kiosk_id: str) -> None:
        with self._write_lock, self.sessions.begin() as session:
            kiosk = session.get(Kiosk, kiosk_id)
            if kiosk is None:
                raise CentralError(f"there is no kiosk '{kiosk_id}' (see `pitstop central kiosks`)")
            kiosk.revoked_at = _now()
        log.info("token of kiosk %s revoked", kiosk_id)

    def authenticate(self, token: str) -> str:
        """The kiosk id the token belongs to; AuthError when it is unknown or revoked."""
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            raise AuthError("the token is not a Family Pit Stop kiosk token")
        with self.engine.connect() as connection:
            row = connection.execute(
                select(Kiosk.id, Kiosk.revoked_at).where(Kiosk.token_hash == token_hash(token))
            ).first()
        if row is None:
            raise AuthError("the token is not known to this server (ask the coordinator for one)")
        if row.revoked_at is not None:
            raise AuthError(
                f"the token of kiosk {row.id} was revoked; ask the coordinator for a new one"
            )
        return str(row.id)

    def kiosks(self) -> list[Kiosk]:
        with self.sessions() as session:
            rows = list(session.scalars(select(Kiosk).order_by(Kiosk.id)))
        for row in rows:
            row.last_heartbeat_at = _utc(row.last_heartbeat_at)
            row.last_success = _utc(row.last_success)
            row.revoked_at = _utc(row.revoked_at)
        return rows

    def record_heartbeat(self, token: str, beat: Heartbeat, now: dt.datetime | None = None) -> None:
        """Authenticate and record in one statement (the hot path of a server with many kiosks).

        Raises AuthError for a bad token and KioskMismatch when the beat names another kiosk.
        A heartbeat is not worth an fsync: on SQLite it commits with synchronous=NORMAL (WAL:
        safe against a crash of the server, at worst the last few beats lost on power loss).
        """
        values = {
            "last_heartbeat_at": now or _now(),
            "app_version": beat.app_version,
            "catalogue_version": beat.catalogue_version,
            "pending": beat.pending,
            "conflicts": beat.conflicts,
            "last_success": _as_utc(beat.last_success),
            "last_error": beat.last_error[:500],
        }
        statement = (
            update(Kiosk)
            .where(
                Kiosk.token_hash == token_hash(token),
                Kiosk.revoked_at.is_(None),
                Kiosk.id == beat.kiosk_id,
            )
            .values(**values)
            .returning(Kiosk.id)
        )
        with self._write_lock, self.engine.connect() as connection:
            if self.is_sqlite:  # outside a transaction: SQLite refuses it inside one
                connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
            try:
                updated = connection.execute(statement).first()
                connection.commit()
            finally:
                connection.rollback()
                if self.is_sqlite:
                    connection.exec_driver_sql("PRAGMA synchronous=FULL")
                    connection.commit()
        if updated is None:
            kiosk_id = self.authenticate(token)  # raises AuthError with the reason
            raise KioskMismatch(f"kiosk_id is {beat.kiosk_id}, but the token is kiosk {kiosk_id}'s")

    # -- requests -----------------------------------------------------------------------

    def store_requests(
        self, kiosk_id: str, items: Sequence[RequestEnvelope], now: dt.datetime | None = None
    ) -> list[ItemResult]:
        """Store each request once by id: the same id and content again is a duplicate (delivered),
        the same id with other content a conflict (logged, the stored one is kept).

        `kiosk_id` (the token's kiosk) is stored as the sender. A request naming another kiosk
        is refused (`rejected`, not stored): a token delivers only its own kiosk's requests.
        There is no rename on the server yet, so a kiosk renamed with requests still queued keeps
        those pending (with the reason) until it is given back its old id.
        """
        own, refused = _own_requests(kiosk_id, items)
        if not own:
            return [refused[n] for n in range(len(items))]
        for attempt in range(3):
            try:
                with self._write_lock, self.sessions.begin() as session:
                    stored = iter(self._store(session, kiosk_id, own, now or _now()))
                return [refused[n] if n in refused else next(stored) for n in range(len(items))]
            except IntegrityError:  # a concurrent insert of the same id (PostgreSQL): look again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _store(
        self, session: Session, kiosk_id: str, items: Sequence[RequestEnvelope], now: dt.datetime
    ) -> list[ItemResult]:
        ids = [str(item.id) for item in items]
        known: dict[str, str] = {
            row.id: row.sha256
            for row in session.execute(
                select(StoredRequest.id, StoredRequest.sha256).where(StoredRequest.id.in_(ids))
            )
        }
        results: list[ItemResult] = []
        for item in items:
            rid = str(item.id)
            if rid in known:
                if known[rid] == item.sha256:
                    results.append(ItemResult(id=item.id, status="duplicate"))
                else:
                    session.add(
                        RequestConflict(
                            request_id=rid, kiosk_id=kiosk_id, sha256=item.sha256, received_at=now
                        )
                    )
                    results.append(
                        ItemResult(
                            id=item.id,
                            status="conflict",
                            reason="another request with this id and different content "
                            "is already stored",
                        )
                    )
            else:
                session.add(
                    StoredRequest(
                        id=rid,
                        kiosk_id=kiosk_id,
                        claimed_kiosk_id=item.kiosk_id,
                        created_at=item.created_at.astimezone(dt.UTC),
                        notice_version=item.notice_version,
                        schema_version=item.schema_version,
                        sealed=item.sealed_bytes(),
                        sha256=item.sha256,
                        received_at=now,
                    )
                )
                known[rid] = item.sha256
                results.append(ItemResult(id=item.id, status="accepted"))
        return results

    def usage_since(self, kiosk_id: str, since: dt.datetime) -> tuple[int, int]:
        """(requests, bytes of sealed data) the token of `kiosk_id` stored since `since` (the
        daily quota; counted from the stored rows, so it holds across workers and restarts)."""
        query = select(func.count(), func.coalesce(func.sum(func.length(StoredRequest.sealed)), 0))
        query = query.where(StoredRequest.kiosk_id == kiosk_id, StoredRequest.received_at >= since)
        with self.engine.connect() as connection:
            count, size = connection.execute(query).one()
        return int(count), int(size)

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are stored already (a batch sent again is not counted twice)."""
        with self.engine.connect() as connection:
            found = connection.execute(select(StoredRequest.id).where(StoredRequest.id.in_(ids)))
            return {str(row.id) for row in found}

    def iter_requests(self) -> Iterator[StoredRequest]:
        with self.sessions() as session:
            for row in session.scalars(select(StoredRequest).order_by(StoredRequest.received_at)):
                row.created_at = _utc(row.created_at) or row.created_at
                row.received_at = _utc(row.received_at) or row.received_at
                yield row

    def request_count(self, kiosk_id: str | None = None) -> int:
        query = select(func.count()).select_from(StoredRequest)
        if kiosk_id is not None:
            query = query.where(StoredRequest.kiosk_id == kiosk_id)
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    # -- catalogue ----------------------------------------------------------------------

    def publish_catalogue(self, path: Path) -> PublishResult:
        """Validate `path` with the kiosk's importer; publish it (as our JSON) as a new version."""
        from kiosk.catalogue.importer import export_json, load_file

        loaded = load_file(path)
        content = export_json(loaded.catalogue)
        checksum = hashlib.sha256(content).hexdigest()
        current = self.current_catalogue()
        offerings = len(loaded.catalogue.offerings)
        if current is not None and current.checksum == checksum:
            return PublishResult(
                current.version, current.catalogue_version, current.etag, offerings, True
            )
        gzipped = gzip.compress(content, 6, mtime=0)
        for attempt in range(5):
            try:
                version, etag = self._insert_catalogue(
                    loaded.catalogue.version, checksum, content, gzipped, str(path)
                )
                break
            except IntegrityError:  # another publisher took this version number: count again
                if attempt == 4:
                    raise
        return PublishResult(version, loaded.catalogue.version, etag, offerings, False)

    def _insert_catalogue(
        self, catalogue_version: str, checksum: str, content: bytes, gzipped: bytes, source: str
    ) -> tuple[int, str]:
        """Insert as the next version, numbered inside the transaction that inserts it."""
        with self._write_lock, self.sessions.begin() as session:
            newest = session.scalar(select(func.max(PublishedCatalogue.version)))
            version = (newest or 0) + 1
            etag = f'"{version}-{checksum[:20]}"'
            session.add(
                PublishedCatalogue(
                    version=version,
                    catalogue_version=catalogue_version,
                    checksum=checksum,
                    etag=etag,
                    content=content,
                    content_gzip=gzipped,
                    source=source,
                    published_at=_now(),
                )
            )
        return version, etag

    def cached_etag(self) -> str:
        """The current catalogue's ETag, looked up at most once a second (for heartbeats)."""
        now = time.monotonic()
        if now - self._etag_at > 1.0:
            self._etag = self.current_etag() or ""
            self._etag_at = now
        return self._etag

    def current_etag(self) -> str | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(PublishedCatalogue.etag).order_by(PublishedCatalogue.version.desc()).limit(1)
            ).first()
        return None if row is None else str(row.etag)

    def current_catalogue(self) -> CatalogueBlob | None:
        """The newest published catalogue (kept in memory until a newer one is published)."""
        etag = self.current_etag()
        if etag is None:
            return None
        cached = self._catalogue
        if cached is not None and cached.etag == etag:
            return cached
        with self.sessions() as session:
            row = session.scalars(
                select(PublishedCatalogue).order_by(PublishedCatalogue.version.desc()).limit(1)
            ).one()
            blob = CatalogueBlob(
                row.version,
                row.catalogue_version,
                row.checksum,
                row.etag,
                row.content,
                row.content_gzip,
            )
        self._catalogue = blob
        return blob


def _own_requests(
    kiosk_id: str, items: Sequence[RequestEnvelope]
) -> tuple[list[RequestEnvelope], dict[int, ItemResult]]:
    """The items `kiosk_id`'s token may deliver, and the refusal of the others by position."""
    own: list[RequestEnvelope] = []
    refused: dict[int, ItemResult] = {}
    for n, item in enumerate(items):
        if item.kiosk_id == kiosk_id:
            own.append(item)
        else:
            refused[n] = ItemResult(
                id=item.id,
                status="rejected",
                reason=f"this request is kiosk {item.kiosk_id}'s, but the token is kiosk "
                f"{kiosk_id}'s: each kiosk delivers its own requests",
            )
    return own, refused


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        return use_kiosk_pragmas(engine)
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
