"""The public, read-only HSDS 3.0 API over the published catalogue, mounted at /hsds.

No token, no cookie, `Access-Control-Allow-Origin: *` on every answer (errors included), an
ETag per answer (the catalogue version and the query) with 304 on If-None-Match, and
`modified_after` on /services and /service_at_locations for incremental sync. Lists use the HSDS
`Page` envelope. Bad parameters are a 422 whose JSON `detail` is one sentence naming the
parameter. The documents are built once per published version (central/hsds/cache.py); a page
is a join of encoded bytes. Rate limits are nginx's (docs/hsds.md). These routes are not in the
kiosk API's OpenAPI document: /hsds/openapi.json is the HSDS one.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, TypeVar

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool

from central.hsds.cache import HsdsCache, HsdsIndex, NamedEntry, ServiceEntry, encode
from central.hsds.profile import profile_document
from central.store import CentralStore
from kiosk import __version__
from kiosk.catalogue.normalize import fold
from kiosk.text import printable

HSDS_VERSION: Final = "3.0"
DEFAULT_PER_PAGE: Final = 50
MAX_PER_PAGE: Final = 500
MAX_PARAM_CHARS: Final = 200
CORS: Final = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag",
}
_PREFLIGHT: Final = {
    **CORS,
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match",
    "Access-Control-Max-Age": "86400",
}
_JSON: Final = "application/json"
T = TypeVar("T")


def _problem(status: int, detail: str) -> HTTPException:
    return HTTPException(status, detail, headers=dict(CORS))


@dataclass(frozen=True)
class Query:
    """The checked parameters of one list call."""

    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    search: str = ""
    taxonomy_term_id: str = ""
    taxonomy_id: str = ""
    organization_id: str = ""
    modified_after: dt.datetime | None = None
    full: bool = False


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise _problem(
            422,
            f"{name} must be a whole number from {low} to {high} (got {printable(raw, limit=20)})",
        )
    return value


def _text(request: Request, name: str) -> str:
    raw = request.query_params.get(name, "")
    if len(raw) > MAX_PARAM_CHARS:
        raise _problem(422, f"{name} must be at most {MAX_PARAM_CHARS} characters")
    return raw.strip()


def _bool(request: Request, name: str) -> bool:
    raw = request.query_params.get(name, "").strip().lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise _problem(422, f"{name} must be true or false (got {printable(raw, limit=20)})")


def parse_time(raw: str, name: str = "modified_after") -> dt.datetime:
    """An ISO 8601 date or date-time (UTC when it has no offset); 422 when it is not one."""
    text = raw.strip()
    try:
        if len(text) == 10:
            value = dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        else:
            value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _problem(
            422,
            f"{name} must be a date-time like 2026-12-01T09:00:00Z "
            f"(got {printable(raw, limit=40)})",
        ) from None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def parse_query(request: Request) -> Query:
    """The list parameters of `request`, checked (422 with one sentence otherwise)."""
    after = _text(request, "modified_after")
    return Query(
        page=_int(request, "page", 1, 1, 1_000_000),
        per_page=_int(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
        search=_text(request, "search"),
        taxonomy_term_id=_text(request, "taxonomy_term_id"),
        taxonomy_id=_text(request, "taxonomy_id"),
        organization_id=_text(request, "organization_id"),
        modified_after=parse_time(after) if after else None,
        full=_bool(request, "full"),
    )


def page_bytes(items: Sequence[bytes], page: int, per_page: int) -> bytes:
    """The HSDS `Page` envelope of page `page` of `items` (already encoded)."""
    total = len(items)
    pages = math.ceil(total / per_page)
    chosen = items[(page - 1) * per_page : page * per_page]
    head = {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(chosen),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not chosen,
    }
    return encode(head)[:-1] + b',"contents":[' + b",".join(chosen) + b"]}"


def _matches(search_text: str, words: list[str]) -> bool:
    return all(f" {word}" in search_text for word in words)


def filter_services(index: HsdsIndex, query: Query) -> list[ServiceEntry]:
    """The services that answer `query` (every word of `search`, as a word start, in any language)."""
    words = fold(query.search).split()
    found = []
    taxonomy_ok = not query.taxonomy_id or query.taxonomy_id in index.taxonomies[0].keys
    for entry in index.services:
        if not taxonomy_ok:
            break
        if query.taxonomy_term_id and query.taxonomy_term_id not in entry.terms:
            continue
        if query.organization_id and query.organization_id not in entry.organization:
            continue
        if query.modified_after is not None and entry.modified < query.modified_after:
            continue
        if words and not _matches(entry.search, words):
            continue
        found.append(entry)
    return found


def _named(entries: list[NamedEntry], query: Query) -> list[bytes]:
    words = fold(query.search).split()
    return [e.data for e in entries if not words or _matches(e.search, words)]


def _etag(index: HsdsIndex, request: Request) -> str:
    query = sorted(request.query_params.multi_items())
    seed = json.dumps([request.url.path, query], ensure_ascii=False)
    return f'"hsds-{index.version}-{hashlib.sha256(seed.encode()).hexdigest()[:20]}"'


def _etag_matches(header: str, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in header.split(","))


@functools.cache
def _official_openapi() -> dict[str, Any]:
    text = resources.files("central.hsds").joinpath("schemas/openapi.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def openapi_document(server: str, profile_url: str) -> dict[str, Any]:
    """The official HSDS 3.0 OpenAPI document with our title, licence and server filled in."""
    document: dict[str, Any] = json.loads(json.dumps(_official_openapi()))
    document["info"] = {
        "title": "Family Pit Stop catalogue (HSDS 3.0)",
        "version": __version__,
        "summary": "The published Family Pit Stop catalogue as Open Referral HSDS 3.0, read-only.",
        "description": "Public and read-only; no token. Our extensions follow the profile at "
        f"{profile_url}. Lists take page (from 1) and per_page (1 to {MAX_PER_PAGE}, default "
        f"{DEFAULT_PER_PAGE}); answers carry an ETag (send If-None-Match for a 304).",
        "license": {
            "name": "HSDS schemas: CC BY-SA 4.0 (Open Referral)",
            "url": "https://creativecommons.org/licenses/by-sa/4.0/",
        },
    }
    document["servers"] = [{"url": server}]
    return document


def hsds_router(store: CentralStore, cache: HsdsCache | None = None) -> APIRouter:
    """The /hsds routes on the published catalogue of `store` (documents kept in `cache`)."""
    cache = cache or HsdsCache(store)
    router = APIRouter(prefix="/hsds", include_in_schema=False)

    async def current() -> HsdsIndex:
        index = cache._index
        if index is None or index.etag != store.cached_etag():
            index = await run_in_threadpool(cache.current)
        if index is None:
            raise _problem(404, "no catalogue has been published yet")
        return index

    def answer(request: Request, index: HsdsIndex, body: Callable[[], bytes]) -> Response:
        etag = _etag(index, request)
        headers = {
            **CORS,
            "ETag": etag,
            "Cache-Control": "public, max-age=60",
            "X-Content-Type-Options": "nosniff",
        }
        if _etag_matches(request.headers.get("if-none-match", ""), etag):
            return Response(status_code=304, headers=headers)
        return Response(body(), media_type=_JSON, headers=headers)

    def one(entries: list[NamedEntry], key: str, what: str) -> NamedEntry:
        for entry in entries:
            if key in entry.keys:
                return entry
        raise _problem(404, f"there is no {what} with id {printable(key, limit=80)}")

    @router.options("/{rest:path}")
    async def preflight(rest: str) -> Response:
        return Response(status_code=204, headers=_PREFLIGHT)

    @router.get("/", name="hsds_root")
    async def root(request: Request) -> Response:
        index = await current()
        data = {
            "version": HSDS_VERSION,
            "profile": str(request.url_for("hsds_profile")),
            "openapi_url": str(request.url_for("hsds_openapi")),
            "catalogue": index.root_extension,
        }
        return answer(request, index, lambda: encode(data))

    @router.get("/profile", name="hsds_profile")
    async def profile() -> Response:
        return Response(
            encode(profile_document()),
            media_type=_JSON,
            headers={**CORS, "Cache-Control": "public, max-age=3600"},
        )

    @router.get("/openapi.json", name="hsds_openapi")
    async def openapi(request: Request) -> Response:
        server = str(request.url_for("hsds_root")).rstrip("/")
        document = openapi_document(server, str(request.url_for("hsds_profile")))
        return Response(
            encode(document),
            media_type=_JSON,
            headers={**CORS, "Cache-Control": "public, max-age=3600"},
        )

    @router.get("/services")
    async def services(request: Request) -> Response:
        query = parse_query(request)
        index = await current()

        def body() -> bytes:
            found = filter_services(index, query)
            items = [e.full if query.full else e.item for e in found]
            return page_bytes(items, query.page, query.per_page)

        return answer(request, index, body)

    @router.get("/services/{service_id}")
    async def service(request: Request, service_id: str) -> Response:
        index = await current()
        entry = index.service(service_id)
        if entry is None:
            raise _problem(404, f"there is no service with id {printable(service_id, limit=80)}")
        return answer(request, index, lambda: entry.full)

    @router.get("/service_at_locations")
    async def service_at_locations(request: Request) -> Response:
        query = parse_query(request)
        index = await current()

        def body() -> bytes:
            found = filter_services(index, query)
            items = [sal for e in found for sal in e.sals]
            return page_bytes(items, query.page, query.per_page)

        return answer(request, index, body)

    @router.get("/service_at_locations/{sal_id}")
    async def service_at_location(request: Request, sal_id: str) -> Response:
        index = await current()
        for entry in index.services:
            for sal, data in zip(entry.doc["service_at_locations"], entry.sals, strict=True):
                if sal["id"] == sal_id:
                    return answer(request, index, functools.partial(bytes, data))
        raise _problem(
            404, f"there is no service_at_location with id {printable(sal_id, limit=80)}"
        )

    @router.get("/organizations")
    async def organizations(request: Request) -> Response:
        query = parse_query(request)
        index = await current()
        return answer(
            request,
            index,
            lambda: page_bytes(_named(index.organizations, query), query.page, query.per_page),
        )

    @router.get("/organizations/{organization_id}")
    async def organization(request: Request, organization_id: str) -> Response:
        index = await current()
        entry = one(index.organizations, organization_id, "organization")
        services = [e.item for e in index.services if entry.doc["id"] in e.organization]

        def body() -> bytes:
            return entry.full[:-1] + b',"services":[' + b",".join(services) + b"]}"

        return answer(request, index, body)

    @router.get("/taxonomies")
    async def taxonomies(request: Request) -> Response:
        query = parse_query(request)
        index = await current()
        return answer(
            request,
            index,
            lambda: page_bytes(_named(index.taxonomies, query), query.page, query.per_page),
        )

    @router.get("/taxonomies/{taxonomy_id}")
    async def taxonomy(request: Request, taxonomy_id: str) -> Response:
        index = await current()
        entry = one(index.taxonomies, taxonomy_id, "taxonomy")
        return answer(request, index, lambda: entry.full or entry.data)

    @router.get("/taxonomy_terms")
    async def taxonomy_terms(request: Request) -> Response:
        query = parse_query(request)
        index = await current()

        def body() -> bytes:
            if query.taxonomy_id and query.taxonomy_id not in index.taxonomies[0].keys:
                return page_bytes([], query.page, query.per_page)
            return page_bytes(_named(index.terms, query), query.page, query.per_page)

        return answer(request, index, body)

    @router.get("/taxonomy_terms/{term_id}")
    async def taxonomy_term(request: Request, term_id: str) -> Response:
        index = await current()
        entry = one(index.terms, term_id, "taxonomy term")
        return answer(request, index, lambda: entry.full or entry.data)

    return router
