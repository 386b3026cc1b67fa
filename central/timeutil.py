"""Times as the central server keeps them: aware, in UTC.

SQLite hands back naive datetimes for what was stored in UTC; PostgreSQL hands back aware ones
in the session's time zone. This cannot tell a naive time that was not meant as UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import overload


@overload
def as_utc(value: dt.datetime) -> dt.datetime: ...
@overload
def as_utc(value: None) -> None: ...
def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """`value` as an aware UTC time: a naive one is taken as UTC, an aware one is converted;
    None stays None."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
