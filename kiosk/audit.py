"""The audit trail: who changed what on this kiosk, and when, as JSON lines in logs/audit.log.

One line per event: ``{"at": ISO-8601 UTC, "by": "staff"|"cli", "event": ..., ...details}``.
Secret settings (`kiosk.settings.SECRET_KEYS`) are written as "(changed)", never their value, and
a PIN never appears in any form: a failed PIN try is recorded without its digits. Each line is one
`write` on a file opened for appending, so concurrent writers do not interleave inside a line.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any, Literal

from kiosk.paths import log_dir
from kiosk.settings import SECRET_KEYS, Settings, all_keys

log = logging.getLogger(__name__)

Actor = Literal["staff", "cli"]
FILE_NAME = "audit.log"
HIDDEN = "(changed)"

_write_lock = threading.Lock()


def audit_path(home: Path) -> Path:
    return log_dir(home) / FILE_NAME


def record(home: Path, by: Actor, event: str, **details: Any) -> None:
    """Append one event; a write failure is logged, not raised: auditing must not stop a kiosk."""
    entry: dict[str, Any] = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "by": by,
        "event": event,
        **details,
    }
    line = (json.dumps(entry, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    try:
        with _write_lock:
            fd = os.open(audit_path(home), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        log.error("cannot write the audit log in %s: %s", home, exc.strerror)


def setting_changed(home: Path, by: Actor, key: str, old: object, new: object) -> None:
    """Record one setting change; for a secret only that it changed (`"value": "(changed)"`)."""
    if old == new:
        return
    if key in SECRET_KEYS:
        record(home, by, "setting.changed", key=key, value=HIDDEN)
    else:
        record(home, by, "setting.changed", key=key, old=old, new=new)


def settings_changed(home: Path, by: Actor, before: Settings, after: Settings) -> list[str]:
    """Record every setting that differs between `before` and `after`; returns their keys."""
    changed = [key for key in all_keys() if before.get(key) != after.get(key)]
    for key in changed:
        setting_changed(home, by, key, before.get(key), after.get(key))
    return changed


def read_events(home: Path, limit: int = 100) -> list[dict[str, Any]]:
    """The last `limit` events, oldest first (damaged lines are skipped)."""
    try:
        lines = audit_path(home).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    events: list[dict[str, Any]] = []
    for line in lines[-limit:]:
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events
