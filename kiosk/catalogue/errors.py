"""Errors, warnings and small helpers shared by the catalogue format readers.

A reader either returns a `Catalogue` (possibly with `CatalogueWarning`s for odd but harmless
data that it repaired) or raises one `CatalogueError` that names the file, the place in it (a JSON
path such as ``contents[2].organization`` or a spreadsheet row such as ``row 4``) and the field.
The messages end up on stderr and in the staff screen, so they are plain sentences.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.catalogue.schema import Category

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

MAX_AGE = 18
FALLBACK_CATEGORY = "altro"


class CatalogueError(Exception):
    """A file that cannot be imported.

    ``str()`` is one clear sentence naming file, row/JSON path and field, e.g.
    ``catalogo.csv, row 4, column 'Dal': '31/02/2026' is not a valid date.``
    """

    def __init__(
        self,
        file: str,
        where: str,
        field: str | None,
        message: str,
        *,
        field_kind: str = "field",
    ) -> None:
        self.file = file
        self.where = where
        self.field = field
        self.message = message
        self.field_kind = field_kind
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        parts = [self.file or "catalogue"]
        if self.where:
            parts.append(self.where)
        if self.field:
            parts.append(f"{self.field_kind} '{self.field}'")
        message = self.message.rstrip()
        if not message.endswith((".", "!", "?")):
            message += "."
        return ", ".join(parts) + ": " + message


@dataclass(frozen=True)
class CatalogueWarning:
    """Odd but harmless data that a reader repaired or skipped (shown to staff after import)."""

    where: str
    field: str | None
    message: str

    def __str__(self) -> str:
        head = ", ".join(filter(None, (self.where, f"'{self.field}'" if self.field else "")))
        return f"{head}: {self.message}" if head else self.message


def warn(
    warnings: list[CatalogueWarning], where: str, field: str | None, message: str
) -> None:
    """Record a warning and log it."""
    item = CatalogueWarning(where, field, message)
    log.info("catalogue import warning: %s", item)
    warnings.append(item)


# --- pydantic errors -------------------------------------------------------------------------


def _join_path(prefix: str, loc: Sequence[int | str]) -> str:
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


def _describe(error: Mapping[str, object]) -> str:
    message = str(error.get("msg", "invalid value"))
    value = error.get("input")
    if error.get("type") != "missing" and isinstance(value, str | int | float | bool):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "...'"
        message += f" (got {shown})"
    return message


def from_validation_error(
    file: str,
    exc: ValidationError,
    where_prefix: str = "",
    field_labels: Mapping[str, str] | None = None,
    *,
    field_kind: str = "field",
) -> CatalogueError:
    """Turn the first problem of a pydantic error into a `CatalogueError`.

    The location is split at its last list index: ``('offerings', 3, 'name', 'it')`` becomes
    where ``offerings[3]`` (after `where_prefix`) and field ``name.it``. `field_labels` maps
    model field names to what the user sees (e.g. spreadsheet column headers); a field found
    there is called `field_kind` ("column") in the message, any other one "field".
    """
    errors = exc.errors(include_url=False)
    if not errors:  # pragma: no cover - pydantic always reports at least one
        return CatalogueError(file, where_prefix, None, str(exc))
    first = errors[0]
    # Drop validator tags such as "function-after[...]" that mean nothing to a user.
    loc = [p for p in first["loc"] if isinstance(p, int) or "[" not in p]
    split = max((i for i, p in enumerate(loc[:-1]) if isinstance(p, int)), default=-1)
    where = _join_path(where_prefix, loc[: split + 1])
    field_path = _join_path("", loc[split + 1 :]) or None
    kind = "field"
    if field_path and field_labels and str(loc[split + 1]) in field_labels:
        field_path, kind = field_labels[str(loc[split + 1])], field_kind
    message = _describe(first)
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return CatalogueError(file, where, field_path, message, field_kind=kind)


def build(
    model: type[M],
    data: Mapping[str, object],
    file: str,
    where: str,
    field_labels: Mapping[str, str] | None = None,
    *,
    field_kind: str = "field",
) -> M:
    """Validate `data` as `model`, converting any pydantic error into a `CatalogueError`."""
    try:
        return model.model_validate(dict(data))
    except ValidationError as exc:
        raise from_validation_error(file, exc, where, field_labels, field_kind=field_kind) from None


# --- ids and names ---------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse everything but letters and digits to one space."""
    decomposed = unicodedata.normalize("NFKD", text.replace("€", " euro "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NON_ALNUM.sub(" ", plain).strip()


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
        ("pre scuola", "post scuola", "prescuola", "postscuola", "pre post", "doposcuola",
         "before school", "after school", "before and after school care"),
    ),
    "campus-vacanze": (
        "Campus vacanze",
        "Holiday campus",
        ("campus", "campus vacanze scolastiche", "conciliacampus", "holiday camp",
         "holiday club", "school holiday camp"),
    ),
    "centro-estivo": (
        "Centro estivo",
        "Summer centre",
        ("centri estivi", "cre", "grest", "summer camp", "summer center", "day camp"),
    ),
    "spazio-compiti": (
        "Spazio compiti",
        "Homework space",
        ("aiuto compiti", "compiti", "homework", "homework help", "homework club",
         "study support", "tutoring"),
    ),
    "baby-parking": (
        "Baby parking",
        "Baby parking",
        ("babyparking", "childminding", "drop in childcare", "child care", "childcare",
         "nido", "micronido", "spazio gioco"),
    ),
    "sportello-info": (
        "Sportello informativo",
        "Information desk",
        ("sportello", "informazioni", "punto informativo", "information",
         "information and referral", "info desk", "family pit stop"),
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
