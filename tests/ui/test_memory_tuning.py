"""Memory savings that are behaviours of the running kiosk (benchmarks/bench_ui_memory.py measures
the whole process; these pin each saving, so that a refactor cannot quietly undo it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk.db.engine import make_engine
from kiosk.db.sqlite import scalar
from ui.app import KioskApp
from ui.database import PAGE_CACHE_KIB


def _cache_sizes(app: KioskApp) -> set[int]:
    """PRAGMA cache_size of two connections in use at once (the pool makes a second one)."""
    engine = app.services.database.engine
    assert engine is not None
    with engine.connect() as first, engine.connect() as second:
        return {int(scalar(connection, "PRAGMA cache_size")) for connection in (first, second)}


def test_every_kiosk_connection_keeps_a_small_page_cache(make_kiosk: Any) -> None:
    app: KioskApp = make_kiosk()
    assert _cache_sizes(app) == {-PAGE_CACHE_KIB}
    app.results.setText("a")  # a search on the GUI thread's connection
    assert _cache_sizes(app) == {-PAGE_CACHE_KIB}


def test_the_server_and_tools_keep_sqlites_default_cache(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "other.sqlite3")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000
    finally:
        engine.dispose()


def test_the_contact_validators_load_with_the_first_contact_request(tmp_path: Path) -> None:
    """phonenumbers and email-validator (~1 MiB) load when a phone or an e-mail address is first
    checked, not with the kiosk: most visitors never ask to be contacted."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ui.app import KioskApp\n"
        "from ui.features import default_features\n"
        f"app = KioskApp(Path({str(tmp_path / 'home')!r}), size=(800, 600),"
        " features=default_features(start_sync=False))\n"
        "names = ('phonenumbers', 'email_validator')\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
        "from kiosk.intake.model import check_email, check_phone\n"
        "print(check_phone('347 123 4567'), check_email('a@example.org'))\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
        "app.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.splitlines()
    assert out == [
        "[]",
        "+393471234567 a@example.org",
        "['email_validator', 'phonenumbers']",
    ]
