"""Settings: typed, defaults declared once, validated; a bad value changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import settings as s
from kiosk.paths import settings_path


def test_defaults_without_a_file(home: Path) -> None:
    loaded = s.load(home)
    assert loaded.sync.interval == 300
    assert loaded.ui.idle_timeout == 90
    assert loaded.ui.default_language == "it"


def test_set_parses_and_persists_only_changes(home: Path) -> None:
    updated = s.load(home).with_value("sync.interval", "600").with_value("ui.languages", "en, it")
    s.save(home, updated)
    text = settings_path(home).read_text(encoding="utf-8")
    assert "interval = 600" in text
    assert "idle_timeout" not in text  # defaults are not written
    again = s.load(home)
    assert again.sync.interval == 600
    assert again.ui.languages == ("en", "it")


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("sync.interval", "banana", "sync.interval"),
        ("sync.interval", "3", "between 10 and 86400"),
        ("sync.mode", "carrier-pigeon", "sync.mode"),
        ("theme.primary", "red", "theme.primary"),
        ("theme.primary", "#B5461F\n", "theme.primary"),  # `$` alone would let the newline in
        ("ui.languages", "", "at least one language"),
        ("nope.key", "1", "not a setting"),
    ],
)
def test_bad_values_are_refused_with_the_key(key: str, value: str, fragment: str) -> None:
    with pytest.raises(s.SettingsError, match=fragment):
        s.Settings().with_value(key, value)


def test_damaged_file_is_a_clear_error(home: Path) -> None:
    settings_path(home).write_text("[sync\ninterval = ", encoding="utf-8")
    with pytest.raises(s.SettingsError, match="not valid TOML"):
        s.load(home)
    assert settings_path(home).read_text(encoding="utf-8") == "[sync\ninterval = "  # left alone
    settings_path(home).write_text("[sync]\ninterval = 'x'\n", encoding="utf-8")
    with pytest.raises(s.SettingsError, match="sync.interval"):
        s.load(home)


def test_first_start_gives_a_stable_kiosk_id(home: Path) -> None:
    first = s.load_or_init(home).kiosk.id
    assert first.startswith("kiosk-") and first != "kiosk-unset"
    assert s.load_or_init(home).kiosk.id == first


def _pitstop(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        env={"PITSTOP_HOME": str(home), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def test_cli_config_set_banana_fails_and_changes_nothing(home: Path) -> None:
    assert _pitstop("config", "set", "sync.interval", "120", home=home).returncode == 0
    before = settings_path(home).read_bytes()
    result = _pitstop("config", "set", "sync.interval", "banana", home=home)
    assert result.returncode == 2
    assert "sync.interval" in result.stderr and "banana" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert settings_path(home).read_bytes() == before
    assert _pitstop("config", "get", "sync.interval", home=home).stdout.strip() == "120"
