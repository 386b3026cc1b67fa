"""Apply an enrolment file to a kiosk: check it, test the connection, fetch the real catalogue,
then switch identity, sync, office key and catalogue over in one step.

Order: everything that can fail for a reason outside the kiosk (the file, the server or share,
the token, the catalogue) happens first, in a staging folder inside the data folder, and changes
nothing. Then the commit: `office.pub`, the CA file, `settings.toml` (one save), `enrolment.json`,
the staff setup code and the sync state are written, and the fetched catalogue is imported (one
transaction, in a child process). If the import or any of those writes fails, every file is put
back as it was (a database file the enrolment created is removed), so a failure changes nothing.

The sync state is written before the import with nothing marked as seen, so a kiosk killed during
the import (a power cut, SIGKILL) is enrolled with the demo catalogue and fetches the office's at
its next cycle; the staging folder such a kill leaves (`.enrol-<pid>-…`) is removed by the next
enrolment or sync cycle. The caller holds the data folder: `pitstop enrol` the instance lock, the
running kiosk its network lane (no sync cycle runs meanwhile), and it passes `write` so database
writes go through its one writer.

It cannot undo a change made meanwhile by another process to the same files, and a running kiosk
watching settings.toml may see the new settings for a moment before a failed import puts the old
ones back. The caller that holds a running kiosk's `SettingsStore` passes it: the store reloads
once everything is committed, and the UI then reloads its catalogue (`app.catalogue_changed()`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__, audit
from kiosk import settings as settings_mod
from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.isolated import ImportSummary, check_file, import_into
from kiosk.db.writer import Writes, direct
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
    from kiosk.db.sqlite import SqliteFile
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
    """True when the file carried a one-time staff setup code."""
    staff_code_stored: bool = False
    """The code was stored (as a hash); False when a staff PIN was set already (it is ignored)."""

    def summary(self) -> str:
        code = ""
        if self.staff_code and self.staff_code_stored:
            code = " Staff mode: hold the corner and enter the one-time code from the file."
        elif self.staff_code:
            code = (
                " Staff mode: use the staff PIN already set on this kiosk (the file's one-time "
                "code was not stored)."
            )
        return (
            f"This kiosk is now {self.kiosk_id} ({self.name}), syncing by {self.mode} with "
            f"{self.where}; office key fingerprint {self.fingerprint}; catalogue "
            f"{self.catalogue_version} ({self.offerings} offerings). Delete the enrolment file.{code}"
        )


STAGING_PREFIX = ".enrol-"
"""Staging folders in the data folder: `.enrol-<pid>-<random>` (removed when the pid is gone)."""


def remove_stale_staging(home: Path) -> int:
    """Remove the staging folders a killed enrolment left in `home` (its process is gone, or the
    folder is older than TEMP_MAX_AGE); never raises; returns how many went."""
    import re
    import time

    from sync.transport import TEMP_MAX_AGE, process_alive

    removed = 0
    try:
        with os.scandir(home) as listing:
            entries = list(listing)
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(STAGING_PREFIX):
            continue
        with contextlib.suppress(OSError):
            if not entry.is_dir(follow_symlinks=False):
                continue
            match = re.match(r"\.enrol-([0-9]{1,10})-", entry.name)
            young = now - entry.stat(follow_symlinks=False).st_mtime < TEMP_MAX_AGE
            if match is not None and process_alive(int(match[1])) and young:
                continue
            if match is None and young:
                continue  # not named by this version: left to age
            shutil.rmtree(entry.path)
            removed += 1
            log.info("removed %s, left by an enrolment that did not finish", entry.name)
    return removed


def apply_enrolment(
    home: Path,
    file: Path,
    *,
    store: SettingsStore | None = None,
    by: audit.Actor = "cli",
    deadline: float = ENROL_DEADLINE,
    write: Writes = direct,
    same_office: bool = False,
) -> EnrolResult:
    """Apply the enrolment file `file` to the kiosk in `home` (see the module docstring).

    Raises EnrolmentError (one sentence) and then nothing has changed. Blocks for up to
    `deadline` seconds of network or share time plus the catalogue check: run it off the GUI
    thread, where no sync cycle runs meanwhile (the app: the network lane, with `write` its
    database writer). With `same_office` (staff mode) a kiosk already enrolled refuses a file
    with another office key (`check_same_office`).
    """
    enrolment = read_enrolment(file)
    home.mkdir(parents=True, exist_ok=True)
    if same_office:
        check_same_office(home, enrolment)
    remove_stale_staging(home)
    before = store.current if store is not None else _current_settings(home)
    after = _settings_for(before, enrolment, file)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=home))
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
        imported, code_stored = _commit(home, enrolment, before, after, fetched, ca_file, by, write)
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
        staff_code_stored=code_stored,
    )


def enrolled_fingerprint(home: Path) -> str | None:
    """The office key fingerprint this kiosk is enrolled with (None: never enrolled). A damaged
    record gives the fingerprint of the key file in use, "" when that cannot be read either."""
    from kiosk.enrolment import applied_enrolment
    from kiosk.privacy.keys import describe_key_file, is_demo_mode, public_key_path

    record = applied_enrolment(home)
    if record is None:
        return None
    if record.office_key_fingerprint:
        return record.office_key_fingerprint
    with contextlib.suppress(OSError, settings_mod.SettingsError):
        settings = settings_mod.load(home)
        if not is_demo_mode(settings):
            return describe_key_file(public_key_path(settings, home)).fingerprint or ""
    return ""


def check_same_office(home: Path, enrolment: Enrolment) -> None:
    """Staff mode's rule: a kiosk already enrolled takes only a file with the same office key
    (EnrolmentError otherwise). Whoever knows the PIN must not point parents' requests at their
    own key; the office changes its key at the kiosk's terminal, with `pitstop enrol FILE`."""
    enrolled = enrolled_fingerprint(home)
    if enrolled is None or enrolled == enrolment.office_key_fingerprint:
        return
    shown = f"the office key {enrolled}" if enrolled else "another office key"
    raise EnrolmentError(
        f"this kiosk is enrolled with {shown}, and this file has "
        f"{printable(enrolment.office_key_fingerprint, limit=40)}: only pitstop enrol FILE at "
        "the kiosk's terminal may change the office key"
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
    from sync.folder import FolderTransport

    deadline = Deadline(seconds)
    transport: Transport
    if isinstance(sync, HttpSync):
        from sync.http import HttpTransport

        transport = HttpTransport(sync.url, sync.token, ca_file=ca_file)
        where = f"the central server {sync.url}"
    else:
        transport = FolderTransport(Path(sync.folder), kiosk_id)
        where = f"the shared folder {sync.folder}"
    try:
        if isinstance(sync, HttpSync):
            now = dt.datetime.now(dt.UTC)
            beat = Heartbeat(kiosk_id=kiosk_id, app_version=__version__[:40], sent_at=now)
            transport.report(beat, deadline)
        else:
            assert isinstance(transport, FolderTransport)
            transport.check_inbox(deadline)  # never through a link, like every delivery
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


# -- the commit: all or nothing ------------------------------------------------------------


def _commit(
    home: Path,
    enrolment: Enrolment,
    before: settings_mod.Settings,
    after: settings_mod.Settings,
    fetched: FetchedCatalogue,
    ca_file: str,
    by: audit.Actor,
    write: Writes,
) -> tuple[ImportSummary, bool]:
    """Write everything, import the catalogue; (the import, whether a staff code was stored)."""
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
    code_stored = False
    try:
        write_public_key(home / OFFICE_KEY_NAME, parse_public_key(enrolment.office_public_key, ""))
        if ca_file:
            atomic_write_bytes(home / OFFICE_CA_NAME, Path(ca_file).read_bytes(), mode=0o644)
        settings_mod.save(home, after)
        atomic_write_bytes(applied_path(home), applied_record(enrolment, after, now), mode=0o600)
        if enrolment.staff_code is not None:
            code_stored = PinStore(home).set_setup_code(enrolment.staff_code)
        save_state(home, SyncState())  # nothing seen: killed in the import, the next cycle fetches
        engine = open_database(database)
        try:
            imported = write(lambda: _reseal_and_import(home, engine, enrolment, fetched))
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
    with contextlib.suppress(OSError):  # only spares the next cycle one download
        save_state(home, SyncState(catalogue_seen=fetched.checksum, etag=fetched.etag))
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
    return imported, code_stored


def _reseal_and_import(
    home: Path, engine: SqliteFile, enrolment: Enrolment, fetched: FetchedCatalogue
) -> ImportSummary:
    """The database part of the commit (on the caller's writer): requests left in demo mode
    sealed again for the office, then the catalogue; the re-sealing is undone if the import
    fails."""
    resealed = _reseal_demo_requests(home, engine, enrolment)
    try:
        return import_into(engine, fetched.path, source=fetched.source, checksum=fetched.checksum)
    except BaseException:
        resealed.undo()
        raise


def _reseal_demo_requests(home: Path, engine: SqliteFile, enrolment: Enrolment) -> Resealed:
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
