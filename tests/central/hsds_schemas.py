"""Validation against the official HSDS 3.0 schemas vendored in central/hsds/schemas/.

The HSDS OpenAPI document names its schemas by their raw.githubusercontent.com addresses; a
`referencing` registry maps each address to the vendored file (the fully inlined service.json
and organization.json are not vendored: service_with_definitions.json holds the same service
with its nested objects as definitions, and its definitions stand in for taxonomy.json,
taxonomy_term.json and organization.json). Formats (uuid, date-time, email) are checked.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).resolve().parents[2] / "central" / "hsds" / "schemas"
RAW = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OPENAPI = "urn:hsds:openapi"
SERVICE = RAW + "compiled/service_with_definitions.json"


def _load(name: str) -> Any:
    return json.loads((SCHEMAS / name).read_text("utf-8"))


@functools.cache
def registry() -> Registry:  # type: ignore[type-arg,unused-ignore]
    files = {
        RAW + "compiled/service_list.json": _load("service_list.json"),
        RAW + "compiled/organization_list.json": _load("organization_list.json"),
        RAW + "compiled/service_at_location_list.json": _load("service_at_location_list.json"),
        SERVICE: _load("service_with_definitions.json"),
        RAW + "compiled/service.json": {"$ref": SERVICE},
        RAW + "compiled/organization.json": {"$ref": SERVICE + "#/definitions/organization"},
        RAW + "taxonomy.json": {"$ref": SERVICE + "#/definitions/taxonomy"},
        RAW + "taxonomy_term.json": {"$ref": SERVICE + "#/definitions/taxonomy_term"},
        OPENAPI: _load("openapi.json"),
    }
    return Registry().with_resources(
        (uri, Resource.from_contents(schema, default_specification=DRAFT202012))
        for uri, schema in files.items()
    )


def _pointer(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def response_schema(path: str) -> dict[str, Any]:
    """The official schema of the 200 answer of GET `path` ("/services", "/services/{id}")."""
    return {
        "$ref": f"{OPENAPI}#/paths/{_pointer(path)}/get/responses/200/content/"
        "application~1json/schema"
    }


def validate(path: str, document: Any, schema: dict[str, Any] | None = None) -> None:
    """Raise jsonschema.ValidationError unless `document` is a valid answer of GET `path`
    (or valid against `schema`, resolved in the same registry)."""
    validator = jsonschema.Draft202012Validator(
        schema or response_schema(path),
        registry=registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    validator.validate(document)


def validate_definition(name: str, document: Any) -> None:
    """`document` against definitions/`name` of the service schema ("organization", ...)."""
    validate("", document, {"$ref": f"{SERVICE}#/definitions/{name}"})
