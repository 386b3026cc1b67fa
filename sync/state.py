"""The kiosk's sync bookkeeping, kept in `$PITSTOP_HOME/sync-state.json` (atomic writes).

It survives restarts so that a kiosk that was offline for days resumes its backoff, does not
download an unchanged catalogue again, and keeps saying why a catalogue was refused. The file is
read through kiosk.syncstate, the reader the staff home uses too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.fileio import atomic_write_bytes
from kiosk.syncstate import SYNC_STATE_FILE, read_sync_state_data, state_time, sync_state_path

log = logging.getLogger(__name__)
STATE_FILE = SYNC_STATE_FILE


@dataclass
class SyncState:
    last_success: dt.datetime | None = None
    last_attempt: dt.datetime | None = None
    last_error: str = ""
    """Why the last cycle failed, in plain words ("" after a successful cycle)."""
    failures: int = 0
    """Failed cycles in a row (drives the backoff)."""
    next_attempt: dt.datetime | None = None
    etag: str = ""
    """ETag of the last catalogue the server sent (applied, staged or refused)."""
    catalogue_seen: str = ""
    """Checksum of the last catalogue file looked at (applied, staged or refused)."""
    catalogue_problem: str = ""
    """Why the last catalogue looked at was refused ("" when it was fine)."""
    catalogue_fetch_error: str = ""
    """Why the last attempt to fetch the catalogue failed ("" when it got through)."""
    staged_file: str = ""
    staged_checksum: str = ""
    staged_version: str = ""
    staged_source: str = ""


def state_path(home: Path) -> Path:
    return sync_state_path(home)


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def load_state(home: Path) -> SyncState:
    """The saved state; a missing or damaged file gives a fresh state (damage is logged)."""
    path = state_path(home)
    data = read_sync_state_data(home)
    state = SyncState()
    for field in dataclasses.fields(SyncState):
        value = data.get(field.name)
        if value is None:
            continue
        current = getattr(state, field.name)
        try:
            if field.name in {"last_success", "last_attempt", "next_attempt"}:
                setattr(state, field.name, state_time(value))
            elif isinstance(current, int):
                setattr(state, field.name, int(value))
            else:
                setattr(state, field.name, str(value))
        except (TypeError, ValueError):
            log.warning("%s: ignoring the unreadable value of %s", path, field.name)
    return state


def save_state(home: Path, state: SyncState) -> None:
    data = {key: _encode(value) for key, value in dataclasses.asdict(state).items()}
    atomic_write_bytes(state_path(home), json.dumps(data, indent=1).encode("utf-8"))
