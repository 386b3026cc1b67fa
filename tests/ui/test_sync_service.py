"""The app's sync service: cycles off the GUI thread, status back by signal, catalogue swapped
only on the attract screen."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from PySide6.QtCore import QTimer

from kiosk.catalogue.store import read_catalogue
from kiosk.db.writer import THREAD_NAME
from kiosk.settings_store import SettingsStore
from tests.central.live import make_kiosk, submit
from tests.factories import catalogue_dict
from ui.database import Database
from ui.settings import QtSettings
from ui.sync_service import SyncService
from ui.tasks import TaskRunner

WRITES = ("insert", "update", "delete", "replace")


@pytest.fixture(scope="module")
def central_key() -> PrivateKey:
    return PrivateKey.generate()


def test_a_cycle_never_blocks_the_gui_thread_and_the_catalogue_waits_for_attract(
    qtbot,
    tmp_path: Path,
    central_key: PrivateKey,  # type: ignore[no-untyped-def]
) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(300, version="2027-02")), encoding="utf-8"
    )
    kiosk = make_kiosk(tmp_path, "kiosk-ui", mode="folder", folder=str(share), batch_size=50)
    submit(kiosk, central_key, 300)
    kiosk.close()
    idle = {"value": False}
    store = SettingsStore(kiosk.home, kiosk.settings)
    tasks = TaskRunner()
    database = Database(kiosk.home, tasks)
    database.open(background=False)
    engine = database.engine
    assert engine is not None
    writers: set[str] = set()

    def record(statement: str) -> None:
        if statement.lstrip().lower().startswith(WRITES):
            writers.add(threading.current_thread().name)

    engine.trace(record)

    service = SyncService(QtSettings(store), database, tasks, is_idle=lambda: idle["value"])
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    try:
        with qtbot.waitSignal(service.statusChanged, timeout=30_000):
            service.syncNow()
            assert service.busy
    finally:
        timer.stop()

    assert service.ok and service.pending == 0, service.lastError
    assert len(list((share / "inbox" / "kiosk-ui").glob("*.json"))) == 300
    print(f"max GUI gap {max(gaps) * 1000:.1f} ms over {len(gaps)} ticks")
    # A cycle on the GUI thread would stop the ticks for the whole cycle (300 files, each
    # fsynced: well over a second); 250 ms leaves room for a machine busy with other work
    # (50 ms failed once with the load average at 4 on 2 cores).
    assert max(gaps) < 0.250, f"the GUI thread was blocked for {max(gaps) * 1000:.0f} ms"
    assert service.status is not None and service.status.staged_version == "2027-02"
    shown = read_catalogue(engine)  # the demo one, loaded when the database was opened
    assert shown is not None and shown.version != "2027-02"  # a parent may be mid-session

    idle["value"] = True  # back on the attract screen
    with qtbot.waitSignal(service.catalogueApplied, timeout=30_000):
        service.applyStagedIfIdle()
    catalogue = read_catalogue(engine)
    assert catalogue is not None and catalogue.version == "2027-02"
    qtbot.waitUntil(lambda: not service.busy)
    # every write of the cycle (sent marks, purge) went through the one writer thread
    assert writers and {name.split("_")[0] for name in writers} == {THREAD_NAME}, writers

    with qtbot.waitSignal(service.statusChanged, timeout=30_000):
        # staff point the kiosk at another (missing) share: the next cycle uses it
        store.set("sync.folder", str(tmp_path / "elsewhere"), by="staff")
    assert not service.ok and "elsewhere" in service.lastError
    service.shutdown()
    tasks.shutdown()
    database.close()


@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "offscreen", reason="needs offscreen Qt")
def test_the_sync_feature_plugs_into_the_app(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    from kiosk import settings as settings_mod
    from ui.app import KioskApp
    from ui.features.sync import SyncFeature

    settings_mod.save(home, settings_mod.Settings().with_value("sync.mode", "folder"))
    app = KioskApp(home, size=(1280, 800), features=[SyncFeature()])
    try:
        feature = app.feature(SyncFeature)
        assert feature is not None and feature.service is not None
        service = feature.service
        assert app.model.vm("sync") is service
        qtbot.waitUntil(lambda: service.status is not None, timeout=30_000)
        assert service.ok, service.lastError  # the demo share in the data folder
        assert (home / "demo-central" / "share" / "kiosks").is_dir()
    finally:
        app.close()


def test_closing_during_a_stuck_cycle_stops_it_within_a_second(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, store, proxy, central_key: PrivateKey
) -> None:
    """systemd stops the kiosk while the server trickles its answer: the task runner no longer
    waits for the cycle's 120 s deadline (the unit's stop time is 40 s), and nothing is lost."""
    from kiosk.intake import outbox

    token = store.new_token("kiosk-stop")
    kiosk = make_kiosk(
        tmp_path, "kiosk-stop", mode="http", url=proxy.url, token=token, deadline=120
    )
    submit(kiosk, central_key, 2)
    kiosk.close()
    proxy.trickle_gap = 0.05
    proxy.set("trickle")
    tasks = TaskRunner()
    database = Database(kiosk.home, tasks)
    database.open(background=False)
    settings = QtSettings(SettingsStore(kiosk.home, kiosk.settings))
    service = SyncService(settings, database, tasks)
    service.syncNow()
    assert service.busy
    qtbot.wait(500)  # the cycle is waiting on the trickle

    started = time.monotonic()
    service.shutdown()
    tasks.shutdown()
    took = time.monotonic() - started

    assert took < 1.0, f"closing waited {took:.1f} s for the sync cycle"
    assert database.engine is not None
    assert outbox.pending_count(database.engine) == 2
    database.close()
    settings.close()
