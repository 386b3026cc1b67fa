"""What the engine needs from a transport (shared folder or HTTP), and how transports fail.

A transport never touches the kiosk database: it fetches catalogue files into the data folder,
hands envelopes over and reports results; the engine decides what to mark in the outbox.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.catalogue.limits import MAX_CATALOGUE_BYTES as MAX_CATALOGUE_BYTES  # for transports
from sync.protocol import Heartbeat, ItemResult

TEMP_MAX_AGE = 2 * 3600.0
"""Seconds after which a temporary file of ours is stale whoever wrote it (a cycle lasts at most
an hour, `sync.deadline` <= 3600)."""
_TEMP = re.compile(r"\.(?P<stem>.+)\.(?P<pid>[0-9]{1,10})\.[0-9a-f]{8}\.tmp")


class TransportError(Exception):
    """The other side could not be reached or refused the cycle; str() is one plain sentence.

    `results` holds the items that were settled before the failure (they still count);
    `retry_after` is the server's Retry-After in seconds, when it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        results: list[ItemResult] | None = None,
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.results = results or []


class DeadlineExceeded(TransportError):
    """The cycle took longer than `sync.deadline`."""


STOP_POLL = 0.1
"""Seconds between two looks at the kiosk's stop request while a call waits."""


class CycleStopped(TransportError):
    """The kiosk is closing: the cycle stopped at its next check (it runs again at the next
    start; what was delivered and not yet purged is delivered again, and counted once)."""


class Deadline:
    """The end of a cycle on the monotonic clock, and the kiosk's request to stop it sooner."""

    def __init__(self, seconds: float, stop: threading.Event | None = None) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self._stop = stop

    def stop_asked(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    def call_when_over(self, action: Callable[[], None]) -> Callable[[], None]:
        """Run `action` on a helper thread once the deadline passes or a stop is asked (to cut
        a blocking read short). The function returned calls it off and waits for the helper,
        so that no thread of a finished call is left running."""
        finished = threading.Event()

        def watch() -> None:
            while True:
                wait = self.end - time.monotonic()
                if self._stop is not None:
                    wait = min(wait, STOP_POLL)
                if finished.wait(max(0.0, wait)):
                    return
                if self.stop_asked() or time.monotonic() >= self.end:
                    action()
                    return

        helper = threading.Thread(target=watch, name="sync-deadline", daemon=True)
        helper.start()

        def call_off() -> None:
            finished.set()
            helper.join()

        return call_off

    def remaining(self) -> float:
        """Seconds left; DeadlineExceeded when none are, CycleStopped once a stop is asked."""
        if self.stop_asked():
            raise CycleStopped("the kiosk closed during the sync cycle; it runs again at start")
        left = self.end - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(
                f"the sync cycle took longer than its {self.seconds:g} s limit and was stopped"
            )
        return left


@dataclass
class FetchedCatalogue:
    """A catalogue file that differs from the last one seen, downloaded into the data folder."""

    path: Path
    checksum: str
    source: str
    """Where it came from, in words for the status ("catalogo.xlsx on the share", "the server")."""
    etag: str = ""
    version_hint: str = ""
    name: str = ""
    """The file as the office named it ("catalogue/estate-2027.xlsx"); "" when it has none."""


class Transport(Protocol):
    name: str

    def fetch_catalogue(
        self, seen_checksum: str, etag: str, dest: Path, deadline: Deadline
    ) -> FetchedCatalogue | None:
        """A catalogue newer than the one seen, or None when it is unchanged (or there is none)."""

    def deliver(self, payloads: list[tuple[str, bytes]], deadline: Deadline) -> list[ItemResult]:
        """Hand over `(id, envelope json)` pairs; one result per item settled."""

    def report(self, beat: Heartbeat, deadline: Deadline) -> frozenset[dt.date]:
        """Publish the kiosk's status (heartbeat or status file) and its usage counts; the days
        of `beat.usage` the other side confirmed it holds."""

    def close(self) -> None: ...


def temp_name(stem: str) -> str:
    """A temporary file name for `stem` that says which process writes it (see
    `remove_stale_temporaries`): `.<stem>.<pid>.<8 hex>.tmp`."""
    return f".{stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def remove_stale_temporaries(folder: Path | int, ours: Callable[[str], bool]) -> int:
    """Remove the temporary files in `folder` (a path or a directory fd) that a killed process
    left: named by `temp_name` for a stem `ours` accepts, written by a process that is gone (or
    older than TEMP_MAX_AGE). Never follows links, never raises; returns how many went.

    It cannot tell a pid reused by an unrelated process from the writer: such a file waits for
    TEMP_MAX_AGE.
    """
    removed = 0
    try:
        fd = folder if isinstance(folder, int) else os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return 0
    try:
        with os.scandir(fd) as entries:
            names = [entry.name for entry in entries]
        now = time.time()
        for name in names:
            match = _TEMP.fullmatch(name)
            if match is None or not ours(match["stem"]):
                continue
            with contextlib.suppress(OSError):
                info = os.stat(name, dir_fd=fd, follow_symlinks=False)
                if not stat.S_ISREG(info.st_mode):
                    continue
                if process_alive(int(match["pid"])) and now - info.st_mtime < TEMP_MAX_AGE:
                    continue
                os.unlink(name, dir_fd=fd)
                removed += 1
    except OSError:
        pass
    finally:
        if not isinstance(folder, int):
            os.close(fd)
    return removed


def process_alive(pid: int) -> bool:
    """True when a process `pid` exists on this machine (this one included)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
