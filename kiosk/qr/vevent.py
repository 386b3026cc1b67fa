"""A bare VEVENT (RFC 5545) written by hand, for the calendar QR code of an offering's detail.

The kiosk used the icalendar library for this; importing it costs about 3 MiB of the kiosk's
memory (122 modules, dateutil and zoneinfo included) for a dozen lines of text. This writer makes
exactly what icalendar 7 made for the properties the kiosk uses (tests/kiosk/qr/test_vevent.py
compares the two on hostile text), so a payload's size, and which reductions it needs to fit a
QR code, are unchanged. The central server still uses icalendar to read and wrap events.

What it cannot do: time zones (times are floating local times), parameters other than
VALUE=DATE, recurrence parts other than FREQ, COUNT and BYDAY, and any other property.
Unlike icalendar, a backslash followed by "N" in a text stays a backslash and an "N" (RFC 5545);
icalendar turned it into a line break.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

# icalendar's order: these first, then the others by name.
_CANONICAL = ("SUMMARY", "DTSTART", "DTEND", "UID", "RRULE")
_TEXT = frozenset({"SUMMARY", "LOCATION", "DESCRIPTION", "UID"})
_FOLD_AT = 75  # octets per line, line break excluded (RFC 5545 3.1)


def escape_text(text: str) -> str:
    """`text` as an RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """`line` folded so that no line exceeds 75 octets (lines continue after CRLF + space).

    Folds between characters, never inside a UTF-8 sequence, and never right after a backslash
    (some readers would see a broken escape), as icalendar does.
    """
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if current and size + width >= _FOLD_AT:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                parts.append("".join(current))
                current, size = [carried], len(carried.encode("utf-8"))
            else:
                parts.append("".join(current))
                current, size = [], 0
        current.append(char)
        size += width
    if current:
        parts.append("".join(current))
    return "\r\n ".join(parts)


def _when(value: dt.date) -> tuple[str, str]:
    """(parameters, value) of a DATE or a floating DATE-TIME."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError("A kiosk calendar event uses floating local times, not time zones.")
        return "", value.strftime("%Y%m%dT%H%M%S")
    return ";VALUE=DATE", value.strftime("%Y%m%d")


def _rule(rule: Mapping[str, Any]) -> str:
    unknown = set(rule) - {"freq", "count", "byday"}
    if unknown:
        raise ValueError(f"Recurrence parts not supported: {', '.join(sorted(unknown))}.")
    parts = [f"FREQ={str(rule['freq']).upper()}"]
    if "count" in rule:
        parts.append(f"COUNT={int(rule['count'])}")
    if rule.get("byday"):
        days: Sequence[str] = rule["byday"]
        parts.append("BYDAY=" + ",".join(str(d).upper() for d in days))
    return ";".join(parts)


def vevent(properties: Mapping[str, Any]) -> str:
    """BEGIN:VEVENT … END:VEVENT with CRLF line ends, from lower-case property names.

    Accepted: uid, summary, location, description (text), url (as given), dtstart and dtend
    (date or naive datetime) and rrule (freq, count, byday). Anything else is a ValueError.
    """
    lines: dict[str, str] = {}
    for key, value in properties.items():
        name = key.upper()
        if name in _TEXT:
            lines[name] = f"{name}:{escape_text(str(value))}"
        elif name == "URL":
            lines[name] = f"URL:{value}"
        elif name in ("DTSTART", "DTEND"):
            params, text = _when(value)
            lines[name] = f"{name}{params}:{text}"
        elif name == "RRULE":
            lines[name] = f"RRULE:{_rule(value)}"
        else:
            raise ValueError(f"Property not supported in a kiosk calendar event: {key}.")
    order = [n for n in _CANONICAL if n in lines] + sorted(set(lines) - set(_CANONICAL))
    body = "".join(fold(lines[name]) + "\r\n" for name in order)
    return f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\n"
