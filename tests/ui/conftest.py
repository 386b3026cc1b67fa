"""UI fixtures: a kiosk on a copy of a demo database, items found and clicked by objectName.

Any QML warning fails the test: KioskApp collects QQmlEngine.warnings and the `kiosk` fixture
asserts there were none (pytest-qt's qt_log_level_fail=WARNING catches the rest of Qt's messages).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # before pytest-qt creates the application

TODAY = dt.date(2026, 11, 23)


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
def kiosk(qapp: object, demo_home: Path) -> Iterator[object]:
    """A windowed kiosk (1280×800, the smallest supported) on the demo catalogue, on 2026-11-23."""
    from ui.app import KioskApp

    app = KioskApp(demo_home, size=(1280, 800), today=TODAY)
    try:
        yield app
        assert app.qml_warnings == []
    finally:
        app.close()
