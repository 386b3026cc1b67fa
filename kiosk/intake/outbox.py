"""The outbox: sealed requests waiting for delivery, as request files (docs/request-format.md).

This is the API the sync engine codes against. A request is `pending` until a transport confirms
delivery (`mark_delivered`), or `conflict` when the central side holds a different request under
the same id (kept, never retried, never purged, shown to staff). Failures only reschedule
(`record_failure`); nothing here ever drops an undelivered request. Error texts stored in
`last_error` must come from transports, never from request contents.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.db.sqlite import SqliteFile, column, in_list, scalar, utc_from_text, utc_text
from kiosk.fileio import atomic_write_bytes
from kiosk.settings import KIOSK_ID_PATTERN

log = logging.getLogger(__name__)

FORMAT = "pitstop-request"
FORMAT_VERSION = 1
MAX_SEALED_BYTES = 256 * 1024
"""A sealed request is a few hundred bytes; anything this big is not one."""
MAX_REQUEST_FILE_BYTES = 2 * MAX_SEALED_BYTES + 64 * 1024
"""More than any request file can hold (the sealed box in base64 plus the clear fields): a larger
file on a share is not read, by the kiosk (sync.folder) or the office (kiosk.intake.inbox)."""
NOTICE_VERSION_MAX = 40
SHA256_PATTERN = r"^[0-9a-f]{64}$"
"""The one definition of a request file's rules: `sync.protocol` reuses these and `from_json`."""
_ERROR_MAX = 500


@dataclass(frozen=True)
class Envelope:
    """One sealed request with its clear fields: what is written to a share or sent to a server."""

    id: str
    kiosk_id: str
    created_at: dt.datetime
    notice_version: str
    schema_version: int
    sealed: bytes = field(repr=False)
    sha256: str

    def to_json(self) -> bytes:
        """The request file (UTF-8 JSON, one object, keys in the documented order)."""
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "kiosk_id": self.kiosk_id,
            "created_at": self.created_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "notice_version": self.notice_version,
            "schema_version": self.schema_version,
            "sealed": base64.b64encode(self.sealed).decode("ascii"),
            "sha256": self.sha256,
        }
        return json.dumps(document, ensure_ascii=True, indent=1).encode("ascii") + b"\n"

    @classmethod
    def from_json(cls, data: bytes) -> Envelope:
        """Parse and check a request file; ValueError names what is wrong (damaged, altered...)."""
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise ValueError("not valid JSON (damaged or truncated)") from None
        return cls.from_document(document)

    @classmethod
    def from_document(cls, document: Any) -> Envelope:
        """Check a parsed request file (the server checks each item of a batch with this too)."""
        if not isinstance(document, dict):
            raise ValueError("not a request file (a JSON object is expected)")
        if document.get("format") != FORMAT:
            raise ValueError(f"not a request file (format is not {FORMAT!r})")
        if document.get("format_version") != FORMAT_VERSION:
            raise ValueError(
                f"unsupported format_version {document.get('format_version')!r} (this "
                f"version reads {FORMAT_VERSION})"
            )
        request_id = _field(document, "id", str)
        try:
            canonical = str(uuid.UUID(request_id))
        except ValueError:
            raise ValueError(f"id {request_id!r} is not a UUID") from None
        if canonical != request_id:
            raise ValueError(f"id {request_id!r} is not a canonical lower-case UUID")
        created_text = _field(document, "created_at", str)
        try:
            created_at = dt.datetime.fromisoformat(created_text)
        except ValueError:
            raise ValueError(f"created_at {created_text!r} is not an ISO 8601 time") from None
        if created_at.tzinfo is None:
            raise ValueError(f"created_at {created_text!r} has no UTC offset")
        schema_version = _field(document, "schema_version", int)
        if not 1 <= schema_version <= 1000:
            raise ValueError(f"schema_version {schema_version} is out of range")
        kiosk_id = _field(document, "kiosk_id", str)
        if not re.fullmatch(KIOSK_ID_PATTERN, kiosk_id):
            raise ValueError("kiosk_id is not a kiosk id (letters, digits, - and _, at most 64)")
        notice_version = _field(document, "notice_version", str)
        if not 1 <= len(notice_version) <= NOTICE_VERSION_MAX:
            raise ValueError(f"notice_version must be 1 to {NOTICE_VERSION_MAX} characters")
        try:
            sealed = base64.b64decode(_field(document, "sealed", str), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("sealed is not valid base64 (damaged)") from None
        if not sealed or len(sealed) > MAX_SEALED_BYTES:
            raise ValueError(f"sealed has an impossible size ({len(sealed)} bytes)")
        digest = _field(document, "sha256", str)
        if not re.fullmatch(SHA256_PATTERN, digest):
            raise ValueError("sha256 is not 64 lower-case hex digits")
        if hashlib.sha256(sealed).hexdigest() != digest:
            raise ValueError("sha256 does not match the sealed data (damaged or altered)")
        return cls(
            id=canonical,
            kiosk_id=kiosk_id,
            created_at=created_at.astimezone(dt.UTC),
            notice_version=notice_version,
            schema_version=schema_version,
            sealed=sealed,
            sha256=digest,
        )


def _field(document: dict[str, Any], name: str, kind: type[Any]) -> Any:
    value = document.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"{name} is missing or not a {kind.__name__}")
    return value


def _envelope(row: Any) -> Envelope:
    created_at = utc_from_text(row.created_at)
    assert created_at is not None  # NOT NULL
    return Envelope(
        id=row.id,
        kiosk_id=row.kiosk_id,
        created_at=created_at,
        notice_version=row.notice_version,
        schema_version=row.schema_version,
        sealed=row.sealed,
        sha256=row.sha256,
    )


_SELECT_ENVELOPES = (
    "SELECT r.id, r.kiosk_id, r.created_at, r.notice_version, r.schema_version, r.sealed,"
    " r.sha256 FROM contact_request r JOIN outbox o ON o.request_id = r.id"
)
_CHUNK = 500
"""Ids per statement (SQLite allows 32,766 parameters; the server 500 requests per batch)."""


def pending(engine: SqliteFile, limit: int, now: dt.datetime) -> list[Envelope]:
    """Up to `limit` pending requests due at `now` (next_attempt_at <= now), oldest first."""
    sql = (
        f"{_SELECT_ENVELOPES} WHERE o.state = 'pending' AND o.next_attempt_at <= :now"
        " ORDER BY r.created_at, r.id LIMIT :limit"
    )
    with engine.connect() as connection:
        rows = connection.execute(sql, {"now": utc_text(now), "limit": limit})
        return [_envelope(row) for row in rows]


def pending_count(engine: SqliteFile) -> int:
    """Requests not yet delivered (due or waiting for their next attempt)."""
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM outbox WHERE state = 'pending'"))


def conflict_count(engine: SqliteFile) -> int:
    """Requests the central side holds different content for: kept, not retried, shown to staff."""
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM outbox WHERE state = 'conflict'"))


def mark_delivered(engine: SqliteFile, ids: Iterable[str], via: str, now: dt.datetime) -> int:
    """Record confirmed delivery (`via`: e.g. "folder", "http"); returns how many changed.

    A request already delivered keeps its first delivery time.
    """
    id_list = list(ids)
    if not id_list:
        return 0
    changed = 0
    with engine.begin() as connection:
        for chunk in _chunks(id_list, _CHUNK):
            marks, params = in_list("id", chunk)
            changed += connection.execute(
                "UPDATE outbox SET state = 'delivered', delivered_at = :now, delivered_via = :via,"
                f" last_error = NULL WHERE request_id IN ({marks}) AND state != 'delivered'",
                {**params, "now": utc_text(now), "via": via[:40]},
            ).rowcount
    log.info("delivered via %s: %s", via, ", ".join(id_list))
    return changed


def mark_conflict(engine: SqliteFile, id: str, reason: str) -> None:
    """The central side has different content under this id: keep it, stop retrying."""
    with engine.begin() as connection:
        connection.execute(
            "UPDATE outbox SET state = 'conflict', last_error = :reason WHERE request_id = :id",
            {"id": id, "reason": reason[:_ERROR_MAX]},
        )
    log.warning("request %s in conflict: %s", id, reason)


def record_failure(
    engine: SqliteFile, ids: Iterable[str], error: str, next_attempt_at: dt.datetime
) -> None:
    """A failed delivery attempt: count it, keep the error, retry at `next_attempt_at`."""
    id_list = list(ids)
    if not id_list:
        return
    with engine.begin() as connection:
        for chunk in _chunks(id_list, _CHUNK):
            marks, params = in_list("id", chunk)
            connection.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = :error,"
                f" next_attempt_at = :next WHERE request_id IN ({marks}) AND state = 'pending'",
                {**params, "error": error[:_ERROR_MAX], "next": utc_text(next_attempt_at)},
            )
    log.info("delivery failed for %d request(s), next attempt %s", len(id_list), next_attempt_at)


def purge_delivered(
    engine: SqliteFile, retention_days: int = 0, now: dt.datetime | None = None
) -> int:
    """Delete delivered requests older than `retention_days` (0: all delivered); returns the count.

    Runs with `secure_delete` (freed pages are zeroed) and then checkpoints the WAL with TRUNCATE
    so no copy of the sealed data lingers in the WAL file. Pending and conflict rows are never
    touched.
    """
    cutoff = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=retention_days)
    with engine.begin() as connection:
        connection.execute("PRAGMA secure_delete=ON")
        ids = column(
            connection,
            "SELECT request_id FROM outbox WHERE state = 'delivered' AND delivered_at <= :cutoff",
            {"cutoff": utc_text(cutoff)},
        )
        for chunk in _chunks(ids, _CHUNK):
            marks, params = in_list("id", chunk)
            connection.execute(f"DELETE FROM outbox WHERE request_id IN ({marks})", params)
            connection.execute(f"DELETE FROM contact_request WHERE id IN ({marks})", params)
    if ids:
        checkpoint_wal(engine)
        log.info("purged %d delivered request(s): %s", len(ids), ", ".join(ids))
    return len(ids)


def checkpoint_wal(engine: SqliteFile) -> bool:
    """Copy the WAL into the database and truncate it; False when a reader kept it from ending."""
    with engine.connect() as connection:
        busy, _log_pages, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("WAL checkpoint could not finish (a reader is active); retried at next purge")
    return not busy


def export_pending(engine: SqliteFile, folder: Path) -> int:
    """Write every undelivered request (pending or conflict) as `<uuid>.json` in `folder`.

    Staff hand delivery: requests in conflict never travel by sync, so a USB stick is their way
    to the office. Files are written atomically and never overwritten: a file already there with
    the same content is left alone, one with other content raises FileExistsError naming it.
    Returns the number of requests now in the folder. Nothing is marked delivered here.
    """
    folder.mkdir(parents=True, exist_ok=True)
    sql = (
        f"{_SELECT_ENVELOPES} WHERE o.state IN ('pending', 'conflict') ORDER BY r.created_at, r.id"
    )
    with engine.connect() as connection:
        envelopes = [_envelope(row) for row in connection.execute(sql)]
    for envelope in envelopes:
        target = folder / f"{envelope.id}.json"
        data = envelope.to_json()
        if target.exists():
            if target.read_bytes() != data:
                raise FileExistsError(f"{target} exists with other content; not overwritten")
            continue
        atomic_write_bytes(target, data)
    log.info("exported %d pending request(s) to %s", len(envelopes), folder)
    return len(envelopes)


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
