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

from nacl.public import PublicKey
from sqlalchemy import Engine
from sqlalchemy.dialects.sqlite import insert

from kiosk.intake.model import ContactRequest
from kiosk.intake.outbox import Envelope
from kiosk.intake.tables import contact_request, outbox
from kiosk.privacy.sealing import seal

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


def submit_request(engine: Engine, payload: ContactRequest, public_key: PublicKey) -> Submitted:
    """Seal `payload` and store it with its outbox row in one transaction; idempotent on its id.

    Returns only after the commit: the caller may then show the reference.
    """
    envelope = seal_request(payload, public_key)
    with engine.begin() as connection:
        inserted = connection.execute(
            insert(contact_request)
            .values(
                id=envelope.id,
                kiosk_id=envelope.kiosk_id,
                created_at=envelope.created_at,
                notice_version=envelope.notice_version,
                schema_version=envelope.schema_version,
                sealed=envelope.sealed,
                sha256=envelope.sha256,
            )
            .on_conflict_do_nothing(index_elements=["id"])
        )
        stored = inserted.rowcount == 1
        if stored:
            connection.execute(
                insert(outbox).values(
                    request_id=envelope.id,
                    state="pending",
                    attempts=0,
                    next_attempt_at=envelope.created_at,
                )
            )
    if stored:
        log.info("request %s stored, sealed", envelope.id)
    else:
        log.info("request %s was already stored; nothing written", envelope.id)
    return Submitted(envelope.id, payload.reference, stored)
