"""The staff lock: PIN pad (and change-PIN, and the office's setup code), entering and leaving
staff mode, auto-lock, which staff screen is shown, and the one message line every staff screen
shows.

Nobody at the screen can claim staff mode: without a PIN the pad says staff mode is not set up
and how to set it up (`pitstop staff set-pin`, or the office's one-time setup code), and it offers
a new PIN only after the setup code from the enrolment file (`PinStore.redeem_setup_code`).

The PIN being typed lives here in Python, never in QML: QML only sees how many digits were typed.
An Argon2 check takes tens of milliseconds and runs on the "background" lane. OK pressed while
the pad is still busy (the opening check, a previous verify) is queued, never dropped.

While staff mode is open it owns the idle policy: the visitor session is kept alive, and after
`staff.auto_lock` seconds without a touch staff mode locks itself and the kiosk wipes back to
the welcome screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk import audit
from kiosk import settings as settings_mod
from kiosk.staff.pin import (
    MAX_PIN_LENGTH,
    MAX_SETUP_CODE_LENGTH,
    MIN_PIN_LENGTH,
    MIN_SETUP_CODE_LENGTH,
    PinError,
    PinStore,
    VerifyResult,
    validate_setup_code,
)
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401
from ui.vm.session import Session
from ui.vm.staff.common import LEAVE_KIOSK_EXIT, RESTART_EXIT, BusyVm, local_time, tr

log = logging.getLogger(__name__)

SCREENS = ("home", "settings", "import", "export", "enrol", "checks")
"""The screens behind the PIN (`showScreen`); the pad's own are pin, notSetUp, setupCode,
newPin and confirmPin."""
PAD_SCREENS = ("pin", "setupCode", "newPin", "confirmPin")
"""Pad screens that take digits (notSetUp shows only how to set staff mode up)."""


@QmlElement
class StaffLockVm(BusyVm):
    screenChanged = Signal()
    pinChanged = Signal()
    messageChanged = Signal()
    lockChanged = Signal()
    shown = Signal(str)
    """A screen behind the PIN was shown (its name): the feature has its model load it."""
    locked = Signal()
    """Staff mode closed (lock button or auto-lock): the other models forget what they showed."""

    def __init__(
        self,
        settings: QtSettings,
        tasks: TaskRunner,
        session: Session,
        pins: PinStore,
        *,
        quit_app: Callable[[int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._home = settings.store.home
        self._settings = settings
        self._session = session
        self._pins = pins
        self._quit = quit_app or (lambda code: QCoreApplication.exit(code))
        self._active = False
        self._logged_in = False
        self._screen = "pin"
        self._pin = ""
        self._queued: str | None = None
        self._new_pin: str | None = None
        self._setup_code: str | None = None
        self._message = ""
        self._error = False
        self._lock = VerifyResult(ok=False)
        self._auto_lock = QTimer(self, singleShot=True)
        self._auto_lock.timeout.connect(self._on_auto_lock)
        self._keepalive = QTimer(self)
        self._keepalive.timeout.connect(session.touched)
        self._lock_tick = QTimer(self, interval=1000)
        self._lock_tick.timeout.connect(self._refresh_lock)
        self._apply_timers(settings.current)
        settings.changed.connect(self._apply_timers)

    def shutdown(self) -> None:
        """Stop the timers and forget any PIN (the feature calls it when the kiosk closes)."""
        self._active = False
        self._logged_in = False
        self._auto_lock.stop()
        self._keepalive.stop()
        self._lock_tick.stop()
        self._forget_typed()

    def _forget_typed(self) -> None:
        self._pin, self._queued, self._new_pin, self._setup_code = "", None, None, None

    def authorised(self) -> bool:
        """Staff mode is open and the PIN (or the office's setup code) was given in this visit."""
        return self._active and self._logged_in

    def say(self, text: str, *, error: bool = False) -> None:
        """Show `text` on the message line of every staff screen (the models' `Reporter`)."""
        if (text, error) != (self._message, self._error):
            self._message, self._error = text, error
            self.messageChanged.emit()

    # -- properties ---------------------------------------------------------------------------

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)
    """pin | notSetUp | setupCode | newPin | confirmPin | home | settings | import | export |
    enrol"""

    def _set_screen(self, screen: str) -> None:
        if screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _get_active(self) -> bool:
        return self._active

    active = Property(bool, _get_active, notify=screenChanged)

    def _get_pin_length(self) -> int:
        return len(self._pin)

    pinLength = Property(int, _get_pin_length, notify=pinChanged)

    def _get_min_pin(self) -> int:
        return MIN_PIN_LENGTH

    minPinLength = Property(int, _get_min_pin, constant=True)

    def _get_max_pin(self) -> int:
        return MAX_PIN_LENGTH

    maxPinLength = Property(int, _get_max_pin, constant=True)

    def _get_min_code(self) -> int:
        return MIN_SETUP_CODE_LENGTH

    minSetupCodeLength = Property(int, _get_min_code, constant=True)

    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=messageChanged)

    def _get_error(self) -> bool:
        return self._error

    messageIsError = Property(bool, _get_error, notify=messageChanged)

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
            when = local_time(self._lock.locked_until)
            return tr("Too many wrong PINs. Try again at %1.").replace("%1", when)
        return ""

    lockText = Property(str, _get_lock_text, notify=lockChanged)

    # -- the pad's lock state -----------------------------------------------------------------

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
        self._run(self._pins.status, self._apply_lock, _log_failure, lane="background")

    # -- entering and leaving -----------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        """The staff page appeared: show the PIN pad (without a PIN: the setup code or how to
        set staff mode up)."""
        self._active = True
        self._logged_in = False
        self._forget_typed()
        self.pinChanged.emit()
        self.say("")
        self._keepalive.start()
        self._auto_lock.start()
        self._set_screen("pin")
        self.screenChanged.emit()

        def check() -> tuple[bool, bool, VerifyResult]:
            return self._pins.is_set(), self._pins.has_setup_code(), self._pins.status()

        self._run(check, self._on_opened, self._on_open_failed, lane="background")

    def _on_opened(self, result: tuple[bool, bool, VerifyResult]) -> None:
        is_set, has_code, pad = result
        self._apply_lock(pad)
        if is_set or pad.hard_locked or self._screen != "pin":
            return
        self._queued = None  # typed as a PIN before the pad knew there is none: not a code
        if has_code:
            self._set_screen("setupCode")
            self.say(tr("Type the one-time setup code from the office's enrolment file."))
        else:
            self._set_screen("notSetUp")
            self.say(not_set_up_text())

    def _on_open_failed(self, error: Exception) -> None:
        log.error("the staff PIN file cannot be read: %s", error)
        self.say(tr("The staff PIN file cannot be read."), error=True)

    def open_for_preview(self, screen: str) -> None:
        """Staff mode on `screen` ("pin", "home", "settings") as if the PIN had been typed.

        For `pitstop snapshot` only: a Python method, not a slot, so nothing in QML can call it.
        """
        self._session.requestStaff()
        if screen == "pin":
            return
        self._tasks.drain()  # open()'s PIN-file check first
        self._logged_in = True
        self.say("")
        self.showScreen(screen)

    @Slot()
    def lock(self) -> None:
        """Close staff mode now: forget everything typed, back to the welcome screen."""
        if not self._active:
            return
        self._active = False
        self._logged_in = False
        self._forget_typed()
        self._auto_lock.stop()
        self._keepalive.stop()
        self.say("")
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

    @Slot()
    def touched(self) -> None:
        if self._active:
            self._auto_lock.start()

    def _on_auto_lock(self) -> None:
        log.info(
            "staff mode locked itself after %d s without a touch",
            self._auto_lock.interval() // 1000,
        )
        self.lock()

    @Slot(object)
    def _apply_timers(self, settings: settings_mod.Settings) -> None:
        self._auto_lock.setInterval(settings.staff.auto_lock * 1000)
        self._keepalive.setInterval(max(1000, settings.ui.idle_timeout * 1000 // 3))
        if self._active:
            self._auto_lock.start()

    # -- screens behind the PIN ---------------------------------------------------------------

    @Slot(str)
    def showScreen(self, screen: str) -> None:
        """Show `screen` (home, settings, import, export) and have its model load it."""
        if not self.authorised() or screen not in SCREENS:
            return
        self._set_screen(screen)
        self.shown.emit(screen)

    # -- PIN pad ------------------------------------------------------------------------------

    @Slot(str)
    def digit(self, value: str) -> None:
        if self._screen not in PAD_SCREENS:
            return
        if len(value) == 1 and value.isdigit() and len(self._pin) < MAX_PIN_LENGTH:
            self._pin += value
            self.pinChanged.emit()

    @Slot()
    def backspace(self) -> None:
        if self._pin:
            self._pin = self._pin[:-1]
            self.pinChanged.emit()

    @Slot()
    def submitPin(self) -> None:
        """OK on the pad. While a check still runs the PIN waits for it (never dropped)."""
        pin, self._pin = self._pin, ""
        self.pinChanged.emit()
        if not pin:
            return
        if self.busy:
            self._queued = pin
            self.say(tr("Checking the PIN…"))
            return
        self._submit(pin)

    def _idle(self) -> None:
        if self._queued is not None:
            pin, self._queued = self._queued, None
            self._submit(pin)

    def _submit(self, pin: str) -> None:
        if self._screen == "pin":
            self._verify(pin)
        elif self._screen == "setupCode":
            self._take_setup_code(pin)
        elif self._screen == "newPin":
            if not self._logged_in and self._setup_code is None:
                return  # a new PIN only behind the PIN or the office's setup code
            if len(pin) < MIN_PIN_LENGTH:
                self.say(
                    QCoreApplication.translate(
                        "", "The PIN needs at least %n digit(s).", None, MIN_PIN_LENGTH
                    ),
                    error=True,
                )
                return
            self._new_pin = pin
            self._set_screen("confirmPin")
            self.say(tr("Type the new PIN again."))
        elif self._screen == "confirmPin":
            if pin != self._new_pin:
                self._new_pin = None
                self._set_screen("newPin")
                self.say(tr("The two PINs differ. Choose the new PIN again."), error=True)
                return
            if self._logged_in:
                self._save_pin(pin)
            elif self._setup_code is not None:
                self._redeem(self._setup_code, pin)

    def _verify(self, pin: str) -> None:
        if self._get_pad_locked():
            return
        if len(pin) < MIN_PIN_LENGTH:
            self.say(
                QCoreApplication.translate(
                    "", "The PIN has at least %n digit(s).", None, MIN_PIN_LENGTH
                ),
                error=True,
            )
            return
        self._run(
            lambda: self._pins.verify(pin),
            self._on_verified,
            self._on_verify_failed,
            lane="background",
        )

    def _on_verify_failed(self, error: Exception) -> None:
        log.error("the staff PIN could not be checked: %s", error)
        self.say(tr("The PIN could not be checked."), error=True)

    def _on_verified(self, result: VerifyResult) -> None:
        self._apply_lock(result)
        if result.ok:
            if not self._active:
                return  # locked meanwhile
            self._logged_in = True
            audit.record(self._home, "staff", "staff.login")
            self.say("")
            self.showScreen("home")
            return
        audit.record(self._home, "staff", "staff.pin_failed")
        if result.hard_locked or result.locked_until is not None:
            self.say(self._get_lock_text(), error=True)
        else:
            tries = result.tries_left
            self.say(
                QCoreApplication.translate(
                    "", "Wrong PIN. %n tries left before the pad locks.", None, tries
                ),
                error=True,
            )

    # -- the office's one-time setup code ------------------------------------------------------

    def _take_setup_code(self, code: str) -> None:
        """Keep the code (in memory only) and ask for the new PIN; it is checked with the PIN."""
        if self._get_pad_locked():
            return
        try:
            validate_setup_code(code)
        except PinError:
            self.say(
                tr("The setup code has %1 to %2 digits: type it as the enrolment file shows it.")
                .replace("%1", str(MIN_SETUP_CODE_LENGTH))
                .replace("%2", str(MAX_SETUP_CODE_LENGTH)),
                error=True,
            )
            return
        self._setup_code = code
        self._set_screen("newPin")
        self.say(
            QCoreApplication.translate(
                "", "Now choose the staff PIN (at least %n digit(s)).", None, MIN_PIN_LENGTH
            )
        )

    def _redeem(self, code: str, pin: str) -> None:
        def work() -> tuple[VerifyResult, bool]:
            result = self._pins.redeem_setup_code(code, pin)
            return result, self._pins.has_setup_code()

        def done(outcome: tuple[VerifyResult, bool]) -> None:
            result, still_has_code = outcome
            self._new_pin, self._setup_code = None, None
            self._apply_lock(result)
            if result.ok:
                audit.record(self._home, "staff", "staff.pin_set", via="setup_code")
                if not self._active:
                    return  # locked meanwhile
                self._logged_in = True
                self.showScreen("home")
                self.say(tr("New PIN saved."))
                return
            if not self._active:
                return
            if not still_has_code and not self._get_pad_locked():
                self.open()  # set up meanwhile (`pitstop staff set-pin`): the ordinary pad
                return
            audit.record(self._home, "staff", "staff.setup_code_failed")
            self._set_screen("setupCode")
            if result.hard_locked or result.locked_until is not None:
                self.say(self._get_lock_text(), error=True)
            else:
                self.say(
                    QCoreApplication.translate(
                        "",
                        "Wrong setup code. %n tries left before the pad locks.",
                        None,
                        result.tries_left,
                    ),
                    error=True,
                )

        def failed(error: Exception) -> None:
            self._new_pin = None
            if isinstance(error, PinError):
                self._set_screen("newPin")
                self.say(str(error), error=True)
                return
            self._setup_code = None
            self._set_screen("setupCode")
            log.error("the staff setup code could not be checked: %s", error)
            self.say(tr("The setup code could not be checked."), error=True)

        self._run(work, done, failed, lane="background")

    # -- changing the PIN behind the PIN ------------------------------------------------------

    def _save_pin(self, pin: str) -> None:
        def work() -> None:
            self._pins.set_pin(pin)

        def done(_: None) -> None:
            self._new_pin = None
            audit.record(self._home, "staff", "staff.pin_changed")
            self._apply_lock(VerifyResult(ok=False))
            self._logged_in = True
            self.showScreen("home")
            self.say(tr("New PIN saved."))

        def failed(error: Exception) -> None:
            self._new_pin = None
            if isinstance(error, PinError):
                self._set_screen("newPin")
                self.say(str(error), error=True)
                return
            log.error("the staff PIN could not be saved: %s", error)
            self.say(tr("The PIN could not be saved."), error=True)

        self._run(work, done, failed, lane="background")

    @Slot()
    def changePin(self) -> None:
        if not self.authorised():
            return
        self._pin = ""
        self.pinChanged.emit()
        self._set_screen("newPin")
        self.say(
            QCoreApplication.translate(
                "", "Choose the new PIN (at least %n digit(s)).", None, MIN_PIN_LENGTH
            )
        )

    # -- the app itself -----------------------------------------------------------------------

    @Slot()
    def restartApp(self) -> None:
        if not self.authorised():
            return
        audit.record(self._home, "staff", "app.restart")
        self.lock()
        self._quit(RESTART_EXIT)

    @Slot()
    def leaveKiosk(self) -> None:
        if not self.authorised():
            return
        audit.record(self._home, "staff", "app.leave_kiosk")
        self.lock()
        self._quit(LEAVE_KIOSK_EXIT)


def not_set_up_text() -> str:
    """What the pad says on a kiosk without a staff PIN and without the office's setup code."""
    return tr(
        "Staff mode is not set up. On this kiosk run 'pitstop staff set-pin', or apply the "
        "office's enrolment file ('pitstop enrol FILE') and type its one-time code here."
    )


def _log_failure(error: Exception) -> None:
    log.warning("the staff PIN lock state cannot be read: %s", error)
