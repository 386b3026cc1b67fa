"""Names for the ids in a contact request (comuni, periods), for the office's table.

A request carries only ids (`legnano`, `natale-2026`); the names live in the catalogue the office
published. The office PC may have no kiosk database, so names come from a catalogue file (the one
given with `--catalogue`, the newest in the share's `catalogue/` folder, or the central server's
published one). Without one, the table shows ids only: a missing or unreadable catalogue never
stops a table from being written. Needs have a fixed list (`NEED_LABELS` in kiosk.intake.inbox).
The catalogue is parsed in this process, so a file over MAX_NAMES_BYTES is not read (the table
shows ids; a parsed catalogue takes several times its size in memory). This cannot name a comune
or period that the catalogue no longer lists (an old request): its id is shown instead.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.catalogue.files import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from kiosk.catalogue import schema as s


@dataclass(frozen=True)
class Names:
    """Italian names by id; empty mappings when no catalogue was available."""

    comuni: Mapping[str, str] = field(default_factory=dict)
    periods: Mapping[str, str] = field(default_factory=dict)
    source: str = ""
    """Where the names came from (a file name, "central"), "" for none."""


def names_from_catalogue(catalogue: s.Catalogue, source: str = "") -> Names:
    """The comune and period names of `catalogue` (Italian, else the first language given)."""
    periods: dict[str, str] = {}
    for period in catalogue.periods:
        texts = period.name
        periods[period.id] = texts.get("it") or next(iter(texts.values()), period.id)
    return Names({c.id: c.name for c in catalogue.comuni}, periods, source)


MAX_NAMES_BYTES = 20 * 1024 * 1024
"""The largest catalogue read for names (real ones are a few MB)."""


def _too_big(size: int) -> str:
    return (
        f"is {size / 2**20:.0f} MB, more than the {MAX_NAMES_BYTES // 2**20} MB read for comune "
        "and period names"
    )


def load_names(path: Path) -> Names:
    """Names from a catalogue file of any supported format; CatalogueError when unusable or
    larger than MAX_NAMES_BYTES."""
    from kiosk.catalogue.errors import CatalogueError
    from kiosk.catalogue.importer import load_file

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CatalogueError(str(path), "", None, f"cannot be read ({exc.strerror})") from None
    if size > MAX_NAMES_BYTES:
        raise CatalogueError(str(path), "", None, _too_big(size))
    return names_from_catalogue(load_file(path).catalogue, path.name)


def names_from_json(content: bytes, source: str) -> Names:
    """Names from our catalogue JSON (the central server's published copy); ValueError if bad
    or larger than MAX_NAMES_BYTES."""
    from pydantic import ValidationError

    from kiosk.catalogue import schema as s

    if len(content) > MAX_NAMES_BYTES:
        raise ValueError(f"{source}: the published catalogue {_too_big(len(content))}")
    try:
        catalogue = s.Catalogue.model_validate_json(content)
    except ValidationError:
        raise ValueError(f"{source}: the published catalogue cannot be read") from None
    return names_from_catalogue(catalogue, source)


def share_catalogue(share: Path) -> Path | None:
    """The newest catalogue file in `share`/catalogue (the one kiosks take), or None.

    Symbolic links and anything but regular files are ignored.
    """
    folder = share / "catalogue"
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return None
    best: tuple[float, str] | None = None
    for entry in entries:
        if entry.name.startswith(".") or Path(entry.name).suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and (best is None or (info.st_mtime, entry.name) > best):
            best = (info.st_mtime, entry.name)
    return None if best is None else folder / best[1]
