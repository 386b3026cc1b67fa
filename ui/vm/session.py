"""One visitor's session: the UI language and the idle timer that wipes everything when they leave.

After `idle_timeout` seconds without a touch (the window's event filter calls `touched`) the
"Are you still there?" countdown starts; a touch keeps the session, the end of the countdown wipes
it: `wiped` is emitted and every view-model connected to it forgets its state. On the attract
screen there is nothing to ask about, so the session is wiped silently (the language goes back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.settings import LANGUAGE_NAMES, STAFF_LANGUAGES, UiSection
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.navigation import Navigator

log = logging.getLogger(__name__)

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
        self._idle.setInterval(ui.idle_timeout * 1000)
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

    @Slot()
    def touched(self) -> None:
        """A touch, click or key press: the visitor is still there."""
        if self._warning:
            self._set_warning(False)
        self._idle.start()

    @Slot()
    def stay(self) -> None:
        self.touched()

    def _set_warning(self, on: bool) -> None:
        if on == self._warning:
            return
        self._warning = on
        if on:
            self._countdown = self._countdown_total
            self.countdownChanged.emit()
            self._tick.start()
        else:
            self._tick.stop()
        self.idleWarningChanged.emit()

    def _on_idle(self) -> None:
        if self._nav.current_page() == "attract":
            if self._language != self._default:
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
        """Forget the session: pages, searches, filters, keyboard, language; back to attract."""
        log.info("session wiped")
        self._set_warning(False)
        self._nav.clear()  # pages first: nothing on screen redraws what is being forgotten
        self.wiped.emit()
        self.setLanguage(self._default)
        self._idle.start()

    def stop(self) -> None:
        """Stop the idle timers for good (the kiosk is closing): a wipe after that would install
        the default language's translators again into an application that outlives the kiosk."""
        self._idle.stop()
        self._tick.stop()

    # staff ------------------------------------------------------------------------------------

    @Slot()
    def requestStaff(self) -> None:
        """The discreet corner was held: open staff mode when a "staff" page is registered."""
        self.staffRequested.emit()
        if self._nav.hasPage("staff"):
            self._nav.push("staff")
