"""Request bodies of the central server: read with the size limit enforced while reading, then
parsed and checked (off the event loop: the app calls `parse_batch`/`parse_heartbeat` in the
thread pool).

Parsing is msgspec against the protocol's structs in strict mode, so what the OpenAPI document
describes is exactly what is accepted: a body that breaks the schema anywhere (one bad item
included) is a 422 for the whole call, and msgspec stops at the first fault instead of building
the whole document (``{"items": [[], [], …]}`` fails at its first item). An item that follows
the schema can still be refused on its own (``rejected`` with a reason: sealed data that does
not match its sha256, a time that overflows UTC, another kiosk's request).
Parsing holds the GIL: a 16 MB body still costs the loop some milliseconds, not seconds.
"""

from __future__ import annotations

import datetime as dt
import re

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


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|\\u[dD][c-fC-F]")


def too_large(limit: int) -> BodyError:
    return BodyError(413, f"the body is larger than the {limit} bytes allowed")


async def read_body(request: Request, limit: int = p.MAX_BODY_BYTES) -> bytes:
    """The whole body, refused (413) as soon as more than `limit` bytes arrive or are declared."""
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
    return BodyError(422, message[:500])


def parse_batch(raw: bytes) -> list[p.RequestEnvelope | p.ItemResult]:
    """The items of a POST /requests body in order: an envelope to store, or the `rejected`
    result of an item that follows the schema but cannot be stored. BodyError for the rest."""
    try:
        batch = p.decode(p.RequestBatch, raw, strict=True)
    except p.ProtocolError as exc:
        raise _refused(exc, raw) from None
    parsed: list[p.RequestEnvelope | p.ItemResult] = []
    for item in batch.items:
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
        beat = p.decode(p.Heartbeat, raw, strict=True)
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
