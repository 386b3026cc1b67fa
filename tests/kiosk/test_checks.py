"""kiosk.checks on real data folders: each finding set up the way it happens in the field (real
settings.toml, key files, SQLite catalogue row, sync-state.json, refusal record, lock held by
another process); the clock and the free space are parameters."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w

from kiosk import checks
from kiosk.checks import Finding, run_checks
from kiosk.db.sqlite import SqliteFile, utc_text
from kiosk.privacy.keys import generate_keypair, key_fingerprint, load_public_key
from kiosk.settings import Settings, load, load_or_init, save
from kiosk.syncstate import sync_state_path

NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
GIB = 2**30


def _catalogue(
    engine: SqliteFile, *, demo: bool, updated: dt.datetime, version: str = "v7"
) -> None:
    with engine.begin() as connection:
        connection.execute("DELETE FROM catalogue_meta")
        connection.execute(
            "INSERT INTO catalogue_meta (id, version, updated_at, imported_at, demo, source,"
            " checksum) VALUES (1, :version, :updated, :imported, :demo, 'test', '')",
            {
                "version": version,
                "updated": updated.isoformat(),
                "imported": utc_text(min(updated, NOW)),
                "demo": demo,
            },
        )


def _run(
    home: Path, engine: SqliteFile | None, settings: Settings | None = None, **kw: object
) -> list[Finding]:
    options: dict[str, object] = {"now": NOW, "free_bytes": lambda _: 50 * GIB, **kw}
    return run_checks(home, settings or load(home), engine, **options)  # type: ignore[arg-type]


def _keys(found: list[Finding]) -> dict[str, Finding]:
    return {f.key: f for f in found}


def _with(home: Path, **values: str) -> Settings:
    settings = load(home)
    for key, value in values.items():
        settings = settings.with_value(key.replace("__", "."), value)
    save(home, settings)
    return settings


@pytest.fixture
def office_key(tmp_path: Path) -> Path:
    return generate_keypair(tmp_path / "office").public


def test_a_demo_kiosk_is_told_so_and_nothing_else_is_an_error(
    home: Path, engine: SqliteFile
) -> None:
    _catalogue(engine, demo=True, updated=NOW - dt.timedelta(days=300))
    found = _keys(_run(home, engine))
    assert found["demo.mode"].severity == "warning"
    assert "pitstop enrol FILE" in found["demo.mode"].fix
    assert not [f for f in found.values() if f.severity == "error"]
    assert "catalogue.age" not in found  # the demo catalogue's age says nothing


def test_demo_key_with_a_real_share_is_an_error(
    home: Path, engine: SqliteFile, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _catalogue(engine, demo=True, updated=NOW)
    found = _keys(_run(home, engine, _with(home, sync__folder=str(share))))
    assert found["demo.real_sync"].severity == "error"
    assert str(share) in found["demo.real_sync"].title


def test_office_key_shows_its_fingerprint_and_the_demo_catalogue_is_an_error(
    home: Path, engine: SqliteFile, office_key: Path
) -> None:
    _catalogue(engine, demo=True, updated=NOW)
    found = _keys(_run(home, engine, _with(home, privacy__central_public_key=str(office_key))))
    fingerprint = key_fingerprint(load_public_key(office_key))
    assert found["key.fingerprint"].severity == "ok"
    assert found["key.fingerprint"].args == (fingerprint,)
    assert fingerprint in found["key.fingerprint"].title
    assert found["demo.catalogue"].severity == "error"
    assert "demo.mode" not in found


def test_a_secret_key_where_the_public_one_belongs_is_an_error(
    home: Path, engine: SqliteFile, office_key: Path
) -> None:
    secret = office_key.with_name("central.key")
    # the way it reaches a kiosk: an editor, not `config set` (which refuses it)
    (home / "settings.toml").write_text(
        tomli_w.dumps({"privacy": {"central_public_key": str(secret)}}), encoding="utf-8"
    )
    found = _keys(_run(home, engine))
    assert found["key.secret"].severity == "error"
    assert "PRIVATE" in found["key.secret"].title and str(secret) in found["key.secret"].title
    assert "key.fingerprint" not in found


def test_a_missing_key_file_is_an_error_naming_it(
    home: Path, engine: SqliteFile, tmp_path: Path
) -> None:
    missing = tmp_path / "gone" / "central.pub"
    (home / "settings.toml").write_text(
        tomli_w.dumps({"privacy": {"central_public_key": str(missing)}}), encoding="utf-8"
    )
    found = _keys(_run(home, engine))
    assert found["key.unreadable"].severity == "error"
    assert str(missing) in found["key.unreadable"].title


@pytest.mark.parametrize(
    ("days", "severity", "key"),
    [(3, "ok", "catalogue.ok"), (20, "warning", "catalogue.age"), (61, "error", "catalogue.age")],
)
def test_catalogue_age(
    home: Path, engine: SqliteFile, office_key: Path, days: int, severity: str, key: str
) -> None:
    settings = _with(home, privacy__central_public_key=str(office_key))
    _catalogue(engine, demo=False, updated=NOW - dt.timedelta(days=days))
    found = _keys(_run(home, engine, settings))
    assert found[key].severity == severity
    if key == "catalogue.age":
        assert found[key].args[0] == str(days)


def test_no_catalogue_is_an_error(home: Path, engine: SqliteFile) -> None:
    assert _keys(_run(home, engine))["catalogue.missing"].severity == "error"


def test_a_refused_catalogue_is_named_as_staff_gave_it_and_made_printable(
    home: Path, engine: SqliteFile
) -> None:
    from kiosk.catalogue.refusals import clear_refusal, record_refusal

    record_refusal(home, "catalogo\x1b[2J.xlsx", "row 4: the age is not a number")
    found = _keys(_run(home, engine))
    refused = found["catalogue.refused"]
    assert refused.severity == "warning"
    assert "\x1b" not in refused.title and "catalogo" in refused.title
    assert "row 4: the age is not a number" in refused.title
    clear_refusal(home)
    assert "catalogue.refused" not in _keys(_run(home, engine))


def _state(home: Path, **fields: object) -> None:
    sync_state_path(home).write_text(json.dumps(fields), encoding="utf-8")


def test_last_sync_states(home: Path, engine: SqliteFile) -> None:
    assert _keys(_run(home, engine))["sync.never"].severity == "warning"
    _state(home, last_success=(NOW - dt.timedelta(hours=2)).isoformat())
    assert _keys(_run(home, engine))["sync.ok"].severity == "ok"
    _state(home, last_success=(NOW - dt.timedelta(days=3)).isoformat())
    assert _keys(_run(home, engine))["sync.stale"].severity == "warning"
    _state(home, last_error="cannot reach the central server example.org (timed out)")
    failed = _keys(_run(home, engine))["sync.failed"]
    assert failed.severity == "error" and "timed out" in failed.title


@pytest.mark.parametrize(
    "error",
    [
        "the central server refused this kiosk's token: the token is not valid",
        "the server knows this token as kiosk kiosk-b but this kiosk is set up as kiosk-a: run "
        "`pitstop config set kiosk.id kiosk-b` or enrol again",
    ],
)
def test_a_refused_token_says_to_enrol_again(home: Path, engine: SqliteFile, error: str) -> None:
    _state(home, last_error=error)
    token = _keys(_run(home, engine))["sync.token"]
    assert token.severity == "error" and "enrolment file" in token.fix


def test_sync_off_is_not_a_sync_failure(home: Path, engine: SqliteFile) -> None:
    _state(home, last_error="sync is off (sync.mode = off)")
    found = _keys(_run(home, engine, _with(home, sync__mode="off")))
    assert "sync.failed" not in found and "sync.never" not in found


def test_clock_before_this_version_and_before_what_the_kiosk_saw(
    home: Path, engine: SqliteFile
) -> None:
    early = _keys(_run(home, engine, now=dt.datetime(1970, 1, 1, tzinfo=dt.UTC)))
    assert early["clock.early"].severity == "error"
    _catalogue(engine, demo=True, updated=NOW + dt.timedelta(days=2))  # published "later"
    behind = _keys(_run(home, engine))
    assert behind["clock.behind"].severity == "error"
    assert "publication" in behind["clock.behind"].title
    _catalogue(engine, demo=True, updated=NOW - dt.timedelta(minutes=5))
    assert _keys(_run(home, engine))["clock.ok"].severity == "ok"


@pytest.mark.parametrize(
    ("free", "key", "severity"),
    [
        (150 * 2**20, "disk.low", "error"),
        (600 * 2**20, "disk.warning", "warning"),
        (5 * GIB, "disk.ok", "ok"),
    ],
)
def test_free_disk(home: Path, engine: SqliteFile, free: int, key: str, severity: str) -> None:
    seen: list[Path] = []

    def free_bytes(path: Path) -> int:
        seen.append(path)
        return free

    assert _keys(_run(home, engine, free_bytes=free_bytes))[key].severity == severity
    assert seen == [home]


def test_translations_missing_stale_and_present(
    home: Path, engine: SqliteFile, tmp_path: Path
) -> None:
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    for lang in ("it", "en"):
        (i18n / f"staff_{lang}.ts").write_text("<TS/>", encoding="utf-8")
    missing = _keys(_run(home, engine, i18n=i18n))["translations.missing"]
    assert missing.severity == "warning" and "staff_it.qm" in missing.title
    for lang in ("it", "en"):
        (i18n / f"staff_{lang}.qm").write_bytes(b"qm")
    assert _keys(_run(home, engine, i18n=i18n))["translations.ok"].severity == "ok"
    later = time.time() + 60
    os.utime(i18n / "staff_en.ts", (later, later))
    stale = _keys(_run(home, engine, i18n=i18n))["translations.missing"]
    assert "staff_en.qm (older than staff_en.ts)" in stale.title


def test_the_installed_apps_translations_are_found_without_importing_ui() -> None:
    folder = checks.i18n_folder()
    assert folder is not None and (folder / "staff_it.ts").is_file()


def test_damaged_settings_kept_aside_are_named(home: Path, engine: SqliteFile) -> None:
    (home / "settings.toml").write_text("[kiosk\nname = 'x'\n", encoding="utf-8")
    settings = load_or_init(home)  # what a starting kiosk does
    found = [f for f in _run(home, engine, settings) if f.key == "settings.damaged"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].args[0].startswith("settings.damaged-")


@pytest.fixture
def other_kiosk(home: Path) -> Iterator[int]:
    """A real second process holding the data folder's lock, as a running kiosk does."""
    code = (
        "import sys, time\nfrom pathlib import Path\nfrom kiosk.instance import InstanceLock\n"
        "with InstanceLock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(home)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        yield child.pid
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def test_another_instance_is_an_error_inside_the_app(
    home: Path, engine: SqliteFile, other_kiosk: int
) -> None:
    inside = _keys(_run(home, engine, own_pid=os.getpid()))
    assert inside["instance.other"].severity == "error"
    assert inside["instance.other"].args == (str(other_kiosk),)
    doctor = _keys(_run(home, engine))
    assert doctor["instance.running"].severity == "ok"


def test_no_running_kiosk_is_a_warning_for_the_doctor(home: Path, engine: SqliteFile) -> None:
    assert _keys(_run(home, engine))["instance.none"].severity == "warning"
    assert "instance.none" not in _keys(_run(home, engine, own_pid=os.getpid()))


def test_a_check_that_fails_becomes_a_warning_naming_it(home: Path, engine: SqliteFile) -> None:
    def broken(_: checks.CheckInput) -> list[Finding]:
        raise KeyError("boom")

    facts = checks.check_input(home, Settings(), engine, now=NOW)
    found = checks.run([("broken one", broken), *checks.CHECKS], facts)
    failed = [f for f in found if f.key == "check.failed"]
    assert len(failed) == 1 and "broken one" in failed[0].title and "boom" in failed[0].title
    assert len(found) > 1  # the others still ran


def test_without_a_database_the_other_checks_still_run(home: Path) -> None:
    found = _keys(_run(home, None))
    assert "catalogue.missing" not in found and "disk.ok" in found and "clock.ok" in found


def test_errors_come_first_and_every_key_has_its_templates(home: Path, engine: SqliteFile) -> None:
    found = _run(home, engine, free_bytes=lambda _: 1)
    order = [checks.SEVERITY_ORDER[f.severity] for f in found]
    assert order == sorted(order)
    assert all(f.key in checks.MESSAGES for f in found)


def test_fill_does_not_expand_placeholders_inside_values() -> None:
    assert checks.fill("%1 and %2", ["%2", "b"]) == "%2 and b"
