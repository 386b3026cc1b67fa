"""`pitstop staff status` never passes escape codes from the sync state to the terminal.

The sync error text can name a share file, and a share file name can carry `ESC [2J`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.syncstate import sync_state_path
from tests import ROOT

PITSTOP = Path(sys.executable).with_name("pitstop")
ESC = "\x1b"


@pytest.mark.parametrize("as_json", [False, True])
def test_staff_status_strips_escape_codes_from_the_sync_error(
    tmp_path: Path, as_json: bool
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    error = f"catalogue/{ESC}[2J{ESC}]0;pwned\x07x.json cannot be read\u202e\x9b31m"
    sync_state_path(home).write_text(json.dumps({"last_error": error}), encoding="utf-8")
    result = subprocess.run(
        [str(PITSTOP), "staff", "status", *(["--json"] if as_json else [])],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    for unsafe in (ESC, "\x07", "\u202e", "\x9b"):
        assert unsafe not in out
    if as_json:
        assert "cannot be read" in json.loads(out)["sync"]["last_error"]
    else:
        assert "cannot be read" in out
