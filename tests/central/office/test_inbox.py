"""The requests inbox in process (a real uvicorn in a thread, httpx): metadata only, filters,
scope, follow-up steps, sealed notes, the wrapped key copy, the vendored scripts."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.public import PrivateKey, SealedBox
from sqlalchemy import update

from central.audit import audit_events
from central.models import Kiosk
from central.office.requests_store import kiosk_column
from central.store import CentralStore
from kiosk.intake.model import parse_request
from kiosk.intake.store import seal_request
from kiosk.privacy.keys import key_fingerprint
from sync.protocol import RequestEnvelope
from tests.central.office.conftest import ROLE_USERS, csrf, login
from tests.kiosk.intake.data import request_data

ROOT = Path(__file__).resolve().parents[3]
VENDOR = ROOT / "central" / "office" / "static" / "vendor"
CANARY = "Zebulonia"


def deliver(store: CentralStore, kiosk_id: str, key: PrivateKey, **fields: Any) -> str:
    """A real request sealed as the kiosk seals it, stored as the server stores a delivery."""
    store.new_token(kiosk_id)
    envelope = seal_request(
        parse_request(request_data(kiosk_id=kiosk_id, **fields)), key.public_key
    )
    item = RequestEnvelope(
        id=uuid.UUID(envelope.id),
        kiosk_id=envelope.kiosk_id,
        created_at=envelope.created_at,
        notice_version=envelope.notice_version,
        schema_version=envelope.schema_version,
        sealed=base64.b64encode(envelope.sealed).decode("ascii"),
        sha256=envelope.sha256,
    )
    (result,) = store.store_requests(kiosk_id, [item])
    assert result.status == "accepted", result
    return envelope.id


def place(store: CentralStore, kiosk_id: str, comune: str) -> None:
    """Record the kiosk's comune (when the kiosks' columns exist)."""
    column = kiosk_column("comune")
    if column is None:
        pytest.skip("the kiosk table has no comune column yet")
    with store.writing() as session:
        session.execute(update(Kiosk).where(Kiosk.id == kiosk_id).values({column: comune}))


def token(client: httpx.Client) -> str:
    page = client.get("/office/requests")
    found = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


@pytest.fixture
def key() -> PrivateKey:
    return PrivateKey.generate()


def test_the_inbox_shows_metadata_never_content(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    ids = [deliver(office_store, "kiosk-1", key, first_name=CANARY) for _ in range(3)]
    login(office_client, ROLE_USERS["coordinator"])
    page = office_client.get("/office/requests")
    assert page.status_code == 200
    assert "Da gestire: 3" in page.text
    for request_id in ids:
        assert f'data-id="{request_id}"' in page.text
    assert CANARY not in page.text
    # The phone (+39 347 123 4567) in no spelling; a bare "347" also turns up in the times'
    # microseconds now and then.
    assert not [phone for phone in ("347 123", "3471234", "123 4567") if phone in page.text]
    assert "script-src 'self' 'wasm-unsafe-eval'" in page.headers["content-security-policy"]
    sealed = office_client.get("/office/requests/sealed.json").json()["items"]
    assert {item["id"] for item in sealed} == set(ids)
    opened = SealedBox(key).decrypt(base64.b64decode(sealed[0]["sealed"]))
    assert CANARY.encode() in opened  # the bytes are the kiosk's sealed box, as delivered


def test_a_viewer_and_a_stranger_do_not_get_the_inbox(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    deliver(office_store, "kiosk-1", key)
    assert office_client.get("/office/requests").status_code == 303
    assert office_client.get("/office/requests/sealed.json").status_code in {303, 401}
    login(office_client, ROLE_USERS["viewer"])
    assert office_client.get("/office/requests").status_code == 403
    answer = office_client.get(
        "/office/requests/sealed.json", headers={"Accept": "application/json"}
    )
    assert answer.status_code == 403 and "sealed" not in answer.text


def test_follow_up_steps_and_refusals(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    request_id = deliver(office_store, "kiosk-1", key)
    login(office_client, ROLE_USERS["coordinator"])
    form = csrf(office_client, f"/office/requests/{request_id}")
    url = f"/office/requests/{request_id}/action"

    def step(action: str, **extra: str) -> httpx.Response:
        return office_client.post(url, data={"csrf_token": form, "action": action, **extra})

    refused = step("contacted")
    assert refused.status_code == 409 and "Prendi in carico" in refused.text
    assert step("close").status_code == 409  # no outcome
    assert step("close", outcome="nonsense").status_code == 409
    assert step("explode").status_code == 409
    assert office_client.post(url, data={"action": "take"}).status_code == 403  # no CSRF token
    taken = step("take")
    assert taken.status_code == 303 and taken.headers["location"].endswith("done=taken")
    assert step("unreachable").status_code == 303
    assert step("unreachable").status_code == 303
    assert step("contacted").status_code == 303
    assert step("close", outcome="meeting").status_code == 303
    assert step("take").status_code == 409  # closed: reopen first
    page = office_client.get(f"/office/requests/{request_id}").text
    assert "Incontro fissato" in page and "coord l&#39;ha presa in carico" in page
    assert "tentativo 2" in page
    (row,) = [r for r in office_store.iter_requests() if r.id == request_id]
    assert row.status == "closed" and row.status_at is not None
    steps = [e.details["step"] for e in audit_events(office_store, action="request.status")]
    assert sorted(steps) == sorted(["take", "unreachable", "unreachable", "contacted", "close"])
    assert step("reopen").status_code == 303
    assert next(r for r in office_store.iter_requests() if r.id == request_id).status == "taken"


def test_operators_cannot_assign_and_assignment_names_a_real_account(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    request_id = deliver(office_store, "kiosk-1", key)
    place(office_store, "kiosk-1", "Legnano")  # the operator's comune
    login(office_client, ROLE_USERS["coordinator"])
    form = csrf(office_client, f"/office/requests/{request_id}")
    url = f"/office/requests/{request_id}/action"
    nobody = office_client.post(
        url, data={"csrf_token": form, "action": "assign", "assignee": "ghost"}
    )
    assert nobody.status_code == 409
    viewer = office_client.post(
        url, data={"csrf_token": form, "action": "assign", "assignee": ROLE_USERS["viewer"]}
    )
    assert viewer.status_code == 409  # a viewer cannot take requests
    done = office_client.post(
        url, data={"csrf_token": form, "action": "assign", "assignee": ROLE_USERS["operator"]}
    )
    assert done.status_code == 303
    mine = office_client.get("/office/requests?assigned=oper").text
    assert f'data-id="{request_id}"' in mine
    assert "Presa in carico" in mine


def test_a_request_is_not_assigned_to_an_operator_who_cannot_open_it(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    request_id = deliver(office_store, "kiosk-2", key)
    place(office_store, "kiosk-2", "Rescaldina")  # the operator has Legnano only
    login(office_client, ROLE_USERS["coordinator"])
    form = csrf(office_client, f"/office/requests/{request_id}")
    url = f"/office/requests/{request_id}/action"
    refused = office_client.post(
        url, data={"csrf_token": form, "action": "assign", "assignee": ROLE_USERS["operator"]}
    )
    assert refused.status_code == 409
    assert "non è dei suoi comuni o aree" in refused.text
    (row,) = [r for r in office_store.iter_requests() if r.id == request_id]
    assert row.status == "new"  # nothing changed
    assert not audit_events(office_store, action="request.status")
    office_client.cookies.clear()
    login(office_client, ROLE_USERS["operator"])
    assert f'data-id="{request_id}"' not in office_client.get("/office/requests").text
    office_client.cookies.clear()
    login(office_client, ROLE_USERS["coordinator"])
    form = csrf(office_client, f"/office/requests/{request_id}")
    place(office_store, "kiosk-2", "legnano")  # the comune is matched whatever its case
    done = office_client.post(
        url, data={"csrf_token": form, "action": "assign", "assignee": ROLE_USERS["operator"]}
    )
    assert done.status_code == 303


def test_bad_filters_are_said_and_ignored(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    deliver(office_store, "kiosk-1", key)
    login(office_client, ROLE_USERS["coordinator"])
    page = office_client.get(
        "/office/requests", params={"status": "<b>x</b>", "since": "yesterday", "page": "-1"}
    )
    assert page.status_code == 200
    assert "Lo stato «&lt;b&gt;x&lt;/b&gt;» non esiste" in page.text
    assert "«yesterday» non è una data" in page.text
    assert "non è un numero di pagina" in page.text
    assert "<b>x</b>" not in page.text
    empty = office_client.get("/office/requests", params={"since": "2999-01-01"})
    assert "Nessuna richiesta" in empty.text


def test_operators_see_only_their_comuni(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    legnano = deliver(office_store, "kiosk-legnano", key)
    magenta = deliver(office_store, "kiosk-magenta", key)
    place(office_store, "kiosk-legnano", "legnano")
    place(office_store, "kiosk-magenta", "magenta")
    login(office_client, ROLE_USERS["operator"])  # limited to Legnano
    page = office_client.get("/office/requests").text
    assert legnano in page and magenta not in page
    items = office_client.get("/office/requests/sealed.json?all=1").json()["items"]
    assert [item["id"] for item in items] == [legnano]
    assert office_client.get(f"/office/requests/{magenta}").status_code == 404
    assert office_client.get(f"/office/requests/{magenta}/sealed.json").status_code == 404


def test_notes_must_arrive_sealed(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    request_id = deliver(office_store, "kiosk-1", key)
    login(office_client, ROLE_USERS["coordinator"])
    headers = {"X-CSRF-Token": token(office_client)}
    url = f"/office/requests/{request_id}/notes"
    plain = base64.b64encode(b"called the mum, she wants a call back").decode()
    refused = office_client.post(url, json={"sealed": plain}, headers=headers)
    assert refused.status_code == 400 and "non è arrivata sigillata" in refused.text
    assert office_client.post(url, content=b"{not json", headers=headers).status_code == 400
    note = json.dumps({"kind": "note", "request_id": request_id, "text": "ok"}).encode()
    sealed = SealedBox(key.public_key).encrypt(note + b" " * (-len(note) % 256))
    stored = office_client.post(
        url, json={"sealed": base64.b64encode(sealed).decode()}, headers=headers
    )
    assert stored.status_code == 200 and "Nota salvata" in stored.text
    notes = office_client.get(f"/office/requests/{request_id}/sealed.json").json()["notes"]
    assert base64.b64decode(notes[0]["sealed"]) == sealed
    assert (
        office_client.post(url, json={"sealed": base64.b64encode(sealed).decode()}).status_code
        == 403
    )


def test_only_an_administrator_keeps_a_wrapped_key_copy(
    office_store: CentralStore, office_client: httpx.Client, key: PrivateKey
) -> None:
    public = base64.b64encode(bytes(key.public_key)).decode()
    body = {
        "alg": "argon2id13+xsalsa20poly1305",
        "salt": base64.b64encode(b"s" * 16).decode(),
        "opslimit": 3,
        "memlimit": 256 * 1024 * 1024,
        "nonce": base64.b64encode(b"n" * 24).decode(),
        "box": base64.b64encode(b"b" * 48).decode(),
        "public_key": public,
        "fingerprint": key_fingerprint(key.public_key),
    }
    login(office_client, ROLE_USERS["coordinator"])
    headers = {"X-CSRF-Token": token(office_client)}
    assert office_client.post("/office/requests/key", json=body, headers=headers).status_code == 403
    office_client.cookies.clear()
    login(office_client, ROLE_USERS["administrator"])
    headers = {"X-CSRF-Token": token(office_client)}
    weak = office_client.post(
        "/office/requests/key", json={**body, "memlimit": 1024}, headers=headers
    )
    assert weak.status_code == 400
    lying = office_client.post(
        "/office/requests/key", json={**body, "fingerprint": "AAAA-AAAA-AAAA-AAAA"}, headers=headers
    )
    assert lying.status_code == 400
    assert office_client.post("/office/requests/key", json=body, headers=headers).status_code == 200
    other = PrivateKey.generate().public_key
    replaced = office_client.post(
        "/office/requests/key",
        json={
            **body,
            "public_key": base64.b64encode(bytes(other)).decode(),
            "fingerprint": key_fingerprint(other),
        },
        headers=headers,
    )
    assert replaced.status_code == 409
    client = office_client.get("/office/requests/client.json").json()
    assert client["key"]["fingerprint"] == key_fingerprint(key.public_key)
    assert client["key"]["wrapped"]["box"] == body["box"]
    assert [e.actor for e in audit_events(office_store, action="office_key.wrapped_copy")] == [
        "office:admin"
    ]


def test_vendored_scripts_match_their_manifest() -> None:
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
    listed: set[str] = set()
    for package in manifest["packages"]:
        assert package["integrity"].startswith("sha512-")
        for name, digest in package["files"].items():
            listed.add(name)
            assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
        folder = next(iter(package["files"])).split("/")[0]
        assert (VENDOR / folder / "LICENSE").is_file()
        assert (VENDOR / folder / "VERSION").read_text().split() == [
            package["name"],
            package["version"],
        ]
    present = {str(path.relative_to(VENDOR)) for path in VENDOR.rglob("*") if path.is_file()} - {
        "MANIFEST.json"
    }
    assert present == listed
