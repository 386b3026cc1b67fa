"""Staff mode's setup checks in the real kiosk window: the staff home lists the current problems,
the "Checks" button (objectName staff.checks) opens every finding with its fix, "Check again"
reads the data folder again, the texts follow the UI language; locking forgets them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject

from kiosk.privacy.keys import generate_keypair
from kiosk.settings import load, save
from kiosk.staff.pin import PinStore
from kiosk.syncstate import sync_state_path
from tests.ui.staff.conftest import PIN
from tests.ui.staff.qmlhelpers import find, tap, visible_texts


def _models(kiosk: Any) -> Any:
    from ui.features.staff import StaffFeature

    feature = kiosk.feature(StaffFeature)
    assert feature is not None and feature.models is not None
    return feature.models


def _log_in(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> Any:
    fast_pins.set_pin(PIN)
    kiosk.session.requestStaff()
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.pin.ok") is not None)
    staff = _models(kiosk)
    qtbot.waitUntil(lambda: not staff.lock.busy)
    for digit in PIN:
        tap(qtbot, kiosk.window, f"staff.pin.{digit}")
    tap(qtbot, kiosk.window, "staff.pin.ok")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.home") is not None)
    qtbot.waitUntil(lambda: staff.checks.checked)
    return staff


def _office_key_without_sync(home: Path, tmp_path: Path) -> None:
    """A kiosk given the office key by hand and nothing else: requests cannot leave it."""
    public = generate_keypair(tmp_path / "office").public
    save(home, load(home).with_value("privacy.central_public_key", str(public)))


def test_staff_home_lists_the_problems_and_the_panel_shows_every_fix(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path, tmp_path: Path
) -> None:
    _office_key_without_sync(home, tmp_path)
    staff = _log_in(qtbot, kiosk, fast_pins)
    checks = staff.checks

    assert checks.errorCount >= 1
    problems = {row["key"] for row in checks.problems}
    assert "sync.no_share" in problems
    assert all(row["severity"] != "ok" for row in checks.problems)
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.finding.sync.no_share") is not None)
    button = find(kiosk.window, "staff.checks")
    assert button is not None
    assert button.property("text") == f"Verifiche ({checks.errorCount} da correggere)"

    tap(qtbot, kiosk.window, "staff.checks")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.checksPanel") is not None)
    assert staff.lock.screen == "checks"
    # Opening the panel checks again in the background: its rows come back when that is done.
    qtbot.waitUntil(
        lambda: any(
            t.startswith("Applica il file di registrazione dell'ufficio")
            for t in visible_texts(kiosk.window)
        )
    )
    # The ok findings come after the problems: on a short screen the list is scrolled to them.
    listing = find(kiosk.window, "staff.checks.list")
    assert listing is not None
    QMetaObject.invokeMethod(listing, "positionViewAtEnd")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.finding.key.fingerprint") is not None)
    texts = visible_texts(kiosk.window)
    assert any("Impronta della chiave dell'ufficio:" in t for t in texts)  # ok findings too


def test_check_again_reads_the_data_folder_again(
    qtbot: Any, kiosk: Any, fast_pins: PinStore, home: Path
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    staff.lock.showScreen("checks")
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.checks.again") is not None)
    qtbot.waitUntil(lambda: not staff.checks.busy)
    assert "sync.failed" not in {f.key for f in staff.checks.findings_now()}

    sync_state_path(home).write_text(
        json.dumps({"last_error": "cannot reach the shared folder /media/pitstop"}),
        encoding="utf-8",
    )
    tap(qtbot, kiosk.window, "staff.checks.again")
    qtbot.waitUntil(lambda: "sync.failed" in {f.key for f in staff.checks.findings_now()})
    qtbot.waitUntil(lambda: find(kiosk.window, "staff.finding.sync.failed") is not None)
    assert any("/media/pitstop" in t for t in visible_texts(kiosk.window))


def test_findings_follow_the_language_and_locking_forgets_them(
    qtbot: Any, kiosk: Any, fast_pins: PinStore
) -> None:
    staff = _log_in(qtbot, kiosk, fast_pins)
    kiosk.session.setLanguage("it")
    qtbot.waitUntil(
        lambda: any(
            row["title"].startswith("Questo chiosco non si è ancora sincronizzato")
            for row in staff.checks.findings
        )
    )
    assert "avvis" in staff.checks.summary  # "1 avviso" / "2 avvisi"
    kiosk.session.setLanguage("en")
    qtbot.waitUntil(
        lambda: any(
            row["title"] == "This kiosk has not synced yet." for row in staff.checks.findings
        )
    )
    staff.lock.lock()
    assert staff.checks.findings == [] and not staff.checks.checked


def test_every_finding_template_has_an_italian_translation() -> None:
    """The templates live in kiosk/checks.py (no Qt there); staff_it.ts must carry each one."""
    import xml.etree.ElementTree as ET

    from kiosk.checks import MESSAGES
    from tests import ROOT

    root = ET.parse(ROOT / "ui" / "i18n" / "staff_it.ts").getroot()
    translated = {
        m.findtext("source"): m.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == "checks"
        for m in context.iter("message")
    }
    templates = {t for pair in MESSAGES.values() for t in pair if t}
    assert {t for t in templates if not translated.get(t)} == set()
    placeholders = [t for t in templates if "%" in t]
    for template in placeholders:  # the same values must fit the Italian sentence
        for n in "123":
            assert (f"%{n}" in template) == (f"%{n}" in (translated[template] or "")), template


def test_the_checks_run_off_the_gui_thread(qtbot: Any, kiosk: Any, fast_pins: PinStore) -> None:
    import threading

    from ui.vm.staff import checks as vm_checks

    threads: list[str] = []
    real = vm_checks.run_staff_checks

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    vm_checks.run_staff_checks = spy  # type: ignore[assignment]
    try:
        staff = _log_in(qtbot, kiosk, fast_pins)
        staff.checks.refresh()
        qtbot.waitUntil(lambda: len(threads) >= 2)
    finally:
        vm_checks.run_staff_checks = real  # type: ignore[assignment]
    assert threads and all(name.startswith("background") for name in threads)
    assert dt.datetime.now(dt.UTC)  # the panel's time stamp is the local clock's
