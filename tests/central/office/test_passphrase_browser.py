"""The passphrase unlock in Debian's chromium against a real `pitstop central serve`: an
administrator opens the key from central.key and stores the protected copy from the browser,
signs out; a coordinator unlocks with the passphrase and reads the canary's name; a wrong
passphrase gives one sentence. Every request both browsers send is captured: the passphrase and
the private key are in none of them, and the server keeps only the wrapped blob."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from central.office.requests_store import key_copy
from kiosk.privacy.keys import key_fingerprint, secret_key_text
from tests.central.office.conftest import OfficeServer
from tests.central.office.test_inbox_browser import CANARY_NAME, SCREENS, deliver_canary

PASSPHRASE = "Gnu-umbrella Tuesday 7 lanterns"
ARGON2_WAIT = 90_000  # ms: Argon2id "moderate" (256 MiB, 3 passes) in wasm on a shared core


def _new_page(browser: Any, sent: list[tuple[str, str, bytes]]) -> Any:
    context = browser.new_context(locale="it-IT", viewport={"width": 1280, "height": 800})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "request",
        lambda request: sent.append((request.method, request.url, request.post_data_buffer or b"")),
    )
    page.console_errors = errors
    return page


@pytest.fixture
def pages(browser: Any) -> Iterator[tuple[Any, Any, list[tuple[str, str, bytes]]]]:
    sent: list[tuple[str, str, bytes]] = []
    admin, coordinator = _new_page(browser, sent), _new_page(browser, sent)
    yield admin, coordinator, sent
    admin.context.close()
    coordinator.context.close()


def test_a_coordinator_unlocks_with_the_passphrase_an_administrator_stored(
    office_server: OfficeServer,
    pages: tuple[Any, Any, list[tuple[str, str, bytes]]],
    signed_in: Any,
    tmp_path: Path,
) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    admin, coordinator, sent = pages
    request_id = deliver_canary(office_server, tmp_path)
    key_file = tmp_path / "central.key"
    key_file.write_bytes(secret_key_text(office_server.key))
    name_shown = (
        "(id) => document.querySelector(`tr[data-id='${id}'] .plain-name`)?.textContent"
        f" === '{CANARY_NAME}'"
    )

    # the administrator: open with the file, store the protected copy, sign out
    signed_in(admin, "administrator")
    admin.goto(f"{office_server.url}/office/requests")
    admin.wait_for_selector("#key-forms:not([hidden])")
    admin.set_input_files("#key-file", str(key_file))
    admin.click("#unlock-file button[type=submit]")
    admin.wait_for_function(name_shown, arg=request_id)
    admin.click("#wrap summary")
    admin.fill("#wrap-new", PASSPHRASE)
    admin.fill("#wrap-repeat", PASSPHRASE)
    admin.click("#wrap-form button[type=submit]")
    admin.wait_for_function(
        "() => document.querySelector('#key-state').textContent.includes('Copia protetta')",
        timeout=ARGON2_WAIT,
    )
    assert admin.input_value("#wrap-new") == "" and admin.input_value("#wrap-repeat") == ""
    admin.screenshot(path=str(SCREENS / "office-protected-copy.png"), full_page=True)
    admin.click("#sign-out")
    admin.wait_for_url("**/office/login**")

    stored = key_copy(office_server.store)
    assert stored is not None and stored.wrapped is not None
    assert stored.fingerprint == key_fingerprint(office_server.key.public_key)
    assert set(stored.wrapped) == {"alg", "salt", "opslimit", "memlimit", "nonce", "box"}
    assert len(base64.b64decode(str(stored.wrapped["box"]))) == 32 + 16  # the key, sealed
    (upload,) = [body for method, url, body in sent if url.endswith("/office/requests/key")]
    assert set(json.loads(upload)) <= {*stored.wrapped, "public_key", "fingerprint", "replace"}

    # the coordinator: a wrong passphrase, then the right one
    signed_in(coordinator, "coordinator")
    coordinator.goto(f"{office_server.url}/office/requests")
    coordinator.wait_for_selector("#unlock-passphrase")
    coordinator.fill("#passphrase", "not the passphrase at all")
    coordinator.click("#unlock-passphrase button[type=submit]")
    coordinator.wait_for_selector("#key-error:not([hidden])", timeout=ARGON2_WAIT)
    error = coordinator.text_content("#key-error").strip()
    assert error == "La frase segreta non apre la chiave: riprova.", error
    assert coordinator.input_value("#passphrase") == ""
    assert CANARY_NAME not in coordinator.content()
    coordinator.fill("#passphrase", PASSPHRASE)
    coordinator.click("#unlock-passphrase button[type=submit]")
    coordinator.wait_for_function(name_shown, arg=request_id, timeout=ARGON2_WAIT)
    assert key_fingerprint(office_server.key.public_key) in coordinator.text_content("#key-state")
    assert coordinator.locator("#key-error").is_hidden()
    coordinator.screenshot(path=str(SCREENS / "office-passphrase-unlocked.png"), full_page=True)
    coordinator.click("#sign-out")
    coordinator.wait_for_url("**/office/login**")
    assert admin.console_errors == [] and coordinator.console_errors == []

    # what crossed the network: never the passphrase nor the key
    secret = bytes(office_server.key)
    forbidden = [
        PASSPHRASE.encode(),
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
        secret.hex().encode(),
        secret,
        secret_key_text(office_server.key).splitlines()[1],
    ]
    posts = [(url, body) for method, url, body in sent if method != "GET"]
    assert any(url.endswith("/office/requests/key") for url, _ in posts), posts
    for method, url, body in sent:
        for value in forbidden:
            assert value not in body, (method, url)
            assert value.decode("latin-1") not in url, url
    everything_stored = Path(office_server.db_url.removeprefix("sqlite:///")).read_bytes()
    wal = Path(office_server.db_url.removeprefix("sqlite:///") + "-wal")
    if wal.exists():
        everything_stored += wal.read_bytes()
    for value in forbidden:
        assert value not in everything_stored
    assert PASSPHRASE.encode() not in office_server.log.read_bytes()
