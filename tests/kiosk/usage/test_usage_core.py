"""kiosk.usage: the key rules, the normalised search words, the tally, sessions and searches as
counted, and the counts in a real migrated SQLite file (UPSERT, caps, closed days, wipe)."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.db.sqlite import SqliteFile
from kiosk.usage import metrics, store
from kiosk.usage.tally import Searches, Tally, Visit

DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Città   DEI\tbimbi ", "citta dei bimbi"),
        ("ÉTÉ", "ete"),
        ("doposcuola\x00\x1b[H", "doposcuola[h"),
        ("doposcuola\x1b[2J", None),  # an escape sequence with a digit
        ("ｐｉｓｃｉｎａ", "piscina"),  # full-width letters folded
        ("a" * 60, "a" * 40),
        ("word " * 9, "word word word word word word word word"),
        ("مدرسة", "مدرسة"),
        ("", None),
        ("   ", None),
        ("giulia@example.org", None),
        ("giulia＠example", None),  # the full-width at sign
        ("347 123 4567", None),
        ("via roma 1", None),
        ("٣٤٧", None),  # Arabic-Indic digits
        ("²", None),
        ("dodici½", None),
    ],
)
def test_search_words_are_normalised_and_never_hold_digits_or_at_signs(
    typed: str, kept: str | None
) -> None:
    assert metrics.search_word(typed) == kept


@pytest.mark.parametrize(
    ("metric", "key", "problem"),
    [
        (metrics.SESSION, "", None),
        (metrics.SESSION, "x", "session takes no key"),
        (metrics.SESSION_LENGTH, "3-10", None),
        (metrics.SESSION_LENGTH, "5", "session.length key must be one of 0-1, 1-3, 3-10, 10+"),
        (metrics.LANGUAGE, "ar", None),
        (metrics.LANGUAGE, "de", "language key must be one of it, en, ro, sq, ar, uk, es, fr"),
        (metrics.QR, "calendar", None),
        (metrics.FILTER, "comune", "filter key must be one of place, age, period, free"),
        (metrics.DETAIL, "svc-0012", None),
        (metrics.CATEGORY, "bad id!", "category key must be a catalogue id"),
        (metrics.SEARCH_WORD, "piscina", None),
        (metrics.SEARCH_WORD, "Piscina", "search.empty.word key must be normalised"),
        (metrics.SEARCH_WORD, "tel 347", "search.empty.word key must be normalised"),
        ("visitor", "", "'visitor' is not a usage metric"),
    ],
)
def test_key_rules(metric: str, key: str, problem: str | None) -> None:
    found = metrics.key_problem(metric, key)
    assert (found is None) if problem is None else (found or "").startswith(problem)


@pytest.mark.parametrize(
    ("seconds", "bucket"),
    [
        (0, "0-1"),
        (59.9, "0-1"),
        (60, "1-3"),
        (179, "1-3"),
        (180, "3-10"),
        (599, "3-10"),
        (600, "10+"),
    ],
)
def test_length_buckets(seconds: float, bucket: str) -> None:
    assert metrics.length_bucket(seconds) == bucket


def test_a_visit_counts_once_on_the_day_it_began_with_its_languages() -> None:
    days = iter([DAY, DAY + dt.timedelta(days=1)])
    tally = Tally(today=lambda: next(days))
    clock = [1000.0]
    visit = Visit(tally, clock=lambda: clock[0])
    visit.end()  # nothing open: nothing counted
    visit.begin("it")
    visit.begin("en")  # already open
    clock[0] += 150
    visit.touched()
    visit.language("ar")
    visit.language("it")
    clock[0] += 500  # no touch: the idle wait is not part of the length
    visit.end()
    visit.end()
    assert tally.take() == {
        (DAY, "session", ""): 1,
        (DAY, "session.length", "1-3"): 1,
        (DAY, "language", "it"): 1,
        (DAY, "language", "ar"): 1,
    }


def test_a_search_counts_once_when_it_settles_with_its_words_when_it_found_nothing() -> None:
    tally = Tally(today=lambda: DAY)
    searches = Searches(tally)
    assert searches.update("pis", True)
    assert searches.update("piscinx", False)
    searches.commit()
    searches.commit()
    assert not searches.update("piscinx", False)  # the same words again: already counted
    assert not searches.update("  ", False)
    searches.commit()
    assert searches.update("nuoto", True)
    assert searches.update("nuoto", False)  # a filter changed what it finds
    searches.commit()
    searches.update("tel 3471234567", False)
    searches.commit()
    searches.update("giulia@example.org", False)
    searches.commit()
    searches.forget()
    searches.update("piscinx", False)
    searches.commit()
    assert tally.take() == {
        (DAY, "search", ""): 5,
        (DAY, "search.empty", ""): 5,
        (DAY, "search.empty.word", "piscinx"): 2,
        (DAY, "search.empty.word", "nuoto"): 1,
    }


def test_the_tally_ignores_empty_keys_and_drops_keys_that_break_the_rules(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tally = Tally(today=lambda: DAY)
    tally.count(metrics.FILTER, "")
    tally.count(metrics.CATEGORY, "")
    tally.count(metrics.SEARCH_WORD, "347 555")
    tally.viewed("svc-1", ["link", "calendar"])
    tally.count(metrics.FILTER, "age")
    assert tally.take() == {
        (DAY, "detail", "svc-1"): 1,
        (DAY, "qr", "link"): 1,
        (DAY, "qr", "calendar"): 1,
        (DAY, "filter", "age"): 1,
    }
    assert len(tally) == 0
    assert "347" not in caplog.text  # the log names the metric, never what was typed


def test_the_table_holds_days_not_times(engine: SqliteFile) -> None:
    with engine.connect() as connection:
        columns = {c.name: c.type for c in connection.execute("PRAGMA table_info(usage_count)")}
    assert columns == {
        "day": "DATE",
        "metric": "VARCHAR(40)",
        "key": "VARCHAR(128)",
        "count": "INTEGER",
    }


def test_add_upserts_increments_in_one_transaction(engine: SqliteFile) -> None:
    store.add(engine, {(DAY, "session", ""): 2, (DAY, "qr", "link"): 1}, today=DAY)
    store.add(engine, {(DAY, "session", ""): 3, (DAY, "search", ""): 1}, today=DAY)
    (held,) = store.held(engine)
    assert held.day == DAY
    assert dict(held.counts) == {("qr", "link"): 1, ("search", ""): 1, ("session", ""): 5}


def test_counts_of_a_closed_day_go_to_today(engine: SqliteFile) -> None:
    today = DAY + dt.timedelta(days=5)
    store.add(
        engine,
        {(DAY, "session", ""): 1, (today - dt.timedelta(days=1), "session", ""): 1},
        today=today,
    )
    assert [h.day for h in store.held(engine)] == [today - dt.timedelta(days=1), today]


def test_caps_drop_new_keys_but_keep_counting_known_ones(
    engine: SqliteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "MAX_WORDS_PER_DAY", 2)
    monkeypatch.setattr(store, "MAX_ROWS_PER_DAY", 4)
    words = {(DAY, "search.empty.word", w): 1 for w in ("aa", "bb", "cc")}
    assert store.add(engine, words, today=DAY) == 1
    assert store.add(engine, {(DAY, "search.empty.word", "aa"): 1}, today=DAY) == 0
    assert store.add(engine, {(DAY, "detail", f"s{n}"): 1 for n in range(3)}, today=DAY) == 1
    (held,) = store.held(engine)
    assert len(held.counts) == 4
    assert dict(held.counts)[("search.empty.word", "aa")] == 2


def test_held_gives_the_oldest_days_first_up_to_the_limit(engine: SqliteFile) -> None:
    days = [DAY + dt.timedelta(days=n) for n in range(5)]
    store.add(engine, {(d, "session", ""): 1 for d in days}, today=days[0])
    assert [h.day for h in store.held(engine, limit=3)] == days[:3]


def test_a_delivered_day_is_wiped_only_when_closed_confirmed_and_unchanged(
    engine: SqliteFile,
) -> None:
    today = DAY + dt.timedelta(days=3)
    old, older, yesterday = DAY + dt.timedelta(days=1), DAY, today - dt.timedelta(days=1)
    store.add(
        engine,
        {(d, "session", ""): 1 for d in (older, old, yesterday, today)},
        today=older,
    )
    sent = store.held(engine)
    store.add(engine, {(old, "session", ""): 1}, today=old)  # grew after it was sent
    wiped = store.wipe_delivered(engine, sent, {older, old, yesterday, today}, today)
    assert wiped == [older]  # old changed; yesterday and today are still open
    assert [h.day for h in store.held(engine)] == [old, yesterday, today]
    again = store.held(engine)
    assert store.wipe_delivered(engine, again, set(), today) == []  # nothing confirmed
    assert store.wipe_delivered(engine, again, {old}, today) == [old]
    assert store.total_rows(engine) == 2
