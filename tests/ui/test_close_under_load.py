"""Closing the kiosk must not crash, even while Python threads are busy.

The QML engine's C++ destructor deletes the kiosk's Python image providers (ui/icons.py,
ui/qr.py). Two core dumps of an intermittent segfault in `KioskApp.close()` (about one full
test run in four) showed a provider's wrapper at refcount 0 inside Shiboken's
`BindingManager::releaseWrapper`, called from that destructor. The loop below, with a Python
thread busy across each close, crashed in three runs out of three (after 115, 265 and 285
closes). `close()` now keeps references to the providers until the engine is gone, and stops the
kiosk's task threads first.

Two later full runs crashed where `close()` drops its features; the only C++ objects that freed
were the hardening guards, deleted from inside their wrapper's deallocation. The window owns
them now: they go with the engine, as the providers do.
"""

from __future__ import annotations

import gc
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from kiosk.paths import database_path
from ui.app import KioskApp
from ui.features import default_features
from ui.features.hardening import HardeningFeature
from ui.snapshot import settle, show_page
from ui.tasks import LANES


def _churn(seconds: float, full: bool) -> None:
    """Python work with garbage collections, as a sync cycle or a usage flush would do."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _junk = [[{} for _ in range(50)] for _ in range(50)]
        gc.collect(2 if full else 0)


def test_engine_is_deleted_with_no_task_thread_alive_and_the_providers_held(
    qapp: Any, demo_home: Path
) -> None:
    kiosk = KioskApp(demo_home, size=(1280, 800), features=default_features(start_sync=False))
    settle(0.1)
    lane_threads: list[threading.Thread] = []

    def work() -> None:
        lane_threads.append(threading.current_thread())
        _churn(0.2, False)

    for lane in LANES:
        kiosk.services.tasks.run(work, lambda _: None, lane=lane)
    seen: list[tuple[int, bool]] = []

    def engine_destroyed() -> None:
        alive = sum(thread.is_alive() for thread in lane_threads)
        seen.append((alive, kiosk._icon_provider is not None and kiosk._qr_provider is not None))

    kiosk.engine.destroyed.connect(engine_destroyed)
    kiosk.close()
    assert len(lane_threads) == len(LANES)
    assert seen == [(0, True)]


def test_the_hardening_guards_go_with_the_window_when_no_task_thread_runs(
    qapp: Any, demo_home: Path
) -> None:
    """Dropping the features must free no C++ object: two full test runs crashed on that line
    (`self._features.clear()`), the only C++ objects it freed being the hardening guards."""
    kiosk = KioskApp(demo_home, size=(1280, 800), features=default_features(start_sync=False))
    settle(0.1)
    feature = kiosk.feature(HardeningFeature)
    assert feature is not None and feature.hardening is not None
    guards = feature.hardening
    assert not shiboken6.ownedByPython(guards)  # the window owns them, not their wrapper
    lane_threads: list[threading.Thread] = []
    for lane in LANES:
        kiosk.services.tasks.run(
            lambda: lane_threads.append(threading.current_thread()), lambda _: None, lane=lane
        )
    alive_when_deleted: list[int] = []
    guards.destroyed.connect(
        lambda: alive_when_deleted.append(sum(thread.is_alive() for thread in lane_threads))
    )
    del feature
    kiosk.close()
    assert alive_when_deleted == [0]
    assert not shiboken6.isValid(guards.keys)  # their children went with them


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_closing_while_a_thread_collects_garbage_does_not_crash(
    qapp: Any, demo_home: Path, tmp_path: Path
) -> None:
    """The crash loop that found it (`make test-slow`; a crash kills the run)."""
    demo_database = database_path(demo_home).read_bytes()
    for n in range(300):
        home = tmp_path / f"home-{n}"
        home.mkdir()
        database_path(home).write_bytes(demo_database)
        kiosk = KioskApp(home, size=(1280, 800), features=default_features(start_sync=False))
        settle(0.05)
        show_page(kiosk, "results")
        settle(0.05)
        busy = threading.Thread(target=_churn, args=(0.3, n % 2 == 1))
        busy.start()
        kiosk.close()
        busy.join()
        shutil.rmtree(home)
