"""kiosk.qr.vevent writes what icalendar wrote (so QR payloads keep their size), without icalendar."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
from typing import Any

import icalendar
import pytest

from kiosk.qr.vevent import fold, vevent

HOSTILE = [
    "",
    "Centro estivo",
    "Via Roma 1, Legnano; piano 2",
    "back\\slash, \\, \\; and a trailing \\",
    "line\nbreak\r\nand\rreturn",
    "ümlaut éàè ñ — «quotes» “curly” 你好 العربية Українська 🎉👨‍👩‍👧",
    "x" * 74,
    "x" * 75,
    "é" * 40,
    "a\\" * 60,
    "🎉" * 30,
    'tab\there and ^caret^ and :colon: and "quote"',
]


def with_icalendar(properties: dict[str, Any]) -> str:
    event = icalendar.Event()
    for key, value in properties.items():
        event.add(key, value)
    text: str = event.to_ical().decode("utf-8")
    return text


def random_text(rng: random.Random) -> str:
    alphabet = 'ab ,;\\\n\r:^"éü你🎉ٱ\t'
    return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 160)))


@pytest.mark.parametrize("text", HOSTILE)
def test_text_properties_match_icalendar(text: str) -> None:
    properties = {
        "uid": "abcdefghijklm",
        "dtstart": dt.date(2027, 7, 1),
        "dtend": dt.date(2027, 7, 15),
        "summary": text,
        "location": text[::-1],
        "url": "https://example.org/o/1?a=b,c;d" if text else "",
        "description": text + text,
    }
    assert vevent(properties) == with_icalendar(properties)


def test_timed_events_with_rules_match_icalendar() -> None:
    for rule in (
        {"freq": "daily", "count": 10},
        {"freq": "daily", "count": 3, "byday": ["MO", "WE", "FR"]},
    ):
        properties = {
            "uid": "u",
            "dtstart": dt.datetime(2027, 7, 1, 8, 30),
            "dtend": dt.datetime(2027, 7, 1, 16, 45, 10),
            "rrule": rule,
            "summary": "Campus",
            "location": "Legnano",
        }
        assert vevent(properties) == with_icalendar(properties)


def test_random_text_matches_icalendar() -> None:
    rng = random.Random(11)
    for _ in range(300):
        properties = {
            "uid": "u",
            "summary": random_text(rng),
            "dtstart": dt.date(2027, 1, 1),
            "location": random_text(rng),
            "description": random_text(rng),
        }
        assert vevent(properties) == with_icalendar(properties)


def test_folded_lines_stay_within_75_octets_and_unfold_to_the_line() -> None:
    line = "SUMMARY:" + "é🎉a\\" * 50
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_unsupported_properties_and_time_zones_are_refused() -> None:
    with pytest.raises(ValueError, match="not supported"):
        vevent({"attendee": "x"})
    with pytest.raises(ValueError, match="floating"):
        vevent({"dtstart": dt.datetime(2027, 1, 1, tzinfo=dt.UTC)})
    with pytest.raises(ValueError, match="Recurrence parts"):
        vevent({"rrule": {"freq": "daily", "until": dt.date(2027, 1, 2)}})


def test_a_calendar_payload_does_not_import_icalendar() -> None:
    """The memory guard: showing an offering's calendar QR loads no icalendar (~3 MiB)."""
    code = (
        "import sys, datetime as dt\n"
        "from kiosk.qr.ical import calendar_payload\n"
        "calendar_payload('Campus', uid_seed='s', start=dt.date(2027, 7, 1),"
        " end=dt.date(2027, 7, 5), location='Legnano', opens_at=dt.time(8),"
        " closes_at=dt.time(16))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('icalendar', 'dateutil')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
