"""The `[speech]` key names of the settings (kiosk.settings.SpeechKey) as Qt keys."""

from __future__ import annotations

import typing
from dataclasses import dataclass

from PySide6.QtCore import Qt

from kiosk.settings import SpeechKey, SpeechSection

_NAMED: dict[str, Qt.Key] = {
    "VolumeUp": Qt.Key.Key_VolumeUp,
    "VolumeDown": Qt.Key.Key_VolumeDown,
    "VolumeMute": Qt.Key.Key_VolumeMute,
    "Help": Qt.Key.Key_Help,
    "MediaPlay": Qt.Key.Key_MediaPlay,
    "MediaPause": Qt.Key.Key_MediaPause,
    "MediaTogglePlayPause": Qt.Key.Key_MediaTogglePlayPause,
    "MediaStop": Qt.Key.Key_MediaStop,
    "MediaNext": Qt.Key.Key_MediaNext,
    "MediaPrevious": Qt.Key.Key_MediaPrevious,
    "+": Qt.Key.Key_Plus,
    "-": Qt.Key.Key_Minus,
    "*": Qt.Key.Key_Asterisk,
    "/": Qt.Key.Key_Slash,
}
TYPED = frozenset({Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Asterisk, Qt.Key.Key_Slash})
"""Keys that type a character: they belong to a text field that has the focus."""


def qt_key(name: SpeechKey) -> Qt.Key:
    if name in _NAMED:
        return _NAMED[name]
    return Qt.Key(Qt.Key.Key_F1.value + int(name[1:]) - 1)


def all_names() -> tuple[str, ...]:
    return typing.get_args(SpeechKey)


@dataclass(frozen=True)
class SpeechKeys:
    """What each key does in speech mode (from the current settings)."""

    toggle: frozenset[Qt.Key]
    repeat: frozenset[Qt.Key]
    louder: frozenset[Qt.Key]
    quieter: frozenset[Qt.Key]

    @classmethod
    def from_settings(cls, speech: SpeechSection) -> SpeechKeys:
        def keys(names: tuple[SpeechKey, ...]) -> frozenset[Qt.Key]:
            return frozenset(qt_key(name) for name in names)

        return cls(
            toggle=keys(speech.toggle_keys),
            repeat=keys(speech.repeat_keys),
            louder=keys(speech.volume_up_keys),
            quieter=keys(speech.volume_down_keys),
        )

    def all(self) -> frozenset[Qt.Key]:
        return self.toggle | self.repeat | self.louder | self.quieter
