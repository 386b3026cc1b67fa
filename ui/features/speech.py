"""The speech feature: `app.vm("speech")` (ui/vm/speech.py), the window watch (ui/speech/watch.py),
reset after every visitor, and what the other screens need said (idle warning, errors)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.tree import walk

if TYPE_CHECKING:
    from kiosk.settings import Settings
    from ui.app import KioskApp
    from ui.speech.engine import SpeechEngine
    from ui.speech.watch import SpeechWatch
    from ui.vm.intake import Intake
    from ui.vm.speech import Speech

log = logging.getLogger(__name__)


class SpeechFeature:
    """Speech mode; `engine` None means Qt TextToSpeech on speech-dispatcher in its own thread
    with a start watchdog (`ui.speech.threaded.ThreadedEngine`; tests pass
    `ui.speech.fake.RecordingEngine`). While speech mode is on, the session's time limits are
    off (`Session.timeLimitsOff`) but for its long safety limit (`ui.vm.session.SAFETY_LIMIT`)."""

    urgent = True
    """The "Listen" button is on the welcome screen from the first frame; the engine itself
    starts only when speech mode is first turned on."""

    def __init__(self, engine: SpeechEngine | None = None) -> None:
        self._engine = engine
        self.speech: Speech | None = None
        self.watch: SpeechWatch | None = None
        self._app: KioskApp | None = None
        self._intake: Intake | None = None
        self._errors: dict[str, str] = {}

    def install(self, app: KioskApp) -> None:
        from ui.speech.engine import QtSpeechEngine
        from ui.speech.threaded import ThreadedEngine
        from ui.speech.watch import SpeechWatch
        from ui.vm.speech import Speech

        self._app = app
        settings = app.services.settings
        engine = self._engine
        if engine is None:
            engine = ThreadedEngine(QtSpeechEngine, parent=app.window)
        self._engine = engine
        speech = Speech(
            engine,
            language=app.session.current_language,
            settings=lambda: settings.current.speech,
            private_values=self._private_values,
        )
        watch = SpeechWatch(app.window, speech, settings=lambda: settings.current.speech)
        speech.set_summary(watch.summary)
        self.speech, self.watch = speech, watch
        app.model.register("speech", speech)
        _reach_buttons(app, speech)
        app.session.wiped.connect(speech.reset)
        speech.activeChanged.connect(lambda: app.session.set_time_limits_off(speech.is_active()))
        failed = getattr(engine, "failed", None)  # ThreadedEngine: no start within its timeout
        if failed is not None:
            failed.connect(speech.engine_failed)
        app.session.idleWarningChanged.connect(self._idle_warning)
        app.navigator.pageChanged.connect(self._find_intake)
        app.navigator.helpRequested.connect(lambda _page: speech.repeat())  # F1 / Help
        settings.changed.connect(self._apply_settings)

    def _apply_settings(self, new: Settings) -> None:
        if self.watch is not None:
            self.watch.apply_settings(new.speech)

    def _find_intake(self) -> None:
        """The contact request may be installed after this feature: hook it once it is there."""
        if self._intake is not None or self._app is None:
            return
        vm = self._app.model.vm("intake")
        from ui.vm.intake import Intake

        if isinstance(vm, Intake):
            self._intake = vm
            vm.errorsChanged.connect(self._intake_errors)

    def _private_values(self) -> Iterable[str]:
        self._find_intake()
        intake = self._intake
        if intake is None:
            return ()
        return [str(intake.property(name) or "") for name in ("firstName", "phone", "email")]

    def _intake_errors(self) -> None:
        """Say the messages that appeared (not the ones still showing from before)."""
        intake, speech = self._intake, self.speech
        if intake is None or speech is None:
            return
        errors = {str(k): str(v) for k, v in dict(intake.property("errors") or {}).items()}
        new = [text for field, text in errors.items() if text and self._errors.get(field) != text]
        self._errors = errors
        if new:
            speech.say(" ".join(new))

    def _idle_warning(self) -> None:
        app, speech = self._app, self.speech
        if app is None or speech is None or not app.session.property("idleWarning"):
            return
        seconds = int(app.session.property("countdown") or 0)
        speech.say(
            QCoreApplication.translate("Speech", "Are you still there?")
            + " "
            + QCoreApplication.translate(
                "Speech",
                "For your privacy the screen will be cleared in %n second(s). "
                "Press any key to stay.",
                None,
                seconds,
            )
        )

    def shutdown(self) -> None:
        if self.watch is not None:
            self.watch.close()
        if self.speech is not None:
            self.speech.reset()
        close = getattr(self._engine, "close", None)
        if callable(close):
            close()


def _reach_buttons(app: KioskApp, speech: Speech) -> None:
    """Buttons made before the feature was installed asked `app.vm("speech")` too early: tell them."""
    for item in walk(app.window.contentItem()):
        if item.objectName() == "speech.toggle":
            item.setProperty("speech", speech)
