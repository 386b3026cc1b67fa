"""Heartbeats on PostgreSQL written in batches by one thread per worker (a group commit).

Thousands of kiosks beat every minute. Written one by one, each beat costs a thread of the
pool, a connection checkout with its ping, a round trip and a commit. Here each request hands
its beat to a queue and waits; one writer thread takes everything queued (up to `max_batch`)
and records it with `CentralStore.write_heartbeats`: one transaction, one pipelined round trip.
Under light load a batch is one beat, so nothing waits for a batch to fill. The thread ends
after `idle_exit` seconds without work and starts again with the next beat, so an app needs no
shutdown hook (the server runs without ASGI lifespan events).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from central.store import CentralStore

log = logging.getLogger(__name__)
MAX_BATCH = 256
IDLE_EXIT = 5.0


@dataclass(frozen=True)
class _Beat:
    params: dict[str, Any]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[bool]


class HeartbeatWriter:
    def __init__(
        self, store: CentralStore, *, max_batch: int = MAX_BATCH, idle_exit: float = IDLE_EXIT
    ) -> None:
        self.store = store
        self.max_batch = max_batch
        self.idle_exit = idle_exit
        self._queue: queue.SimpleQueue[_Beat] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    async def write(self, params: dict[str, Any]) -> bool:
        """Record one beat (`CentralStore.heartbeat_params`): True, or False when its token and
        kiosk id found no row. Raises what the database raised for this beat."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        self._queue.put(_Beat(params, loop, future))
        with self._lock:
            if self._thread is None:
                self._start()  # may raise (no room for a thread): the next beat tries again
        return await future

    def _start(self) -> None:
        """Start the writer thread (the caller holds the lock)."""
        thread = threading.Thread(target=self._run, name="heartbeat-writer", daemon=True)
        thread.start()
        self._thread = thread

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        batch: list[_Beat] = []
        try:
            while True:
                try:
                    batch = [self._queue.get(timeout=self.idle_exit)]
                except queue.Empty:
                    with self._lock:  # a beat queued after this check starts a new thread
                        if self._queue.empty():
                            self._thread = None
                            return
                    continue
                while len(batch) < self.max_batch:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                try:
                    results = self.store.write_heartbeats([beat.params for beat in batch])
                except Exception as exc:  # every waiter gets the error
                    results = [exc] * len(batch)
                _answer(zip(batch, results, strict=True))
                batch = []
        except BaseException as exc:  # the thread dies: its beats fail, a new one takes the rest
            with self._lock:
                self._thread = None
                if not self._queue.empty():
                    with contextlib.suppress(RuntimeError):  # else the next beat starts one
                        self._start()
            stopped = f"the heartbeat writer stopped: {exc!r}"
            _answer((beat, RuntimeError(stopped)) for beat in batch)
            log.exception("%s; its %d beats failed", stopped, len(batch))


def _answer(results: Iterable[tuple[_Beat, bool | Exception]]) -> None:
    """Hand each result to its waiter, on the waiter's event loop (one call per loop)."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[_Beat, bool | Exception]]]
    by_loop = defaultdict(list)
    for beat, result in results:
        by_loop[beat.loop].append((beat, result))
    for loop, settled in by_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits any more
            loop.call_soon_threadsafe(_settle, settled)


def _settle(settled: list[tuple[_Beat, bool | Exception]]) -> None:
    for beat, result in settled:
        if beat.future.done():  # the client went away and its request was cancelled
            continue
        if isinstance(result, Exception):
            beat.future.set_exception(result)
        else:
            beat.future.set_result(result)
