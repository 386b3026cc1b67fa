"""Errors, warnings and small helpers shared by the catalogue format readers.

A reader either returns a `Catalogue` (possibly with `CatalogueWarning`s for odd but harmless
data that it repaired) or raises one `CatalogueError` that names the file, the place in it (a JSON
path such as ``contents[2].organization`` or a spreadsheet row such as ``row 4``) and the field.
The messages end up on stderr and in the staff screen, so they are plain sentences. Nothing
here loads pydantic: the running kiosk (sync, staff screens) catches these errors without the
catalogue models (see `kiosk.catalogue.validation` for turning pydantic errors into them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


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


def warn(warnings: list[CatalogueWarning], where: str, field: str | None, message: str) -> None:
    """Record a warning and log it."""
    item = CatalogueWarning(where, field, message)
    log.info("catalogue import warning: %s", item)
    warnings.append(item)
