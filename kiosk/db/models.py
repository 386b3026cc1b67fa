"""The catalogue tables (HSDS 3.0 names where HSDS has the concept) as SQLAlchemy 2 typed ORM.

Multilingual text is stored as JSON objects ({"it": ..., "en": ...}). The full-text index
`service_fts` (FTS5) is not mapped here: it is created by migration 0002 and filled by
`kiosk.catalogue.store.rebuild_search_index`. Tables of later features (contact requests, outbox,
staff) live in their own modules and register on the same `Base`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

I18n = dict[str, str]


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {I18n: JSON, list[Any]: JSON}


class CatalogueMeta(Base):
    """One row (id 1): which catalogue is loaded, and from where."""

    __tablename__ = "catalogue_meta"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[str] = mapped_column(String(40))
    """ISO 8601 with the publisher's UTC offset, kept as written so export reproduces it."""
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[I18n | None]
    source: Mapped[str] = mapped_column(String(500), default="")
    checksum: Mapped[str] = mapped_column(String(64), default="")


class Area(Base):
    __tablename__ = "area"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[I18n]


class Comune(Base):
    __tablename__ = "comune"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    area_id: Mapped[str | None] = mapped_column(ForeignKey("area.id"), index=True)


class Category(Base):
    __tablename__ = "category"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[I18n]
    icon: Mapped[str | None] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Period(Base):
    __tablename__ = "period"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[I18n]
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))


class Organization(Base):
    __tablename__ = "organization"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[I18n | None]
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(2000))
    phones: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Location(Base):
    __tablename__ = "location"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    address_1: Mapped[str] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    comune_id: Mapped[str] = mapped_column(ForeignKey("comune.id"), index=True)
    region: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    accessibility: Mapped[I18n | None]


class Service(Base):
    """An offering. `min_cost` is derived at import (cheapest amount) for display and sorting."""

    __tablename__ = "service"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[I18n]
    description: Mapped[I18n | None]
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    free: Mapped[bool] = mapped_column(Boolean, default=False)
    min_cost: Mapped[float | None] = mapped_column(Float)
    fees_description: Mapped[I18n | None]
    application_process: Mapped[I18n | None]
    url: Mapped[str | None] = mapped_column(String(2000))
    email: Mapped[str | None] = mapped_column(String(254))
    status: Mapped[str] = mapped_column(String(30), default="active")
    sort_key: Mapped[str] = mapped_column(String(300), index=True, default="", server_default="")
    """Italian name folded to lower case without accents, for alphabetical order."""
    position: Mapped[int] = mapped_column(Integer, default=0)
    """Order in the imported file, kept so export reproduces it."""
    facets: Mapped[str] = mapped_column(String, default="", server_default="")
    """Filter tokens for the full-text index (see kiosk.catalogue.facets)."""


class ServiceCategory(Base):
    __tablename__ = "service_category"
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[str] = mapped_column(
        ForeignKey("category.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServicePeriod(Base):
    __tablename__ = "service_period"
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Schedule(Base):
    __tablename__ = "schedule"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    byday: Mapped[str] = mapped_column(String(40), default="")
    opens_at: Mapped[str | None] = mapped_column(String(8))
    closes_at: Mapped[str | None] = mapped_column(String(8))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[I18n | None]


class Phone(Base):
    __tablename__ = "phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(40))
    description: Mapped[I18n | None]


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[I18n | None]
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))


class CostOption(Base):
    __tablename__ = "cost_option"
    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    option: Mapped[I18n | None]


CATALOGUE_TABLES: tuple[type[Base], ...] = (
    CostOption,
    Contact,
    Phone,
    Schedule,
    ServiceAtLocation,
    ServicePeriod,
    ServiceCategory,
    Service,
    Location,
    Organization,
    Period,
    Category,
    Comune,
    Area,
)
"""Catalogue tables, children first: the order in which an import empties them."""
