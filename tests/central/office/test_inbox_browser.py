"""The requests inbox as a coordinator uses it, in Debian's chromium against a real `pitstop
central serve`, with a request typed on a real kiosk and delivered by its sync engine: sign in,
unlock with central.key, read the canary's name, take it, could not reach, contacted, note,
close with an outcome, export, sign out; and then the proof that the server never saw the
plaintext (responses, its log, its SQLite file and WAL)."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import warnings
from pathlib import Path
from typing import Any

from kiosk.intake.model import parse_request
from kiosk.intake.store import submit_request
from kiosk.privacy.keys import key_fingerprint, secret_key_text
from sync.engine import SyncEngine
from tests.central.live import make_kiosk
from tests.central.office.conftest import OfficeServer
from tests.kiosk.intake.data import request_data

CANARY_NAME = "Zebulonia"
CANARY_PHONE = "+393475550199"
CANARY_EMAIL = "zebulonia.canary@example.org"
NOTE = "Quokkafied callback: wants Tuesday"
SECRETS = (CANARY_NAME, CANARY_PHONE, "3475550199", CANARY_EMAIL, NOTE, "Quokkafied")
SCREENS = Path(os.environ.get("PITSTOP_SCREENSHOTS", "/tmp/office-inbox-shots"))


def deliver_canary(server: OfficeServer, root: Path) -> str:
    """A kiosk stores the canary request sealed to the office key and its engine delivers it."""
    kiosk_id = "kiosk-canary"
    kiosk = make_kiosk(
        root,
        kiosk_id,
        office_key=server.key.public_key,
        mode="http",
        url=server.url,
        token=server.store.new_token(kiosk_id),
    )
    request = parse_request(
        request_data(
            kiosk_id=kiosk_id, first_name=CANARY_NAME, phone="347 555 0199", email=CANARY_EMAIL
        )
    )
    submitted = submit_request(kiosk.engine, request, server.key.public_key)
    assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once().delivered == 1
    kiosk.close()
    return submitted.id


def unlabelled_controls(page: Any) -> list[str]:
    """Visible inputs, selects, textareas and buttons without an accessible name."""
    result: list[str] = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea, button')]
            .filter((el) => el.type !== 'hidden' && el.offsetParent !== null)
            .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !(el.tagName === 'BUTTON' && el.textContent.trim()))
            .map((el) => el.outerHTML.slice(0, 120))"""
    )
    return result


def test_the_daily_routine_in_a_real_browser_never_shows_the_server_a_name(
    office_server: OfficeServer, page: Any, signed_in: Any, tmp_path: Path
) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    request_id = deliver_canary(office_server, tmp_path)
    key_file = tmp_path / "central.key"
    key_file.write_bytes(secret_key_text(office_server.key))
    bodies: list[bytes] = []

    def keep(response: Any) -> None:
        if "/office/static/" not in response.url and response.request.method in {"GET", "POST"}:
            with contextlib.suppress(Exception):  # a redirect has no body to read
                bodies.append(response.body())

    page.on("response", keep)
    signed_in(page, "coordinator")
    page.goto(f"{office_server.url}/office/requests")
    row = page.locator(f'tr[data-id="{request_id}"]')
    assert row.locator(".plain-name .sealed").count() == 1
    page.wait_for_selector("#key-forms:not([hidden])")
    assert unlabelled_controls(page) == []
    page.screenshot(path=str(SCREENS / "office-inbox-locked.png"), full_page=True)

    page.set_input_files("#key-file", str(key_file))
    page.click("#unlock-file button[type=submit]")
    page.wait_for_function(
        "(id) => document.querySelector(`tr[data-id='${id}'] .plain-name`).textContent"
        f" === '{CANARY_NAME}'",
        arg=request_id,
    )
    assert key_fingerprint(office_server.key.public_key) in page.text_content("#key-state")
    assert CANARY_PHONE in row.locator(".plain-contact").text_content()
    page.screenshot(path=str(SCREENS / "office-inbox-unlocked.png"), full_page=True)

    row.locator("a.open-request").click()
    page.wait_for_selector("#plain:not([hidden])")
    assert CANARY_NAME in page.text_content("#plain")
    assert "Chiusure scolastiche" in page.text_content("#plain")  # needs by name
    # keyboard: the step buttons are reached and pressed with keys
    page.focus("#act-take")
    page.keyboard.press("Enter")
    page.wait_for_selector("#request .status-taken")
    page.click("#act-unreachable")
    page.wait_for_selector("#request .status-unreachable")
    page.click("#act-contacted")
    page.wait_for_selector("#request .status-contacted")
    page.fill("#note-text", NOTE)
    page.click("#note-add")
    page.wait_for_function(
        f"() => [...document.querySelectorAll('[data-note]')].some((n) => n.textContent === '{NOTE}')"
    )
    page.select_option("#outcome", "meeting")
    page.click("#act-close")
    page.wait_for_selector("#request .status-closed")
    page.wait_for_selector("#plain:not([hidden])")
    assert unlabelled_controls(page) == []
    feed = page.text_content("#feed")
    for words in ("presa in carico", "non raggiunta", "contattata", "nota", "Incontro fissato"):
        assert words in feed, feed
    page.screenshot(path=str(SCREENS / "office-request-activity.png"), full_page=True)

    page.select_option("#f-status", "all")
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "(id) => document.querySelector(`tr[data-id='${id}'] .plain-name`)?.textContent"
        f" === '{CANARY_NAME}'",
        arg=request_id,
    )
    with page.expect_download() as download:
        page.click("#export-csv")
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert any(CANARY_NAME in r and CANARY_EMAIL in r for r in rows), rows[:3]
    with page.expect_download() as xlsx:
        page.click("#export-xlsx")
    from openpyxl import load_workbook

    xlsx.value.save_as(tmp_path / "export.xlsx")
    with warnings.catch_warnings():  # the writer leaves out a default style (Excel does not mind)
        warnings.filterwarnings("ignore", "Workbook contains no default style")
        sheet = load_workbook(tmp_path / "export.xlsx").active
    assert any(CANARY_NAME in [c.value for c in r] for r in sheet.iter_rows())

    page.click("#lock")
    page.wait_for_selector("#key-forms:not([hidden])")
    assert CANARY_NAME not in page.content()
    page.click("#sign-out")
    page.wait_for_url("**/office/login**")
    assert page.console_errors == []

    # the server never saw the plaintext
    for body in bodies:
        for secret in SECRETS:
            assert secret.encode() not in body, secret
    log = office_server.log.read_bytes()
    database = Path(office_server.db_url.removeprefix("sqlite:///"))
    stored = b"".join(
        path.read_bytes()
        for path in (database, database.with_name(database.name + "-wal"))
        if path.exists()
    )
    for secret in SECRETS:
        assert secret.encode() not in log, secret
        assert secret.encode() not in stored, secret
        assert secret.lower().encode() not in stored.lower(), secret
    status = {r.id: r.status for r in office_server.store.iter_requests()}
    assert status[request_id] == "closed"
