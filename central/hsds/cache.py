"""The HSDS documents of the published catalogue, built once per published version and kept.

`HsdsCache.current()` answers from memory while the newest published version is the one it built;
a newer version is built once (one thread builds, the others wait for it). Every item is encoded
to JSON bytes at build time, so a page is a join of bytes. A service's `last_modified` is when
the published version that first served its present document (nested objects included) was
published: one step from the previous build, or a walk back through the published history (at
most `HISTORY_DEPTH` versions; older services get the time of the oldest version looked at, which
is never earlier than their real change). What it cannot say: when a service was withdrawn (a
consumer finds that by comparing the list of ids).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select

from central.hsds.documents import (
    HsdsBuilder,
    Json,
    service_at_location_item,
    service_list_item,
    terms_of,
)
from central.models import PublishedCatalogue
from central.store import CentralStore
from central.timeutil import as_utc
from kiosk.catalogue.normalize import fold
from kiosk.catalogue.schema import Catalogue

HISTORY_DEPTH: Final = 50


def encode(data: Any) -> bytes:
    """Compact UTF-8 JSON, keys in the order built (what every response is made of)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass
class ServiceEntry:
    doc: Json
    full: bytes
    item: bytes
    search: str
    terms: frozenset[str]
    organization: frozenset[str]
    modified: dt.datetime
    sals: list[bytes]


@dataclass
class NamedEntry:
    """An organization, taxonomy or taxonomy term: its encoded document and search text."""

    doc: Json
    data: bytes
    """As a list holds it."""
    search: str
    keys: frozenset[str]
    full: bytes = b""
    """As /{kind}/{id} answers it (the list form when empty)."""


@dataclass
class HsdsIndex:
    """Every HSDS document of one published version, ready to page."""

    version: int
    etag: str
    published_at: dt.datetime
    catalogue: Catalogue
    root_extension: Json
    services: list[ServiceEntry]
    organizations: list[NamedEntry]
    taxonomies: list[NamedEntry]
    terms: list[NamedEntry]
    hashes: dict[str, str] = field(default_factory=dict)
    stamps: dict[str, dt.datetime] = field(default_factory=dict)
    by_id: dict[str, ServiceEntry] = field(default_factory=dict)

    def service(self, key: str) -> ServiceEntry | None:
        """The service whose HSDS id or local id is `key`."""
        return self.by_id.get(key)


def _digest(doc: Json) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _words(*texts: object) -> str:
    """Folded search text of everything given (multilingual dicts in every language)."""
    parts: list[str] = []
    for text in texts:
        if isinstance(text, dict):
            parts.extend(str(v) for v in text.values())
        elif text:
            parts.append(str(text))
    return " " + fold(" ".join(parts)) + " "


def documents(catalogue: Catalogue) -> tuple[HsdsBuilder, dict[str, Json]]:
    """The builder and every full service document (by local id), without `last_modified`."""
    builder = HsdsBuilder(catalogue)
    return builder, {o.id: builder.service(o) for o in catalogue.offerings}


class HsdsCache:
    """The HSDS index of the newest published catalogue (thread-safe; see the module docstring)."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._index: HsdsIndex | None = None
        self.builds = 0
        """How many indexes were built (tests check that requests do not rebuild)."""

    def current(self) -> HsdsIndex | None:
        """The index of the newest published catalogue; None when nothing is published yet."""
        etag = self.store.current_etag()
        if etag is None:
            return None
        index = self._index
        if index is not None and index.etag == etag:
            return index
        with self._lock:
            index = self._index
            if index is not None and index.etag == etag:
                return index
            blob = self.store.current_catalogue()
            if blob is None:
                return None
            self._index = self._build(blob.version, blob.etag, blob.content, index)
            self.builds += 1
            return self._index

    def _published_at(self, version: int) -> dt.datetime:
        with self.store.sessions() as session:
            stamp = session.scalar(
                select(PublishedCatalogue.published_at).where(PublishedCatalogue.version == version)
            )
        return as_utc(stamp) if stamp is not None else dt.datetime.now(dt.UTC)

    def _history(self, below: int) -> Iterator[tuple[int, dt.datetime, bytes]]:
        """Published versions under `below`, newest first, at most HISTORY_DEPTH of them."""
        with self.store.sessions() as session:
            versions = session.scalars(
                select(PublishedCatalogue.version)
                .where(PublishedCatalogue.version < below)
                .order_by(PublishedCatalogue.version.desc())
                .limit(HISTORY_DEPTH)
            ).all()
        for version in versions:
            with self.store.sessions() as session:
                row = session.execute(
                    select(PublishedCatalogue.published_at, PublishedCatalogue.content).where(
                        PublishedCatalogue.version == version
                    )
                ).one()
            yield version, as_utc(row.published_at), row.content

    def _stamps(
        self,
        version: int,
        published_at: dt.datetime,
        hashes: dict[str, str],
        previous: HsdsIndex | None,
    ) -> dict[str, dt.datetime]:
        """When each service's present document was first published."""
        if previous is not None and previous.version == version - 1:
            return {
                sid: previous.stamps[sid]
                if previous.hashes.get(sid) == digest and sid in previous.stamps
                else published_at
                for sid, digest in hashes.items()
            }
        stamps: dict[str, dt.datetime] = {}
        open_ids = set(hashes)
        newer_at = published_at
        for _old_version, old_at, content in self._history(version):
            if not open_ids:
                break
            try:
                old = Catalogue.model_validate_json(content)
            except ValueError:
                break
            _, old_docs = documents(old)
            for sid in list(open_ids):
                doc = old_docs.get(sid)
                if doc is None or _digest(doc) != hashes[sid]:
                    stamps[sid] = newer_at
                    open_ids.discard(sid)
            newer_at = old_at
        for sid in open_ids:
            stamps[sid] = newer_at
        return stamps

    def _build(
        self, version: int, etag: str, content: bytes, previous: HsdsIndex | None
    ) -> HsdsIndex:
        catalogue = Catalogue.model_validate_json(content)
        published_at = self._published_at(version)
        builder, docs = documents(catalogue)
        hashes = {sid: _digest(doc) for sid, doc in docs.items()}
        stamps = self._stamps(version, published_at, hashes, previous)
        organizations = {o.id: o for o in catalogue.organizations}
        comuni = {c.id: c.name for c in catalogue.comuni}
        services: list[ServiceEntry] = []
        for offering in sorted(catalogue.offerings, key=lambda o: o.id):
            doc = docs[offering.id]
            doc["last_modified"] = stamps[offering.id].isoformat().replace("+00:00", "Z")
            org = organizations.get(offering.organization)
            towns = [
                comuni.get(loc.address.comune, "")
                for loc in catalogue.locations
                if loc.id in offering.locations
            ]
            item = service_list_item(doc)
            services.append(
                ServiceEntry(
                    doc=doc,
                    full=encode(doc),
                    item=encode(item),
                    search=_words(
                        offering.name,
                        offering.description,
                        org.name if org else "",
                        *towns,
                    ),
                    terms=frozenset(
                        key
                        for attribute in doc["attributes"]
                        for key in (
                            attribute["taxonomy_term_id"],
                            attribute["taxonomy_term"]["code"],
                        )
                    ),
                    organization=frozenset({doc["organization_id"], offering.organization}),
                    modified=stamps[offering.id],
                    sals=[
                        encode(service_at_location_item(doc, sal))
                        for sal in doc["service_at_locations"]
                    ],
                )
            )
        org_entries = []
        for org in sorted(catalogue.organizations, key=lambda o: o.id):
            odoc = builder.organization(org)
            item = {k: v for k, v in odoc.items() if k != "phones"}  # lists: one-to-one fields
            org_entries.append(
                NamedEntry(
                    odoc,
                    encode(item),
                    _words(org.name, org.description),
                    frozenset({odoc["id"], org.id}),
                    encode(odoc),
                )
            )
        taxonomy = builder.taxonomy()
        term_entries = []
        for category in terms_of(catalogue):
            tdoc = builder.taxonomy_term(category)
            term_entries.append(
                NamedEntry(
                    tdoc,
                    encode(tdoc),
                    _words(category.id, category.name),
                    frozenset({tdoc["id"], category.id}),
                )
            )
        index = HsdsIndex(
            version=version,
            etag=etag,
            published_at=published_at,
            catalogue=catalogue,
            root_extension=builder.catalogue_extension(),
            services=services,
            organizations=org_entries,
            taxonomies=[
                NamedEntry(
                    taxonomy,
                    encode(taxonomy),
                    _words(taxonomy["name"]),
                    frozenset({taxonomy["id"], taxonomy["local_id"]}),
                )
            ],
            terms=term_entries,
            hashes=hashes,
            stamps=stamps,
        )
        for entry in services:
            index.by_id[entry.doc["id"]] = entry
            index.by_id[entry.doc["local_id"]] = entry
        return index
