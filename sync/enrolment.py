"""Apply an enrolment file to a kiosk: check it, test the connection, fetch the real catalogue,
then switch identity, sync, office key and catalogue over in one step.

Order: everything that can fail for a reason outside the kiosk (the file, the server or share,
the token, the catalogue) happens first, in a staging folder inside the data folder, and changes
nothing. Then the commit: `office.pub`, the CA file, `settings.toml` (one save), `enrolment.json`,
the staff setup code and the sync state are written, and the fetched catalogue is imported (one
transaction, in a child process). If the import or any of those writes fails, every file is put
back as it was (a database file the enrolment created is removed), so a failure changes nothing.

It cannot undo a change made meanwhile by another process to the same files, and a running kiosk
watching settings.toml may see the new settings for a moment before a failed import puts the old
ones back. The caller that holds a running kiosk's `SettingsStore` passes it: the store reloads
once everything is committed, and the UI then reloads its catalogue (`app.catalogue_changed()`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__, audit
from kiosk import settings as settings_mod
from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.isolated import ImportSummary, check_file, import_into
from kiosk.enrolment import (
    OFFICE_CA_NAME,
    OFFICE_KEY_NAME,
    Enrolment,
    EnrolmentError,
    FolderSync,
    HttpSync,
    applied_path,
    applied_record,
    read_enrolment,
)
from kiosk.fileio import atomic_write_bytes
from kiosk.paths import database_path, settings_path
from kiosk.settings_store import SettingsStore
from kiosk.text import printable
from sync.protocol import Heartbeat
from sync.state import SyncState, load_state, save_state, state_path
from sync.transport import Deadline, FetchedCatalogue, Transport, TransportError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.intake.store import Resealed

log = logging.getLogger(__name__)

ENROL_DEADLINE = 120.0
"""Seconds the connection test and the catalogue download may take together."""


@dataclass(frozen=True)
class EnrolResult:
    """What was applied, for the command line and the staff screen."""

    kiosk_id: str
    name: str
    mode: str
    where: str
    """The server's address or the share's path."""
    fingerprint: str
    catalogue_version: str
    offerings: int
    staff_code: bool
    """True when the file carried a one-time staff setup code (now stored as a hash)."""

    def summary(self) -> str:
        code = (
            " Staff mode: hold the corner and enter the one-time code from the file."
            if self.staff_code
            else ""
        )
        return (
            f"This kiosk is now {self.kiosk_id} ({self.name}), syncing by {self.mode} with "
            f"{self.where}; office key fingerprint {self.fingerprint}; catalogue "
            f"{self.catalogue_version} ({self.offerings} offerings). Delete the enrolment file.{code}"
        )


def apply_enrolment(
    home: Path,
    file: Path,
    *,
    store: SettingsStore | None = None,
    by: audit.Actor = "cli",
    deadline: float = ENROL_DEADLINE,
) -> EnrolResult:
    """Apply the enrolment file `file` to the kiosk in `home` (see the module docstring).

    Raises EnrolmentError (one sentence) and then nothing has changed. Blocks for up to
    `deadline` seconds of network or share time plus the catalogue check: run it off the GUI
    thread (the writer lane: it imports a catalogue).
    """
    enrolment = read_enrolment(file)
    home.mkdir(parents=True, exist_ok=True)
    before = store.current if store is not None else _current_settings(home)
    after = _settings_for(before, enrolment, file)
    staging = Path(tempfile.mkdtemp(prefix=".enrol-", dir=home))
    try:
        sync = enrolment.sync
        ca_file = ""
        if isinstance(sync, HttpSync) and sync.ca_pem:
            ca_file = str(staging / OFFICE_CA_NAME)
            Path(ca_file).write_text(sync.ca_pem, encoding="utf-8")
        fetched = _test_and_fetch(enrolment.kiosk.id, sync, ca_file, staging, deadline)
        try:
            checked = check_file(fetched.path)
        except CatalogueError as exc:
            raise EnrolmentError(
                f"the catalogue from {fetched.source} is not valid, so nothing changed: "
                f"{printable(exc, limit=300)}"
            ) from None
        imported = _commit(home, enrolment, before, after, fetched, ca_file, by)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if store is not None:
        store.reload()
    where = sync.url if isinstance(sync, HttpSync) else sync.folder
    log.info("enrolled as %s (%s, %s)", enrolment.kiosk.id, after.sync.mode, where)
    return EnrolResult(
        kiosk_id=enrolment.kiosk.id,
        name=enrolment.kiosk.name,
        mode=after.sync.mode,
        where=where,
        fingerprint=enrolment.office_key_fingerprint,
        catalogue_version=imported.version or checked.version,
        offerings=imported.offerings,
        staff_code=enrolment.staff_code is not None,
    )


def _current_settings(home: Path) -> settings_mod.Settings:
    try:
        return settings_mod.load(home)
    except settings_mod.SettingsError as exc:
        raise EnrolmentError(str(exc)) from None


def _settings_for(
    before: settings_mod.Settings, enrolment: Enrolment, file: Path
) -> settings_mod.Settings:
    """The kiosk's settings once enrolled: identity, sync and the office key from the file."""
    kiosk, sync = enrolment.kiosk, enrolment.sync
    http = isinstance(sync, HttpSync)
    values: list[tuple[str, object]] = [
        ("kiosk.id", kiosk.id),
        ("kiosk.name", kiosk.name),
        ("kiosk.venue", kiosk.venue),
        ("kiosk.comune", kiosk.comune),
        ("kiosk.area", kiosk.area),
        ("sync.url", sync.url if isinstance(sync, HttpSync) else ""),
        ("sync.token", sync.token if isinstance(sync, HttpSync) else ""),
        ("sync.ca_file", OFFICE_CA_NAME if isinstance(sync, HttpSync) and sync.ca_pem else ""),
        ("sync.folder", sync.folder if isinstance(sync, FolderSync) else ""),
        ("sync.mode", "http" if http else "folder"),
        ("privacy.central_public_key", OFFICE_KEY_NAME),
    ]
    settings = before
    for key, value in values:
        try:
            settings = settings.with_value(key, value)
        except settings_mod.SettingsError as exc:
            raise EnrolmentError(f"{printable(file)}: {exc}") from None
    return settings


# -- before the commit: nothing on the kiosk changes ---------------------------------------


def _test_and_fetch(
    kiosk_id: str, sync: HttpSync | FolderSync, ca_file: str, staging: Path, seconds: float
) -> FetchedCatalogue:
    """Prove the server or share works for this kiosk, and download its current catalogue."""
    deadline = Deadline(seconds)
    transport: Transport
    if isinstance(sync, HttpSync):
        from sync.http import HttpTransport

        transport = HttpTransport(sync.url, sync.token, ca_file=ca_file)
        where = f"the central server {sync.url}"
    else:
        from sync.folder import FolderTransport

        transport = FolderTransport(Path(sync.folder), kiosk_id)
        where = f"the shared folder {sync.folder}"
    try:
        if isinstance(sync, HttpSync):
            now = dt.datetime.now(dt.UTC)
            beat = Heartbeat(kiosk_id=kiosk_id, app_version=__version__[:40], sent_at=now)
            transport.report(beat, deadline)
        else:
            _check_share(Path(sync.folder), kiosk_id)
        fetched = transport.fetch_catalogue("", "", staging, deadline)
    except TransportError as exc:
        raise EnrolmentError(_explain(exc, kiosk_id)) from None
    finally:
        transport.close()
    if fetched is None:
        raise EnrolmentError(
            f"the office has not published a catalogue yet on {printable(where, limit=200)}, "
            "so nothing changed: publish one, then enrol again"
        )
    return fetched


def _explain(exc: TransportError, kiosk_id: str) -> str:
    from sync.http import TokenRefused

    reason = printable(exc, limit=400)
    if isinstance(exc, TokenRefused) and exc.token_kiosk:
        return (
            f"the token in the enrolment file belongs to kiosk {exc.token_kiosk}, not "
            f"{kiosk_id}: the file was edited or mixed up; ask the office for a new one "
            "(nothing changed)"
        )
    if isinstance(exc, TokenRefused):
        return (
            f"{reason}; the office must issue a new enrolment file "
            "(pitstop central kiosk add … --replace), nothing changed"
        )
    reason = reason.replace(
        "check sync.ca_file",
        "the office puts its CA in the enrolment file (pitstop central kiosk add … --ca-file)",
    )
    return f"cannot enrol, nothing changed: {reason}"


def _check_share(share: Path, kiosk_id: str) -> None:
    """The share exists, is a folder, and this kiosk can write into its own inbox folder there
    (created if missing; never through a symbolic link)."""
    if not share.is_dir():
        raise TransportError(
            f"the shared folder {share} cannot be reached "
            "(is the USB stick or the network share connected?)"
        )
    inbox = share / "inbox" / kiosk_id
    for folder in (share / "inbox", inbox):
        if folder.is_symlink():
            raise TransportError(
                f"{folder} on the shared folder is a symbolic link: requests would go elsewhere; "
                "replace it with a real folder"
            )
    probe = inbox / f".enrol-probe-{uuid.uuid4().hex}.tmp"
    try:
        inbox.mkdir(parents=True, exist_ok=True)
        if inbox.resolve().parent.parent != share.resolve():
            raise TransportError(f"{inbox} leads outside the shared folder {share}")
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            os.write(fd, b"probe")
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
            raise TransportError(
                f"the shared folder {share} is read-only for this kiosk, so requests could not "
                "be delivered"
            ) from None
        raise TransportError(
            f"the shared folder {share} cannot be written ({exc.strerror or exc})"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


# -- the commit: all or nothing ------------------------------------------------------------


def _commit(
    home: Path,
    enrolment: Enrolment,
    before: settings_mod.Settings,
    after: settings_mod.Settings,
    fetched: FetchedCatalogue,
    ca_file: str,
    by: audit.Actor,
) -> ImportSummary:
    from kiosk.db.engine import open_database
    from kiosk.privacy.keys import parse_public_key, write_public_key
    from kiosk.staff.pin import FILE_NAME as STAFF_FILE
    from kiosk.staff.pin import PinStore

    database = database_path(home)
    guarded = [
        settings_path(home),
        home / OFFICE_KEY_NAME,
        home / OFFICE_CA_NAME,
        applied_path(home),
        home / STAFF_FILE,
        state_path(home),
    ]
    saved = {path: _read_or_none(path) for path in guarded}
    created_database = not database.exists()
    old_state = load_state(home)
    now = dt.datetime.now(dt.UTC)
    try:
        write_public_key(home / OFFICE_KEY_NAME, parse_public_key(enrolment.office_public_key, ""))
        if ca_file:
            atomic_write_bytes(home / OFFICE_CA_NAME, Path(ca_file).read_bytes(), mode=0o644)
        settings_mod.save(home, after)
        atomic_write_bytes(applied_path(home), applied_record(enrolment, after, now), mode=0o600)
        if enrolment.staff_code is not None:
            PinStore(home).set_setup_code(enrolment.staff_code)
        state = SyncState(catalogue_seen=fetched.checksum, etag=fetched.etag)
        save_state(home, state)
        engine = open_database(database)
        try:
            resealed = _reseal_demo_requests(home, engine, enrolment)
            try:
                imported = import_into(
                    engine, fetched.path, source=fetched.source, checksum=fetched.checksum
                )
            except BaseException:
                resealed.undo()
                raise
        finally:
            engine.dispose()
    except BaseException as exc:
        _restore(saved)
        if created_database:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, CatalogueError):
            raise EnrolmentError(
                f"the catalogue could not be imported, so nothing changed: {printable(exc, limit=300)}"
            ) from None
        if isinstance(exc, (OSError, ValueError)):
            raise EnrolmentError(
                f"the enrolment could not be saved in {home}, so nothing changed: "
                f"{printable(getattr(exc, 'strerror', None) or exc, limit=300)}"
            ) from None
        raise
    if old_state.staged_file:  # a catalogue staged before enrolment is not the office's
        (home / old_state.staged_file).unlink(missing_ok=True)
    audit.settings_changed(home, by, before, after)
    audit.record(
        home,
        by,
        "enrolment.applied",
        kiosk_id=enrolment.kiosk.id,
        fingerprint=enrolment.office_key_fingerprint,
        catalogue=imported.version,
    )
    return imported


def _reseal_demo_requests(home: Path, engine: Engine, enrolment: Enrolment) -> Resealed:
    """Requests left while in demo mode go to the office, sealed for its key (see
    `kiosk.intake.store.reseal_pending`)."""
    from kiosk.intake.store import Resealed, reseal_pending
    from kiosk.privacy.keys import (
        PRIVATE_KEY_NAME,
        demo_central_dir,
        load_private_key,
        parse_public_key,
    )

    demo_key = demo_central_dir(home) / PRIVATE_KEY_NAME
    if not demo_key.exists():
        return Resealed(engine, [])
    office = parse_public_key(enrolment.office_public_key, "")
    return reseal_pending(engine, load_private_key(demo_key), office, enrolment.kiosk.id)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _restore(saved: dict[Path, bytes | None]) -> None:
    for path, data in saved.items():
        try:
            if data is None:
                path.unlink(missing_ok=True)
            else:
                mode = 0o644 if path.suffix in {".pub", ".pem"} else 0o600
                atomic_write_bytes(path, data, mode=mode)
        except OSError:
            log.exception("enrolment failed and %s could not be put back", path)
