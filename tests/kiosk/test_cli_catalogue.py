"""`pitstop catalogue ...` as staff use it: clear messages, exit codes, nothing changed on failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.factories import catalogue_dict


def pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PITSTOP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_import_export_validate(home: Path, tmp_path: Path) -> None:
    source = tmp_path / "mine.json"
    source.write_text(json.dumps(catalogue_dict(12)), encoding="utf-8")
    result = pitstop(home, "catalogue", "validate", str(source))
    assert result.returncode == 0 and "valid pitstop catalogue with 12 offerings" in result.stdout

    result = pitstop(home, "catalogue", "import", str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 12 offerings" in result.stdout

    exported = tmp_path / "out.json"
    assert pitstop(home, "catalogue", "export", str(exported)).returncode == 0
    assert len(json.loads(exported.read_text(encoding="utf-8"))["offerings"]) == 12


def test_failed_import_is_one_sentence_and_keeps_the_catalogue(home: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(catalogue_dict(12)), encoding="utf-8")
    assert pitstop(home, "catalogue", "import", str(good)).returncode == 0
    doc = catalogue_dict(30)
    del doc["offerings"][7]["categories"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = pitstop(home, "catalogue", "import", str(bad))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert str(bad) in result.stderr and "offerings[7]" in result.stderr
    assert "categories" in result.stderr
    listed = json.loads(pitstop(home, "catalogue", "search", "--json", "--limit", "100").stdout)
    assert len(listed) == 12


def test_first_start_loads_the_demo_catalogue(home: Path) -> None:
    result = pitstop(home, "catalogue", "search", "natale", "--json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) > 3
