"""The publication rules of the usage figures (docs/figures.md, "Publication rules"), in one
place: every table the office shows, downloads or publishes passes through these functions.

- Contact-request counts (requests started and sent) are shown only per month and per comune or
  area, never per kiosk or per day; a cell of 1 to 3 is shown as "≤ 3" and its number is not
  written anywhere (0 and 4 or more are shown as they are).
- A search word that found nothing is shown only when it was counted at least 5 times across at
  least 2 kiosks in the period, and only with its total (never per kiosk).

These rules cannot stop someone from subtracting two published tables of different groupings
(a comune's table from its area's): publish requests by comune or by area for a period, not both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from kiosk.usage import metrics

SMALL_CELL_MAX: Final = 3
"""Request counts from 1 to this are shown as SMALL_CELL_TEXT."""
SMALL_CELL_TEXT: Final = "≤ 3"
WORD_MIN_TIMES: Final = 5
"""A zero-result search word is shown only when counted at least this many times…"""
WORD_MIN_KIOSKS: Final = 2
"""…on at least this many different kiosks in the period."""
REQUEST_METRICS: Final = frozenset({metrics.REQUEST_STARTED, metrics.REQUEST_SENT})
"""Metrics that count contact requests: per month and per comune or area only."""
REQUEST_GROUPINGS: Final = ("comune", "area")
REQUEST_TIME_UNIT: Final = "month"

Grouping = Literal["kiosk", "comune", "area"]
GROUPINGS: Final[tuple[Grouping, ...]] = ("kiosk", "comune", "area")
DEFAULT_LICENCE: Final = "CC-BY-4.0"
"""Open data carries this licence unless staff name another (central/figures/report.py)."""
TimeUnit = Literal["day", "month", "period"]


class RuleError(ValueError):
    """A table the publication rules do not allow (a programming error, never shown to users)."""


@dataclass(frozen=True)
class Cell:
    """A number as it may be published: `value` is None when the rules hide it, and `text` is
    what a table shows ("≤ 3" for a hidden small count)."""

    value: int | None
    text: str

    @property
    def suppressed(self) -> bool:
        return self.value is None


def count_cell(count: int) -> Cell:
    """A count without a publication limit (sessions, languages, categories…)."""
    return Cell(count, str(count))


def request_cell(count: int) -> Cell:
    """A contact-request count: 1 to 3 become "≤ 3" (the number itself is dropped)."""
    if count < 0:
        raise RuleError("a count cannot be negative")
    if 1 <= count <= SMALL_CELL_MAX:
        return Cell(None, SMALL_CELL_TEXT)
    return Cell(count, str(count))


def check_request_table(grouping: str, time_unit: str) -> None:
    """Raise RuleError unless contact requests may be tabled by `grouping` and `time_unit`."""
    if grouping not in REQUEST_GROUPINGS:
        raise RuleError(f"contact requests are never counted per {grouping}")
    if time_unit != REQUEST_TIME_UNIT:
        raise RuleError(f"contact requests are counted per month, never per {time_unit}")


def request_grouping(by: Grouping) -> Literal["comune", "area"]:
    """The grouping a request table uses for a report `by`: per kiosk becomes per comune."""
    return "area" if by == "area" else "comune"


def publishable_words(counts: Iterable[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """The zero-result words that may be shown, most frequent first, from (kiosk id, word,
    count) rows of the period: only words counted WORD_MIN_TIMES times or more across
    WORD_MIN_KIOSKS kiosks or more; each with its total."""
    times: dict[str, int] = defaultdict(int)
    kiosks: dict[str, set[str]] = defaultdict(set)
    for kiosk_id, word, count in counts:
        if count <= 0:
            continue
        times[word] += count
        kiosks[word].add(kiosk_id)
    shown = [
        (word, total)
        for word, total in times.items()
        if total >= WORD_MIN_TIMES and len(kiosks[word]) >= WORD_MIN_KIOSKS
    ]
    return sorted(shown, key=lambda item: (-item[1], item[0]))
