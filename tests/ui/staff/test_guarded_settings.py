"""Settings that decide where parents' requests go change in staff mode only to values the
office's enrolment allowed: a visitor who got into staff mode cannot point the kiosk at their own
key or share. The screen shows them read-only with the reason and the way to change them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.settings import Settings
from kiosk.staff.pin import PinStore
from tests.ui.staff.qmlhelpers import find, tap, visible_texts
from tests.ui.staff.test_staff_ui import _log_in

GUARDED = (
    "privacy.central_public_key",
    "privacy.controller_contact",
    "sync.folder",
    "sync.url",
    "sync.mode",
    "sync.token",
)


def enrol_record(
    home: Path, allowed: dict[str, list[str]], settings: Settings | None = None
) -> None:
    """`<home>/enrolment.json` as `pitstop enrol` leaves it, from a real enrolment."""
    from kiosk.enrolment import applied_record, folder_enrolment, write_applied
    from kiosk.privacy.keys import generate_keypair

    office = home / "enrolment-office"
    if not (office / "central.pub").exists():
        generate_keypair(office)
    enrolment = folder_enrolment(
        share="/srv/pitstop",
        key_file=office / "central.pub",
        kiosk_id="kiosk-legnano",
        name="Pit Stop Legnano",
        comune="legnano",
        allowed=allowed,
    )
    now = dt.datetime.now(dt.UTC)
    write_applied(home, applied_record(enrolment, settings or Settings(), now))


def _audit(home: Path) -> list[dict[str, Any]]:
    path = home / "logs" / "audit.log"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _visitor_key(tmp_path: Path) -> Path:
    from kiosk.privacy.keys import generate_keypair

    return generate_keypair(tmp_path / "visitor").public


def test_a_visitors_key_is_refused_and_nothing_changes(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, tmp_path: Path
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    visitor = _visitor_key(tmp_path)
    before = kiosk.settings
    toml = home / "settings.toml"
    saved = toml.read_bytes() if toml.exists() else None
    tries = {
        "privacy.central_public_key": str(visitor),
        "sync.folder": str(tmp_path / "visitor-stick"),
        "sync.url": "https://evil.example/pitstop",
        "sync.mode": "http",
        "sync.token": "tok-visitor",
        "privacy.controller_contact": "visitor@evil.example",
        "privacy.retention_days": "0",
    }
    for key, value in tries.items():
        error = staff.settings.setSetting(key, value)
        # the kiosk speaks Italian: the refusal names the setting and the office's file
        assert error.startswith(key) and "file di configurazione" in error, (key, error)
    assert staff.settings.setSetting("sync.ca_file", str(tmp_path / "visitor-ca.pem")) != ""
    assert kiosk.settings == before
    assert (toml.read_bytes() if toml.exists() else None) == saved
    refused = [e for e in _audit(home) if e["event"] == "setting.refused"]
    assert [e["key"] for e in refused] == list(tries)
    assert b"tok-visitor" not in (home / "logs" / "audit.log").read_bytes()
    # settings that do not redirect parents' data still save
    assert staff.settings.setSetting("kiosk.venue", "Biblioteca civica") == ""


def test_guarded_rows_are_read_only_with_the_reason(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    kiosk.session.setLanguage("en")
    tap(qtbot, kiosk.window, "staff.action.settings")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.settings") is not None)
    rows = {r["key"]: r for r in staff.settings.settingFields}
    for key in GUARDED:
        assert rows[key]["guarded"] and rows[key]["readOnly"], key
    assert not rows["kiosk.name"]["guarded"] and not rows["kiosk.name"]["readOnly"]
    assert "set by the central office" in staff.settings.guardedText
    assert staff.settings.guardedText in visible_texts(kiosk.window)
    assert find(kiosk.window, "staff.settings.enrol") is not None
    view = find(kiosk.window, "staff.settings.list")
    assert view is not None
    index = next(i for i, r in enumerate(staff.settings.settingFields) if r["key"] == "sync.folder")
    view.positionViewAtIndex(index, 1)  # ListView.Beginning: scrolled as staff would
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.setting.sync.folder") is not None)
    field = find(kiosk.window, "staff.setting.sync.folder")
    assert field is not None and field.property("readOnly")
    assert find(kiosk.window, "staff.setting.sync.folder.save") is None  # no Save button
    assert find(kiosk.window, "staff.setting.sync.folder.guarded") is not None
    assert "Set by the central office's enrolment file." in visible_texts(kiosk.window)
    # A row staff may change has its Save button (scrolled to: the rows are made as they show).
    index = next(
        i for i, r in enumerate(staff.settings.settingFields) if r["key"] == "sync.interval"
    )
    view.positionViewAtIndex(index, 1)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.setting.sync.interval.save") is not None)


def test_values_the_enrolment_allowed_can_be_chosen(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, tmp_path: Path
) -> None:
    enrolled = Settings().with_value("sync.folder", "/srv/pitstop")
    enrol_record(home, {"sync.folder": ["/media/pitstop/CHIAVETTA/share"]}, enrolled)
    staff = _log_in(qtbot, kiosk, fast_pins)
    rows = {r["key"]: r for r in staff.settings.settingFields}
    assert not rows["sync.folder"]["readOnly"]
    assert rows["sync.folder"]["allowed"] == "/media/pitstop/CHIAVETTA/share"
    assert rows["sync.url"]["readOnly"] and rows["privacy.central_public_key"]["readOnly"]

    assert staff.settings.setSetting("sync.folder", str(tmp_path / "elsewhere")) != ""
    assert kiosk.settings.sync.folder == ""
    assert staff.settings.setSetting("sync.folder", "/media/pitstop/CHIAVETTA/share/") == ""
    assert kiosk.settings.sync.folder == "/media/pitstop/CHIAVETTA/share/"
    assert staff.settings.setSetting("sync.folder", "/srv/pitstop") == ""  # the enrolled one
    assert staff.settings.setSetting("sync.mode", "folder") == ""  # as enrolled: no change
    assert staff.settings.setSetting("sync.mode", "http") != ""
    assert staff.settings.setSetting("privacy.central_public_key", str(_visitor_key(tmp_path)))
    assert kiosk.settings.privacy.central_public_key == ""


@pytest.mark.parametrize("damage", ["{not json", '{"kiosk_id": 1}', ""])
def test_a_damaged_enrolment_record_allows_nothing(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, damage: str
) -> None:
    enrol_record(home, {"sync.folder": ["/media/pitstop/CHIAVETTA/share"]})
    (home / "enrolment.json").write_text(damage)
    staff = _log_in(qtbot, kiosk, fast_pins)
    assert staff.settings.setSetting("sync.folder", "/media/pitstop/CHIAVETTA/share") != ""
    assert kiosk.settings.sync.folder == ""
    rows = {r["key"]: r for r in staff.settings.settingFields}
    assert rows["sync.folder"]["readOnly"]
