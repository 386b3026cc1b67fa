"""central.timeutil.as_utc: the one way the server reads back a stored time."""

from __future__ import annotations

import datetime as dt

from central.timeutil import as_utc


def test_a_naive_time_is_taken_as_utc() -> None:
    naive = dt.datetime(2026, 12, 1, 9, 30)
    assert as_utc(naive) == dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    assert as_utc(naive).tzinfo is dt.UTC


def test_an_aware_time_is_converted_to_utc_keeping_the_instant() -> None:
    rome = dt.timezone(dt.timedelta(hours=1))
    aware = dt.datetime(2026, 12, 1, 10, 30, tzinfo=rome)
    converted = as_utc(aware)
    assert converted == aware and converted.tzinfo is dt.UTC and converted.hour == 9
    utc = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    assert as_utc(utc) == utc


def test_none_stays_none() -> None:
    assert as_utc(None) is None
