"""The Family Pit Stop HSDS 3.0 profile: the fields we add to HSDS objects, as JSON Schemas.

Served at /hsds/profile (the `profile` URL of /hsds/) and described in docs/hsds.md. A profile
only adds fields here; nothing of HSDS 3.0 is changed or removed, so every document also
validates against the official schemas. The tests validate what the API serves against these
schemas as well. What it cannot do: make an HSDS consumer that ignores unknown fields read them.
"""

from __future__ import annotations

from typing import Any, Final

from central.hsds.documents import NAMESPACE

PROFILE_NAME: Final = "family-pit-stop"
PROFILE_VERSION: Final = "1"

_LANG: dict[str, Any] = {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"}
_LOCAL_ID: dict[str, Any] = {
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$",
    "description": "Our id of the object in the Family Pit Stop catalogue (the HSDS id is a "
    "UUIDv5 of it, stable between published versions).",
}
_TRANSLATIONS: dict[str, Any] = {
    "type": "object",
    "description": "Every language of each text field whose languages are not just Italian: "
    "{language: {field: text}}. The HSDS field holds the Italian text (or, without Italian, "
    "the first language given).",
    "propertyNames": _LANG,
    "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}},
}
_NAMED: dict[str, Any] = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": _LOCAL_ID,
        "name": {"type": "string"},
        "translations": _TRANSLATIONS,
    },
}
_PERIOD: dict[str, Any] = {
    "type": "object",
    "description": "A named date range the service runs in, e.g. a school closure (both ends "
    "included).",
    "required": ["id", "name", "start", "end", "kind"],
    "properties": {
        **_NAMED["properties"],
        "start": {"type": "string", "format": "date"},
        "end": {"type": "string", "format": "date"},
        "kind": {"enum": ["closure", "summer", "school_year", "other"]},
    },
}

EXTENSIONS: Final[dict[str, dict[str, Any]]] = {
    "service": {
        "local_id": _LOCAL_ID,
        "translations": _TRANSLATIONS,
        "free": {"type": "boolean", "description": "Free of charge."},
        "periods": {"type": "array", "items": _PERIOD},
    },
    "organization": {"local_id": _LOCAL_ID, "translations": _TRANSLATIONS},
    "location": {"local_id": _LOCAL_ID},
    "address": {
        "comune_id": {**_LOCAL_ID, "description": "Our id of the comune (city holds its name)."},
        "area_id": {**_LOCAL_ID, "description": "Our id of the comune's area (ambito)."},
        "area": {**_NAMED, "description": "The area (ambito) the comune belongs to."},
    },
    "taxonomy": {"local_id": _LOCAL_ID},
    "taxonomy_term": {
        "local_id": _LOCAL_ID,
        "translations": _TRANSLATIONS,
        "icon": {"type": "string", "description": "The kiosk's icon of the category."},
        "order": {"type": "integer", "description": "Where the kiosk shows the category."},
    },
    "schedule": {"translations": _TRANSLATIONS},
    "phone": {"translations": _TRANSLATIONS},
    "contact": {"translations": _TRANSLATIONS},
    "cost_option": {"translations": _TRANSLATIONS},
    "accessibility": {"translations": _TRANSLATIONS},
    "api_root": {
        "catalogue": {
            "type": "object",
            "description": "The published catalogue: version, when it was made, title, "
            "languages, and its areas, comuni and periods (also those no service uses).",
            "required": ["version", "updated_at", "demo", "languages"],
            "properties": {
                "version": {"type": "string"},
                "updated_at": {"type": "string", "format": "date-time"},
                "demo": {"type": "boolean"},
                "languages": {"type": "array", "items": _LANG},
                "title": {"type": "string"},
                "translations": _TRANSLATIONS,
                "areas": {"type": "array", "items": _NAMED},
                "comuni": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "name"],
                        "properties": {
                            "id": _LOCAL_ID,
                            "name": {"type": "string"},
                            "area_id": _LOCAL_ID,
                        },
                    },
                },
                "periods": {"type": "array", "items": _PERIOD},
            },
        }
    },
}


def profile_document() -> dict[str, Any]:
    """The profile as served at /hsds/profile."""
    return {
        "name": PROFILE_NAME,
        "title": "Family Pit Stop profile of HSDS 3.0",
        "version": PROFILE_VERSION,
        "hsds_version": "3.0",
        "description": "Open Referral HSDS 3.0 with the fields the Family Pit Stop catalogue "
        "needs and HSDS lacks: multilingual text (translations), school-closure periods, areas "
        "(ambiti) and comuni, our own ids, and the free-of-charge flag. Only fields are added; "
        "every document also validates against the official HSDS 3.0 schemas. Ids are UUIDv5 "
        f"in the namespace {NAMESPACE} of '<kind>' and our id joined by U+001F.",
        "documentation": "docs/hsds.md in the Family Pit Stop source",
        "extensions": {
            kind: {"type": "object", "properties": fields} for kind, fields in EXTENSIONS.items()
        },
    }
