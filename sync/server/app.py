"""The central server's HTTP API (FastAPI): conditional catalogue GET, batched requests, heartbeat.

Every answer to bad input is a 4xx whose JSON body is ``{"detail": "<one sentence>"}``; bodies are
read with a size limit before they are parsed. Database work runs in the thread pool. The messages
are the msgspec structs of `sync.protocol`: endpoints read and write them themselves, and their
JSON Schemas are added to the OpenAPI document's components.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from msgspec import Struct
from msgspec.json import schema_components
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__
from sync import protocol as p
from sync.server.store import AuthError, CentralStore, KioskMismatch

log = logging.getLogger(__name__)

_AUTH_HEADERS = {"WWW-Authenticate": 'Bearer realm="pitstop"'}
_SCHEMA_REF = "#/components/schemas/{name}"


class _Api(FastAPI):
    """FastAPI, with the JSON Schemas of the protocol's messages in the OpenAPI document."""

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:  # FastAPI builds the document once and keeps it
            document = super().openapi()
            _, schemas = schema_components(
                (p.RequestBatch, p.BatchResult, p.Heartbeat, p.HeartbeatAck, p.ErrorBody),
                ref_template=_SCHEMA_REF,
            )
            document.setdefault("components", {}).setdefault("schemas", {}).update(schemas)
        return super().openapi()


def _content(model: type[Struct]) -> dict[str, Any]:
    """An OpenAPI body (request or response) holding a `model` as JSON."""
    return {"application/json": {"schema": {"$ref": _SCHEMA_REF.format(name=model.__name__)}}}


def _answer(description: str, model: type[Struct]) -> dict[str, Any]:
    return {"description": description, "content": _content(model)}


_REFUSED: dict[int | str, dict[str, Any]] = {
    401: _answer("No token, or one that does not open the API", p.ErrorBody),
    413: _answer("The body is too large", p.ErrorBody),
    422: _answer("The body is not valid", p.ErrorBody),
}


def _json(message: Struct) -> Response:
    return Response(p.encode(message), media_type="application/json")


def create_app(db_url: str | None = None, *, store: CentralStore | None = None) -> FastAPI:
    """The API on the database at `db_url` (or on an already opened `store`)."""
    if store is None:
        if db_url is None:
            raise ValueError("create_app needs db_url or store")
        store = CentralStore(db_url)
    central = store
    app = _Api(
        title="Family Pit Stop central server",
        version=__version__,
        description="Catalogue distribution and sealed contact-request intake for kiosks.",
    )
    app.state.store = central

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _first_error(exc.errors())}, 422)

    async def kiosk_of(request: Request) -> str:
        token = _bearer(request)
        try:
            return await run_in_threadpool(central.authenticate, token)
        except AuthError as exc:
            raise HTTPException(401, str(exc), headers=_AUTH_HEADERS) from None

    @app.get(p.HEALTH_PATH, summary="Liveness check (no token needed)")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get(
        p.CATALOGUE_PATH,
        summary="The current catalogue (our JSON); 304 when If-None-Match matches its ETag",
        responses={
            200: {"content": {"application/json": {}}},
            304: {},
            404: _answer("No catalogue has been published yet", p.ErrorBody),
        },
    )
    async def catalogue(request: Request) -> Response:
        await kiosk_of(request)
        blob = await run_in_threadpool(central.current_catalogue)
        if blob is None:
            raise HTTPException(404, "no catalogue has been published yet")
        headers = {
            "ETag": blob.etag,
            "X-Catalogue-Version": blob.catalogue_version,
            "Cache-Control": "no-cache",
            "Vary": "Accept-Encoding",
        }
        if _etag_matches(request.headers.get("if-none-match", ""), blob.etag):
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", "").lower():
            headers["Content-Encoding"] = "gzip"
            return Response(blob.content_gzip, media_type="application/json", headers=headers)
        return Response(blob.content, media_type="application/json", headers=headers)

    @app.post(
        p.REQUESTS_PATH,
        summary="Deliver a batch of sealed requests; one result per item, idempotent by id",
        openapi_extra=_request_body(p.RequestBatch),
        responses={200: _answer("One result per item, in order", p.BatchResult), **_REFUSED},
    )
    async def requests_(request: Request) -> Response:
        kiosk_id = await kiosk_of(request)
        data = _json_body(await _read_body(request))
        parsed = _parse_items(data)
        items = [item for item in parsed if isinstance(item, p.RequestEnvelope)]
        stored = iter(
            await run_in_threadpool(central.store_requests, kiosk_id, items) if items else []
        )
        return _json(
            p.BatchResult(
                results=[
                    next(stored) if isinstance(item, p.RequestEnvelope) else item for item in parsed
                ]
            )
        )

    @app.post(
        p.HEARTBEAT_PATH,
        summary="Report the kiosk's status",
        openapi_extra=_request_body(p.Heartbeat),
        responses={200: _answer("Recorded", p.HeartbeatAck), **_REFUSED},
    )
    async def heartbeat(request: Request) -> Response:
        token = _bearer(request)  # the token is checked before the body is read
        await kiosk_of(request)
        try:
            beat = p.decode(p.Heartbeat, await _read_body(request))
        except p.ProtocolError as exc:
            raise HTTPException(422, str(exc)) from None
        try:
            await run_in_threadpool(central.record_heartbeat, token, beat)
        except AuthError as exc:
            raise HTTPException(401, str(exc), headers=_AUTH_HEADERS) from None
        except KioskMismatch as exc:
            raise HTTPException(422, str(exc)) from None
        return _json(
            p.HeartbeatAck(
                received_at=dt.datetime.now(dt.UTC), catalogue_etag=central.cached_etag()
            )
        )

    return app


def _request_body(model: type[Struct]) -> dict[str, Any]:
    """The OpenAPI request body of an endpoint that reads its body itself (with a size limit)."""
    return {"requestBody": {"required": True, "content": _content(model)}}


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "a bearer token is required", headers=_AUTH_HEADERS)
    return token.strip()


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > p.MAX_BODY_BYTES):
        raise HTTPException(413, f"the body is larger than the {p.MAX_BODY_BYTES} bytes allowed")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > p.MAX_BODY_BYTES:
            raise HTTPException(
                413, f"the body is larger than the {p.MAX_BODY_BYTES} bytes allowed"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _json_body(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HTTPException(422, "the body is not JSON") from None
    except RecursionError:
        raise HTTPException(422, "the body is nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise HTTPException(422, 'the body must be an object with a list "items"')
    items = data["items"]
    if not 1 <= len(items) <= p.MAX_BATCH_ITEMS:
        raise HTTPException(422, f"a batch holds 1 to {p.MAX_BATCH_ITEMS} items, not {len(items)}")
    for n, raw_item in enumerate(items):
        if not isinstance(raw_item, dict):
            raise HTTPException(422, f"items[{n}] is not an object")
        if not _uuids([raw_item.get("id")]):
            raise HTTPException(422, f"items[{n}].id is not a UUID")
    return data


def _uuids(values: list[Any]) -> list[Any]:
    out = []
    for value in values:
        try:
            out.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return out


def _parse_items(data: dict[str, Any]) -> list[p.RequestEnvelope | p.ItemResult]:
    """Each item in order: a valid envelope to store, or the `rejected` result of an invalid one."""
    parsed: list[p.RequestEnvelope | p.ItemResult] = []
    for raw in data["items"]:
        try:
            parsed.append(p.parse_envelope(raw))
        except p.ProtocolError as exc:
            parsed.append(
                p.ItemResult(id=uuid.UUID(str(raw["id"])), status="rejected", reason=str(exc)[:500])
            )
    return parsed


def _first_error(errors: Any) -> str:
    """The first of FastAPI's own validation errors (pydantic's format) as one sentence."""
    if not errors:
        return "the request is not valid"
    err = errors[0]
    where = ".".join(str(part) for part in err.get("loc", ()) if part != "body")
    message = str(err.get("msg", "is not valid")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _etag_matches(header: str, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in header.split(","))
