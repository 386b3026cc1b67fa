"""Our catalogue as Open Referral HSDS 3.0 documents, with the Family Pit Stop profile's extensions.

HSDS ids are UUIDs: each is a UUIDv5 of the kind and our id (`hsds_id`), so it stays the same from
one published version to the next; our id travels beside it as `local_id`. HSDS text is in one
language: the HSDS field holds the Italian text (or, without Italian, the first language given) and
`translations` holds every language of each field whose languages are not just Italian. Periods,
areas, comuni and the free-of-charge flag are extensions too (central/hsds/profile.py describes
them; docs/hsds.md). Pure functions over a `Catalogue`: no database, no HTTP.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any, Final

from kiosk.catalogue.schema import (
    Address,
    Area,
    Catalogue,
    Category,
    Contact,
    CostOption,
    Location,
    Offering,
    Organization,
    Period,
    Phone,
    Schedule,
)

Json = dict[str, Any]
NAMESPACE: Final = uuid.UUID("0b0f2f8e-6a57-5c1e-9d0a-70a1757c0fe5")
"""The UUIDv5 namespace of every HSDS id we serve (never change it: consumers keep the ids)."""
TAXONOMY_LOCAL_ID: Final = "pitstop-categories"
FALLBACK_LANGUAGE: Final = "it"
SERVICE_SCALARS: Final = (
    "id",
    "organization_id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "application_process",
    "fees_description",
    "minimum_age",
    "maximum_age",
    "last_modified",
    "local_id",
    "free",
    "translations",
)
"""The keys of a service in a list (HSDS lists carry the one-to-one fields only)."""


def hsds_id(kind: str, *local: str) -> str:
    """The HSDS id (a UUID) of our object `kind` with id `local` (several parts for links)."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((kind, *local))))


def base_text(text: dict[str, str] | None) -> str | None:
    """The text an HSDS field holds: Italian, else the first language given."""
    if not text:
        return None
    return text.get(FALLBACK_LANGUAGE) or next(iter(text.values()))


class _Texts:
    """Collects the `translations` of one HSDS object: {lang: {field: text}}."""

    def __init__(self) -> None:
        self.by_lang: dict[str, dict[str, str]] = {}

    def put(self, target: Json, field: str, text: dict[str, str] | None) -> None:
        value = base_text(text)
        if value is None or text is None:
            return
        target[field] = value
        if set(text) != {FALLBACK_LANGUAGE}:
            for lang, words in text.items():
                self.by_lang.setdefault(lang, {})[field] = words

    def close(self, target: Json) -> Json:
        if self.by_lang:
            target["translations"] = self.by_lang
        return target


def _drop_none(data: Json) -> Json:
    return {key: value for key, value in data.items() if value is not None}


def text_object(text: dict[str, str]) -> Json:
    """A multilingual name as our profile writes it outside an HSDS object: base + translations."""
    out: Json = {"name": base_text(text)}
    if set(text) != {FALLBACK_LANGUAGE}:
        out["translations"] = {lang: {"name": words} for lang, words in text.items()}
    return out


class HsdsBuilder:
    """Builds every HSDS document of one catalogue (call `service` per offering)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.organizations = {o.id: o for o in catalogue.organizations}
        self.locations = {loc.id: loc for loc in catalogue.locations}
        self.comuni = {c.id: c for c in catalogue.comuni}
        self.areas = {a.id: a for a in catalogue.areas}
        self.categories = {c.id: c for c in catalogue.categories}
        self.periods = {p.id: p for p in catalogue.periods}
        self.taxonomy_id = hsds_id("taxonomy", TAXONOMY_LOCAL_ID)

    # -- top-level lists ------------------------------------------------------------------

    def taxonomy(self) -> Json:
        return {
            "id": self.taxonomy_id,
            "name": "Family Pit Stop categories",
            "description": "The kiosk's categories of family services (pre/post-school care, "
            "holiday campus days, summer centres, homework spaces, baby parking, information "
            "desks, other); the term's code is the category id of the Family Pit Stop catalogue.",
            "version": "1",
            "local_id": TAXONOMY_LOCAL_ID,
        }

    def taxonomy_term(self, category: Category) -> Json:
        texts = _Texts()
        term: Json = {
            "id": hsds_id("taxonomy_term", category.id),
            "code": category.id,
            "description": "",
            "taxonomy": "Family Pit Stop categories",
            "taxonomy_id": self.taxonomy_id,
            "local_id": category.id,
            "order": category.order,
        }
        texts.put(term, "name", category.name)
        if category.icon:
            term["icon"] = category.icon
        return texts.close(term)

    def organization(self, org: Organization) -> Json:
        oid = hsds_id("organization", org.id)
        texts = _Texts()
        data: Json = _drop_none(
            {"id": oid, "name": org.name, "email": org.email, "website": org.website}
        )
        texts.put(data, "description", org.description)
        data.setdefault("description", "")
        data["phones"] = [
            self.phone(p, ("organization", org.id, str(n)), {"organization_id": oid})
            for n, p in enumerate(org.phones)
        ]
        data["local_id"] = org.id
        return texts.close(data)

    # -- one service ----------------------------------------------------------------------

    def service(self, offering: Offering) -> Json:
        """The fully nested HSDS service of `offering` (without `last_modified`)."""
        sid = hsds_id("service", offering.id)
        texts = _Texts()
        data: Json = {
            "id": sid,
            "organization_id": hsds_id("organization", offering.organization),
        }
        texts.put(data, "name", offering.name)
        texts.put(data, "description", offering.description)
        data.update(_drop_none({"url": offering.url, "email": offering.email}))
        data["status"] = offering.status
        texts.put(data, "application_process", offering.application_process)
        texts.put(data, "fees_description", offering.fees_description)
        data.update(
            _drop_none({"minimum_age": offering.minimum_age, "maximum_age": offering.maximum_age})
        )
        org = self.organizations.get(offering.organization)
        if org is not None:
            data["organization"] = self.organization(org)
        data["service_at_locations"] = [
            self.service_at_location(offering, self.locations[lid])
            for lid in offering.locations
            if lid in self.locations
        ]
        data["schedules"] = [
            self.schedule(s, offering.id, n, sid) for n, s in enumerate(offering.schedules)
        ]
        data["phones"] = [
            self.phone(p, ("service", offering.id, str(n)), {"service_id": sid})
            for n, p in enumerate(offering.phones)
        ]
        data["contacts"] = [
            self.contact(c, offering.id, n, sid) for n, c in enumerate(offering.contacts)
        ]
        data["cost_options"] = [
            self.cost_option(c, offering.id, n, sid) for n, c in enumerate(offering.cost_options)
        ]
        data["attributes"] = [
            self.attribute(offering.id, sid, cid)
            for cid in offering.categories
            if cid in self.categories
        ]
        data["local_id"] = offering.id
        data["free"] = offering.free
        data["periods"] = [
            self.period(self.periods[pid]) for pid in offering.periods if pid in self.periods
        ]
        return texts.close(data)

    def service_at_location(self, offering: Offering, location: Location) -> Json:
        return {
            "id": hsds_id("service_at_location", offering.id, location.id),
            "service_id": hsds_id("service", offering.id),
            "location_id": hsds_id("location", location.id),
            "location": self.location(location),
        }

    def location(self, location: Location) -> Json:
        lid = hsds_id("location", location.id)
        data: Json = _drop_none(
            {
                "id": lid,
                "location_type": "physical",
                "name": location.name,
                "latitude": location.latitude,
                "longitude": location.longitude,
            }
        )
        data["addresses"] = [self.address(location.address, location.id, lid)]
        data["accessibility"] = []
        if location.accessibility:
            texts = _Texts()
            item: Json = {"id": hsds_id("accessibility", location.id), "location_id": lid}
            texts.put(item, "description", location.accessibility)
            data["accessibility"].append(texts.close(item))
        data["local_id"] = location.id
        return data

    def address(self, address: Address, location_id: str, lid: str) -> Json:
        comune = self.comuni.get(address.comune)
        data: Json = {
            "id": hsds_id("address", location_id),
            "location_id": lid,
            "address_1": address.address_1,
            "city": comune.name if comune else address.comune,
            "state_province": address.region or "",
            "postal_code": address.postal_code or "",
            "country": address.country,
            "address_type": "physical",
        }
        if address.region:
            data["region"] = address.region
        data["comune_id"] = address.comune
        if comune is not None and comune.area:
            data["area_id"] = comune.area
            area = self.areas.get(comune.area)
            if area is not None:
                data["area"] = self.area(area)
        return data

    def area(self, area: Area) -> Json:
        return {"id": area.id, **text_object(area.name)}

    def period(self, period: Period) -> Json:
        return {
            "id": period.id,
            **text_object(period.name),
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "kind": period.kind,
        }

    def schedule(self, schedule: Schedule, offering_id: str, n: int, sid: str) -> Json:
        texts = _Texts()
        data: Json = {"id": hsds_id("schedule", offering_id, str(n)), "service_id": sid}
        if schedule.byday:
            data["freq"] = "WEEKLY"
            data["byday"] = ",".join(schedule.byday)
        data.update(
            _drop_none(
                {
                    "opens_at": _time(schedule.opens_at),
                    "closes_at": _time(schedule.closes_at),
                    "valid_from": _date(schedule.valid_from),
                    "valid_to": _date(schedule.valid_to),
                }
            )
        )
        texts.put(data, "description", schedule.description)
        return texts.close(data)

    def phone(self, phone: Phone, key: tuple[str, ...], owner: Json) -> Json:
        texts = _Texts()
        data: Json = {"id": hsds_id("phone", *key), **owner, "number": phone.number}
        texts.put(data, "description", phone.description)
        return texts.close(data)

    def contact(self, contact: Contact, offering_id: str, n: int, sid: str) -> Json:
        cid = hsds_id("contact", offering_id, str(n))
        texts = _Texts()
        data: Json = {"id": cid, "service_id": sid}
        data.update(_drop_none({"name": contact.name, "email": contact.email}))
        texts.put(data, "title", contact.title)
        if contact.phone:
            data["phones"] = [
                {
                    "id": hsds_id("phone", "contact", offering_id, str(n)),
                    "contact_id": cid,
                    "number": contact.phone,
                }
            ]
        return texts.close(data)

    def cost_option(self, cost: CostOption, offering_id: str, n: int, sid: str) -> Json:
        texts = _Texts()
        data: Json = {"id": hsds_id("cost_option", offering_id, str(n)), "service_id": sid}
        if cost.amount is not None:
            data["amount"] = cost.amount
        data["currency"] = cost.currency
        texts.put(data, "option", cost.option)
        return texts.close(data)

    def attribute(self, offering_id: str, sid: str, category_id: str) -> Json:
        term = self.taxonomy_term(self.categories[category_id])
        return {
            "id": hsds_id("attribute", offering_id, category_id),
            "link_id": sid,
            "link_type": "category",
            "link_entity": "service",
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
        }

    # -- the catalogue as a whole ---------------------------------------------------------

    def catalogue_extension(self) -> Json:
        """What the profile adds at the API's root: the catalogue's version, title and lists."""
        cat = self.catalogue
        data: Json = {
            "version": cat.version,
            "updated_at": cat.updated_at.isoformat(),
            "demo": cat.demo,
            "languages": languages(cat),
        }
        if cat.title:
            title = text_object(cat.title)
            data["title"] = title["name"]
            if "translations" in title:
                data["translations"] = {
                    lang: {"title": words["name"]} for lang, words in title["translations"].items()
                }
        data["areas"] = [self.area(a) for a in cat.areas]
        data["comuni"] = [
            _drop_none({"id": c.id, "name": c.name, "area_id": c.area}) for c in cat.comuni
        ]
        data["periods"] = [self.period(p) for p in cat.periods]
        return data


def service_list_item(service: Json) -> Json:
    """A full service reduced to what an HSDS list holds (its one-to-one fields)."""
    return {key: service[key] for key in SERVICE_SCALARS if key in service}


def service_at_location_item(service: Json, sal: Json) -> Json:
    """A service-at-location as /service_at_locations lists it (with its location and service)."""
    return {**sal, "service": service_list_item(service)}


def languages(catalogue: Catalogue) -> list[str]:
    """The languages the catalogue's offerings have text in, Italian first."""
    found: set[str] = set()
    for offering in catalogue.offerings:
        for text in (offering.name, offering.description):
            if text:
                found.update(text)
    return sorted(found, key=lambda lang: (lang != FALLBACK_LANGUAGE, lang))


def terms_of(catalogue: Catalogue) -> Iterable[Category]:
    return sorted(catalogue.categories, key=lambda c: (c.order, c.id))


def _time(value: dt.time | None) -> str | None:
    """HH:MM (HH:MM:SS when there are seconds); local time of the place, as the kiosk shows it."""
    if value is None:
        return None
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()
