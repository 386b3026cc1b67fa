"""Staff mode in the real kiosk window: entry, PIN pad, staff home, settings, USB, auto-lock."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt

from kiosk.staff.pin import PinStore
from tests.factories import catalogue_dict
from tests.ui.staff.conftest import PIN
from tests.ui.staff.qmlhelpers import find, tap, visible_texts


def _enter(qtbot: Any, kiosk: Any, pin: str) -> None:
    for d in pin:
        tap(qtbot, kiosk.window, f"staff.pin.{d}")
    tap(qtbot, kiosk.window, "staff.pin.ok")


def _models(kiosk: Any) -> Any:
    """The staff screens' view-models (`StaffModels`: lock, status, media, settings)."""
    from ui.features.staff import StaffFeature

    feature = kiosk.feature(StaffFeature)
    assert feature is not None and feature.models is not None
    return feature.models


def _open_staff(qtbot: Any, kiosk: Any) -> Any:
    kiosk.session.requestStaff()
    # 10 s, not 5: a full run on a loaded 2-core machine once took longer to show the pad.
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None, timeout=10_000)
    lock = _models(kiosk).lock
    qtbot.waitUntil(lambda: not lock.busy, timeout=10_000)
    return lock


def _log_in(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> Any:
    fast_pins.set_pin(PIN)
    _open_staff(qtbot, kiosk)
    _enter(qtbot, kiosk, PIN)
    staff = _models(kiosk)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.home") is not None)
    qtbot.waitUntil(lambda: bool(staff.status.facts))
    return staff


def _audit(home: Path) -> list[dict[str, Any]]:
    path = home / "logs" / "audit.log"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_holding_the_corner_opens_the_pin_pad_a_tap_does_not(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    fast_pins.set_pin(PIN)
    corner = find(kiosk.window, "staff.entry")
    assert corner is not None and corner.property("holdSeconds") == 3.0
    corner.setProperty("holdSeconds", 0.4)  # the real 3 s, shortened for the test
    pos = corner.mapToScene(QPointF(corner.width() / 2, corner.height() / 2)).toPoint()
    qtbot.mousePress(kiosk.window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(100)
    qtbot.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(500)
    assert kiosk.navigator.page == "attract"
    qtbot.mousePress(kiosk.window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: kiosk.navigator.page == "staff", timeout=2000)
    qtbot.mouseRelease(kiosk.window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    assert _models(kiosk).lock.screen == "pin"


def test_wrong_pins_lock_the_pad(qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path) -> None:
    fast_pins.set_pin(PIN)
    lock = _open_staff(qtbot, kiosk)
    for n in range(5):
        _enter(qtbot, kiosk, "111111")
        qtbot.waitUntil(lambda: not lock.busy)
        if n < 4:
            assert "tries left" in lock.message or "tentativ" in lock.message
    qtbot.waitUntil(lambda: lock.padLocked)
    assert lock.lockText
    assert not find(kiosk.window, "staff.pin.5").isEnabled()
    lock.digit("7")
    lock.submitPin()  # even the right PIN would be refused now: nothing is checked
    qtbot.wait(50)
    assert lock.screen == "pin"
    events = [e["event"] for e in _audit(home)]
    assert events == ["staff.pin_failed"] * 5
    assert PIN.encode() not in (home / "logs" / "audit.log").read_bytes()
    assert b"111111" not in (home / "logs" / "audit.log").read_bytes()


def test_staff_home_shows_facts_and_no_personal_data(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    canary = request_data(
        first_name="Zebulonia", phone="+39 347 555 0199", email="zebulonia.canary@example.org"
    )
    submit_request(
        kiosk.services.database.engine, parse_request(canary), PrivateKey.generate().public_key
    )
    staff = _log_in(qtbot, kiosk, fast_pins)
    facts = {row["key"]: row for row in staff.status.facts}
    assert facts["waiting"]["value"] == "1" and facts["waiting"]["warn"]
    assert facts["demo"]["warn"] is True
    assert find(kiosk.window, "staff.demoWarning") is not None
    for screen in ("home", "settings", "export", "import"):
        staff.lock.showScreen(screen)
        qtbot.waitUntil(lambda: not (staff.status.busy or staff.media.busy))
        qtbot.wait(50)
        shown = "\n".join(visible_texts(kiosk.window))
        for secret in ("Zebulonia", "3475550199", "347 555 0199", "zebulonia.canary"):
            assert secret not in shown
    assert [e["event"] for e in _audit(home)] == ["staff.login"]


def test_sync_actions_are_disabled_with_a_reason_without_a_sync_service(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    assert not find(kiosk.window, "staff.action.sync").isEnabled()
    assert not find(kiosk.window, "staff.action.test").isEnabled()
    assert staff.status.syncUnavailableReason in visible_texts(kiosk.window)


def test_auto_lock_after_idle_keeps_the_visitor_timer_away(
    qtbot: Any, home: Path, usb: Path, fast_pins: PinStore
) -> None:
    from kiosk import settings as settings_mod
    from ui.app import KioskApp
    from ui.features.staff import StaffFeature

    settings = settings_mod.load_or_init(home).with_value("ui.idle_timeout", "1")
    settings_mod.save(home, settings.with_value("staff.auto_lock", "3"))
    feature = StaffFeature(media_roots=[usb], pins=fast_pins, quit_app=lambda code: None)
    app = KioskApp(home, size=(1280, 800), kiosk_mode=True, features=[feature])
    try:
        staff = _log_in(qtbot, app, fast_pins)
        qtbot.wait(2000)  # twice the visitor idle timeout: no "Are you still there?"
        assert app.navigator.page == "staff" and not app.session.idleWarning
        tap(qtbot, app.window, "staff.action.settings")  # a touch restarts the 3 s
        qtbot.wait(2000)
        assert staff.lock.active
        qtbot.waitUntil(lambda: app.navigator.page == "attract", timeout=3000)
        assert not staff.lock.active and staff.lock.screen == "pin"
        assert staff.settings.settingFields  # still readable, but every action now refuses:
        assert staff.settings.setSetting("kiosk.venue", "X") != ""
    finally:
        app.close()


def test_settings_are_validated_saved_applied_and_audited(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    tap(qtbot, kiosk.window, "staff.action.settings")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.settings") is not None)
    field = find(kiosk.window, "staff.setting.kiosk.name")
    assert field is not None and field.property("text") == "Family Pit Stop"
    field.setProperty("text", "Pit Stop Legnano")
    tap(qtbot, kiosk.window, "staff.setting.kiosk.name.save")
    assert kiosk.settings.kiosk.name == "Pit Stop Legnano"
    assert 'name = "Pit Stop Legnano"' in (home / "settings.toml").read_text()

    before = (home / "settings.toml").read_bytes()
    error = staff.settings.setSetting("sync.interval", "5")
    assert "sync.interval" in error
    assert staff.settings.setSetting("theme.primary", "red") != ""
    assert staff.settings.setSetting("ui.languages", "") != ""
    assert (home / "settings.toml").read_bytes() == before

    # the token is set on the kiosk's terminal (or by enrolment), never shown on the screen
    kiosk.services.settings.store.set("sync.token", "tok-secret-4711", by="cli")
    staff.settings.reload()
    assert staff.settings.setSetting("ui.idle_timeout", "120") == ""
    token_row = next(r for r in staff.settings.settingFields if r["key"] == "sync.token")
    assert token_row["value"] == "" and token_row["isSet"] and token_row["readOnly"]
    refused = staff.settings.setSetting("sync.token", "tok-other-4712")
    assert refused.startswith("sync.token") and "tok-other" not in refused
    events = [e for e in _audit(home) if e["event"] == "setting.changed"]
    assert [e["key"] for e in events] == ["kiosk.name", "sync.token", "ui.idle_timeout"]
    assert events[0]["old"] == "Family Pit Stop" and events[0]["by"] == "staff"
    assert events[1]["value"] == "(changed)" and events[1]["by"] == "cli"
    assert b"tok-other-4712" not in (home / "logs" / "audit.log").read_bytes()
    assert b"tok-secret-4711" not in (home / "logs" / "audit.log").read_bytes()
    assert "tok-secret-4711" not in "\n".join(visible_texts(kiosk.window))


def test_settings_changes_apply_at_once(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> None:
    """No restart: the visitor idle timer, the languages offered and the theme follow at once."""
    staff = _log_in(qtbot, kiosk, fast_pins)
    assert staff.settings.setSetting("ui.idle_timeout", "45") == ""
    assert kiosk.session._idle.interval() == 45_000
    assert staff.settings.setSetting("ui.languages", "it") == ""
    with qtbot.waitSignal(kiosk.theme.changed):
        assert staff.settings.setSetting("theme.primary", "#123456") == ""
    assert kiosk.theme.primary == "#123456"
    assert staff.settings.setSetting("theme.name", "Alleanza Legnanese") == ""
    assert kiosk.theme.name == "Alleanza Legnanese"
    assert kiosk.theme.accent != "#123456"  # only what the settings set overrides the theme file
    # The staff page's picker offers staff mode's own it/en; the visitors' picker has Italian only.
    assert list(kiosk.session.languages) == ["it", "en"]
    staff.lock.lock()
    qtbot.waitUntil(lambda: list(kiosk.session.languages) == ["it"])


def test_pin_pad_keeps_the_phone_order_right_to_left(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    """A keypad is not mirrored in right-to-left languages: 1 stays left of 3."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QGuiApplication

    fast_pins.set_pin(PIN)

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        _open_staff(qtbot, kiosk)
        one, three = find(kiosk.window, "staff.pin.1"), find(kiosk.window, "staff.pin.3")
        assert one is not None and three is not None
        assert one.mapToScene(QPointF(0, 0)).x() < three.mapToScene(QPointF(0, 0)).x()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_list_settings_show_as_staff_type_them(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> None:
    """Settings hold lists as tuples now; the field still reads "it,en,...", as staff would type
    it (the eight visitor languages are offered by default)."""
    staff = _log_in(qtbot, kiosk, fast_pins)
    fields = {f["key"]: f["value"] for f in staff.settings.settingFields}
    assert fields["ui.languages"] == "it,en,ro,sq,ar,uk,es,fr"


def test_import_from_the_usb_list(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, usb: Path, home: Path
) -> None:
    data = catalogue_dict(6)
    data["version"] = "usb-2026-12"
    (usb / "pitstop" / "CHIAVETTA" / "catalogo.json").write_text(json.dumps(data))
    (usb / "pitstop" / "CHIAVETTA" / "rotto.csv").write_text("nonsense;\n")
    staff = _log_in(qtbot, kiosk, fast_pins)
    tap(qtbot, kiosk.window, "staff.action.import")
    usb_vm, lock = staff.media, staff.lock
    qtbot.waitUntil(lambda: len(usb_vm.mediaFiles) == 2)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.import.file.0") is not None)
    labels = [f["label"] for f in usb_vm.mediaFiles]
    bad = labels.index("pitstop/CHIAVETTA/rotto.csv")
    tap(qtbot, kiosk.window, f"staff.import.file.{bad}")
    qtbot.waitUntil(lambda: not usb_vm.busy)
    assert lock.messageIsError and "rotto.csv" in lock.message
    assert "non è cambiato" in lock.message  # the staff screens start in Italian
    tap(qtbot, kiosk.window, f"staff.import.file.{1 - bad}")
    qtbot.waitUntil(lambda: not usb_vm.busy and not lock.messageIsError)
    assert lock.message == "Catalogo importato: 6 offerte."
    lock.showScreen("home")
    qtbot.waitUntil(lambda: any("usb-2026-12" in r["value"] for r in staff.status.facts))
    assert [e["event"] for e in _audit(home)][-2:] == [
        "catalogue.import_failed",
        "catalogue.imported",
    ]


def test_export_waiting_requests_to_the_usb_stick(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, usb: Path
) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake.inbox import open_share
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    key = PrivateKey.generate()
    submit_request(kiosk.services.database.engine, parse_request(request_data()), key.public_key)
    staff = _log_in(qtbot, kiosk, fast_pins)
    tap(qtbot, kiosk.window, "staff.action.export")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.export.target.0") is not None)
    assert staff.media.requestsWaiting == 1
    tap(qtbot, kiosk.window, "staff.export.target.0")
    qtbot.waitUntil(lambda: not staff.media.busy and staff.lock.message.startswith("1 "))
    assert len(open_share(usb, key).payloads) == 1


@pytest.mark.parametrize(
    ("action", "code"), [("staff.action.restart", 0), ("staff.action.leave", 10)]
)
def test_restart_and_leave(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, action: str, code: int
) -> None:
    _log_in(qtbot, kiosk, fast_pins)
    tap(qtbot, kiosk.window, action)
    assert kiosk.exit_codes == [code]
    assert kiosk.navigator.page == "attract"


def test_change_pin_from_staff_home(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    tap(qtbot, kiosk.window, "staff.action.pin")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    _enter(qtbot, kiosk, "5550123")
    _enter(qtbot, kiosk, "5550123")
    qtbot.waitUntil(lambda: staff.lock.screen == "home")
    assert fast_pins.verify("5550123").ok and not fast_pins.verify(PIN).ok
    tap(qtbot, kiosk.window, "staff.lock")
    assert kiosk.navigator.page == "attract"
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"5550123" not in data and PIN.encode() not in data, path


def test_staff_screens_follow_the_language(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    shown = visible_texts(kiosk.window)
    assert "Sincronizza ora" in shown and "Richieste in attesa di invio" in shown
    kiosk.session.setLanguage("en")
    qtbot.waitUntil(lambda: "Sync now" in visible_texts(kiosk.window))
    assert any(row["label"] == "Requests waiting to be sent" for row in staff.status.facts)


def test_snapshot_command_renders_the_staff_pages(home: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from PIL import Image

    for page in ("staff", "staff-enrol"):  # staff-pin and staff-settings share the code path
        out = tmp_path / f"{page}.png"
        result = subprocess.run(
            [
                str(Path(sys.executable).parent / "pitstop"),
                "snapshot",
                "--page",
                page,
                "--lang",
                "en",
                "--size",
                "1080x1920",
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        with Image.open(out) as image:
            assert image.size == (1080, 1920)
            histogram = image.convert("L").histogram()
            assert sum(1 for count in histogram if count) > 20  # not a blank page


def test_sync_now_drives_the_sync_feature(
    qtbot: Any, home: Path, usb: Path, fast_pins: PinStore
) -> None:
    from ui.app import KioskApp
    from ui.features.staff import StaffFeature
    from ui.features.sync import SyncFeature

    sync = SyncFeature()
    staff_feature = StaffFeature(media_roots=[usb], pins=fast_pins, quit_app=lambda code: None)
    kiosk = KioskApp(home, size=(1280, 800), features=[sync, staff_feature])
    try:
        _sync_now(qtbot, kiosk, sync, fast_pins, home)
    finally:
        kiosk.close()


def _sync_now(qtbot: Any, kiosk: Any, sync: Any, fast_pins: PinStore, home: Path) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    qtbot.waitUntil(lambda: not sync.service.busy, timeout=10000)
    assert staff.status.canSync and staff.status.canTest
    tap(qtbot, kiosk.window, "staff.action.sync")
    qtbot.waitUntil(
        lambda: (
            {r["key"]: r for r in staff.status.facts}["lastSuccess"]["value"]
            not in ("mai", "never")
        ),
        timeout=10000,
    )
    assert "sync.requested" in [e["event"] for e in _audit(home)]


def test_settings_screen_refuses_a_central_key_that_does_not_load(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    from kiosk.privacy.keys import generate_keypair
    from tests.ui.staff.test_guarded_settings import enrol_record

    office = generate_keypair(home / "office")
    allowed = ["/nonexistent/central.pub", str(office.public), ""]
    enrol_record(home, {"privacy.central_public_key": allowed})
    staff = _log_in(qtbot, kiosk, fast_pins)
    error = staff.settings.setSetting("privacy.central_public_key", "/nonexistent/central.pub")
    assert "/nonexistent/central.pub" in error and "no such public key file" in error
    assert kiosk.settings.privacy.central_public_key == ""
    assert (
        not (home / "settings.toml").exists()
        or "central_public_key" not in (home / "settings.toml").read_text()
    )
    assert staff.settings.setSetting("privacy.central_public_key", str(office.public)) == ""
    assert kiosk.settings.privacy.central_public_key == str(office.public)
    assert staff.settings.setSetting("privacy.central_public_key", "") == ""  # demo mode again


def test_staff_home_shows_requests_in_conflict_as_a_count_with_the_reason(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, usb: Path
) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake import outbox
    from kiosk.intake.inbox import open_share
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    key = PrivateKey.generate()
    request = parse_request(request_data(first_name="Zebulonia"))
    submit_request(kiosk.services.database.engine, request, key.public_key)
    outbox.mark_conflict(
        kiosk.services.database.engine, str(request.id), "different content on the server"
    )
    staff = _log_in(qtbot, kiosk, fast_pins)
    facts = {row["key"]: row for row in staff.status.facts}
    assert facts["conflict"]["value"] == "1" and facts["conflict"]["warn"]
    assert facts["waiting"]["value"] == "0"
    warning = find(kiosk.window, "staff.conflictWarning")
    assert warning is not None and warning.isVisible()
    shown = "\n".join(visible_texts(kiosk.window))
    assert staff.status.conflictText in shown and "USB" in staff.status.conflictText
    assert "Zebulonia" not in shown and str(request.id) not in shown
    tap(qtbot, kiosk.window, "staff.action.export")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.export.target.0") is not None)
    tap(qtbot, kiosk.window, "staff.export.target.0")
    qtbot.waitUntil(lambda: not staff.media.busy and staff.lock.message.startswith("1 "))
    assert [p["first_name"] for p in open_share(usb, key).payloads] == ["Zebulonia"]


def test_conflict_warning_is_translated(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake import outbox
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    request = parse_request(request_data())
    submit_request(kiosk.services.database.engine, request, PrivateKey.generate().public_key)
    outbox.mark_conflict(kiosk.services.database.engine, str(request.id), "differs")
    staff = _log_in(qtbot, kiosk, fast_pins)
    assert kiosk.session.language == "it"
    assert staff.status.conflictText.startswith("1 richiesta non può essere inviata")
    assert {r["key"]: r["label"] for r in staff.status.facts}[
        "conflict"
    ] == "Richieste in conflitto"
