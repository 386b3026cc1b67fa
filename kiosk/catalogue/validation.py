"""Turning pydantic validation errors of the catalogue models into one clear `CatalogueError`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.catalogue.errors import CatalogueError

M = TypeVar("M", bound=BaseModel)


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
