"""The kiosk's usage counts in its SQLite file: added (UPSERT, one transaction), read for
delivery, and wiped once a closed day is delivered. Every write runs on the one writer
(`kiosk.db.writer`): the app hands these functions to the writer lane.

A day is *closed* two days later: a session that began before midnight counts on the day it
began, so yesterday may still grow; counts of an older day that arrive late (a clock set back)
go to today instead, so a day never grows after it may have been wiped. A delivered day is
wiped only when its rows are still exactly what was sent; otherwise it is sent again, whole.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from kiosk.db.sqlite import SqliteFile, column, in_list, scalar
from kiosk.usage import metrics
from kiosk.usage.tally import CountKey

log = logging.getLogger(__name__)
MAX_ROWS_PER_DAY = 2000
"""Distinct (metric, key) rows one day may hold; new keys beyond it are dropped (their
unkeyed totals, sessions and searches, still count)."""
MAX_WORDS_PER_DAY = 200
"""Distinct zero-result search words one day may hold."""
MAX_DAYS_SENT = 31
"""Days one heartbeat carries (the oldest first; the rest follow in the next cycles)."""
CLOSED_AFTER_DAYS = 2


@dataclass(frozen=True)
class HeldDay:
    """One day's counts as the kiosk holds them: ((metric, key), count) sorted."""

    day: dt.date
    counts: tuple[tuple[tuple[str, str], int], ...]


def closed(day: dt.date, today: dt.date) -> bool:
    """True when no count can be added to `day` any more."""
    return day <= today - dt.timedelta(days=CLOSED_AFTER_DAYS)


def add(engine: SqliteFile, counts: Mapping[CountKey, int], today: dt.date) -> int:
    """Add `counts` in one transaction; returns how many (day, metric, key) were dropped by
    the caps (MAX_ROWS_PER_DAY, MAX_WORDS_PER_DAY). Counts of a closed day go to `today`."""
    merged: dict[CountKey, int] = {}
    for (day, metric, key), n in counts.items():
        if n <= 0:
            continue
        when = today if closed(day, today) else day
        merged[(when, metric, key)] = merged.get((when, metric, key), 0) + n
    if not merged:
        return 0
    dropped = 0
    with engine.begin() as connection:
        rows: list[dict[str, object]] = []
        for day in sorted({day for day, _, _ in merged}):
            held = {
                (row.metric, row.key)
                for row in connection.execute(
                    "SELECT metric, key FROM usage_count WHERE day = :day", {"day": day.isoformat()}
                )
            }
            words = sum(1 for metric, _ in held if metric == metrics.SEARCH_WORD)
            for (when, metric, key), n in sorted(merged.items()):
                if when != day:
                    continue
                if (metric, key) not in held:
                    if len(held) >= MAX_ROWS_PER_DAY or (
                        metric == metrics.SEARCH_WORD and words >= MAX_WORDS_PER_DAY
                    ):
                        dropped += 1
                        continue
                    held.add((metric, key))
                    words += metric == metrics.SEARCH_WORD
                rows.append({"day": day.isoformat(), "metric": metric, "key": key, "count": n})
        connection.executemany(
            "INSERT INTO usage_count (day, metric, key, count) VALUES (:day, :metric, :key, :count)"
            " ON CONFLICT (day, metric, key) DO UPDATE SET count = count + excluded.count",
            rows,
        )
    if dropped:
        log.info("%d new usage key(s) dropped: the day holds as many as it may", dropped)
    return dropped


def held(engine: SqliteFile, limit: int = MAX_DAYS_SENT) -> list[HeldDay]:
    """The oldest `limit` days held, each with all of its counts."""
    with engine.connect() as connection:
        days = column(
            connection,
            "SELECT day FROM usage_count GROUP BY day ORDER BY day LIMIT :limit",
            {"limit": limit},
        )
        if not days:
            return []
        found: dict[str, list[tuple[tuple[str, str], int]]] = {day: [] for day in days}
        marks, params = in_list("day", days)
        for row in connection.execute(
            f"SELECT day, metric, key, count FROM usage_count WHERE day IN ({marks})"
            " ORDER BY day, metric, key",
            params,
        ):
            found[row.day].append(((row.metric, row.key), int(row.count)))
    return [HeldDay(dt.date.fromisoformat(day), tuple(counts)) for day, counts in found.items()]


def wipe_delivered(
    engine: SqliteFile, sent: Sequence[HeldDay], confirmed: Collection[dt.date], today: dt.date
) -> list[dt.date]:
    """Delete the days of `sent` that the other side `confirmed`, that are closed, and whose
    rows are still exactly as sent (one transaction); returns the days wiped."""
    wiped: list[dt.date] = []
    with engine.begin() as connection:
        for day in sent:
            if day.day not in confirmed or not closed(day.day, today):
                continue
            params = {"day": day.day.isoformat()}
            now = tuple(
                ((row.metric, row.key), int(row.count))
                for row in connection.execute(
                    "SELECT metric, key, count FROM usage_count WHERE day = :day"
                    " ORDER BY metric, key",
                    params,
                )
            )
            if now != day.counts:
                continue  # grew since it was sent: sent again, whole, next cycle
            connection.execute("DELETE FROM usage_count WHERE day = :day", params)
            wiped.append(day.day)
    return wiped


def total_rows(engine: SqliteFile) -> int:
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM usage_count"))
