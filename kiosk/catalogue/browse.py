"""Read queries the browsing screens need besides search: categories, places, periods, one offering.

Qt-free (the UI's view-models call these); every function takes the engine and returns plain
dataclasses with multilingual text left as {"it": ..., "en": ...} dicts — `pick` chooses the language.
Counts only include active offerings, like search does.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from kiosk.db.sqlite import SqliteFile

I18n = dict[str, str]
FALLBACK_LANGUAGE = "it"


def pick(value: I18n | None, lang: str) -> str:
    """`value` in `lang`, else Italian, else any language; "" for nothing."""
    if not value:
        return ""
    return value.get(lang) or value.get(FALLBACK_LANGUAGE) or next(iter(value.values()), "")


@dataclass(frozen=True)
class CategoryCount:
    id: str
    name: I18n
    icon: str | None
    count: int


@dataclass(frozen=True)
class Place:
    """A comune (with its area id) or an area (area_id is None)."""

    id: str
    name: I18n
    area_id: str | None = None


@dataclass(frozen=True)
class PeriodInfo:
    id: str
    name: I18n
    start: dt.date
    end: dt.date
    kind: str
    count: int = 0
    """Active offerings attached to the period."""


@dataclass(frozen=True)
class CatalogueInfo:
    version: str
    updated_at: dt.datetime
    demo: bool
    title: I18n | None


@dataclass(frozen=True)
class LocationInfo:
    name: str
    address: str
    postal_code: str
    comune: str
    accessibility: I18n | None


@dataclass(frozen=True)
class ScheduleInfo:
    byday: list[str]
    opens_at: str | None
    closes_at: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    description: I18n | None


@dataclass(frozen=True)
class CostInfo:
    amount: float | None
    currency: str
    option: I18n | None


@dataclass(frozen=True)
class PhoneInfo:
    number: str
    description: I18n | None


@dataclass(frozen=True)
class ContactInfo:
    name: str | None
    title: I18n | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class OfferingDetail:
    """Everything the detail screen shows about one offering."""

    id: str
    name: I18n
    description: I18n | None
    organization: str
    organization_website: str | None
    organization_email: str | None
    organization_phones: list[PhoneInfo]
    minimum_age: int | None
    maximum_age: int | None
    free: bool
    min_cost: float | None
    fees_description: I18n | None
    application_process: I18n | None
    url: str | None
    email: str | None
    categories: list[str]
    periods: list[PeriodInfo]
    locations: list[LocationInfo]
    schedules: list[ScheduleInfo]
    costs: list[CostInfo]
    phones: list[PhoneInfo]
    contacts: list[ContactInfo] = field(default_factory=list)


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _opt_date(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def catalogue_info(engine: SqliteFile) -> CatalogueInfo | None:
    """Which catalogue is loaded (None when none is)."""
    with engine.connect() as c:
        row = c.execute(
            "SELECT version, updated_at, demo, title FROM catalogue_meta WHERE id = 1"
        ).fetchone()
    if row is None:
        return None
    return CatalogueInfo(
        row.version, dt.datetime.fromisoformat(row.updated_at), bool(row.demo), _json(row.title)
    )


def categories(engine: SqliteFile) -> list[CategoryCount]:
    """Every category in catalogue order, with how many active offerings it has."""
    sql = (
        "SELECT k.id, k.name, k.icon, (SELECT count(*) FROM service_category sc"
        " JOIN service s ON s.id = sc.service_id"
        " WHERE sc.category_id = k.id AND s.status = 'active') AS n"
        " FROM category k ORDER BY k.sort_order, k.rowid"
    )
    with engine.connect() as c:
        return [CategoryCount(r.id, _json(r.name), r.icon, r.n) for r in c.execute(sql)]


def comuni(engine: SqliteFile) -> list[Place]:
    """Comuni that have at least one location, alphabetically."""
    sql = (
        "SELECT c.id, c.name, c.area_id FROM comune c"
        " WHERE EXISTS (SELECT 1 FROM location l WHERE l.comune_id = c.id) ORDER BY c.name"
    )
    with engine.connect() as c:
        return [Place(r.id, {"it": r.name}, r.area_id) for r in c.execute(sql)]


def areas(engine: SqliteFile) -> list[Place]:
    with engine.connect() as c:
        return [
            Place(r.id, _json(r.name))
            for r in c.execute("SELECT id, name FROM area ORDER BY rowid")
        ]


def _periods(c: sqlite3.Connection, where: str, params: dict[str, Any]) -> list[PeriodInfo]:
    sql = (
        'SELECT p.id, p.name, p.start, p."end", p.kind, (SELECT count(*) FROM service_period sp'
        " JOIN service s ON s.id = sp.service_id"
        " WHERE sp.period_id = p.id AND s.status = 'active') AS n"
        f" FROM period p {where} ORDER BY p.start, p.rowid"
    )
    return [
        PeriodInfo(r.id, _json(r.name), _date(r.start), _date(r.end), r.kind, r.n)
        for r in c.execute(sql, params)
    ]


def periods(engine: SqliteFile, *, today: dt.date | None = None) -> list[PeriodInfo]:
    """Periods by start date (only those not yet over on `today`, when given), with counts."""
    with engine.connect() as c:
        if today is None:
            return _periods(c, "", {})
        return _periods(c, 'WHERE p."end" >= :today', {"today": today.isoformat()})


def upcoming_closures(engine: SqliteFile, today: dt.date, limit: int = 4) -> list[PeriodInfo]:
    """School closures and summer periods not over on `today`, soonest first, with offerings."""
    with engine.connect() as c:
        found = _periods(
            c,
            "WHERE p.\"end\" >= :today AND p.kind IN ('closure', 'summer')",
            {"today": today.isoformat()},
        )
    return [p for p in found if p.count > 0][:limit]


def next_closure(engine: SqliteFile, today: dt.date) -> PeriodInfo | None:
    """The next (or current) school closure on `today`, whether or not offerings cover it."""
    with engine.connect() as c:
        found = _periods(
            c, "WHERE p.\"end\" >= :today AND p.kind = 'closure'", {"today": today.isoformat()}
        )
    return found[0] if found else None


def offering_detail(engine: SqliteFile, offering_id: str) -> OfferingDetail | None:
    """One offering with its organization, places (comune names), periods, times and costs."""
    with engine.connect() as c:
        row = c.execute(
            (
                "SELECT s.*, o.name AS org_name, o.website AS org_website, o.email AS org_email,"
                " o.phones AS org_phones FROM service s"
                " JOIN organization o ON o.id = s.organization_id WHERE s.id = :id"
            ),
            {"id": offering_id},
        ).fetchone()
        if row is None:
            return None
        params = {"id": offering_id}
        cats = [
            r.category_id
            for r in c.execute(
                (
                    "SELECT category_id FROM service_category WHERE service_id = :id"
                    " ORDER BY position"
                ),
                params,
            )
        ]
        pers = _periods(
            c,
            "WHERE p.id IN (SELECT period_id FROM service_period WHERE service_id = :id)",
            params,
        )
        locs = [
            LocationInfo(r.name or "", r.address_1, r.postal_code or "", r.comune, _json(r.acc))
            for r in c.execute(
                (
                    "SELECT l.name, l.address_1, l.postal_code, c.name AS comune,"
                    " l.accessibility AS acc FROM service_at_location sal"
                    " JOIN location l ON l.id = sal.location_id"
                    " JOIN comune c ON c.id = l.comune_id"
                    " WHERE sal.service_id = :id ORDER BY sal.position"
                ),
                params,
            )
        ]
        scheds = [
            ScheduleInfo(
                [d for d in r.byday.split(",") if d],
                r.opens_at,
                r.closes_at,
                _opt_date(r.valid_from),
                _opt_date(r.valid_to),
                _json(r.description),
            )
            for r in c.execute("SELECT * FROM schedule WHERE service_id = :id ORDER BY id", params)
        ]
        costs = [
            CostInfo(r.amount, r.currency, _json(r.option))
            for r in c.execute(
                "SELECT * FROM cost_option WHERE service_id = :id ORDER BY id", params
            )
        ]
        phones = [
            PhoneInfo(r.number, _json(r.description))
            for r in c.execute("SELECT * FROM phone WHERE service_id = :id ORDER BY id", params)
        ]
        contacts = [
            ContactInfo(r.name, _json(r.title), r.email, r.phone)
            for r in c.execute("SELECT * FROM contact WHERE service_id = :id ORDER BY id", params)
        ]
    org_phones = [
        PhoneInfo(str(p.get("number", "")), p.get("description"))
        for p in (_json(row.org_phones) or [])
        if isinstance(p, dict)
    ]
    return OfferingDetail(
        id=row.id,
        name=_json(row.name),
        description=_json(row.description),
        organization=row.org_name,
        organization_website=row.org_website,
        organization_email=row.org_email,
        organization_phones=org_phones,
        minimum_age=row.minimum_age,
        maximum_age=row.maximum_age,
        free=bool(row.free),
        min_cost=row.min_cost,
        fees_description=_json(row.fees_description),
        application_process=_json(row.application_process),
        url=row.url,
        email=row.email,
        categories=cats,
        periods=pers,
        locations=locs,
        schedules=scheds,
        costs=costs,
        phones=phones,
        contacts=contacts,
    )
