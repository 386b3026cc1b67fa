"""`pitstop run` as the kiosk PC starts it: a real process on an empty data folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _first_sync(home: Path, process: subprocess.Popen[bytes], seconds: float) -> Path | None:
    """The kiosk's status file on the demo share once a sync cycle has succeeded."""
    state_file = home / "sync-state.json"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        if state_file.exists() and json.loads(state_file.read_text(encoding="utf-8")).get(
            "last_success"
        ):
            return next((home / "demo-central/share/kiosks").glob("*.json"), None)
        time.sleep(0.2)
    return None


def test_run_starts_on_the_demo_data_and_syncs_to_the_demo_share(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "PITSTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("pitstop")), "run", "--windowed"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            status_file = _first_sync(home, process, seconds=60)
            still_running = process.poll() is None
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    assert still_running, log.read_text(encoding="utf-8")
    assert status_file is not None, "the running kiosk never completed a sync cycle"
    assert json.loads(status_file.read_text(encoding="utf-8"))
