"""The kiosks and catalogue pages in Debian's chromium against a real `pitstop central serve`:
a green, an amber and a red kiosk made by heartbeats at chosen times; a bad spreadsheet's report,
a good file's preview, publish, a kiosk's real sync taking it, and a rollback by clicks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from central.office import catalogue_store as cs
from central.office.kiosks_watch import describe_kiosk
from sync.engine import SyncEngine
from sync.protocol import Heartbeat
from tests.central.live import FakeClock, make_kiosk
from tests.central.office.conftest import OfficeServer
from tests.central.office.test_catalogue import DEMO, bad_csv, smaller_demo


def _beat(server: OfficeServer, kiosk_id: str, minutes_ago: float, **values: Any) -> None:
    token = server.store.new_token(kiosk_id)
    at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)
    beat = Heartbeat(kiosk_id=kiosk_id, sent_at=at, app_version="1.0", **values)
    server.store.record_heartbeat(token, beat, now=at)
    describe_kiosk(
        server.store, kiosk_id, name=f"Chiosco {kiosk_id}", venue="", comune="legnano", area=""
    )


def test_kiosks_in_the_browser(
    office_server: OfficeServer, page: Any, signed_in: Any, tmp_path: Path
) -> None:
    _beat(office_server, "b-green", 1)
    _beat(office_server, "b-amber", 2, pending=3)
    _beat(office_server, "b-red", 30)
    signed_in(page, "viewer")
    page.goto(f"{office_server.url}/office/kiosks")
    for kiosk_id, colour, word in (
        ("b-green", "green", "Verde"),
        ("b-amber", "amber", "Giallo"),
        ("b-red", "red", "Rosso"),
    ):
        row = page.locator(f"#kiosk-{kiosk_id}")
        assert row.get_attribute("data-colour") == colour
        assert word in row.inner_text()
    assert "muto da 30 minuti" in page.locator("#kiosk-b-red").inner_text()
    page.screenshot(path=str(tmp_path / "office-kiosks.png"), full_page=True)
    assert page.console_errors == []


def test_catalogue_in_the_browser(
    office_server: OfficeServer, page: Any, signed_in: Any, tmp_path: Path
) -> None:
    signed_in(page, "coordinator")
    page.goto(f"{office_server.url}/office/catalogue")
    bad = tmp_path / "catalogo.csv"
    bad.write_bytes(bad_csv())
    page.set_input_files("#catalogue-file", str(bad))
    page.click("#catalogue-check")
    report = page.locator("#catalogue-report").inner_text()
    assert "catalogo.csv, row 3" in report and "Dal" in report

    good = tmp_path / "catalogue.json"
    good.write_bytes(DEMO.read_bytes())
    page.set_input_files("#catalogue-file", str(good))
    page.click("#catalogue-check")
    page.click("#catalogue-publish")
    assert "Pubblicato" in page.locator("#catalogue-notice").inner_text()
    first = cs.versions(office_server.store)[0].version

    good.write_bytes(smaller_demo())
    page.set_input_files("#catalogue-file", str(good))
    page.click("#catalogue-check")
    assert "Offerte tolte (1)" in page.content()
    page.screenshot(path=str(tmp_path / "office-catalogue-preview.png"), full_page=True)
    page.click("#catalogue-publish")
    assert cs.versions(office_server.store)[0].catalogue_version == "demo-2"

    token = office_server.store.new_token("b-sync")
    kiosk = make_kiosk(tmp_path, "b-sync", mode="http", url=office_server.url, token=token)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, clock=FakeClock())
    assert engine.run_once().ok and engine.apply_staged()
    assert engine.heartbeat(FakeClock()()).catalogue_version == "demo-2"
    kiosk.close()

    page.click(f"#rollback-{first}")
    newest = cs.versions(office_server.store)[0]
    assert newest.rollback_of == first
    assert newest.catalogue_version == json.loads(DEMO.read_bytes())["version"]
    assert page.locator(f"#version-{newest.version}").is_visible()
    assert page.console_errors == [
        "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    ]  # the refused spreadsheet's page is a 400
