"""`pitstop central serve`'s options for the office console's sign-ins.

Kept apart from `central.office.settings` (which needs starlette) so that building `pitstop`'s
command line stays light: `pitstop --help` must not load the web stack.
"""

from __future__ import annotations

import argparse
from typing import Final

IDLE_ENV: Final = "PITSTOP_CENTRAL_SESSION_IDLE_MINUTES"
HOURS_ENV: Final = "PITSTOP_CENTRAL_SESSION_HOURS"


def add_session_options(parser: argparse.ArgumentParser) -> None:
    """`serve`'s options for the office console's sign-ins."""
    group = parser.add_argument_group("office console sign-ins (docs/office.md)")
    group.add_argument(
        "--session-idle",
        type=int,
        metavar="MINUTES",
        help=f"a sign-in ends after this long without a page opened (default ${IDLE_ENV}, else 30)",
    )
    group.add_argument(
        "--session-hours",
        type=int,
        metavar="HOURS",
        help=f"a sign-in ends after this long in any case (default ${HOURS_ENV}, else 12)",
    )
