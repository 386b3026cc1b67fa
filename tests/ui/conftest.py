"""UI fixtures: a kiosk on a copy of a demo database, items found and clicked by objectName.

Any QML warning fails the test: KioskApp collects QQmlEngine.warnings and the `kiosk` fixture
asserts there were none (pytest-qt's qt_log_level_fail=WARNING catches the rest of Qt's messages).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # before pytest-qt creates the application
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"  # as ui/app.py: the panel is in Main.qml

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True, scope="session")
def _what_is_loaded_before_the_first_ui_test_is_frozen() -> None:
    """Modules and fixtures made so far live to the end: `gc.freeze()` takes them out of the
    collections below, which would otherwise walk them all after every test (a full run took
    about 5 minutes longer with them)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(
    _what_is_loaded_before_the_first_ui_test_is_frozen: None,
) -> Iterator[None]:
    """Collect each test's garbage here, on the GUI thread. Qt objects that Python owns and that
    sit in a reference cycle (a closed kiosk's view-models, its settings adapter) are otherwise
    freed whenever the collector next runs, in whatever thread allocates then: a later kiosk's
    task thread, say. A settings watcher's socket notifier freed that way stayed registered with
    the GUI thread's event loop, which crashed on it in a later test (`QSocketNotifier::type()`,
    a core dump of a full run)."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the bundled demo catalogue, built once per test session."""
    from kiosk.context import open_kiosk
    from kiosk.paths import database_path

    home = tmp_path_factory.mktemp("demo-home")
    context = open_kiosk(home)
    context.close()
    return database_path(home)


@pytest.fixture
def demo_home(home: Path, demo_db: Path) -> Path:
    """`home` holding a copy of the demo database."""
    shutil.copy(demo_db, home / demo_db.name)
    return home


@pytest.fixture
def make_kiosk(qapp: object, demo_home: Path) -> Iterator[Callable[..., Any]]:
    """Builds kiosks on the demo catalogue (1280×800, 2026-11-23 unless told); each one fails the
    test if its QML engine reported a warning, and is closed at the end."""
    from ui.app import KioskApp

    made: list[KioskApp] = []

    def make(**options: Any) -> KioskApp:
        options.setdefault("size", (1280, 800))
        options.setdefault("today", TODAY)
        made.append(KioskApp(demo_home, **options))
        return made[-1]

    try:
        yield make
        for app in made:
            assert app.qml_warnings == []
    finally:
        for app in made:
            app.close()


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Any]) -> object:
    """A windowed kiosk (1280×800, the smallest supported) on the demo catalogue, on 2026-11-23."""
    return make_kiosk()
