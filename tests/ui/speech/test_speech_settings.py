"""The [speech] settings: every key name maps to a Qt key; bad values are one sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.settings import Settings, SettingsError
from ui.speech.keys import SpeechKeys, all_names, qt_key
from ui.vm.speech import mask


def test_every_key_name_is_a_distinct_qt_key() -> None:
    keys = [qt_key(name) for name in all_names()]  # type: ignore[arg-type]
    assert len(set(keys)) == len(keys)
    assert qt_key("F2") == Qt.Key.Key_F2 and qt_key("F24") == Qt.Key.Key_F24
    assert Qt.Key.Key_F11 not in keys  # kiosk hardening swallows F11


def test_defaults_and_custom_keypad_mapping() -> None:
    default = SpeechKeys.from_settings(Settings().speech)
    assert default.toggle == {Qt.Key.Key_F2} and default.repeat == {Qt.Key.Key_F3}
    assert default.louder == {Qt.Key.Key_VolumeUp, Qt.Key.Key_Plus}
    keypad = (
        Settings()
        .with_value("speech.toggle_keys", "Help")
        .with_value("speech.repeat_keys", "F20,MediaPlay")
    )
    assert SpeechKeys.from_settings(keypad.speech).repeat == {
        Qt.Key.Key_F20,
        Qt.Key.Key_MediaPlay,
    }


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        ("speech.toggle_keys", "F2,Q", "speech.toggle_keys must be a comma-separated list of F1"),
        ("speech.volume_db", "-7", "speech.volume_db must be a whole number of dB from -30 to 0"),
        ("speech.volume_db", "6", "in steps of 6"),
        (
            "speech.repeat_keys",
            "F2",
            "speech.repeat_keys and speech.toggle_keys both use the key F2",
        ),
    ],
)
def test_bad_values_are_refused_in_one_sentence(key: str, value: str, sentence: str) -> None:
    with pytest.raises(SettingsError, match=sentence.replace("+", r"\+")):
        Settings().with_value(key, value)


def test_mask_hides_values_however_they_are_split_but_not_inside_words() -> None:
    values = ["Al", "347 123 4567", "anna.rossi@example.it"]
    said = mask("Al, 3471234567, 347-123-4567, Alleanza, anna.rossi@example.it", values)
    assert said == "hidden, hidden, hidden, Alleanza, hidden"
