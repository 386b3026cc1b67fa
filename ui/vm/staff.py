"""Staff mode: PIN pad, staff home (status facts and actions), settings, USB import and export.

Everything slow runs on one worker thread (an Argon2 PIN check takes tens of milliseconds, status
facts and imports touch the disk and the database); results come back to the GUI thread through
a queued signal. The PIN being typed lives here in Python, never in QML: QML only sees how many
digits were typed. Nothing shown by staff mode comes from a contact request except their count.

While staff mode is open it owns the idle policy: the visitor session is kept alive, and after
`staff.auto_lock` seconds without a touch staff mode locks itself and the kiosk wipes back to
the welcome screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement
from sqlalchemy import Engine

from kiosk import audit
from kiosk import settings as settings_mod
from kiosk.staff import media, status
from kiosk.staff.pin import MIN_PIN_LENGTH, PinError, PinStore, VerifyResult
from ui.database import Database
from ui.settings import QtSettings
from ui.sync_service import SyncService
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401
from ui.vm.navigation import Navigator
from ui.vm.session import Session

log = logging.getLogger(__name__)

LEAVE_KIOSK_EXIT = 10
"""Exit status of "leave kiosk mode": pitstop-kiosk.service does not restart on it."""
RESTART_EXIT = 0
"""Exit status of "restart": systemd (Restart=always) starts the kiosk again."""
MAX_PIN_DIGITS = 12


def tr(text: str) -> str:
    """Translate a staff text. pyside6-lupdate files `tr(...)` calls outside a class under the
    empty context, so that is the context looked up (catalogue: ui/i18n/staff_<lang>.ts)."""
    return QCoreApplication.translate("", text)


# The settings staff may edit on the screen, in the order shown, with their group.
EDITABLE: tuple[tuple[str, str], ...] = (
    ("kiosk", "kiosk.name"),
    ("kiosk", "kiosk.venue"),
    ("kiosk", "kiosk.comune"),
    ("kiosk", "kiosk.area"),
    ("sync", "sync.mode"),
    ("sync", "sync.folder"),
    ("sync", "sync.url"),
    ("sync", "sync.token"),
    ("sync", "sync.interval"),
    ("ui", "ui.idle_timeout"),
    ("ui", "ui.languages"),
    ("ui", "ui.default_language"),
    ("privacy", "privacy.controller"),
    ("privacy", "privacy.controller_contact"),
    ("privacy", "privacy.dpo_contact"),
    ("privacy", "privacy.retention_days"),
    ("privacy", "privacy.notice_version"),
    ("privacy", "privacy.callback_working_days"),
    ("privacy", "privacy.central_public_key"),
    ("theme", "theme.name"),
    ("theme", "theme.primary"),
    ("theme", "theme.accent"),
    ("theme", "theme.background"),
    ("theme", "theme.logo"),
    ("staff", "staff.auto_lock"),
)
NUMERIC = {
    "sync.interval",
    "ui.idle_timeout",
    "privacy.retention_days",
    "privacy.callback_working_days",
    "staff.auto_lock",
}


def _labels() -> dict[str, str]:
    return {
        "kiosk.name": tr("Kiosk name"),
        "kiosk.venue": tr("Venue"),
        "kiosk.comune": tr("Comune (id)"),
        "kiosk.area": tr("Default area (id)"),
        "sync.mode": tr("Sync mode (folder, http, off)"),
        "sync.folder": tr("Shared folder"),
        "sync.url": tr("Central server URL"),
        "sync.token": tr("Access token"),
        "sync.interval": tr("Sync every (seconds)"),
        "ui.idle_timeout": tr("Idle timeout (seconds)"),
        "ui.languages": tr("Languages offered (it,en)"),
        "ui.default_language": tr("Default language"),
        "privacy.controller": tr("Data controller"),
        "privacy.controller_contact": tr("Controller contact"),
        "privacy.dpo_contact": tr("DPO contact"),
        "privacy.retention_days": tr("Keep sent requests (days)"),
        "privacy.notice_version": tr("Privacy notice version"),
        "privacy.callback_working_days": tr("Call back within (working days)"),
        "privacy.central_public_key": tr("Central public key file"),
        "theme.name": tr("Theme name"),
        "theme.primary": tr("Primary colour"),
        "theme.accent": tr("Accent colour"),
        "theme.background": tr("Background colour"),
        "theme.logo": tr("Logo file"),
        "staff.auto_lock": tr("Staff mode locks after (seconds)"),
    }


def _group_titles() -> dict[str, str]:
    return {
        "kiosk": tr("Kiosk"),
        "sync": tr("Sync"),
        "ui": tr("Screen"),
        "privacy": tr("Privacy notice"),
        "theme": tr("Theme"),
        "staff": tr("Staff mode"),
    }


def _display(value: object) -> str:
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


@QmlElement
class Staff(QObject):
    screenChanged = Signal()
    pinChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    lockChanged = Signal()
    factsChanged = Signal()
    mediaChanged = Signal()
    settingsChanged = Signal()
    applied = Signal(object)
    """A settings change was saved (the new `Settings`); the composition root applies it."""
    locked = Signal()
    """Staff mode closed (lock button or auto-lock)."""

    def __init__(
        self,
        settings: QtSettings,
        database: Database,
        tasks: TaskRunner,
        session: Session,
        navigator: Navigator,
        *,
        pins: PinStore | None = None,
        media_roots: Sequence[Path] = media.DEFAULT_ROOTS,
        sync_service: SyncService | None = None,
        quit_app: Callable[[int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._home = home = settings.store.home
        self._settings = settings
        self._db = database
        self._tasks = tasks
        self._session = session
        self._nav = navigator
        self._pins = pins or PinStore(home)
        self._roots = list(media_roots)
        self._sync = sync_service
        if sync_service is not None:
            sync_service.statusChanged.connect(self.refresh)
        self._quit = quit_app or (lambda code: QCoreApplication.exit(code))
        self._active = False
        self._logged_in = False
        self._screen = "pin"
        self._pin = ""
        self._new_pin: str | None = None
        self._busy = 0
        self._message = ""
        self._error = False
        self._lock = VerifyResult(ok=False)
        self._facts: list[dict[str, Any]] = []
        self._demo = False
        self._files: list[dict[str, Any]] = []
        self._targets: list[dict[str, Any]] = []
        self._waiting: int | None = None
        self._conflicts: int | None = None
        self._status: status.StaffStatus | None = None
        self._auto_lock = QTimer(self, singleShot=True)
        self._auto_lock.setInterval(settings.current.staff.auto_lock * 1000)
        self._auto_lock.timeout.connect(self._on_auto_lock)
        self._keepalive = QTimer(self)
        self._keepalive.setInterval(max(1000, settings.current.ui.idle_timeout * 1000 // 3))
        self._keepalive.timeout.connect(session.touched)
        self._lock_tick = QTimer(self, interval=1000)
        self._lock_tick.timeout.connect(self._refresh_lock)
        settings.changed.connect(self._apply_timers)

    # -- worker -----------------------------------------------------------------------------

    def _database(self) -> Engine:
        """The kiosk's database (worker side); it may still be opening right after start."""
        engine = self._db.engine
        if engine is None:
            raise RuntimeError(tr("The kiosk is still starting; try again in a moment."))
        return engine

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """`work()` in the background, then `done(result or exception)` on the GUI thread."""
        self._set_busy(+1)

        def finish(result: object) -> None:
            self._set_busy(-1)
            done(result)

        self._tasks.run(work, finish, finish)

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy += delta
        if (self._busy > 0) != was:
            self.busyChanged.emit()

    def shutdown(self) -> None:
        """Stop timers and wait for the worker (called by the composition root at close)."""
        self._active = False
        self._logged_in = False
        self._auto_lock.stop()
        self._keepalive.stop()
        self._lock_tick.stop()
        self._pin = ""
        self._new_pin = None

    # -- simple properties --------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)
    """pin | newPin | confirmPin | home | settings | import | export"""

    def _set_screen(self, screen: str) -> None:
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _get_pin_length(self) -> int:
        return len(self._pin)

    pinLength = Property(int, _get_pin_length, notify=pinChanged)

    def _get_min_pin(self) -> int:
        return MIN_PIN_LENGTH

    minPinLength = Property(int, _get_min_pin, constant=True)

    def _get_busy(self) -> bool:
        return self._busy > 0

    busy = Property(bool, _get_busy, notify=busyChanged)

    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=messageChanged)

    def _get_error(self) -> bool:
        return self._error

    messageIsError = Property(bool, _get_error, notify=messageChanged)

    def _say(self, text: str, *, error: bool = False) -> None:
        if (text, error) != (self._message, self._error):
            self._message, self._error = text, error
            self.messageChanged.emit()

    def _get_hold(self) -> float:
        return float(self._settings.current.staff.hold_seconds)

    holdSeconds = Property(float, _get_hold, constant=True)

    def _get_active(self) -> bool:
        return self._active

    active = Property(bool, _get_active, notify=screenChanged)

    # -- lock state ---------------------------------------------------------------------------

    def _get_pad_locked(self) -> bool:
        return self._lock.hard_locked or self._lock.locked_until is not None

    padLocked = Property(bool, _get_pad_locked, notify=lockChanged)

    def _get_lock_text(self) -> str:
        if self._lock.hard_locked:
            return tr(
                "Too many wrong PINs. Staff mode is locked until a new PIN is set with "
                "'pitstop staff set-pin'."
            )
        if self._lock.locked_until is not None:
            when = dt.datetime.fromtimestamp(self._lock.locked_until).strftime("%H:%M:%S")
            return tr("Too many wrong PINs. Try again at %1.").replace("%1", when)
        return ""

    lockText = Property(str, _get_lock_text, notify=lockChanged)

    def _apply_lock(self, result: VerifyResult) -> None:
        was = (self._lock.hard_locked, self._lock.locked_until)
        self._lock = result
        if result.locked_until is not None:
            self._lock_tick.start()
        else:
            self._lock_tick.stop()
        if was != (result.hard_locked, result.locked_until):
            self.lockChanged.emit()

    def _refresh_lock(self) -> None:
        self._run(self._pins.status, self._on_lock_status)

    def _on_lock_status(self, result: object) -> None:
        if isinstance(result, VerifyResult):
            self._apply_lock(result)

    # -- entering and leaving -----------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        """The staff page appeared: show the PIN pad (or the first-run "choose a PIN")."""
        self._active = True
        self._logged_in = False
        self._pin = ""
        self._new_pin = None
        self.pinChanged.emit()
        self._say("")
        self._keepalive.start()
        self._auto_lock.start()
        self._set_screen("pin")
        self.screenChanged.emit()

        def check() -> tuple[bool, VerifyResult]:
            return self._pins.is_set(), self._pins.status()

        self._run(check, self._on_opened)

    def _on_opened(self, result: object) -> None:
        if isinstance(result, Exception):
            self._say(tr("The staff PIN file cannot be read."), error=True)
            return
        is_set, pad = result  # type: ignore[misc]
        self._apply_lock(pad)
        if not is_set and not pad.hard_locked:
            self._set_screen("newPin")
            self._say(
                tr("No staff PIN yet: choose one (at least %1 digits).").replace(
                    "%1", str(MIN_PIN_LENGTH)
                )
            )

    def open_for_preview(self, screen: str) -> None:
        """Staff mode on `screen` ("pin", "home", "settings") as if the PIN had been typed.

        For `pitstop snapshot` only: a Python method, not a slot, so nothing in QML can call it.
        """
        self._session.requestStaff()
        if screen == "pin":
            return
        self._tasks.drain()  # open()'s PIN-file check first
        self._logged_in = True
        self._say("")
        self.showHome()
        if screen == "settings":
            self.showSettings()

    @Slot()
    def lock(self) -> None:
        """Close staff mode now: forget everything typed, back to the welcome screen."""
        if not self._active:
            return
        self._active = False
        self._logged_in = False
        self._pin = ""
        self._new_pin = None
        self._auto_lock.stop()
        self._keepalive.stop()
        self._say("")
        self._files, self._targets, self._facts = [], [], []
        self.mediaChanged.emit()
        self.factsChanged.emit()
        self.pinChanged.emit()
        self._set_screen("pin")
        self.screenChanged.emit()
        self.locked.emit()
        self._session.wipe()

    @Slot()
    def pageClosed(self) -> None:
        """The staff page left the screen (e.g. "Home" in the top bar): lock, once it is gone."""
        if self._active:
            QTimer.singleShot(0, self.lock)

    def _on_activity(self) -> None:
        if self._active:
            self._auto_lock.start()

    @Slot()
    def touched(self) -> None:
        self._on_activity()

    def _on_auto_lock(self) -> None:
        log.info(
            "staff mode locked itself after %d s without a touch",
            self._auto_lock.interval() // 1000,
        )
        self.lock()

    # -- PIN pad ------------------------------------------------------------------------------

    @Slot(str)
    def digit(self, value: str) -> None:
        if len(value) == 1 and value.isdigit() and len(self._pin) < MAX_PIN_DIGITS:
            self._pin += value
            self.pinChanged.emit()

    @Slot()
    def backspace(self) -> None:
        if self._pin:
            self._pin = self._pin[:-1]
            self.pinChanged.emit()

    @Slot()
    def submitPin(self) -> None:
        pin, self._pin = self._pin, ""
        self.pinChanged.emit()
        if self._busy:
            return
        if self._screen == "pin":
            self._verify(pin)
        elif self._screen == "newPin":
            if len(pin) < MIN_PIN_LENGTH:
                self._say(
                    tr("The PIN needs at least %1 digits.").replace("%1", str(MIN_PIN_LENGTH)),
                    error=True,
                )
                return
            self._new_pin = pin
            self._set_screen("confirmPin")
            self._say(tr("Type the new PIN again."))
        elif self._screen == "confirmPin":
            if pin != self._new_pin:
                self._new_pin = None
                self._set_screen("newPin")
                self._say(tr("The two PINs differ. Choose the new PIN again."), error=True)
                return
            self._save_pin(pin)

    def _verify(self, pin: str) -> None:
        if self._get_pad_locked():
            return
        if len(pin) < MIN_PIN_LENGTH:
            self._say(
                tr("The PIN has at least %1 digits.").replace("%1", str(MIN_PIN_LENGTH)), error=True
            )
            return
        self._run(lambda: self._pins.verify(pin), self._on_verified)

    def _on_verified(self, result: object) -> None:
        if isinstance(result, Exception) or not isinstance(result, VerifyResult):
            self._say(tr("The PIN could not be checked."), error=True)
            return
        self._apply_lock(result)
        if result.ok:
            self._logged_in = True
            audit.record(self._home, "staff", "staff.login")
            self._say("")
            self.showHome()
            return
        audit.record(self._home, "staff", "staff.pin_failed")
        if result.hard_locked or result.locked_until is not None:
            self._say(self._get_lock_text(), error=True)
        else:
            self._say(
                tr("Wrong PIN. %1 tries left before the pad locks.").replace(
                    "%1", str(result.tries_left)
                ),
                error=True,
            )

    def _save_pin(self, pin: str) -> None:
        changing = self._logged_in

        def work() -> None:
            if not changing and self._pins.is_set():
                raise PermissionError("a PIN is already set")  # first-run screen only once
            self._pins.set_pin(pin)

        def done(result: object) -> None:
            self._new_pin = None
            if isinstance(result, PinError):
                self._set_screen("newPin")
                self._say(str(result), error=True)
                return
            if isinstance(result, Exception):
                self._say(tr("The PIN could not be saved."), error=True)
                return
            audit.record(self._home, "staff", "staff.pin_changed" if changing else "staff.pin_set")
            self._apply_lock(VerifyResult(ok=False))
            self._logged_in = True
            self.showHome()
            self._say(tr("New PIN saved."))

        self._run(work, done)

    @Slot()
    def changePin(self) -> None:
        if not self._authorised():
            return
        self._pin = ""
        self.pinChanged.emit()
        self._set_screen("newPin")
        self._say(tr("Choose the new PIN (at least %1 digits).").replace("%1", str(MIN_PIN_LENGTH)))

    def _authorised(self) -> bool:
        """Staff mode is open and the PIN was given (or first chosen) in this visit."""
        return self._active and self._logged_in

    # -- staff home ---------------------------------------------------------------------------

    @Slot()
    def showHome(self) -> None:
        if not self._authorised():
            return
        self._set_screen("home")
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self._authorised():
            return
        home, settings = self._home, self._settings.current
        self._run(
            lambda: status.collect(home, settings, self._database()),
            self._on_status,
        )

    def _get_facts(self) -> list[dict[str, Any]]:
        return self._facts

    facts = Property("QVariantList", _get_facts, notify=factsChanged)

    def _get_demo(self) -> bool:
        return self._demo

    demoMode = Property(bool, _get_demo, notify=factsChanged)

    def _on_status(self, result: object) -> None:
        if not isinstance(result, status.StaffStatus):
            self._say(tr("The kiosk status could not be read."), error=True)
            return
        self._status = result
        self._demo = result.demo_mode
        self._waiting = result.requests_waiting
        self._conflicts = result.requests_in_conflict
        self._facts = self._fact_rows(result)
        self.factsChanged.emit()

    @Slot()
    def retranslate(self) -> None:
        """The UI language changed: rebuild the texts made in Python."""
        if self._status is not None and self._facts:
            self._facts = self._fact_rows(self._status)
            self.factsChanged.emit()
        self.settingsChanged.emit()

    def _fact_rows(self, s: status.StaffStatus) -> list[dict[str, Any]]:
        def row(key: str, label: str, value: str, warn: bool = False) -> dict[str, Any]:
            return {"key": key, "label": label, "value": value, "warn": warn}

        never = tr("never")
        unknown = tr("unknown")
        sync = s.sync
        last_ok = status.parse_time(sync.last_success)
        stale = last_ok is None or (
            dt.datetime.now(dt.UTC) - last_ok.astimezone(dt.UTC) > dt.timedelta(days=1)
        )
        catalogue = s.catalogue_version or tr("none")
        if s.catalogue_updated_at:
            catalogue += " · " + _short_time(s.catalogue_updated_at)
        if s.catalogue_demo:
            catalogue += " · " + tr("demo data")
        modes = {"folder": tr("shared folder"), "http": tr("central server"), "off": tr("off")}
        rows = [
            row("kiosk", tr("Kiosk"), f"{s.kiosk_name} ({s.kiosk_id})"),
            row("venue", tr("Venue"), s.venue or "—"),
            row("version", tr("App version"), s.app_version),
            row(
                "demo",
                tr("Mode"),
                tr("DEMO: requests are sealed with a local demo key")
                if s.demo_mode
                else tr("live (central office key)"),
                s.demo_mode,
            ),
            row("catalogue", tr("Catalogue"), catalogue, s.catalogue_version is None),
            row("sync", tr("Sync"), modes.get(s.sync_mode, s.sync_mode)),
            row(
                "lastSuccess",
                tr("Last successful sync"),
                _short_time(sync.last_success) if sync.last_success else never,
                stale and s.sync_mode != "off",
            ),
            row("lastError", tr("Last problem"), sync.last_error or "—", bool(sync.last_error)),
            row(
                "waiting",
                tr("Requests waiting to be sent"),
                unknown if s.requests_waiting is None else str(s.requests_waiting),
                bool(s.requests_waiting),
            ),
            row(
                "conflict",
                tr("Requests in conflict"),
                unknown if s.requests_in_conflict is None else str(s.requests_in_conflict),
                bool(s.requests_in_conflict),
            ),
            row(
                "disk",
                tr("Free disk space"),
                unknown if s.disk_free_bytes is None else status.format_bytes(s.disk_free_bytes),
                s.disk_free_bytes is not None and s.disk_free_bytes < 500 * 2**20,
            ),
            row("uptime", tr("Running for"), status.format_duration(s.uptime_seconds)),
        ]
        return rows

    # -- sync ---------------------------------------------------------------------------------

    def _get_can_sync(self) -> bool:
        return self._sync is not None

    canSync = Property(bool, _get_can_sync, notify=factsChanged)
    canTest = Property(bool, _get_can_sync, notify=factsChanged)

    def _get_sync_reason(self) -> str:
        if self._sync is None:
            return tr("Sync does not run inside the app in this version; use 'pitstop sync'.")
        return ""

    syncUnavailableReason = Property(str, _get_sync_reason, notify=factsChanged)

    @Slot()
    def syncNow(self) -> None:
        if self._sync is not None and self._active:
            audit.record(self._home, "staff", "sync.requested")
            self._sync.syncNow()
            self._say(tr("Sync started."))

    @Slot()
    def testConnection(self) -> None:
        if self._sync is not None and self._active:
            self._sync.testConnection()
            self._say(tr("Testing the connection…"))

    # -- USB: import and export -----------------------------------------------------------------

    def _get_files(self) -> list[dict[str, Any]]:
        return self._files

    mediaFiles = Property("QVariantList", _get_files, notify=mediaChanged)

    def _get_targets(self) -> list[dict[str, Any]]:
        return self._targets

    exportTargets = Property("QVariantList", _get_targets, notify=mediaChanged)

    def _get_waiting(self) -> int:
        return -1 if self._waiting is None else self._waiting

    requestsWaiting = Property(int, _get_waiting, notify=factsChanged)

    def _get_conflicts(self) -> int:
        return -1 if self._conflicts is None else self._conflicts

    requestsInConflict = Property(int, _get_conflicts, notify=factsChanged)
    """How many requests sync will not send again (the central side has other content under
    their id); a count only. The staff home explains what to do: `conflictText`."""

    def _get_conflict_text(self) -> str:
        if not self._conflicts:
            return ""
        return tr(
            "%1 requests cannot be sent: the central office already has a different request "
            "with the same code. Export them to a USB stick and take it to the central office."
        ).replace("%1", str(self._conflicts))

    conflictText = Property(str, _get_conflict_text, notify=factsChanged)

    @Slot()
    def showImport(self) -> None:
        if not self._authorised():
            return
        self._set_screen("import")
        self._say(tr("Looking for catalogue files on USB sticks…"))
        self._run(lambda: media.list_catalogue_files(self._roots), self._on_files)

    def _on_files(self, result: object) -> None:
        if isinstance(result, Exception):
            self._say(tr("The USB sticks could not be read."), error=True)
            return
        files: list[media.MediaFile] = result  # type: ignore[assignment]
        self._files = [
            {
                "path": str(f.path),
                "label": f.label,
                "detail": f"{status.format_bytes(f.size)} · "
                f"{f.modified.astimezone().strftime('%d/%m/%Y %H:%M')}",
            }
            for f in files
        ]
        self.mediaChanged.emit()
        self._say(
            tr("Choose the catalogue to import.")
            if files
            else tr("No .json, .csv or .xlsx file found. Plug in the USB stick and look again.")
        )

    @Slot(str)
    def importFile(self, path: str) -> None:
        if not self._authorised() or path not in {f["path"] for f in self._files}:
            return
        home = self._home
        self._say(tr("Importing…"))
        self._run(
            lambda: media.import_catalogue(self._database(), home, Path(path), self._roots),
            self._on_imported,
        )

    catalogueImported = Signal()

    def _on_imported(self, result: object) -> None:
        if isinstance(result, Exception):
            self._say(
                tr("Not imported: %1 The current catalogue is unchanged.").replace(
                    "%1", str(result)
                ),
                error=True,
            )
            return
        count = result.offerings  # type: ignore[attr-defined]
        self._say(tr("Catalogue imported: %1 offerings.").replace("%1", str(count)))
        self.catalogueImported.emit()

    @Slot()
    def showExport(self) -> None:
        if not self._authorised():
            return
        self._set_screen("export")
        self._run(lambda: media.list_export_targets(self._roots), self._on_targets)

    def _on_targets(self, result: object) -> None:
        if isinstance(result, Exception):
            self._say(tr("The USB sticks could not be read."), error=True)
            return
        targets: list[Path] = result  # type: ignore[assignment]
        self._targets = [{"path": str(t), "label": t.name or str(t)} for t in targets]
        self.mediaChanged.emit()
        if not targets:
            self._say(tr("No USB stick found. Plug one in and look again."))
        else:
            self._say(tr("Choose where to copy the waiting requests (they stay sealed)."))

    @Slot(str)
    def exportTo(self, path: str) -> None:
        if not self._authorised() or path not in {t["path"] for t in self._targets}:
            return
        home, kiosk_id = self._home, self._settings.current.kiosk.id
        self._run(
            lambda: media.export_waiting_requests(self._database(), home, Path(path), kiosk_id),
            self._on_exported,
        )

    def _on_exported(self, result: object) -> None:
        if isinstance(result, Exception):
            self._say(tr("Not exported: %1").replace("%1", str(result)), error=True)
            return
        self._say(
            tr("%1 sealed requests copied. Take the stick to the central office.").replace(
                "%1", str(result)
            )
        )

    # -- settings -----------------------------------------------------------------------------

    @Slot()
    def showSettings(self) -> None:
        if not self._authorised():
            return
        self._set_screen("settings")
        self.settingsChanged.emit()

    def _get_fields(self) -> list[dict[str, Any]]:
        current = self._settings.current
        labels, groups = _labels(), _group_titles()
        rows = []
        for group, key in EDITABLE:
            secret = key in settings_mod.SECRET_KEYS
            value = current.get(key)
            rows.append(
                {
                    "key": key,
                    "group": groups[group],
                    "label": labels[key],
                    "value": "" if secret else _display(value),
                    "secret": secret,
                    "isSet": bool(value),
                    "numeric": key in NUMERIC,
                }
            )
        return rows

    settingFields = Property("QVariantList", _get_fields, notify=settingsChanged)

    @Slot(str, str, result=str)
    def setSetting(self, key: str, text: str) -> str:
        """Validate and save one setting; returns "" or the reason it was refused."""
        if not self._authorised():
            return tr("Staff mode is locked.")
        if key not in {k for _, k in EDITABLE}:
            return tr("This setting cannot be changed here.")
        try:
            self._settings.store.set(key, text.strip(), by="staff")
        except settings_mod.SettingsError as exc:
            return str(exc)
        except OSError as exc:
            return tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc))
        self.settingsChanged.emit()
        self._say(tr("Saved."))
        return ""

    @Slot(object)
    def _apply_timers(self, settings: settings_mod.Settings) -> None:
        self._auto_lock.setInterval(settings.staff.auto_lock * 1000)
        self._keepalive.setInterval(max(1000, settings.ui.idle_timeout * 1000 // 3))
        if self._active:
            self._auto_lock.start()

    # -- the app itself -----------------------------------------------------------------------

    @Slot()
    def restartApp(self) -> None:
        if not self._authorised():
            return
        audit.record(self._home, "staff", "app.restart")
        self.lock()
        self._quit(RESTART_EXIT)

    @Slot()
    def leaveKiosk(self) -> None:
        if not self._authorised():
            return
        audit.record(self._home, "staff", "app.leave_kiosk")
        self.lock()
        self._quit(LEAVE_KIOSK_EXIT)


def _short_time(value: str) -> str:
    parsed = status.parse_time(value)
    if parsed is None:
        return value
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()
    return parsed.strftime("%d/%m/%Y %H:%M")
