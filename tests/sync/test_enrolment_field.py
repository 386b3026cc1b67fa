"""Enrolment in the field (issue 12 review): a kill during the import, the instance lock held by
`pitstop enrol` and `pitstop sync`, staff mode refusing another office key, the truth about the
staff code, and re-sealing undone only where nothing was delivered. Real subprocesses, a real
SIGKILL, a real shared folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from central.store import CentralStore
from kiosk.context import open_kiosk
from kiosk.db.engine import open_database
from kiosk.db.sqlite import scalar
from kiosk.enrolment import EnrolmentError, folder_enrolment, write_enrolment
from kiosk.instance import InstanceLock, running_instance
from kiosk.intake.store import reseal_pending, submit_request
from kiosk.paths import database_path
from kiosk.privacy.keys import (
    central_public_key,
    generate_keypair,
    load_private_key,
    load_public_key,
)
from kiosk.settings import load
from kiosk.staff.pin import PinStore
from sync.enrolment import STAGING_PREFIX, apply_enrolment, remove_stale_staging
from sync.state import load_state, save_state
from tests.central.live import contact_request
from tests.factories import catalogue_dict
from tests.sync.test_enrolment import catalogue_version, pitstop, snapshot

KIOSK = "kiosk-magenta"

BLOCKED_ENROL = """
import sys, time
from pathlib import Path
import sync.enrolment

def blocking(*args, **kwargs):
    Path(sys.argv[2]).write_text("importing")
    time.sleep(600)

sync.enrolment.import_into = blocking
from kiosk.cli.main import main
sys.exit(main(["enrol", sys.argv[1]]))
"""
"""`pitstop enrol FILE` whose catalogue import blocks (it says so in a marker file)."""


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    (folder / "catalogue").mkdir(parents=True)
    (folder / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    return folder


def _file(tmp_path: Path, office: Path, share: Path, name: str = "magenta.enrol.json") -> Path:
    out = tmp_path / name
    write_enrolment(
        out,
        folder_enrolment(
            share=str(share),
            key_file=office / "central.pub",
            kiosk_id=KIOSK,
            name="Comune di Magenta",
            comune="magenta",
        ),
    )
    return out


def _shows_demo(home: Path) -> bool:
    engine = open_database(database_path(home))
    try:
        with engine.connect() as connection:
            return bool(scalar(connection, "SELECT demo FROM catalogue_meta"))
    finally:
        engine.dispose()


def _wait_for(path: Path, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not path.exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the enrolment never reached the import"
        time.sleep(0.05)


# -- a kill during the import; the lock held meanwhile ------------------------------------------


def test_a_kiosk_killed_during_the_enrolment_import_fetches_the_office_catalogue_next(
    tmp_path: Path, office: Path, share: Path, demo_kiosk: Path
) -> None:
    """Before: the sync state said the office's file was seen, so a kiosk killed in the import
    showed the demo catalogue for good. And while `pitstop enrol` runs, nothing else may sync."""
    marker = tmp_path / "importing"
    child = subprocess.Popen(
        [sys.executable, "-c", BLOCKED_ENROL, str(_file(tmp_path, office, share)), str(marker)],
        env={**os.environ, "PITSTOP_HOME": str(demo_kiosk)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(marker, child)
        assert running_instance(demo_kiosk) == child.pid  # the whole apply holds the lock
        refused = pitstop(demo_kiosk, "sync", "--once")
        assert refused.returncode == 2
        assert refused.stderr.startswith(f"pitstop: a kiosk is running on {demo_kiosk}")
        assert "use staff mode's Sync now" in refused.stderr
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()

    assert load(demo_kiosk).kiosk.id == KIOSK  # enrolled…
    assert _shows_demo(demo_kiosk)  # …with the demo catalogue still on screen
    assert [p.name for p in demo_kiosk.glob(f"{STAGING_PREFIX}{child.pid}-*")]
    assert load_state(demo_kiosk).etag == ""  # nothing marked as seen
    doctor = pitstop(demo_kiosk, "doctor", "--offline")
    assert "The demo catalogue (fictional services) is on screen" in doctor.stdout
    assert "Sync now" in doctor.stdout

    synced = pitstop(demo_kiosk, "sync", "--once")

    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert catalogue_version(demo_kiosk) == "condivisa-1" and not _shows_demo(demo_kiosk)
    assert not list(demo_kiosk.glob(f"{STAGING_PREFIX}*"))  # the kill's leftovers are gone


def test_a_kiosk_left_with_the_old_sync_state_still_gets_the_office_catalogue(
    tmp_path: Path, office: Path, share: Path, demo_kiosk: Path
) -> None:
    """Kiosks killed before the fix hold a state that names the office's file as seen: a kiosk
    with an office key that shows the demo catalogue fetches whatever the state says."""
    apply_enrolment(demo_kiosk, _file(tmp_path, office, share))
    context = open_kiosk(demo_kiosk)
    from kiosk.context import load_demo_catalogue

    load_demo_catalogue(context.engine)  # as a kill during the import left it
    context.close()
    state = load_state(demo_kiosk)
    assert state.etag and state.catalogue_seen  # the office's file, as the old code saved it
    save_state(demo_kiosk, state)

    synced = pitstop(demo_kiosk, "sync", "--once")

    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert catalogue_version(demo_kiosk) == "condivisa-1"


def test_stale_staging_folders_go_and_live_ones_stay(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], text=True, capture_output=True
    )
    gone = home / f"{STAGING_PREFIX}{int(dead.stdout)}-abc"
    mine = home / f"{STAGING_PREFIX}{os.getpid()}-def"
    for folder in (gone, mine):
        (folder / "inner").mkdir(parents=True)
    (home / f"{STAGING_PREFIX}file").write_text("not a folder")

    assert remove_stale_staging(home) == 1

    assert not gone.exists() and mine.is_dir() and (home / f"{STAGING_PREFIX}file").is_file()


def test_pitstop_sync_refuses_beside_a_running_kiosk(tmp_path: Path, demo_kiosk: Path) -> None:
    """Before: a second engine ran beside the kiosk (the same requests delivered twice, the
    catalogue swapped under it)."""
    before = snapshot(demo_kiosk)
    with InstanceLock(demo_kiosk):
        result = pitstop(demo_kiosk, "sync", "--once")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"pitstop: a kiosk is running on {demo_kiosk} (process {os.getpid()}): use staff "
        "mode's Sync now (or stop the kiosk and run pitstop sync again)"
    )
    assert snapshot(demo_kiosk) == before


# -- staff mode keeps the office key ------------------------------------------------------------


def test_staff_mode_refuses_an_enrolment_with_another_office_key(
    tmp_path: Path, office: Path, share: Path, demo_kiosk: Path
) -> None:
    """Before: anyone with the PIN could apply a well-formed file carrying their own key."""
    apply_enrolment(demo_kiosk, _file(tmp_path, office, share), by="staff", same_office=True)
    intruder = tmp_path / "intruder"
    generate_keypair(intruder)
    forged = _file(tmp_path, intruder, share, "forged.enrol.json")
    before = snapshot(demo_kiosk)

    with pytest.raises(EnrolmentError, match="only pitstop enrol FILE at the kiosk's terminal"):
        apply_enrolment(demo_kiosk, forged, by="staff", same_office=True)

    assert snapshot(demo_kiosk) == before
    assert (
        apply_enrolment(  # the same office again is fine (a new file, say)
            demo_kiosk, _file(tmp_path, office, share, "again.enrol.json"), same_office=True
        ).kiosk_id
        == KIOSK
    )
    changed = pitstop(demo_kiosk, "enrol", str(forged))  # the terminal may change the key
    assert changed.returncode == 0, changed.stderr
    assert central_public_key(load(demo_kiosk), demo_kiosk) == load_public_key(
        intruder / "central.pub"
    )


def test_the_summary_says_whether_the_staff_code_was_stored(
    tmp_path: Path, office: Path, share: Path, demo_kiosk: Path
) -> None:
    """Before: "enter the one-time code" even when a PIN existed and the code was ignored."""
    first = apply_enrolment(demo_kiosk, _file(tmp_path, office, share))
    assert first.staff_code_stored and "enter the one-time code" in first.summary()
    PinStore(demo_kiosk).set_pin("246810")

    again = apply_enrolment(demo_kiosk, _file(tmp_path, office, share, "again.enrol.json"))

    assert again.staff_code and not again.staff_code_stored
    assert "one-time code" not in again.summary().replace("one-time code was not stored", "")
    assert "use the staff PIN already set on this kiosk" in again.summary()
    assert not PinStore(demo_kiosk).has_setup_code()


# -- undoing a re-sealing ---------------------------------------------------------------------


def test_undoing_a_resealing_leaves_delivered_requests_alone(tmp_path: Path) -> None:
    from kiosk.intake import outbox
    from kiosk.privacy.keys import PRIVATE_KEY_NAME, demo_central_dir
    from kiosk.privacy.sealing import unseal

    home = tmp_path / "kiosk"
    context = open_kiosk(home)
    demo = central_public_key(context.settings, home)
    waiting, delivered = contact_request("k"), contact_request("k")
    for request in (waiting, delivered):
        submit_request(context.engine, request, demo)
    office = generate_keypair(tmp_path / "office")
    resealed = reseal_pending(
        context.engine,
        load_private_key(demo_central_dir(home) / PRIVATE_KEY_NAME),
        load_public_key(office.public),
        "kiosk-magenta",
    )
    outbox.mark_delivered(context.engine, [str(delivered.id)], "folder", dt.datetime.now(dt.UTC))

    resealed.undo()

    with context.engine.connect() as connection:
        sealed = dict(connection.execute("SELECT id, sealed FROM contact_request").fetchall())
    office_key = load_private_key(office.private)
    assert unseal(office_key, sealed[str(delivered.id)])  # still sealed for the office
    demo_key = load_private_key(demo_central_dir(home) / PRIVATE_KEY_NAME)
    assert unseal(demo_key, sealed[str(waiting.id)])  # back as it was
    context.close()


# -- the office: kiosk add -----------------------------------------------------------------------


def test_a_failed_replace_gives_the_kiosk_its_previous_token_back(
    tmp_path: Path, store: CentralStore, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `kiosk add --replace` whose file could not be written revoked the new token after
    it had replaced the old one: the kiosk had no working token at all."""
    from kiosk.cli.main import main

    def add(out: Path, *extra: str) -> int:
        return main(
            [
                *("central", "--db", store.url, "kiosk", "add", "kiosk-x"),
                *("--url", "https://central.example", "--key", str(office / "central.pub")),
                *("--name", "Chiosco", "--comune", "legnano", "--out", str(out), *extra),
            ]
        )

    assert add(tmp_path / "k.json") == 0
    first = json.loads((tmp_path / "k.json").read_text())["sync"]["token"]
    capsys.readouterr()

    assert add(tmp_path / "missing-folder" / "k2.json", "--replace") == 2

    err = capsys.readouterr().err
    assert "cannot write the enrolment file" in err and "previous token works again" in err
    assert store.authenticate(first) == "kiosk-x"  # the kiosk still syncs
    assert add(tmp_path / "missing-folder" / "k3.json") == 2  # a first token is revoked
    assert store.authenticate(first) == "kiosk-x"


def test_kiosk_add_checks_the_ca_before_issuing_a_token(
    tmp_path: Path, store: CentralStore, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli.main import main

    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("just text\n", encoding="ascii")
    code = main(
        [
            *("central", "--db", store.url, "kiosk", "add", "kiosk-y"),
            *("--url", "https://central.example", "--key", str(office / "central.pub")),
            *("--name", "Chiosco", "--comune", "legnano", "--ca-file", str(not_pem)),
            *("--out", str(tmp_path / "y.json")),
        ]
    )
    assert code == 2 and "not a PEM certificate" in capsys.readouterr().err
    assert store.kiosks() == [] and not (tmp_path / "y.json").exists()
