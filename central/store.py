"""Operations on the central database, shared by the HTTP app and the `pitstop central` commands.

SQLite (the default) gets the kiosk's pragmas and one writer at a time (a lock in this process,
plus busy_timeout against the operator's commands); PostgreSQL is used as is. The schema is made
by Alembic (central/schema.py): an empty database is brought to the newest revision on open, any
other must be at it already (`pitstop central migrate`), else SchemaError says what to run.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Engine,
    Insert,
    bindparam,
    case,
    create_engine,
    delete,
    func,
    literal,
    select,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from central.audit import record_audit
from central.models import (
    HeartbeatHour,
    Kiosk,
    KioskAlias,
    PublishedCatalogue,
    RequestConflict,
    StoredRequest,
)
from central.schema import SchemaError, check, migrate
from central.timeutil import as_utc
from kiosk.db.engine import use_kiosk_pragmas
from sync.protocol import Heartbeat, ItemResult, RequestEnvelope

log = logging.getLogger(__name__)
PUBLISH_LOCK_KEY = 0x50495453  # "PITS": the advisory lock that orders catalogue publishers
TOKEN_PREFIX = "pst_"
HEARTBEAT_HISTORY_DAYS = 7
"""Days of heartbeat history kept (one row per kiosk and hour; pruned by the server's hourly
job, central/retention.py)."""
POOL_SIZE = 20
"""PostgreSQL connections each server process keeps open (workers × this ≤ max_connections)."""
POOL_TIMEOUT = 10
"""Seconds a call waits for a free connection before the database counts as unavailable (503)."""


class CentralError(ValueError):
    """An operator command that cannot be carried out; str() is one sentence."""


def _database_away_errors() -> tuple[type[Exception], ...]:
    errors: list[type[Exception]] = [sa_exc.OperationalError, sa_exc.TimeoutError]
    try:  # the heartbeat batches use psycopg directly (central/heartbeats.py)
        import psycopg

        errors.append(psycopg.OperationalError)
    except ImportError:  # a SQLite-only server
        pass
    return tuple(errors)


DATABASE_AWAY = _database_away_errors()
"""What the database raises when it is down, restarting, locked or out of connections (the
API answers 503 with Retry-After, central/app.py): not a fault of the call."""


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
class RenameResult:
    token_moved: bool
    """The new id took over the old id's token (the kiosk keeps using it)."""
    old_token_revoked: bool
    """The new id had its own token: the old id's token was revoked."""


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


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """Aware times are stored in UTC: SQLite would keep the wall time and drop the offset."""
    return None if value is None else value.astimezone(dt.UTC)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CentralStore:
    """The central database. Thread-safe: one instance serves every request of the app."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        """Open the database at `url`: an empty one is created at the newest revision (unless
        `create` is False); one at another revision raises SchemaError (nothing is changed)."""
        self.url = url
        self.engine: Engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._write_lock: AbstractContextManager[Any] = (
            threading.Lock() if self.is_sqlite else nullcontext()
        )
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            _open_schema(self.engine, url, create)
        except BaseException:
            self.engine.dispose()
            raise
        self._catalogue: CatalogueBlob | None = None
        self._etag = ""
        self._etag_at = -1e9
        self._publications = 0  # catalogue_published() calls: an ETag read before one is stale

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in a transaction, committed at the end, holding this process's write lock
        (SQLite has one writer at a time)."""
        with self._write_lock, self.sessions.begin() as session:
            yield session

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
            row.last_heartbeat_at = as_utc(row.last_heartbeat_at)
            row.last_success = as_utc(row.last_success)
            row.revoked_at = as_utc(row.revoked_at)
        return rows

    def record_heartbeat(self, token: str, beat: Heartbeat, now: dt.datetime | None = None) -> None:
        """Authenticate and record (the hot path of a server with many kiosks).

        The kiosk's latest state is one `INSERT … SELECT … ON CONFLICT (id) DO UPDATE` on its
        row: the SELECT finds the row only with the kiosk's live token, so authentication and
        the write are one statement, and it never creates a kiosk. The history is a second
        upsert, into the kiosk's row of this UTC hour (`heartbeat_hour`), in the same
        transaction. Raises AuthError for a bad token and KioskMismatch when the beat names
        another kiosk. A heartbeat is not worth an fsync: on SQLite it commits with
        synchronous=NORMAL (WAL: safe against a crash of the server, at worst the last few
        beats lost on power loss), on PostgreSQL with synchronous_commit off (the same bargain).
        """
        params = self.heartbeat_params(token, beat, now)
        if self.is_sqlite:
            recorded = self._write_heartbeat_sqlite(params)
        else:
            [result] = self.write_heartbeats([params])
            if isinstance(result, Exception):
                raise result
            recorded = result
        if not recorded:
            self.heartbeat_refused(token, beat)

    def heartbeat_params(
        self, token: str, beat: Heartbeat, now: dt.datetime | None = None
    ) -> dict[str, Any]:
        """The bound values of a heartbeat's statements (see `record_heartbeat`)."""
        at = now or _now()
        return {
            "token_hash": token_hash(token),
            "kiosk_id": beat.kiosk_id,
            "last_heartbeat_at": at,
            "app_version": beat.app_version,
            "catalogue_version": beat.catalogue_version,
            "pending": beat.pending,
            "conflicts": beat.conflicts,
            "last_success": _as_utc(beat.last_success),
            "last_error": beat.last_error[:500],
            "disk_free_bytes": beat.disk_free_bytes,
            "hour": at.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0),
        }

    def heartbeat_refused(self, token: str, beat: Heartbeat) -> NoReturn:
        """Why a heartbeat's write found no row: AuthError for the token, else KioskMismatch."""
        kiosk_id = self.authenticate(token)  # raises AuthError with the reason
        raise KioskMismatch(f"kiosk_id is {beat.kiosk_id}, but the token is kiosk {kiosk_id}'s")

    def _write_heartbeat_sqlite(self, params: dict[str, Any]) -> bool:
        latest, history = self._heartbeat_statements
        assert latest is not None  # SQLite has no data-modifying WITH: two statements
        with self._write_lock, self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA synchronous=NORMAL")  # outside a transaction
            try:
                updated = connection.execute(latest, params).first()
                if updated is not None:
                    connection.execute(history, params)
                connection.commit()
            finally:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
                connection.commit()
        return updated is not None

    def write_heartbeats(self, batch: Sequence[dict[str, Any]]) -> list[bool | Exception]:
        """Record many heartbeats (PostgreSQL only) in one transaction and one pipelined round
        trip (psycopg's executemany): True for each beat recorded, False for one whose token and
        kiosk id found no row (see `heartbeat_refused`). When the batch fails on a beat's data
        (SQLSTATE class 22 or 23), each beat is tried alone, so that one bad beat fails only
        itself: its entry is then the exception; any other failure is every beat's."""
        sql, defaults = self._heartbeat_sql
        order = sorted(range(len(batch)), key=lambda n: str(batch[n]["kiosk_id"]))
        rows = [{**defaults, **batch[n]} for n in order]  # rows locked in one order: no deadlock
        results: list[bool | Exception] = [False] * len(batch)
        try:
            for n, recorded in zip(order, self._execute_heartbeats(sql, rows), strict=True):
                results[n] = recorded
            return results
        except Exception as exc:
            sqlstate = str(getattr(exc, "sqlstate", None) or "")
            if len(rows) == 1 or sqlstate[:2] not in ("22", "23"):
                return [exc] * len(rows)  # not one beat's data (the database is away…): all fail
        for n in order:
            try:
                [results[n]] = self._execute_heartbeats(sql, [{**defaults, **batch[n]}])
            except Exception as exc:  # each beat on its own, after the batch failed
                results[n] = exc
        return results

    def _execute_heartbeats(self, sql: str, rows: list[dict[str, Any]]) -> list[bool]:
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            # No fsync for a beat; a locked row or a stuck server fails the batch (503) within
            # seconds instead of holding every kiosk's beat behind it.
            cursor.execute(
                "SET LOCAL synchronous_commit TO OFF; SET LOCAL lock_timeout = '2s'; "
                "SET LOCAL statement_timeout = '5s'"
            )
            cursor.executemany(sql, rows, returning=True)  # type: ignore[call-arg]
            recorded = []
            while True:
                recorded.append(cursor.fetchone() is not None)
                if not cursor.nextset():
                    break
            connection.commit()
            return recorded
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()  # back to the pool

    @functools.cached_property
    def _heartbeat_sql(self) -> tuple[str, dict[str, Any]]:
        """PostgreSQL's heartbeat statement as the driver's SQL, and its constant parameters."""
        _, statement = self._heartbeat_statements
        compiled = statement.compile(dialect=self.engine.dialect)
        assert not compiled._bind_processors, "heartbeat values need no conversion by SQLAlchemy"
        return compiled.string, dict(compiled.params)

    @functools.cached_property
    def _heartbeat_statements(self) -> tuple[ReturningInsert[Any] | None, Insert]:
        """The two upserts of `record_heartbeat`, built once (building them costs more than
        running them); every value is a bound parameter named after its column. On PostgreSQL
        they are one statement (the state upsert in a WITH, the history upsert reading its
        RETURNING): (None, that statement)."""
        insert = sqlite.insert if self.is_sqlite else postgresql.insert
        kiosk = Kiosk.__table__.c
        names = [
            "last_heartbeat_at",
            "app_version",
            "catalogue_version",
            "pending",
            "conflicts",
            "last_success",
            "last_error",
            "disk_free_bytes",
        ]
        # Columns with a Python default are copied from the row itself: the INSERT would
        # otherwise name them with their default as a parameter (the row always exists).
        kept = [
            c for c in kiosk if c.default is not None and c.name not in names and c is not kiosk.id
        ]
        source = select(
            kiosk.id, *(bindparam(name, type_=kiosk[name].type) for name in names), *kept
        ).where(
            kiosk.token_hash == bindparam("token_hash"),
            kiosk.revoked_at.is_(None),
            kiosk.id == bindparam("kiosk_id"),
        )
        upsert = insert(Kiosk).from_select(
            [kiosk.id, *(kiosk[name] for name in names), *kept], source
        )
        latest = upsert.on_conflict_do_update(
            index_elements=[kiosk.id], set_={name: upsert.excluded[name] for name in names}
        ).returning(kiosk.id)
        hours = HeartbeatHour.__table__.c
        values: dict[str, ColumnElement[Any]] = {
            "kiosk_id": bindparam("kiosk_id", type_=hours.kiosk_id.type),
            "hour": bindparam("hour", type_=hours.hour.type),
            "beats": literal(1),
            "first_at": bindparam("last_heartbeat_at", type_=hours.first_at.type),
            "last_at": bindparam("last_heartbeat_at", type_=hours.last_at.type),
            "app_version": bindparam("app_version", type_=hours.app_version.type),
            "catalogue_version": bindparam("catalogue_version", type_=hours.catalogue_version.type),
            "pending_max": bindparam("pending", type_=hours.pending_max.type),
            "conflicts": bindparam("conflicts", type_=hours.conflicts.type),
            "last_error": bindparam("last_error", type_=hours.last_error.type),
        }
        if self.is_sqlite:
            fold = insert(HeartbeatHour).values(values)
        else:  # one round trip: the history is written from the state upsert's RETURNING
            written = latest.cte("latest")
            values["kiosk_id"] = written.c.id
            fold = insert(HeartbeatHour).from_select(
                list(values), select(*values.values()).select_from(written)
            )
        new = fold.excluded
        history = fold.on_conflict_do_update(
            index_elements=[hours.kiosk_id, hours.hour],
            set_={
                "beats": hours.beats + 1,
                "last_at": new.last_at,
                "app_version": new.app_version,
                "catalogue_version": new.catalogue_version,
                "pending_max": case(
                    (new.pending_max > hours.pending_max, new.pending_max),
                    else_=hours.pending_max,
                ),
                "conflicts": new.conflicts,
                "last_error": new.last_error,
            },
        )
        if self.is_sqlite:
            return latest, history
        return None, history.returning(hours.kiosk_id)

    def heartbeat_history(self, kiosk_id: str) -> list[HeartbeatHour]:
        """`kiosk_id`'s heartbeat history, oldest hour first."""
        with self.sessions() as session:
            rows = list(
                session.scalars(
                    select(HeartbeatHour)
                    .where(HeartbeatHour.kiosk_id == kiosk_id)
                    .order_by(HeartbeatHour.hour)
                )
            )
        for row in rows:
            row.hour = as_utc(row.hour) or row.hour
            row.first_at = as_utc(row.first_at) or row.first_at
            row.last_at = as_utc(row.last_at) or row.last_at
        return rows

    def prune_heartbeat_history(
        self, days: int = HEARTBEAT_HISTORY_DAYS, now: dt.datetime | None = None
    ) -> int:
        """Remove the history of hours that began more than `days` days ago; how many rows."""
        cutoff = (now or _now()) - dt.timedelta(days=days)
        with self.writing() as session:
            removed = session.execute(delete(HeartbeatHour).where(HeartbeatHour.hour < cutoff))
        return int(removed.rowcount or 0) if isinstance(removed, CursorResult) else 0

    # -- renamed kiosks -------------------------------------------------------------------

    def rename_kiosk(self, old: str, new: str, actor: str) -> RenameResult:
        """Record that kiosk `old` is now `new`: `new`'s token may deliver requests sealed under
        `old` (and under the ids `old` was renamed from). When `new` is not a kiosk yet it takes
        over `old`'s token (the kiosk keeps the token it has); when it is, `old`'s token is
        revoked. Requests already stored keep the kiosk that delivered them. One transaction."""
        if old == new:
            raise CentralError(f"kiosk {old} cannot be renamed to itself")
        with self.writing() as session:
            old_row = session.get(Kiosk, old)
            if old_row is None:
                raise CentralError(f"there is no kiosk '{old}' (see `pitstop central kiosks`)")
            done = session.get(KioskAlias, old)
            if done is not None:
                raise CentralError(f"kiosk {old} was already renamed to {done.kiosk_id}")
            taken = session.get(KioskAlias, new)
            if taken is not None:
                raise CentralError(
                    f"'{new}' is a former id of kiosk {taken.kiosk_id}: choose another new id"
                )
            now = _now()
            new_row = session.get(Kiosk, new)
            moved = revoked = False
            if new_row is None:
                new_row = Kiosk(
                    id=new,
                    token_hash=old_row.token_hash,
                    token_created_at=old_row.token_created_at,
                    revoked_at=old_row.revoked_at,
                    app_version=old_row.app_version,
                    catalogue_version=old_row.catalogue_version,
                    pending=old_row.pending,
                    conflicts=old_row.conflicts,
                    last_heartbeat_at=old_row.last_heartbeat_at,
                    last_success=old_row.last_success,
                    last_error=old_row.last_error,
                    disk_free_bytes=old_row.disk_free_bytes,
                )
                moved = old_row.token_hash is not None
                old_row.token_hash = None  # unique: freed before the new row takes it
                session.flush()
                session.add(new_row)
            elif old_row.token_hash is not None and old_row.revoked_at is None:
                old_row.revoked_at = now
                revoked = True
            for column in ("name", "venue", "comune", "area"):  # what enrolment called it
                if not getattr(new_row, column, None):
                    setattr(new_row, column, getattr(old_row, column))
            session.execute(
                update(KioskAlias).where(KioskAlias.kiosk_id == old).values(kiosk_id=new)
            )
            session.add(KioskAlias(alias=old, kiosk_id=new, created_at=now))
            record_audit(
                session,
                actor,
                "kiosk.rename",
                old=old,
                new=new,
                token_moved=moved,
                old_token_revoked=revoked,
            )
        log.info("kiosk %s renamed %s", old, new)
        return RenameResult(token_moved=moved, old_token_revoked=revoked)

    def aliases(self, kiosk_id: str) -> set[str]:
        """The ids kiosk `kiosk_id` was renamed from."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(KioskAlias.alias).where(KioskAlias.kiosk_id == kiosk_id)
            )
            return {str(row.alias) for row in rows}

    # -- requests -----------------------------------------------------------------------

    def store_requests(
        self, kiosk_id: str, items: Sequence[RequestEnvelope], now: dt.datetime | None = None
    ) -> list[ItemResult]:
        """Store each request once by id: the same id and content again is a duplicate (delivered),
        the same id with other content a conflict (logged, the stored one is kept).

        `kiosk_id` (the token's kiosk) is stored as the sender, the id in the request as the
        claimed kiosk. A request naming another kiosk is refused (`rejected`, not stored): a
        token delivers only its own kiosk's requests and those of the ids the kiosk was renamed
        from (`rename_kiosk`).
        """
        others = {item.kiosk_id for item in items} - {kiosk_id}
        allowed = {kiosk_id} | (self.aliases(kiosk_id) if others else set())
        own, refused = _own_requests(kiosk_id, allowed, items)
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

    def mark_exported(self, ids: Sequence[str], actor: str, out: str) -> int:
        """Record that `ids` were written to the table `out` (the first export's time is kept;
        retention counts from it), with an audit event; how many were exported for the first
        time."""
        if not ids:
            return 0
        now = _now()
        first = 0
        with self.writing() as session:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                result = session.execute(
                    update(StoredRequest)
                    .where(StoredRequest.id.in_(chunk), StoredRequest.exported_at.is_(None))
                    .values(exported_at=now)
                )
                first += int(result.rowcount or 0) if isinstance(result, CursorResult) else 0
            record_audit(
                session, actor, "request.export", requests=len(ids), first_time=first, out=out
            )
        return first

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
                row.created_at = as_utc(row.created_at) or row.created_at
                row.received_at = as_utc(row.received_at) or row.received_at
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
        """Insert as the next version, numbered inside the transaction that inserts it. On
        PostgreSQL, publishers in other processes wait for each other (a transaction-scoped
        advisory lock): six at once each read the same newest version, and one could lose
        every retry."""
        with self._write_lock, self.sessions.begin() as session:
            if not self.is_sqlite:  # SQLite: one writer at a time already
                session.execute(select(func.pg_advisory_xact_lock(PUBLISH_LOCK_KEY)))
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
        self.catalogue_published()
        return version, etag

    def catalogue_published(self) -> None:
        """Forget the cached ETag: this process serves its own publication at once."""
        self._etag_at = -1e9
        self._publications += 1

    def cached_etag(self) -> str:
        """The current catalogue's ETag, looked up at most once a second: another process's
        publication reaches the kiosks up to a second late."""
        return self.fresh_etag() or self._remember_etag(self.current_etag() or "")

    def last_etag(self) -> str:
        """The last ETag looked up, however old ("" before the first)."""
        return self._etag

    def fresh_etag(self) -> str | None:
        """The ETag looked up less than a second ago ("" for no catalogue), else None: no
        database work, so the event loop may call it."""
        return self._etag if time.monotonic() - self._etag_at <= 1.0 else None

    def _remember_etag(self, etag: str, publications: int | None = None) -> str:
        """Keep `etag` for a second, unless this process published since it was read (then the
        next call reads again)."""
        if publications is None or publications == self._publications:
            self._etag, self._etag_at = etag, time.monotonic()
        return etag

    def current_etag(self) -> str | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(PublishedCatalogue.etag).order_by(PublishedCatalogue.version.desc()).limit(1)
            ).first()
        return None if row is None else str(row.etag)

    def cached_catalogue(self) -> CatalogueBlob | None:
        """The catalogue in memory if it is still the newest by `fresh_etag` (no database work:
        the event loop may call this), else None."""
        cached = self._catalogue
        return cached if cached is not None and cached.etag == self.fresh_etag() else None

    def catalogue_in_memory(self) -> CatalogueBlob | None:
        """The last catalogue this process read, however old (served while the database is
        away: kiosks keep the catalogue they have anyway)."""
        return self._catalogue

    def current_catalogue(self) -> CatalogueBlob | None:
        """The newest published catalogue (kept in memory until a newer one is published)."""
        publications = self._publications
        etag = self.current_etag()
        if etag is None:
            return None
        cached = self._catalogue
        if cached is not None and cached.etag == etag:
            self._remember_etag(etag, publications)
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
        self._remember_etag(blob.etag, publications)
        return blob


def _own_requests(
    kiosk_id: str, allowed: set[str], items: Sequence[RequestEnvelope]
) -> tuple[list[RequestEnvelope], dict[int, ItemResult]]:
    """The items `kiosk_id`'s token may deliver (those claiming an id in `allowed`), and the
    refusal of the others by position."""
    own: list[RequestEnvelope] = []
    refused: dict[int, ItemResult] = {}
    for n, item in enumerate(items):
        if item.kiosk_id in allowed:
            own.append(item)
        else:
            refused[n] = ItemResult(
                id=item.id,
                status="rejected",
                reason=f"this request is kiosk {item.kiosk_id}'s, but the token is kiosk "
                f"{kiosk_id}'s: each kiosk delivers its own requests",
            )
    return own, refused


def _open_schema(engine: Engine, url: str, create: bool) -> None:
    """Create an empty database at the newest revision (if `create`), else check its revision."""
    try:
        check(engine, url)
    except SchemaError:
        with engine.connect() as connection:
            from central.schema import state

            empty = state(connection) is None
        if not (create and empty):
            raise
        try:
            migrate(engine)
        except Exception:  # another process created it meanwhile: fine if it is now at head
            check(engine, url)


def make_engine(url: str) -> Engine:
    """An engine on `url` (SQLite gets the kiosk's pragmas); the schema is not looked at."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        return use_kiosk_pragmas(engine)
    # A fixed pool: connections that come and go under load (overflow) cost PostgreSQL a new
    # backend each, more than the calls they serve; a busy worker waits for one instead.
    return create_engine(
        url,
        pool_size=POOL_SIZE,
        max_overflow=0,
        pool_timeout=POOL_TIMEOUT,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10},
    )
