"""Config errors are sentences for people, sync.url leaves the PC only over https, relative paths
are resolved where they are typed, and settings that contradict each other are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import settings as s
from kiosk.paths import settings_path


@pytest.mark.parametrize(
    ("key", "value", "sentence"),
    [
        (
            "sync.interval",
            "banana",
            "sync.interval must be a whole number of seconds between 10 and 86400 (got 'banana')",
        ),
        ("sync.interval", "5", "sync.interval must be a whole number of seconds between 10"),
        ("sync.batch_size", "0", "sync.batch_size must be a whole number between 1 and 500"),
        (
            "sync.connect_timeout",
            "0",
            "sync.connect_timeout must be a number of seconds above 0 and at most 120",
        ),
        ("staff.hold_seconds", "11", "staff.hold_seconds must be a number of seconds between 1"),
        ("sync.mode", "pigeon", "sync.mode must be one of: folder, http, off (got 'pigeon')"),
        (  # the eight visitor languages of issue 16; German is not one of them
            "ui.languages",
            "it,de",
            "ui.languages must be a comma-separated list of it, en, ro, sq, ar, uk, es, fr "
            "(got 'it,de')",
        ),
        (
            "ui.default_language",
            "de",
            "ui.default_language must be one of: it, en, ro, sq, ar, uk, es, fr (got 'de')",
        ),
        ("theme.primary", "red", "theme.primary must be a colour like #B5461F"),
        ("kiosk.name", "x" * 101, "kiosk.name must be text of at most 100 characters"),
        ("kiosk.id", "-bad id", "kiosk.id must be 1 to 64 letters, digits, '-' or '_'"),
        ("privacy.notice_version", "", "privacy.notice_version must be 1 to 40 letters"),
        ("privacy.retention_days", "400", "privacy.retention_days must be a whole number of days"),
    ],
)
def test_refusals_are_sentences_naming_the_key_and_the_limits(
    key: str, value: str, sentence: str
) -> None:
    with pytest.raises(s.SettingsError) as refused:
        s.Settings().with_value(key, value)
    message = str(refused.value)
    assert message.startswith(sentence)
    assert "Expected" not in message and "regex" not in message


def test_a_refused_token_is_not_echoed() -> None:
    with pytest.raises(s.SettingsError) as refused:
        s.Settings().with_value("sync.token", 123)
    assert "123" not in str(refused.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://central.example.org/api",
        "http://10.0.0.5:8000",
        "ftp://central.example.org",
        "https://",
        "http://localhost.evil.example",
    ],
)
def test_sync_url_must_be_https_unless_loopback(url: str) -> None:
    with pytest.raises(s.SettingsError, match=r"sync.url must start with https://"):
        s.Settings().with_value("sync.url", url)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://central.example.org",
        "http://127.0.0.1:8000",
        "http://[::1]:8000/x",
        "http://localhost:8080",
        "http://127.0.0.2",
    ],
)
def test_https_and_loopback_urls_are_accepted(url: str) -> None:
    assert s.Settings().with_value("sync.url", url).sync.url == url


def test_an_http_url_in_the_file_is_a_sentence_too(home: Path) -> None:
    settings_path(home).write_text('[sync]\nurl = "http://central.example.org"\n', "utf-8")
    with pytest.raises(s.SettingsError, match=r"settings.toml: sync.url must start with https://"):
        s.load(home)


def test_default_language_must_be_offered() -> None:
    with pytest.raises(s.SettingsError) as refused:
        s.Settings().with_value("ui.languages", "en")
    message = str(refused.value)
    assert "ui.default_language" in message and "ui.languages" in message
    ok = s.Settings().with_value("ui.default_language", "en").with_value("ui.languages", "en")
    assert ok.ui.languages == ("en",)


def test_file_errors_name_the_file_and_say_what_to_type(home: Path) -> None:
    settings_path(home).write_text("[sync]\ninterval = 'x'\n", encoding="utf-8")
    with pytest.raises(s.SettingsError) as refused:
        s.load(home)
    assert str(refused.value) == (
        f"{settings_path(home)}: sync.interval must be a whole number of seconds "
        "between 10 and 86400"
    )
    settings_path(home).write_text("[sync]\nintervall = 60\n", encoding="utf-8")
    with pytest.raises(s.SettingsError, match="sync.intervall is not a setting"):
        s.load(home)
    settings_path(home).write_text("sync = 3\n", encoding="utf-8")
    with pytest.raises(s.SettingsError, match=r"\[sync\] must be a section"):
        s.load(home)
    settings_path(home).write_text("[sink]\ninterval = 60\n", encoding="utf-8")
    with pytest.raises(s.SettingsError, match=r"\[sink\] is not a section"):
        s.load(home)


def _pitstop(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PITSTOP_HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": os.getcwd()},
        check=False,
    )


def test_config_set_resolves_relative_paths_against_the_current_folder(
    home: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    (work / "share").mkdir(parents=True)
    (work / "logo.svg").write_text("<svg/>", encoding="utf-8")

    assert _pitstop("config", "set", "sync.folder", "share", home=home, cwd=work).returncode == 0
    assert (
        _pitstop("config", "set", "theme.logo", "./logo.svg", home=home, cwd=work).returncode == 0
    )

    stored = s.load(home)
    assert stored.sync.folder == str(work / "share")
    assert stored.theme.logo == str(work / "logo.svg")


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("sync.folder", "missing", "does not exist"),
        ("sync.folder", "logo.svg", "is a file, not a folder"),
        ("theme.logo", "share", "is a folder, not a file"),
        ("sync.ca_file", "nope.pem", "does not exist"),
    ],
)
def test_config_set_refuses_a_path_that_is_not_there_or_the_wrong_kind(
    home: Path, tmp_path: Path, key: str, value: str, fragment: str
) -> None:
    work = tmp_path / "work"
    (work / "share").mkdir(parents=True)
    (work / "logo.svg").write_text("<svg/>", encoding="utf-8")
    result = _pitstop("config", "set", key, value, home=home, cwd=work)
    assert result.returncode == 2
    assert result.stderr.startswith(f"pitstop: {key}: {work / value}")
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not settings_path(home).exists()  # nothing written


def test_an_empty_path_setting_stays_empty(tmp_path: Path) -> None:
    assert s.resolve_path_value("sync.folder", "", tmp_path) == ""
    assert s.resolve_path_value("kiosk.name", "relative/words", tmp_path) == "relative/words"
