"""Searching offerings: FTS5 full text (accent- and case-insensitive, prefix as you type) plus filters.

One function, `search`, serves the CLI and the UI. Filtering and ordering happen in SQL; only the
page of results asked for is turned into Python objects.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from kiosk.catalogue.store import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


@dataclass(frozen=True)
class SearchQuery:
    """What a parent asked for; empty fields do not filter."""

    text: str = ""
    comune: str | None = None
    area: str | None = None
    age: int | None = None
    period: str | None = None
    on_date: dt.date | None = None
    category: str | None = None
    free_only: bool = False
    limit: int = 200


@dataclass(frozen=True)
class OfferingCard:
    """What a result card shows."""

    id: str
    name: dict[str, str]
    organization: str
    comuni: list[str]
    minimum_age: int | None
    maximum_age: int | None
    free: bool
    min_cost: float | None
    categories: list[str]
    periods: list[dict[str, Any]] = field(default_factory=list)
    """[{"id", "name", "start", "end"}] in catalogue order."""


@dataclass(frozen=True)
class SearchResult:
    cards: list[OfferingCard]
    total: int


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for what was typed: every word, as a prefix, must match."""
    terms = _TOKEN.findall(fold(user_text))[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def _where(query: SearchQuery, params: dict[str, Any]) -> list[str]:
    clauses = ["s.status = 'active'"]
    if query.comune:
        params["comune"] = query.comune
        clauses.append(
            "EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
            " WHERE sal.service_id = s.id AND l.comune_id = :comune)"
        )
    if query.area:
        params["area"] = query.area
        clauses.append(
            "EXISTS (SELECT 1 FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
            " JOIN comune c ON c.id = l.comune_id WHERE sal.service_id = s.id AND c.area_id = :area)"
        )
    if query.age is not None:
        params["age"] = query.age
        clauses.append(
            "(s.minimum_age IS NULL OR s.minimum_age <= :age)"
            " AND (s.maximum_age IS NULL OR s.maximum_age >= :age)"
        )
    if query.period:
        params["period"] = query.period
        clauses.append(
            "EXISTS (SELECT 1 FROM service_period sp WHERE sp.service_id = s.id"
            " AND sp.period_id = :period)"
        )
    if query.on_date:
        params["on_date"] = query.on_date.isoformat()
        clauses.append(
            "EXISTS (SELECT 1 FROM service_period sp JOIN period p ON p.id = sp.period_id"
            " WHERE sp.service_id = s.id AND p.start <= :on_date AND p.\"end\" >= :on_date)"
        )
    if query.category:
        params["category"] = query.category
        clauses.append(
            "EXISTS (SELECT 1 FROM service_category sc WHERE sc.service_id = s.id"
            " AND sc.category_id = :category)"
        )
    if query.free_only:
        clauses.append("s.free = 1")
    return clauses


def search(engine: Engine, query: SearchQuery) -> SearchResult:
    """Offerings matching `query`, best first (by relevance with text, else alphabetically)."""
    params: dict[str, Any] = {"limit": query.limit}
    clauses = _where(query, params)
    match = fts_query(query.text)
    if match:
        params["match"] = match
        source = (
            "service s JOIN (SELECT service_id, bm25(service_fts, 0, 10, 4, 1, 3, 3) AS rank"
            " FROM service_fts WHERE service_fts MATCH :match) f ON f.service_id = s.id"
        )
        order = "f.rank, s.sort_key"
    else:
        source, order = "service s", "s.sort_key"
    sql = (
        f"SELECT s.id, count(*) OVER () AS total FROM {source}"
        f" WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit"
    )
    with engine.connect() as connection:
        rows = connection.execute(text(sql), params).all()
        ids = [row.id for row in rows]
        cards = load_cards(connection, ids)
    return SearchResult(cards, rows[0].total if rows else 0)


def load_cards(connection: Connection, ids: list[str]) -> list[OfferingCard]:
    """Card data for `ids`, in that order (five small indexed queries, whatever the page size)."""
    if not ids:
        return []
    marks = ",".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": value for n, value in enumerate(ids)}
    base = {
        row.id: row
        for row in connection.execute(
            text(
                "SELECT s.id, s.name, o.name AS org, s.minimum_age, s.maximum_age, s.free,"
                f" s.min_cost FROM service s JOIN organization o ON o.id = s.organization_id"
                f" WHERE s.id IN ({marks})"
            ),
            params,
        )
    }
    comuni: dict[str, list[str]] = defaultdict(list)
    for row in connection.execute(
        text(
            "SELECT sal.service_id, c.name FROM service_at_location sal"
            " JOIN location l ON l.id = sal.location_id JOIN comune c ON c.id = l.comune_id"
            f" WHERE sal.service_id IN ({marks}) ORDER BY sal.service_id, sal.position"
        ),
        params,
    ):
        if row.name not in comuni[row.service_id]:
            comuni[row.service_id].append(row.name)
    categories: dict[str, list[str]] = defaultdict(list)
    for row in connection.execute(
        text(
            "SELECT service_id, category_id FROM service_category"
            f" WHERE service_id IN ({marks}) ORDER BY service_id, position"
        ),
        params,
    ):
        categories[row.service_id].append(row.category_id)
    periods: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in connection.execute(
        text(
            "SELECT sp.service_id, p.id, p.name, p.start, p.\"end\" FROM service_period sp"
            " JOIN period p ON p.id = sp.period_id"
            f" WHERE sp.service_id IN ({marks}) ORDER BY sp.service_id, p.start"
        ),
        params,
    ):
        periods[row.service_id].append(
            {"id": row.id, "name": _json(row.name), "start": row.start, "end": row.end}
        )
    return [
        OfferingCard(
            id=sid,
            name=_json(base[sid].name),
            organization=base[sid].org,
            comuni=comuni[sid],
            minimum_age=base[sid].minimum_age,
            maximum_age=base[sid].maximum_age,
            free=bool(base[sid].free),
            min_cost=base[sid].min_cost,
            categories=categories[sid],
            periods=periods[sid],
        )
        for sid in ids
        if sid in base
    ]


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
