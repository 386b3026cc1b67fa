"""The public page behind the kiosk's "open the web page" QR code: /o/<offering id>.

One small HTML page per offering of the published catalogue, in the language asked for
(`?lang=`, else Accept-Language, else Italian; among the languages the catalogue has text in),
with its dates as /o/<id>.ics and its contacts as /o/<id>.vcf. It loads nothing but our own
stylesheet (/o/static/page.css), has no script at all, sets no cookie, and says so in a strict
Content-Security-Policy. Pages are rendered from the published catalogue, parsed once per
version; an answer carries an ETag (304 on If-None-Match). What it cannot do: show an offering
that is not in the published catalogue (404 page, in the same language) or keep a phone from
following the provider's own website link.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader, select_autoescape

from central.offering_page import page as pages
from central.offering_page import words
from central.store import CentralStore
from kiosk.catalogue.schema import Catalogue, Offering
from kiosk.settings import LANGUAGE_NAMES

HERE: Final = Path(__file__).resolve().parent
CSS_PATH: Final = "/o/static/page.css"
ICON_PATH: Final = "/o/static/favicon.svg"
CSP: Final = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
SECURITY: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_ENV: Final = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Published:
    etag: str
    catalogue: Catalogue
    offerings: dict[str, Offering]
    languages: tuple[str, ...]


class CatalogueCache:
    """The newest published catalogue, parsed once per version (thread-safe)."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._current: Published | None = None

    def fresh(self) -> Published | None:
        """The parsed catalogue if it is still the published one (no database call)."""
        current = self._current
        return current if current is not None and current.etag == self.store.cached_etag() else None

    def load(self) -> Published | None:
        with self._lock:
            blob = self.store.current_catalogue()
            if blob is None:
                return None
            if self._current is None or self._current.etag != blob.etag:
                catalogue = Catalogue.model_validate_json(blob.content)
                from central.hsds.documents import languages

                have = set(languages(catalogue)) | {"it"}
                self._current = Published(
                    blob.etag,
                    catalogue,
                    {o.id: o for o in catalogue.offerings},
                    tuple(lang for lang in words.LANGUAGES if lang in have),
                )
            return self._current


def choose_language(request: Request, offered: tuple[str, ...]) -> str:
    """`?lang=` if offered, else the best offered language of Accept-Language, else Italian."""
    asked = request.query_params.get("lang", "").strip().lower()
    if asked in offered:
        return asked
    choices: list[tuple[float, int, str]] = []
    header = request.headers.get("accept-language", "")[:1000]
    for n, part in enumerate(header.split(",")[:30]):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower().split("-")[0]
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if code in offered and weight > 0:
            choices.append((-weight, n, code))
    return min(choices)[2] if choices else "it"


def _etag(*parts: str) -> str:
    return '"' + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24] + '"'


def _matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match", "")
    return any(tag.strip().removeprefix("W/") == etag for tag in header.split(",") if tag)


def offering_page_router(
    store: CentralStore, today: Callable[[], dt.date] = dt.date.today
) -> APIRouter:
    """/o/<id>, /o/<id>.ics, /o/<id>.vcf and /o/static/page.css on the published catalogue."""
    cache = CatalogueCache(store)
    router = APIRouter(include_in_schema=False)
    css = (HERE / "static" / "page.css").read_bytes()
    icon = (HERE / "static" / "favicon.svg").read_bytes()

    async def published() -> Published | None:
        return cache.fresh() or await run_in_threadpool(cache.load)

    def html(request: Request, status: int, lang: str, context: dict[str, object]) -> Response:
        offered = context.pop("offered")
        assert isinstance(offered, tuple)
        body = _ENV.get_template("offering.html").render(
            lang=lang,
            dir="rtl" if lang in words.RTL else "ltr",
            rtl=words.RTL,
            css=CSS_PATH,
            icon=ICON_PATH,
            languages=[(code, LANGUAGE_NAMES.get(code, code)) for code in offered],
            w=lambda key, **values: words.word(lang, key, **values),
            **context,
        )
        return Response(
            body,
            status,
            media_type="text/html; charset=utf-8",
            headers={**SECURITY, "Content-Language": lang, "Vary": "Accept-Language"},
        )

    def static(request: Request, data: bytes, media: str) -> Response:
        tag = _etag(data.decode())
        headers = {**SECURITY, "ETag": tag, "Cache-Control": "public, max-age=86400"}
        if _matches(request, tag):
            return Response(status_code=304, headers=headers)
        return Response(data, media_type=media, headers=headers)

    @router.get(CSS_PATH)
    async def stylesheet(request: Request) -> Response:
        return static(request, css, "text/css; charset=utf-8")

    @router.get(ICON_PATH)
    async def favicon(request: Request) -> Response:
        return static(request, icon, "image/svg+xml")

    @router.get("/o/{key}")
    async def offering(request: Request, key: str) -> Response:
        current = await published()
        offered = current.languages if current else ("it",)
        lang = choose_language(request, offered)
        stem, dot, kind = key.rpartition(".")
        if current is not None and key not in current.offerings and dot and kind in ("ics", "vcf"):
            found = current.offerings.get(stem)
            if found is not None:
                return download(request, current, found, lang, kind)
        if current is None or key not in current.offerings:
            return html(request, 404, lang, {"page": None, "offered": offered, "version": ""})
        etag = _etag(current.etag, key, lang, today().isoformat())
        headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
        if _matches(request, etag):
            return Response(status_code=304, headers={**SECURITY, **headers})
        view = pages.view(current.catalogue, current.offerings[key], lang, today())
        suffix = f"?lang={lang}"
        response = html(
            request,
            200,
            lang,
            {
                "page": view,
                "offered": offered,
                "title": view.name.text,
                "ics": f"/o/{key}.ics{suffix}",
                "vcf": f"/o/{key}.vcf{suffix}",
                "version": current.catalogue.version,
                "demo": current.catalogue.demo,
            },
        )
        response.headers.update(headers)
        return response

    def download(
        request: Request, current: Published, found: Offering, lang: str, kind: str
    ) -> Response:
        if kind == "ics":
            data = pages.ics(current.catalogue, found, lang, today())
            media = "text/calendar; charset=utf-8"
        else:
            data = pages.vcf(current.catalogue, found, lang)
            media = "text/vcard; charset=utf-8"
        if data is None:
            return html(
                request,
                404,
                lang,
                {"page": None, "offered": current.languages, "version": current.catalogue.version},
            )
        return Response(
            data,
            media_type=media,
            headers={
                **SECURITY,
                "Content-Disposition": f'attachment; filename="{found.id}.{kind}"',
                "Cache-Control": "public, max-age=300",
            },
        )

    return router


__all__ = ["offering_page_router"]
