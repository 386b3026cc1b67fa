"""The headless core of a running kiosk: data folder, settings, migrated database, catalogue.

`open_kiosk` is the one place that opens these, for the CLI, the sync engine and the UI's
composition root alike. A kiosk that starts with an empty database loads the bundled demo catalogue.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk import settings as settings_mod
from kiosk.catalogue.isolated import import_into
from kiosk.db.engine import open_database
from kiosk.db.sqlite import SqliteFile
from kiosk.paths import DEMO_CATALOGUE, database_path

log = logging.getLogger(__name__)


@dataclass
class KioskContext:
    home: Path
    settings: settings_mod.Settings
    engine: SqliteFile

    def close(self) -> None:
        self.engine.dispose()


def has_catalogue(engine: SqliteFile) -> bool:
    with engine.connect() as connection:
        return connection.execute("SELECT id FROM catalogue_meta").fetchone() is not None


def load_demo_catalogue(engine: SqliteFile) -> None:
    import_into(engine, DEMO_CATALOGUE)  # in a child: the kiosk never loads the catalogue models


def open_kiosk_database(home: Path, *, load_demo: bool = True) -> SqliteFile:
    """The migrated database in `home`; an empty one gets the demo catalogue."""
    engine = open_database(database_path(home))
    if load_demo and not has_catalogue(engine):
        log.info("empty database: loading the demo catalogue")
        load_demo_catalogue(engine)
    return engine


def open_kiosk(home: Path, *, load_demo: bool = True) -> KioskContext:
    """Open the kiosk in `home`: settings (with a kiosk id), migrated database, demo catalogue."""
    home.mkdir(parents=True, exist_ok=True)
    settings = settings_mod.load_or_init(home)
    return KioskContext(home, settings, open_kiosk_database(home, load_demo=load_demo))
