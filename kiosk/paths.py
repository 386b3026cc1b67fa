"""Where the kiosk keeps its data (platformdirs' user data dir, or $PITSTOP_HOME when set) and where
its bundled files are (the `assets` package, found through importlib.resources)."""

from __future__ import annotations

import functools
import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "family-pit-stop"


@functools.cache
def _assets_root() -> Path:
    root = files("assets")
    if not isinstance(root, Path):  # a zipped install: Qt and SQLite need real files
        raise RuntimeError(f"the assets package must be installed as files, not {root!r}")
    return root


def asset(*parts: str) -> Path:
    """A bundled file or folder: `asset("icons", "home.svg")` (the one definition of that place)."""
    return _assets_root().joinpath(*parts)


DEMO_CATALOGUE = asset("demo", "catalogue.json")


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
