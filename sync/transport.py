"""What the engine needs from a transport (shared folder or HTTP), and how transports fail.

A transport never touches the kiosk database: it fetches catalogue files into the data folder,
hands envelopes over and reports results; the engine decides what to mark in the outbox.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sync.protocol import Heartbeat, ItemResult


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


class Deadline:
    """The end of a cycle on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; DeadlineExceeded when none are."""
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

    def report(self, beat: Heartbeat, deadline: Deadline) -> None:
        """Publish the kiosk's status (heartbeat or status file)."""

    def close(self) -> None: ...
