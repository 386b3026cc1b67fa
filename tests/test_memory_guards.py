"""Import-time memory guards (each in a fresh interpreter, since imports happen once per process).

benchmarks/bench_ui_memory.py measures the whole kiosk; these tests pin the individual savings so
that a refactor cannot quietly undo them.
"""

from __future__ import annotations

from pathlib import Path

from tests import run_python


def _run(code: str) -> str:
    return run_python(code).strip()


def test_qr_matrix_loads_qrcode_without_pillow_and_leaves_pillow_importable() -> None:
    out = _run(
        "import sys\n"
        "from kiosk.qr.matrix import qr_png\n"
        "print('PIL' in sys.modules)\n"
        "qr_png('https://example.org')\n"
        "import PIL\n"  # still there for whoever needs it (tests decode QR images with it)
        "print(PIL.__name__)\n"
    )
    assert out.splitlines() == ["False", "PIL"]


def test_modules_imported_after_the_kiosk_ui_leave_no_source_text_in_linecache() -> None:
    """PySide6 reads each new module's source to look for `__feature__`; ui.importhook makes
    linecache forget it, and the check still answers the same."""
    out = _run(
        "import linecache, sys\n"
        "import ui.app\n"
        "import email.mime.text, sqlalchemy.dialects.sqlite\n"
        # files only: SQLAlchemy registers its generated two-line wrappers as "<...>" on purpose
        "print(sum(len(v[2]) for k, v in linecache.cache.items() if not k.startswith('<')))\n"
        "from shibokensupport import feature\n"
        "print(feature._mod_uses_pyside(sys.modules['ui.app']),"
        " feature._mod_uses_pyside(sys.modules['email.mime.text']))\n"
    )
    kept_lines, answers = out.splitlines()
    assert int(kept_lines) == 0
    assert answers == "True False"


def test_the_running_kiosk_loads_neither_pydantic_nor_sqlalchemy() -> None:
    """pydantic and the catalogue models (~10 MiB) load only in the child process that imports a
    catalogue (kiosk.catalogue.isolated); settings, contact requests and the sync protocol use
    msgspec. SQLAlchemy (~17 MiB with asyncio, ssl and email) neither: the kiosk runs its SQL
    through sqlite3 (kiosk.db.sqlite)."""
    out = _run(
        "import sys\n"
        "import ui.app, ui.features.sync, ui.features.staff, ui.features.hardening, ui.features.intake, sync.folder\n"
        "import sync.http, sync.engine, kiosk.staff.media\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'sqlalchemy'})"
        " + [m for m in ('kiosk.catalogue.importer', 'asyncio') if m in sys.modules])\n"
    )
    assert out == "[]"


def test_the_command_line_loads_no_database_or_server_library() -> None:
    """Every `pitstop` command builds the whole parser first, `pitstop run` included: the
    central server's commands (accounts, figures) once brought SQLAlchemy's ORM, psycopg and
    argon2 into the kiosk process that way (~30 MiB, +0.3 s before the first frame)."""
    out = _run(
        "import sys\n"
        "from kiosk.cli.main import build_parser\n"
        "build_parser()\n"
        "heavy = ('sqlalchemy', 'alembic', 'argon2', 'fastapi', 'psycopg', 'pydantic', 'requests')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    assert out == "[]"


def test_what_pitstop_run_loads_before_the_first_frame_leaves_the_heavy_libraries_out() -> None:
    """The composition root and the feature list load before the first frame; SQLAlchemy (the
    database opens after it) and the libraries of staff mode and contact requests (installed
    after it) must not come with them."""
    out = _run(
        "import sys\n"
        "import ui.app\n"
        "from ui.features import default_features\n"
        "default_features()\n"
        "heavy = ('sqlalchemy', 'argon2', 'phonenumbers', 'email_validator', 'nacl', 'qrcode')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    assert out == "[]"


def test_a_first_start_browsing_and_searching_load_neither_pydantic_nor_sqlalchemy(
    tmp_path: Path,
) -> None:
    """The same, in a kiosk that starts on an empty folder (the database migrated and the demo
    catalogue imported by children), searches and shows an offering: lazy imports count too."""
    out = _run(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from ui.app import KioskApp\n"
        "from ui.features import default_features\n"
        f"kiosk = KioskApp(Path({str(tmp_path)!r}), size=(1280, 800), features=default_features())\n"
        "kiosk.results.reset()\n"
        "kiosk.results.setText('sport')\n"
        "kiosk.results.setText('')\n"
        "rows = kiosk.results.model.rows()\n"
        "kiosk.detail.load(str(rows[0]['key']))\n"
        "heavy = {'pydantic', 'sqlalchemy', 'alembic'}\n"
        "print(len(rows) > 0, sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
        "kiosk.close()\n"
    )
    assert out.splitlines()[-1] == "True []"


def test_the_kiosk_loads_qt_text_to_speech_only_when_speech_starts() -> None:
    """Qt TextToSpeech brings Qt Multimedia's audio back end (PulseAudio's libraries) along; the
    speech feature installs at start, its engine imports it only when speech mode first speaks."""
    out = _run(
        "import sys\n"
        "import ui.app, ui.features.speech, ui.speech.threaded, ui.speech.watch, ui.vm.speech\n"
        "from ui.speech.engine import QtSpeechEngine\n"
        "QtSpeechEngine()\n"
        "print('PySide6.QtTextToSpeech' in sys.modules)\n"
    )
    assert out == "False"
