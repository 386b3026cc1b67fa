"""Enrolment files on removable media, for staff mode's "Set up from a USB stick".

The same walk as the catalogue import (`kiosk.staff.media`: the removable-media folders,
depth-limited, hidden entries skipped, symbolic links neither followed nor listed). A file is
listed when its first bytes say it is a Family Pit Stop enrolment (the office's files start with
that `what` field), or when its name says so (`*.enrol.json`, `enrol*.json`, `*.enrol`), so a
damaged one still reaches staff with its one-sentence reason. Nothing here applies a file: that is
`sync.enrolment.apply_enrolment`, which checks it again.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from kiosk.enrolment import MAX_BYTES
from kiosk.staff.media import (
    DEFAULT_ROOTS,
    MAX_DEPTH,
    MediaError,
    MediaFile,
    find_media_files,
    on_media,
)

SUFFIXES = (".json", ".enrol", ".pitstop-enrol")
"""Only these names are opened at all (catalogues, pictures and the rest are never read)."""
MARK = b"Family Pit Stop kiosk enrolment"
SNIFF_BYTES = 512
MAX_FILES = 50


def named_like_enrolment(name: str) -> bool:
    """`legnano.enrol.json`, `enrolment-magenta.json`, `kiosk.enrol`, `x.pitstop-enrol`."""
    lower = name.lower()
    return lower.endswith((".enrol", ".pitstop-enrol", ".enrol.json")) or (
        lower.startswith("enrol") and lower.endswith(".json")
    )


def _says_enrolment(path: Path) -> bool:
    """The file's first bytes carry the enrolment mark (never follows a link, never blocks)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return MARK in os.read(fd, SNIFF_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)


def list_enrolment_files(
    roots: Sequence[Path] = DEFAULT_ROOTS, *, max_depth: int = MAX_DEPTH, limit: int = MAX_FILES
) -> list[MediaFile]:
    """Enrolment files under `roots`, newest first (at most `limit`)."""

    def wanted(path: Path, info: os.stat_result) -> bool:
        if not path.name.lower().endswith(SUFFIXES):
            return False
        if named_like_enrolment(path.name):
            return True
        return info.st_size <= MAX_BYTES and _says_enrolment(path)

    return find_media_files(roots, wanted, max_depth=max_depth, limit=limit)


def check_on_media(path: Path, roots: Sequence[Path] = DEFAULT_ROOTS) -> None:
    """Raise MediaError unless `path` is a regular file that really lies on removable media."""
    if not on_media(path, roots):
        raise MediaError(f"{path} is not a file on a removable drive.")
