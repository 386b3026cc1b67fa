"""Shared fixtures. Qt runs offscreen; any Qt/QML warning fails a test (pytest.ini: qt_log_level_fail)."""

from __future__ import annotations

import faulthandler
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.db.sqlite import SqliteFile
from tests.factories import catalogue_dict

pytest_plugins = ["tests.server_fixtures"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as $PITSTOP_HOME for code that reads it."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("PITSTOP_HOME", str(folder))
    return folder


@pytest.fixture
def engine(home: Path) -> Iterator[SqliteFile]:
    """A migrated kiosk database in `home`, with no catalogue loaded."""
    from kiosk.db.engine import open_database
    from kiosk.paths import database_path

    db = open_database(database_path(home))
    yield db
    db.dispose()


@pytest.fixture
def catalogue_file(tmp_path: Path) -> Path:
    """A valid 40-offering catalogue in our JSON format."""
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(catalogue_dict(40)), encoding="utf-8")
    return path


def pytest_configure(config: pytest.Config) -> None:
    """Qt Quick's software renderer for every test, chosen before any window exists (Qt accepts
    the choice once per process, and a QML test may run before the first KioskApp).

    A crash (a segfault in Qt) prints the Python frames of the crashing thread alone: with
    every idle worker thread listed too, a log cut short loses the frames that matter (a crash
    in a thread Python never ran in prints none). It writes to a copy of stderr taken now,
    while pytest is not capturing it; faulthandler keeps that file open."""
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    faulthandler.enable(file=os.fdopen(os.dup(sys.__stderr__.fileno()), "w"), all_threads=False)
