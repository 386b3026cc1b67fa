"""Kiosk mode: the window covers the screen it is on and follows it when the screen changes size
(a replaced or rotated monitor). Offscreen it used to be 1x1. The same under a real X server
without a window manager: tests/e2e/test_run_screen.py."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect


def test_kiosk_mode_covers_the_screen(make_kiosk: Callable[..., Any]) -> None:
    kiosk = make_kiosk(size=None, kiosk_mode=True)
    screen = kiosk.window.screen()
    assert kiosk.window.geometry() == screen.geometry()
    assert kiosk.window.width() > 1 and kiosk.window.height() > 1


def test_kiosk_mode_follows_the_screen_when_its_size_changes(
    make_kiosk: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """The offscreen platform pins a full-screen window to its screen whatever it is asked, so
    here the test sees the request (the log line); the X server test sees the window itself."""
    kiosk = make_kiosk(size=None, kiosk_mode=True)
    screen = kiosk.window.screen()
    with caplog.at_level(logging.INFO, logger="ui.app"):
        caplog.clear()
        screen.geometryChanged.emit(QRect(0, 0, 1080, 1920))  # the monitor was rotated
        screen.geometryChanged.emit(QRect(0, 0, 2560, 1440))  # then replaced
    assert [r.getMessage() for r in caplog.records if "covers its screen" in r.getMessage()] == [
        "kiosk window covers its screen: 1080x1920 at 0,0",
        "kiosk window covers its screen: 2560x1440 at 0,0",
    ]


def test_a_closed_kiosk_no_longer_follows_its_screen(
    qapp: object, demo_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from ui.app import KioskApp

    kiosk = KioskApp(demo_home, kiosk_mode=True)
    screen = kiosk.window.screen()
    kiosk.close()
    with caplog.at_level(logging.INFO, logger="ui.app"):
        caplog.clear()
        screen.geometryChanged.emit(QRect(0, 0, 640, 480))  # must not touch the deleted window
    assert not [r for r in caplog.records if "covers its screen" in r.getMessage()]


def test_windowed_mode_keeps_its_size(make_kiosk: Callable[..., Any]) -> None:
    kiosk = make_kiosk(size=(1280, 800))
    kiosk.window.screen().geometryChanged.emit(QRect(0, 0, 1080, 1920))
    assert (kiosk.window.width(), kiosk.window.height()) == (1280, 800)
