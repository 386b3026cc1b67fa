"""Closing the kiosk must not crash, even while Python threads are busy.

The QML engine's C++ destructor deletes the kiosk's Python image providers (ui/icons.py,
ui/qr.py). When it dropped the last reference to a provider's wrapper, Shiboken freed the
wrapper and then still released it: a segfault in `KioskApp.close()` now and then (about one
full test run in four; two core dumps showed IconProvider and QrImageProvider at refcount 0 in
`BindingManager::releaseWrapper`). Busy task threads make the freed memory reused sooner: the
loop below crashed three times in three runs (after 115, 265 and 285 closes). `close()` now
keeps its own references to the providers until the engine is gone, and stops the task
threads first, so no Python runs elsewhere while Shiboken runs the destructor with the GIL let
go.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.db.writer import THREAD_NAME as WRITER_THREAD
from kiosk.paths import database_path
from ui.app import KioskApp
from ui.features import default_features
from ui.snapshot import settle, show_page

LANE_THREADS = (WRITER_THREAD, "network", "background")


def _lane_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(LANE_THREADS)]


def _churn(seconds: float, full: bool) -> int:
    """Python work with garbage collections, as a sync cycle or a usage flush would do."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _junk = [[{} for _ in range(50)] for _ in range(50)]
        gc.collect(2 if full else 0)
    return 0


def test_no_task_thread_runs_while_the_engine_is_deleted(qapp: Any, demo_home: Path) -> None:
    kiosk = KioskApp(demo_home, size=(1280, 800), features=default_features(start_sync=False))
    settle(0.1)
    for lane in ("writer", "network", "background"):
        kiosk.services.tasks.run(lambda: _churn(0.2, False), lambda _: None, lane=lane)
    assert len(_lane_threads()) >= 3
    alive_at_deletion: list[list[str]] = []
    kiosk.engine.destroyed.connect(lambda: alive_at_deletion.append(_lane_threads()))
    kiosk.close()
    assert alive_at_deletion == [[]]


@pytest.mark.slow
def test_closing_while_task_threads_collect_garbage_does_not_crash(
    qapp: Any, demo_home: Path, tmp_path: Path
) -> None:
    """The crash loop that found it (`make test-slow`; a crash kills the run)."""
    demo_database = database_path(demo_home).read_bytes()
    for n in range(300):
        home = tmp_path / f"home-{n}"
        home.mkdir()
        database_path(home).write_bytes(demo_database)
        kiosk: Any = KioskApp(home, size=(1280, 800), features=default_features(start_sync=False))
        settle(0.05)
        show_page(kiosk, "results")
        settle(0.05)
        for lane in ("writer", "network", "background"):
            kiosk.services.tasks.run(lambda n=n: _churn(0.3, n % 2 == 1), lambda _: None, lane=lane)
        kiosk.close()
