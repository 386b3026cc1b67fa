"""Reading msgspec's validation messages ("Expected `int` >= 10 - at `$.sync.interval`").

msgspec reports one problem per error as a sentence with a JSON path; settings, contact requests
and the sync protocol each show it their own way, from these two parts.
"""

from __future__ import annotations

import msgspec


def error_parts(exc: msgspec.MsgspecError) -> tuple[str, str]:
    """(dotted path, reason): ("sync.interval", "Expected int >= 10"); path "" for the whole."""
    reason, _, path = str(exc).partition(" - at `$")
    return path.removesuffix("`").removeprefix("."), reason.replace("`", "")
