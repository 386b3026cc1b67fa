"""The sync engine (no Qt): one cycle pulls the catalogue if it changed, delivers the outbox in
batches, and reports the kiosk's status; then it says when the next cycle is due.

A new catalogue is downloaded and validated into a staging file; `apply_staged` swaps it in (the
UI calls it when the kiosk returns to the attract screen, `pitstop sync --once` at once). A
catalogue that does not validate is refused: the last good one stays and the status says why.

Delivery is at-least-once, keyed by the request UUID: a request is marked delivered only after
the other side confirmed it (accepted, or already there with the same content). Nothing is ever
dropped; a conflict is kept aside for staff.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import shutil
import stat
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk import __version__
from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.isolated import check_file, import_into
from kiosk.catalogue.refusals import clear_refusal, record_refusal, refusal_reason
from kiosk.db.sqlite import SqliteFile
from kiosk.db.writer import Writes, direct
from kiosk.intake import outbox
from kiosk.settings import Settings
from kiosk.text import printable
from kiosk.usage import store as usage_store
from kiosk.usage.store import HeldDay
from sync.backoff import retry_delay
from sync.protocol import MAX_DISK_FREE_BYTES, DayCounts, Heartbeat, ItemResult, UsageCount
from sync.state import SyncState, load_state, save_state
from sync.transport import (
    TEMP_MAX_AGE,
    CycleStopped,
    Deadline,
    DeadlineExceeded,
    FetchedCatalogue,
    Transport,
    TransportError,
    remove_stale_temporaries,
)

log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]
EVERYTHING = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)
"""A cycle offers every pending request, whatever its own next attempt: a cycle run on demand
(staff pressed "sync now", the stick is back) should not wait for the backoff."""
STAGED_NAME = "catalogue-staged"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class SyncStatus:
    """What the app shows about sync; every text is a plain sentence for staff."""

    mode: str
    ok: bool
    """False when the last cycle failed (see last_error)."""
    last_success: dt.datetime | None
    last_error: str
    pending: int
    conflicts: int
    next_attempt: dt.datetime | None
    catalogue_version: str
    catalogue_problem: str
    """Why the newest catalogue was refused ("" when there is nothing wrong)."""
    staged_version: str
    """A validated catalogue waiting to be applied ("" when none)."""
    delivered: int = 0
    """Requests confirmed in the cycle that produced this status."""

    def summary(self) -> str:
        """One line for a terminal or a staff screen."""
        parts = [f"sync ({self.mode}): " + ("ok" if self.ok else f"failed: {self.last_error}")]
        if self.delivered:
            parts.append(f"{self.delivered} request(s) delivered")
        parts.append(f"{self.pending} waiting")
        if self.conflicts:
            parts.append(f"{self.conflicts} in conflict (see staff screen)")
        if self.catalogue_problem:
            parts.append(self.catalogue_problem)
        if self.staged_version:
            parts.append(f"catalogue {self.staged_version} ready to apply")
        if self.next_attempt is not None:
            parts.append(
                f"next attempt {self.next_attempt.astimezone().strftime('%Y-%m-%d %H:%M:%S')}"
            )
        return printable("; ".join(parts))  # names from a share or a server: no escape codes


def _configured_share(settings: Settings, home: Path) -> Path | None:
    """`sync.folder` as a path (relative ones live in the data folder); None when it is empty."""
    text = settings.sync.folder.strip()
    if not text:
        return None
    folder = Path(text).expanduser()
    return folder if folder.is_absolute() else home / folder


def share_folder(settings: Settings, home: Path) -> Path:
    """The shared folder: `sync.folder`, or the demo share in the data folder when empty."""
    configured = _configured_share(settings, home)
    if configured is not None:
        return configured
    from kiosk.privacy.keys import ensure_demo_central

    return ensure_demo_central(home) / "share"


NO_SHARE = (
    "Requests are kept on this kiosk: no shared folder or central server is set up "
    "(pitstop enrol FILE, or set sync.folder)"
)
NO_SERVER = (
    "Requests are kept on this kiosk: sync.mode is http but sync.url is empty "
    "(pitstop enrol FILE, or set sync.url to the central server's address)"
)
DEMO_SHARE = (
    "Requests are kept on this kiosk: sync.folder is the demo share in the data folder, which "
    "the office never reads (pitstop enrol FILE, or set sync.folder to the real shared folder)"
)
SYNC_OFF = (
    "Requests are kept on this kiosk: sync is off (pitstop enrol FILE, or set sync.mode to "
    "folder or http)"
)
NO_TOKEN = (
    "Requests are kept on this kiosk: sync.token is empty, so the central server would refuse "
    "them (was settings.toml damaged? apply the office's enrolment file again: pitstop enrol FILE)"
)


def demo_elsewhere(where: str) -> str:
    """The sentence for a kiosk in demo mode whose sync points at `where` (not its demo share)."""
    return (
        "Requests are kept on this kiosk: it is in demo mode, so they are sealed with the demo "
        f"key, which the office cannot open, but sync goes to {printable(where, limit=200)} "
        "(apply the office's enrolment file, pitstop enrol FILE: it seals them again for the "
        "office)"
    )


def delivery_problem(settings: Settings, home: Path) -> str | None:
    """Why requests cannot leave this kiosk because nothing real is set up, else None.

    In demo mode only the demo share is a destination: it is the whole demo loop, while requests
    sealed with the demo key and delivered anywhere else would be purged unread (enrolment seals
    them again for the office). With a live office key the demo share (or no share, or an http
    set-up without address or token) is the problem. It looks at settings and paths only (it
    creates nothing, reaches nothing): an unreachable share or server is the cycle's own failure.
    """
    from kiosk.checks import demo_destination
    from kiosk.privacy.keys import demo_central_dir, is_demo_mode

    mode = settings.sync.mode
    demo = is_demo_mode(settings)
    if mode == "off":
        return None if demo else SYNC_OFF
    if mode == "http" and not settings.sync.url.strip():
        return NO_SERVER
    where = demo_destination(settings, home)
    if where:
        return demo_elsewhere(where)
    if demo:
        return None
    if mode == "http":
        return None if settings.sync.token.strip() else NO_TOKEN
    share = _configured_share(settings, home)
    if share is None:
        return NO_SHARE
    if _inside(share, demo_central_dir(home)):
        return DEMO_SHARE
    return None


def _inside(path: Path, folder: Path) -> bool:
    """True when `path` is `folder` or below it, symbolic links resolved."""
    real = Path(os.path.realpath(path))
    return real == Path(os.path.realpath(folder)) or Path(os.path.realpath(folder)) in real.parents


def make_transport(settings: Settings, home: Path) -> Transport | None:
    """The transport of `sync.mode` (None when sync is off); TransportError (one sentence) when
    `delivery_problem` names one: a kiosk with a live key never delivers to the demo share, a
    kiosk in demo mode never delivers anywhere else."""
    mode = settings.sync.mode
    if mode == "off":
        return None
    problem = delivery_problem(settings, home)
    if problem is not None:
        raise TransportError(problem)
    if mode == "folder":
        from sync.folder import FolderTransport

        return FolderTransport(share_folder(settings, home), settings.kiosk.id)
    if mode == "http":
        from sync.http import HttpTransport

        ca_file = settings.sync.ca_file.strip()
        if ca_file:
            path = Path(ca_file).expanduser()
            path = path if path.is_absolute() else home / path
            if not path.is_file():
                raise TransportError(f"sync.ca_file {path} does not exist")
            ca_file = str(path)
        return HttpTransport(
            settings.sync.url,
            settings.sync.token,
            ca_file=ca_file,
            connect_timeout=settings.sync.connect_timeout,
            read_timeout=settings.sync.read_timeout,
        )
    return None


DOWNLOAD_STEM = "catalogue-download"
"""Transports download catalogues into the data folder as `catalogue-download<suffix>`, through
temporary files named by `sync.transport.temp_name(DOWNLOAD_STEM)`."""


def remove_stale_downloads(home: Path) -> None:
    """Remove the downloads a killed kiosk left in `home`: temporary ones whose writer is gone,
    and finished ones older than TEMP_MAX_AGE (a live cycle hands its own over within the hour);
    and the staging folders of a killed enrolment."""
    from sync.enrolment import remove_stale_staging

    remove_stale_temporaries(home, lambda stem: stem == DOWNLOAD_STEM)
    remove_stale_staging(home)  # an enrolment killed mid-way (its own process is gone)
    now = time.time()
    for path in home.glob(f"{DOWNLOAD_STEM}.*"):
        with contextlib.suppress(OSError):
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > TEMP_MAX_AGE:
                path.unlink()


class SyncEngine:
    """Runs sync cycles for one kiosk. Not thread-safe: call it from one worker thread."""

    def __init__(
        self,
        home: Path,
        settings: Settings,
        engine: SqliteFile,
        *,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        transport: Transport | None = None,
        write: Writes = direct,
        stop: threading.Event | None = None,
    ) -> None:
        """`write` runs every database write (the app's single writer thread; the CLI: directly).
        Once `stop` is set, a running cycle ends at its next deadline check (the kiosk closes)."""
        self.home = home
        self._stop = stop
        self._write = write
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.rng = rng or random.Random()
        self._transport = transport
        self.state: SyncState = load_state(home)

    # -- status ---------------------------------------------------------------------------

    def status(self, delivered: int = 0) -> SyncStatus:
        state = self.state
        return SyncStatus(
            mode=self.settings.sync.mode,
            ok=not state.last_error,
            last_success=state.last_success,
            last_error=printable(state.last_error),
            pending=outbox.pending_count(self.engine),
            conflicts=outbox.conflict_count(self.engine),
            next_attempt=state.next_attempt,
            catalogue_version=self._catalogue_meta()[0],
            catalogue_problem=printable(state.catalogue_fetch_error or state.catalogue_problem),
            staged_version=state.staged_version if self._staged_path() else "",
            delivered=delivered,
        )

    def due(self, now: dt.datetime | None = None) -> bool:
        """True when the next cycle should run (always true before the first one)."""
        next_attempt = self.state.next_attempt
        return next_attempt is None or (now or self.clock()) >= next_attempt

    def _demo_catalogue_shown(self) -> bool:
        """The bundled demo catalogue is loaded while the kiosk has an office key."""
        from kiosk.privacy.keys import is_demo_mode

        if is_demo_mode(self.settings):
            return False
        with self.engine.connect() as connection:
            row = connection.execute("SELECT demo FROM catalogue_meta").fetchone()
        return row is not None and bool(row.demo)

    def _catalogue_meta(self) -> tuple[str, str]:
        with self.engine.connect() as connection:
            row = connection.execute("SELECT version, checksum FROM catalogue_meta").fetchone()
        return ("", "") if row is None else (str(row.version), str(row.checksum))

    # -- one cycle ------------------------------------------------------------------------

    def run_once(self) -> SyncStatus:
        """One full cycle now; never raises for network or share trouble (the status says it)."""
        now = self.clock()
        remove_stale_downloads(self.home)
        try:
            problem = delivery_problem(self.settings, self.home) if self._transport else None
            if problem is not None:  # a transport handed in is held to the same rule
                raise TransportError(problem)
            transport = self._transport or make_transport(self.settings, self.home)
        except TransportError as exc:  # a setting that makes the transport unusable
            self._failed(str(exc), None, now)
            save_state(self.home, self.state)
            return self.status()
        if transport is None:
            self.state.last_error = "sync is off (sync.mode = off)"
            self.state.next_attempt = now + dt.timedelta(seconds=self.settings.sync.interval)
            return self.status()
        deadline = Deadline(self.settings.sync.deadline, self._stop)
        self.state.last_attempt = now
        delivered: list[int] = []
        try:
            refused = self._deliver_and_purge(transport, deadline, now, delivered)
            self._pull_catalogue_isolated(transport, deadline)
            self._report(transport, deadline, now)
        except CycleStopped:  # not a failure: the next start runs a cycle at once
            log.info("sync cycle stopped: the kiosk is closing")
            self.state.next_attempt = None
        except TransportError as exc:
            self._failed(str(exc), exc.retry_after, now)
            log.warning("sync failed: %s", exc)
        except Exception as exc:  # bad remote data or a bug: the status says so, the loop lives
            log.exception("sync cycle failed unexpectedly")
            self._failed(
                f"the sync cycle failed unexpectedly ({type(exc).__name__}): {exc}"[:500], None, now
            )
        else:
            self.state.last_success = now
            self.state.last_error = refused
            self.state.failures = 0
            self.state.next_attempt = now + dt.timedelta(seconds=self.settings.sync.interval)
        finally:
            if self._transport is None:
                transport.close()
            save_state(self.home, self.state)
        return self.status(sum(delivered))

    def _deliver_and_purge(
        self, transport: Transport, deadline: Deadline, now: dt.datetime, delivered: list[int]
    ) -> str:
        """Deliver first (requests matter most and are small), then purge what was confirmed,
        whatever happens later in the cycle. Returns why items were refused ("" when none)."""
        refused: list[str] = []
        try:
            self._deliver(transport, deadline, now, delivered, refused)
        finally:  # every cycle: with retention_days, older deliveries fall due later
            retention = self.settings.privacy.retention_days
            self._write(lambda: outbox.purge_delivered(self.engine, retention, now))
        if not refused:
            return ""
        return (
            f"{len(refused)} request(s) were refused by the {transport.name} side and stay "
            f"queued: {refused[0]}"
        )[:500]

    def _pull_catalogue_isolated(self, transport: Transport, deadline: Deadline) -> None:
        """The catalogue step on its own: a failure is the catalogue's problem, not the cycle's
        (the last good catalogue stays); only a spent deadline still stops the cycle."""
        try:
            self._pull_catalogue(transport, deadline)
        except CycleStopped:
            raise  # the kiosk is closing: neither the catalogue's problem nor a status to send
        except TransportError as exc:
            self.state.catalogue_fetch_error = f"the catalogue could not be fetched: {exc}"[:500]
            log.warning("%s", self.state.catalogue_fetch_error)
            if isinstance(exc, DeadlineExceeded):
                raise
        except OSError as exc:  # the data folder (downloads, staging) failed us
            self.state.catalogue_fetch_error = (
                f"the catalogue could not be saved in the data folder ({exc.strerror or exc})"
            )[:500]
            log.warning("%s", self.state.catalogue_fetch_error)
        else:
            self.state.catalogue_fetch_error = ""

    def run_if_due(self) -> SyncStatus | None:
        return self.run_once() if self.due() else None

    def _failed(self, message: str, retry_after: float | None, now: dt.datetime) -> None:
        state = self.state
        state.failures += 1
        state.last_error = message
        delay = retry_delay(
            state.failures,
            max_backoff=self.settings.sync.max_backoff,
            rng=self.rng,
            retry_after=retry_after,
        )
        state.next_attempt = now + dt.timedelta(seconds=delay)
        due = [e.id for e in outbox.pending(self.engine, self.settings.sync.batch_size, EVERYTHING)]
        retry_at = state.next_attempt
        self._write(lambda: outbox.record_failure(self.engine, due, message, retry_at))

    # -- catalogue ------------------------------------------------------------------------

    def _pull_catalogue(self, transport: Transport, deadline: Deadline) -> None:
        state = self.state
        current_version, current_checksum = self._catalogue_meta()
        seen, etag = state.catalogue_seen or current_checksum, state.etag
        if self._demo_catalogue_shown() and not state.catalogue_problem and not self._staged_path():
            # a kiosk with the office's key still shows the demo catalogue (say, an enrolment
            # killed during its import): whatever was seen, the office's catalogue is fetched
            seen, etag = current_checksum, ""
        fetched = transport.fetch_catalogue(seen, etag, self.home, deadline)
        if fetched is None:
            return
        try:
            if fetched.checksum == seen:  # the same bytes again (say, under a new ETag)
                state.etag = fetched.etag
                return
            origin: Literal["share", "server"] = "share" if transport.name == "folder" else "server"
            self._stage(fetched, current_version, current_checksum, origin)
        finally:
            fetched.path.unlink(missing_ok=True)

    def _stage(
        self,
        fetched: FetchedCatalogue,
        current_version: str,
        current_checksum: str,
        origin: Literal["share", "server"] = "share",
    ) -> None:
        state = self.state
        if fetched.checksum in {current_checksum, state.staged_checksum}:
            state.catalogue_seen, state.etag = fetched.checksum, fetched.etag
            state.catalogue_problem = ""
            clear_refusal(self.home)  # the office went back to an accepted catalogue
            return
        name = fetched.name or fetched.version_hint or "catalogue"  # as the office named it
        try:  # in a child process (kiosk.catalogue.isolated); errors name `name`, not the copy
            checked = check_file(fetched.path, name=name)
        except CatalogueError as exc:
            reason = str(exc)
            record_refusal(self.home, name, refusal_reason(exc), origin=origin)
            keeping = f"catalogue {current_version}" if current_version else "no catalogue"
            state.catalogue_problem = (
                f"the new catalogue from {fetched.source} was refused, so the kiosk keeps "
                f"{keeping}: {reason}"
            )[:500]
            log.warning("%s", state.catalogue_problem)
            state.catalogue_seen, state.etag = fetched.checksum, fetched.etag  # reported
            return
        self._discard_staged()
        staged = self.home / f"{STAGED_NAME}{fetched.path.suffix}"
        os.replace(fetched.path, staged)
        state.staged_file = staged.name
        state.staged_checksum = fetched.checksum
        state.staged_version = checked.version
        state.staged_source = fetched.source
        state.catalogue_seen, state.etag = fetched.checksum, fetched.etag  # only once staged
        state.catalogue_problem = ""
        clear_refusal(self.home)
        log.info("catalogue %s from %s staged", checked.version, fetched.source)

    def _staged_path(self) -> Path | None:
        name = self.state.staged_file
        if not name:
            return None
        path = self.home / name
        return path if path.is_file() else None

    def _discard_staged(self) -> None:
        path = self._staged_path()
        if path is not None:
            path.unlink(missing_ok=True)
        self.state.staged_file = self.state.staged_checksum = ""
        self.state.staged_version = self.state.staged_source = ""

    def apply_staged(self) -> bool:
        """Make the staged catalogue the kiosk's (one transaction); False when none is staged."""
        path = self._staged_path()
        if path is None:
            return False
        state = self.state
        try:
            applied = self._write(
                lambda: import_into(
                    self.engine,
                    path,
                    source=state.staged_source,
                    checksum=state.staged_checksum,
                    name=state.staged_source,
                )
            )
        except CatalogueError as exc:  # damaged on local disk since it was staged
            state.catalogue_problem = f"the staged catalogue could not be applied: {exc}"
            record_refusal(self.home, state.staged_source, refusal_reason(exc))
            self._discard_staged()
            save_state(self.home, state)
            return False
        log.info("catalogue %s applied", applied.version)
        self._discard_staged()
        save_state(self.home, state)
        return True

    # -- outbox ---------------------------------------------------------------------------

    def _deliver(
        self,
        transport: Transport,
        deadline: Deadline,
        now: dt.datetime,
        delivered: list[int],
        refused: list[str],
    ) -> None:
        """Offer every pending request once, in batches; counts go into `delivered` and the
        reasons of refused items into `refused` as they settle (a failure keeps them)."""
        tried: set[str] = set()
        while True:
            batch = [
                envelope
                for envelope in outbox.pending(
                    self.engine, self.settings.sync.batch_size, EVERYTHING
                )
                if envelope.id not in tried
            ]
            if not batch:
                return
            tried.update(envelope.id for envelope in batch)
            try:
                results = transport.deliver([(e.id, e.to_json()) for e in batch], deadline)
            except TransportError as exc:
                delivered.append(self._settle(exc.results, transport.name, now, refused))
                raise
            delivered.append(self._settle(results, transport.name, now, refused))

    def _settle(
        self, results: list[ItemResult], via: str, now: dt.datetime, refused: list[str]
    ) -> int:
        """Mark what the other side confirmed. Only a true conflict (same id, other content) is
        set aside; a refused item stays pending with its reason (it may be accepted later, say
        once the server's operator fixed a setting)."""
        done = [str(r.id) for r in results if r.status in {"accepted", "duplicate"}]
        retry_at = now + dt.timedelta(seconds=self.settings.sync.interval)

        rejected = [
            (str(r.id), r.reason or "refused without a reason")
            for r in results
            if r.status == "rejected"
        ]

        def write() -> None:
            outbox.mark_delivered(self.engine, done, via, now)
            for result in results:
                if result.status == "conflict":
                    outbox.mark_conflict(self.engine, str(result.id), result.reason or "conflict")
            for id, reason in rejected:
                outbox.record_failure(self.engine, [id], reason, retry_at)

        self._write(write)
        refused.extend(reason for _, reason in rejected)
        return len(done)

    def _report(self, transport: Transport, deadline: Deadline, now: dt.datetime) -> None:
        """The heartbeat, with the usage counts held (kiosk.usage); the closed days the other
        side confirmed are wiped here, through the writer, if they did not change meanwhile."""
        held = usage_store.held(self.engine)
        confirmed = transport.report(self.heartbeat(now, held), deadline)
        if confirmed:
            today = now.astimezone().date()  # the kiosk's local day, as the tally counts
            self._write(lambda: usage_store.wipe_delivered(self.engine, held, confirmed, today))

    def heartbeat(self, now: dt.datetime, usage: Sequence[HeldDay] = ()) -> Heartbeat:
        version, checksum = self._catalogue_meta()
        return Heartbeat(
            kiosk_id=self.settings.kiosk.id,
            app_version=__version__,
            catalogue_version=version[:100],  # a Struct built in code is not checked
            catalogue_checksum=checksum[:64],
            pending=outbox.pending_count(self.engine),
            conflicts=outbox.conflict_count(self.engine),
            last_success=now,
            last_error=(self.state.catalogue_fetch_error or self.state.catalogue_problem)[:500],
            sent_at=now,
            usage=[
                DayCounts(
                    day=day.day,
                    counts=[UsageCount(metric=m, key=k, count=n) for (m, k), n in day.counts],
                )
                for day in usage
            ],
            disk_free_bytes=self._disk_free(),
        )

    def _disk_free(self) -> int | None:
        """Free bytes on the disk of the data folder (kiosk/checks.py's doctor reads the same),
        None when the system cannot say; this cannot see a quota below the disk's free space."""
        try:
            return min(shutil.disk_usage(self.home).free, MAX_DISK_FREE_BYTES)
        except OSError:
            return None
