"""The composition root end to end: settings apply at once everywhere, a new catalogue reaches
every screen, every database write goes through the one writer thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from argon2 import PasswordHasher
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.db.writer import THREAD_NAME
from kiosk.intake.inbox import open_share
from kiosk.intake.outbox import export_pending
from kiosk.privacy.keys import ensure_demo_central, generate_keypair, load_private_key
from kiosk.settings import UI_LANGUAGES
from kiosk.staff.pin import PinStore
from tests import ROOT
from tests.factories import catalogue_dict
from tests.ui.conftest import TODAY
from tests.ui.intake.test_intake_ui import _fill_until_review, _submit, tap
from tests.ui.qmlhelpers import exists, settle, type_text, wait_for, wait_until
from ui.app import KioskApp
from ui.features.intake import IntakeFeature
from ui.features.staff import StaffFeature

PIN = "739251"
WRITES = ("insert", "update", "delete", "replace")
pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "media" / "pitstop" / "CHIAVETTA"
    stick.mkdir(parents=True)
    return tmp_path / "media"


@pytest.fixture
def kiosk(qapp: object, demo_home: Path, usb: Path) -> Iterator[KioskApp]:
    """Staff mode (with a PIN already set) and contact requests, as `pitstop run` has them."""
    pins = PinStore(demo_home, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    pins.set_pin(PIN)
    staff = StaffFeature(media_roots=[usb], pins=pins, quit_app=lambda code: None)
    app = KioskApp(demo_home, size=(1280, 800), today=TODAY, features=[staff, IntakeFeature()])
    del staff  # only the app holds it: close() lets it go before the engine is deleted
    try:
        yield app
        assert app.qml_warnings == []
    finally:
        app.close()


def _staff_mode(kiosk: KioskApp) -> None:
    """Hold the corner, type the PIN on the pad: the staff home."""
    kiosk.session.requestStaff()
    for digit in PIN:
        tap(kiosk.window, f"staff.pin.{digit}")
    tap(kiosk.window, "staff.pin.ok")
    wait_for(kiosk.window, "staff.home", timeout=10)


def _scroll_until(window: QQuickWindow, list_parent: str, name: str) -> None:
    """Scroll the list inside `list_parent` down until its delegate `name` exists."""
    root = wait_for(window, list_parent)
    kept: list[QQuickItem] = []  # wrappers kept alive while walking (a freed one deletes its item)
    todo = [root]
    while todo:
        item = todo.pop()
        kept.append(item)
        if item.property("contentHeight") is not None and item.property("model") is not None:
            break
        todo.extend(item.childItems())
    flick = kept[-1]
    while not exists(window, name):
        y = flick.property("contentY")
        assert y + flick.height() < flick.property("contentHeight"), f"{name!r} not in the list"
        flick.setProperty("contentY", y + flick.height() / 2)
        settle(30)


def _set_on_screen(kiosk: KioskApp, key: str, value: str) -> None:
    w = kiosk.window
    tap(w, "staff.action.settings")
    _scroll_until(w, "staff.settings", f"staff.setting.{key}")
    field = wait_for(w, f"staff.setting.{key}")
    tap(w, f"staff.setting.{key}")
    field.setProperty("text", "")
    type_text(w, value)
    tap(w, f"staff.setting.{key}.save")


def test_a_new_office_key_set_on_the_staff_screen_seals_the_next_request(
    kiosk: KioskApp, demo_home: Path, tmp_path: Path
) -> None:
    """The privacy bug: a key saved on the settings screen sealed nothing until a restart."""
    demo = ensure_demo_central(demo_home)  # a kiosk in demo mode has its demo key pair
    office = generate_keypair(tmp_path / "office")
    from tests.ui.staff.test_guarded_settings import enrol_record  # the office allows this key

    enrol_record(demo_home, {"privacy.central_public_key": [str(office.public)]})
    _staff_mode(kiosk)
    _set_on_screen(kiosk, "privacy.central_public_key", str(office.public))
    wait_until(lambda: kiosk.settings.privacy.central_public_key == str(office.public))
    tap(kiosk.window, "staff.back")
    tap(kiosk.window, "staff.lock")
    wait_until(lambda: kiosk.navigator.page == "attract")

    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    _fill_until_review(kiosk, name="Giulia", phone="3471234567")
    reference = _submit(kiosk)
    share = tmp_path / "share"
    engine = kiosk.services.database.engine
    assert engine is not None
    assert export_pending(engine, share / "inbox" / "kiosk") == 1

    opened = open_share(share, load_private_key(office.private))
    assert [p["first_name"] for p in opened.payloads] == ["Giulia"]
    assert reference
    demo_key = load_private_key(demo / "central.key")
    assert open_share(share, demo_key).payloads == []  # the demo key opens nothing


def test_a_usb_import_reaches_the_results_screen_without_a_restart(
    kiosk: KioskApp, usb: Path
) -> None:
    """The filter sheet offered the old catalogue's comuni after a USB import."""
    import json

    new = catalogue_dict(12, version="2027-01")
    (usb / "pitstop" / "CHIAVETTA" / "catalogo.json").write_text(json.dumps(new), "utf-8")
    offered = {c["id"] for c in new["comuni"]} | {f"area:{a['id']}" for a in new["areas"]}
    old_places = {row["key"] for row in kiosk.results.placeChoices.rows()}
    assert not old_places <= offered  # the demo has comuni the new catalogue lacks

    _staff_mode(kiosk)
    tap(kiosk.window, "staff.action.import")
    tap(kiosk.window, "staff.import.file.0")
    wait_until(lambda: kiosk.catalogue.offeringCount == 12, timeout=20)
    places = {row["key"] for row in kiosk.results.placeChoices.rows()}
    assert places and places <= offered
    assert kiosk.results.total == 12


def test_every_write_of_a_request_goes_through_the_one_writer(kiosk: KioskApp) -> None:
    engine = kiosk.services.database.engine
    assert engine is not None
    threads: set[str] = set()

    def record(statement: str) -> None:
        if statement.lstrip().lower().startswith(WRITES):
            threads.add(threading.current_thread().name)

    engine.trace(record)

    kiosk.navigator.push("home")
    kiosk.navigator.requestContact("")
    _fill_until_review(kiosk)
    _submit(kiosk)
    assert threads and {name.split("_")[0] for name in threads} == {THREAD_NAME}, threads


def test_results_start_at_the_kiosk_comune_and_one_tap_clears_it(
    qapp: object, demo_home: Path
) -> None:
    app = KioskApp(demo_home, size=(1280, 800), today=TODAY)
    try:
        comune = next(r["key"] for r in app.results.placeChoices.rows() if not r["isArea"])
        everywhere = app.results.total
        app.services.settings.store.set("kiosk.comune", comune, by="staff")
        assert app.results.place == comune  # at once, no restart
        assert 0 < app.results.total < everywhere
        app.navigator.push("home")
        app.navigator.push("results")
        wait_for(app.window, "results")
        tap(app.window, "filter.clear")
        assert app.results.place == "" and app.results.total == everywhere
        app.session.wipe()  # the next visitor starts near the kiosk again
        assert app.results.place == comune
    finally:
        app.close()


def test_config_set_in_a_terminal_applies_to_the_running_kiosk(
    qapp: object, demo_home: Path
) -> None:
    app = KioskApp(demo_home, size=(1280, 800), today=TODAY)
    try:
        assert app.session.property("languages") == list(UI_LANGUAGES)
        env = {**os.environ, "PITSTOP_HOME": str(demo_home)}
        subprocess.run(
            [sys.executable, "-m", "kiosk.cli.main", "config", "set", "ui.languages", "it"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        wait_until(lambda: app.session.property("languages") == ["it"], timeout=5)
        assert app.settings.ui.languages == ("it",)
    finally:
        watcher = app.services.settings._watcher
        app.close()
    # deleted by close(), on this thread: the garbage collector might have freed it in another
    # one, leaving its socket notifier registered with this thread's event loop (a crash)
    assert not shiboken6.isValid(watcher)


def test_a_damaged_settings_file_written_meanwhile_keeps_the_current_settings(
    qapp: object, demo_home: Path
) -> None:
    app = KioskApp(demo_home, size=(1280, 800), today=TODAY)
    try:
        before = app.settings
        (demo_home / "settings.toml").write_text("[ui]\nidle_timeout = 'banana'\n", "utf-8")
        assert not app.services.settings.store.reload()
        assert app.settings is before
    finally:
        app.close()
