"""The speech engine: a protocol the view-model speaks through, and the real one on Qt TextToSpeech.

`QtSpeechEngine` creates its `QTextToSpeech` on first use (a kiosk nobody asks to speak never starts
speech-dispatcher) and never raises: an engine that cannot start sets `error` (one sentence) and
stays silent. What it cannot tell: whether anything is plugged into the audio socket, or whether the
voice espeak-ng picks for a language is any good.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject

if TYPE_CHECKING:  # imported when speech first starts: Qt TextToSpeech brings Qt Multimedia's
    # audio back end (PulseAudio's libraries, ~4 MiB) into every kiosk otherwise
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
DEFAULT_ENGINE = "speechd"
"""Qt's speech-dispatcher plugin (the PySide6 wheel ships it and a "mock" one, nothing else)."""


class SpeechEngine(Protocol):
    """What speech mode needs of a synthesiser. `volume` is linear, 0 to 1."""

    def say(self, text: str, locale: QLocale, volume: float) -> None:
        """Stop what is being said and say `text`."""

    def enqueue(self, text: str, locale: QLocale, volume: float) -> None:
        """Say `text` after what is being said."""

    def stop(self) -> None:
        """Stop at once and forget what was queued."""

    @property
    def error(self) -> str:
        """Why the engine cannot speak ("" while it can)."""


class QtSpeechEngine:
    """Qt TextToSpeech with the `engine` plugin (speech-dispatcher by default)."""

    def __init__(self, engine: str = DEFAULT_ENGINE, parent: QObject | None = None) -> None:
        self._engine_name = engine
        self._parent = parent
        self._tts: QTextToSpeech | None = None
        self._error = ""
        self._missing_voices: set[str] = set()

    @property
    def error(self) -> str:
        return self._error

    def start(self) -> bool:
        """Create the synthesiser now (True when it can speak); otherwise `error` says why."""
        if self._tts is not None:
            return not self._error
        if self._error:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = QTextToSpeech.availableEngines()
        if self._engine_name not in engines:
            self._fail(
                f"speech is off: Qt has no '{self._engine_name}' speech engine (it has: "
                f"{', '.join(engines) or 'none'}); install speech-dispatcher, "
                "speech-dispatcher-espeak-ng and espeak-ng (tools/system-deps.sh)"
            )
            return False
        tts = QTextToSpeech(self._engine_name, self._parent)
        if tts.state() == QTextToSpeech.State.Error:
            self._fail(
                f"speech is off: the '{self._engine_name}' speech engine did not start "
                f"({tts.errorString() or 'no reason given'}); check that speech-dispatcher "
                "runs for the kiosk's user (spd-say test)"
            )
            tts.deleteLater()
            return False
        tts.errorOccurred.connect(self._on_error)
        self._tts = tts
        return True

    def _fail(self, sentence: str) -> None:
        self._error = sentence
        log.error("%s", sentence)

    def _on_error(self, reason: QTextToSpeech.ErrorReason, text: str) -> None:
        log.warning("speech engine: %s (%s)", text or "error", reason.name)

    def _prepare(self, locale: QLocale, volume: float) -> QTextToSpeech | None:
        if not self.start() or self._tts is None:
            return None
        tts = self._tts
        if tts.locale().name() != locale.name():
            self._choose_voice(tts, locale)
        tts.setVolume(max(0.0, min(1.0, volume)))
        return tts

    def _choose_voice(self, tts: QTextToSpeech, locale: QLocale) -> None:
        """The locale's own voice; else one of its language; else the default voice (logged once)."""
        available = tts.availableLocales()
        exact = [loc for loc in available if loc.name() == locale.name()]
        same_language = [loc for loc in available if loc.language() == locale.language()]
        candidates = exact or same_language
        if not candidates:
            if locale.name() not in self._missing_voices:
                self._missing_voices.add(locale.name())
                log.warning(
                    "speech: no voice for %s; install espeak-ng's voices (espeak-ng-data)",
                    locale.name(),
                )
            return
        tts.setLocale(candidates[0])

    def say(self, text: str, locale: QLocale, volume: float) -> None:
        tts = self._prepare(locale, volume)
        if tts is not None:
            tts.say(text)

    def enqueue(self, text: str, locale: QLocale, volume: float) -> None:
        tts = self._prepare(locale, volume)
        if tts is not None:
            tts.enqueue(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop(type(self._tts).BoundaryHint.Immediate)

    def close(self) -> None:
        """Stop and let the synthesiser go (the kiosk is closing)."""
        if self._tts is not None:
            self._tts.stop(type(self._tts).BoundaryHint.Immediate)
            self._tts.deleteLater()
            self._tts = None
