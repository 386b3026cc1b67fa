"""Putting a validated catalogue into the database, and reading it back out.

`replace_catalogue` swaps the whole catalogue in one transaction (bulk Core inserts, then the
FTS5 index is rebuilt in SQL), so a search never sees half a catalogue and a failure leaves the
previous one in place. `read_catalogue` rebuilds the `Catalogue` document for export.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select, text

from kiosk.catalogue import schema as s
from kiosk.catalogue.facets import offering_facets
from kiosk.catalogue.normalize import fold
from kiosk.db import models as m
from kiosk.db.engine import make_engine
from kiosk.db.sqlite import SqliteFile

log = logging.getLogger(__name__)

# The same index as migration 0002 creates; keep the two in step.
_CREATE_INDEX = (
    "CREATE VIRTUAL TABLE service_fts USING fts5("
    "service_id UNINDEXED, name, organization, body, places, tags, facets, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)
_INSERT_INDEX = (
    "INSERT INTO service_fts(service_id, name, organization, body, places, tags, facets)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)

_ROWID = text("rowid")


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _min_cost(offering: s.Offering) -> float | None:
    amounts = [c.amount for c in offering.cost_options if c.amount is not None]
    if offering.free:
        return 0.0
    return min(amounts) if amounts else None


def _rows(catalogue: s.Catalogue) -> dict[Table, list[dict[str, Any]]]:
    """Every table's rows for `catalogue`, as dicts ready for executemany."""
    rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    rows[m.area] = [{"id": a.id, "name": a.name} for a in catalogue.areas]
    rows[m.comune] = [{"id": c.id, "name": c.name, "area_id": c.area} for c in catalogue.comuni]
    rows[m.category] = [
        {"id": c.id, "name": c.name, "icon": c.icon, "sort_order": c.order}
        for c in catalogue.categories
    ]
    rows[m.period] = [
        {"id": p.id, "name": p.name, "start": p.start, "end": p.end, "kind": p.kind}
        for p in catalogue.periods
    ]
    rows[m.organization] = [
        {
            "id": o.id,
            "name": o.name,
            "description": o.description,
            "email": o.email,
            "website": o.website,
            "phones": [p.model_dump(exclude_none=True) for p in o.phones],
        }
        for o in catalogue.organizations
    ]
    rows[m.location] = [
        {
            "id": loc.id,
            "name": loc.name,
            "address_1": loc.address.address_1,
            "postal_code": loc.address.postal_code,
            "comune_id": loc.address.comune,
            "region": loc.address.region,
            "country": loc.address.country,
            "latitude": loc.latitude,
            "longitude": loc.longitude,
            "accessibility": loc.accessibility,
        }
        for loc in catalogue.locations
    ]
    comune_of = {loc.id: loc.address.comune for loc in catalogue.locations}
    area_of = {c.id: c.area for c in catalogue.comuni}
    for position, o in enumerate(catalogue.offerings):
        rows[m.service].append(
            {
                "id": o.id,
                "organization_id": o.organization,
                "name": o.name,
                "description": o.description,
                "minimum_age": o.minimum_age,
                "maximum_age": o.maximum_age,
                "free": o.free,
                "min_cost": _min_cost(o),
                "fees_description": o.fees_description,
                "application_process": o.application_process,
                "url": o.url,
                "email": o.email,
                "status": o.status,
                "sort_key": fold(o.name.get("it") or next(iter(o.name.values()))),
                "position": position,
                "facets": offering_facets(o, comune_of, area_of),
            }
        )
        sid = o.id
        rows[m.service_category] += [
            {"service_id": sid, "category_id": c, "position": i} for i, c in enumerate(o.categories)
        ]
        rows[m.service_period] += [
            {"service_id": sid, "period_id": p, "position": i} for i, p in enumerate(o.periods)
        ]
        rows[m.service_at_location] += [
            {"service_id": sid, "location_id": loc, "position": i}
            for i, loc in enumerate(o.locations)
        ]
        rows[m.schedule] += [
            {
                "service_id": sid,
                "byday": ",".join(sc.byday),
                "opens_at": _time(sc.opens_at),
                "closes_at": _time(sc.closes_at),
                "valid_from": sc.valid_from,
                "valid_to": sc.valid_to,
                "description": sc.description,
            }
            for sc in o.schedules
        ]
        rows[m.phone] += [
            {"service_id": sid, "number": p.number, "description": p.description} for p in o.phones
        ]
        rows[m.contact] += [
            {
                "service_id": sid,
                "name": c.name,
                "title": c.title,
                "email": c.email,
                "phone": c.phone,
            }
            for c in o.contacts
        ]
        rows[m.cost_option] += [
            {"service_id": sid, "amount": c.amount, "currency": c.currency, "option": c.option}
            for c in o.cost_options
        ]
    return rows


def _index_rows(catalogue: s.Catalogue, services: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """One full-text row per active offering, in alphabetical order (the index's natural order)."""
    organizations = {o.id: o.name for o in catalogue.organizations}
    comune_names = {c.id: c.name for c in catalogue.comuni}
    places = {
        loc.id: f"{loc.name or ''} {loc.address.address_1} {comune_names[loc.address.comune]}"
        for loc in catalogue.locations
    }
    category_names = {c.id: " ".join(c.name.values()) for c in catalogue.categories}
    by_id = {o.id: o for o in catalogue.offerings}
    ordered = sorted(services, key=lambda row: (row["sort_key"], row["position"]))
    rows: list[tuple[str, ...]] = []
    for service in ordered:
        o = by_id[service["id"]]
        if o.status != "active":
            continue
        rows.append(
            (
                o.id,
                " ".join(o.name.values()),
                organizations[o.organization],
                " ".join(o.description.values()) if o.description else "",
                " ".join(places[x] for x in o.locations),
                " ".join(category_names[c] for c in o.categories),
                service["facets"],
            )
        )
    return rows


def rebuild_search_index(connection: Connection, rows: list[tuple[str, ...]]) -> None:
    """Recreate the FTS5 index with `rows` (dropping the table beats deleting its rows)."""
    connection.exec_driver_sql("DROP TABLE IF EXISTS service_fts")
    connection.exec_driver_sql(_CREATE_INDEX)
    if rows:
        connection.exec_driver_sql(_INSERT_INDEX, rows)


def _db_value(value: Any) -> Any:
    """A Python value as SQLite stores it through our column types (JSON, Date, Boolean)."""
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver: Core insert() spends most of its time per value
    in bind processing, which for 100,000 offerings is seconds."""
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
    connection.exec_driver_sql(sql, [tuple(_db_value(r[c]) for c in columns) for r in rows])


def _swap(
    connection: Connection,
    catalogue: s.Catalogue,
    rows: dict[Table, list[dict[str, Any]]],
    *,
    source: str,
    checksum: str,
) -> None:
    for table in m.CATALOGUE_TABLES:
        connection.execute(delete(table))
    for table in reversed(m.CATALOGUE_TABLES):
        if rows[table]:
            _bulk_insert(connection, table, rows[table])
    rebuild_search_index(connection, _index_rows(catalogue, rows[m.service]))
    connection.execute(delete(m.catalogue_meta))
    connection.execute(
        insert(m.catalogue_meta),
        {
            "id": 1,
            "version": catalogue.version,
            "updated_at": catalogue.updated_at.isoformat(),
            "imported_at": dt.datetime.now(dt.UTC),
            "demo": catalogue.demo,
            "title": catalogue.title,
            "source": source[-500:],
            "checksum": checksum,
        },
    )


def replace_catalogue(
    engine: Engine, catalogue: s.Catalogue, *, source: str = "", checksum: str = ""
) -> None:
    """Swap the stored catalogue for `catalogue` in one transaction (references already checked)."""
    rows = _rows(catalogue)
    with engine.begin() as connection:
        # Catalogue data is public: skip zeroing the old pages (set back on for the sealed
        # requests whatever happens, as the connection goes back to the pool).
        connection.exec_driver_sql("PRAGMA secure_delete=OFF")
        try:
            _swap(connection, catalogue, rows, source=source, checksum=checksum)
        finally:
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
    log.info(
        "catalogue %s loaded: %d offerings from %s",
        catalogue.version,
        len(catalogue.offerings),
        source or "memory",
    )


def _grouped(connection: Connection, table: Any, order: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in connection.execute(select(table).order_by(*order)):
        grouped[row.service_id].append(row)
    return grouped


def _opt_time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def read_catalogue(database: SqliteFile) -> s.Catalogue | None:
    """The stored catalogue as a document (None when nothing was ever imported).

    SQLAlchemy: for the command line's export and the tests, not the running kiosk."""
    engine = make_engine(database.path)
    try:
        return _read_catalogue(engine)
    finally:
        engine.dispose()


def _read_catalogue(engine: Engine) -> s.Catalogue | None:
    with engine.connect() as c:
        meta = c.execute(select(m.catalogue_meta)).first()
        if meta is None:
            return None
        cats = _grouped(c, m.service_category, [m.service_category.c.position])
        pers = _grouped(c, m.service_period, [m.service_period.c.position])
        locs = _grouped(c, m.service_at_location, [m.service_at_location.c.position])
        scheds = _grouped(c, m.schedule, [m.schedule.c.id])
        phones = _grouped(c, m.phone, [m.phone.c.id])
        contacts = _grouped(c, m.contact, [m.contact.c.id])
        costs = _grouped(c, m.cost_option, [m.cost_option.c.id])
        offerings = [
            s.Offering(
                id=r.id,
                organization=r.organization_id,
                name=r.name,
                description=r.description,
                categories=[x.category_id for x in cats[r.id]],
                minimum_age=r.minimum_age,
                maximum_age=r.maximum_age,
                periods=[x.period_id for x in pers[r.id]],
                locations=[x.location_id for x in locs[r.id]],
                schedules=[
                    s.Schedule(
                        byday=[d for d in x.byday.split(",") if d],
                        opens_at=_opt_time(x.opens_at),
                        closes_at=_opt_time(x.closes_at),
                        valid_from=x.valid_from,
                        valid_to=x.valid_to,
                        description=x.description,
                    )
                    for x in scheds[r.id]
                ],
                cost_options=[
                    s.CostOption(amount=x.amount, currency=x.currency, option=x.option)
                    for x in costs[r.id]
                ],
                free=r.free,
                fees_description=r.fees_description,
                application_process=r.application_process,
                url=r.url,
                email=r.email,
                phones=[s.Phone(number=x.number, description=x.description) for x in phones[r.id]],
                contacts=[
                    s.Contact(name=x.name, title=x.title, email=x.email, phone=x.phone)
                    for x in contacts[r.id]
                ],
                status=r.status,
            )
            for r in c.execute(select(m.service).order_by(m.service.c.position))
        ]
        return s.Catalogue(
            version=meta.version,
            updated_at=dt.datetime.fromisoformat(meta.updated_at),
            demo=meta.demo,
            title=meta.title,
            areas=[
                s.Area(id=r.id, name=r.name) for r in c.execute(select(m.area).order_by(_ROWID))
            ],
            comuni=[
                s.Comune(id=r.id, name=r.name, area=r.area_id)
                for r in c.execute(select(m.comune).order_by(_ROWID))
            ],
            categories=[
                s.Category(id=r.id, name=r.name, icon=r.icon, order=r.sort_order)
                for r in c.execute(select(m.category).order_by(_ROWID))
            ],
            periods=[
                s.Period(id=r.id, name=r.name, start=r.start, end=r.end, kind=r.kind)
                for r in c.execute(select(m.period).order_by(_ROWID))
            ],
            organizations=[
                s.Organization(
                    id=r.id,
                    name=r.name,
                    description=r.description,
                    email=r.email,
                    website=r.website,
                    phones=[s.Phone.model_validate(p) for p in r.phones],
                )
                for r in c.execute(select(m.organization).order_by(_ROWID))
            ],
            locations=[
                s.Location(
                    id=r.id,
                    name=r.name,
                    address=s.Address(
                        address_1=r.address_1,
                        postal_code=r.postal_code,
                        comune=r.comune_id,
                        region=r.region,
                        country=r.country,
                    ),
                    latitude=r.latitude,
                    longitude=r.longitude,
                    accessibility=r.accessibility,
                )
                for r in c.execute(select(m.location).order_by(_ROWID))
            ],
            offerings=offerings,
        )
