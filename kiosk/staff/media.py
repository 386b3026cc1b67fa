"""Removable media for staff: catalogue files to import, and places to export waiting requests to.

Staff never see a system file dialog: the staff home lists the `.json`, `.csv` and `.xlsx` files
found under the removable-media folders (/media, /run/media, /mnt by default; tests pass their own
"USB" folder). The walk is depth-limited, skips hidden entries, and never follows a symbolic link,
so a crafted stick cannot point the kiosk at its own data folder or the rest of the system.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk import audit
from kiosk.catalogue.files import SUPPORTED_SUFFIXES
from kiosk.catalogue.isolated import ImportSummary, import_into
from kiosk.catalogue.refusals import clear_refusal, record_refusal, refusal_reason
from kiosk.db.sqlite import SqliteFile
from kiosk.intake.outbox import export_pending

log = logging.getLogger(__name__)

DEFAULT_ROOTS: tuple[Path, ...] = (Path("/media"), Path("/run/media"), Path("/mnt"))
MAX_DEPTH = 4
"""Folder levels below a root that are searched (/media/<user>/<stick>/<folder>/<file>)."""
MAX_FILES = 200


class MediaError(OSError):
    """A removable-media action that cannot be done; str() is one clear sentence."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "removable media error"


@dataclass(frozen=True)
class MediaFile:
    path: Path
    root: Path
    size: int
    modified: dt.datetime

    @property
    def label(self) -> str:
        """The path as staff recognise it: relative to the media root."""
        return str(self.path.relative_to(self.root))


def _walk(root: Path, max_depth: int) -> Iterable[tuple[Path, os.stat_result]]:
    """Regular files under `root` (lstat: links are neither followed nor listed)."""
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue  # unreadable folder, stick pulled mid-walk
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):
                if depth < max_depth:
                    stack.append((Path(entry.path), depth + 1))
            elif stat.S_ISREG(info.st_mode):
                yield Path(entry.path), info


def find_media_files(
    roots: Sequence[Path],
    wanted: Callable[[Path, os.stat_result], bool],
    *,
    max_depth: int = MAX_DEPTH,
    limit: int = MAX_FILES,
) -> list[MediaFile]:
    """The regular files under `roots` that `wanted` accepts, newest first (at most `limit`):
    depth-limited, hidden entries skipped, links neither followed nor listed; a root that is a
    link or not a folder is skipped."""
    found: list[MediaFile] = []
    for root in roots:
        if not root.is_dir() or root.is_symlink():
            continue
        for path, info in _walk(root, max_depth):
            if wanted(path, info):
                modified = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
                found.append(MediaFile(path, root, info.st_size, modified))
                if len(found) >= limit * 4:
                    break
    found.sort(key=lambda f: f.modified, reverse=True)
    return found[:limit]


def list_catalogue_files(
    roots: Sequence[Path] = DEFAULT_ROOTS, *, max_depth: int = MAX_DEPTH, limit: int = MAX_FILES
) -> list[MediaFile]:
    """Importable files under `roots`, newest first (at most `limit`)."""
    return find_media_files(
        roots,
        lambda path, _info: path.suffix.lower() in SUPPORTED_SUFFIXES,
        max_depth=max_depth,
        limit=limit,
    )


def list_export_targets(roots: Sequence[Path] = DEFAULT_ROOTS) -> list[Path]:
    """Writable places for an export: mount points up to two levels below each root.

    A root that is not one of the system defaults (a folder chosen in the settings, a test's
    "USB" folder) is itself a target.
    """
    targets: list[Path] = []
    for root in roots:
        if not root.is_dir() or root.is_symlink():
            continue
        if root not in DEFAULT_ROOTS or os.path.ismount(root):
            targets.append(root)
        for child in _subfolders(root):
            if os.path.ismount(child):
                targets.append(child)
            else:
                targets.extend(c for c in _subfolders(child) if os.path.ismount(c))
    return [t for t in dict.fromkeys(targets) if os.access(t, os.W_OK)]


def _subfolders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as listing:
            return sorted(
                Path(e.path)
                for e in listing
                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
            )
    except OSError:
        return []


def on_media(path: Path, roots: Sequence[Path]) -> bool:
    """`path` is a regular file, not a link, that really lies inside one of `roots`."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        resolved = path.resolve(strict=True)
    except OSError:
        return False
    return any(resolved.is_relative_to(root.resolve()) for root in roots if root.is_dir())


def import_catalogue(
    engine: SqliteFile, home: Path, path: Path, roots: Sequence[Path] = DEFAULT_ROOTS
) -> ImportSummary:
    """Import `path` (a file listed by `list_catalogue_files`) and record it in the audit log.

    Raises MediaError for a file outside the media folders, CatalogueError for a bad file (the
    current catalogue then stays as it was).
    """
    if not on_media(path, roots):
        raise MediaError(f"{path} is not a file on a removable drive.")
    try:
        summary = import_into(engine, path, name=path.name)
    except Exception as exc:
        audit.record(home, "staff", "catalogue.import_failed", file=path.name, reason=str(exc))
        record_refusal(home, path.name, refusal_reason(exc), origin="usb")
        raise
    clear_refusal(home)
    audit.record(
        home,
        "staff",
        "catalogue.imported",
        file=path.name,
        version=summary.version,
        offerings=summary.offerings,
        format=summary.format,
    )
    log.info("catalogue imported from removable media: %s", path.name)
    return summary


EXPORT_FOLDER = "pitstop-requests"


def export_waiting_requests(engine: SqliteFile, home: Path, target: Path, kiosk_id: str) -> int:
    """Copy the undelivered sealed requests (pending and in conflict) to
    `target`/pitstop-requests/<kiosk id>/; returns how many.

    The files stay sealed (only the central office's private key opens them): the coordinator
    reads the stick with `pitstop inbox open --share <stick>`. The requests stay waiting on the
    kiosk too; the central side stores each one once, however it arrives.
    """
    if not target.is_dir():
        raise MediaError(f"{target} is not available; is the USB stick plugged in?")
    folder = target / EXPORT_FOLDER / kiosk_id
    try:
        count = export_pending(engine, folder)
    except OSError as exc:
        audit.record(home, "staff", "requests.export_failed", folder=str(target), reason=str(exc))
        raise MediaError(f"Could not write to {target}: {exc.strerror or exc}.") from None
    audit.record(home, "staff", "requests.exported", folder=str(target), count=count)
    log.info("%d waiting request(s) exported to removable media", count)
    return count
