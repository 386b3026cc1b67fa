"""The application log: rotated, private, safe to print, and never holding personal data."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk import logsetup
from kiosk.paths import data_home, private_dir


@pytest.fixture
def app_log(home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handler_levels = root.level, {h: h.level for h in root.handlers}
    path = logsetup.setup_logging(home, verbose=True)
    assert path is not None
    yield path
    logsetup.close_logging(home)
    root.setLevel(level)
    for handler, handler_level in handler_levels.items():
        handler.setLevel(handler_level)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_is_private_and_rotated(home: Path, app_log: Path) -> None:
    assert app_log == home / "logs" / "pitstop.log"
    assert stat.S_IMODE(app_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(app_log.parent.stat().st_mode) == 0o700
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(app_log)
    )
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 5)
    chunk = "x" * 1000
    for _ in range(1200):
        logging.getLogger("test").info("%s", chunk)
    _flush()
    assert (home / "logs" / "pitstop.log.1").exists()
    assert stat.S_IMODE((home / "logs" / "pitstop.log.1").stat().st_mode) == 0o600
    assert logsetup.setup_logging(home) == app_log  # twice: still one handler
    assert (
        sum(getattr(h, "baseFilename", "") == str(app_log) for h in logging.getLogger().handlers)
        == 1
    )


def test_escape_codes_never_reach_the_file(app_log: Path) -> None:
    logging.getLogger("test").warning("share file %s", "evil\x1b[2J\x1b]8;;x\x07.json")
    _flush()
    text = app_log.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text and "evil" in text


def test_an_unwritable_log_never_stops_the_kiosk(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (home / "logs").write_text("a file where the folder should be", encoding="utf-8")
    assert logsetup.setup_logging(home) is None
    assert "application log cannot be written" in capsys.readouterr().err


def test_a_request_is_submitted_and_delivered_without_a_trace_in_the_log(
    home: Path, tmp_path: Path, app_log: Path
) -> None:
    from sync.engine import SyncEngine
    from tests.central.live import contact_request, make_kiosk

    share = tmp_path / "share"
    share.mkdir()
    context = make_kiosk(tmp_path, "kiosk-log", mode="folder", folder=str(share))
    from kiosk.intake.store import submit_request

    request = contact_request("kiosk-log")
    key = PrivateKey.generate()
    submit_request(context.engine, request, key.public_key)
    status = SyncEngine(context.home, context.settings, context.engine).run_once()
    context.close()
    _flush()
    assert status.ok, status.last_error
    text = app_log.read_text(encoding="utf-8")
    assert str(request.id) in text  # the log does speak of it
    for secret in ("Giulia", "555 0199", "5550199", "closure_care"):
        assert secret not in text


def test_data_folder_is_created_and_kept_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "new" / "home"
    monkeypatch.setenv("PITSTOP_HOME", str(folder))
    assert data_home() == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)
    data_home()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(private_dir(folder / "logs").stat().st_mode) == 0o700


def test_a_failed_command_leaves_its_sentence_in_the_commands_log(home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", "config", "set", "sync.interval", "\x1b[2Jx"],
        capture_output=True,
        text=True,
        env={"PITSTOP_HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": os.getcwd()},
        check=False,
    )
    assert result.returncode == 2
    line = (home / "logs" / "commands.log").read_text(encoding="utf-8")
    assert "pitstop config: sync.interval must be a whole number of seconds" in line
    assert "\x1b" not in line


def test_a_command_at_the_office_creates_no_data_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    logsetup.log_command_error(missing, "inbox", "something failed")
    assert not missing.exists()
