"""sync-state.json, the sync engine's bookkeeping in the data folder: its name and its one reader.

The sync engine (sync/state.py) writes the file and loads it back through `read_sync_state_data`
and `state_time`; the staff home shows three of its fields through `read_sync_state`. Both live
here because kiosk/ may not import sync/. A missing file, a damaged one or JSON that is not an
object reads as empty: nothing known, never an error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SYNC_STATE_FILE = "sync-state.json"


@dataclass(frozen=True)
class SyncFacts:
    """What the staff home shows of the sync state (None: not known)."""

    last_success: str | None = None
    """ISO 8601 time of the last complete cycle (with its UTC offset)."""
    last_error: str | None = None
    """The last failure in plain words (None: the last cycle went well or none ran)."""
    last_attempt: str | None = None


def sync_state_path(home: Path) -> Path:
    return home / SYNC_STATE_FILE


def read_sync_state_data(home: Path) -> dict[str, Any]:
    """The JSON object in the file, or {} (a damaged file is logged)."""
    path = sync_state_path(home)
    try:
        data = json.loads(path.read_bytes())  # bytes: a UTF-8 BOM left by an editor is fine
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read (%s); nothing is known of the last sync", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def state_time(value: object) -> dt.datetime:
    """A time field of the file; one without a UTC offset is UTC. Raises ValueError."""
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def read_sync_state(home: Path) -> SyncFacts:
    """The facts the staff home shows, read as the sync engine reads them.

    A time the engine would ignore as unreadable is not known here either; "" is not known.
    """
    data = read_sync_state_data(home)

    def time(name: str) -> str | None:
        try:
            return state_time(data[name]).isoformat() if data.get(name) else None
        except ValueError:
            return None

    error = data.get("last_error")
    return SyncFacts(
        last_success=time("last_success"),
        last_error=str(error) if error not in (None, "") else None,
        last_attempt=time("last_attempt"),
    )
