"""sync.checks and `pitstop doctor`: real data folders, a real shared folder, a real enrolment, a
real central server on 127.0.0.1, and `pitstop doctor` as a subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w

from central.store import CentralStore
from kiosk.catalogue.refusals import record_refusal
from kiosk.context import open_kiosk
from kiosk.enrolment import folder_enrolment, write_enrolment
from kiosk.privacy.keys import describe_key_file
from kiosk.settings import Settings, load, save
from sync.checks import run_all_checks
from sync.enrolment import apply_enrolment
from tests.central.live import LiveServer
from tests.factories import catalogue_dict

ROOT = Path(__file__).resolve().parents[2]
GIB = 2**30


def _keys(home: Path, settings: Settings | None = None, **kw: object) -> dict[str, object]:
    context = open_kiosk(home)
    try:
        found = run_all_checks(
            home,
            settings or context.settings,
            context.engine,
            free_bytes=lambda _: 50 * GIB,
            **{"network": False, **kw},  # type: ignore[arg-type]
        )
    finally:
        context.close()
    return {f.key: f for f in found}


def _set(home: Path, **values: str) -> Settings:
    settings = load(home)
    for key, value in values.items():
        settings = settings.with_value(key.replace("__", "."), value)
    save(home, settings)
    return settings


@pytest.fixture
def kiosk(demo_kiosk: Path) -> Path:
    return demo_kiosk  # a first start: demo catalogue, random id (tests/sync/conftest.py)


def test_live_key_and_nowhere_to_deliver_is_an_error_in_translatable_words(
    kiosk: Path, office: Path
) -> None:
    _set(kiosk, privacy__central_public_key=str(office / "central.pub"))
    assert _keys(kiosk)["sync.no_share"].severity == "error"
    _set(kiosk, sync__mode="http")
    assert _keys(kiosk)["sync.no_server"].severity == "error"
    _set(kiosk, sync__mode="off")
    assert _keys(kiosk)["sync.off"].severity == "error"
    _set(kiosk, sync__mode="folder", sync__folder=str(kiosk / "demo-central" / "share"))
    assert _keys(kiosk)["sync.demo_share"].severity == "error"


def test_a_demo_kiosk_with_sync_off_is_only_warned(kiosk: Path) -> None:
    _set(kiosk, sync__mode="off")
    assert _keys(kiosk)["sync.off"].severity == "warning"


def test_a_share_that_is_not_there_is_an_error(kiosk: Path, tmp_path: Path) -> None:
    share = tmp_path / "usb" / "pitstop"
    _set(kiosk, sync__folder=str(share))
    missing = _keys(kiosk)["sync.share_missing"]
    assert missing.severity == "error" and str(share) in missing.title  # type: ignore[attr-defined]
    share.mkdir(parents=True)
    assert "sync.share_missing" not in _keys(kiosk)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_share_is_an_error(kiosk: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir(mode=0o500)
    _set(kiosk, sync__folder=str(share))
    assert "sync.share_readonly" in _keys(kiosk)


def _enrolled(tmp_path: Path, office: Path, kiosk: Path) -> Path:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    enrolment = tmp_path / "magenta.enrol.json"
    write_enrolment(
        enrolment,
        folder_enrolment(
            share=str(share),
            key_file=office / "central.pub",
            kiosk_id="kiosk-magenta",
            name="Biblioteca",
            comune="magenta",
        ),
    )
    apply_enrolment(kiosk, enrolment)
    return share


def test_an_enrolled_kiosk_is_fine_until_someone_edits_what_the_office_set(
    tmp_path: Path, office: Path, kiosk: Path
) -> None:
    _enrolled(tmp_path, office, kiosk)
    found = _keys(kiosk)
    errors = [k for k, f in found.items() if f.severity == "error"]  # type: ignore[attr-defined]
    assert errors == []
    fingerprint = describe_key_file(office / "central.pub").fingerprint
    assert found["key.fingerprint"].args == (fingerprint,)  # type: ignore[attr-defined]
    assert "demo.mode" not in found and "demo.catalogue" not in found

    elsewhere = tmp_path / "visitor-stick"
    elsewhere.mkdir()
    data = {"sync": {"folder": str(elsewhere)}, "kiosk": {"id": "kiosk-other"}}
    text = (kiosk / "settings.toml").read_text(encoding="utf-8")
    import tomllib

    merged = tomllib.loads(text)
    for section, values in data.items():
        merged.setdefault(section, {}).update(values)
    (kiosk / "settings.toml").write_text(tomli_w.dumps(merged), encoding="utf-8")
    tampered = _keys(kiosk, load(kiosk))
    assert tampered["enrolment.changed"].args == ("sync.folder",)  # type: ignore[attr-defined]
    assert tampered["enrolment.kiosk_id"].severity == "error"  # type: ignore[attr-defined]


def test_an_enrolled_kiosk_put_back_into_demo_mode_is_an_error(
    tmp_path: Path, office: Path, kiosk: Path
) -> None:
    _enrolled(tmp_path, office, kiosk)
    settings = load(kiosk)
    settings = settings.with_value("privacy.central_public_key", "")
    save(kiosk, settings)
    assert _keys(kiosk)["enrolment.undone"].severity == "error"  # type: ignore[attr-defined]


# -- a real central server ------------------------------------------------------------------


def _http_kiosk(kiosk: Path, office: Path, url: str, token: str, kiosk_id: str) -> None:
    _set(
        kiosk,
        kiosk__id=kiosk_id,
        privacy__central_public_key=str(office / "central.pub"),
        sync__mode="http",
        sync__url=url,
        sync__token=token,
    )


def test_the_server_accepts_the_token(kiosk: Path, office: Path, server: LiveServer) -> None:
    store: CentralStore = server.store
    token = store.new_token("kiosk-legnano")
    _http_kiosk(kiosk, office, server.url, token, "kiosk-legnano")
    found = _keys(kiosk, network=True)
    assert found["sync.server_ok"].severity == "ok"  # type: ignore[attr-defined]
    assert "clock.server" not in found
    assert [k.id for k in store.kiosks()] == ["kiosk-legnano"]


def test_a_revoked_token_and_another_kiosks_token_are_refused(
    kiosk: Path, office: Path, server: LiveServer
) -> None:
    store: CentralStore = server.store
    token = store.new_token("kiosk-legnano")
    _http_kiosk(kiosk, office, server.url, token, "kiosk-magenta")  # the token is Legnano's
    mismatch = _keys(kiosk, network=True)["sync.token"]
    assert mismatch.severity == "error" and "kiosk-legnano" in mismatch.title  # type: ignore[attr-defined]
    store.revoke_token("kiosk-legnano")
    _set(kiosk, kiosk__id="kiosk-legnano")
    assert _keys(kiosk, network=True)["sync.token"].severity == "error"  # type: ignore[attr-defined]


def test_a_clock_far_from_the_servers_is_an_error(
    kiosk: Path, office: Path, server: LiveServer
) -> None:
    token = server.store.new_token("kiosk-legnano")
    _http_kiosk(kiosk, office, server.url, token, "kiosk-legnano")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    assert _keys(kiosk, network=True, now=later)["clock.server"].severity == "error"  # type: ignore[attr-defined]


def test_a_server_that_does_not_answer_is_unreachable(kiosk: Path, office: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    _http_kiosk(kiosk, office, f"http://127.0.0.1:{port}", "t", "kiosk-legnano")
    found = _keys(kiosk, network=True, timeout=1.0)
    assert found["sync.unreachable"].severity == "error"  # type: ignore[attr-defined]
    assert "sync.unreachable" not in _keys(kiosk)  # without network nothing is tried


# -- pitstop doctor -------------------------------------------------------------------------


def doctor(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PITSTOP_HOME": str(home), **(env or {})}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), "doctor", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_doctor_on_a_demo_kiosk_warns_and_exits_0(kiosk: Path) -> None:
    result = doctor(kiosk, "--offline")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "! This kiosk is in demo mode" in result.stdout
    assert "    fix: Apply the office's enrolment file: pitstop enrol FILE" in result.stdout
    assert result.stdout.rstrip().endswith("warning(s).")


def test_doctor_exits_1_on_an_error_and_json_lists_every_finding(kiosk: Path, office: Path) -> None:
    _set(kiosk, privacy__central_public_key=str(office / "central.pub"))
    result = doctor(kiosk, "--offline", "--json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    keys = {f["key"]: f for f in data["findings"]}
    assert keys["demo.catalogue"]["severity"] == "error"
    assert keys["sync.no_share"]["severity"] == "error"
    assert keys["key.fingerprint"]["args"] == [
        describe_key_file(office / "central.pub").fingerprint
    ]
    assert data["errors"] == sum(f["severity"] == "error" for f in data["findings"])
    text = doctor(kiosk, "--offline")
    assert text.returncode == 1
    assert "✗ The demo catalogue (fictional services) is on screen" in text.stdout
    assert f"✓ Office key fingerprint: {keys['key.fingerprint']['args'][0]}" in text.stdout


def test_doctor_output_carries_no_escape_codes_from_outside(kiosk: Path) -> None:
    record_refusal(kiosk, "catalogo\x1b]0;pwned\x07\x1b[2J.xlsx", "bad\x1b[31m row")
    result = doctor(kiosk, "--offline")
    assert "catalogo" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_doctor_reports_a_damaged_settings_file_and_changes_nothing(kiosk: Path) -> None:
    settings = kiosk / "settings.toml"
    settings.write_text("[kiosk\nid = 'x'\n", encoding="utf-8")
    before = sorted(p.name for p in kiosk.iterdir())
    result = doctor(kiosk, "--offline")
    assert result.returncode == 1
    assert "settings.toml is not valid TOML" in result.stdout
    assert sorted(p.name for p in kiosk.iterdir()) == before  # not moved aside, nothing new
    assert settings.read_text(encoding="utf-8") == "[kiosk\nid = 'x'\n"


def test_doctor_names_a_database_file_that_is_not_a_database_and_changes_it_not(
    kiosk: Path,
) -> None:
    database = kiosk / "pitstop.sqlite3"
    for name in ("pitstop.sqlite3-wal", "pitstop.sqlite3-shm"):
        (kiosk / name).unlink(missing_ok=True)
    database.write_bytes(b"copied over by mistake " * 500)
    result = doctor(kiosk, "--offline")
    assert result.returncode == 1
    assert "✗ " in result.stdout and "file is not a database" in result.stdout
    assert "could not run" not in result.stdout  # one finding, not one per check
    assert database.read_bytes() == b"copied over by mistake " * 500


def test_doctor_on_an_empty_data_folder_creates_no_database(tmp_path: Path) -> None:
    home = tmp_path / "new"
    result = doctor(home, "--offline")
    assert "The kiosk has not been started on this data folder yet" in result.stdout
    assert not (home / "pitstop.sqlite3").exists()


def test_doctor_without_a_display_says_so(kiosk: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), "doctor", "--offline"],
        cwd=ROOT,
        env={**env, "PITSTOP_HOME": str(kiosk)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "! No display here" in result.stdout
    with_display = doctor(kiosk, "--offline", env={"WAYLAND_DISPLAY": "wayland-0"})
    assert "✓ A display is set for this shell." in with_display.stdout
