"""A kiosk with speech mode and the contact request, speaking into a recording fake engine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk import settings as settings_mod
from tests.ui.conftest import TODAY, demo_db, demo_home  # noqa: F401  (fixtures)
from tests.ui.qmlhelpers import settle
from ui.app import KioskApp
from ui.features.intake import IntakeFeature
from ui.features.speech import SpeechFeature
from ui.speech.fake import RecordingEngine
from ui.vm.speech import Speech


@dataclass
class Speaking:
    app: KioskApp
    engine: RecordingEngine
    feature: SpeechFeature

    @property
    def speech(self) -> Speech:
        assert self.feature.speech is not None
        return self.feature.speech

    def wait_said(self, text: str, timeout: float = 3.0) -> None:
        """Wait until an utterance containing `text` was recorded."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in said for said in self.engine.texts):
                return
            settle(20)
        raise AssertionError(f"{text!r} was never said; said: {self.engine.texts}")


@pytest.fixture
def make_speaking(qapp: object, demo_home: Path) -> Iterator[Callable[..., Speaking]]:  # noqa: F811
    made: list[KioskApp] = []

    def make(**settings: str) -> Speaking:
        if settings:
            current = settings_mod.load_or_init(demo_home)
            for key, value in settings.items():
                current = current.with_value(key.replace("__", "."), value)
            settings_mod.save(demo_home, current)
        engine = RecordingEngine()
        feature = SpeechFeature(engine)
        app = KioskApp(
            demo_home, size=(1280, 800), today=TODAY, features=[IntakeFeature(), feature]
        )
        made.append(app)
        return Speaking(app, engine, feature)

    try:
        yield make
        for app in made:
            assert app.qml_warnings == []
    finally:
        for app in made:
            app.close()


@pytest.fixture
def speaking(make_speaking: Callable[..., Speaking]) -> Speaking:
    return make_speaking()
