"""The wire protocol between kiosks and the central server (HTTP, /api/v1), shared by both sides.

A request travels as the same JSON document the kiosk keeps in its outbox and writes to a shared
folder (``"format": "pitstop-request"``): only id, kiosk id, creation time and notice version are
in clear; ``sealed`` is the libsodium sealed box (base64) and ``sha256`` its digest (hex), so the
central side can check integrity without the private key.

The messages are msgspec structs (the kiosk process never loads pydantic). A struct built in code
is not validated: data from outside goes through `decode`, `convert` or `parse_envelope`, which
raise `ProtocolError`; `encode` writes JSON.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import uuid
from typing import Annotated, Final, Literal, TypeVar

import msgspec

from kiosk.intake import outbox
from kiosk.settings import KIOSK_ID_PATTERN
from kiosk.structs import error_parts, whole

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
MAX_USAGE_DAYS = 62
"""Days of usage counts one heartbeat may carry (kiosks send at most 31)."""
MAX_USAGE_COUNTS = 2000
"""Counts one day may hold (kiosk.usage.store.MAX_ROWS_PER_DAY)."""
MAX_DISK_FREE_BYTES = 2**50
"""Largest free disk space a heartbeat may report (1 PiB; no kiosk has more)."""


KioskId = Annotated[str, msgspec.Meta(pattern=whole(KIOSK_ID_PATTERN))]
AwareTime = Annotated[dt.datetime, msgspec.Meta(tz=True)]
"""A time with its UTC offset (RFC 3339's date-time; a time without one is refused)."""
ShortText = Annotated[str, msgspec.Meta(max_length=500)]


class ProtocolError(ValueError):
    """Data that does not follow the protocol; str() is one sentence, led by the field when known
    (``pending: expected int >= 0``)."""


class RequestEnvelope(msgspec.Struct, frozen=True, kw_only=True):
    """One sealed contact request, as stored in the outbox, on a share, and on the server.

    The rules are those of `kiosk.intake.outbox.Envelope.from_document` (checked first by
    `parse_envelope`, so a request file and a request item can never disagree); the fields only
    describe the schema. Unknown fields are ignored.
    """

    format: Literal["pitstop-request"] = "pitstop-request"
    format_version: Literal[1] = 1
    id: uuid.UUID
    kiosk_id: KioskId
    created_at: AwareTime
    notice_version: Annotated[str, msgspec.Meta(min_length=1, max_length=outbox.NOTICE_VERSION_MAX)]
    schema_version: Annotated[int, msgspec.Meta(ge=1, le=1000)] = 1
    sealed: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_SEALED_BYTES * 4 // 3 + 4)]
    sha256: Annotated[str, msgspec.Meta(pattern=whole(outbox.SHA256_PATTERN))]

    def sealed_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.sealed, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("sealed is not valid base64") from None


ItemStatus = Literal["accepted", "duplicate", "conflict", "rejected"]


class ItemResult(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """What happened to one request of a batch.

    accepted: stored now. duplicate: the same id with the same content was already stored (the
    kiosk treats it as delivered). conflict: the id is taken by a different content (kept aside by
    the kiosk for staff, never deleted). rejected: this item cannot be stored (reason says why).
    """

    id: uuid.UUID
    status: ItemStatus
    reason: ShortText = ""


class RequestBatch(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The body of POST /requests (the server checks each item with `parse_envelope`)."""

    items: Annotated[list[RequestEnvelope], msgspec.Meta(min_length=1, max_length=MAX_BATCH_ITEMS)]


class BatchResult(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    results: list[ItemResult]


class UsageCount(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One count of a kiosk's day: `metric` (and `key`, "" for a metric without keys) as
    kiosk/usage/metrics.py defines them; the office stores only what it knows (docs/figures.md)."""

    metric: Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
    key: Annotated[str, msgspec.Meta(max_length=128)] = ""
    count: Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]


class DayCounts(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """All of a kiosk's counts of one local day: the office replaces what it held for that
    kiosk and day with them (sent again, they are not added twice)."""

    day: dt.date
    counts: Annotated[list[UsageCount], msgspec.Meta(max_length=MAX_USAGE_COUNTS)]


class UsageFile(DayCounts, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A day's counts as a file on a share, `usage/<kiosk-id>/<day>.json` (rewritten while the
    day is open); `pitstop central import-usage --share DIR` reads them."""

    format: Literal["pitstop-usage"] = "pitstop-usage"
    format_version: Literal[1] = 1
    kiosk_id: KioskId


class Heartbeat(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The kiosk's status, sent at the end of every cycle (also written to a share's kiosks/).

    `usage` (optional, newer kiosks) carries the daily counts the kiosk holds, the oldest days
    first; a server that knows it answers with the days it stored (`HeartbeatAck.usage_days`).
    A server older than it refuses the field (422): the kiosk then sends the heartbeat again
    without it and keeps its counts.

    `disk_free_bytes` (optional, newer kiosks): the free space of the disk holding the kiosk's
    data folder, omitted when unknown; an older server's refusal of it is handled the same way.
    """

    kiosk_id: KioskId
    app_version: Annotated[str, msgspec.Meta(max_length=40)] = ""
    catalogue_version: Annotated[str, msgspec.Meta(max_length=100)] = ""
    catalogue_checksum: Annotated[str, msgspec.Meta(max_length=64)] = ""
    pending: Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)] = 0
    conflicts: Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)] = 0
    last_success: AwareTime | None = None
    last_error: ShortText = ""
    sent_at: AwareTime
    usage: Annotated[list[DayCounts], msgspec.Meta(max_length=MAX_USAGE_DAYS)] = []
    disk_free_bytes: Annotated[int, msgspec.Meta(ge=0, le=MAX_DISK_FREE_BYTES)] | None = None


OPTIONAL_HEARTBEAT_FIELDS: Final = ("usage", "disk_free_bytes")
"""Fields newer than the first servers, left out when empty (None or []): an older server
refuses them by name ("<field>: unknown field"), and the kiosk sends again without them."""


class HeartbeatAck(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    received_at: dt.datetime
    catalogue_etag: str = ""
    usage_days: list[dt.date] = []
    """The days of the heartbeat's `usage` now stored (replacing what the server held)."""


class ErrorBody(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Every 4xx/5xx answer of the server: one sentence a staff member can read."""

    detail: str


_M = TypeVar("_M", bound=msgspec.Struct)


def decode(model: type[_M], data: bytes | str, *, strict: bool = False) -> _M:
    """Read the JSON `data` as a `model`, or raise `ProtocolError`.

    Lax like the pydantic models were (numbers may come as strings, times as Unix timestamps)
    unless `strict`, which takes only what the JSON Schema describes (the server reads so).
    Nesting deeper than the interpreter's recursion limit is a `ProtocolError` too.
    """
    try:
        return msgspec.json.decode(data, type=model, strict=strict)
    except msgspec.DecodeError as exc:  # also ValidationError
        raise _protocol_error(exc) from None
    except RecursionError:
        raise ProtocolError("the JSON is nested too deeply") from None


def convert(model: type[_M], data: object) -> _M:
    """Check already parsed JSON (dicts, lists, strings…) as a `model`, or raise `ProtocolError`."""
    try:
        return msgspec.convert(data, model, strict=False)
    except msgspec.ValidationError as exc:
        raise _protocol_error(exc) from None


def parse_envelope(raw: object) -> RequestEnvelope:
    """One request item (parsed JSON) under the rules of a request file, or `ProtocolError`."""
    if isinstance(raw, dict):
        try:
            outbox.Envelope.from_document(raw)
        except ValueError as exc:
            raise ProtocolError(str(exc)) from None
        # The request file's own reading of the time (ISO 8601 with an offset), not msgspec's.
        raw = {**raw, "created_at": dt.datetime.fromisoformat(raw["created_at"])}
    return convert(RequestEnvelope, raw)


def encode(message: msgspec.Struct, *, indent: int = 0) -> bytes:
    """`message` as JSON (UTF-8), on one line or indented by `indent` spaces."""
    data = msgspec.json.encode(message)
    return msgspec.json.format(data, indent=indent) if indent else data


def encode_heartbeat(beat: Heartbeat, *, indent: int = 0) -> bytes:
    """`beat` as JSON, without the optional fields it leaves empty (`usage` without a day,
    `disk_free_bytes` unknown): a server older than a field refuses it even empty or null, and
    the status file on a share never carries `usage`."""
    document = msgspec.to_builtins(beat)
    for name in OPTIONAL_HEARTBEAT_FIELDS:
        if document[name] is None or document[name] == []:
            del document[name]
    data = msgspec.json.encode(document)
    return msgspec.json.format(data, indent=indent) if indent else data


_MISSING_OR_UNKNOWN = re.compile(r"Object (missing required|contains unknown) field (.*)")


def _protocol_error(exc: msgspec.DecodeError) -> ProtocolError:
    """msgspec's "Expected `int` >= 0 - at `$.pending`" as "pending: expected int >= 0"."""
    where, message = error_parts(exc)
    if match := _MISSING_OR_UNKNOWN.fullmatch(message):
        where = f"{where}.{match[2]}" if where else match[2]
        message = "field required" if match[1] == "missing required" else "unknown field"
    if message[1:2].islower():  # "Expected …", not "JSON is malformed…"
        message = message[:1].lower() + message[1:]
    return ProtocolError(f"{where}: {message}" if where else message)
