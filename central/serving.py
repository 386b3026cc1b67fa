"""uvicorn, hardened against slow and idle clients: header and body deadlines, a connection cap,
and an accept loop that cannot flood the log when file descriptors run out.

uvicorn has a keep-alive timeout but no header or body timeout of its own: a client sending one
header line every 10 s holds its connection forever. `guarded_protocol` wraps uvicorn's h11
protocol with those deadlines and the cap; `serve` runs it. The cap and deadlines are per
process (per uvicorn worker: `serve(..., workers=N)` runs N of them on one socket, each with
its own cap, so N workers hold N times the connections). This cannot stop a flood that fills the kernel's listen queue or
the network link: that is the reverse proxy's and the firewall's job (docs/central-server.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import resource
import socket
import time
from dataclasses import dataclass
from typing import Any

import h11
import uvicorn
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState
from uvicorn.supervisors.multiprocess import Multiprocess

log = logging.getLogger(__name__)

FD_RESERVE_MIN = 24
"""File descriptors kept free for the database, logs and the listening socket, at least."""
EMFILE_LOG_INTERVAL = 10.0
"""At most one log line per this many seconds while connections cannot be accepted."""


@dataclass(frozen=True)
class ServingLimits:
    """Connection-level limits (the `pitstop central serve` options of the same names)."""

    header_timeout: float = 10.0
    """Seconds a client has to send a request's whole header block (from connection or first
    byte after a previous answer); then 408 and the connection closes."""
    body_timeout: float = 60.0
    """Seconds a client has to send a whole body once its headers are in; then it is cut."""
    keep_alive: int = 5
    """Seconds an idle connection stays open between two requests."""
    max_connections: int | None = None
    """Open connections at most; None: what the file-descriptor limit allows (`connection_cap`)."""
    backlog: int = 128
    """The kernel's queue of connections not yet accepted (see `accept_backlog`)."""
    max_header_bytes: int = 16 * 1024
    """Largest header block (h11's max incomplete event size); larger gets 400."""


def _open_file_limit() -> int:
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 1_000_000 if soft == resource.RLIM_INFINITY else soft


def accept_backlog(limits: ServingLimits) -> int:
    """The listen backlog, at most an eighth of the open-file limit: asyncio accepts up to a
    backlog's worth of connections in one go, before the cap can close any of them."""
    return max(8, min(limits.backlog, _open_file_limit() // 8))


def connection_cap(limits: ServingLimits) -> int:
    """The connection cap: the configured one, else what the open-file limit leaves after a
    reserve (database, logs) and two accept bursts (`accept_backlog`: connections are closed a
    loop turn or two after they are accepted)."""
    if limits.max_connections is not None:
        return max(1, limits.max_connections)
    soft = _open_file_limit()
    spare = soft - max(FD_RESERVE_MIN, soft // 8) - 2 * accept_backlog(limits)
    return max(1, min(10_000, spare))


def raise_open_file_limit() -> int:
    """Raise the soft open-file limit to the hard one (allowed without privileges); the new soft."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            pass
    return soft


def _raw_answer(status: int, reason: str, detail: str) -> bytes:
    body = json.dumps({"detail": detail}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


TIMEOUT_408 = _raw_answer(408, "Request Timeout", "the request did not arrive in time")
BUSY_503 = _raw_answer(503, "Service Unavailable", "the server has too many open connections")


def guarded_protocol(limits: ServingLimits) -> type[H11Protocol]:
    """uvicorn's h11 protocol with `limits`' deadlines and cap (one class per server)."""
    cap = connection_cap(limits)
    waiting: dict[GuardedH11, None] = {}  # connections waiting for a request, oldest first

    class GuardedH11(H11Protocol):
        _timer: asyncio.TimerHandle | None = None

        def __init__(
            self,
            config: Config,
            server_state: ServerState,
            app_state: dict[str, Any],
            _loop: asyncio.AbstractEventLoop | None = None,
        ) -> None:
            super().__init__(config, server_state, app_state, _loop)

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            _no_delay(transport)
            super().connection_made(transport)  # type: ignore[arg-type]
            if len(self.connections) > cap:
                victim = next(iter(waiting), None)
                if victim is None:  # every connection is busy with a request: refuse this one
                    self.transport.write(BUSY_503)
                    self.transport.close()
                    return
                victim._drop()
            self._await_request()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_timer()
            waiting.pop(self, None)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self in waiting and self._timer is None:  # first byte after a keep-alive pause
                self._arm(limits.header_timeout, headers=True)
            super().data_received(data)
            state = self.conn.their_state
            if self in waiting and state is not h11.IDLE:  # the header block is in
                waiting.pop(self, None)
                self._arm(limits.body_timeout, headers=False)
            if state is h11.DONE or state is h11.MUST_CLOSE or state is h11.ERROR:
                self._stop_timer()

        def on_response_complete(self) -> None:
            if self.conn.their_state is h11.SEND_BODY and not self.transport.is_closing():
                # Answered before the body was read (401, 413, 429): no reason to keep reading.
                self.transport.close()
                return
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._stop_timer()
                waiting[self] = None  # the keep-alive timer runs; headers time from a new byte

        def _await_request(self) -> None:
            waiting[self] = None
            self._arm(limits.header_timeout, headers=True)

        def _arm(self, seconds: float, *, headers: bool) -> None:
            self._stop_timer()
            self._timer = self.loop.call_later(seconds, self._expired, headers)

        def _stop_timer(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

        def _expired(self, headers: bool) -> None:
            self._timer = None
            if self.transport.is_closing():
                return
            if headers:
                self.transport.write(TIMEOUT_408)
            self._drop()  # a body cut mid-way: the endpoint sees the client disconnect

        def _drop(self) -> None:
            self._stop_timer()
            waiting.pop(self, None)
            if not self.transport.is_closing():
                self.transport.close()

    return GuardedH11


def _no_delay(transport: asyncio.BaseTransport) -> None:
    """Turn Nagle's algorithm off on the connection. asyncio does it only for sockets whose
    protocol number says TCP, and the socket bound for `--workers N` (by `socket.socket()`, like
    uvicorn's own) says 0: without this each answer's second write waited for the client's
    delayed ACK, 40 ms a call."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _AcceptLogLimiter:
    """A loop exception handler that turns the accept loop's "out of system resource" errors
    (one traceback per attempt, thousands a second) into one log line per interval."""

    def __init__(self, interval: float = EMFILE_LOG_INTERVAL) -> None:
        self.interval = interval
        self.last = -1e9
        self.suppressed = 0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if context.get("message") != "socket.accept() out of system resource":
            loop.default_exception_handler(context)
            return
        now = time.monotonic()
        if now - self.last < self.interval:
            self.suppressed += 1
            return
        exc = context.get("exception")
        reason = getattr(exc, "strerror", None) or str(exc)
        log.warning(
            "cannot accept new connections: %s (%d more times since the last line); raise "
            "LimitNOFILE or lower --max-connections",
            reason,
            self.suppressed,
        )
        self.last = now
        self.suppressed = 0


class GuardedConfig(Config):
    """uvicorn's Config with `limits`' protocol and the quiet accept loop, picklable (uvicorn's
    workers get the config through `multiprocessing`'s spawn: a class made in a closure cannot
    be sent, so each process builds its protocol class when uvicorn loads the config)."""

    def __init__(self, app: Any, *, limits: ServingLimits, **options: Any) -> None:
        self.limits = limits
        super().__init__(app, **options)

    def load(self) -> None:
        super().load()
        self.http_protocol_class = guarded_protocol(self.limits)
        with contextlib.suppress(RuntimeError):  # uvicorn loads it inside the server's loop
            asyncio.get_running_loop().set_exception_handler(_AcceptLogLimiter())


def uvicorn_config(
    app: Any,
    host: str,
    port: int,
    limits: ServingLimits,
    workers: int = 1,
    access_log: bool = True,
) -> GuardedConfig:
    """The server's config; with `workers` > 1 `app` must be an import string of an app factory
    (`central.asgi:create_app_from_env`), which each worker calls."""
    return GuardedConfig(
        app,
        limits=limits,
        host=host,
        port=port,
        http="h11",
        loop="asyncio",
        ws="none",
        lifespan="off",
        log_level="info",
        access_log=access_log,
        timeout_keep_alive=limits.keep_alive,
        backlog=accept_backlog(limits),
        h11_max_incomplete_event_size=limits.max_header_bytes,
        server_header=False,
        workers=workers,
        factory=workers > 1,
    )


def serve(
    app: Any,
    host: str,
    port: int,
    limits: ServingLimits,
    sockets: list[socket.socket] | None = None,
    workers: int = 1,
    access_log: bool = True,
) -> None:
    """Run `app` with `limits` until SIGINT/SIGTERM (uvicorn finishes requests in flight).

    With `workers` > 1, `app` is an app factory's import string: the socket is bound here and
    uvicorn's supervisor runs that many worker processes on it (restarting one that dies)."""
    config = uvicorn_config(app, host, port, limits, workers, access_log)
    if workers > 1:
        Multiprocess(config, sockets=sockets or [config.bind_socket()]).run()
    else:
        uvicorn.Server(config).run(sockets=sockets)
