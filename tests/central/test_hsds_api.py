"""The public HSDS 3.0 API (/hsds) of a real central server: every answer validated against the
official schemas (and our profile), paging and filters, 404/422 in one sentence, ETag/304,
modified_after across published versions, public headers, and documents built once per version."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import requests

import central.hsds.cache as cache_mod
from central.hsds.cache import HsdsCache
from central.hsds.profile import EXTENSIONS, profile_document
from central.store import CentralStore
from tests.central.hsds_schemas import validate, validate_definition
from tests.central.live import LiveServer
from tests.factories import catalogue_dict

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo" / "catalogue.json"


def get(server: LiveServer, path: str, **headers: str) -> requests.Response:
    return requests.get(server.url + "/hsds" + path, headers=headers, timeout=10)


@pytest.fixture
def demo_server(store: CentralStore, server: LiveServer) -> LiveServer:
    store.publish_catalogue(DEMO)
    return server


def _publish(store: CentralStore, tmp_path: Path, data: dict[str, Any], name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    store.publish_catalogue(path)


def _profile_check(kind: str, document: dict[str, Any]) -> None:
    """The profile's fields on `document` follow the profile's own schemas."""
    for field, schema in EXTENSIONS[kind].items():
        if field in document:
            jsonschema.validate(document[field], schema)


def test_every_endpoint_answers_what_the_official_schemas_describe(
    demo_server: LiveServer,
) -> None:
    root = get(demo_server, "/").json()
    validate("/", root)
    assert root["version"] == "3.0"
    assert root["profile"].endswith("/hsds/profile") and root["openapi_url"].endswith(
        "/hsds/openapi.json"
    )
    _profile_check("api_root", root)
    assert get(demo_server, "/profile").json() == json.loads(json.dumps(profile_document()))
    openapi = get(demo_server, "/openapi.json").json()
    assert openapi["servers"] == [{"url": demo_server.url + "/hsds"}]
    assert {"/services", "/services/{id}", "/organizations"} <= set(openapi["paths"])

    seen: list[str] = []
    for page in (1, 2, 3, 10):
        body = get(demo_server, f"/services?page={page}&per_page=10").json()
        validate("/services", body)
        assert body["total_items"] == 93 and body["total_pages"] == 10
        assert body["page_number"] == page and body["first_page"] == (page == 1)
        assert body["last_page"] == (page == 10) and body["size"] == (3 if page == 10 else 10)
        seen += [item["id"] for item in body["contents"]]
    assert len(set(seen)) == len(seen) == 33
    beyond = get(demo_server, "/services?page=11&per_page=10").json()
    validate("/services", beyond)
    assert beyond["empty"] and beyond["contents"] == [] and beyond["last_page"]

    full = get(demo_server, "/services?full=true&per_page=500").json()
    validate("/services", full)
    for service in full["contents"]:
        validate("/services/{id}", service)
        _profile_check("service", service)
        for sal in service["service_at_locations"]:
            for address in sal["location"]["addresses"]:
                _profile_check("address", address)
        for attribute in service["attributes"]:
            _profile_check("taxonomy_term", attribute["taxonomy_term"])
    one = full["contents"][5]
    by_uuid = get(demo_server, f"/services/{one['id']}")
    assert by_uuid.json() == one
    assert get(demo_server, f"/services/{one['local_id']}").json() == one

    for path in ("/organizations", "/taxonomies", "/taxonomy_terms", "/service_at_locations"):
        for page in (1, 2):
            body = get(demo_server, f"{path}?page={page}&per_page=4").json()
            validate(path, body)
            assert body["page_number"] == page
    organization = get(demo_server, f"/organizations/{one['organization_id']}").json()
    validate("/organizations/{id}", organization)
    assert one["id"] in [s["id"] for s in organization["services"]]
    terms = get(demo_server, "/taxonomy_terms?per_page=50").json()["contents"]
    term = get(demo_server, f"/taxonomy_terms/{terms[0]['id']}").json()
    validate("/taxonomy_terms/{id}", term)
    taxonomy = get(demo_server, f"/taxonomies/{term['taxonomy_id']}").json()
    validate("/taxonomies/{id}", taxonomy)
    sal_id = one["service_at_locations"][0]["id"]
    sal = get(demo_server, f"/service_at_locations/{sal_id}").json()
    validate_definition("service_at_location", sal)
    assert sal["service"]["id"] == one["id"]


def test_the_validator_refuses_what_hsds_forbids(demo_server: LiveServer) -> None:
    """The schema check is real: a served service with a broken field fails it."""
    service = get(demo_server, "/services?per_page=1").json()["contents"][0]
    for broken in ({**service, "id": "not-a-uuid"}, {**service, "status": "open"}):
        with pytest.raises(jsonschema.ValidationError):
            validate("/services/{id}", broken)
    missing = {k: v for k, v in service.items() if k != "name"}
    with pytest.raises(jsonschema.ValidationError):
        validate("/services", {"total_items": 1, "contents": [missing]})


def test_filters_select_by_search_term_organization_and_taxonomy(demo_server: LiveServer) -> None:
    everything = get(demo_server, "/services?full=true&per_page=500").json()["contents"]
    term = everything[0]["attributes"][0]["taxonomy_term"]
    expected = {
        s["id"]
        for s in everything
        if term["id"] in [a["taxonomy_term_id"] for a in s["attributes"]]
    }
    for key in (term["id"], term["code"]):
        body = get(demo_server, f"/services?taxonomy_term_id={key}&per_page=500").json()
        validate("/services", body)
        assert {s["id"] for s in body["contents"]} == expected and expected
    org = everything[0]["organization_id"]
    body = get(demo_server, f"/services?organization_id={org}&per_page=500").json()
    assert {s["id"] for s in body["contents"]} == {
        s["id"] for s in everything if s["organization_id"] == org
    }
    found = get(demo_server, "/services?search=LEGNANO&full=true&per_page=500").json()
    assert found["total_items"] > 0
    assert all("Legnano" in json.dumps(s, ensure_ascii=False) for s in found["contents"])
    english = get(demo_server, "/services?search=after-school%20care&per_page=500").json()
    assert english["total_items"] > 0  # translations are searched too
    assert get(demo_server, "/services?search=zzzz%20nothing").json()["empty"] is True
    taxonomy = term["taxonomy_id"]
    assert get(demo_server, f"/services?taxonomy_id={taxonomy}").json()["total_items"] == 93
    assert get(demo_server, "/services?taxonomy_id=other").json()["total_items"] == 0
    sals = get(demo_server, f"/service_at_locations?organization_id={org}&per_page=500").json()
    validate("/service_at_locations", sals)
    assert {s["service_id"] for s in sals["contents"]} <= {
        s["id"] for s in everything if s["organization_id"] == org
    }


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("page=0", "page must be a whole number from 1"),
        ("per_page=501", "per_page must be a whole number from 1 to 500"),
        ("per_page=ten", "per_page must be a whole number"),
        ("modified_after=yesterday", "modified_after must be a date-time"),
        ("full=maybe", "full must be true or false"),
        ("search=" + "x" * 201, "search must be at most 200 characters"),
    ],
)
def test_bad_parameters_get_422_in_one_sentence(
    demo_server: LiveServer, query: str, words: str
) -> None:
    answer = get(demo_server, f"/services?{query}")
    assert answer.status_code == 422
    assert answer.headers["access-control-allow-origin"] == "*"
    detail = answer.json()["detail"]
    assert words in detail and detail.count(". ") == 0


def test_unknown_ids_get_404_json(demo_server: LiveServer) -> None:
    for path in (
        "/services/00000000-0000-0000-0000-000000000000",
        "/organizations/nope",
        "/taxonomies/nope",
        "/taxonomy_terms/nope",
        "/service_at_locations/nope",
    ):
        answer = get(demo_server, path)
        assert answer.status_code == 404, path
        assert answer.headers["content-type"] == "application/json"
        assert answer.json()["detail"].startswith("there is no ")


def test_nothing_published_is_a_404_json(server: LiveServer) -> None:
    answer = get(server, "/services")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "no catalogue has been published yet"}


def test_public_headers_no_cookie_cors_and_preflight(demo_server: LiveServer) -> None:
    for path in ("/", "/services", "/profile", "/openapi.json"):
        answer = get(demo_server, path)
        assert answer.status_code == 200
        assert "set-cookie" not in answer.headers
        assert answer.headers["access-control-allow-origin"] == "*"
    preflight = requests.options(
        demo_server.url + "/hsds/services",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
        timeout=10,
    )
    assert preflight.status_code == 204
    assert "GET" in preflight.headers["access-control-allow-methods"]
    assert "If-None-Match" in preflight.headers["access-control-allow-headers"]
    posted = requests.post(demo_server.url + "/hsds/services", json={}, timeout=10)
    assert posted.status_code == 405  # read-only


def test_etag_and_304(store: CentralStore, server: LiveServer, tmp_path: Path) -> None:
    _publish(store, tmp_path, catalogue_dict(12), "v1.json")
    first = get(server, "/services?per_page=5")
    etag = first.headers["etag"]
    again = get(server, "/services?per_page=5", **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = get(server, "/services?per_page=6")
    assert other.headers["etag"] != etag
    _publish(store, tmp_path, catalogue_dict(12, seed=2, version="synthetic-2"), "v2.json")
    time.sleep(1.1)  # the published ETag is looked up at most once a second
    changed = get(server, "/services?per_page=5", **{"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_modified_after_finds_only_what_changed(any_store: CentralStore, tmp_path: Path) -> None:
    first = catalogue_dict(10)
    _publish(any_store, tmp_path, first, "v1.json")
    warm = HsdsCache(any_store)
    v1 = warm.current()
    assert v1 is not None
    time.sleep(0.05)
    second = json.loads(json.dumps(first))
    second["version"] = "synthetic-2"
    second["offerings"][3]["name"]["it"] = "Nome cambiato"
    changed_id = second["offerings"][3]["id"]
    _publish(any_store, tmp_path, second, "v2.json")
    v2 = warm.current()
    assert v2 is not None and v2.version == v1.version + 1
    cold = HsdsCache(any_store).current()  # a restarted server walks the history
    assert cold is not None
    for index in (v2, cold):
        stamps = {e.doc["local_id"]: e.modified for e in index.services}
        assert stamps[changed_id] == v2.published_at
        assert all(stamps[k] == v1.published_at for k in stamps if k != changed_id)
        assert {e.doc["local_id"]: e.doc["last_modified"] for e in index.services} == {
            e.doc["local_id"]: e.doc["last_modified"] for e in v2.services
        }

    live = LiveServer(any_store)
    try:
        after = v2.published_at.isoformat().replace("+00:00", "Z")
        body = requests.get(f"{live.url}/hsds/services?modified_after={after}", timeout=10).json()
        validate("/services", body)
        assert [s["local_id"] for s in body["contents"]] == [changed_id]
        day = (v1.published_at - dt.timedelta(days=1)).date().isoformat()
        every = requests.get(f"{live.url}/hsds/services?modified_after={day}", timeout=10)
        assert every.json()["total_items"] == 10
        sals = requests.get(
            f"{live.url}/hsds/service_at_locations?modified_after={after}", timeout=10
        ).json()
        assert {s["service"]["local_id"] for s in sals["contents"]} <= {changed_id}
    finally:
        live.stop()


def test_documents_are_built_once_per_published_version(
    store: CentralStore, server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = cache_mod.documents

    def counting(catalogue: Any) -> Any:
        calls.append(len(catalogue.offerings))
        return real(catalogue)

    monkeypatch.setattr(cache_mod, "documents", counting)
    _publish(store, tmp_path, catalogue_dict(30), "v1.json")
    for page in range(1, 4):
        assert get(server, f"/services?page={page}&per_page=10").status_code == 200
        assert get(server, "/organizations").status_code == 200
        assert get(server, "/service_at_locations").status_code == 200
    assert calls == [30]
