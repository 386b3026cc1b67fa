"""Normalising what foreign catalogues give us: ids, folded names, categories, ages, coordinates.

Shared by the HSDS and spreadsheet readers and the reference checks. Values that are odd but
harmless are repaired here with a `CatalogueWarning` rather than refused.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

from kiosk.catalogue.errors import CatalogueWarning, warn

if TYPE_CHECKING:  # the pydantic models: the kiosk's search folds text without loading them
    from kiosk.catalogue.schema import Category

MAX_AGE = 18
FALLBACK_CATEGORY = "altro"


# --- ids and names ---------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse everything but letters and digits to one space."""
    decomposed = unicodedata.normalize("NFKD", text.replace("€", " euro "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_ALNUM.sub(" ", plain).strip()


FREE_WORDS = (
    "gratuito",
    "gratuita",
    "gratuiti",
    "gratis",
    "free",
    "free of charge",
    "nessun costo",
)
"""A cost text that means free of charge, as `fold` leaves it (HSDS fees, spreadsheet cost)."""


def slugify(text: str, max_length: int = 80) -> str:
    """An id made of a-z, 0-9 and dashes ("Boffalora sopra Ticino" -> "boffalora-sopra-ticino")."""
    return fold(text).replace(" ", "-")[:max_length].strip("-")


def is_valid_id(value: str) -> bool:
    return bool(_ID_OK.match(value))


def short_hash(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()[:12]


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not in `taken`; the result is added to it."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


# --- categories ------------------------------------------------------------------------------

# id -> (Italian name, English name, synonyms compared after `fold`)
_STANDARD: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "pre-post-scuola": (
        "Pre e post scuola",
        "Before and after school",
        (
            "pre scuola",
            "post scuola",
            "prescuola",
            "postscuola",
            "pre post",
            "doposcuola",
            "before school",
            "after school",
            "before and after school care",
        ),
    ),
    "campus-vacanze": (
        "Campus vacanze",
        "Holiday campus",
        (
            "campus",
            "campus vacanze scolastiche",
            "conciliacampus",
            "holiday camp",
            "holiday club",
            "school holiday camp",
        ),
    ),
    "centro-estivo": (
        "Centro estivo",
        "Summer centre",
        ("centri estivi", "cre", "grest", "summer camp", "summer center", "day camp"),
    ),
    "spazio-compiti": (
        "Spazio compiti",
        "Homework space",
        (
            "aiuto compiti",
            "compiti",
            "homework",
            "homework help",
            "homework club",
            "study support",
            "tutoring",
        ),
    ),
    "baby-parking": (
        "Baby parking",
        "Baby parking",
        (
            "babyparking",
            "childminding",
            "drop in childcare",
            "child care",
            "childcare",
            "nido",
            "micronido",
            "spazio gioco",
        ),
    ),
    "sportello-info": (
        "Sportello informativo",
        "Information desk",
        (
            "sportello",
            "informazioni",
            "punto informativo",
            "information",
            "information and referral",
            "info desk",
            "family pit stop",
        ),
    ),
    "sport-cultura": (
        "Sport e cultura",
        "Sport and culture",
        ("sport", "cultura", "sports", "culture", "arts", "recreation", "laboratori"),
    ),
    FALLBACK_CATEGORY: ("Altro", "Other", ("other", "altri servizi")),
}

_LOOKUP: dict[str, str] = {}
for _cid, (_it, _en, _synonyms) in _STANDARD.items():
    for _name in (_cid, _it, _en, *_synonyms):
        _LOOKUP.setdefault(fold(_name), _cid)


def match_category(text: str) -> str | None:
    """The standard category id for an id, Italian/English name or synonym, else None."""
    return _LOOKUP.get(fold(text))


def category_for(category_id: str, name: str | None = None) -> Category:
    """A `Category` for a standard id (with its names), or a new one named `name`."""
    from kiosk.catalogue.schema import Category

    order = list(_STANDARD).index(category_id) if category_id in _STANDARD else 50
    if category_id == FALLBACK_CATEGORY:
        order = 99  # always last; same as kiosk.catalogue.references
    if category_id in _STANDARD:
        it, en, _ = _STANDARD[category_id]
        return Category(id=category_id, name={"it": it, "en": en}, icon=category_id, order=order)
    return Category(id=category_id, name={"it": name or category_id}, order=order)


# --- values that are repaired with a warning -------------------------------------------------


def check_age(
    value: int | None,
    *,
    minimum: bool,
    where: str,
    field: str,
    warnings: list[CatalogueWarning],
) -> int | None:
    """Ages above 18: a minimum is clamped to 18, a maximum means "no upper limit" (None)."""
    if value is None or value <= MAX_AGE:
        return value
    if minimum:
        warn(warnings, where, field, f"age {value} is above {MAX_AGE}; {MAX_AGE} is used")
        return MAX_AGE
    warn(warnings, where, field, f"age {value} is above {MAX_AGE}; no upper age limit is used")
    return None


def _as_float(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def check_coordinates(
    latitude: object, longitude: object, where: str, warnings: list[CatalogueWarning]
) -> tuple[float | None, float | None]:
    """Both coordinates as floats, or (None, None) with a warning when they cannot be right."""
    if latitude is None and longitude is None:
        return None, None
    lat, lon = _as_float(latitude), _as_float(longitude)
    if lat is None or lon is None:
        warn(warnings, where, "latitude", "coordinates are missing or not numbers; dropped")
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        warn(warnings, where, "latitude", f"impossible coordinates ({lat}, {lon}); dropped")
        return None, None
    return lat, lon
