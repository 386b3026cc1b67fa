"""Issue 12 end to end, as the office and a venue set a kiosk up in the field (docs/deployment.md).

Office: `pitstop keys new`, a real `pitstop central serve` on 127.0.0.1 with its SQLite file, the
catalogue published with `pitstop central catalogue publish`, the kiosk prepared with `pitstop
central kiosk add` (or `pitstop keys enrolment` for a shared folder). Kiosk: `pitstop enrol FILE`
on a fresh data folder, then the kiosk built as `pitstop run` builds it (`KioskApp` with
`default_features()`, offscreen, in this process so the test can touch the screen). A parent's
request typed on the screen travels with the kiosk's own sync, and the office opens it with
`pitstop central export` / `pitstop inbox open`. Every `pitstop` is a real subprocess.

What this cannot show: a real network between two machines, TLS (tests/sync/test_enrolment_tls.py),
systemd and cage (tests/e2e/test_deploy.py), a real USB stick's mount.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests import ROOT
from tests.central.live import free_port as _free_port
from tests.central.live import wait_for_health
from tests.factories import catalogue_dict
from tests.ui.conftest import TODAY
from tests.ui.intake.test_intake_ui import _submit, tap, vm
from tests.ui.qmlhelpers import exists, settle, type_text, wait_for, wait_until
from ui.app import KioskApp
from ui.features import default_features
from ui.features.staff import StaffFeature, StaffModels
from ui.features.sync import SyncFeature
from ui.sync_service import SyncService
from ui.tree import hidden, walk

PITSTOP = str(Path(sys.executable).with_name("pitstop"))
PARENT = "Mariarosa"
PHONE = "3471234567"
NEW_PIN = "582914"
pytestmark = pytest.mark.timeout(180)


def pitstop(
    home: Path, *args: str, cwd: Path, expect: int | None = 0
) -> subprocess.CompletedProcess[str]:
    """`pitstop ARGS` with PITSTOP_HOME=home, run in `cwd` as a person would type it."""
    env = {**os.environ, "PITSTOP_HOME": str(home)}
    env.pop("QT_QPA_PLATFORM", None)  # none of these commands may need a display
    done = subprocess.run(
        [PITSTOP, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    if expect is not None:
        assert done.returncode == expect, f"pitstop {' '.join(args)}: {done.stdout}{done.stderr}"
    return done


@dataclass(frozen=True)
class Office:
    folder: Path
    """Where the coordinator works (the command's current folder)."""
    home: Path
    """The office's PITSTOP_HOME (the central server's SQLite file lives in central/)."""
    keys: Path
    fingerprint: str


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """`pitstop keys new` once, and a catalogue file of the office's own (not the demo)."""
    folder = tmp_path / "office"
    folder.mkdir()
    home = folder / "pitstop-office"
    made = pitstop(home, "keys", "new", "--out", "keys", cwd=folder)
    fingerprint = next(
        line.split()[-1] for line in made.stdout.splitlines() if line.startswith("fingerprint:")
    )
    assert "privacy.central_public_key" not in made.stdout  # enrolment, not a hand-set key
    assert "pitstop central kiosk add" in made.stdout and "pitstop keys enrolment" in made.stdout
    document = catalogue_dict(70, version="office-2026-12")  # a location in every comune
    (folder / "catalogo.json").write_text(json.dumps(document), encoding="utf-8")
    return Office(folder, home, folder / "keys", fingerprint)


@pytest.fixture
def central(office: Office) -> Iterator[str]:
    """A real `pitstop central serve` on 127.0.0.1 (SQLite in the office's data folder); its URL."""
    port = _free_port()
    log = (office.folder / "serve.log").open("wb")
    process = subprocess.Popen(
        [PITSTOP, "central", "serve", "--port", str(port)],
        cwd=office.folder,
        env={**os.environ, "PITSTOP_HOME": str(office.home)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, process, office.folder / "serve.log")
        yield url
    finally:
        process.terminate()
        process.wait(15)
        log.close()


def _kiosk(home: Path, media: Path) -> KioskApp:
    """The kiosk as `pitstop run` builds it (fast start, every default feature, sync running),
    with the test's clock and an empty media folder instead of /media."""
    media.mkdir(exist_ok=True)
    app = KioskApp(
        home,
        size=(1280, 800),
        fast_start=True,
        today=TODAY,
        features=default_features(media_roots=[media], quit_app=lambda code: None),
    )
    wait_until(lambda: app.services.database.engine is not None, timeout=30)
    return app


def _sync(kiosk: KioskApp) -> SyncService:
    feature = kiosk.feature(SyncFeature)
    assert feature is not None and feature.service is not None
    return feature.service


def _staff(kiosk: KioskApp) -> StaffModels:
    feature = kiosk.feature(StaffFeature)
    assert feature is not None and feature.models is not None
    return feature.models


def _idle(service: SyncService) -> None:
    """Wait for the cycle the kiosk started by itself (at start) to end."""
    wait_until(lambda: service.status is not None and not service.busy, timeout=60)


def _request_through_the_screen(kiosk: KioskApp, comune: str) -> str:
    """A parent walks up: welcome → "leave a contact" → every step → Send; the reference."""
    w = kiosk.window
    tap(w, "attract.start")
    tap(w, "home.contact")
    wait_for(w, "intake.step.notice")
    tap(w, "intake.next")
    tap(w, "intake.need.closure_care")
    tap(w, "intake.next")
    tap(w, "intake.childAge.7")
    tap(w, "intake.next")
    assert comune in {c["key"] for c in vm(kiosk).comuneOptions}  # the office's catalogue
    tap(w, f"intake.comune.{comune}")
    tap(w, "intake.weekday.MO")
    tap(w, "intake.next")
    wait_for(w, "intake.step.contact")
    tap(w, "intake.firstName")
    type_text(w, PARENT)
    tap(w, "intake.phone")
    type_text(w, PHONE)
    tap(w, "intake.next")
    wait_for(w, "intake.step.review")
    reference = _submit(kiosk)
    tap(w, "intake.finish")
    wait_for(w, "attract", timeout=10)
    return reference


def _hold_corner(kiosk: KioskApp) -> None:
    """Press and hold the top-right corner until staff mode answers (3 s, shortened here)."""
    w = kiosk.window
    corner = wait_for(w, "staff.entry")
    corner.setProperty("holdSeconds", 0.4)
    pos = corner.mapToScene(QPointF(corner.width() / 2, corner.height() / 2)).toPoint()
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    wait_until(lambda: kiosk.navigator.page == "staff", timeout=5)
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    lock = _staff(kiosk).lock
    wait_until(lambda: not lock.busy and lock.screen != "pin", timeout=10)


def _pad(kiosk: KioskApp, digits: str) -> None:
    for digit in digits:
        tap(kiosk.window, f"staff.pin.{digit}")
    tap(kiosk.window, "staff.pin.ok")


def _visible_texts(kiosk: KioskApp) -> str:
    found: list[str] = []
    for item in walk(kiosk.window.contentItem(), prune=hidden):
        for prop in ("text", "placeholderText"):
            value = item.property(prop)
            if isinstance(value, str) and value:
                found.append(value)
    return "\n".join(found)


def _open_table(path: Path) -> list[dict[str, str]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [
            [str(c) if c is not None else "" for c in row]
            for row in book.worksheets[0].iter_rows(values_only=True)
        ]
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
    header, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


def test_central_server_kiosk_add_enrol_request_on_screen_sync_now_export(
    qapp: object, tmp_path: Path, office: Office, central: str
) -> None:
    folder = office.folder
    published = pitstop(office.home, "central", "catalogue", "publish", "catalogo.json", cwd=folder)
    assert "70 offerings" in published.stdout
    added = pitstop(
        office.home,
        "central",
        "kiosk",
        "add",
        "kiosk-legnano",
        "--url",
        central,
        "--key",
        "keys/central.pub",
        "--name",
        "Biblioteca di Legnano",
        "--venue",
        "Piazza San Magno 9",
        "--comune",
        "legnano",
        "--area",
        "legnanese",
        "--out",
        "legnano.enrol.json",
        cwd=folder,
    )
    assert office.fingerprint in added.stdout
    enrolment = folder / "legnano.enrol.json"
    assert enrolment.stat().st_mode & 0o777 == 0o600
    code = json.loads(enrolment.read_text("utf-8"))["staff_code"]
    assert isinstance(code, str) and code.isdigit()

    # the venue: a fresh data folder, the file from the stick
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / enrolment.name).write_bytes(enrolment.read_bytes())
    home = tmp_path / "kiosk-home"
    enrolled = pitstop(home, "enrol", str(stick / enrolment.name), cwd=tmp_path)
    assert "kiosk-legnano" in enrolled.stdout and office.fingerprint in enrolled.stdout

    kiosk = _kiosk(home, tmp_path / "media")
    try:
        service = _sync(kiosk)
        _idle(service)
        assert service.status is not None and service.status.ok, service.status
        assert kiosk.settings.kiosk.id == "kiosk-legnano"
        assert kiosk.catalogue.offeringCount == 70  # the office's catalogue, not the demo

        reference = _request_through_the_screen(kiosk, "legnano")
        assert reference.startswith("PS-")

        # staff mode through the office's one-time code, then the staff home
        _hold_corner(kiosk)
        staff = _staff(kiosk)
        assert staff.lock.screen == "setupCode"
        _pad(kiosk, code)
        wait_until(lambda: staff.lock.screen == "newPin", timeout=10)
        _pad(kiosk, NEW_PIN)
        wait_until(lambda: staff.lock.screen == "confirmPin")
        _pad(kiosk, NEW_PIN)
        wait_for(kiosk.window, "staff.home", timeout=10)
        wait_until(lambda: bool(staff.status.facts), timeout=10)
        facts = {row["key"]: row for row in staff.status.facts}
        assert facts["officeKey"]["value"] == office.fingerprint and not facts["demo"]["warn"]
        assert "kiosk-legnano" in facts["kiosk"]["value"]
        assert facts["waiting"]["value"] == "1"
        wait_until(lambda: office.fingerprint in _visible_texts(kiosk), timeout=5)

        # "Sync now" delivers the request to the real server
        before = service.status.last_success if service.status else None
        tap(kiosk.window, "staff.action.sync")
        wait_until(
            lambda: (
                not service.busy
                and service.status is not None
                and service.status.last_success != before
            ),
            timeout=60,
        )
        assert service.status is not None and service.status.ok, service.status.last_error
        assert service.status.pending == 0
        wait_until(lambda: {r["key"]: r for r in staff.status.facts}["waiting"]["value"] == "0")
        tap(kiosk.window, "staff.lock")
        wait_until(lambda: kiosk.navigator.page == "attract")
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()

    # the code worked once: the PIN is set, the code is gone
    staff_file = (home / "staff.json").read_bytes()
    assert code.encode() not in staff_file and NEW_PIN.encode() not in staff_file

    exported = pitstop(
        office.home,
        "central",
        "export",
        "--key",
        "keys/central.key",
        "--out",
        "richieste.xlsx",
        cwd=folder,
    )
    assert "Wrote 1 request(s)" in exported.stdout, exported.stderr
    [row] = _open_table(folder / "richieste.xlsx")
    assert row["Nome"] == PARENT and row["Telefono"].replace(" ", "").endswith(PHONE)
    assert row["Chiosco"] == row["Consegnata da"] == "kiosk-legnano"
    assert (row["Comune"], row["Codice comune"]) == ("Legnano", "legnano")
    assert row["Riferimento"] == reference and row["Avviso"] == ""
    kiosks = pitstop(office.home, "central", "kiosks", cwd=folder)
    assert "kiosk-legnano" in kiosks.stdout and "office-2026-12" in kiosks.stdout


def test_shared_folder_enrolment_request_on_screen_sync_inbox_open(
    qapp: object, tmp_path: Path, office: Office
) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_bytes(
        (office.folder / "catalogo.json").read_bytes()
    )
    made = pitstop(
        office.home,
        "keys",
        "enrolment",
        "--share",
        str(share),
        "--key",
        "keys/central.pub",
        "--kiosk-id",
        "kiosk-magenta",
        "--name",
        "Comune di Magenta",
        "--comune",
        "magenta",
        "--area",
        "magentino",
        "--out",
        "magenta.enrol.json",
        cwd=office.folder,
    )
    assert office.fingerprint in made.stdout
    enrolment = office.folder / "magenta.enrol.json"
    assert enrolment.stat().st_mode & 0o777 == 0o600

    home = tmp_path / "kiosk-home"
    pitstop(home, "enrol", str(enrolment), cwd=tmp_path)
    kiosk = _kiosk(home, tmp_path / "media")
    try:
        service = _sync(kiosk)
        _idle(service)
        assert service.status is not None and service.status.ok, service.status
        reference = _request_through_the_screen(kiosk, "magenta")
        before = service.status.last_success
        service.syncNow()  # what the sync timer does when sync.interval has passed
        wait_until(
            lambda: (
                not service.busy
                and service.status is not None
                and service.status.last_success != before
            ),
            timeout=60,
        )
        assert service.status is not None and service.status.ok, service.status.last_error
        assert service.status.delivered == 1 and service.status.pending == 0
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()

    delivered = list((share / "inbox" / "kiosk-magenta").glob("*.json"))
    assert len(delivered) == 1
    assert PARENT.encode() not in delivered[0].read_bytes()  # sealed on the share
    opened = pitstop(
        office.home,
        "inbox",
        "open",
        "--key",
        "keys/central.key",
        "--share",
        str(share),
        "--out",
        "richieste.xlsx",
        cwd=office.folder,
    )
    assert "1 request(s) written" in opened.stdout, opened.stderr
    [row] = _open_table(office.folder / "richieste.xlsx")
    assert row["Nome"] == PARENT
    assert row["Chiosco"] == row["Consegnata da"] == "kiosk-magenta"
    assert (row["Comune"], row["Codice comune"]) == ("Magenta", "magenta")
    assert row["Riferimento"] == reference and row["Avviso"] == ""


def test_a_fresh_kiosk_never_offers_to_choose_a_pin(qapp: object, tmp_path: Path) -> None:
    """No PIN, no enrolment: holding the corner explains how staff mode is set up, no pad."""
    home = tmp_path / "fresh"
    kiosk = _kiosk(home, tmp_path / "media")
    try:
        _hold_corner(kiosk)
        lock = _staff(kiosk).lock
        assert lock.screen == "notSetUp" and not lock.authorised()
        for language in ("it", "en"):
            kiosk.session.setLanguage(language)
            settle(50)
            shown = _visible_texts(kiosk)
            assert "pitstop staff set-pin" in shown, shown
            assert "choose" not in shown.lower() and "scegli" not in shown.lower(), shown
        for name in ("staff.pin.0", "staff.pin.ok", "staff.pin.display"):
            assert not exists(kiosk.window, name), name
        tap(kiosk.window, "staff.lock")
        wait_until(lambda: kiosk.navigator.page == "attract")
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()
    assert not (home / "staff.json").exists()


def test_a_nightly_backup_of_an_enrolled_kiosk_restores_its_office_key(
    tmp_path: Path, office: Office
) -> None:
    """The restore of docs/deployment.md onto an empty data folder (a replaced disk): the kiosk
    still seals for the office. The backup used to leave out office.pub, so the restored
    settings named a key that was not there (and enrolment.json, so staff mode lost what the
    office allowed)."""
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_bytes(
        (office.folder / "catalogo.json").read_bytes()
    )
    pitstop(
        office.home,
        *("keys", "enrolment", "--share", str(share), "--key", "keys/central.pub"),
        *("--kiosk-id", "kiosk-cuggiono", "--name", "Biblioteca di Cuggiono"),
        *("--comune", "cuggiono", "--out", "cuggiono.enrol.json"),
        cwd=office.folder,
    )
    home = tmp_path / "kiosk-home"
    pitstop(home, "enrol", str(office.folder / "cuggiono.enrol.json"), cwd=tmp_path)
    backups = tmp_path / "backups"
    subprocess.run(
        ["bash", str(ROOT / "deploy" / "pitstop-backup.sh"), str(home), str(backups), "2"],
        check=True,
        capture_output=True,
        env={**os.environ, "PITSTOP_PYTHON": sys.executable},
    )
    [archive] = backups.glob("pitstop-*.tar.gz")
    unpacked, restored = tmp_path / "unpacked", tmp_path / "restored"
    unpacked.mkdir()
    restored.mkdir(mode=0o700)
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(unpacked)], check=True)
    subprocess.run(["cp", "-a", f"{unpacked / 'pitstop'}/.", f"{restored}/"], check=True)

    doctor = pitstop(restored, "doctor", "--offline", "--json", cwd=tmp_path, expect=None)
    findings = {f["key"]: f for f in json.loads(doctor.stdout)["findings"]}
    assert "key.unreadable" not in findings, findings["key.unreadable"]["title"]
    assert findings["key.fingerprint"]["args"] == [office.fingerprint]
    assert not any(key.startswith("enrolment.") for key in findings), findings.keys()
    assert (restored / "enrolment.json").read_bytes() == (home / "enrolment.json").read_bytes()
