"""/metrics: Prometheus text behind its own token; requests by endpoint, method and status;
latency histograms; kiosk gauges read from the database."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from central.app import create_app
from central.store import CentralStore
from sync.protocol import Heartbeat
from tests.central.test_server_hostile import BEAT, InProcess

TOKEN = "t" * 40


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


@pytest.fixture
def kiosk_token(store: CentralStore) -> str:
    return store.new_token("kiosk-1")


def test_metrics_are_404_when_no_token_is_configured(store: CentralStore) -> None:
    client = InProcess(create_app(store=store))
    assert client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404


@pytest.mark.parametrize(
    "header", [None, f"Bearer {TOKEN[:-1]}", f"Bearer {TOKEN}x", f"Basic {TOKEN}", "Bearer \udc80"]
)
def test_metrics_need_their_token(store: CentralStore, header: str | None) -> None:
    client = InProcess(create_app(store=store, metrics_token=TOKEN))
    headers = {} if header is None else {"Authorization": header.encode("utf-8", "surrogateescape")}
    answer = client.get("/metrics", headers=headers)
    assert answer.status_code == 401
    assert answer.json() == {"detail": "/metrics needs the metrics bearer token"}


def test_a_kiosk_token_does_not_open_metrics(store: CentralStore, kiosk_token: str) -> None:
    client = InProcess(create_app(store=store, metrics_token=TOKEN))
    answer = client.get("/metrics", headers={"Authorization": f"Bearer {kiosk_token}"})
    assert answer.status_code == 401


def test_requests_are_counted_by_endpoint_method_and_status(
    store: CentralStore, kiosk_token: str
) -> None:
    client = InProcess(create_app(store=store, metrics_token=TOKEN))
    auth = {"Authorization": f"Bearer {kiosk_token}"}
    for _ in range(3):
        assert client.post("/api/v1/heartbeat", json=BEAT, headers=auth).status_code == 200
    assert client.post("/api/v1/heartbeat", json={"x": 1}, headers=auth).status_code == 422
    assert client.get("/api/v1/catalogue", headers=auth).status_code == 404
    for n in range(5):  # hostile paths and methods do not make new series
        client.get(f"/random/{n}")
        client.request(f"BREW{n}", "/api/v1/health")
    answer = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = _samples(answer.text)
    count = "pitstop_central_requests_total"

    def counted(endpoint: str, method: str, status: str) -> float:
        labels = (("endpoint", endpoint), ("method", method), ("status", status))
        return samples.get((count, labels), 0.0)

    assert counted("/api/v1/heartbeat", "POST", "200") == 3
    assert counted("/api/v1/heartbeat", "POST", "422") == 1
    assert counted("/api/v1/catalogue", "GET", "404") == 1
    assert counted("other", "GET", "404") == 5
    assert (
        sum(
            v
            for (name, labels), v in samples.items()
            if name == count and ("method", "other") in labels
        )
        == 5
    )
    endpoints = {dict(labels)["endpoint"] for (name, labels) in samples if name == count}
    assert endpoints == {"/api/v1/heartbeat", "/api/v1/catalogue", "/api/v1/health", "other"}
    histogram = "pitstop_central_request_duration_seconds_count"
    assert samples[(histogram, (("endpoint", "/api/v1/heartbeat"),))] == 4
    assert re.search(r'_bucket\{endpoint="/api/v1/heartbeat",le="0.05"\}', answer.text)


def test_kiosk_gauges_come_from_the_database(store: CentralStore) -> None:
    now = dt.datetime.now(dt.UTC)
    tokens = {kid: store.new_token(kid) for kid in ("a", "b", "c", "gone")}
    store.record_heartbeat(tokens["a"], Heartbeat(kiosk_id="a", sent_at=now, pending=3), now)
    old = now - dt.timedelta(hours=2)
    store.record_heartbeat(tokens["b"], Heartbeat(kiosk_id="b", sent_at=old, pending=5), old)
    store.record_heartbeat(tokens["gone"], Heartbeat(kiosk_id="gone", sent_at=now, pending=7), now)
    store.revoke_token("gone")
    client = InProcess(create_app(store=store, metrics_token=TOKEN))
    samples = _samples(client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).text)
    assert samples[("pitstop_central_kiosks", ())] == 3
    assert samples[("pitstop_central_kiosks_seen_last_hour", ())] == 1
    assert samples[("pitstop_central_kiosk_pending_requests", ())] == 8
    assert samples[("pitstop_central_kiosks_with_pending_requests", ())] == 2


def test_metrics_are_not_in_the_openapi_document(store: CentralStore) -> None:
    client = InProcess(create_app(store=store, metrics_token=TOKEN))
    assert "/metrics" not in client.get("/openapi.json").json()["paths"]
