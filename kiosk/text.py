"""Text from outside (share file names, heartbeats, request fields) made safe to print or tabulate.

A terminal obeys escape codes (ESC [2J clears it, OSC 8 hides links); a spreadsheet cell refuses
control characters and lone surrogates (openpyxl raises, Excel calls the file corrupt); bidi
overrides make `txt.exe` read `exe.txt`. Every string that came from a kiosk, a file or a client
goes through `printable` before it reaches a terminal, a log line an operator reads, or a table.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""C0 and C1 controls except tab and newline, DEL, bidi embeddings/overrides/isolates, and
surrogates (only lone ones can occur in a `str`)."""
_LINE_BREAKS = re.compile("[\t\n]")


def printable(text: object, *, limit: int | None = None, one_line: bool = True) -> str:
    """`text` as a str with every unsafe character replaced by U+FFFD, cut to `limit` characters.

    With `one_line` (the default) tabs and newlines become spaces, so a value cannot forge the
    next line of a listing.
    """
    value = _UNSAFE.sub("\ufffd", str(text))
    if one_line:
        value = _LINE_BREAKS.sub(" ", value)
    if limit is not None and len(value) > limit:
        value = value[: max(limit - 1, 0)] + "…"
    return value
