"""Searching offerings: FTS5 full text (accent- and case-insensitive, prefix as you type) plus filters.

One function, `search`, serves the CLI and the UI. Filtering and ordering happen in SQL; only the
page of results asked for is turned into Python objects.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kiosk.catalogue import facets
from kiosk.catalogue.normalize import fold
from kiosk.db.sqlite import SqliteFile, column, in_list, scalar

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
TEXT_COLUMNS = "{name organization body places tags}"
RANK = "bm25(service_fts, 0, 10, 4, 1, 3, 3, 0)"
"""Column weights: a word in the name counts most, then organization, places and categories."""
RANK_AT_MOST = 5000


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


def _facet_expression(connection: sqlite3.Connection, query: SearchQuery) -> list[str] | None:
    """One FTS5 expression per filter; None when a filter can match nothing (a date no period covers)."""
    parts = []
    if query.comune:
        parts.append(facets.any_of([facets.token("c", query.comune)]))
    if query.area:
        parts.append(facets.any_of([facets.token("a", query.area)]))
    if query.category:
        parts.append(facets.any_of([facets.token("k", query.category)]))
    if query.period:
        parts.append(facets.any_of([facets.token("p", query.period)]))
    if query.on_date:
        covering = column(
            connection,
            'SELECT id FROM period WHERE start <= :day AND "end" >= :day',
            {"day": query.on_date.isoformat()},
        )
        expression = facets.any_of(facets.token("p", p) for p in covering)
        if not expression:
            return None
        parts.append(expression)
    if query.age is not None:
        parts.append(facets.any_of([facets.age_token(query.age)]))
    if query.free_only:
        parts.append(facets.any_of([facets.FREE_TOKEN]))
    return parts


def search(engine: SqliteFile, query: SearchQuery) -> SearchResult:
    """Offerings matching `query`: by relevance for text, else alphabetically.

    Text and filters are one FTS5 MATCH (filters are tokens of the `facets` column). The index
    holds rows in alphabetical order, so unranked results stream without sorting. A text that
    matches very many offerings (one or two letters typed) is listed alphabetically too:
    relevance means little there and ranking every match would cost more than a frame.
    """
    with engine.connect() as connection:
        parts = _facet_expression(connection, query)
        if parts is None:
            return SearchResult([], 0)
        words = fts_query(query.text)
        if words:
            parts.insert(0, f"{TEXT_COLUMNS} : ({words})")
        if not parts:
            total = scalar(connection, "SELECT count(*) FROM service WHERE status = 'active'")
            ids = column(
                connection,
                "SELECT id FROM service WHERE status = 'active' ORDER BY sort_key LIMIT :n",
                {"n": query.limit},
            )
        else:
            match = " AND ".join(parts)
            total = scalar(
                connection,
                "SELECT count(*) FROM service_fts WHERE service_fts MATCH :m",
                {"m": match},
            )
            order = RANK if words and total <= RANK_AT_MOST else "rowid"
            ids = column(
                connection,
                "SELECT service_id FROM service_fts WHERE service_fts MATCH :m"
                f" ORDER BY {order} LIMIT :n",
                {"m": match, "n": query.limit},
            )
        return SearchResult(load_cards(connection, ids), total)


def load_cards(connection: sqlite3.Connection, ids: list[str]) -> list[OfferingCard]:
    """Card data for `ids`, in that order (five small indexed queries, whatever the page size)."""
    if not ids:
        return []
    marks, params = in_list("i", ids)
    base = {
        row.id: row
        for row in connection.execute(
            (
                "SELECT s.id, s.name, o.name AS org, s.minimum_age, s.maximum_age, s.free,"
                f" s.min_cost FROM service s JOIN organization o ON o.id = s.organization_id"
                f" WHERE s.id IN ({marks})"
            ),
            params,
        )
    }
    comuni: dict[str, list[str]] = defaultdict(list)
    for row in connection.execute(
        (
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
        (
            "SELECT service_id, category_id FROM service_category"
            f" WHERE service_id IN ({marks}) ORDER BY service_id, position"
        ),
        params,
    ):
        categories[row.service_id].append(row.category_id)
    periods: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in connection.execute(
        (
            'SELECT sp.service_id, p.id, p.name, p.start, p."end" FROM service_period sp'
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
