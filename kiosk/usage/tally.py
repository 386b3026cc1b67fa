"""Counting in memory: the view-models call `count`/`viewed` (a dictionary increment on the GUI
thread, never a database write), and the app flushes the tally to SQLite at the session wipe and
every minute (`ui/features/usage.py`). `Visit` counts a session when it ends; `Searches` counts a
search once its words settled. Qt-free: the feature feeds them the UI's signals.

A tally lost in a crash loses at most the counts since the last flush; nothing else is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from kiosk.usage import metrics

log = logging.getLogger(__name__)
CountKey = tuple[dt.date, str, str]
"""(local day, metric, key)."""


class Counts(Protocol):
    """What a view-model calls when something worth counting happened."""

    def count(self, metric: str, key: str = "") -> None:
        """One more `metric` (with `key`; an empty key of a keyed metric counts nothing)."""

    def viewed(self, offering_id: str, qr_kinds: Sequence[str]) -> None:
        """An offering's detail view, showing the QR codes `qr_kinds`."""


class Ignore:
    """Counts nothing: a view-model's counter until the usage feature gives it the tally."""

    def count(self, metric: str, key: str = "") -> None:
        pass

    def viewed(self, offering_id: str, qr_kinds: Sequence[str]) -> None:
        pass


IGNORE = Ignore()


class Tally:
    """Counts waiting in memory for the next flush (thread-safe; `take` empties it)."""

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.today = today
        self._counts: dict[CountKey, int] = {}
        self._lock = threading.Lock()

    def count(self, metric: str, key: str = "") -> None:
        if key == "" and metric not in metrics.UNKEYED:
            return  # a filter cleared, no category chosen
        self.add(self.today(), metric, key)

    def viewed(self, offering_id: str, qr_kinds: Sequence[str]) -> None:
        self.count(metrics.DETAIL, offering_id)
        for kind in qr_kinds:
            self.count(metrics.QR, kind)

    def add(self, day: dt.date, metric: str, key: str = "", n: int = 1) -> None:
        """`n` more of (`day`, `metric`, `key`); a key the rules refuse is dropped and logged
        (the metric only: the key may be what the visitor typed)."""
        problem = metrics.key_problem(metric, key)
        if problem is not None:
            log.warning("a usage count of %s was dropped: its key breaks the rules", metric)
            return
        with self._lock:
            self._counts[(day, metric, key)] = self._counts.get((day, metric, key), 0) + n

    def take(self) -> dict[CountKey, int]:
        """Everything counted since the last `take`, and forget it here."""
        with self._lock:
            counts, self._counts = self._counts, {}
        return counts

    def give_back(self, counts: dict[CountKey, int]) -> None:
        """Counts a failed flush could not store: kept for the next one."""
        for (day, metric, key), n in counts.items():
            with self._lock:
                self._counts[(day, metric, key)] = self._counts.get((day, metric, key), 0) + n

    def __len__(self) -> int:
        with self._lock:
            return len(self._counts)


class Visit:
    """The session being counted: `begin` at the first touch after the welcome screen, `touched`
    at every touch, `end` at the wipe. All of a session's own counts (the session, its length
    from first to last touch, the languages it used) go to the day it began."""

    def __init__(self, tally: Tally, clock: Callable[[], float] = time.monotonic) -> None:
        self._tally = tally
        self._clock = clock
        self._day: dt.date | None = None
        self._first = self._last = 0.0
        self._languages: list[str] = []

    @property
    def open(self) -> bool:
        return self._day is not None

    def begin(self, language: str) -> None:
        if self._day is not None:
            return
        self._day = self._tally.today()
        self._first = self._last = self._clock()
        self._languages = [language]

    def touched(self) -> None:
        if self._day is not None:
            self._last = self._clock()

    def language(self, language: str) -> None:
        if self._day is not None and language not in self._languages:
            self._languages.append(language)

    def end(self) -> None:
        day = self._day
        if day is None:
            return
        self._day = None
        self._tally.add(day, metrics.SESSION)
        self._tally.add(
            day, metrics.SESSION_LENGTH, metrics.length_bucket(self._last - self._first)
        )
        for language in self._languages:
            self._tally.add(day, metrics.LANGUAGE, language)
        self._languages = []


class Searches:
    """The search being typed: counted once when its words settled (`commit`: the caller's
    timer, or a result opened), with whether it found anything and, when not, its words."""

    def __init__(self, tally: Tally) -> None:
        self._tally = tally
        self._pending: tuple[str, bool] | None = None
        self._counted = ""

    def update(self, text: str, found: bool) -> bool:
        """The words or the results changed; True when a search now waits for `commit`."""
        words = " ".join(text.split())
        if not words or words == self._counted:
            self._pending = None
            return False
        self._pending = (words, found)
        return True

    def commit(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        words, found = pending
        self._counted = words
        self._tally.count(metrics.SEARCH)
        if not found:
            self._tally.count(metrics.SEARCH_EMPTY)
            word = metrics.search_word(words)
            if word is not None:
                self._tally.count(metrics.SEARCH_WORD, word)

    def forget(self) -> None:
        """The session ended (after `commit`): the next visitor's same words count again."""
        self._pending = None
        self._counted = ""
