"""The facts the staff home shows: identity, versions, catalogue, sync, queue size, disk, uptime.

Everything here is safe to show on a public screen: the waiting requests are a count, never their
content. Every source is optional — a missing sync-state.json (no sync yet), a database that
cannot be read or an unreadable disk give "unknown" (None), not an error, so the staff home always
opens.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.catalogue.refusals import Refusal, last_refusal
from kiosk.db.sqlite import SqliteFile
from kiosk.intake import outbox
from kiosk.privacy.keys import KeyFileError, describe_key_file, is_demo_mode, public_key_path
from kiosk.settings import Settings
from kiosk.syncstate import SyncFacts, read_sync_state

log = logging.getLogger(__name__)

PROCESS_STARTED = time.time()


@dataclass(frozen=True)
class StaffStatus:
    kiosk_id: str
    kiosk_name: str
    venue: str
    app_version: str
    demo_mode: bool
    """No central public key configured: requests are sealed with a local demo key."""
    office_key_fingerprint: str | None
    """The fingerprint of the office key requests are sealed with, for staff to read to the
    office over the phone (None in demo mode, or when the key file cannot be read)."""
    catalogue_version: str | None
    catalogue_updated_at: str | None
    catalogue_demo: bool
    sync_mode: str
    sync: SyncFacts
    requests_waiting: int | None
    requests_in_conflict: int | None
    """Requests the central side holds different content for: never retried by sync; staff
    export them to a USB stick for hand delivery. A count only."""
    disk_free_bytes: int | None
    uptime_seconds: float
    catalogue_refusal: Refusal | None = None
    """The last catalogue refused (USB, share, server), until a catalogue is accepted."""

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["sync"] = dict(self.sync.__dict__)
        refusal = self.catalogue_refusal
        data["catalogue_refusal"] = None if refusal is None else refusal.as_dict()
        return data


def _count(counter: Callable[[SqliteFile], int], engine: SqliteFile) -> int | None:
    """A count from the outbox API, or None when the database cannot be read just now."""
    try:
        return counter(engine)
    except sqlite3.Error as exc:
        log.warning("cannot count the requests: %s", exc.__class__.__name__)
        return None


def office_fingerprint(settings: Settings, home: Path) -> str | None:
    """The configured office key's fingerprint; None in demo mode or for an unusable key file."""
    if is_demo_mode(settings):
        return None
    try:
        info = describe_key_file(public_key_path(settings, home))
    except (KeyFileError, ValueError):
        return None
    return info.fingerprint if info.kind == "public" else None


def disk_free(home: Path) -> int | None:
    try:
        return shutil.disk_usage(home).free
    except OSError:
        return None


def collect(
    home: Path,
    settings: Settings,
    engine: SqliteFile,
    *,
    started_at: float = PROCESS_STARTED,
    now: float | None = None,
) -> StaffStatus:
    """Gather every fact of the staff home (a few small reads: call it off the GUI thread)."""
    with engine.connect() as connection:
        row = connection.execute("SELECT version, updated_at, demo FROM catalogue_meta").fetchone()
    return StaffStatus(
        kiosk_id=settings.kiosk.id,
        kiosk_name=settings.kiosk.name,
        venue=settings.kiosk.venue,
        app_version=__version__,
        demo_mode=is_demo_mode(settings),
        office_key_fingerprint=office_fingerprint(settings, home),
        catalogue_version=row.version if row else None,
        catalogue_updated_at=row.updated_at if row else None,
        catalogue_demo=bool(row.demo) if row else False,
        sync_mode=settings.sync.mode,
        sync=read_sync_state(home),
        requests_waiting=_count(outbox.pending_count, engine),
        requests_in_conflict=_count(outbox.conflict_count, engine),
        disk_free_bytes=disk_free(home),
        uptime_seconds=max(0.0, (time.time() if now is None else now) - started_at),
        catalogue_refusal=last_refusal(home),
    )


def format_duration(seconds: float) -> str:
    """'3 d 4 h', '2 h 5 min', '7 min' — short, language-neutral."""
    minutes = int(seconds // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


def format_bytes(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024:
            return f"{value:.0f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def parse_time(value: str | None) -> dt.datetime | None:
    """An ISO 8601 string from the sync state or the catalogue, or None."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
