"""`pitstop run` as a real process: it always starts, stops cleanly on a signal, says so in one
sentence when it cannot start, and keeps a second kiosk off its data folder."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from kiosk.settings import damaged_settings_files
from tests.e2e.kiosk_process import PITSTOP, KioskProcess


def test_sigterm_closes_the_kiosk_the_normal_way_with_status_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with KioskProcess(home, "--windowed") as kiosk:
        kiosk.wait_ready()
        code, took = kiosk.stop(signal.SIGTERM)
    assert code == 0, kiosk.stderr
    assert took < 10
    log = (home / "logs" / "pitstop.log").read_text(encoding="utf-8")
    assert "SIGTERM received: the kiosk closes" in log
    assert "kiosk closed (exit status 0)" in log  # after the features and the database closed


def test_ctrl_c_closes_the_kiosk_with_status_130(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with KioskProcess(home, "--windowed") as kiosk:
        kiosk.wait_ready()
        code, took = kiosk.stop(signal.SIGINT)
    assert code == 130, kiosk.stderr
    assert took < 10
    assert "Traceback" not in kiosk.stderr and "KeyboardInterrupt" not in kiosk.stderr


def test_a_second_kiosk_on_the_same_data_folder_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with KioskProcess(home, "--windowed") as first:
        first.wait_ready()
        second = subprocess.run(
            [PITSTOP, "run", "--windowed"],
            env={**os.environ, "PITSTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert first.process.poll() is None  # the first one is untouched
        first.stop(signal.SIGTERM)
    assert second.returncode == 2
    assert second.stderr.startswith(
        f"pitstop: another kiosk (pid {first.process.pid}) is already running on {home}"
    )
    assert len(second.stderr.strip().splitlines()) == 1


def test_without_a_display_one_sentence_and_no_qt_abort(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [PITSTOP, "run"],
        env={**env, "PITSTOP_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("pitstop: No display: start the kiosk inside its session")
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "xcb" not in result.stderr


def test_a_display_variable_naming_no_server_is_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [PITSTOP, "run"],
        env={**env, "DISPLAY": ":987", "PITSTOP_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "DISPLAY=:987 names no running display server" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_damaged_settings_file_still_starts_the_kiosk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    damaged = b'[kiosk]\nid = "kiosk-sala-7"\n[sync\ninterval = \xff\xfe\n[ui]\nidle_timeout = 45\n'
    (home / "settings.toml").write_bytes(damaged)
    with KioskProcess(home, "--windowed") as kiosk:
        kiosk.wait_ready()
        code, _took = kiosk.stop(signal.SIGTERM)
    assert code == 0, kiosk.stderr
    (aside,) = damaged_settings_files(home)
    assert aside.read_bytes() == damaged
    text = (home / "settings.toml").read_text(encoding="utf-8")
    assert 'id = "kiosk-sala-7"' in text and "idle_timeout = 45" in text
    assert "was damaged: kept aside as" in (home / "logs" / "pitstop.log").read_text("utf-8")
