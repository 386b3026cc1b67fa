"""The setup checks that need the sync layer, added to the kiosk's own (`kiosk.checks`).

`run_all_checks(home, settings, engine, network=…)` is what `pitstop doctor` and staff mode's
"Checks" panel run. Without `network` nothing leaves the machine (the panel runs every time the
staff home opens); with it, a kiosk on HTTP sends one real heartbeat (token, kiosk id) and
compares its clock with the server's `Date` header. A shared folder is checked for presence and
write access either way: that a request file would survive the share's own quirks is known only
after a sync cycle.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import os
from collections.abc import Callable
from pathlib import Path

import msgspec
import requests

from kiosk.checks import (
    CHECKS,
    CLOCK_TOLERANCE,
    Check,
    CheckInput,
    Finding,
    FreeBytes,
    check_display,
    check_input,
    finding,
    moment_text,
    run,
)
from kiosk.db.sqlite import SqliteFile
from kiosk.settings import Settings

HTTP_TIMEOUT = 5.0
"""Seconds each network check may wait for the central server (connect and read)."""

ServerClock = Callable[[str, str | bool, float], dt.datetime | None]


def check_delivery(facts: CheckInput) -> list[Finding]:
    """Requests can leave the kiosk: something real is configured (`sync.engine.delivery_problem`
    decides; the finding names the case in words a screen can translate)."""
    from kiosk.checks import demo_destination
    from sync.engine import delivery_problem

    settings = facts.settings
    problem = delivery_problem(settings, facts.home)
    if problem is None:
        return [finding("warning", "sync.off")] if settings.sync.mode == "off" else []
    if settings.sync.mode == "off":
        return [finding("error", "sync.off")]
    if settings.sync.mode == "http" and not settings.sync.url.strip():
        return [finding("error", "sync.no_server")]
    if demo_destination(settings, facts.home):
        return []  # demo mode syncing elsewhere: the kiosk's demo check says it (demo.real_sync)
    if settings.sync.mode == "http" and not settings.sync.token.strip():
        return [finding("error", "sync.no_token")]
    if settings.sync.mode == "folder" and not settings.sync.folder.strip():
        return [finding("error", "sync.no_share")]
    if settings.sync.mode == "folder":
        return [finding("error", "sync.demo_share", settings.sync.folder.strip())]
    return [finding("error", "sync.not_configured", problem)]


def check_share(facts: CheckInput) -> list[Finding]:
    """A configured shared folder is there and writable (the demo share is the kiosk's own)."""
    from sync.engine import share_folder

    settings = facts.settings
    if settings.sync.mode != "folder" or not settings.sync.folder.strip():
        return []
    folder = share_folder(settings, facts.home)
    if not folder.is_dir():
        return [finding("error", "sync.share_missing", folder)]
    if not os.access(folder, os.W_OK | os.X_OK):
        return [finding("error", "sync.share_readonly", folder)]
    return []


def _ca(settings: Settings, home: Path) -> str | bool:
    ca_file = settings.sync.ca_file.strip()
    if not ca_file:
        return True
    path = Path(ca_file).expanduser()
    return str(path if path.is_absolute() else home / path)


def server_date(url: str, verify: str | bool, timeout: float) -> dt.datetime | None:
    """The server's clock (its `Date` header on the health endpoint), or None when it sends none.

    Raises requests.RequestException when the server cannot be reached.
    """
    from sync.protocol import HEALTH_PATH

    with requests.get(
        url.rstrip("/") + HEALTH_PATH, timeout=(timeout, timeout), verify=verify, stream=True
    ) as response:
        header = response.headers.get("Date")
    if not header:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def network_checks(timeout: float = HTTP_TIMEOUT) -> tuple[tuple[str, Check], ...]:
    """The checks that talk to the central server (HTTP mode only), each within `timeout`."""

    def check_server(facts: CheckInput) -> list[Finding]:
        from sync.engine import SyncEngine, make_transport
        from sync.http import TokenRefused
        from sync.transport import Deadline, TransportError

        settings = facts.settings
        if settings.sync.mode != "http" or not settings.sync.url.strip() or facts.engine is None:
            return []
        found: list[Finding] = []
        try:
            server_now = server_date(settings.sync.url, _ca(settings, facts.home), timeout)
        except requests.RequestException as exc:
            return [finding("error", "sync.unreachable", type(exc).__name__)]
        if server_now is not None and abs(server_now - facts.now) > CLOCK_TOLERANCE:
            found.append(
                finding("error", "clock.server", moment_text(facts.now), moment_text(server_now))
            )
        # the heartbeat of a cycle, but with the true time of the last successful one
        engine = SyncEngine(facts.home, settings, facts.engine)
        beat = msgspec.structs.replace(
            engine.heartbeat(facts.now), last_success=engine.state.last_success
        )
        try:
            transport = make_transport(settings, facts.home)
            if transport is None:
                return found
            try:
                transport.report(beat, Deadline(timeout * 2))
            finally:
                transport.close()
        except TransportError as exc:
            key = "sync.token" if isinstance(exc, TokenRefused) else "sync.unreachable"
            found.append(finding("error", key, str(exc)))
            return found
        found.append(finding("ok", "sync.server_ok"))
        return found

    return (("central server", check_server),)


SYNC_CHECKS: tuple[tuple[str, Check], ...] = (
    ("delivery", check_delivery),
    ("shared folder", check_share),
)


def run_all_checks(
    home: Path,
    settings: Settings,
    engine: SqliteFile | None,
    *,
    network: bool,
    display: bool = False,
    now: dt.datetime | None = None,
    free_bytes: FreeBytes | None = None,
    own_pid: int | None = None,
    i18n: Path | None = None,
    timeout: float = HTTP_TIMEOUT,
) -> list[Finding]:
    """Every finding, errors first: the kiosk's checks, the sync layer's, the network's when
    `network`, and whether this shell has a display when `display` (`pitstop doctor`)."""
    facts = check_input(
        home, settings, engine, now=now, free_bytes=free_bytes, own_pid=own_pid, i18n=i18n
    )
    checks = [*CHECKS, *SYNC_CHECKS]
    if network:
        checks.extend(network_checks(timeout))
    if display:
        checks.append(("display", check_display))
    return run(checks, facts)
