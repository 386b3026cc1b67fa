"""The audit log: JSON lines, secrets hidden, used by `pitstop config set` and `staff set-pin`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import audit
from kiosk.cli.main import main
from kiosk.settings import Settings


def _events(home: Path) -> list[dict[str, object]]:
    lines = (home / "logs" / "audit.log").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_settings_diff_is_recorded_without_secrets(home: Path) -> None:
    before = Settings()
    after = before.with_value("sync.token", "s3cr3t-token-xyz")
    after = after.with_value("kiosk.venue", "Biblioteca")
    changed = audit.settings_changed(home, "staff", before, after)
    assert sorted(changed) == ["kiosk.venue", "sync.token"]
    raw = (home / "logs" / "audit.log").read_bytes()
    assert b"s3cr3t" not in raw
    events = {e["key"]: e for e in _events(home)}
    assert events["sync.token"]["value"] == "(changed)"
    assert events["kiosk.venue"]["old"] == "" and events["kiosk.venue"]["new"] == "Biblioteca"
    assert all(e["by"] == "staff" and e["event"] == "setting.changed" for e in events.values())
    assert audit.read_events(home)[-1]["key"] in {"kiosk.venue", "sync.token"}


def test_unchanged_setting_is_not_recorded(home: Path) -> None:
    audit.setting_changed(home, "cli", "ui.idle_timeout", 90, 90)
    assert not (home / "logs" / "audit.log").exists()


def test_config_set_writes_the_audit_log(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "set", "ui.idle_timeout", "60"]) == 0
    assert main(["config", "set", "sync.token", "tok-998877"]) == 0
    assert main(["config", "set", "ui.idle_timeout", "-5"]) == 2  # invalid: nothing recorded
    events = _events(home)
    assert [(e["key"], e["by"]) for e in events] == [
        ("ui.idle_timeout", "cli"),
        ("sync.token", "cli"),
    ]
    assert events[0]["old"] == 90 and events[0]["new"] == 60
    assert b"tok-998877" not in (home / "logs" / "audit.log").read_bytes()


def test_set_pin_from_stdin_and_its_errors(home: Path) -> None:
    def run(stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(Path(sys.executable).parent / "pitstop"), "staff", "set-pin"],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )

    bad = run("12345\n")
    assert bad.returncode == 2 and "at least 6 digits" in bad.stderr
    assert not (home / "staff.json").exists()
    assert run("").returncode == 2
    good = run("7391824\n")
    assert good.returncode == 0, good.stderr
    from kiosk.staff.pin import PinStore

    assert PinStore(home).verify("7391824").ok
    assert [e["event"] for e in _events(home)] == ["staff.pin_set"]
    assert b"7391824" not in (home / "logs" / "audit.log").read_bytes()


def test_settings_file_holding_the_token_is_private(home: Path) -> None:
    import stat

    from kiosk.paths import settings_path
    from kiosk.settings import save

    save(home, Settings().with_value("sync.token", "s3cret-token"))
    assert stat.S_IMODE(settings_path(home).stat().st_mode) == 0o600


def test_config_set_refuses_a_central_key_that_does_not_load(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.paths import settings_path
    from kiosk.privacy.keys import generate_keypair

    assert main(["config", "set", "privacy.central_public_key", "/nonexistent/central.pub"]) == 2
    err = capsys.readouterr().err
    assert "/nonexistent/central.pub" in err and len(err.strip().splitlines()) == 1
    assert not settings_path(home).exists()
    (home / "bad.pub").write_text("not a key\n")
    assert main(["config", "set", "privacy.central_public_key", str(home / "bad.pub")]) == 2
    assert "not a public key file" in capsys.readouterr().err
    files = generate_keypair(home / "office")
    assert main(["config", "set", "privacy.central_public_key", str(files.public)]) == 0
    assert main(["config", "set", "privacy.central_public_key", ""]) == 0  # back to demo mode
    assert str(files.public) not in settings_path(home).read_text()
