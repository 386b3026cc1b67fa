"""The Family Pit Stop catalogue format, version 1 (documented in docs/catalogue-format.md).

These pydantic models are the single definition of the format: the JSON importer validates with
them, the HSDS and spreadsheet importers build them, the exporter writes them, and the store
loads them. Field names follow Open Referral HSDS 3.0 where HSDS has the concept.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

FORMAT_NAME: Final = "pitstop-catalogue"
FORMAT_VERSION: Final = 1

_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
_ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"


def _coerce_text(value: object) -> object:
    """A bare string is Italian text; blank translations are dropped."""
    if isinstance(value, str):
        value = {"it": value}
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if not (isinstance(v, str) and not v.strip())}
    return value


def _check_text(value: dict[str, str]) -> dict[str, str]:
    for lang in value:
        if not _LANG_RE.match(lang):
            raise ValueError(f"'{lang}' is not a language code (use e.g. 'it', 'en')")
    if not value:
        raise ValueError("text is empty in every language")
    return value


Text = Annotated[
    dict[str, Annotated[str, Field(max_length=20_000)]],
    BeforeValidator(_coerce_text),
    AfterValidator(_check_text),
]
"""Multilingual text: {"it": "...", "en": "..."}; Italian is the fallback when a language is missing."""

Id = Annotated[str, Field(pattern=_ID_RE)]


class _Model(BaseModel):
    # No string cache: pydantic-core would keep up to 16,384 strings of the last catalogue alive,
    # scattered over the heap, which pins ~40 MiB of a 10,000-offering import in the kiosk after
    # the catalogue is stored (benchmarks/bench_catalogue.py prints the figure).
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=False, cache_strings=False
    )


class Area(_Model):
    """An "ambito" (Castanese, Magentino, Legnanese...)."""

    id: Id
    name: Text


class Comune(_Model):
    id: Id
    name: Annotated[str, Field(min_length=1, max_length=200)]
    area: Id | None = None


class Category(_Model):
    """A taxonomy term; `icon` names an SVG in assets/icons (unknown icons fall back to a generic one)."""

    id: Id
    name: Text
    icon: str | None = None
    order: int = 0


class Period(_Model):
    """A named date range that offerings attach to, e.g. a school closure (both ends included)."""

    id: Id
    name: Text
    start: dt.date
    end: dt.date
    kind: Literal["closure", "summer", "school_year", "other"] = "closure"

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        return self


class Phone(_Model):
    number: Annotated[str, Field(min_length=3, max_length=40)]
    description: Text | None = None


class Contact(_Model):
    name: Annotated[str, Field(max_length=200)] | None = None
    title: Text | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None


class Organization(_Model):
    id: Id
    name: Annotated[str, Field(min_length=1, max_length=300)]
    description: Text | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    website: Annotated[str, Field(max_length=2000)] | None = None
    phones: list[Phone] = Field(default_factory=list)


class Address(_Model):
    address_1: Annotated[str, Field(max_length=300)]
    postal_code: Annotated[str, Field(max_length=20)] | None = None
    comune: Id
    """Id of a comune in `comuni`; the city name shown comes from there."""
    region: str | None = "Lombardia"
    country: str = "IT"


class Location(_Model):
    id: Id
    name: Annotated[str, Field(max_length=300)] | None = None
    address: Address
    latitude: float | None = None
    longitude: float | None = None
    accessibility: Text | None = None


_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Schedule(_Model):
    """When an offering runs: weekdays and hours (iCalendar BYDAY style), within optional dates."""

    byday: list[Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]] = []
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    description: Text | None = None

    @field_validator("byday", mode="before")
    @classmethod
    def _split_days(cls, value: object) -> object:
        if isinstance(value, str):
            return [d.strip().upper() for d in value.split(",") if d.strip()]
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Schedule:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class CostOption(_Model):
    amount: Annotated[float, Field(ge=0, le=100_000)] | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"
    option: Text | None = None
    """What the amount is for, e.g. {"it": "al giorno", "en": "per day"}."""


class Offering(_Model):
    """An HSDS service with our extensions (periods, multilingual text, free-of-charge flag)."""

    id: Id
    organization: Id
    name: Text
    description: Text | None = None
    categories: Annotated[list[Id], Field(min_length=1)]
    minimum_age: Annotated[int, Field(ge=0, le=18)] | None = None
    maximum_age: Annotated[int, Field(ge=0, le=18)] | None = None
    periods: list[Id] = Field(default_factory=list)
    locations: list[Id] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    cost_options: list[CostOption] = Field(default_factory=list)
    free: bool = False
    fees_description: Text | None = None
    application_process: Text | None = None
    url: Annotated[str, Field(max_length=2000)] | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    phones: list[Phone] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    status: Literal["active", "inactive", "defunct", "temporarily closed"] = "active"

    @model_validator(mode="after")
    def _ages(self) -> Offering:
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.maximum_age < self.minimum_age
        ):
            raise ValueError(
                f"maximum_age ({self.maximum_age}) is below minimum_age ({self.minimum_age})"
            )
        return self


class Catalogue(_Model):
    """A whole catalogue document. References between sections are checked by `kiosk.catalogue.validate`."""

    format: Literal["pitstop-catalogue"] = FORMAT_NAME
    format_version: Literal[1] = FORMAT_VERSION
    version: Annotated[str, Field(min_length=1, max_length=100)]
    updated_at: dt.datetime
    demo: bool = False
    title: Text | None = None
    areas: list[Area] = Field(default_factory=list)
    comuni: list[Comune] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    offerings: list[Offering] = Field(default_factory=list)

    @field_validator("updated_at")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


WEEKDAYS = _DAYS
