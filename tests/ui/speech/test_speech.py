"""Speech mode with the recording fake engine: what is said on each screen, in which language,
interruptions, volume and its reset after the visitor, private fields, the reference."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import click, find, settle, wait_for
from tests.ui.speech.conftest import Speaking
from ui.speech.fake import Utterance
from ui.speech.words import gain, spell
from ui.vm.intake import Intake

pytestmark = pytest.mark.timeout(60)


def key(s: Speaking, k: Qt.Key, text: str = "") -> None:
    QTest.keyClick(s.app.window, k, Qt.KeyboardModifier.NoModifier)
    settle(30)


def last(s: Speaking) -> Utterance:
    assert s.engine.said, "nothing was said"
    return s.engine.said[-1]


def test_silent_until_asked_then_the_key_turns_it_on_and_says_the_screen(
    speaking: Speaking,
) -> None:
    settle(200)
    assert speaking.engine.said == []  # a kiosk speaks only when asked
    key(speaking, Qt.Key.Key_F2)
    assert speaking.speech.is_active()
    speaking.wait_said("Premi F3")  # Italian by default, with the keys to use
    speaking.wait_said("Servizi per bambini e ragazzi")  # the welcome screen's instructions
    assert {u.locale for u in speaking.engine.said} == {"it_IT"}
    key(speaking, Qt.Key.Key_F2)
    assert not speaking.speech.is_active()
    assert last(speaking).text == "Sintesi vocale disattivata."


def test_the_listen_button_toggles_speech_on_the_welcome_and_home_screens(
    speaking: Speaking,
) -> None:
    window = speaking.app.window
    click(window, "speech.toggle")
    assert speaking.speech.is_active()
    assert find(window, "speech.toggle").property("on") is True
    speaking.app.navigator.push("home")
    wait_for(window, "home")
    click(window, "speech.toggle")
    assert not speaking.speech.is_active()


def test_each_screen_is_said_on_arrival_in_the_language_on_screen(speaking: Speaking) -> None:
    speaking.speech.setActive(True)
    speaking.app.session.setLanguage("en")
    nav = speaking.app.navigator
    nav.push("home")
    wait_for(speaking.app.window, "home")
    speaking.wait_said("Choose a kind of service")
    assert last(speaking).locale == "en_US"
    speaking.app.results.setCategory("campus-vacanze")
    nav.push("results")
    wait_for(speaking.app.window, "results")
    speaking.wait_said("found")
    assert last(speaking).locale == "en_US"
    speaking.app.session.setLanguage("it")
    speaking.wait_said("trovat")  # the same screen again, now in Italian
    assert last(speaking).locale == "it_IT"


def test_any_key_interrupts_and_the_volume_steps_by_6_db_then_resets_after_the_visitor(
    speaking: Speaking,
) -> None:
    speech = speaking.speech
    speech.setActive(True)
    settle(100)
    start = speech.property("volumeDb")
    assert start == -12
    stops = speaking.engine.stops
    key(speaking, Qt.Key.Key_Down)  # any key stops what is being said
    assert speaking.engine.stops == stops + 1
    key(speaking, Qt.Key.Key_VolumeUp)
    key(speaking, Qt.Key.Key_Plus)  # no text field has the focus: "+" is louder too
    assert speech.property("volumeDb") == 0
    assert last(speaking).volume == gain(0) == 1.0
    key(speaking, Qt.Key.Key_VolumeUp)
    assert last(speaking).text == "Volume massimo."  # the top says so, and stays
    for _ in range(6):
        key(speaking, Qt.Key.Key_VolumeDown)
    assert speech.property("volumeDb") == -30  # 30 dB of range, in 6 dB steps
    assert last(speaking).volume == pytest.approx(0.0316, abs=1e-3)
    speaking.app.session.wipe()  # the visitor leaves (the idle wipe)
    assert speech.property("volumeDb") == -12
    assert not speech.is_active()
    speaking.engine.clear()
    key(speaking, Qt.Key.Key_VolumeUp)  # off: volume keys do nothing
    assert speaking.engine.said == []


def test_the_idle_warning_is_said(speaking: Speaking) -> None:
    speaking.speech.setActive(True)
    speaking.app.navigator.push("home")
    wait_for(speaking.app.window, "home")
    speaking.app.session._on_idle()  # the idle timer ran out
    speaking.wait_said("Sei ancora qui?")
    assert "secondi" in last(speaking).text


def _contact_step(s: Speaking) -> Intake:
    feature_vm = s.app.model.vm("intake")
    assert isinstance(feature_vm, Intake)
    from ui.features.intake import IntakeFeature

    intake_feature = s.app.feature(IntakeFeature)
    assert intake_feature is not None
    intake_feature.preview("contact")
    wait_for(s.app.window, "intake.phone")
    return feature_vm


def test_private_fields_are_hidden_without_a_headset(speaking: Speaking) -> None:
    intake = _contact_step(speaking)
    speaking.speech.setActive(True)
    settle(100)
    find(speaking.app.window, "intake.phone").forceActiveFocus()
    speaking.wait_said("nascosto")
    said = " ".join(speaking.engine.texts)
    assert "347" not in said and "4567" not in said
    # Whatever says it, the typed values never come out: the gate is in the view-model.
    speaking.speech.say(f"Giulia, {intake.property('phone')}, 347-1234567")
    assert last(speaking).text == "nascosto, nascosto, nascosto"


def test_private_fields_are_read_back_into_a_headset(
    make_speaking: Callable[..., Speaking],
) -> None:
    speaking = make_speaking(speech__headset="true")
    _contact_step(speaking)
    speaking.speech.setActive(True)
    settle(100)
    find(speaking.app.window, "intake.phone").forceActiveFocus()
    speaking.wait_said("347 123 4567")


def test_the_reference_is_spelled_on_the_done_screen_and_repeated_by_key(
    speaking: Speaking,
) -> None:
    from ui.features.intake import IntakeFeature

    feature = speaking.app.feature(IntakeFeature)
    assert feature is not None
    speaking.speech.setActive(True)
    feature.preview("done")
    wait_for(speaking.app.window, "intake.reference")
    speaking.wait_said(spell("PS-4K7M-Q2"))
    assert spell("PS-4K7M-Q2") == "P S, 4 K 7 M, Q 2"
    speaking.engine.clear()
    key(speaking, Qt.Key.Key_F3)
    assert speaking.engine.events[0] == "stop"  # the key interrupts first
    assert "P S, 4 K 7 M, Q 2" in last(speaking).text
    speaking.engine.clear()
    speaking.app.navigator.help()  # the Help key (F1) says the screen again too
    assert "P S, 4 K 7 M, Q 2" in last(speaking).text


def test_validation_errors_are_said(speaking: Speaking) -> None:
    intake = _contact_step(speaking)
    speaking.speech.setActive(True)
    intake.setPhone("12")
    intake.next()
    settle(100)
    errors = dict(intake.property("errors"))
    assert errors
    speaking.wait_said(next(iter(errors.values())))
