"""msgspec helpers shared by settings, contact requests and the sync protocol.

msgspec checks `pattern` with `re.search`, where ``$`` also matches before a final newline, so
"kiosk-1\\n" would pass ``^…$``: `whole` closes that gap in a form JSON Schema readers accept too.
Its messages are one sentence with a JSON path ("Expected `int` >= 10 - at `$.sync.interval`");
`error_parts` splits them for each caller to show its own way.
"""

from __future__ import annotations

import msgspec

_NOT_BEFORE_NEWLINE = r"(?!\n)"


def whole(pattern: str) -> str:
    """`pattern` (``^…$``) matching whole strings only, newline included."""
    return pattern.removesuffix("$") + _NOT_BEFORE_NEWLINE + "$"


def error_parts(exc: msgspec.MsgspecError) -> tuple[str, str]:
    """(dotted path, reason): ("sync.interval", "Expected int >= 10"); path "" for the whole.

    The reason quotes patterns as written, without the guard `whole` added.
    """
    reason, _, path = str(exc).partition(" - at `$")
    reason = reason.replace("`", "").replace(repr(_NOT_BEFORE_NEWLINE)[1:-1], "")
    return path.removesuffix("`").removeprefix("."), reason
