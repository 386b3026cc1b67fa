"""Where the kiosk keeps its data (platformdirs' user data dir, or $PITSTOP_HOME when set) and where
its bundled files are (the `assets` package, found through importlib.resources).

The data folder and its logs are private to the kiosk's user (0700), created so and put back so
when found wider; a folder owned by someone else keeps its mode (the kiosk cannot change it).
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
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
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def child_environment() -> dict[str, str]:
    """This process's environment for a `python -m kiosk…` child: the kiosk's packages first on
    its path, whether installed or run from a checkout."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(_PACKAGE_ROOT), environment.get("PYTHONPATH")])
    )
    return environment


PRIVATE_DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """`path` as a folder only its owner can enter: created 0700 (parents as the umask says), and
    narrowed to 0700 when it exists with more. Returns `path`."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours (or a filesystem without modes): leave it
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(PRIVATE_DIR_MODE)
    return path


def home_folder() -> Path:
    """The data folder's path ($PITSTOP_HOME or the platform's), without creating it."""
    override = os.environ.get("PITSTOP_HOME")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def data_home() -> Path:
    """The data folder (created 0700 on first use; kept 0700)."""
    return private_dir(home_folder())


def database_path(home: Path) -> Path:
    return home / "pitstop.sqlite3"


def settings_path(home: Path) -> Path:
    return home / "settings.toml"


def log_dir(home: Path) -> Path:
    """`<home>/logs` (0700): the application log and the audit trail."""
    return private_dir(home / "logs")


def lock_path(home: Path) -> Path:
    """The lock file that keeps a second kiosk off the same data folder (kiosk.instance)."""
    return home / "pitstop.lock"
