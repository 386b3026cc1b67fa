"""A speech engine kept off the GUI thread, with a watchdog on its start.

`ThreadedEngine` creates the real engine (`factory`, e.g. `QtSpeechEngine`) in its own QThread the
first time something is said, and passes every `say`/`enqueue`/`stop` to it there: a
speech-dispatcher that hangs (when the synthesiser is created, or later while it speaks) blocks that
thread, never the kiosk's screen. If the engine has not started `timeout_ms` after the first
"Listen", `error` becomes one sentence and `failed` is emitted (speech mode then shows "speech
unavailable"); a start that comes later is ignored until the kiosk restarts. What it cannot do: stop
a thread stuck inside speech-dispatcher (it is left behind, never waited on for more than a moment).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, Signal, Slot

from ui.speech.engine import SpeechEngine

log = logging.getLogger(__name__)
START_TIMEOUT_MS = 8000
"""How long the first start may take (speech-dispatcher spawning espeak-ng: about 1 s)."""
_LEFT_BEHIND: list[QThread] = []
"""Threads stuck in a hung engine at shutdown: kept referenced so Qt never destroys them running."""


class _Worker(QObject):
    """Lives in the speech thread: makes the engine there and speaks through it."""

    started = Signal(str)
    """The engine is made: "" or why it cannot speak."""

    def __init__(self, factory: Callable[[], SpeechEngine]) -> None:
        super().__init__()
        self._factory = factory
        self._engine: SpeechEngine | None = None

    @Slot()
    def start(self) -> None:
        try:
            engine = self._factory()
            begin = getattr(engine, "start", None)
            if callable(begin):
                begin()
            error = engine.error
        except Exception as exc:  # a plugin that raises must not end the kiosk
            log.exception("speech engine failed to start")
            self.started.emit(f"speech is off: the speech engine failed to start ({exc})")
            return
        self._engine = engine
        self.started.emit(error)

    @Slot(str, str, float)
    def say(self, text: str, locale: str, volume: float) -> None:
        if self._engine is not None:
            self._engine.say(text, QLocale(locale), volume)

    @Slot(str, str, float)
    def enqueue(self, text: str, locale: str, volume: float) -> None:
        if self._engine is not None:
            self._engine.enqueue(text, QLocale(locale), volume)

    @Slot()
    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    @Slot()
    def close(self) -> None:
        close = getattr(self._engine, "close", None)
        if callable(close):
            close()
        self._engine = None


class ThreadedEngine(QObject):
    """`SpeechEngine` whose real engine (`factory()`) lives and speaks in its own thread."""

    failed = Signal()
    """The engine cannot speak (did not start in time, or said why): `error` has the sentence."""
    _start = Signal()
    _say = Signal(str, str, float)
    _enqueue = Signal(str, str, float)
    _stop = Signal()
    _close = Signal()

    def __init__(
        self,
        factory: Callable[[], SpeechEngine],
        *,
        timeout_ms: int = START_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._timeout_ms = timeout_ms
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._ready = False
        self._error = ""
        self._watchdog = QTimer(self, singleShot=True, interval=timeout_ms)
        self._watchdog.timeout.connect(self._too_slow)

    @property
    def error(self) -> str:
        return self._error

    def is_ready(self) -> bool:
        """The engine started and can speak."""
        return self._ready and not self._error

    def _begin(self) -> bool:
        """Start the thread and the engine in it (once); False once the engine has failed."""
        if self._error:
            return False
        if self._thread is None:
            thread = QThread()
            thread.setObjectName("speech")
            worker = _Worker(self._factory)
            worker.moveToThread(thread)
            self._start.connect(worker.start)
            self._say.connect(worker.say)
            self._enqueue.connect(worker.enqueue)
            self._stop.connect(worker.stop)
            self._close.connect(worker.close)
            worker.started.connect(self._started)
            thread.finished.connect(worker.deleteLater)
            self._thread, self._worker = thread, worker
            thread.start()
            self._watchdog.start()
            self._start.emit()
        return True

    @Slot(str)
    def _started(self, error: str) -> None:
        if self._error:  # too late: the watchdog already gave up
            log.warning(
                "speech engine started after %d ms; ignored until restart", self._timeout_ms
            )
            return
        self._watchdog.stop()
        self._ready = True
        if error:
            self._fail(error)

    def _too_slow(self) -> None:
        if not self._ready and not self._error:
            self._fail(
                f"speech is off: the speech engine did not start within "
                f"{self._timeout_ms // 1000 or 1} s; check that speech-dispatcher answers for "
                "the kiosk's user (spd-say test)"
            )

    def _fail(self, sentence: str) -> None:
        self._error = sentence
        log.error("%s", sentence)
        self.failed.emit()

    def say(self, text: str, locale: QLocale, volume: float) -> None:
        if self._begin():
            self._say.emit(text, locale.name(), volume)

    def enqueue(self, text: str, locale: QLocale, volume: float) -> None:
        if self._begin():
            self._enqueue.emit(text, locale.name(), volume)

    def stop(self) -> None:
        """Stop what is said (never starts the engine)."""
        if self._thread is not None and not self._error:
            self._stop.emit()

    def close(self, wait_ms: int = 2000) -> None:
        """Stop speaking and end the thread; a thread stuck in the engine is left behind."""
        self._watchdog.stop()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._close.emit()
        thread.quit()
        if not thread.wait(wait_ms):
            log.warning("speech thread did not end within %d ms; left behind", wait_ms)
            _LEFT_BEHIND.append(thread)
