"""Read Open Referral HSDS 3.0 JSON (services with nested objects) into a `Catalogue`.

Accepted shapes: one service object, a list of services, or the API's paged wrapper
``{"total_items": ..., "page_number": ..., "contents": [...]}``. HSDS text is single-language:
it is stored as Italian unless a ``language`` key (on the wrapper or the service, ISO 639-1 or
639-2) says otherwise. HSDS has no school-closure periods, so the catalogue has none; the
offerings' weekday/hour schedules are kept. Files served by our central server's /hsds carry the
Family Pit Stop profile (our ids, translations, periods, areas, comuni: kiosk.catalogue.hsds_profile),
which is read back into the same catalogue.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from pathlib import Path

from kiosk.catalogue import hsds_profile as profile
from kiosk.catalogue.errors import CatalogueError, CatalogueWarning, warn
from kiosk.catalogue.normalize import (
    FALLBACK_CATEGORY,
    FREE_WORDS,
    category_for,
    check_age,
    check_coordinates,
    fold,
    is_valid_id,
    match_category,
    short_hash,
    slugify,
)
from kiosk.catalogue.schema import (
    WEEKDAYS,
    Address,
    Area,
    Catalogue,
    Category,
    Comune,
    Contact,
    CostOption,
    Location,
    Offering,
    Organization,
    Period,
    Phone,
    Schedule,
)
from kiosk.catalogue.validation import build

log = logging.getLogger(__name__)

JsonObject = dict[str, object]

_SERVICE_KEYS = frozenset(
    {
        "service_at_locations",
        "organization",
        "organization_id",
        "status",
        "schedules",
        "attributes",
        "cost_options",
        "minimum_age",
        "maximum_age",
        "application_process",
        "fees_description",
        "program",
        "service_areas",
        "last_modified",
    }
)
_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
_ISO639_2 = {
    "ita": "it",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
    "spa": "es",
    "por": "pt",
    "ara": "ar",
    "ron": "ro",
    "rum": "ro",
    "alb": "sq",
    "sqi": "sq",
    "ukr": "uk",
    "rus": "ru",
    "zho": "zh",
    "chi": "zh",
}
_BYDAY_PREFIX = re.compile(r"^[+-]?\d*")


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _looks_like_service(value: object) -> bool:
    return (
        isinstance(value, dict)
        and "name" in value
        and "format" not in value
        and not _SERVICE_KEYS.isdisjoint(value)
    )


def detect_hsds(data: object) -> bool:
    """True if parsed JSON looks like HSDS services (single, list or paged wrapper)."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        contents = data["contents"]
        return _looks_like_service(contents[0]) if contents else "total_items" in data
    if isinstance(data, list):
        return bool(data) and _looks_like_service(data[0])
    return _looks_like_service(data)


def read_hsds(path: Path, data: object, warnings: list[CatalogueWarning]) -> Catalogue:
    """Build a `Catalogue` from parsed HSDS 3.0 JSON; raise `CatalogueError` if it cannot be."""
    return _Reader(str(path), warnings).read(data)


class _Reader:
    def __init__(self, file: str, warnings: list[CatalogueWarning]) -> None:
        self.file = file
        self.warnings = warnings
        self.lang = "it"
        self.organizations: dict[str, Organization] = {}
        self.org_refs: list[tuple[str, str]] = []
        self.locations: dict[str, Location] = {}
        self.comuni: dict[str, Comune] = {}
        self.categories: dict[str, Category] = {}
        self.offerings: dict[str, Offering] = {}
        self.newest: dt.datetime | None = None
        self.areas: dict[str, Area] = {}
        self.periods: dict[str, Period] = {}

    # --- JSON access ---------------------------------------------------------------------

    def error(self, where: str, field: str | None, message: str) -> CatalogueError:
        return CatalogueError(self.file, where, field, message)

    def obj(self, value: object, where: str) -> JsonObject:
        if not isinstance(value, dict):
            raise self.error(where, None, f"expected a JSON object, got {_kind(value)}")
        return value

    def items(self, parent: JsonObject, key: str, where: str) -> list[tuple[str, JsonObject]]:
        """The objects of list `key` (missing or null = empty), each with its JSON path."""
        value = parent.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(where, key, f"expected a list, got {_kind(value)}")
        path = _join(where, key)
        return [(_join(path, i), self.obj(item, _join(path, i))) for i, item in enumerate(value)]

    def text(
        self, parent: JsonObject, key: str, where: str, *, required: bool = False
    ) -> str | None:
        value = parent.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if value is not None and not isinstance(value, str):
            raise self.error(where, key, f"expected text, got {_kind(value)}")
        if required:
            raise self.error(where, key, "is missing or empty")
        return None

    def ml(
        self, text: str | None, source: JsonObject | None = None, key: str = "", where: str = ""
    ) -> dict[str, str] | None:
        """`text` in the reader's language, or every language the profile's `translations` of
        `source` give for field `key`."""
        if source is not None:
            found = profile.translated(source, key, where, self.warnings)
            if found:
                return found
        return {self.lang: text} if text else None

    def ident(self, parent: JsonObject, key: str, where: str, *, required: bool) -> str | None:
        own = profile.local_id(parent) if key == "id" else None
        if own is not None:
            return own
        value = parent.get(key)
        if value is None or value == "":
            if required:
                raise self.error(where, key, "is missing or empty")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.error(where, key, f"expected an identifier, got {_kind(value)}")
        text = str(value).strip()
        if is_valid_id(text):
            return text
        fixed = slugify(text) or "id-" + short_hash(text)
        warn(
            self.warnings,
            where,
            key,
            f"id {text!r} has characters that are not allowed; {fixed!r} is used",
        )
        return fixed

    def language(self, value: object, where: str) -> str | None:
        if value is None:
            return None
        code = str(value).strip().lower().replace("_", "-").split("-")[0]
        code = _ISO639_2.get(code, code)
        if re.fullmatch(r"[a-z]{2}", code):
            return code
        warn(self.warnings, where, "language", f"{value!r} is not a language code; Italian is used")
        return None

    # --- top level -----------------------------------------------------------------------

    def read(self, data: object) -> Catalogue:
        ext = profile.Extension(data, self.file, self.warnings)
        self.areas.update((a.id, a) for a in ext.areas)
        self.comuni.update((c.id, c) for c in ext.comuni)
        self.periods.update((p.id, p) for p in ext.periods)
        services = self.services(data)
        if not services:
            raise self.error("", None, "the file contains no services")
        default_lang = self.lang
        for where, raw in services:
            service = self.obj(raw, where)
            self.lang = self.language(service.get("language"), where) or default_lang
            self.service(service, where)
        for ref, where in self.org_refs:
            if ref not in self.organizations:
                raise self.error(
                    where,
                    "organization",
                    f"organization_id {ref!r} has no organization object in the file",
                )
        try:
            digest = short_hash(json.dumps(data, sort_keys=True, ensure_ascii=False))
            version = f"hsds-{digest}"
        except (TypeError, ValueError):
            version = "hsds-import"
        return build(
            Catalogue,
            {
                "version": ext.version or version,
                "updated_at": ext.updated_at or self.newest or dt.datetime.now(dt.UTC),
                "demo": ext.demo,
                "title": ext.title,
                "areas": list(self.areas.values()),
                "periods": list(self.periods.values()),
                "comuni": list(self.comuni.values()),
                "categories": sorted(self.categories.values(), key=lambda c: (c.order, c.id)),
                "organizations": list(self.organizations.values()),
                "locations": list(self.locations.values()),
                "offerings": list(self.offerings.values()),
            },
            self.file,
            "",
        )

    def services(self, data: object) -> list[tuple[str, object]]:
        if isinstance(data, dict) and "contents" in data:
            self.lang = self.language(data.get("language"), "") or "it"
            contents = data["contents"]
            if not isinstance(contents, list):
                raise self.error("", "contents", f"expected a list, got {_kind(contents)}")
            pages = data.get("total_pages")
            if isinstance(pages, int) and pages > 1:
                warn(
                    self.warnings,
                    "",
                    "total_pages",
                    f"the file holds page "
                    f"{data.get('page_number', '?')} of {pages}; only its services were read",
                )
            return [(f"contents[{i}]", item) for i, item in enumerate(contents)]
        if isinstance(data, list):
            return [(f"[{i}]", item) for i, item in enumerate(data)]
        if isinstance(data, dict):
            return [("", data)]
        raise self.error(
            "", None, f"expected HSDS services as a JSON object or list, got {_kind(data)}"
        )

    def service(self, svc: JsonObject, where: str) -> None:
        sid = self.ident(svc, "id", where, required=True)
        assert sid is not None
        name = self.text(svc, "name", where, required=True)
        if sid in self.offerings:
            warn(self.warnings, where, "id", f"service {sid!r} appears twice; the first is kept")
            return
        self.timestamp(svc, where)
        organization = self.organization(svc, where)
        locations, schedules, phones = self.service_at_locations(svc, where)
        costs = [self.cost_option(c, w) for w, c in self.items(svc, "cost_options", where)]
        fees = self.text(svc, "fees_description", where)
        periods = profile.periods(svc, self.file, where, self.warnings)
        self.periods.update((p.id, p) for p in periods if p.id not in self.periods)
        free = svc.get("free")
        self.offerings[sid] = build(
            Offering,
            {
                "id": sid,
                "organization": organization,
                "name": self.ml(name, svc, "name", where),
                "description": self.ml(
                    self.text(svc, "description", where), svc, "description", where
                ),
                "categories": self.service_categories(svc, where),
                "minimum_age": self.age(svc, "minimum_age", where),
                "maximum_age": self.age(svc, "maximum_age", where),
                "periods": [p.id for p in periods],
                "locations": locations,
                "schedules": _distinct([*self.schedules(svc, where), *schedules]),
                "cost_options": costs,
                "free": free if isinstance(free, bool) else _is_free(costs, fees),
                "fees_description": self.ml(fees, svc, "fees_description", where),
                "application_process": self.ml(
                    self.text(svc, "application_process", where), svc, "application_process", where
                ),
                "url": self.text(svc, "url", where),
                "email": self.text(svc, "email", where),
                "phones": _unique_phones([*self.phones(svc, where), *phones]),
                "contacts": self.contacts(svc, where),
                "status": self.status(svc, where),
            },
            self.file,
            where,
        )

    # --- service fields ------------------------------------------------------------------

    def timestamp(self, svc: JsonObject, where: str) -> None:
        raw = self.text(svc, "last_modified", where)
        if raw is None:
            return
        try:
            stamp = dt.datetime.fromisoformat(raw)
        except ValueError:
            warn(self.warnings, where, "last_modified", f"{raw!r} is not a date-time; ignored")
            return
        stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
        if self.newest is None or stamp > self.newest:
            self.newest = stamp

    def status(self, svc: JsonObject, where: str) -> str:
        status = self.text(svc, "status", where)
        if status is None:
            return "active"
        if status.lower() in _STATUSES:
            return status.lower()
        warn(self.warnings, where, "status", f"unknown status {status!r}; 'active' is used")
        return "active"

    def age(self, svc: JsonObject, key: str, where: str) -> int | None:
        value = svc.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(where, key, f"expected a number of years, got {_kind(value)}")
        if not math.isfinite(value) or value < 0:
            raise self.error(where, key, f"{value} is not an age")
        minimum = key == "minimum_age"
        years = math.floor(value) if minimum else math.ceil(value)
        if years != value:
            warn(self.warnings, where, key, f"age {value} rounded to {years}")
        return check_age(years, minimum=minimum, where=where, field=key, warnings=self.warnings)

    def service_categories(self, svc: JsonObject, where: str) -> list[str]:
        found: list[str] = []
        for awhere, attribute in self.items(svc, "attributes", where):
            if attribute.get("taxonomy_term") is None:
                continue
            twhere = _join(awhere, "taxonomy_term")
            term = self.obj(attribute["taxonomy_term"], twhere)
            code = self.text(term, "code", twhere)
            name = self.text(term, "name", twhere)
            own = profile.local_id(term)
            cid = own or (code and match_category(code)) or (name and match_category(name))
            if own and own not in self.categories:
                order = term.get("order")
                self.categories[own] = build(
                    Category,
                    {
                        "id": own,
                        "name": self.ml(name or own, term, "name", twhere),
                        "icon": term.get("icon"),
                        "order": order if isinstance(order, int) else 100,
                    },
                    self.file,
                    twhere,
                )
            if cid:
                self.categories.setdefault(cid, category_for(cid))
            else:
                label = name or code or ""
                cid = slugify(label)
                if not cid:
                    continue
                if cid not in self.categories:
                    warn(
                        self.warnings,
                        twhere,
                        "name",
                        f"taxonomy term {label!r} is not a "
                        f"kiosk category; it becomes the new category {cid!r}",
                    )
                    self.categories[cid] = Category(id=cid, name={self.lang: label}, order=100)
            if cid not in found:
                found.append(cid)
        if not found:
            warn(
                self.warnings,
                where,
                "attributes",
                "no taxonomy term gives a category; "
                f"the service is filed under {FALLBACK_CATEGORY!r}",
            )
            self.categories.setdefault(FALLBACK_CATEGORY, category_for(FALLBACK_CATEGORY))
            found.append(FALLBACK_CATEGORY)
        return found

    def organization(self, svc: JsonObject, where: str) -> str:
        raw = svc.get("organization")
        if raw is None:
            ref = self.ident(svc, "organization_id", where, required=False)
            if ref is None:
                raise self.error(where, "organization", "the service has no organization")
            self.org_refs.append((ref, where))
            return ref
        owhere = _join(where, "organization")
        org = self.obj(raw, owhere)
        name = self.text(org, "name", owhere, required=True)
        assert name is not None
        oid = self.ident(org, "id", owhere, required=False) or "org-" + slugify(name)
        if oid not in self.organizations:
            self.organizations[oid] = build(
                Organization,
                {
                    "id": oid,
                    "name": name,
                    "description": self.ml(
                        self.text(org, "description", owhere), org, "description", owhere
                    ),
                    "email": self.text(org, "email", owhere),
                    "website": self.text(org, "website", owhere),
                    "phones": self.phones(org, owhere),
                },
                self.file,
                owhere,
            )
        return oid

    def service_at_locations(
        self, svc: JsonObject, where: str
    ) -> tuple[list[str], list[Schedule], list[Phone]]:
        """Location ids, plus the schedules and phones given per service-at-location."""
        ids: list[str] = []
        schedules: list[Schedule] = []
        phones: list[Phone] = []
        for swhere, sal in self.items(svc, "service_at_locations", where):
            schedules += self.schedules(sal, swhere)
            phones += self.phones(sal, swhere)
            lid = self.location(sal, swhere)
            if lid and lid not in ids:
                ids.append(lid)
        return ids, schedules, phones

    def location(self, sal: JsonObject, where: str) -> str | None:
        if sal.get("location") is None:
            ref = self.ident(sal, "location_id", where, required=False)
            if ref not in self.locations:
                warn(self.warnings, where, "location", "the location is not in the file; skipped")
                return None
            return ref
        lwhere = _join(where, "location")
        loc = self.obj(sal["location"], lwhere)
        lid = self.ident(loc, "id", lwhere, required=False) or "loc-" + short_hash(repr(loc))
        if lid in self.locations:
            return lid
        if self.text(loc, "location_type", lwhere) == "virtual":
            log.debug("%s: virtual location %s skipped", self.file, lid)
            return None
        address = self.address(loc, lwhere)
        if address is None:
            return None
        lat, lon = check_coordinates(
            loc.get("latitude"), loc.get("longitude"), lwhere, self.warnings
        )
        access_items = self.items(loc, "accessibility", lwhere)
        access = [
            text
            for awhere, item in access_items
            for text in (self.text(item, "description", awhere), self.text(item, "details", awhere))
            if text
        ]
        access_text = next(
            (
                found
                for awhere, item in access_items
                if (found := profile.translated(item, "description", awhere, self.warnings))
            ),
            None,
        )
        self.locations[lid] = build(
            Location,
            {
                "id": lid,
                "name": self.text(loc, "name", lwhere),
                "address": address,
                "latitude": lat,
                "longitude": lon,
                "accessibility": access_text or self.ml(" ".join(access)),
            },
            self.file,
            lwhere,
        )
        return lid

    def address(self, loc: JsonObject, where: str) -> Address | None:
        candidates = self.items(loc, "addresses", where)
        physical = [c for c in candidates if c[1].get("address_type") in ("physical", None)]
        if not physical:
            warn(self.warnings, where, "addresses", "the location has no physical address; skipped")
            return None
        awhere, raw = physical[0]
        city = self.text(raw, "city", awhere)
        if city is None:
            warn(self.warnings, awhere, "city", "the address has no city; location skipped")
            return None
        comune = profile.local_id({"local_id": raw.get("comune_id")}) or (
            slugify(city) or "comune-" + short_hash(city)
        )
        area = profile.area(raw.get("area"), self.file, _join(awhere, "area"), self.warnings)
        if area is not None:
            self.areas.setdefault(area.id, area)
        if comune not in self.comuni:
            area_id = profile.local_id({"local_id": raw.get("area_id")})
            self.comuni[comune] = build(
                Comune,
                {"id": comune, "name": city, "area": area_id},
                self.file,
                awhere,
                {"name": "city"},
            )
        lines = [self.text(raw, "address_1", awhere), self.text(raw, "address_2", awhere)]
        data: JsonObject = {
            "address_1": ", ".join(line for line in lines if line) or None,
            "postal_code": self.text(raw, "postal_code", awhere),
            "comune": comune,
        }
        region = self.text(raw, "state_province", awhere) or self.text(raw, "region", awhere)
        country = self.text(raw, "country", awhere)
        if region:
            data["region"] = region
        if country:
            data["country"] = country.upper()
        if data["address_1"] is None:
            raise self.error(awhere, "address_1", "is missing or empty")
        return build(Address, data, self.file, awhere)

    def schedules(self, parent: JsonObject, where: str) -> list[Schedule]:
        result: list[Schedule] = []
        for swhere, raw in self.items(parent, "schedules", where):
            data: JsonObject = {
                "byday": self.byday(raw.get("byday"), swhere),
                "opens_at": raw.get("opens_at"),
                "closes_at": raw.get("closes_at"),
                "valid_from": raw.get("valid_from"),
                "valid_to": raw.get("valid_to"),
                "description": self.ml(
                    self.text(raw, "description", swhere) or self.text(raw, "notes", swhere),
                    raw,
                    "description",
                    swhere,
                ),
            }
            if any(value for value in data.values()):
                result.append(build(Schedule, data, self.file, swhere))
        return result

    def byday(self, value: object, where: str) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            tokens: list[object] = list(value.split(","))
        elif isinstance(value, list):
            tokens = list(value)
        else:
            raise self.error(where, "byday", f"expected weekdays like 'MO,TU', got {_kind(value)}")
        days: list[str] = []
        for token in tokens:
            day = _BYDAY_PREFIX.sub("", str(token).strip()).upper()
            if day in WEEKDAYS and day not in days:
                days.append(day)
            elif day not in WEEKDAYS:
                warn(self.warnings, where, "byday", f"{token!r} is not a weekday; ignored")
        return days

    def phones(self, parent: JsonObject, where: str) -> list[Phone]:
        result: list[Phone] = []
        for pwhere, raw in self.items(parent, "phones", where):
            number = raw.get("number")
            if isinstance(number, int) and not isinstance(number, bool):
                number = str(number)
            if not isinstance(number, str):
                raise self.error(pwhere, "number", f"expected text, got {_kind(number)}")
            number = number.strip().strip("\"'").strip()
            if str(raw.get("type", "")).lower() == "fax":
                continue
            if len(number) < 3:
                warn(self.warnings, pwhere, "number", f"{number!r} is not a phone number; skipped")
                continue
            extension = raw.get("extension")
            if extension not in (None, ""):
                number = f"{number} int. {extension}"
            result.append(
                build(
                    Phone,
                    {
                        "number": number,
                        "description": self.ml(
                            self.text(raw, "description", pwhere), raw, "description", pwhere
                        ),
                    },
                    self.file,
                    pwhere,
                )
            )
        return result

    def contacts(self, svc: JsonObject, where: str) -> list[Contact]:
        result: list[Contact] = []
        for cwhere, raw in self.items(svc, "contacts", where):
            phones = self.phones(raw, cwhere)
            data: JsonObject = {
                "name": self.text(raw, "name", cwhere),
                "title": self.ml(self.text(raw, "title", cwhere), raw, "title", cwhere),
                "email": self.text(raw, "email", cwhere),
                "phone": phones[0].number if phones else None,
            }
            if any(data.values()):
                result.append(build(Contact, data, self.file, cwhere))
        return result

    def cost_option(self, raw: JsonObject, where: str) -> CostOption:
        currency = (self.text(raw, "currency", where) or "EUR").upper()
        if currency in ("€", "EURO", "EUROS"):
            currency = "EUR"
        if not re.fullmatch(r"[A-Z]{3}", currency):
            warn(
                self.warnings,
                where,
                "currency",
                f"{currency!r} is not a currency code; EUR is used",
            )
            currency = "EUR"
        labels = [self.text(raw, "option", where), self.text(raw, "amount_description", where)]
        return build(
            CostOption,
            {
                "amount": raw.get("amount"),
                "currency": currency,
                "option": self.ml(
                    ", ".join(label for label in labels if label), raw, "option", where
                ),
            },
            self.file,
            where,
        )


def _kind(value: object) -> str:
    """How a JSON value is called in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, dict):
        return "an object"
    return "a list" if isinstance(value, list) else type(value).__name__


def _is_free(costs: list[CostOption], fees: str | None) -> bool:
    if costs:
        return all(cost.amount == 0 for cost in costs)
    return fees is not None and fold(fees) in FREE_WORDS


def _distinct(schedules: list[Schedule]) -> list[Schedule]:
    """Schedules without repeats (HSDS often gives the same one per service and per location)."""
    return [s for i, s in enumerate(schedules) if s not in schedules[:i]]


def _unique_phones(phones: list[Phone]) -> list[Phone]:
    seen: set[str] = set()
    result = []
    for phone in phones:
        key = re.sub(r"\D", "", phone.number)
        if key not in seen:
            seen.add(key)
            result.append(phone)
    return result
