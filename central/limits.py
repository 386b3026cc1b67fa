"""Per-token limits of the central server's API: a rate limit on calls and a daily quota of stored
requests (count and bytes). Both answer 429 with Retry-After, which kiosks honour.

The rate limit is a token bucket per kiosk, kept in memory: each uvicorn worker (or machine)
counts on its own, so N workers allow N times the rate, and a restart forgets it. The daily quota
is counted from the stored requests themselves (`CentralStore.usage_since`), so it holds across
workers and restarts. Neither limits unauthenticated clients: that is the reverse proxy's job.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

ENV_PREFIX = "PITSTOP_CENTRAL_"


@dataclass(frozen=True)
class ApiLimits:
    """The API's per-token limits (`pitstop central serve` options and PITSTOP_CENTRAL_* env)."""

    rate_per_minute: float = 120.0
    """Calls a token may make per minute, sustained (0: no rate limit)."""
    burst: int = 120
    """Calls a token may make at once after a quiet period."""
    daily_requests: int = 5_000
    """Contact requests a token may store per UTC day (0: no quota)."""
    daily_bytes: int = 32 * 1024 * 1024
    """Bytes of sealed requests a token may store per UTC day (0: no quota)."""


ENV_NAMES = {
    "rate_per_minute": "RATE",
    "burst": "BURST",
    "daily_requests": "DAILY_REQUESTS",
    "daily_bytes": "DAILY_BYTES",
}


def limits_from_env(environ: Mapping[str, str] | None = None) -> dict[str, float | int]:
    """The limits set in PITSTOP_CENTRAL_RATE, _BURST, _DAILY_REQUESTS, _DAILY_BYTES.

    Raises ValueError (one sentence naming the variable) for a value that is not a number >= 0.
    """
    environ = os.environ if environ is None else environ
    found: dict[str, float | int] = {}
    for field, suffix in ENV_NAMES.items():
        name = ENV_PREFIX + suffix
        text = environ.get(name, "").strip()
        if not text:
            continue
        try:
            value = float(text) if field == "rate_per_minute" else int(text)
        except ValueError:
            value = -1
        if not (value >= 0 and math.isfinite(value)):
            raise ValueError(f"{name}={text!r} is not a number >= 0; fix or unset it")
        found[field] = value
    return found


class RateLimiter:
    """A token bucket per key (a token's hash). `take` returns 0 when the call may go ahead, else the
    seconds to wait. Thread-safe; memory grows with the number of keys seen (kiosks, not clients)."""

    def __init__(
        self, per_minute: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key: (tokens, when)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - when) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


def start_of_day(now: dt.datetime) -> dt.datetime:
    """The start of `now`'s UTC day (the daily quota's window)."""
    utc = now.astimezone(dt.UTC)
    return utc.replace(hour=0, minute=0, second=0, microsecond=0)


def seconds_to_next_day(now: dt.datetime) -> int:
    """Whole seconds until the next UTC midnight (at least 1), for Retry-After."""
    tomorrow = start_of_day(now) + dt.timedelta(days=1)
    return max(1, math.ceil((tomorrow - now.astimezone(dt.UTC)).total_seconds()))


def quota_problem(
    limits: ApiLimits, used_count: int, used_bytes: int, new_count: int, new_bytes: int
) -> str | None:
    """Why storing `new_count` more requests (`new_bytes`) today exceeds the quota, or None."""
    if limits.daily_requests and used_count + new_count > limits.daily_requests:
        return (
            f"this kiosk has stored {used_count} requests today and may store "
            f"{limits.daily_requests} a day; the rest waits until tomorrow (UTC)"
        )
    if limits.daily_bytes and used_bytes + new_bytes > limits.daily_bytes:
        return (
            f"this kiosk has stored {used_bytes} bytes of requests today and may store "
            f"{limits.daily_bytes} a day; the rest waits until tomorrow (UTC)"
        )
    return None


def api_limits(chosen: Mapping[str, float | int]) -> ApiLimits:
    """ApiLimits with `chosen` values (from `limits_from_env` or options), defaults elsewhere."""
    defaults = ApiLimits()
    return ApiLimits(
        rate_per_minute=float(chosen.get("rate_per_minute", defaults.rate_per_minute)),
        burst=int(chosen.get("burst", defaults.burst)),
        daily_requests=int(chosen.get("daily_requests", defaults.daily_requests)),
        daily_bytes=int(chosen.get("daily_bytes", defaults.daily_bytes)),
    )


def limits_to_env(limits: ApiLimits) -> dict[str, str]:
    """`limits` as the PITSTOP_CENTRAL_* variables `limits_from_env` reads (for workers)."""
    return {ENV_PREFIX + suffix: str(getattr(limits, field)) for field, suffix in ENV_NAMES.items()}
