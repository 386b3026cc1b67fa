"""The last catalogue the kiosk refused, kept in the data folder until a catalogue is accepted.

Every way a catalogue arrives (staff importing a file from a USB stick, the shared folder's
`catalogue/`, the central server) records its refusal here, naming the file as the staff or the
office gave it (`catalogo.xlsx`, `catalogue/estate-2027.xlsx`), never the kiosk's own temporary
copy; the staff home and `pitstop staff status` show it. Only the last refusal is kept, and any
accepted catalogue clears it. The file (`catalogue-refusal.json`) holds no parent's data.

What this cannot do: translate the reason. Catalogue errors are English sentences (they name
rows and columns of the file); the staff screen translates the words around them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.catalogue.errors import CatalogueError
from kiosk.fileio import atomic_write_bytes
from kiosk.text import printable

log = logging.getLogger(__name__)

REFUSAL_FILE = "catalogue-refusal.json"
Origin = Literal["usb", "share", "server", "file"]
"""Where the refused catalogue came from: a USB stick, the shared folder, the central server,
or a file given on the command line."""
ORIGINS: tuple[Origin, ...] = ("usb", "share", "server", "file")
ORIGIN_WORDS: dict[Origin, str] = {
    "usb": "USB stick",
    "share": "shared folder",
    "server": "central server",
    "file": "file",
}
"""Where it came from, in English words (the command line; the staff screen translates its own)."""
MAX_NAME = 200
MAX_REASON = 500


@dataclass(frozen=True)
class Refusal:
    source_name: str
    """The file as staff or the office named it (`catalogo.xlsx`, `catalogue/estate-2027.xlsx`)."""
    reason: str
    """One sentence: the row, column and problem (English, from the catalogue reader)."""
    when: dt.datetime
    """When it was refused (UTC, aware)."""
    origin: Origin = "file"

    def as_dict(self) -> dict[str, str]:
        return {
            "source_name": self.source_name,
            "reason": self.reason,
            "when": self.when.isoformat(),
            "origin": self.origin,
        }


def refusal_path(home: Path) -> Path:
    return home / REFUSAL_FILE


def refusal_reason(error: BaseException) -> str:
    """The reason of `error` without the file name (the refusal names the file itself).

    A `CatalogueError` names the file it read, which may be a temporary copy; its row, field and
    message are kept. Any other error is its own sentence.
    """
    if not isinstance(error, CatalogueError):
        return str(error)
    field = f"{error.field_kind} '{error.field}'" if error.field else ""
    place = ", ".join(part for part in (error.where, field) if part)
    message = error.message.rstrip()
    if not message.endswith((".", "!", "?")):
        message += "."
    return f"{place}: {message}" if place else message


def record_refusal(
    home: Path,
    source_name: str,
    reason: str,
    *,
    origin: Origin = "file",
    when: dt.datetime | None = None,
) -> Refusal:
    """Remember that the catalogue `source_name` was refused for `reason` (replaces the last one).

    Never raises for a data folder that cannot be written: the refusal is logged instead (the
    caller is already reporting a failure; a second one must not hide it).
    """
    refusal = Refusal(
        source_name=printable(source_name, limit=MAX_NAME) or "?",
        reason=printable(reason, limit=MAX_REASON),
        when=(when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
        origin=origin,
    )
    data = json.dumps(refusal.as_dict(), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        atomic_write_bytes(refusal_path(home), data + b"\n")
    except OSError as exc:
        log.warning("the catalogue refusal could not be saved in %s: %s", home, exc)
    return refusal


def clear_refusal(home: Path) -> None:
    """A catalogue was accepted: forget the last refusal (nothing to do when there is none)."""
    try:
        refusal_path(home).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the old catalogue refusal could not be removed from %s: %s", home, exc)


def last_refusal(home: Path) -> Refusal | None:
    """The last refusal, or None (none, or a file that cannot be read: logged, never raised)."""
    path = refusal_path(home)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("%s cannot be read: %s", path, exc)
        return None
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        when = dt.datetime.fromisoformat(str(data["when"]))
        origin = str(data.get("origin", "file"))
        return Refusal(
            source_name=printable(data["source_name"], limit=MAX_NAME) or "?",
            reason=printable(data["reason"], limit=MAX_REASON),
            when=when if when.tzinfo else when.replace(tzinfo=dt.UTC),
            origin=origin if origin in ORIGINS else "file",
        )
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("%s is damaged (%s); no catalogue refusal is shown", path, exc)
        return None
