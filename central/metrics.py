"""The central server's Prometheus metrics (`/metrics`, behind its own token).

Requests are counted by endpoint, method and status, and timed per endpoint, by an ASGI
middleware; the kiosk gauges (kiosks seen in the last hour, requests waiting on kiosks as their
last heartbeats said) are read from the database at each scrape, so every worker answers the
same. With several uvicorn workers, prometheus_client's multiprocess mode sums the workers'
counters: `PROMETHEUS_MULTIPROC_DIR` must name an empty folder before the workers start
(`pitstop central serve --workers N` makes one). Paths that are not the API's are counted as
"other" and unusual methods as "other", so a client cannot grow the number of series. The gauges
cost one query per scrape: scrape every 15 s or slower. A worker that died keeps its counts (they
are summed with the others'), as Prometheus expects of counters.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from central.models import Kiosk
from central.store import CentralStore
from kiosk.checks import DISK_WARN_BYTES

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Latency buckets in seconds (the load test's target is a p95 under 50 ms)."""
METHODS = frozenset({"GET", "POST", "HEAD"})
SEEN_WINDOW = dt.timedelta(hours=1)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]


def multiprocess_dir() -> str | None:
    """The folder of prometheus_client's multiprocess mode, when it is on in this process."""
    return os.environ.get(MULTIPROC_ENV) or None


class KioskCollector(Collector):
    """Gauges read from the kiosk table at each scrape."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store

    def collect(self) -> Iterable[Metric]:
        since = dt.datetime.now(dt.UTC) - SEEN_WINDOW
        active = Kiosk.token_hash.is_not(None) & Kiosk.revoked_at.is_(None)
        query = select(
            func.count().filter(active),
            func.count().filter(active, Kiosk.last_heartbeat_at >= since),
            func.coalesce(func.sum(Kiosk.pending).filter(active), 0),
            func.count().filter(active, Kiosk.pending > 0),
            func.count().filter(active, Kiosk.disk_free_bytes < DISK_WARN_BYTES),
        )
        with self.store.engine.connect() as connection:
            kiosks, seen, pending, waiting, low_disk = connection.execute(query).one()
        yield GaugeMetricFamily(
            "pitstop_central_kiosks", "Kiosks with an active token", value=int(kiosks)
        )
        yield GaugeMetricFamily(
            "pitstop_central_kiosks_seen_last_hour",
            "Kiosks with an active token whose last heartbeat arrived in the last hour",
            value=int(seen),
        )
        yield GaugeMetricFamily(
            "pitstop_central_kiosk_pending_requests",
            "Contact requests waiting on kiosks to be delivered, as their last heartbeats said",
            value=int(pending),
        )
        yield GaugeMetricFamily(
            "pitstop_central_kiosks_with_pending_requests",
            "Kiosks whose last heartbeat said requests were waiting to be delivered",
            value=int(waiting),
        )
        yield GaugeMetricFamily(
            "pitstop_central_kiosks_low_disk",
            "Kiosks whose last heartbeat reported under 1 GiB of free disk",
            value=int(low_disk),
        )


class Metrics:
    """The request counters and latency histograms of one app, and their text exposition."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "pitstop_central_requests",
            "HTTP requests answered, by endpoint, method and status",
            ("endpoint", "method", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "pitstop_central_request_duration_seconds",
            "Time from a request's headers to the end of its answer, by endpoint",
            ("endpoint",),
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.kiosks = KioskCollector(store)

    def observe(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(endpoint, method, str(status)).inc()
        self.latency.labels(endpoint).observe(seconds)

    def render(self) -> bytes:
        """The Prometheus text format: every worker's requests (multiprocess mode) or this
        process's, and the kiosk gauges (one database query)."""
        folder = multiprocess_dir()
        if folder is None:
            registry = self.registry
        else:
            registry = CollectorRegistry()
            MultiProcessCollector(registry, path=folder)  # type: ignore[no-untyped-call]
        text = generate_latest(registry)
        return text + generate_latest(_Only(self.kiosks))


class _Only(CollectorRegistry):
    """A registry of one collector, built per scrape (registering twice would fail)."""

    def __init__(self, collector: Collector) -> None:
        super().__init__(auto_describe=False)
        self.collector = collector

    def collect(self) -> Iterable[Metric]:
        yield from self.collector.collect()


class MetricsMiddleware:
    """Counts and times every HTTP request by endpoint (the app's route paths; anything else
    is "other"), method and status (500 when the app failed before answering)."""

    def __init__(self, app: Asgi, metrics: Metrics, paths: Callable[[], frozenset[str]]) -> None:
        self.app = app
        self.metrics = metrics
        self.paths = paths
        self._known: frozenset[str] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._known is None:
            self._known = self.paths()
        path = scope["path"]
        endpoint = path if path in self._known else "other"
        method = scope["method"] if scope["method"] in METHODS else "other"
        status = 500
        started = time.perf_counter()

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self.metrics.observe(endpoint, method, status, time.perf_counter() - started)
