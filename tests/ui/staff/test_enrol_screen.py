"""Staff mode's "Set up from a USB stick": the office's enrolment file on a stick, shown, then
applied through a real shared folder; the sync service follows the new settings at once; a
failure changes nothing and says why in one sentence."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.db.sqlite import scalar
from kiosk.staff.pin import PinStore
from tests.factories import catalogue_dict
from tests.kiosk.staff.test_enrolfiles import write_enrolment_file
from tests.ui.staff.conftest import PIN
from tests.ui.staff.qmlhelpers import find, tap, visible_texts
from tests.ui.staff.test_staff_ui import _enter, _models


@pytest.fixture
def stick(usb: Path) -> Path:
    return usb / "pitstop" / "CHIAVETTA"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """The office's shared folder, with a published catalogue."""
    folder = tmp_path / "share"
    (folder / "catalogue").mkdir(parents=True)
    (folder / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    return folder


@pytest.fixture
def kiosk_with_sync(home: Path, usb: Path, fast_pins: PinStore, qtbot: Any) -> Iterator[Any]:
    from ui.app import KioskApp
    from ui.features.staff import StaffFeature
    from ui.features.sync import SyncFeature

    staff = StaffFeature(media_roots=[usb], pins=fast_pins, quit_app=lambda code: None)
    app = KioskApp(home, size=(1280, 800), features=[SyncFeature(), staff])
    del staff  # only the app holds it: close() lets it go before the engine is deleted
    yield app
    app.close()


def _office_file(
    stick: Path, tmp_path: Path, share: Path, name: str = "legnano.enrol.json"
) -> Path:
    from kiosk.enrolment import folder_enrolment, write_enrolment
    from kiosk.privacy.keys import generate_keypair

    office = tmp_path / "office"
    if not (office / "central.pub").exists():
        generate_keypair(office)
    enrolment = folder_enrolment(
        share=str(share),
        key_file=office / "central.pub",
        kiosk_id="kiosk-legnano",
        name="Pit Stop Legnano",
        venue="Biblioteca civica",
        comune="legnano",
    )
    write_enrolment(stick / name, enrolment)
    return stick / name


def _catalogue_version(kiosk: Any) -> str:
    with kiosk.services.database.engine.connect() as connection:
        return str(scalar(connection, "SELECT version FROM catalogue_meta"))


def _log_in_to_enrol(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> Any:
    fast_pins.set_pin(PIN)
    kiosk.session.requestStaff()
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    staff = _models(kiosk)
    qtbot.waitUntil(lambda: not staff.lock.busy)
    _enter(qtbot, kiosk, PIN)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol") is not None)
    tap(qtbot, kiosk.window, "staff.enrol")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrolScreen") is not None)
    qtbot.waitUntil(lambda: not staff.enrol.busy)
    return staff


def _settings_files(home: Path) -> dict[str, bytes]:
    names = ("settings.toml", "office.pub", "enrolment.json", "staff.json")
    return {n: (home / n).read_bytes() for n in names if (home / n).exists()}


def test_enrol_from_the_stick_then_sync_follows(
    qtbot: Any,
    kiosk_with_sync: Any,
    fast_pins: PinStore,
    home: Path,
    stick: Path,
    share: Path,
    tmp_path: Path,
) -> None:
    from kiosk.privacy.keys import describe_key_file

    kiosk = kiosk_with_sync
    qtbot.waitUntil(lambda: kiosk.services.database.engine is not None, timeout=10000)
    demo = _catalogue_version(kiosk)
    _office_file(stick, tmp_path, share)
    (stick / "catalogo.json").write_text(json.dumps(catalogue_dict(3)))  # not listed
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    kiosk.session.setLanguage("en")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    assert find(kiosk.window, "staff.enrol.file.1") is None
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: staff.enrol.hasPreview)
    rows = {r["key"]: r["value"] for r in staff.enrol.previewRows}
    fingerprint = describe_key_file(tmp_path / "office" / "central.pub").fingerprint
    assert rows["kioskId"] == "kiosk-legnano" and rows["fingerprint"] == fingerprint
    assert str(share) in rows["sync"] and rows["staffCode"] == "yes"
    shown = visible_texts(kiosk.window)
    assert fingerprint in shown and "kiosk-legnano" in shown
    assert kiosk.settings.kiosk.id != "kiosk-legnano"  # nothing applied yet

    tap(qtbot, kiosk.window, "staff.enrol.apply")
    qtbot.waitUntil(lambda: staff.enrol.done, timeout=30000)
    assert "kiosk-legnano" in staff.lock.message and not staff.lock.messageIsError
    settings = kiosk.settings
    assert (settings.kiosk.id, settings.kiosk.name) == ("kiosk-legnano", "Pit Stop Legnano")
    assert (settings.sync.mode, settings.sync.folder) == ("folder", str(share))
    assert settings.privacy.central_public_key == "office.pub"
    assert _catalogue_version(kiosk) == "condivisa-1" != demo
    assert find(kiosk.window, "staff.enrol.apply") is None  # applied once
    # the sync service follows the new settings: its next cycle reports to the office's share
    qtbot.waitUntil(lambda: (share / "kiosks" / "kiosk-legnano.json").exists(), timeout=20000)
    # staff mode is still open (a PIN is set: the file's setup code is not stored)
    assert staff.lock.authorised() and not PinStore(home).has_setup_code()
    # and the guarded settings now follow the enrolment
    assert staff.settings.setSetting("sync.folder", str(share)) == ""
    assert staff.settings.setSetting("sync.folder", str(tmp_path / "elsewhere")) != ""


def test_a_failed_enrolment_changes_nothing_and_says_why(
    qtbot: Any,
    kiosk_with_sync: Any,
    fast_pins: PinStore,
    home: Path,
    stick: Path,
    tmp_path: Path,
) -> None:
    kiosk = kiosk_with_sync
    qtbot.waitUntil(lambda: kiosk.services.database.engine is not None, timeout=10000)
    empty_share = tmp_path / "empty-share"
    empty_share.mkdir()
    _office_file(stick, tmp_path, empty_share)
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    demo, before, settings = _catalogue_version(kiosk), _settings_files(home), kiosk.settings
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: staff.enrol.hasPreview)
    tap(qtbot, kiosk.window, "staff.enrol.apply")
    qtbot.waitUntil(lambda: not staff.enrol.busy and staff.lock.messageIsError, timeout=30000)
    assert "has not published a catalogue yet" in staff.lock.message
    assert staff.lock.message.startswith("Non applicato: ")  # the kiosk speaks Italian
    assert not staff.enrol.done and find(kiosk.window, "staff.enrol.apply") is not None
    assert kiosk.settings == settings and _settings_files(home) == before
    assert _catalogue_version(kiosk) == demo
    events = [json.loads(line) for line in (home / "logs" / "audit.log").read_text().splitlines()]
    assert events[-1]["event"] == "enrolment.refused"
    assert events[-1]["file"] == "legnano.enrol.json"


def test_a_damaged_file_is_refused_when_chosen(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, stick: Path
) -> None:
    (stick / "enrolment-legnano.json").write_text('{"what": "Family Pit Stop kiosk enrolment"')
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: not staff.enrol.busy and staff.lock.messageIsError)
    assert "enrolment-legnano.json" in staff.lock.message and "JSON" in staff.lock.message
    assert not staff.enrol.hasPreview and not (home / "enrolment.json").exists()


def test_a_file_changed_after_it_was_shown_is_not_applied(
    qtbot: Any,
    kiosk: Any,
    fast_pins: PinStore,
    home: Path,
    stick: Path,
    share: Path,
    tmp_path: Path,
) -> None:
    applied: list[Path] = []
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    staff.enrol._apply = lambda home, file, store: applied.append(file)
    path = _office_file(stick, tmp_path, share)
    staff.enrol.scan()
    qtbot.waitUntil(lambda: not staff.enrol.busy and bool(staff.enrol.enrolFiles))
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0").isEnabled())
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: staff.enrol.hasPreview)
    os.unlink(path)
    write_enrolment_file(path, tmp_path / "other-office", kiosk_id="kiosk-visitor")
    tap(qtbot, kiosk.window, "staff.enrol.apply")
    qtbot.waitUntil(lambda: not staff.enrol.busy and staff.lock.messageIsError)
    assert "cambiato" in staff.lock.message and applied == []


def test_nothing_happens_while_staff_mode_is_locked(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, stick: Path, share: Path, tmp_path: Path
) -> None:
    applied: list[Path] = []
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    staff.enrol._apply = lambda home, file, store: applied.append(file)
    path = _office_file(stick, tmp_path, share)
    staff.enrol.scan()
    qtbot.waitUntil(lambda: bool(staff.enrol.enrolFiles))
    staff.lock.lock()
    assert staff.enrol.enrolFiles == [] and not staff.enrol.hasPreview
    staff.enrol.choose(str(path))
    staff.enrol.scan()
    staff.enrol.apply()
    qtbot.wait(100)
    assert not staff.enrol.busy and applied == [] and staff.enrol.enrolFiles == []


def test_an_enrolled_kiosk_refuses_another_office_key_from_the_stick(
    qtbot: Any,
    kiosk_with_sync: Any,
    fast_pins: PinStore,
    home: Path,
    stick: Path,
    share: Path,
    tmp_path: Path,
) -> None:
    """Before: any well-formed file was applied, so whoever knew the PIN could seal the next
    parents' requests for their own key. Now the same office's file only; the terminal may."""
    from kiosk.enrolment import folder_enrolment, write_enrolment
    from kiosk.privacy.keys import generate_keypair

    kiosk = kiosk_with_sync
    qtbot.waitUntil(lambda: kiosk.services.database.engine is not None, timeout=10000)
    _office_file(stick, tmp_path, share)
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: staff.enrol.hasPreview)
    tap(qtbot, kiosk.window, "staff.enrol.apply")
    qtbot.waitUntil(lambda: staff.enrol.done, timeout=30000)
    (stick / "legnano.enrol.json").unlink()
    intruder = generate_keypair(tmp_path / "intruder")
    forged = folder_enrolment(
        share=str(tmp_path),  # their own folder
        key_file=intruder.public,
        kiosk_id="kiosk-legnano",
        name="Pit Stop Legnano",
        comune="legnano",
    )
    write_enrolment(stick / "nuovo.enrol.json", forged)
    before = _settings_files(home)

    staff.enrol.scan()
    qtbot.waitUntil(lambda: not staff.enrol.busy and bool(staff.enrol.enrolFiles))
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0").isEnabled())
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: not staff.enrol.busy)

    assert not staff.enrol.hasPreview and staff.lock.messageIsError
    assert "only pitstop enrol FILE at the kiosk's terminal" in staff.lock.message
    from ui.vm.staff.enrol import _apply_for_real  # a file swapped after the preview: refused

    with pytest.raises(Exception, match="may change the office key"):
        _apply_for_real(
            home, stick / "nuovo.enrol.json", kiosk.services.settings.store, write=lambda w: w()
        )
    assert _settings_files(home) == before


def test_applying_pauses_the_kiosks_own_sync_cycles(
    qtbot: Any,
    kiosk_with_sync: Any,
    fast_pins: PinStore,
    stick: Path,
    share: Path,
    tmp_path: Path,
) -> None:
    """No cycle runs between the old settings and the new: the sync service is paused from the
    moment the apply is queued until its result is in, then cycles with the new settings."""
    from ui.features.sync import SyncFeature

    kiosk = kiosk_with_sync
    service = kiosk.feature(SyncFeature).service
    qtbot.waitUntil(lambda: kiosk.services.database.engine is not None, timeout=10000)
    qtbot.waitUntil(lambda: not service.busy, timeout=20000)
    _office_file(stick, tmp_path, share)
    staff = _log_in_to_enrol(qtbot, kiosk, fast_pins)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.enrol.file.0") is not None)
    tap(qtbot, kiosk.window, "staff.enrol.file.0")
    qtbot.waitUntil(lambda: staff.enrol.hasPreview)
    seen: list[tuple[bool, str]] = []
    original = staff.enrol._apply

    def watching(home: Path, file: Path, store: Any) -> Any:
        import threading

        seen.append((service.paused, threading.current_thread().name))
        service.syncNow()  # a cycle asked for meanwhile (from this thread: a timer's would be GUI)
        return original(home, file, store)

    staff.enrol._apply = watching
    tap(qtbot, kiosk.window, "staff.enrol.apply")
    qtbot.waitUntil(lambda: staff.enrol.done, timeout=30000)

    assert seen and seen[0][0] and seen[0][1].startswith("network")
    assert not service.paused
    qtbot.waitUntil(lambda: (share / "kiosks" / "kiosk-legnano.json").exists(), timeout=20000)
