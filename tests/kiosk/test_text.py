"""kiosk.text.printable: what an attacker could put in a file name, a heartbeat or a request."""

from __future__ import annotations

import pytest

from kiosk.text import printable


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("kiosk-1", "kiosk-1"),
        ("\x1b[2J\x1b[Hall good", "\ufffd[2J\ufffd[Hall good"),
        ("\x1b]8;;http://evil\x07link", "\ufffd]8;;http://evil\ufffdlink"),
        ("\x9b31m", "\ufffd31m"),
        ("line\nforged line", "line forged line"),
        ("name\ud800", "name\ufffd"),
        ("report\u202etxt.exe", "report\ufffdtxt.exe"),
        ("Zoë — città, ٱلعربية", "Zoë — città, ٱلعربية"),
    ],
)
def test_unsafe_characters_are_replaced(raw: str, expected: str) -> None:
    assert printable(raw) == expected


def test_newlines_kept_when_asked_and_long_text_cut() -> None:
    assert printable("a\nb", one_line=False) == "a\nb"
    assert printable("x" * 50, limit=10) == "x" * 9 + "…"
    assert printable(42) == "42"
