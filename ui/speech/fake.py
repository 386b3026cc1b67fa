"""A speech engine that speaks nothing and remembers everything: for tests and snapshots."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale


@dataclass(frozen=True)
class Utterance:
    text: str
    locale: str
    """QLocale name, like "it_IT"."""
    volume: float
    queued: bool
    """True: after what was being said; False: it interrupted it."""


class RecordingEngine:
    """Records every utterance and every stop, in order (`events`: Utterance or "stop")."""

    def __init__(self, error: str = "") -> None:
        self.events: list[Utterance | str] = []
        self._error = error

    @property
    def error(self) -> str:
        return self._error

    def say(self, text: str, locale: QLocale, volume: float) -> None:
        self.events.append(Utterance(text, locale.name(), volume, queued=False))

    def enqueue(self, text: str, locale: QLocale, volume: float) -> None:
        self.events.append(Utterance(text, locale.name(), volume, queued=True))

    def stop(self) -> None:
        self.events.append("stop")

    @property
    def said(self) -> list[Utterance]:
        return [e for e in self.events if isinstance(e, Utterance)]

    @property
    def texts(self) -> list[str]:
        return [u.text for u in self.said]

    @property
    def stops(self) -> int:
        return sum(1 for e in self.events if e == "stop")

    def clear(self) -> None:
        self.events.clear()
