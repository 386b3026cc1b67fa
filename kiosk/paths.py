"""Where the kiosk keeps its data: platformdirs' user data dir, or $PITSTOP_HOME when set."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "family-pit-stop"
ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"
DEMO_CATALOGUE = ASSETS_DIR / "demo" / "catalogue.json"


def data_home() -> Path:
    """The data folder (created on first use)."""
    override = os.environ.get("PITSTOP_HOME")
    home = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    home.mkdir(parents=True, exist_ok=True)
    return home


def database_path(home: Path) -> Path:
    return home / "pitstop.sqlite3"


def settings_path(home: Path) -> Path:
    return home / "settings.toml"


def log_dir(home: Path) -> Path:
    path = home / "logs"
    path.mkdir(exist_ok=True)
    return path
