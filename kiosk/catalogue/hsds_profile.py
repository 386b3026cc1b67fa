"""Reading the Family Pit Stop profile of HSDS 3.0 (what /hsds of the central server adds).

The profile (docs/hsds.md, central/hsds/profile.py) adds fields to HSDS objects: `local_id` (our
id beside the HSDS UUID), `translations` ({language: {field: text}}), a service's `periods` and
`free`, an address's `comune_id`, `area_id` and `area`, a taxonomy term's `icon` and `order`, and
on a paged wrapper `catalogue` (version, updated_at, title, demo, areas, comuni, periods). HSDS
files without them read as before. A profile field of the wrong shape is left out with a warning
(the plain HSDS field is used); what it cannot do is check that translations say the same thing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.catalogue.errors import CatalogueWarning, warn
from kiosk.catalogue.normalize import is_valid_id
from kiosk.catalogue.schema import Area, Comune, Period
from kiosk.catalogue.validation import build

JsonObject = dict[str, Any]


def local_id(parent: JsonObject) -> str | None:
    """The object's own id in our catalogue (`local_id`), if it has a valid one."""
    value = parent.get("local_id")
    return value if isinstance(value, str) and is_valid_id(value) else None


def translated(
    parent: JsonObject, key: str, where: str, warnings: list[CatalogueWarning]
) -> dict[str, str] | None:
    """Every language of field `key` from the object's `translations`; None when it gives none."""
    table = parent.get("translations")
    if table is None:
        return None
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        warn(warnings, where, "translations", "is not {language: {field: text}}; ignored")
        return None
    found = {
        lang: words[key].strip()
        for lang, words in table.items()
        if isinstance(lang, str) and isinstance(words.get(key), str) and words[key].strip()
    }
    return found or None


def named_text(item: JsonObject, where: str, warnings: list[CatalogueWarning]) -> dict[str, str]:
    """The multilingual name of a profile object ({"name": ..., "translations": ...})."""
    name = item.get("name")
    base = {"it": name} if isinstance(name, str) and name.strip() else {}
    return translated(item, "name", where, warnings) or base


def periods(
    parent: JsonObject, file: str, where: str, warnings: list[CatalogueWarning]
) -> list[Period]:
    """The `periods` of a service or of the wrapper's catalogue."""
    raw = parent.get("periods")
    if not isinstance(raw, list):
        return []
    result = []
    for n, item in enumerate(raw):
        pwhere = f"{where}.periods[{n}]" if where else f"periods[{n}]"
        if not isinstance(item, dict):
            warn(warnings, pwhere, None, "is not an object; ignored")
            continue
        result.append(
            build(
                Period,
                {
                    "id": item.get("id"),
                    "name": named_text(item, pwhere, warnings),
                    "start": item.get("start"),
                    "end": item.get("end"),
                    "kind": item.get("kind", "closure"),
                },
                file,
                pwhere,
            )
        )
    return result


def area(raw: object, file: str, where: str, warnings: list[CatalogueWarning]) -> Area | None:
    if not isinstance(raw, dict):
        return None
    return build(Area, {"id": raw.get("id"), "name": named_text(raw, where, warnings)}, file, where)


class Extension:
    """The wrapper's `catalogue` object: what it says about the catalogue as a whole."""

    def __init__(self, data: object, file: str, warnings: list[CatalogueWarning]) -> None:
        raw = data.get("catalogue") if isinstance(data, dict) else None
        self.present = isinstance(raw, dict)
        ext: JsonObject = raw if isinstance(raw, dict) else {}
        self.version = ext.get("version") if isinstance(ext.get("version"), str) else None
        self.updated_at: dt.datetime | None = None
        stamp = ext.get("updated_at")
        if isinstance(stamp, str):
            try:
                parsed = dt.datetime.fromisoformat(stamp)
                self.updated_at = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
            except ValueError:
                warn(warnings, "catalogue", "updated_at", f"{stamp!r} is not a date-time; ignored")
        self.demo = ext.get("demo") is True
        title = ext.get("title")
        self.title = translated(ext, "title", "catalogue", warnings) or (
            {"it": title} if isinstance(title, str) and title.strip() else None
        )
        self.areas = [
            a
            for n, item in enumerate(_list(ext, "areas"))
            if (a := area(item, file, f"catalogue.areas[{n}]", warnings)) is not None
        ]
        self.comuni = [
            build(
                Comune,
                {"id": c.get("id"), "name": c.get("name"), "area": c.get("area_id")},
                file,
                f"catalogue.comuni[{n}]",
            )
            for n, c in enumerate(_list(ext, "comuni"))
            if isinstance(c, dict)
        ]
        self.periods = periods(ext, file, "catalogue", warnings)


def _list(parent: JsonObject, key: str) -> list[Any]:
    value = parent.get(key)
    return value if isinstance(value, list) else []
