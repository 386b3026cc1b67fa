"""A short-lived cache of valid tokens per worker, so that most calls skip the token lookup.

Keyed by the token's sha256 (the tokens themselves are not kept). Only tokens that opened the
API are cached, for `ttl` seconds: a revoked or replaced token keeps working in a worker that
saw it for at most that long. Unknown tokens always go to the database. A heartbeat asks with
a longer `max_age`: its write checks the token again (`CentralStore.record_heartbeat`), so
the cache only names the kiosk for the rate limit. Thread-safe enough for
its use: a dict read or write is atomic under the GIL, and a lost race only costs a lookup.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from central.store import token_hash

DEFAULT_TTL = 5.0
MAX_ENTRIES = 200_000
"""Beyond this many cached tokens the cache is emptied (more kiosks than any one office has)."""


class TokenCache:
    def __init__(
        self, ttl: float = DEFAULT_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.clock = clock
        self._entries: dict[str, tuple[str, float]] = {}  # token hash: (kiosk id, checked at)

    def get(self, token: str, max_age: float | None = None) -> str | None:
        """The kiosk id of `token` if it opened the API less than `max_age` seconds ago (by
        default `ttl`)."""
        if self.ttl <= 0:
            return None
        entry = self._entries.get(token_hash(token))
        if entry is None or entry[1] + (self.ttl if max_age is None else max_age) < self.clock():
            return None
        return entry[0]

    def forget(self, token: str) -> None:
        self._entries.pop(token_hash(token), None)

    def put(self, token: str, kiosk_id: str) -> None:
        if self.ttl <= 0:
            return
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[token_hash(token)] = (kiosk_id, self.clock())  # (kiosk, when checked)
