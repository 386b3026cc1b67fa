"""Fixtures shared by the enrolment tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.context import open_kiosk
from kiosk.privacy.keys import generate_keypair


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The office's folder with its key pair (central.key, central.pub)."""
    folder = tmp_path / "office"
    generate_keypair(folder)
    return folder


@pytest.fixture
def demo_kiosk(tmp_path: Path) -> Path:
    """A kiosk data folder as a first start leaves it (demo catalogue, random id)."""
    home = tmp_path / "kiosk"
    open_kiosk(home).close()
    return home
