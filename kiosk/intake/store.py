"""Storing a contact request: sealed in memory, then request and outbox row in one transaction.

The plaintext exists only as Python objects; the database only ever receives the sealed bytes.
`submit_request` is idempotent on the request id (the client token made when the review screen is
shown), so a double tap, or a retry after a crash between commit and confirmation, stores one.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass

from nacl.public import PrivateKey, PublicKey

from kiosk.db.sqlite import SqliteFile, utc_text
from kiosk.intake.model import ContactRequest
from kiosk.intake.outbox import Envelope
from kiosk.privacy.sealing import WrongKeyError, seal, unseal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submitted:
    id: str
    reference: str
    stored: bool = True
    """False when a request with this id was already stored (nothing new written)."""


def seal_request(request: ContactRequest, public_key: PublicKey) -> Envelope:
    """The envelope of `request`: clear fields plus its payload sealed for `public_key`."""
    plaintext = json.dumps(request.payload(), ensure_ascii=False, separators=(",", ":"))
    sealed = seal(public_key, plaintext.encode("utf-8"))
    return Envelope(
        id=str(request.id),
        kiosk_id=request.kiosk_id,
        created_at=request.created_at,
        notice_version=request.notice_version,
        schema_version=request.schema_version,
        sealed=sealed,
        sha256=hashlib.sha256(sealed).hexdigest(),
    )


def submit_request(engine: SqliteFile, payload: ContactRequest, public_key: PublicKey) -> Submitted:
    """Seal `payload` and store it with its outbox row in one transaction; idempotent on its id.

    Returns only after the commit: the caller may then show the reference.
    """
    envelope = seal_request(payload, public_key)
    with engine.begin() as connection:
        created_at = utc_text(envelope.created_at)
        inserted = connection.execute(
            "INSERT INTO contact_request"
            " (id, kiosk_id, created_at, notice_version, schema_version, sealed, sha256)"
            " VALUES (:id, :kiosk_id, :created_at, :notice_version, :schema_version, :sealed,"
            " :sha256) ON CONFLICT (id) DO NOTHING",
            {
                "id": envelope.id,
                "kiosk_id": envelope.kiosk_id,
                "created_at": created_at,
                "notice_version": envelope.notice_version,
                "schema_version": envelope.schema_version,
                "sealed": envelope.sealed,
                "sha256": envelope.sha256,
            },
        )
        stored = inserted.rowcount == 1
        if stored:
            connection.execute(
                "INSERT INTO outbox (request_id, state, attempts, next_attempt_at)"
                " VALUES (:id, 'pending', 0, :created_at)",
                {"id": envelope.id, "created_at": created_at},
            )
    if stored:
        log.info("request %s stored, sealed", envelope.id)
    else:
        log.info("request %s was already stored; nothing written", envelope.id)
    return Submitted(envelope.id, payload.reference, stored)


@dataclass(frozen=True)
class _Sealed:
    id: str
    kiosk_id: str
    sealed: bytes
    sha256: str


class Resealed:
    """Requests moved from the demo key to the office key by `reseal_pending`; `undo()` puts
    them back (used when the enrolment that asked for it fails later)."""

    def __init__(self, engine: SqliteFile, before: list[_Sealed]) -> None:
        self._engine = engine
        self._before = before

    def __len__(self) -> int:
        return len(self._before)

    def undo(self) -> None:
        """Only rows still waiting: one delivered meanwhile keeps the office's sealing."""
        with self._engine.begin() as connection:
            for row in self._before:
                connection.execute(
                    "UPDATE contact_request SET kiosk_id = :kiosk_id, sealed = :sealed,"
                    " sha256 = :sha256 WHERE id = :id AND id IN"
                    " (SELECT request_id FROM outbox WHERE state = 'pending')",
                    {
                        "id": row.id,
                        "kiosk_id": row.kiosk_id,
                        "sealed": row.sealed,
                        "sha256": row.sha256,
                    },
                )


def reseal_pending(
    engine: SqliteFile, demo_key: PrivateKey, office_key: PublicKey, kiosk_id: str
) -> Resealed:
    """Seal again for `office_key` every undelivered request the demo key can open, as kiosk
    `kiosk_id`: requests a parent left while the kiosk was still in demo mode then reach the
    office that can read them, under the identity the office gave the kiosk (whose token may
    deliver only its own requests). One transaction; requests the demo key cannot open are left
    as they are. The plaintext exists only in memory, as when a request is first sealed.
    """
    pending = (
        "SELECT r.id, r.kiosk_id, r.sealed, r.sha256 FROM contact_request r"
        " JOIN outbox o ON o.request_id = r.id WHERE o.state = 'pending'"
    )
    before: list[_Sealed] = []
    with engine.begin() as connection:
        for row in connection.execute(pending).fetchall():
            try:
                payload = json.loads(unseal(demo_key, row.sealed))
            except (WrongKeyError, ValueError):
                continue  # sealed for a real office already: not ours to open
            payload["kiosk_id"] = kiosk_id
            plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            sealed = seal(office_key, plaintext.encode("utf-8"))
            connection.execute(
                "UPDATE contact_request SET kiosk_id = :kiosk_id, sealed = :sealed,"
                " sha256 = :sha256 WHERE id = :id",
                {
                    "id": row.id,
                    "kiosk_id": kiosk_id,
                    "sealed": sealed,
                    "sha256": hashlib.sha256(sealed).hexdigest(),
                },
            )
            before.append(_Sealed(row.id, row.kiosk_id, row.sealed, row.sha256))
    if before:
        log.info("%d request(s) from demo mode sealed again for the office key", len(before))
    return Resealed(engine, before)
