"""The wire protocol between kiosks and the central server (HTTP, /api/v1), shared by both sides.

A request travels as the same JSON document the kiosk keeps in its outbox and writes to a shared
folder (``"format": "pitstop-request"``): only id, kiosk id, creation time and notice version are
in clear; ``sealed`` is the libsodium sealed box (base64) and ``sha256`` its digest (hex), so the
central side can check integrity without the private key.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kiosk.intake import outbox

API_PREFIX = "/api/v1"
CATALOGUE_PATH = f"{API_PREFIX}/catalogue"
REQUESTS_PATH = f"{API_PREFIX}/requests"
HEARTBEAT_PATH = f"{API_PREFIX}/heartbeat"
HEALTH_PATH = f"{API_PREFIX}/health"

REQUEST_FORMAT: Final = outbox.FORMAT
MAX_BATCH_ITEMS = 500
MAX_SEALED_BYTES = outbox.MAX_SEALED_BYTES
MAX_BODY_BYTES = 16 * 1024 * 1024
"""Largest request body the server reads (a full batch of the largest requests fits)."""

KioskId = Annotated[str, Field(pattern=outbox.KIOSK_ID_PATTERN)]
ShortText = Annotated[str, Field(max_length=500)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RequestEnvelope(_Model):
    """One sealed contact request, as stored in the outbox, on a share, and on the server.

    The rules are those of `kiosk.intake.outbox.Envelope.from_document` (checked first, so a
    request file and a request item can never disagree); the fields only describe the schema.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    format: Literal["pitstop-request"] = "pitstop-request"
    format_version: Literal[1] = 1
    id: uuid.UUID
    kiosk_id: KioskId
    created_at: dt.datetime
    notice_version: Annotated[str, Field(min_length=1, max_length=outbox.NOTICE_VERSION_MAX)]
    schema_version: Annotated[int, Field(ge=1, le=1000)] = 1
    sealed: Annotated[str, Field(min_length=1, max_length=MAX_SEALED_BYTES * 4 // 3 + 4)]
    sha256: Annotated[str, Field(pattern=outbox.SHA256_PATTERN)]

    @model_validator(mode="before")
    @classmethod
    def _request_file_rules(cls, data: Any) -> Any:
        if isinstance(data, dict):
            outbox.Envelope.from_document(data)  # ValueError: pydantic reports it
        return data

    def sealed_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.sealed, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("sealed is not valid base64") from None


ItemStatus = Literal["accepted", "duplicate", "conflict", "rejected"]


class ItemResult(_Model):
    """What happened to one request of a batch.

    accepted: stored now. duplicate: the same id with the same content was already stored (the
    kiosk treats it as delivered). conflict: the id is taken by a different content (kept aside by
    the kiosk for staff, never deleted). rejected: this item cannot be stored (reason says why).
    """

    id: uuid.UUID
    status: ItemStatus
    reason: ShortText = ""


class RequestBatch(_Model):
    items: Annotated[list[RequestEnvelope], Field(min_length=1, max_length=MAX_BATCH_ITEMS)]


class BatchResult(_Model):
    results: list[ItemResult]


class Heartbeat(_Model):
    """The kiosk's status, sent at the end of every cycle (also written to a share's kiosks/)."""

    kiosk_id: KioskId
    app_version: Annotated[str, Field(max_length=40)] = ""
    catalogue_version: Annotated[str, Field(max_length=100)] = ""
    catalogue_checksum: Annotated[str, Field(max_length=64)] = ""
    pending: Annotated[int, Field(ge=0, le=2**31 - 1)] = 0
    conflicts: Annotated[int, Field(ge=0, le=2**31 - 1)] = 0
    last_success: dt.datetime | None = None
    last_error: ShortText = ""
    sent_at: dt.datetime


class HeartbeatAck(_Model):
    received_at: dt.datetime
    catalogue_etag: str = ""


class ErrorBody(_Model):
    """Every 4xx/5xx answer of the server: one sentence a staff member can read."""

    detail: str
