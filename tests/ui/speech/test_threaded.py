"""The speech engine off the GUI thread (ui/speech/threaded.py): a speech-dispatcher that hangs at
the first "Listen" never freezes the screen; the kiosk says "speech unavailable" instead."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThread

from tests.ui.conftest import TODAY, demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import click, find, settle, wait_until
from ui.app import KioskApp
from ui.features.speech import SpeechFeature
from ui.speech.fake import RecordingEngine
from ui.speech.threaded import ThreadedEngine

pytestmark = pytest.mark.timeout(60)


class BlockingEngine(RecordingEngine):
    """A speech-dispatcher that never answers: its start blocks until `release` is set."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.thread: QThread | None = None
        release.wait(30)
        self.thread = QThread.currentThread()


class ThreadRecordingEngine(RecordingEngine):
    """Records which thread made it and spoke."""

    def __init__(self) -> None:
        super().__init__()
        self.made_in = QThread.currentThread()
        self.spoke_in: list[QThread] = []

    def say(self, text: str, locale: QLocale, volume: float) -> None:
        self.spoke_in.append(QThread.currentThread())
        super().say(text, locale, volume)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # the stuck thread ends, so the test leaves nothing running


def test_a_hung_engine_never_blocks_the_screen_and_says_speech_unavailable(
    qapp: object,
    demo_home: Path,  # noqa: F811
    release: threading.Event,
) -> None:
    engine = ThreadedEngine(lambda: BlockingEngine(release), timeout_ms=400)
    app = KioskApp(demo_home, size=(1280, 800), today=TODAY, features=[SpeechFeature(engine)])
    try:
        w = app.window
        button = find(w, "speech.toggle")
        assert button.property("text") == "Ascolta"
        started = time.monotonic()
        click(w, "speech.toggle")  # the first "Listen": the engine starts (and hangs)
        assert time.monotonic() - started < 0.3  # the GUI thread did not wait for it
        ticks: list[float] = []
        while time.monotonic() - started < 0.3:  # the screen keeps running meanwhile
            settle(20)
            ticks.append(time.monotonic())
        assert len(ticks) >= 5
        speech = app.model.vm("speech")
        assert speech is not None
        wait_until(lambda: bool(speech.property("unavailable")), timeout=2)
        assert "speech-dispatcher" in engine.error and "spd-say test" in engine.error
        assert not speech.property("active")  # speech mode went off again...
        assert not app.session.property("timeLimitsOff")  # ...and time limits came back
        assert button.property("text") == "Voce non disponibile"  # one sentence on screen
        click(w, "speech.toggle")  # asking again: still unavailable, nothing hangs
        assert not speech.property("active") and speech.property("unavailable")
        app.session.wipe()  # the next visitor sees "Listen" again
        wait_until(lambda: find(w, "speech.toggle").property("text") == "Ascolta", timeout=2)
        assert app.qml_warnings == []
    finally:
        release.set()
        app.close()


def test_the_engine_is_made_and_speaks_in_its_own_thread(qapp: object) -> None:
    made: list[ThreadRecordingEngine] = []

    def factory() -> ThreadRecordingEngine:
        made.append(ThreadRecordingEngine())
        return made[-1]

    engine = ThreadedEngine(factory, timeout_ms=2000)
    try:
        engine.stop()  # a stop never starts the engine
        settle(50)
        assert made == []
        engine.say("Ciao", QLocale("it"), 0.5)
        engine.enqueue("Dopo", QLocale("en"), 0.25)
        wait_until(lambda: bool(made) and len(made[0].said) == 2, timeout=2)
        inner = made[0]
        gui = QThread.currentThread()
        assert inner.made_in is not gui and all(t is not gui for t in inner.spoke_in)
        assert [(u.text, u.locale, u.queued) for u in inner.said] == [
            ("Ciao", "it_IT", False),
            ("Dopo", "en_US", True),
        ]
        engine.stop()
        wait_until(lambda: inner.stops == 1, timeout=2)
        assert engine.is_ready() and engine.error == ""
    finally:
        engine.close()


@pytest.mark.parametrize(
    ("factory", "words"),
    [
        (lambda: RecordingEngine(error="speech is off: no voice"), "speech is off: no voice"),
        (lambda: (_ for _ in ()).throw(OSError("socket closed")), "failed to start (socket"),
    ],
)
def test_an_engine_that_cannot_speak_fails_in_one_sentence(
    qapp: object, factory: Callable[[], RecordingEngine], words: str
) -> None:
    engine = ThreadedEngine(factory, timeout_ms=2000)
    failed: list[bool] = []
    engine.failed.connect(lambda: failed.append(True))
    try:
        engine.say("Ciao", QLocale("it"), 0.5)
        wait_until(lambda: bool(failed), timeout=2)
        assert words in engine.error and "\n" not in engine.error
        engine.say("Ancora", QLocale("it"), 0.5)  # silent, nothing raised
        engine.stop()
        assert failed == [True]
    finally:
        engine.close()
