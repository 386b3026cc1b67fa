"""A damaged settings.toml never stops the kiosk: what can be read is kept, the rest is the
defaults, the file is kept aside as settings.damaged-<UTC time>.toml, and read-only commands leave
it alone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import settings as s
from kiosk.paths import settings_path
from kiosk.settings_store import SettingsStore

GOOD = """[kiosk]
id = "kiosk-legnano-1"
name = "Biblioteca di Legnano"

[sync]
interval = 600
mode = "http"
url = "https://central.example.org"

[ui]
languages = [
    "it",
    "en",
]
"""


def _write(home: Path, data: bytes | str) -> bytes:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    settings_path(home).write_bytes(raw)
    return raw


def _aside(home: Path) -> Path:
    (aside,) = s.damaged_settings_files(home)
    assert re.fullmatch(r"settings\.damaged-\d{8}T\d{6}Z\.toml", aside.name), aside.name
    return aside


def test_bad_toml_keeps_every_readable_line(home: Path) -> None:
    raw = _write(home, GOOD.replace('name = "Biblioteca di Legnano"', "name = Biblioteca"))

    settings = s.load_or_init(home)

    assert settings.kiosk.id == "kiosk-legnano-1"  # the identity survives the damage
    assert settings.kiosk.name == "Family Pit Stop"  # the unreadable line: its default
    assert settings.sync.interval == 600 and settings.sync.mode == "http"
    assert settings.ui.languages == ("it", "en")  # a list over several lines
    assert _aside(home).read_bytes() == raw  # kept byte for byte
    assert s.load(home) == settings  # the file in place loads cleanly again


def test_one_bad_value_costs_only_that_key(home: Path) -> None:
    _write(home, GOOD.replace("interval = 600", "interval = 'soon'"))
    settings = s.load_or_init(home)
    assert settings.sync.interval == 300
    assert settings.sync.url == "https://central.example.org"
    assert settings.kiosk.name == "Biblioteca di Legnano"
    assert len(s.damaged_settings_files(home)) == 1


def test_an_unknown_key_or_section_is_dropped_and_the_rest_kept(home: Path) -> None:
    _write(home, GOOD + "\n[sink]\nx = 1\n[staff]\nauto_lok = 5\nauto_lock = 300\n")
    settings = s.load_or_init(home)
    assert settings.staff.auto_lock == 300
    assert settings.kiosk.id == "kiosk-legnano-1"
    assert "auto_lok" in _aside(home).read_text(encoding="utf-8")


def test_binary_junk_gives_the_defaults_and_a_new_id(home: Path) -> None:
    raw = _write(home, b"\x00\xff\xfe\x89PNG\r\n\x1a\n\x00\x00" * 50)
    settings = s.load_or_init(home)
    assert settings.sync.interval == 300
    assert settings.kiosk.id.startswith("kiosk-") and settings.kiosk.id != "kiosk-unset"
    assert _aside(home).read_bytes() == raw


def test_junk_lines_among_good_ones(home: Path) -> None:
    _write(home, GOOD.encode("utf-8") + b"\n\xff\xfe garbage \x00\n[theme]\nprimary = '#112233'\n")
    settings = s.load_or_init(home)
    assert settings.kiosk.id == "kiosk-legnano-1"
    assert settings.theme.primary == "#112233"


def test_a_contradiction_in_the_file_keeps_the_valid_partner(home: Path) -> None:
    _write(home, '[ui]\ndefault_language = "en"\nlanguages = ["it"]\nidle_timeout = 60\n')
    settings = s.load_or_init(home)
    assert settings.ui.idle_timeout == 60
    assert settings.ui.default_language in settings.ui.languages


def test_a_good_file_is_not_moved(home: Path) -> None:
    _write(home, GOOD)
    assert s.load_or_init(home).sync.interval == 600
    assert s.damaged_settings_files(home) == []


def test_two_damages_in_one_second_keep_both_files(home: Path) -> None:
    _write(home, "[[[")
    s.load_or_init(home)
    _write(home, "]]]")
    s.load_or_init(home)
    kept = sorted(p.read_text(encoding="utf-8") for p in s.damaged_settings_files(home))
    assert kept == ["[[[", "]]]"]


def test_the_store_does_not_write_over_a_hand_edit_gone_wrong(home: Path) -> None:
    store = SettingsStore(home)
    _write(home, "[sync\ninterval = 60")  # someone's edit while the kiosk runs
    assert not store.reload()  # the current settings stay
    store.set("kiosk.name", "Sala civica", by="staff")
    assert _aside(home).read_text(encoding="utf-8") == "[sync\ninterval = 60"
    assert s.load(home).kiosk.name == "Sala civica"


def _pitstop(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        env={"PITSTOP_HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": os.getcwd()},
        check=False,
    )


def test_config_get_reports_the_damage_and_leaves_the_file(home: Path) -> None:
    raw = _write(home, "[sync\ninterval = 60")
    result = _pitstop("config", "get", "sync.interval", home=home)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "settings.toml is not valid TOML" in result.stderr
    assert settings_path(home).read_bytes() == raw
    assert s.damaged_settings_files(home) == []


def test_config_set_repairs_keeps_the_file_and_warns(home: Path) -> None:
    raw = _write(home, GOOD.replace("interval = 600", "interval = 'soon'"))
    result = _pitstop("config", "set", "sync.interval", "120", home=home)
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stderr and "sync.interval" in result.stderr
    assert _aside(home).read_bytes() == raw
    settings = s.load(home)
    assert settings.sync.interval == 120 and settings.kiosk.id == "kiosk-legnano-1"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_gives_the_defaults_and_stays(home: Path) -> None:
    _write(home, GOOD)
    settings_path(home).chmod(0)
    assert s.recover(home).settings == s.Settings()
    assert settings_path(home).exists() and s.damaged_settings_files(home) == []


def test_a_folder_in_place_of_the_file_still_starts(home: Path) -> None:
    settings_path(home).mkdir()
    settings = s.load_or_init(home)
    assert settings.sync.interval == 300


# -- an enrolled kiosk: enrolment.json fills what the damaged file lost ------------------------


def _enrolled(home: Path, tmp_path: Path, *, http: bool = False) -> s.Settings:
    """A data folder as `pitstop enrol` leaves it: office.pub, settings.toml, enrolment.json."""
    import datetime as dt

    from kiosk.enrolment import (
        FolderSync,
        HttpSync,
        applied_record,
        make_enrolment,
        write_applied,
    )
    from kiosk.privacy.keys import generate_keypair, load_public_key, write_public_key

    office = generate_keypair(tmp_path / "office")
    sync: HttpSync | FolderSync = (
        HttpSync(url="https://central.example.org", token="pst_secret")
        if http
        else FolderSync(folder=str(tmp_path / "share"))
    )
    enrolment = make_enrolment(
        sync=sync, key_file=office.public, kiosk_id="kiosk-legnano", name="Legnano", comune="x"
    )
    write_public_key(home / "office.pub", load_public_key(office.public))
    settings = (
        s.Settings()
        .with_value("kiosk.id", "kiosk-legnano")
        .with_value("sync.mode", "http" if http else "folder")
        .with_value("sync.url", "https://central.example.org" if http else "")
        .with_value("sync.token", "pst_secret" if http else "")
        .with_value("sync.folder", "" if http else str(tmp_path / "share"))
        .with_value("privacy.central_public_key", "office.pub")
        .with_value("privacy.retention_days", 7)
    )
    s.save(home, settings)
    write_applied(home, applied_record(enrolment, settings, dt.datetime.now(dt.UTC)))
    return settings


def test_a_damaged_privacy_header_keeps_the_office_key_not_demo_mode(
    home: Path, tmp_path: Path
) -> None:
    """Before: `[privacy` lost -> central_public_key '' -> demo mode while sync.folder still named
    the office's share: the next request sealed with the demo key, delivered, purged, unreadable."""
    enrolled = _enrolled(home, tmp_path)
    raw = settings_path(home).read_bytes().replace(b"[privacy]", b"[privacy")
    _write(home, raw)

    recovered = s.recover(home)

    assert recovered.settings.privacy == enrolled.privacy  # key and retention from the record
    assert recovered.settings.sync == enrolled.sync
    assert any("taken from enrolment.json" in p for p in recovered.problems)
    assert s.load(home) == recovered.settings  # saved in place


def test_a_damaged_kiosk_header_keeps_the_enrolled_id(home: Path, tmp_path: Path) -> None:
    """Before: a new random kiosk id, which the office's token does not know."""
    _enrolled(home, tmp_path, http=True)
    _write(home, settings_path(home).read_bytes().replace(b"[kiosk]", b"[kiosk"))

    settings = s.load_or_init(home)

    assert settings.kiosk.id == "kiosk-legnano"
    assert settings.sync.token == "pst_secret"  # the rest of the file was read


def test_a_lost_token_is_said_and_the_rest_comes_from_the_record(
    home: Path, tmp_path: Path
) -> None:
    _enrolled(home, tmp_path, http=True)
    _write(home, b"\xff\xfe binary junk \x00\n")

    recovered = s.recover(home)

    settings = recovered.settings
    assert (settings.kiosk.id, settings.sync.mode, settings.sync.url) == (
        "kiosk-legnano",
        "http",
        "https://central.example.org",
    )
    assert settings.privacy.central_public_key == "office.pub"
    assert settings.sync.token == ""  # only the damaged file held it
    assert any("sync.token could not be read" in p for p in recovered.problems)


def test_a_missing_settings_file_on_an_enrolled_kiosk_comes_back_from_the_record(
    home: Path, tmp_path: Path
) -> None:
    enrolled = _enrolled(home, tmp_path)
    settings_path(home).unlink()

    settings = s.load_or_init(home)

    assert settings == enrolled
    assert s.load(home) == enrolled


def test_a_damaged_enrolment_record_gives_the_defaults_as_before(
    home: Path, tmp_path: Path
) -> None:
    _enrolled(home, tmp_path)
    (home / "enrolment.json").write_text("{", encoding="utf-8")
    _write(home, settings_path(home).read_bytes().replace(b"[privacy]", b"[privacy"))

    assert s.recover(home).settings.privacy.central_public_key == ""


def test_the_kept_aside_file_is_private(home: Path) -> None:
    """It may hold sync.token: 0600 whatever mode the damaged file had."""
    _write(home, GOOD.replace('mode = "http"', 'mode = "http"\ntoken = "pst_x"') + "[broken\n")
    os.chmod(settings_path(home), 0o644)

    s.recover(home)

    assert _aside(home).stat().st_mode & 0o777 == 0o600
