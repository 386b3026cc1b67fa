"""When to try again: the sync interval after a success; capped exponential backoff with full
jitter after failures (never giving up); a server's Retry-After is honoured."""

from __future__ import annotations

import random

BASE_SECONDS = 5.0
MIN_SECONDS = 1.0
MAX_RETRY_AFTER = 86_400.0


def retry_delay(
    failures: int,
    *,
    max_backoff: float,
    rng: random.Random,
    retry_after: float | None = None,
) -> float:
    """Seconds to wait after `failures` failed cycles in a row (failures >= 1).

    Full jitter (uniform between 0 and the capped exponential) spreads the retries of many
    kiosks that lost the server at the same moment.
    """
    cap = min(max_backoff, BASE_SECONDS * 2.0 ** min(max(failures - 1, 0), 30))
    delay = max(MIN_SECONDS, rng.uniform(0.0, cap))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return delay
