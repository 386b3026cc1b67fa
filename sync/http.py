"""The HTTP transport (requests): conditional catalogue GET, batched request upload, heartbeat.

Every call gets connect/read timeouts cut to what is left of the cycle's deadline, and bodies are
read in small pieces with the deadline checked between them, so a server that trickles a byte at
a time cannot hold the kiosk beyond `sync.deadline` (the read timeout bounds each wait).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import json
import logging
import re
import socket
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import msgspec
import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool

from kiosk import __version__
from sync import protocol as p
from sync.transport import (
    MAX_CATALOGUE_BYTES,
    Deadline,
    DeadlineExceeded,
    FetchedCatalogue,
    TransportError,
)

log = logging.getLogger(__name__)
CHUNK = 16 * 1024
MAX_ANSWER_BYTES = 4 * 1024 * 1024


class _Watchdog:
    """The connections a call has checked out, to cut when its deadline passes."""

    def __init__(self) -> None:
        self.in_use: set[Any] = set()
        self.lock = threading.Lock()
        self.fired = False

    def cut(self) -> None:
        with self.lock:
            self.fired = True
            connections = list(self.in_use)
        for connection in connections:
            sock = getattr(connection, "sock", None) or getattr(connection, "opened_socket", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _tracking(pool_class: type[Any], watchdog: _Watchdog) -> type[Any]:
    class TrackingConnection(pool_class.ConnectionCls):  # type: ignore[misc,name-defined]
        def connect(self) -> None:
            super().connect()
            # http.client lets go of `sock` once an answer says "Connection: close", while the
            # answer's body is still read from it: the watchdog cuts this one then.
            self.opened_socket = self.sock

    class TrackingPool(pool_class):  # type: ignore[misc]
        ConnectionCls = TrackingConnection

        def _get_conn(self, timeout: float | None = None) -> Any:
            connection = super()._get_conn(timeout)
            with watchdog.lock:
                watchdog.in_use.add(connection)
            return connection

        def _put_conn(self, conn: Any) -> None:
            with watchdog.lock:
                watchdog.in_use.discard(conn)
            super()._put_conn(conn)

    return TrackingPool


class _Adapter(HTTPAdapter):
    def __init__(self, watchdog: _Watchdog) -> None:
        self.watchdog = watchdog
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _tracking(HTTPConnectionPool, self.watchdog),
            "https": _tracking(HTTPSConnectionPool, self.watchdog),
        }


class TokenRefused(TransportError):
    """The server does not take this kiosk's token, or knows it as another kiosk's
    (`token_kiosk`, the id the token was issued for, when the server said so)."""

    def __init__(self, message: str, *, token_kiosk: str = "") -> None:
        super().__init__(message)
        self.token_kiosk = token_kiosk


_KIOSK_MISMATCH = re.compile(
    r"kiosk_id is (?P<claimed>[A-Za-z0-9][A-Za-z0-9_-]{0,63}), "
    r"but the token is kiosk (?P<token>[A-Za-z0-9][A-Za-z0-9_-]{0,63})'s"
)
"""The reference server's 422 answer to a heartbeat under another kiosk's id (ids only: the
pattern keeps anything else the server might say out of the sentence)."""


class HttpTransport:
    name = "http"

    def __init__(
        self,
        url: str,
        token: str,
        *,
        ca_file: str = "",
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
    ) -> None:
        if not url:
            raise TransportError("sync.url is empty: set the central server's address")
        self.base = url.rstrip("/")
        self.host = urlsplit(self.base).netloc or self.base
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.session = requests.Session()
        self.watchdog = _Watchdog()
        adapter = _Adapter(self.watchdog)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update(
            {
                "User-Agent": f"pitstop-kiosk/{__version__}",
                "Accept-Encoding": "gzip",
            }
        )
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        # Passed with every call: a session-level `verify` loses to $REQUESTS_CA_BUNDLE.
        self.verify: str | bool = ca_file or True
        self.has_token = bool(token)

    def close(self) -> None:
        self.session.close()

    # -- plumbing -------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        deadline: Deadline,
        *,
        limit: int = MAX_ANSWER_BYTES,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
        sink: Any = None,
    ) -> tuple[requests.Response, bytes]:
        """Send, then read the answer (into `sink` when given) within the deadline."""
        if not self.has_token:
            raise TransportError("sync.token is empty: ask the coordinator for this kiosk's token")
        left = deadline.remaining()
        timeout = (min(self.connect_timeout, left), min(self.read_timeout, left))
        send_headers = dict(headers or {})
        if body is not None:
            send_headers["Content-Type"] = "application/json"
        self.watchdog.fired = False
        call_off = deadline.call_when_over(self.watchdog.cut)
        try:
            response, content = self._exchange(
                method, path, deadline, limit, send_headers, body, timeout, sink
            )
        except TransportError:
            if self.watchdog.fired:
                deadline.remaining()  # CycleStopped when the kiosk asked the cycle to stop
                raise DeadlineExceeded(
                    f"the sync cycle took longer than its {deadline.seconds:g} s limit "
                    "and was stopped"
                ) from None
            raise
        finally:
            call_off()
        self._check_status(
            response, content, missing_ok=(method, path) == ("GET", p.CATALOGUE_PATH)
        )
        return response, content

    def _exchange(
        self,
        method: str,
        path: str,
        deadline: Deadline,
        limit: int,
        send_headers: dict[str, str],
        body: bytes | None,
        timeout: tuple[float, float],
        sink: Any,
    ) -> tuple[requests.Response, bytes]:
        try:
            response = self.session.request(
                method,
                self.base + path,
                data=body,
                headers=send_headers,
                timeout=timeout,
                stream=True,
                verify=self.verify,
            )
            try:
                content = self._read(response, deadline, limit, sink)
            except BaseException:
                response.close()  # a half-read connection cannot be reused
                raise
            response.raw.release_conn()  # read to the end: keep the connection alive
        except requests.exceptions.SSLError as exc:
            raise TransportError(
                f"the TLS certificate of {self.host} could not be verified ({_reason(exc)}); "
                "check sync.ca_file"
            ) from None
        except requests.exceptions.ConnectTimeout:
            raise TransportError(f"the central server {self.host} did not answer in time") from None
        except requests.exceptions.ConnectionError as exc:
            raise TransportError(
                f"cannot reach the central server {self.host} ({_reason(exc)})"
            ) from None
        except requests.exceptions.Timeout:
            raise TransportError(
                f"the central server {self.host} stopped answering (read timeout)"
            ) from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            # urllib3's own errors come from reading the body (a connection cut mid-answer)
            raise TransportError(f"the connection to {self.host} failed ({_reason(exc)})") from None
        return response, content

    def _read(
        self, response: requests.Response, deadline: Deadline, limit: int, sink: Any
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        raw = response.raw
        if response.status_code != 200:
            sink = None  # an error's explanation, not the catalogue
        while True:
            deadline.remaining()
            chunk = raw.read1(CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise TransportError(f"the answer of {self.host} is larger than {limit} bytes")
            if sink is not None:
                sink.write(chunk)
            else:
                chunks.append(chunk)
        return b"".join(chunks)

    def _check_status(
        self, response: requests.Response, content: bytes, *, missing_ok: bool
    ) -> None:
        """Raise TransportError for an error status; a 404 is fine only when `missing_ok` (the
        catalogue: nothing published yet), anywhere else it means sync.url is not our server."""
        status = response.status_code
        if status < 400 or (status == 404 and missing_ok):
            return
        if status == 404:
            raise TransportError(
                f"there is no Family Pit Stop API at {self.base} (HTTP 404); check sync.url"
            )
        detail = _detail(content)
        retry_after = _retry_after(response.headers.get("Retry-After"))
        mismatch = _KIOSK_MISMATCH.search(detail) if status in (403, 422) else None
        if mismatch is not None:  # 403 from servers since the hostile-client work, 422 before
            known, here = mismatch["token"], mismatch["claimed"]
            raise TokenRefused(
                f"the server knows this token as kiosk {known} but this kiosk is set up as "
                f"{here}: run `pitstop config set kiosk.id {known}` or enrol again",
                token_kiosk=known,
            )
        if status == 401 or status == 403:
            raise TokenRefused(f"the central server refused this kiosk's token: {detail}")
        if status == 429 or status == 503:
            raise TransportError(
                f"the central server {self.host} is busy (HTTP {status}); will retry",
                retry_after=retry_after,
            )
        if status >= 500:
            raise TransportError(
                f"the central server {self.host} had an internal error (HTTP {status}); will retry",
                retry_after=retry_after,
            )
        raise TransportError(f"the central server refused the data (HTTP {status}): {detail}")

    # -- the three calls --------------------------------------------------------------------

    def fetch_catalogue(
        self, seen_checksum: str, etag: str, dest: Path, deadline: Deadline
    ) -> FetchedCatalogue | None:
        headers = {"If-None-Match": etag} if etag else {}
        target = dest / "catalogue-download.json"
        digest = hashlib.sha256()
        try:
            with target.open("wb") as handle:

                class _Sink:
                    @staticmethod
                    def write(chunk: bytes) -> None:
                        digest.update(chunk)
                        handle.write(chunk)

                response, _ = self._call(
                    "GET",
                    p.CATALOGUE_PATH,
                    deadline,
                    limit=MAX_CATALOGUE_BYTES,
                    headers=headers,
                    sink=_Sink,
                )
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        if response.status_code != 200:  # 304 unchanged, 404 nothing published yet
            target.unlink(missing_ok=True)
            return None
        checksum = digest.hexdigest()
        new_etag = response.headers.get("ETag", "")
        return FetchedCatalogue(
            target,
            checksum,
            "the central server",
            new_etag,
            response.headers.get("X-Catalogue-Version", ""),
        )

    def deliver(self, payloads: list[tuple[str, bytes]], deadline: Deadline) -> list[p.ItemResult]:
        body = b'{"items":[' + b",".join(data for _, data in payloads) + b"]}"
        _, content = self._call("POST", p.REQUESTS_PATH, deadline, body=body)
        try:
            return p.decode(p.BatchResult, content).results
        except p.ProtocolError:
            raise TransportError(
                f"the central server {self.host} sent an answer this kiosk cannot read"
            ) from None

    def report(self, beat: p.Heartbeat, deadline: Deadline) -> frozenset[dt.date]:
        """Post the heartbeat; the days of its usage counts the server confirmed it stored. A
        server older than an optional field (its exact refusal: 422 "<field>: unknown field",
        `p.OPTIONAL_HEARTBEAT_FIELDS`) gets the heartbeat again without it; without the counts,
        nothing is confirmed. Any other refusal of a heartbeat with counts: the heartbeat goes
        again without them, naming the refusal in last_error, and TransportError says why (the
        cycle's last_error, on the staff home). The server's age is not remembered: each cycle
        asks again (one extra request per refused field)."""
        dropped: list[str] = []
        try:
            content = self._post_heartbeat(beat, deadline, dropped)
        except TransportError as exc:
            if (
                not beat.usage
                or "usage" in dropped
                or type(exc) is not TransportError
                or "(HTTP 422)" not in str(exc)
            ):
                raise
            detail = str(exc).partition("(HTTP 422): ")[2]
            problem = (
                f"the central server {self.host} refused this kiosk's usage counts, which stay "
                f"on the kiosk (HTTP 422): {detail}"
            )[:500]
            bare = msgspec.structs.replace(beat, usage=[], last_error=problem)
            self._post_heartbeat(bare, deadline, [])
            raise TransportError(problem) from None
        if not beat.usage or "usage" in dropped:
            return frozenset()
        try:
            stored = msgspec.json.decode(content, type=_UsageAck).usage_days
        except (msgspec.DecodeError, RecursionError):
            return frozenset()  # an answer this kiosk cannot read confirms nothing
        sent = {day.day for day in beat.usage}
        return frozenset(day for day in stored if day in sent)

    def _post_heartbeat(self, beat: p.Heartbeat, deadline: Deadline, dropped: list[str]) -> bytes:
        """POST `beat`; while the server refuses an optional field it does not know, again
        without that field (each at most once), recording its name in `dropped`."""
        while True:
            try:
                _, content = self._call(
                    "POST", p.HEARTBEAT_PATH, deadline, body=p.encode_heartbeat(beat)
                )
                return content
            except TransportError as exc:
                name = _unknown_optional_field(exc, beat)
                if name is None:
                    raise
                log.info("the central server %s is older than the heartbeat's %s", self.host, name)
                dropped.append(name)
                empty: list[p.DayCounts] | None = [] if name == "usage" else None
                beat = msgspec.structs.replace(beat, **{name: empty})


OLD_SERVER_REFUSAL = "(HTTP 422): {field}: unknown field"
"""How a server older than an optional heartbeat field refuses it (its strict decoding)."""


def _unknown_optional_field(exc: TransportError, beat: p.Heartbeat) -> str | None:
    """The optional field `beat` carries that the server refused as unknown, or None."""
    if type(exc) is not TransportError:
        return None
    for name in p.OPTIONAL_HEARTBEAT_FIELDS:
        if getattr(beat, name) not in (None, []) and str(exc).endswith(
            OLD_SERVER_REFUSAL.format(field=name)
        ):
            return name
    return None


class _UsageAck(msgspec.Struct):
    """The part of a heartbeat's answer that confirms usage days (other fields ignored)."""

    usage_days: list[dt.date] = []


def _reason(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, without its object reprs."""
    while exc.__context__ is not None and exc.__context__ is not exc:
        exc = exc.__context__
    text = str(exc)
    for marker in (
        "Connection refused",
        "Name or service not known",
        "timed out",
        "Connection reset",
        "certificate verify failed",
        "Network is unreachable",
        "Remote end closed connection",
        "IncompleteRead",
        "Connection aborted",
    ):
        if marker.lower() in text.lower():
            return marker.lower()
    return text.split(":")[-1].strip()[:120] or type(exc).__name__


def _detail(content: bytes) -> str:
    try:
        detail = json.loads(content).get("detail", "")
    except (ValueError, AttributeError, RecursionError):
        detail = ""
    return str(detail)[:300] if detail else "no reason given"


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
