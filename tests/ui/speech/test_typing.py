"""Speech mode says each character typed into the focused field, from keys or the on-screen
keyboard (an input method commit), in the language on screen; deletions too. Private fields (name,
phone, e-mail) say "hidden" unless a headset is in use; masked fields never say the character."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from tests.ui.qmlhelpers import find, settle, type_text, wait_for, wait_until
from tests.ui.speech.conftest import Speaking
from ui.speech.fake import Utterance
from ui.speech.words import describe, edit, is_private, typed_words

pytestmark = pytest.mark.timeout(60)


def _press(s: Speaking, key: Qt.Key) -> None:
    QTest.keyClick(s.app.window, key, Qt.KeyboardModifier.NoModifier)
    settle(30)


def _type(s: Speaking, char: str) -> None:
    type_text(s.app.window, char)  # key presses with their text, as a USB keyboard sends them
    settle(30)


def _commit(field: QQuickItem, text: str) -> None:
    """What the on-screen keyboard does: an input method event committing `text`."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(field, event)
    settle(30)


def _focused_field(s: Speaking, name: str) -> QQuickItem:
    field = find(s.app.window, name)
    field.forceActiveFocus()
    wait_until(lambda: bool(field.hasActiveFocus()))
    settle(150)  # the field's own description is said first
    s.engine.clear()
    return field


def _last(s: Speaking) -> Utterance:
    assert s.engine.said, f"nothing was said (events: {s.engine.events})"
    return s.engine.said[-1]


def _search_field(s: Speaking) -> QQuickItem:
    s.app.session.setLanguage("en")
    s.app.navigator.push("home")
    s.app.results.setCategory("campus-vacanze")
    s.app.navigator.push("results")
    wait_for(s.app.window, "results.search")
    s.speech.setActive(True)
    return _focused_field(s, "results.search")


def _contact_field(s: Speaking, name: str) -> QQuickItem:
    from ui.features.intake import IntakeFeature

    feature = s.app.feature(IntakeFeature)
    assert feature is not None
    feature.preview("contact")
    wait_for(s.app.window, name)
    s.speech.setActive(True)
    settle(100)
    return _focused_field(s, name)


def _first_after(s: Speaking, act: Callable[[], None]) -> Utterance:
    """What is said first after `act` (the results page then says its new count and the field
    again: a search changes the results)."""
    s.engine.clear()
    act()
    assert s.engine.said, f"nothing was said (events: {s.engine.events})"
    assert s.engine.events[0] == "stop", s.engine.events  # the key stopped what was being said
    return s.engine.said[0]


def test_each_typed_character_is_said_interrupting_in_the_language_on_screen(
    speaking: Speaking,
) -> None:
    s = speaking
    _search_field(s)
    said = _first_after(s, lambda: _type(s, "b"))
    assert (said.text, said.locale, said.queued) == ("b", "en_US", False)
    assert _first_after(s, lambda: _type(s, "7")).text == "7"
    assert _first_after(s, lambda: _press(s, Qt.Key.Key_Space)).text == "space"
    assert _first_after(s, lambda: _press(s, Qt.Key.Key_Backspace)).text == "deleted, space"
    s.app.session.setLanguage("it")
    _focused_field(s, "results.search")
    said = _first_after(s, lambda: _press(s, Qt.Key.Key_Backspace))
    assert (said.text, said.locale) == ("eliminato, 7", "it_IT")


def test_the_on_screen_keyboard_is_said_too_and_a_whole_word_is_not(speaking: Speaking) -> None:
    field = _search_field(speaking)
    _commit(field, "k")
    assert speaking.engine.texts[:1] == ["k"]
    settle(150)
    speaking.engine.clear()
    _commit(field, "@")
    assert speaking.engine.texts[:1] == ["at sign"]
    settle(150)
    speaking.engine.clear()
    _commit(field, "campus")  # a suggestion taken at once: not letter by letter
    settle(150)
    assert not any(t in ("c", "a", "m", "p", "u", "s") for t in speaking.engine.texts)
    assert field.property("text") == "k@campus"


def test_text_the_screen_sets_is_not_said_as_typing(speaking: Speaking) -> None:
    field = _search_field(speaking)
    field.setProperty("text", "a")  # not the visitor: no textEdited
    settle(150)
    assert "a" not in speaking.engine.texts


def test_nothing_is_said_while_speech_mode_is_off(speaking: Speaking) -> None:
    _search_field(speaking)
    speaking.speech.setActive(False)
    speaking.engine.clear()
    _type(speaking, "b")
    assert speaking.engine.said == []


def test_a_private_field_says_hidden_without_a_headset(speaking: Speaking) -> None:
    field = _contact_field(speaking, "intake.phone")
    before = str(field.property("text"))
    _type(speaking, "5")
    assert str(field.property("text")) != before  # it was typed
    assert _last(speaking).text == "nascosto"
    _press(speaking, Qt.Key.Key_Backspace)
    assert _last(speaking).text == "eliminato"
    _commit(field, "9")  # the on-screen keyboard alike
    assert _last(speaking).text == "nascosto"
    assert not any(c in text for text in speaking.engine.texts for c in "0123456789")


def test_a_focused_private_field_is_described_as_hidden_whatever_the_gate_knows(
    speaking: Speaking,
) -> None:
    """describe() hides a personal-data field's value by itself (ImhSensitiveData), not only
    through the view-model's gate: PySide's InputMethodHint flag refused int(), so it never did."""
    field = _contact_field(speaking, "intake.phone")
    assert is_private(field)
    field.setProperty("text", "333 999 8888")  # typed, but not (yet) in the view-model's list
    assert "nascosto" in describe(field, headset=False)
    assert "999" not in describe(field, headset=False)
    assert "333 999 8888" in describe(field, headset=True)


def test_a_private_field_says_the_character_into_a_headset(
    make_speaking: Callable[..., Speaking],
) -> None:
    speaking = make_speaking(speech__headset="true")
    _contact_field(speaking, "intake.email")
    _type(speaking, "x")
    assert _last(speaking).text == "x"
    _type(speaking, "@")
    assert _last(speaking).text == "chiocciola"
    _press(speaking, Qt.Key.Key_Backspace)
    assert _last(speaking).text == "eliminato, chiocciola"


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ("", "a", ("typed", "a")),
        ("ab", "b", ("deleted", "a")),
        ("347", "347 1", ("typed", "1")),  # a field that groups digits adds the space itself
        ("347 1", "347", ("deleted", "1")),
        ("ab", "ab ", ("typed", " ")),
        ("aa", "aaa", ("typed", "a")),
        ("abc", "abd", None),  # replaced, not typed
        ("", "hello", None),  # pasted or a whole suggestion
        ("hello", "", None),  # cleared
        ("", "", None),
    ],
)
def test_one_edit_is_one_character_typed_or_deleted(
    before: str, after: str, change: tuple[str, str] | None
) -> None:
    assert edit(before, after) == change


def test_a_masked_field_never_says_the_character_even_into_a_headset(qapp: object) -> None:
    for headset in (False, True):
        assert typed_words("12", "123", private=False, masked=True, headset=headset) == "hidden"
        assert typed_words("123", "12", private=False, masked=True, headset=headset) == "deleted"
    assert typed_words("12", "123", private=True, masked=False, headset=True) == "3"
    assert typed_words("12", "123", private=True, masked=False, headset=False) == "hidden"
