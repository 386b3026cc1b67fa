"""Filter facets as full-text tokens, so text and filters are answered by one FTS5 MATCH.

Each filter value becomes one token: a letter for its kind and the hex of the id (the tokenizer
keeps only letters and digits, and hex keeps distinct ids distinct). Migration 0002 computes the
same tokens in SQL for rows that existed before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from kiosk.catalogue.normalize import MAX_AGE

if TYPE_CHECKING:  # the pydantic catalogue models: search uses the tokens, not the models
    from kiosk.catalogue import schema as s


def token(kind: str, value: str) -> str:
    """The facet token for one filter value (`kind`: c comune, a area, k category, p period)."""
    return kind + value.encode("utf-8").hex()


def age_token(age: int) -> str:
    return f"y{age}"


FREE_TOKEN = "free"


def offering_facets(
    offering: s.Offering, comune_of: Mapping[str, str], area_of: Mapping[str, str | None]
) -> str:
    tokens: list[str] = []
    for location in offering.locations:
        comune = comune_of[location]
        tokens += [token("c", comune), token("a", area_of.get(comune) or "")]
    tokens += [token("k", c) for c in offering.categories]
    tokens += [token("p", p) for p in offering.periods]
    low = offering.minimum_age if offering.minimum_age is not None else 0
    high = offering.maximum_age if offering.maximum_age is not None else MAX_AGE
    tokens += [age_token(n) for n in range(low, high + 1)]
    if offering.free:
        tokens.append(FREE_TOKEN)
    return " ".join(tokens)


def any_of(tokens: Iterable[str]) -> str:
    """An FTS5 expression matching any of `tokens` in the facets column."""
    quoted = [f'"{t}"' for t in tokens]
    return "facets : (" + " OR ".join(quoted) + ")" if quoted else ""
