"""The central server's HTTP API (FastAPI): conditional catalogue GET, batched requests, heartbeat.

Every answer to bad input is a 4xx whose JSON body is ``{"detail": "<one sentence>"}`` (an
unexpected failure is a JSON 500, logged). Bodies are read with the size limit enforced while
reading, then parsed and checked in the thread pool (`central.bodies`), as is database work.
Each token has a rate limit and a daily quota (`central.limits`): 429 with Retry-After.
The messages are the msgspec structs of `sync.protocol`: endpoints read and write them
themselves, and their JSON Schemas are added to the OpenAPI document's components. /docs and
/redoc are off unless asked for: their pages load scripts from a CDN.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import math
import time
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from msgspec import Struct
from msgspec.json import schema_components
from starlette.exceptions import HTTPException as StarletteHTTPException

from central import bodies, usage
from central.fastpath import Endpoint, FastPath
from central.heartbeats import HeartbeatWriter
from central.hsds import hsds_router
from central.limits import (
    ApiLimits,
    RateLimiter,
    quota_problem,
    seconds_to_next_day,
    start_of_day,
)
from central.offering_page import offering_page_router
from central.office import office_router
from central.store import (
    DATABASE_AWAY,
    AuthError,
    CatalogueBlob,
    CentralStore,
    KioskMismatch,
    token_hash,
)
from central.tokencache import TokenCache
from kiosk import __version__
from kiosk.text import printable
from sync import protocol as p

log = logging.getLogger(__name__)

_AUTH_HEADERS = {"WWW-Authenticate": 'Bearer realm="pitstop"'}
_SCHEMA_REF = "#/components/schemas/{name}"
METRICS_PATH = "/metrics"
_INLINE_PARSE_BYTES = 4096
DATABASE_RETRY_AFTER = 30
_HEARTBEAT_TOKEN_AGE = _PUBLIC_TOKEN_AGE = 3600.0
"""How old (seconds) a cached check of a token may be for a heartbeat, whose write checks the
token again, and for the catalogue, which is public anyway (/hsds, /o/<id>): a revoked token
is refused at once by the heartbeat and by request delivery, by the catalogue within this."""


class _Api(FastAPI):
    """FastAPI, with the JSON Schemas of the protocol's messages in the OpenAPI document."""

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:  # FastAPI builds the document once and keeps it
            document = super().openapi()
            _, schemas = schema_components(
                (
                    bodies.BatchShape,
                    p.RequestEnvelope,
                    p.BatchResult,
                    p.Heartbeat,
                    p.HeartbeatAck,
                    p.ErrorBody,
                ),
                ref_template=_SCHEMA_REF,
            )
            schemas["RequestBatch"] = schemas.pop("BatchShape")
            document.setdefault("components", {}).setdefault("schemas", {}).update(schemas)
            _describe_times(schemas)
        return super().openapi()


def _describe_times(schemas: dict[str, Any]) -> None:
    """Give every date-time in `schemas` the pattern the server enforces (a format alone is only
    an annotation in JSON Schema, under which "" would be a valid time)."""
    for schema in schemas.values():
        for field in schema.get("properties", {}).values():
            for option in field.get("anyOf", [field]):
                if option.get("format") == "date-time":
                    option["pattern"] = bodies.RFC3339_PATTERN


def _content(model: type[Struct]) -> dict[str, Any]:
    """An OpenAPI body (request or response) holding a `model` as JSON."""
    return {"application/json": {"schema": {"$ref": _SCHEMA_REF.format(name=model.__name__)}}}


def _answer(description: str, model: type[Struct]) -> dict[str, Any]:
    return {"description": description, "content": _content(model)}


_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "schema": {"type": "integer", "minimum": 1},
    }
}
_AUTHENTICATED: dict[int | str, dict[str, Any]] = {
    401: _answer("No token, or one that does not open the API", p.ErrorBody),
    429: {
        **_answer("Too many calls, or the daily quota is used up", p.ErrorBody),
        "headers": _RETRY_AFTER,
    },
}
_REFUSED: dict[int | str, dict[str, Any]] = {
    **_AUTHENTICATED,
    400: _answer("The client went away before its body arrived", p.ErrorBody),
    413: _answer("The body is too large", p.ErrorBody),
    415: _answer("The body is not declared as application/json", p.ErrorBody),
    422: _answer("The body does not follow the schema (nothing of it is stored)", p.ErrorBody),
}


def _json(message: Struct) -> Response:
    return Response(p.encode(message), media_type="application/json")


def create_app(
    db_url: str | None = None,
    *,
    store: CentralStore | None = None,
    limits: ApiLimits | None = None,
    docs: bool = False,
    metrics_token: str | None = None,
) -> FastAPI:
    """The API on the database at `db_url` (or on an already opened `store`), with `limits`
    (the defaults when None); `docs` serves /docs and /redoc (they load a CDN's scripts);
    `metrics_token` turns on /metrics for that bearer token (`central.metrics`; 404 without)."""
    if store is None:
        if db_url is None:
            raise ValueError("create_app needs db_url or store")
        store = CentralStore(db_url)
    central = store
    limits = limits or ApiLimits()
    rate = RateLimiter(limits.rate_per_minute, limits.burst)
    tokens = TokenCache()
    app = _Api(
        title="Family Pit Stop central server",
        version=__version__,
        description="Catalogue distribution and sealed contact-request intake for kiosks.",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        # FastAPI's own OpenTelemetry hooks cost a provider lookup per call; /metrics is ours.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.store = central
    app.state.limits = limits
    fast_routes: dict[tuple[str, str], Endpoint] = {}  # filled below, with the endpoints
    app.add_middleware(FastPath, routes=fast_routes, handlers=app.exception_handlers)
    if metrics_token:  # added after: outside the fast path, so it counts those calls too
        _add_metrics(app, central, metrics_token)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _first_error(exc.errors())}, 422)

    @app.exception_handler(bodies.BodyError)
    async def _bad_body(_request: Request, exc: bodies.BodyError) -> JSONResponse:
        closing = {"Connection": "close"} if exc.status in {413, 415} else None  # body unread
        return JSONResponse({"detail": exc.detail}, exc.status, headers=closing)

    for away in DATABASE_AWAY:
        app.add_exception_handler(away, _database_away)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        """The last resort, answered as JSON (a kiosk retries). Logged in one line: Starlette
        raises the error again after this answer and the server (uvicorn) logs its traceback."""
        log.error(
            "unexpected error on %s %s: %s: %s",
            request.method,
            request.url.path,
            type(exc).__name__,
            printable(exc, limit=300),
        )
        return JSONResponse({"detail": "the server had an unexpected error; try again later"}, 500)

    async def kiosk_of(request: Request, max_age: float | None = None) -> str:
        """The token's kiosk, after the token's rate limit (401, 429 otherwise). `max_age`: how
        old a cached check of the token may be (`TokenCache.get`)."""
        token = _bearer(request)
        kiosk_id = tokens.get(token, max_age)
        if kiosk_id is None:
            try:
                kiosk_id = await run_in_threadpool(central.authenticate, token)
            except AuthError as exc:
                raise HTTPException(401, str(exc), headers=_AUTH_HEADERS) from None
            tokens.put(token, kiosk_id)
        wait = rate.take(token_hash(token))  # per token: a leaked, revoked one spends its own
        if wait > 0:
            raise HTTPException(
                429,
                f"kiosk {kiosk_id} called too often (at most {limits.rate_per_minute:g} calls a "
                "minute); try again later",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )
        return kiosk_id

    writer = None if central.is_sqlite else HeartbeatWriter(central)

    async def record_heartbeat(token: str, beat: p.Heartbeat) -> None:
        """`CentralStore.record_heartbeat`, batched with other requests' on PostgreSQL."""
        if writer is None:
            await run_in_threadpool(central.record_heartbeat, token, beat)
        elif not await writer.write(central.heartbeat_params(token, beat)):
            await run_in_threadpool(central.heartbeat_refused, token, beat)

    async def _newest_catalogue() -> CatalogueBlob | None:
        """The newest catalogue; while the database is away, the one in memory (if any)."""
        try:
            return await run_in_threadpool(central.current_catalogue)
        except DATABASE_AWAY:
            held = central.catalogue_in_memory()
            if held is None:
                raise
            return held

    async def _etag_or_last() -> str:
        """The current ETag for a heartbeat's answer (off the event loop: it may wait for a
        connection); the last one known if the database does not answer."""
        try:
            return await run_in_threadpool(central.cached_etag)
        except DATABASE_AWAY:
            return central.last_etag()

    async def check_quota(kiosk_id: str, items: list[p.RequestEnvelope]) -> None:
        if not (limits.daily_requests or limits.daily_bytes):
            return
        now = dt.datetime.now(dt.UTC)
        known = await run_in_threadpool(central.known_ids, [str(item.id) for item in items])
        items = [item for item in items if str(item.id) not in known]
        if not items:
            return
        used_count, used_bytes = await run_in_threadpool(
            central.usage_since, kiosk_id, start_of_day(now)
        )
        size = sum(len(item.sealed) * 3 // 4 for item in items)
        problem = quota_problem(limits, used_count, used_bytes, len(items), size)
        if problem is not None:
            raise HTTPException(
                429, problem, headers={"Retry-After": str(seconds_to_next_day(now))}
            )

    @app.get(p.HEALTH_PATH, summary="Liveness check (no token needed)")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get(
        p.CATALOGUE_PATH,
        summary="The current catalogue (our JSON); 304 when If-None-Match matches its ETag",
        responses={
            200: {"content": {"application/json": {}}},
            304: {"description": "Not modified: the kiosk's copy is current"},
            404: _answer("No catalogue has been published yet", p.ErrorBody),
            **_AUTHENTICATED,
        },
    )
    async def catalogue(request: Request) -> Response:
        await kiosk_of(request, _PUBLIC_TOKEN_AGE)
        blob = central.cached_catalogue() or await _newest_catalogue()
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
        description="A body that does not follow RequestBatch (1 to 500 objects, each with a "
        "UUID id) is refused whole with 422 and nothing is stored. Each item is then checked "
        "on its own against RequestEnvelope and the request-file rules: an item that fails is "
        "answered `rejected` with the reason and not stored (a field that breaks the "
        "RequestEnvelope schema, sealed data that does not match its sha256, a created_at that "
        "overflows UTC, a request of another kiosk than the token's); the others are stored.",
        openapi_extra=_request_body(bodies.BatchShape, "RequestBatch"),
        responses={200: _answer("One result per item, in order", p.BatchResult), **_REFUSED},
    )
    async def requests_(request: Request) -> Response:
        kiosk_id = await kiosk_of(request)
        raw = await bodies.read_body(request)
        parsed = await run_in_threadpool(bodies.parse_batch, raw)
        items = [item for item in parsed if isinstance(item, p.RequestEnvelope)]
        if items:
            await check_quota(kiosk_id, items)
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
        responses={
            200: _answer("Recorded", p.HeartbeatAck),
            403: _answer("The heartbeat names another kiosk than the token's", p.ErrorBody),
            **_REFUSED,
        },
    )
    async def heartbeat(request: Request) -> Response:
        token = _bearer(request)  # the token is checked before the body is read
        await kiosk_of(request, _HEARTBEAT_TOKEN_AGE)
        raw = await bodies.read_body(request)
        if len(raw) <= _INLINE_PARSE_BYTES:  # a thread hop costs more than parsing a small body
            beat = bodies.parse_heartbeat(raw)
        else:
            beat = await run_in_threadpool(bodies.parse_heartbeat, raw)
        if beat.usage:
            try:
                usage.check(beat.usage)
            except usage.UsageError as exc:
                raise HTTPException(422, str(exc)) from None
        try:
            await record_heartbeat(token, beat)
        except AuthError as exc:
            tokens.forget(token)
            raise HTTPException(401, str(exc), headers=_AUTH_HEADERS) from None
        except KioskMismatch as exc:  # a valid beat this token may not send
            raise HTTPException(403, str(exc)) from None
        stored = (  # a day sent again replaces the office's (central/usage.py)
            await run_in_threadpool(usage.store_days, central, beat.kiosk_id, beat.usage)
            if beat.usage
            else []
        )
        return _json(
            p.HeartbeatAck(
                received_at=dt.datetime.now(dt.UTC),
                catalogue_etag=central.fresh_etag() or await _etag_or_last(),
                usage_days=stored,
            )
        )

    fast_routes[("GET", p.CATALOGUE_PATH)] = catalogue
    fast_routes[("POST", p.HEARTBEAT_PATH)] = heartbeat

    # After the kiosks' API: a request is matched against routes in order, and the API is hot.
    app.include_router(office_router(central))  # the office console, /office (central/office/)
    app.include_router(hsds_router(central))  # the public HSDS 3.0 read API, /hsds (central/hsds/)
    app.include_router(offering_page_router(central))  # public page per offering, /o/<id>
    return app


def _add_metrics(app: FastAPI, store: CentralStore, token: str) -> None:
    """/metrics (Prometheus text, not in the OpenAPI document) for `token`, and the middleware
    that counts and times every request."""
    from central.metrics import CONTENT_TYPE, Metrics, MetricsMiddleware

    metrics = Metrics(store)
    app.add_middleware(
        MetricsMiddleware,
        metrics=metrics,
        paths=lambda: frozenset(getattr(route, "path", "") for route in app.routes),
    )

    @app.get(METRICS_PATH, include_in_schema=False)
    async def metrics_(request: Request) -> Response:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8", "surrogatepass"), token.encode()
        ):
            raise HTTPException(
                401, "/metrics needs the metrics bearer token", headers=_AUTH_HEADERS
            )
        return Response(await run_in_threadpool(metrics.render), media_type=CONTENT_TYPE)


def _request_body(model: type[Struct], name: str | None = None) -> dict[str, Any]:
    """The OpenAPI request body of an endpoint that reads its body itself (with a size limit)."""
    ref = {"$ref": _SCHEMA_REF.format(name=name or model.__name__)}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


class _AwayLog:
    """One log line per interval while the database is away (every call would write one)."""

    def __init__(self, interval: float = 10.0) -> None:
        self.interval = interval
        self.last = -1e9
        self.quiet = 0

    def note(self, exc: Exception) -> None:
        now = time.monotonic()
        if now - self.last < self.interval:
            self.quiet += 1
            return
        log.error(
            "the database does not answer (%d more calls since the last line): %s: %s",
            self.quiet,
            type(exc).__name__,
            printable(exc, limit=300),
        )
        self.last, self.quiet = now, 0


_away_log = _AwayLog()


async def _database_away(_request: Request, exc: Exception) -> JSONResponse:
    """503 with Retry-After when the database is down, restarting, or too busy to lend a
    connection in time: the kiosk keeps its data and tries again."""
    _away_log.note(exc)
    return JSONResponse(
        {"detail": "the server's database is unavailable; try again later"},
        503,
        headers={"Retry-After": str(DATABASE_RETRY_AFTER)},
    )


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "a bearer token is required", headers=_AUTH_HEADERS)
    return token.strip()


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
