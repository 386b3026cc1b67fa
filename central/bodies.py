"""Request bodies of the central server: read with the size limit enforced while reading, then
parsed and checked (off the event loop: the app calls `parse_batch`/`parse_heartbeat` in the
thread pool).

Parsing is msgspec in strict mode against structs whose JSON Schemas are the OpenAPI document's,
so what the document describes is what is accepted: a heartbeat that breaks its schema, or a
batch that is not a list of 1 to 500 objects with a UUID id (`BatchShape`), is a 422. Each item
is then read on its own against `RequestEnvelope` and the request-file rules; one that fails is
answered `rejected` with the reason (a field that breaks the envelope's schema, sealed data that
does not match its sha256, a time that overflows UTC) while the others are stored. msgspec
stops at the first fault instead of building the whole document. Parsing holds the GIL: a
16 MB body of well-formed items costs the loop a fraction of a second, a malformed one nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Annotated

import msgspec
from starlette.requests import ClientDisconnect, Request

from kiosk.intake import outbox
from kiosk.text import printable
from sync import protocol as p


class BodyError(ValueError):
    """A body the server refuses as a whole: `status` (413, 422) and one sentence."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


RFC3339_PATTERN = (
    r"^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)
"""The times the server takes (RFC 3339 date-time, with an offset), in the OpenAPI document too:
a JSON Schema format is only an annotation, under which "" would be a valid time."""
_TIME_WANTED = "expected an RFC 3339 time with its offset, like 2026-12-01T09:00:00Z"
_Time = Annotated[str, msgspec.Meta(pattern=RFC3339_PATTERN)]


class _WireEnvelope(p.RequestEnvelope, frozen=True, kw_only=True):
    """A request item as read off the wire: its time checked as text against the pattern, and
    integers that JSON Schema allows as 278.0 (converted, with their limits, afterwards)."""

    created_at: _Time  # type: ignore[assignment]
    schema_version: int | float = 1  # type: ignore[assignment]


UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


class BatchItem(msgspec.Struct, frozen=True):
    """What the batch itself requires of an item: an object with a UUID id. The rest of the
    item is checked on its own against `RequestEnvelope` (a failure is that item's `rejected`)."""

    id: Annotated[str, msgspec.Meta(pattern=UUID_PATTERN)]


class BatchShape(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The body of POST /requests as the OpenAPI document describes it (`RequestBatch`)."""

    items: Annotated[list[BatchItem], msgspec.Meta(min_length=1, max_length=p.MAX_BATCH_ITEMS)]


class _RawBatch(msgspec.Struct, frozen=True):
    items: list[msgspec.Raw]


class _WireUsageCount(p.UsageCount, frozen=True, kw_only=True, forbid_unknown_fields=True):
    count: int | float  # type: ignore[assignment]


class _WireDayCounts(p.DayCounts, frozen=True, kw_only=True, forbid_unknown_fields=True):
    counts: Annotated[  # type: ignore[assignment]
        list[_WireUsageCount], msgspec.Meta(max_length=p.MAX_USAGE_COUNTS)
    ]


_WireUsage = Annotated[list[_WireDayCounts], msgspec.Meta(max_length=p.MAX_USAGE_DAYS)]


class _WireHeartbeat(p.Heartbeat, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pending: int | float = 0  # type: ignore[assignment]
    conflicts: int | float = 0  # type: ignore[assignment]
    disk_free_bytes: int | float | None = None  # type: ignore[assignment]
    usage: _WireUsage = []  # type: ignore[assignment]  # noqa: RUF012 (msgspec copies it)
    last_success: _Time | None = None  # type: ignore[assignment]
    sent_at: _Time  # type: ignore[assignment]


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|\\u[dD][c-fC-F]")


def too_large(limit: int) -> BodyError:
    return BodyError(413, f"the body is larger than the {limit} bytes allowed")


async def read_body(request: Request, limit: int = p.MAX_BODY_BYTES) -> bytes:
    """The whole body, refused (413) as soon as more than `limit` bytes arrive or are declared,
    and (415) when its declared Content-Type is not JSON (no Content-Type is taken as JSON)."""
    media_type = request.headers.get("content-type", "application/json").partition(";")[0]
    if media_type.strip().lower() != "application/json":
        shown = printable(media_type.strip(), limit=80)
        raise BodyError(415, f"the body must be application/json, not {shown!r}")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise BodyError(400, "the client went away before its body arrived") from None
    return b"".join(chunks)


def _refused(exc: p.ProtocolError, raw: bytes) -> BodyError:
    message = str(exc)
    lowered = message.lower()
    if lowered.startswith(("json is malformed", "input data was truncated")):
        if _LONE_SURROGATE.search(raw):
            return BodyError(422, "the body is not valid JSON: it holds a lone surrogate (\\ud800)")
        reason = message[len("json is malformed: ") :] if lowered.startswith("json") else message
        return BodyError(422, f"the body is not valid JSON ({reason[:1].lower()}{reason[1:]})")
    message = message.replace(f"expected str matching regex {RFC3339_PATTERN!r}", _TIME_WANTED)
    message = message.replace(f"expected str matching regex {UUID_PATTERN!r}", "expected a UUID")
    return BodyError(422, message[:500])


def parse_batch(raw: bytes) -> list[p.RequestEnvelope | p.ItemResult]:
    """The items of a POST /requests body in order: an envelope to store, or the `rejected`
    result of an item that is not a storable request (so one damaged request in a kiosk's
    outbox does not hold back the others). BodyError when the body is not a `BatchShape`.

    The shape is checked first, stopping at the first fault and before any item is kept (a
    16 MB ``{"items": [[], …]}`` fails at its first item); only then are the at most 500 items
    read one by one.
    """
    try:
        p.decode(BatchShape, raw, strict=True)
        raw_items = p.decode(_RawBatch, raw, strict=True).items
    except p.ProtocolError as exc:
        raise _refused(exc, raw) from None
    parsed: list[p.RequestEnvelope | p.ItemResult] = []
    for raw_item in raw_items:
        item_id = uuid.UUID(p.decode(BatchItem, raw_item).id)
        try:
            wire = p.decode(_WireEnvelope, raw_item, strict=True)
            item = p.convert(p.RequestEnvelope, msgspec.structs.asdict(wire))
        except p.ProtocolError as exc:
            reason = _refused(exc, bytes(raw_item)).detail
            parsed.append(p.ItemResult(id=item_id, status="rejected", reason=reason))
            continue
        problem = item_problem(item)
        if problem is None:
            parsed.append(item)
        else:
            parsed.append(p.ItemResult(id=item.id, status="rejected", reason=problem[:500]))
    return parsed


def item_problem(item: p.RequestEnvelope) -> str | None:
    """Why a schema-valid item cannot be stored (the rules of a request file), or None."""
    document = msgspec.to_builtins(item)  # created_at back to RFC 3339 with its own offset
    try:
        outbox.Envelope.from_document(document)
    except OverflowError:
        return f"created_at {document['created_at']} is out of range once converted to UTC"
    except ValueError as exc:
        return str(exc)
    if _CONTROL.search(item.notice_version):
        return "notice_version holds control characters"
    return None


def parse_heartbeat(raw: bytes) -> p.Heartbeat:
    """A heartbeat body, its free texts made printable (they end up in the operator's listing)."""
    try:
        wire = p.decode(_WireHeartbeat, raw, strict=True)
        fields = msgspec.structs.asdict(wire)
        fields["usage"] = msgspec.to_builtins(wire.usage)  # whole floats made ints by convert
        beat = p.convert(p.Heartbeat, fields)
    except p.ProtocolError as exc:
        raise _refused(exc, raw) from None
    for name in ("sent_at", "last_success"):
        value = getattr(beat, name)
        if value is None:
            continue
        try:
            value.astimezone(dt.UTC)
        except (OverflowError, ValueError):
            raise BodyError(422, f"{name}: {value.isoformat()} is out of range in UTC") from None
    return msgspec.structs.replace(
        beat,
        app_version=printable(beat.app_version),
        catalogue_version=printable(beat.catalogue_version),
        catalogue_checksum=printable(beat.catalogue_checksum),
        last_error=printable(beat.last_error),
    )
