"""Deployment files: the systemd unit verifies, the installer is idempotent, backups are usable."""

from __future__ import annotations

import configparser
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / name)
    return parser


def test_kiosk_unit_runs_cage_with_notify_and_watchdog() -> None:
    service = _unit("pitstop-kiosk.service")["Service"]
    assert service["Type"] == "notify"
    assert service["NotifyAccess"] == "all"  # the app is cage's child, not the main process
    assert int(service["WatchdogSec"]) == 30
    assert service["Restart"] == "always"
    from ui.vm.staff import LEAVE_KIOSK_EXIT

    assert service["RestartPreventExitStatus"] == str(LEAVE_KIOSK_EXIT)
    assert service["User"] == "pitstop"
    assert service["ExecStart"] == "/usr/bin/cage -- /opt/pitstop/deploy/pitstop-kiosk-session"
    assert (DEPLOY / f"pam.d-{service['PAMName']}").exists()


@pytest.mark.parametrize(
    ("render_node", "preset", "backend"),
    [(False, None, "software"), (True, None, ""), (False, "opengl", "opengl")],
)
def test_session_wrapper_picks_the_software_renderer_without_a_gpu(
    tmp_path: Path, render_node: bool, preset: str | None, backend: str
) -> None:
    dri = tmp_path / "dri"
    dri.mkdir()
    (dri / "card0").touch()
    if render_node:
        (dri / "renderD128").touch()
    fake = tmp_path / "pitstop"
    fake.write_text('#!/bin/sh\necho "$QT_QUICK_BACKEND|$*"\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "PITSTOP_DRI_DIR": str(dri), "PITSTOP_BIN": str(fake)}
    if preset:
        env["QT_QUICK_BACKEND"] = preset
    result = subprocess.run(
        [str(DEPLOY / "pitstop-kiosk-session")], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout == f"{backend}|run\n"


@pytest.mark.parametrize(
    "unit", ["pitstop-kiosk.service", "pitstop-backup.service", "pitstop-backup.timer"]
)
def test_units_pass_systemd_analyze_verify(unit: str, tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    copy = tmp_path / unit
    shutil.copy(DEPLOY / unit, copy)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        # The programs themselves are installed by install-kiosk.sh, not on this test machine.
        if line.strip() and "is not executable" not in line and "pitstop-backup.service" not in line
    ]
    assert problems == []


def test_installer_is_idempotent_with_destdir(tmp_path: Path) -> None:
    dest = tmp_path / "root"
    command = ["bash", str(DEPLOY / "install-kiosk.sh"), "--destdir", str(dest), "--no-venv"]
    for _ in range(2):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
    assert (dest / "etc/systemd/system/pitstop-kiosk.service").read_bytes() == (
        DEPLOY / "pitstop-kiosk.service"
    ).read_bytes()
    for path in [
        "etc/pam.d/pitstop-kiosk",
        "etc/udev/rules.d/99-pitstop-usb.rules",
        "etc/systemd/logind.conf.d/pitstop.conf",
        "etc/systemd/journald.conf.d/pitstop.conf",
        "etc/systemd/system/pitstop-backup.timer",
        "etc/apt/apt.conf.d/52pitstop-unattended",
        "opt/pitstop/kiosk/staff/pin.py",
        "opt/pitstop/pyproject.toml",
        "opt/pitstop/deploy/pitstop-kiosk-session",
    ]:
        assert (dest / path).is_file(), path
    assert (dest / "opt/pitstop/deploy/pitstop-kiosk-session").stat().st_mode & 0o111
    assert not (dest / "opt/pitstop/.venv").exists() and not (dest / "opt/pitstop/.git").exists()
    assert (dest / "var/lib/pitstop").stat().st_mode & 0o777 == 0o700


RECORDER = """#!/bin/bash
# Stands in for Python: records its arguments; `pip wheel --wheel-dir D` leaves a wheel in D.
echo "$*" >>"$PITSTOP_TEST_LOG"
if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python"; exit 0; fi
previous=""
for argument in "$@"; do
  if [ "$previous" = "--wheel-dir" ]; then
    mkdir -p "$argument" && touch "$argument/family_pit_stop-0.1.0-py3-none-any.whl"
  fi
  previous="$argument"
done
exit 0
"""


def test_installer_installs_the_built_wheel_not_the_checkout(tmp_path: Path) -> None:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    (stubs / "python3").write_text(RECORDER)
    (stubs / "python3").chmod(0o755)
    log = tmp_path / "calls.log"
    dest = tmp_path / "root"
    result = subprocess.run(
        ["bash", str(DEPLOY / "install-kiosk.sh"), "--destdir", str(dest)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{stubs}:/usr/bin:/bin", "PITSTOP_TEST_LOG": str(log)},
    )
    assert result.returncode == 0, result.stderr
    opt = dest / "opt/pitstop"
    wheel = opt / "dist/family_pit_stop-0.1.0-py3-none-any.whl"
    calls = log.read_text().splitlines()
    assert calls[0] == f"-m venv {opt}/.venv"
    assert f"-m pip wheel --quiet --no-deps --wheel-dir {opt}/dist {opt}" in calls
    assert f"-m pip install --quiet {wheel}" in calls
    assert f"-m pip install --quiet --force-reinstall --no-deps {wheel}" in calls
    assert not [call for call in calls if " -e " in f" {call} "]
    assert not list(opt.rglob("*.qm")) and not (opt / "build").exists()
    assert f"installing {wheel.name}" in result.stdout


def test_installer_rejects_unknown_options() -> None:
    result = subprocess.run(
        ["bash", str(DEPLOY / "install-kiosk.sh"), "--frobnicate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "unknown option --frobnicate" in result.stderr


def test_backup_copies_a_consistent_database_and_prunes(home: Path, tmp_path: Path) -> None:
    import sys

    from kiosk.context import open_kiosk
    from kiosk.staff.pin import PinStore

    context = open_kiosk(home, load_demo=False)
    with context.engine.begin() as connection:  # something in the WAL, not yet checkpointed
        connection.execute("CREATE TABLE backup_probe (x INTEGER)")
        connection.execute("INSERT INTO backup_probe VALUES (42)")
    PinStore(home).set_pin("864209")
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in ("01", "02", "03"):  # older archives, to be pruned down to KEEP=2 in all
        (backups / f"pitstop-199901{day}T000000Z.tar.gz").touch()
    env = {"PITSTOP_PYTHON": sys.executable, "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        ["bash", str(DEPLOY / "pitstop-backup.sh"), str(home), str(backups), "2"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    context.close()
    assert result.returncode == 0, result.stderr
    archives = sorted(backups.glob("pitstop-*.tar.gz"))
    assert archives[0].name == "pitstop-19990103T000000Z.tar.gz"
    assert len(archives) == 2
    with tarfile.open(archives[-1]) as tar:
        names = tar.getnames()
        tar.extractall(tmp_path / "restored", filter="data")
    assert "pitstop/staff.json" in names and "pitstop/settings.toml" in names
    restored = sqlite3.connect(tmp_path / "restored" / "pitstop" / "pitstop.sqlite3")
    try:
        assert restored.execute("SELECT x FROM backup_probe").fetchone() == (42,)
    finally:
        restored.close()
    for path in (tmp_path / "restored").rglob("*"):
        if path.is_file():
            assert b"864209" not in path.read_bytes()


def test_installer_installs_xwayland_with_cage() -> None:
    """cage 0.1.4 (Debian 12) exits at start without the Xwayland binary but does not depend on
    it: an installer that asks for cage alone leaves a black screen (seen with
    benchmarks/bench_idle_cage.py, which needs both)."""
    script = (DEPLOY / "install-kiosk.sh").read_text(encoding="utf-8")
    apt_line = script.split("apt-get install -y -qq --no-install-recommends \\", 1)[1]
    packages = apt_line.split(">/dev/null", 1)[0].replace("\\", " ").split()
    assert "cage" in packages
    assert "xwayland" in packages
