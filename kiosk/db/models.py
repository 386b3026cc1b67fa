"""The catalogue tables (HSDS 3.0 names where HSDS has the concept) as SQLAlchemy Core tables.

They describe the schema for Alembic and write imported catalogues (kiosk/catalogue/store.py,
in a child process of a running kiosk); the kiosk itself reads and writes with SQL text through
`sqlite3` (kiosk/db/sqlite.py), which must change with them. The schema itself is made by
the migrations; these definitions must match them (tests/db/test_migrations.py checks).

Multilingual text is stored as JSON objects ({"it": ..., "en": ...}). The full-text index
`service_fts` (FTS5) is not described here: it is created by migration 0002 and filled by
`kiosk.catalogue.store.rebuild_search_index`. Tables of later features (contact requests, outbox)
live in their own modules and register on the same `metadata`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
)

metadata = MetaData()


def _service_id(*, primary_key: bool = False) -> Column[str]:
    """The owning offering's id; its rows go when the offering goes."""
    return Column(
        "service_id",
        ForeignKey("service.id", ondelete="CASCADE"),
        primary_key=primary_key,
        index=not primary_key,
        nullable=False,
    )


catalogue_meta = Table(
    "catalogue_meta",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", String(100), nullable=False),
    # ISO 8601 with the publisher's UTC offset, kept as written so export reproduces it.
    Column("updated_at", String(40), nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("demo", Boolean, nullable=False, default=False),
    Column("title", JSON),
    Column("source", String(500), nullable=False, default=""),
    Column("checksum", String(64), nullable=False, default=""),
)
"""One row (id 1): which catalogue is loaded, and from where."""

area = Table(
    "area",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", JSON, nullable=False),
)

comune = Table(
    "comune",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("area_id", ForeignKey("area.id"), index=True),
)

category = Table(
    "category",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", JSON, nullable=False),
    Column("icon", String(100)),
    Column("sort_order", Integer, nullable=False, default=0),
)

period = Table(
    "period",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", JSON, nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("kind", String(20), nullable=False),
)

organization = Table(
    "organization",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("description", JSON),
    Column("email", String(254)),
    Column("website", String(2000)),
    Column("phones", JSON, nullable=False, default=list),
)

location = Table(
    "location",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", String(300)),
    Column("address_1", String(300), nullable=False),
    Column("postal_code", String(20)),
    Column("comune_id", ForeignKey("comune.id"), index=True, nullable=False),
    Column("region", String(100)),
    Column("country", String(2), nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("accessibility", JSON),
)

service = Table(
    "service",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("organization_id", ForeignKey("organization.id"), index=True, nullable=False),
    Column("name", JSON, nullable=False),
    Column("description", JSON),
    Column("minimum_age", Integer),
    Column("maximum_age", Integer),
    Column("free", Boolean, nullable=False, default=False),
    # Derived at import (cheapest amount) for display and sorting.
    Column("min_cost", Float),
    Column("fees_description", JSON),
    Column("application_process", JSON),
    Column("url", String(2000)),
    Column("email", String(254)),
    Column("status", String(30), nullable=False, default="active"),
    # Italian name folded to lower case without accents, for alphabetical order.
    Column("sort_key", String(300), index=True, nullable=False, default="", server_default=""),
    # Order in the imported file, kept so export reproduces it.
    Column("position", Integer, nullable=False, default=0),
    # Filter tokens for the full-text index (see kiosk.catalogue.facets).
    Column("facets", String, nullable=False, default="", server_default=""),
)
"""An offering."""


def _service_link(name: str, target: str) -> Table:
    """An ordered many-to-many link from offerings to `target` rows (`<target>_id`)."""
    return Table(
        name,
        metadata,
        _service_id(primary_key=True),
        Column(f"{target}_id", ForeignKey(f"{target}.id"), primary_key=True, index=True),
        Column("position", Integer, nullable=False, default=0),
    )


service_category = _service_link("service_category", "category")
service_period = _service_link("service_period", "period")
service_at_location = _service_link("service_at_location", "location")

schedule = Table(
    "schedule",
    metadata,
    Column("id", Integer, primary_key=True),
    _service_id(),
    Column("byday", String(40), nullable=False, default=""),
    Column("opens_at", String(8)),
    Column("closes_at", String(8)),
    Column("valid_from", Date),
    Column("valid_to", Date),
    Column("description", JSON),
)

phone = Table(
    "phone",
    metadata,
    Column("id", Integer, primary_key=True),
    _service_id(),
    Column("number", String(40), nullable=False),
    Column("description", JSON),
)

contact = Table(
    "contact",
    metadata,
    Column("id", Integer, primary_key=True),
    _service_id(),
    Column("name", String(200)),
    Column("title", JSON),
    Column("email", String(254)),
    Column("phone", String(40)),
)

cost_option = Table(
    "cost_option",
    metadata,
    Column("id", Integer, primary_key=True),
    _service_id(),
    Column("amount", Float),
    Column("currency", String(3), nullable=False, default="EUR"),
    Column("option", JSON),
)

CATALOGUE_TABLES: tuple[Table, ...] = (
    cost_option,
    contact,
    phone,
    schedule,
    service_at_location,
    service_period,
    service_category,
    service,
    location,
    organization,
    period,
    category,
    comune,
    area,
)
"""Catalogue tables, children first: the order in which an import empties them."""
