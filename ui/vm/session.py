"""One visitor's session: the UI language and the idle timer that wipes everything when they leave.

After `idle_timeout` seconds without a touch (the window's event filter calls `touched`) the
"Are you still there?" countdown starts; a touch keeps the session, the end of the countdown wipes
it: `wiped` is emitted and every view-model connected to it forgets its state. On the attract
screen there is nothing to ask about, so the session is wiped silently (the language goes back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.paths import asset
from kiosk.settings import LANGUAGE_NAMES, STAFF_LANGUAGES, UiSection
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.navigation import Navigator

log = logging.getLogger(__name__)
WARNING_SOUND = asset("sounds", "idle-warning.wav")
MORE_TIME = 3
""" "I need more time" multiplies the idle timeout and the countdown by this, until the wipe."""
SAFETY_LIMIT = 600
"""Seconds without a touch or key before the warning comes even with time limits off (speech
mode): a visitor who walked away does not leave their data on screen for ever."""

KEYBOARD_LOCALES = {
    "it": "it_IT",
    "en": "en_GB",
    "ro": "ro_RO",
    "sq": "sq_AL",
    "ar": "ar_AR",
    "uk": "uk_UA",
    "es": "es_ES",
    "fr": "fr_FR",
}
"""The Qt Virtual Keyboard layout of each language (all eight ship with PySide6-Addons 6.11)."""
LATIN_FALLBACK = "en_GB"
"""Offered next to a non-Latin layout (Arabic, Ukrainian): e-mail addresses are typed in Latin."""


def language_name(code: str) -> str:
    """The language named in itself ("Română"); an unknown code is shown as it is."""
    for known, name in LANGUAGE_NAMES.items():
        if known == code:
            return name
    return code


@QmlElement
class Session(QObject):
    languageChanged = Signal()
    idleWarningChanged = Signal()
    countdownChanged = Signal()
    extendedChanged = Signal()
    timeLimitsOffChanged = Signal()
    largeTextChanged = Signal()
    visitorActive = Signal()
    """A touch, click or key press (the confirmation screen stays while it is touched)."""
    warningStarted = Signal(int)
    """The countdown began (its seconds): the idle dialog beeps, speech reads the warning."""
    wiped = Signal()
    """Everything the visitor did must be forgotten now."""
    staffRequested = Signal()

    def __init__(
        self,
        navigator: Navigator,
        *,
        languages: list[str],
        default_language: str,
        idle_timeout: int,
        idle_countdown: int,
        apply_language: Callable[[str], None],
        language: str | None = None,
        safety_limit: int = SAFETY_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._nav = navigator
        self._languages = list(languages)
        self._default = default_language
        self._language = language or default_language
        self._apply_language = apply_language
        navigator.pageChanged.connect(self._staff_language)
        self._countdown_total = idle_countdown
        self._countdown = idle_countdown
        self._warning = False
        self._idle_timeout = idle_timeout
        self._safety_limit = safety_limit
        self._factor = 1
        self._time_limits_off = False
        self._large_text = False
        self._idle = QTimer(self, singleShot=True, interval=idle_timeout * 1000)
        self._idle.timeout.connect(self._on_idle)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._idle.start()

    # language ---------------------------------------------------------------------------------

    def current_language(self) -> str:
        """The visitor's language (`language` for QML; Python callers read it here, typed)."""
        return self._language

    def _choosable(self) -> list[str]:
        """The languages the picker offers now: staff mode's own on the staff page."""
        if self._nav.current_page() == "staff":
            return list(STAFF_LANGUAGES)
        return list(self._languages)

    @Slot(str)
    def setLanguage(self, lang: str) -> None:
        if lang not in self._choosable() or lang == self._language:
            return
        self._language = lang
        self._apply_language(lang)
        self.languageChanged.emit()

    language = Property(str, current_language, setLanguage, notify=languageChanged)

    def _staff_language(self) -> None:
        """Staff mode is Italian or English: opening it from another language switches to the
        default language when staff mode has it, else Italian."""
        self.languagesChanged.emit()  # the picker's choices follow the page
        if self._nav.current_page() == "staff" and self._language not in STAFF_LANGUAGES:
            self.setLanguage(self._default if self._default in STAFF_LANGUAGES else "it")

    def _get_languages(self) -> list[str]:
        return self._choosable()

    languagesChanged = Signal()
    languages = container_property("QStringList", _get_languages, notify=languagesChanged)
    """The languages the picker shows now (staff mode: it and en only)."""

    @Slot(str, result=str)
    def languageName(self, code: str) -> str:
        """`code` named in itself, for the language buttons."""
        return language_name(code)

    def _keyboard_locale(self) -> str:
        return KEYBOARD_LOCALES.get(self._language, LATIN_FALLBACK)

    keyboardLocale = Property(str, _keyboard_locale, notify=languageChanged)
    """The on-screen keyboard's layout for the language ("ro_RO")."""

    def _keyboard_locales(self) -> list[str]:
        first = self._keyboard_locale()
        return [first] if first[:2] not in ("ar", "uk") else [first, LATIN_FALLBACK]

    keyboardLocales = container_property("QStringList", _keyboard_locales, notify=languageChanged)
    """The layouts the keyboard's language key cycles through: the language's own, plus the
    British English one for Arabic and Ukrainian (e-mail addresses are Latin)."""

    def apply_settings(self, ui: UiSection) -> None:
        """Staff changed the [ui] settings: languages, default language and idle times apply now."""
        self._languages = list(ui.languages)
        self._default = ui.default_language
        self._countdown_total = ui.idle_countdown
        self._idle_timeout = ui.idle_timeout
        self._idle.setInterval(self._idle_ms())
        self.languagesChanged.emit()
        if self._language not in self._languages:
            self.setLanguage(self._default)

    # idle -------------------------------------------------------------------------------------

    def _get_warning(self) -> bool:
        return self._warning

    idleWarning = Property(bool, _get_warning, notify=idleWarningChanged)

    def _get_countdown(self) -> int:
        return self._countdown

    countdown = Property(int, _get_countdown, notify=countdownChanged)

    def _get_extended(self) -> bool:
        return self._factor > 1

    extended = Property(bool, _get_extended, notify=extendedChanged)
    """The visitor asked for more time: the idle timeout and the countdown are MORE_TIME times
    longer until the session ends."""

    def _get_time_limits_off(self) -> bool:
        return self._time_limits_off

    def set_time_limits_off(self, off: bool) -> None:
        """The usual idle warning off while `off` (speech mode sets it: WCAG 2.2.1 "turn off"):
        only after the safety limit (SAFETY_LIMIT s, x3 after "more time") without a touch or key
        does the same warning come, so a visitor who walked away is not left on screen for ever.
        When limits come back, the idle timeout starts afresh."""
        if off == self._time_limits_off:
            return
        self._time_limits_off = off
        self._set_warning(False)
        self._idle.setInterval(self._idle_ms())
        self._idle.start()
        self.timeLimitsOffChanged.emit()

    timeLimitsOff = Property(
        bool, _get_time_limits_off, set_time_limits_off, notify=timeLimitsOffChanged
    )

    @Slot()
    def touched(self) -> None:
        """A touch, click or key press: the visitor is still there."""
        if self._warning:
            self._set_warning(False)
        self._idle.start()
        self.visitorActive.emit()

    @Slot()
    def stay(self) -> None:
        self.touched()

    @Slot()
    def moreTime(self) -> None:
        """ "I need more time": the warning closes; the idle timeout and the countdown become
        MORE_TIME times longer for the rest of this visit (once: asking again changes nothing)."""
        if self._factor == 1:
            self._factor = MORE_TIME
            self._idle.setInterval(self._idle_ms())
            self.extendedChanged.emit()
        self.touched()

    @Slot()
    def warn(self) -> None:
        """Start the "Are you still there?" countdown now (a screen that closes by itself, like
        the confirmation, asks first); nothing while time limits are off."""
        if not self._time_limits_off:
            self._set_warning(True)

    def _get_warning_sound(self) -> QUrl:
        return QUrl.fromLocalFile(str(WARNING_SOUND))

    warningSound = Property(QUrl, _get_warning_sound, constant=True)
    """The soft chime played as the countdown begins (assets/sounds, made by tools/sounds.py)."""

    def countdown_seconds(self) -> int:
        """How long the countdown lasts now (the setting, times MORE_TIME after "more time")."""
        return self._countdown_total * self._factor

    def set_second(self, ms: int) -> None:
        """How long one countdown second lasts, in ms: tests shorten it (the minimum countdown is
        20 s); the kiosk never calls it."""
        self._tick.setInterval(ms)

    def set_safety_limit(self, seconds: int) -> None:
        """The safety limit with time limits off, in s: tests shorten it; the kiosk never calls it."""
        self._safety_limit = seconds
        self._idle.setInterval(self._idle_ms())

    def _idle_ms(self) -> int:
        limit = self._safety_limit if self._time_limits_off else self._idle_timeout
        return limit * self._factor * 1000

    def _set_warning(self, on: bool) -> None:
        if on == self._warning:
            return
        self._warning = on
        if on:
            self._countdown = self.countdown_seconds()
            self.countdownChanged.emit()
            self._tick.start()
        else:
            self._tick.stop()
        self.idleWarningChanged.emit()
        if on:
            self.warningStarted.emit(self._countdown)

    def _on_idle(self) -> None:
        if self._time_limits_off:  # the safety limit: the same warning, on every page
            self._set_warning(True)
            return
        if self._nav.current_page() == "attract":
            if self._language != self._default or self._large_text or self._factor > 1:
                self.wipe()
            self._idle.start()
            return
        self._set_warning(True)

    def _on_tick(self) -> None:
        self._countdown -= 1
        self.countdownChanged.emit()
        if self._countdown <= 0:
            self.wipe()

    @Slot()
    def wipe(self) -> None:
        """Forget the session: pages, searches, filters, keyboard, language, large text, more
        time; back to attract."""
        log.info("session wiped")
        self._set_warning(False)
        self._nav.clear()  # pages first: nothing on screen redraws what is being forgotten
        self.wiped.emit()
        self.setLanguage(self._default)
        self.setLargeText(False)
        if self._factor != 1:
            self._factor = 1
            self._idle.setInterval(self._idle_ms())
            self.extendedChanged.emit()
        self._idle.start()

    def stop(self) -> None:
        """Stop the idle timers for good (the kiosk is closing): a wipe after that would install
        the default language's translators again into an application that outlives the kiosk."""
        self._idle.stop()
        self._tick.stop()

    # seeing -----------------------------------------------------------------------------------

    def _get_large_text(self) -> bool:
        return self._large_text

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        """The "large text" switch (every text 1.3 times larger: Ui.textScale); the next visitor
        starts without it."""
        if on != self._large_text:
            self._large_text = on
            self.largeTextChanged.emit()

    largeText = Property(bool, _get_large_text, setLargeText, notify=largeTextChanged)

    # staff ------------------------------------------------------------------------------------

    @Slot()
    def requestStaff(self) -> None:
        """The discreet corner was held: open staff mode when a "staff" page is registered."""
        self.staffRequested.emit()
        if self._nav.hasPage("staff"):
            self._nav.push("staff")
