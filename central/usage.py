"""The kiosks' usage figures at the office (issue 15): daily counts, stored as the kiosk last
sent them. A day sent again replaces what the office held for that kiosk and day (one
transaction), so delivering at least once counts once.

They arrive with the heartbeat (HTTP: `store_days`, called by the heartbeat handler, whose
answer names the days stored) or as day files on a shared folder, `usage/<kiosk-id>/<day>.json`,
which `pitstop central import-usage --share DIR` reads (`import_share`; run it before a report:
the files stay on the share and reading them again changes nothing). A count whose metric this
version does not know, or whose key breaks the rules of kiosk/usage/metrics.py (a search word
with a digit or an "@"), is not stored. It cannot tell a count a kiosk invented from a real one:
the token (or the share's permissions) is what vouches for the kiosk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import logging
import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.settings import KIOSK_ID_PATTERN
from kiosk.text import printable
from kiosk.usage.metrics import key_problem
from sync import protocol as p

if TYPE_CHECKING:
    from central.store import CentralStore

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 1024 * 1024
"""A day file on the share larger than this is refused (2,000 counts take about 150 kB)."""
_DAY_FILE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})\.json")
_KIOSK_ID = re.compile(KIOSK_ID_PATTERN)
_NOFOLLOW = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


class UsageError(ValueError):
    """Usage counts that break the protocol as a whole; str() is one sentence."""


def check(days: Sequence[p.DayCounts]) -> None:
    """UsageError when a day comes twice, or a (metric, key) twice within a day."""
    seen: set[dt.date] = set()
    for day in days:
        if day.day in seen:
            raise UsageError(f"usage: the day {day.day.isoformat()} comes twice")
        seen.add(day.day)
        keys: set[tuple[str, str]] = set()
        for count in day.counts:
            pair = (count.metric, count.key)
            if pair in keys:
                raise UsageError(
                    f"usage: {day.day.isoformat()} holds {printable(count.metric, limit=40)} "
                    f"with the key {printable(count.key, limit=60)!r} twice"
                )
            keys.add(pair)


def _rows(kiosk_id: str, day: p.DayCounts) -> tuple[list[dict[str, object]], int]:
    """The counts of `day` this version keeps, as rows; and how many it left out."""
    rows = [
        {"kiosk_id": kiosk_id, "day": day.day, "metric": c.metric, "key": c.key, "count": c.count}
        for c in day.counts
        if key_problem(c.metric, c.key) is None
    ]
    return rows, len(day.counts) - len(rows)


def store_days(store: CentralStore, kiosk_id: str, days: Sequence[p.DayCounts]) -> list[dt.date]:
    """Replace `kiosk_id`'s counts of each day in `days` (one transaction); the days stored.
    Call `check` first."""
    from sqlalchemy import delete, insert

    from central.models import UsageCount

    left_out = 0
    with store.writing() as session:
        for day in days:
            session.execute(
                delete(UsageCount).where(UsageCount.kiosk_id == kiosk_id, UsageCount.day == day.day)
            )
            rows, dropped = _rows(kiosk_id, day)
            left_out += dropped
            if rows:
                session.execute(insert(UsageCount), rows)
    if left_out:
        log.warning(
            "kiosk %s: %d usage count(s) not stored (unknown metric or a key that breaks the "
            "rules)",
            printable(kiosk_id),
            left_out,
        )
    return [day.day for day in days]


def held(
    store: CentralStore, kiosk_id: str | None = None
) -> dict[tuple[str, dt.date], dict[tuple[str, str], int]]:
    """What the office holds: {(kiosk, day): {(metric, key): count}} (for reports and tests)."""
    from sqlalchemy import select

    from central.models import UsageCount

    query = select(UsageCount)
    if kiosk_id is not None:
        query = query.where(UsageCount.kiosk_id == kiosk_id)
    found: dict[tuple[str, dt.date], dict[tuple[str, str], int]] = {}
    with store.sessions() as session:
        for row in session.scalars(query):
            found.setdefault((row.kiosk_id, row.day), {})[(row.metric, row.key)] = row.count
    return found


# -- the shared folder -----------------------------------------------------------------------


@dataclass
class ShareImport:
    files: int = 0
    """Day files read and stored."""
    problems: list[str] = field(default_factory=list)
    """One sentence per file (or folder) left out, naming it."""


def import_share(store: CentralStore, share: Path) -> ShareImport:
    """Store every day file under `share`/usage/ (replacing what the office held for that kiosk
    and day). Nothing on the share is followed through a link, changed or removed; a file that
    is not a day file of its folder's kiosk is named in `problems` and left out."""
    result = ShareImport()
    root = share / "usage"
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        return result
    if not stat.S_ISDIR(info.st_mode):
        result.problems.append(f"{printable(root)} is not a folder: nothing was read")
        return result
    for kiosk_entry in sorted(os.scandir(root), key=lambda e: e.name):
        shown_kiosk = f"usage/{printable(kiosk_entry.name, limit=80)}"
        if not kiosk_entry.is_dir(follow_symlinks=False):
            result.problems.append(f"{shown_kiosk} is not a kiosk's folder: left out")
            continue
        if _KIOSK_ID.fullmatch(kiosk_entry.name) is None:
            result.problems.append(f"{shown_kiosk} is not named after a kiosk id: left out")
            continue
        for entry in sorted(os.scandir(kiosk_entry.path), key=lambda e: e.name):
            if entry.name.startswith("."):
                continue  # a kiosk's temporary file
            shown = f"{shown_kiosk}/{printable(entry.name, limit=80)}"
            try:
                day = _read_day_file(Path(entry.path), kiosk_entry.name, shown)
                store_days(store, kiosk_entry.name, [day])
            except UsageError as exc:
                result.problems.append(str(exc))
                continue
            result.files += 1
    return result


def _read_day_file(path: Path, kiosk_id: str, shown: str) -> p.DayCounts:
    match = _DAY_FILE.fullmatch(path.name)
    if match is None:
        raise UsageError(f"{shown} is not named like a day file (2026-12-01.json): left out")
    try:
        fd = os.open(path, _NOFOLLOW)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(
                f"{shown} is a symbolic link, which is never followed: left out"
            ) from None
        raise UsageError(
            f"{shown} cannot be read ({printable(exc.strerror or exc)}): left out"
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"{shown} is not a regular file: left out")
        if info.st_size > MAX_FILE_BYTES:
            raise UsageError(f"{shown} is larger than {MAX_FILE_BYTES} bytes: left out")
        data = os.read(fd, MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    try:
        document = p.decode(p.UsageFile, data, strict=True)
    except p.ProtocolError as exc:
        raise UsageError(
            f"{shown} is not a usage day file ({printable(exc, limit=200)}): left out"
        ) from None
    if document.kiosk_id != kiosk_id:
        raise UsageError(
            f"{shown} names the kiosk {printable(document.kiosk_id)}, not {kiosk_id}: left out"
        )
    if document.day.isoformat() != match[1]:
        raise UsageError(
            f"{shown} holds the day {document.day.isoformat()}, not its name's: left out"
        )
    day = p.DayCounts(day=document.day, counts=document.counts)
    check([day])
    return day


# -- pitstop central import-usage -----------------------------------------------------------


def register_commands(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`pitstop central import-usage --share DIR`."""
    command = actions.add_parser(
        "import-usage",
        help="store the usage counts kiosks left on a shared folder (usage/<kiosk>/<day>.json)",
    )
    command.add_argument("--db", default=argparse.SUPPRESS, help="database URL")
    command.add_argument("--share", type=Path, required=True, help="the shared folder")
    command.set_defaults(handler=_import_usage)


def _import_usage(args: argparse.Namespace) -> int:
    from central.commands import _error, _store

    share: Path = args.share
    if not share.is_dir():
        raise _error(f"the shared folder {printable(share)} cannot be reached (is it mounted?)")
    store = _store(args)
    try:
        result = import_share(store, share)
    finally:
        store.close()
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(f"{result.files} day file(s) of usage counts stored from {printable(share)}.")
    return 1 if result.problems else 0
