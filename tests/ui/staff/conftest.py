"""Fixtures for the staff-mode UI tests: a kiosk window with staff mode and a tmp "USB" folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

PIN = "739251"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A removable-media root with one stick in it."""
    stick = tmp_path / "media" / "pitstop" / "CHIAVETTA"
    stick.mkdir(parents=True)
    return tmp_path / "media"


@pytest.fixture
def fast_pins(home: Path) -> Any:
    from kiosk.staff.pin import PinStore

    return PinStore(home, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def kiosk(home: Path, usb: Path, fast_pins: Any, qtbot: Any) -> Iterator[Any]:
    """A windowed KioskApp (kiosk_mode on, so the hardening is active) with staff mode."""
    from ui.app import KioskApp
    from ui.features.hardening import HardeningFeature
    from ui.features.staff import StaffFeature

    exit_codes: list[int] = []
    # The features are made inline: only the app holds them, so close() lets them go before
    # the QML engine is deleted, as `pitstop run` does (see KioskApp.close).
    app = KioskApp(
        home,
        size=(1280, 800),
        kiosk_mode=True,
        features=[
            StaffFeature(media_roots=[usb], pins=fast_pins, quit_app=exit_codes.append),
            HardeningFeature(),
        ],
    )
    app.exit_codes = exit_codes  # type: ignore[attr-defined]
    yield app
    app.close()
