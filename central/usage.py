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

Bounds (docs/figures.md, "What the office accepts"): only days from DAYS_BACK days ago to
DAYS_AHEAD day ahead by the server's clock are stored (others are confirmed, so the kiosk wipes
them, and dropped); a `detail` or `category` key that is not an id of the published catalogue
is counted under OTHER_KEY; one heartbeat stores at most MAX_HEARTBEAT_COUNTS counts, whole
days oldest first (the days left out are not confirmed: the kiosk sends them next time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.settings import KIOSK_ID_PATTERN, UI_LANGUAGES
from kiosk.text import printable
from kiosk.usage import metrics
from kiosk.usage.metrics import key_problem
from kiosk.usage.store import MAX_DAYS_SENT, MAX_WORDS_PER_DAY
from sync import protocol as p

if TYPE_CHECKING:
    from central.store import CentralStore

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 1024 * 1024
"""A day file on the share larger than this is refused (2,000 counts take about 150 kB)."""
_DAY_FILE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})\.json")
_KIOSK_ID = re.compile(KIOSK_ID_PATTERN)
_NOFOLLOW = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
DAYS_BACK = 40
"""The oldest day stored: this many days before the server's UTC day."""
DAYS_AHEAD = 1
"""The newest day stored: this many days after the server's UTC day (a kiosk's local day)."""
OTHER_KEY = "other"
"""The key under which `detail` and `category` counts of ids not in the catalogue are summed."""
SHARE_FIRST_DAY = dt.date(2020, 1, 1)
"""The oldest day a day file on a share may hold (the office reads the share when it likes)."""
CATALOGUE_KEYED = frozenset({metrics.DETAIL, metrics.CATEGORY})
REALISTIC_KEYS_PER_DAY = (
    len(metrics.UNKEYED)
    + len(metrics.LENGTH_BUCKETS)
    + len(UI_LANGUAGES)
    + len(metrics.FILTERS)
    + len(metrics.QR_KINDS)
    + MAX_WORDS_PER_DAY
    + 300  # categories and offerings one kiosk opens in a day, with room to spare
)
MAX_HEARTBEAT_COUNTS = MAX_DAYS_SENT * REALISTIC_KEYS_PER_DAY
"""Counts one heartbeat may store (about 16,000): what a kiosk sends, 31 days of realistic keys."""


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


def _rows(
    kiosk_id: str, day: p.DayCounts, catalogue_ids: frozenset[str]
) -> tuple[list[dict[str, object]], int]:
    """The counts of `day` this version keeps, as rows (a `detail` or `category` key that is not
    in `catalogue_ids` summed under OTHER_KEY); and how many it left out or summed."""
    kept: dict[tuple[str, str], int] = {}
    changed = 0
    for c in day.counts:
        if key_problem(c.metric, c.key) is not None:
            changed += 1
            continue
        key = c.key
        if c.metric in CATALOGUE_KEYED and key not in catalogue_ids:
            key, changed = OTHER_KEY, changed + 1
        kept[(c.metric, key)] = min(kept.get((c.metric, key), 0) + c.count, 2**31 - 1)
    rows: list[dict[str, object]] = [
        {"kiosk_id": kiosk_id, "day": day.day, "metric": metric, "key": key, "count": count}
        for (metric, key), count in kept.items()
    ]
    return rows, changed


_ids_cache: tuple[str, frozenset[str]] = ("", frozenset())


def catalogue_ids(store: CentralStore) -> frozenset[str]:
    """The category and offering ids of the newest published catalogue (empty when none is
    published or it cannot be read), read again only when a new one is published."""
    global _ids_cache
    blob = store.current_catalogue()
    if blob is None:
        return frozenset()
    if _ids_cache[0] == blob.etag:
        return _ids_cache[1]
    ids: set[str] = set()
    try:
        document = json.loads(blob.content)
    except ValueError:
        document = None
    if isinstance(document, dict):
        for section in ("categories", "offerings"):
            items = document.get(section)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    ids.add(item["id"])
    _ids_cache = (blob.etag, frozenset(ids))
    return _ids_cache[1]


def store_days(
    store: CentralStore,
    kiosk_id: str,
    days: Sequence[p.DayCounts],
    today: dt.date | None = None,
    *,
    days_back: int = DAYS_BACK,
    limit: int = MAX_HEARTBEAT_COUNTS,
) -> list[dt.date]:
    """Replace `kiosk_id`'s counts of each day in `days` (one transaction); the days done: those
    stored, and those outside `days_back`..DAYS_AHEAD of `today` (the server's UTC day), dropped.
    Whole days are stored oldest first up to `limit` counts; the days after are not done (the
    kiosk sends them again). Call `check` first."""
    from sqlalchemy import delete, insert

    from central.models import UsageCount

    today = today or dt.datetime.now(dt.UTC).date()
    first, last = today - dt.timedelta(days=days_back), today + dt.timedelta(days=DAYS_AHEAD)
    ids = catalogue_ids(store)
    done: list[dt.date] = []
    outside: list[dt.date] = []
    left_out = stored = 0
    with store.writing() as session:
        for day in sorted(days, key=lambda d: d.day):
            if not first <= day.day <= last:
                outside.append(day.day)
                continue
            stored += len(day.counts)
            if stored > limit:
                break
            session.execute(
                delete(UsageCount).where(UsageCount.kiosk_id == kiosk_id, UsageCount.day == day.day)
            )
            rows, changed = _rows(kiosk_id, day, ids)
            left_out += changed
            if rows:
                session.execute(insert(UsageCount), rows)
            done.append(day.day)
    if outside:
        log.warning(
            "kiosk %s: usage counts of %d day(s) outside %s..%s dropped (is its clock right?)",
            printable(kiosk_id),
            len(outside),
            first.isoformat(),
            last.isoformat(),
        )
    if stored > limit:
        log.warning(
            "kiosk %s: usage counts of %d day(s) left for its next heartbeat (more than %d "
            "counts in one)",
            printable(kiosk_id),
            len(days) - len(done) - len(outside),
            limit,
        )
    if left_out:
        log.warning(
            "kiosk %s: %d usage count(s) not stored as sent (unknown metric, a key that breaks "
            "the rules, or an id not in the catalogue counted as %r)",
            printable(kiosk_id),
            left_out,
            OTHER_KEY,
        )
    return sorted(done + outside)


WORD_RETENTION_DAYS = 396
"""Zero-result search words are kept about 13 months (then removed by the server's retention
job): they can be anything a parent typed, a name included; the other counts stay."""


def expire_words(store: CentralStore, today: dt.date | None = None) -> int:
    """Remove the zero-result search words of days more than WORD_RETENTION_DAYS before `today`
    (the server's UTC day); how many rows went."""
    from sqlalchemy import delete

    from central.models import UsageCount

    cutoff = (today or dt.datetime.now(dt.UTC).date()) - dt.timedelta(days=WORD_RETENTION_DAYS)
    with store.writing() as session:
        result = session.execute(
            delete(UsageCount).where(
                UsageCount.metric == metrics.SEARCH_WORD, UsageCount.day < cutoff
            )
        )
    removed = int(getattr(result, "rowcount", 0) or 0)
    if removed:
        log.info("removed %d search-word count(s) of days before %s", removed, cutoff.isoformat())
    return removed


def purge_usage(store: CentralStore, before: dt.date, actor: str, *, dry_run: bool = False) -> int:
    """Remove every usage count of days before `before` (`pitstop central purge --usage-before`),
    audited as "usage.purge" (the day and how many rows, never a count); how many rows (would)
    go."""
    from sqlalchemy import delete, func, select

    from central.audit import record_audit
    from central.models import UsageCount

    with store.writing() as session:
        rows = int(session.scalar(select(func.count()).where(UsageCount.day < before)) or 0)
        if not dry_run and rows:
            session.execute(delete(UsageCount).where(UsageCount.day < before))
            record_audit(session, actor, "usage.purge", before=before.isoformat(), rows=rows)
    return rows


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
    today = dt.datetime.now(dt.UTC).date()
    share_back = (today - SHARE_FIRST_DAY).days
    root = share / "usage"
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        return result
    if not stat.S_ISDIR(info.st_mode):
        result.problems.append(f"{printable(root)} is not a folder: nothing was read")
        return result
    with os.scandir(root) as listing:
        kiosk_entries = sorted(listing, key=lambda e: e.name)
    for kiosk_entry in kiosk_entries:
        shown_kiosk = f"usage/{printable(kiosk_entry.name, limit=80)}"
        if not kiosk_entry.is_dir(follow_symlinks=False):
            result.problems.append(f"{shown_kiosk} is not a kiosk's folder: left out")
            continue
        if _KIOSK_ID.fullmatch(kiosk_entry.name) is None:
            result.problems.append(f"{shown_kiosk} is not named after a kiosk id: left out")
            continue
        with os.scandir(kiosk_entry.path) as listing:
            entries = sorted(listing, key=lambda e: e.name)
        for entry in entries:
            if entry.name.startswith("."):
                continue  # a kiosk's temporary file
            shown = f"{shown_kiosk}/{printable(entry.name, limit=80)}"
            try:
                day = _read_day_file(Path(entry.path), kiosk_entry.name, shown)
                if not SHARE_FIRST_DAY <= day.day <= today + dt.timedelta(days=DAYS_AHEAD):
                    raise UsageError(
                        f"{shown} holds the day {day.day.isoformat()}, outside "
                        f"{SHARE_FIRST_DAY.isoformat()}..tomorrow: left out"
                    )
                store_days(store, kiosk_entry.name, [day], today, days_back=share_back)
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


# -- pitstop central import-usage (registered by central/commands.py) -----------------------


def import_usage_command(args: argparse.Namespace) -> int:
    """`pitstop central import-usage --share DIR`."""
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
