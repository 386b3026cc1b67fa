"""Speech mode's view-model: on or off, the volume, and everything said goes through here.

Off by default and after every visitor (`reset`, on the session wipe): the volume goes back to
`speech.volume_db`. Every utterance is spoken in the visitor's language (a QLocale of it) and
passes one privacy gate: without a headset (`speech.headset`), any name, phone number or e-mail
the visitor typed (`private_values`) is replaced by the word "hidden", whatever said it. The gate
cannot recognise personal data it was not told about.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.settings import SPEECH_MIN_DB, SPEECH_STEP_DB, SpeechSection
from ui.speech.engine import SpeechEngine
from ui.speech.words import gain, hidden
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401

log = logging.getLogger(__name__)
SEPARATOR = r"[\s\-./()]"
"""What may sit between the characters of a value as shown or said (phone groups, e-mail dots)."""


def mask(text: str, values: Iterable[str]) -> str:
    """`text` with each of `values` said as "hidden", however it is split by spaces, dashes, dots
    or brackets; whole words only (a first name inside a longer word stays)."""
    word = hidden()
    for value in values:
        chars = [c for c in value.strip() if not re.fullmatch(SEPARATOR, c)]
        if len(chars) < 2:
            continue
        pattern = (SEPARATOR + "*").join(re.escape(c) for c in chars)
        text = re.sub(rf"(?<!\w){pattern}(?!\w)", word.replace("\\", ""), text, flags=re.I)
    return text


@QmlElement
class Speech(QObject):
    activeChanged = Signal()
    volumeChanged = Signal()
    unavailableChanged = Signal()

    def __init__(
        self,
        engine: SpeechEngine,
        *,
        language: Callable[[], str],
        settings: Callable[[], SpeechSection],
        private_values: Callable[[], Iterable[str]] = lambda: (),
        summary: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._language = language
        self._settings = settings
        self._private_values = private_values
        self._summary = summary
        self._active = False
        self._db = settings().volume_db
        self._last_summary = ""
        self._unavailable = False

    def set_summary(self, summary: Callable[[], str]) -> None:
        """Where the current screen's title and instructions come from (the window watch)."""
        self._summary = summary

    # on / off ---------------------------------------------------------------------------------

    def is_active(self) -> bool:
        return self._active

    @Slot(bool)
    def setActive(self, on: bool) -> None:
        if on == self._active:
            return
        if on and self._engine.error:
            log.warning("speech mode asked for, but %s", self._engine.error)
            self.engine_failed()
            return
        self._engine.stop()
        if on:
            self._active = True
            self.activeChanged.emit()
            self._speak(self._welcome(), queued=False)
            summary = self._summary()
            if summary:
                self.sayPage(summary, queued=True)
        else:
            self._speak(QCoreApplication.translate("Speech", "Speech off."), queued=False)
            self._active = False
            self.activeChanged.emit()

    active = Property(bool, is_active, setActive, notify=activeChanged)

    @Slot()
    def toggle(self) -> None:
        self.setActive(not self._active)

    def _welcome(self) -> str:
        keys = self._settings()
        repeat = keys.repeat_keys[0] if keys.repeat_keys else ""
        toggle = keys.toggle_keys[0] if keys.toggle_keys else ""
        text = QCoreApplication.translate("Speech", "Speech on. Arrow keys move, Enter chooses.")
        if repeat:
            text += " " + QCoreApplication.translate(
                "Speech", "Press %1 to hear the screen again."
            ).replace("%1", repeat)
        if toggle:
            text += " " + QCoreApplication.translate("Speech", "Press %1 to stop speech.").replace(
                "%1", toggle
            )
        return text

    def engine_failed(self) -> None:
        """The engine cannot speak (it said why, or did not start in time): speech mode goes off
        and the screen says "speech unavailable" (`unavailable`) until the next visitor."""
        if self._active:
            self._active = False
            self.activeChanged.emit()
        if not self._unavailable:
            self._unavailable = True
            self.unavailableChanged.emit()

    def _get_unavailable(self) -> bool:
        return self._unavailable

    unavailable = Property(bool, _get_unavailable, notify=unavailableChanged)
    """Speech was asked for and the engine cannot speak: the "Listen" button says so on screen."""

    def reset(self) -> None:
        """A new visitor: silent, speech mode off, the volume back to its default."""
        self._engine.stop()
        self._last_summary = ""
        if self._unavailable:
            self._unavailable = False
            self.unavailableChanged.emit()
        if self._active:
            self._active = False
            self.activeChanged.emit()
        self._set_db(self._settings().volume_db)

    # what is said ------------------------------------------------------------------------------

    def _speak(self, text: str, *, queued: bool) -> None:
        text = text.strip()
        if not text:
            return
        if not self._settings().headset:
            text = mask(text, self._private_values())
        locale = QLocale(self._language())
        volume = gain(self._db)
        if queued:
            self._engine.enqueue(text, locale, volume)
        else:
            self._engine.say(text, locale, volume)

    @Slot(str)
    def say(self, text: str) -> None:
        """Say `text` now, interrupting (nothing while speech mode is off)."""
        if self._active:
            self._speak(text, queued=False)

    @Slot(str)
    def enqueue(self, text: str) -> None:
        """Say `text` after what is being said (nothing while speech mode is off)."""
        if self._active:
            self._speak(text, queued=True)

    def sayPage(self, summary: str, *, queued: bool = False) -> None:
        """A screen arrived (or changed what it says): its title and instructions."""
        self._last_summary = summary
        if self._active:
            self._speak(summary, queued=queued)

    @Slot()
    def stop(self) -> None:
        """Any key: stop talking (what comes next is said by the key's effect)."""
        if self._active:
            self._engine.stop()

    @Slot()
    def repeat(self) -> None:
        """Say the screen again (the confirmation: with the reference spelled out)."""
        if self._active:
            self._speak(self._summary() or self._last_summary, queued=False)

    # volume ------------------------------------------------------------------------------------

    def _get_db(self) -> int:
        return self._db

    volumeDb = Property(int, _get_db, notify=volumeChanged)
    """Below the loudest, in dB (0, -6, … -30)."""

    def _set_db(self, db: int) -> None:
        db = max(SPEECH_MIN_DB, min(0, db))
        if db != self._db:
            self._db = db
            self.volumeChanged.emit()

    def _step(self, steps: int) -> None:
        if not self._active:
            return
        before = self._db
        self._set_db(self._db + steps * SPEECH_STEP_DB)
        levels = -SPEECH_MIN_DB // SPEECH_STEP_DB + 1
        level = levels + self._db // SPEECH_STEP_DB
        if self._db == before:
            text = (
                QCoreApplication.translate("Speech", "Loudest.")
                if steps > 0
                else QCoreApplication.translate("Speech", "Quietest.")
            )
        else:
            text = (
                QCoreApplication.translate("Speech", "Volume %1 of %2.")
                .replace("%1", str(level))
                .replace("%2", str(levels))
            )
        self._speak(text, queued=False)

    @Slot()
    def volumeUp(self) -> None:
        self._step(1)

    @Slot()
    def volumeDown(self) -> None:
        self._step(-1)

    def _get_headset(self) -> bool:
        return self._settings().headset

    headset = Property(bool, _get_headset, notify=activeChanged)
