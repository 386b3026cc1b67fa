"""Enrolment end to end: `pitstop central kiosk add` / `pitstop keys enrolment` at the office,
`pitstop enrol` on a fresh kiosk (real subprocesses), a real central server on 127.0.0.1 and a
real shared folder; every failure leaves the kiosk's data folder byte for byte as it was."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from central.store import CentralStore
from kiosk.context import open_kiosk
from kiosk.db.engine import open_database
from kiosk.db.sqlite import scalar
from kiosk.enrolment import (
    FolderSync,
    HttpSync,
    applied_enrolment,
    folder_enrolment,
    make_enrolment,
    read_enrolment,
    write_enrolment,
)
from kiosk.intake.store import submit_request
from kiosk.paths import database_path
from kiosk.privacy.keys import KeyFileError, central_public_key, generate_keypair, load_public_key
from kiosk.settings import load
from kiosk.staff.pin import PinStore
from sync.enrolment import EnrolmentError, apply_enrolment
from tests.central.live import LiveServer, contact_request
from tests.factories import catalogue_dict

ROOT = Path(__file__).resolve().parents[2]


def pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PITSTOP_HOME": str(home)}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def snapshot(home: Path) -> dict[str, str]:
    """Every file and folder under `home` but the logs (a failed command is logged) and the
    instance lock (`pitstop enrol` holds it), with a digest of each file."""
    return {
        str(path.relative_to(home)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(home.rglob("*"))
        if path.relative_to(home).parts[0] not in {"logs", "pitstop.lock"}
    }


def catalogue_version(home: Path) -> str:
    engine = open_database(database_path(home))
    try:
        with engine.connect() as connection:
            return str(scalar(connection, "SELECT version FROM catalogue_meta"))
    finally:
        engine.dispose()


@pytest.fixture
def published(store: CentralStore, tmp_path: Path) -> Path:
    source = tmp_path / "catalogo-ufficio.json"
    source.write_text(json.dumps(catalogue_dict(12, version="ufficio-2027")), encoding="utf-8")
    store.publish_catalogue(source)
    return source


def _http_file(
    tmp_path: Path,
    store: CentralStore,
    url: str,
    office: Path,
    kiosk_id: str = "kiosk-legnano",
    name: str = "enrol.json",
) -> Path:
    out = tmp_path / name
    enrolment = make_enrolment(
        sync=HttpSync(url=url, token=store.new_token(kiosk_id)),
        key_file=office / "central.pub",
        kiosk_id=kiosk_id,
        name="Biblioteca di Legnano",
        comune="legnano",
    )
    write_enrolment(out, enrolment)
    return out


# -- end to end ---------------------------------------------------------------------------


def test_kiosk_add_then_enrol_then_sync_delivers_to_the_server(
    tmp_path: Path, store: CentralStore, server: LiveServer, published: Path, office: Path
) -> None:
    out = tmp_path / "legnano.enrol.json"
    added = pitstop(
        tmp_path / "office-home",
        *("central", "--db", store.url, "kiosk", "add", "kiosk-legnano"),
        *("--url", server.url, "--key", str(office / "central.pub")),
        *("--name", "Biblioteca di Legnano", "--venue", "Piazza San Magno 9"),
        *("--comune", "legnano", "--area", "legnanese", "--out", str(out)),
    )
    assert added.returncode == 0, added.stderr
    assert "mode 0600" in added.stdout and "fingerprint" in added.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert next(iter(document)) == "what" and "keep it private" in document["what"]
    token = document["sync"]["token"]
    assert store.authenticate(token) == "kiosk-legnano"

    home = tmp_path / "fresh-kiosk"
    enrolled = pitstop(home, "enrol", str(out))

    assert enrolled.returncode == 0, enrolled.stderr
    assert "This kiosk is now kiosk-legnano" in enrolled.stdout
    settings = load(home)
    assert (settings.kiosk.id, settings.kiosk.comune, settings.kiosk.area) == (
        "kiosk-legnano",
        "legnano",
        "legnanese",
    )
    assert (settings.sync.mode, settings.sync.url, settings.sync.token) == (
        "http",
        server.url,
        token,
    )
    assert settings.privacy.central_public_key == "office.pub"
    assert bytes(central_public_key(settings, home)) == bytes(
        load_public_key(office / "central.pub")
    )
    assert catalogue_version(home) == "ufficio-2027"  # the office's, not the demo one
    assert not (home / "demo-central").exists()
    record = (home / "enrolment.json").read_text(encoding="utf-8")
    assert token not in record and document["staff_code"] not in record
    assert PinStore(home).has_setup_code()

    context = open_kiosk(home)
    request = contact_request("kiosk-legnano")
    submit_request(context.engine, request, central_public_key(context.settings, home))
    context.close()
    synced = pitstop(home, "sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert "1 request(s) delivered" in synced.stdout
    assert store.request_count("kiosk-legnano") == 1

    table = tmp_path / "richieste.csv"
    exported = pitstop(
        tmp_path / "office-home",
        *("central", "--db", store.url, "export"),
        *("--key", str(office / "central.key"), "--out", str(table)),
    )
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [row["Nome"] for row in rows] == ["Giulia"]


def test_keys_enrolment_then_enrol_through_a_shared_folder(tmp_path: Path, office: Path) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    out = tmp_path / "usb" / "magenta.enrol.json"
    out.parent.mkdir()
    written = pitstop(
        tmp_path / "office-home",
        *("keys", "enrolment", "--share", str(share), "--key", str(office / "central.pub")),
        *("--kiosk-id", "kiosk-magenta", "--name", "Comune di Magenta", "--comune", "magenta"),
        *("--out", str(out)),
    )
    assert written.returncode == 0, written.stderr
    home = tmp_path / "kiosk"
    open_kiosk(home).close()  # a kiosk that already ran in demo mode

    enrolled = pitstop(home, "enrol", str(out))

    assert enrolled.returncode == 0, enrolled.stderr
    settings = load(home)
    assert (settings.kiosk.id, settings.sync.mode, settings.sync.folder) == (
        "kiosk-magenta",
        "folder",
        str(share),
    )
    assert catalogue_version(home) == "condivisa-1"
    assert (share / "inbox" / "kiosk-magenta").is_dir()
    context = open_kiosk(home)
    request = contact_request("kiosk-magenta")
    submit_request(context.engine, request, central_public_key(context.settings, home))
    context.close()
    synced = pitstop(home, "sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert (share / "inbox" / "kiosk-magenta" / f"{request.id}.json").is_file()
    table = tmp_path / "richieste.csv"
    opened = pitstop(
        tmp_path / "office-home",
        *("inbox", "open", "--key", str(office / "central.key")),
        *("--share", str(share), "--out", str(table)),
    )
    assert opened.returncode == 0, opened.stderr
    assert "Giulia" in table.read_text(encoding="utf-8-sig")


def test_apply_with_a_running_kiosks_store_announces_once(
    tmp_path: Path, store: CentralStore, server: LiveServer, published: Path, office: Path
) -> None:
    from kiosk.settings_store import SettingsStore

    home = tmp_path / "kiosk"
    running = SettingsStore(home)
    seen: list[str] = []
    running.subscribe(lambda s: seen.append(s.kiosk.id))
    result = apply_enrolment(home, _http_file(tmp_path, store, server.url, office), store=running)
    assert seen == ["kiosk-legnano"] and running.current.kiosk.id == "kiosk-legnano"
    assert (result.catalogue_version, result.offerings, result.staff_code) == (
        "ufficio-2027",
        12,
        True,
    )


# -- nothing changes on failure ------------------------------------------------------------


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_every_failure_leaves_the_kiosk_unchanged(
    tmp_path: Path,
    store: CentralStore,
    server: LiveServer,
    published: Path,
    office: Path,
    demo_kiosk: Path,
) -> None:
    before = snapshot(demo_kiosk)
    cases: dict[str, tuple[Path, str]] = {}

    garbage = tmp_path / "garbage.json"
    garbage.write_text("{ not json", encoding="utf-8")
    cases["bad file"] = (garbage, "not valid JSON")

    good = _http_file(tmp_path, store, server.url, office, name="good.json")
    data = json.loads(good.read_text(encoding="utf-8"))
    other = generate_keypair(tmp_path / "other")
    data["office_key_fingerprint"] = describe_fingerprint(other.public)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    cases["wrong fingerprint"] = (edited, "the file was damaged or edited")

    dead = _http_file(tmp_path, store, _dead_url(), office, "kiosk-dead", "dead.json")
    cases["dead server"] = (dead, "cannot reach the central server")

    revoked = _http_file(tmp_path, store, server.url, office, "kiosk-revoked", "revoked.json")
    store.revoke_token("kiosk-revoked")
    cases["refused token"] = (revoked, "refused this kiosk's token")

    swapped = json.loads(
        _http_file(tmp_path, store, server.url, office, "kiosk-a", "a.json").read_text()
    )
    swapped["kiosk"]["id"] = "kiosk-b"
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps(swapped), encoding="utf-8")
    cases["token of another kiosk"] = (mixed, "belongs to kiosk kiosk-a, not kiosk-b")

    empty_share = tmp_path / "empty-share"
    empty_share.mkdir()
    cases["empty share"] = (
        _folder_file(tmp_path, office, empty_share, "empty.json"),
        "the office has not published a catalogue yet",
    )
    bad_share = tmp_path / "bad-share"
    (bad_share / "catalogue").mkdir(parents=True)
    (bad_share / "catalogue" / "rotto.json").write_text('{"version": 1}', encoding="utf-8")
    cases["invalid catalogue"] = (
        _folder_file(tmp_path, office, bad_share, "bad.json"),
        "is not valid, so nothing changed",
    )
    cases["missing share"] = (
        _folder_file(tmp_path, office, tmp_path / "unplugged", "missing.json"),
        "cannot be reached",
    )

    for case, (file, expected) in cases.items():
        with pytest.raises(EnrolmentError) as info:
            apply_enrolment(demo_kiosk, file)
        message = str(info.value)
        assert expected in message, (case, message)
        assert "\n" not in message, case
        assert snapshot(demo_kiosk) == before, case


def test_a_server_with_no_catalogue_is_a_failure(
    tmp_path: Path, store: CentralStore, server: LiveServer, office: Path, demo_kiosk: Path
) -> None:
    before = snapshot(demo_kiosk)
    with pytest.raises(EnrolmentError, match="the office has not published a catalogue yet"):
        apply_enrolment(demo_kiosk, _http_file(tmp_path, store, server.url, office))
    assert snapshot(demo_kiosk) == before


def test_a_failed_import_puts_every_file_back(
    tmp_path: Path,
    store: CentralStore,
    server: LiveServer,
    published: Path,
    office: Path,
    demo_kiosk: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The commit's last step fails (disk full, a killed child): the files written before it are
    restored, so the kiosk stays in demo mode with its own catalogue and settings."""
    from kiosk.catalogue.errors import CatalogueError
    from sync import enrolment as module

    def failing(*args: object, **kwargs: object) -> object:
        raise CatalogueError("catalogue.json", "", None, "the disk is full")

    monkeypatch.setattr(module, "import_into", failing)
    before = snapshot(demo_kiosk)
    with pytest.raises(EnrolmentError, match="could not be imported, so nothing changed"):
        apply_enrolment(demo_kiosk, _http_file(tmp_path, store, server.url, office))
    assert snapshot(demo_kiosk) == before
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    with pytest.raises(EnrolmentError):
        apply_enrolment(fresh, _http_file(tmp_path, store, server.url, office, name="2.json"))
    assert snapshot(fresh) == {}


def describe_fingerprint(path: Path) -> str:
    from kiosk.privacy.keys import describe_key_file

    return describe_key_file(path).fingerprint


def _folder_file(tmp_path: Path, office: Path, share: Path, name: str) -> Path:
    out = tmp_path / name
    write_enrolment(
        out,
        folder_enrolment(
            share=str(share),
            key_file=office / "central.pub",
            kiosk_id="kiosk-share",
            name="Biblioteca",
            comune="magenta",
        ),
    )
    return out


def test_enrol_cli_failure_is_one_sentence_and_changes_nothing(
    tmp_path: Path, office: Path, demo_kiosk: Path
) -> None:
    before = snapshot(demo_kiosk)
    share = tmp_path / "share"
    share.mkdir()
    result = pitstop(demo_kiosk, "enrol", str(_folder_file(tmp_path, office, share, "e.json")))
    assert result.returncode == 2
    assert result.stderr.startswith("pitstop: the office has not published a catalogue yet")
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(demo_kiosk) == before


# -- the share is checked before anything changes --------------------------------------------


def test_a_symlinked_inbox_on_the_share_is_refused(
    tmp_path: Path, office: Path, demo_kiosk: Path
) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "c.json").write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (share / "inbox").mkdir()
    (share / "inbox" / "kiosk-share").symlink_to(elsewhere)
    before = snapshot(demo_kiosk)
    with pytest.raises(EnrolmentError, match="is a symbolic link"):
        apply_enrolment(demo_kiosk, _folder_file(tmp_path, office, share, "s.json"))
    assert snapshot(demo_kiosk) == before and list(elsewhere.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_share_is_refused(tmp_path: Path, office: Path, demo_kiosk: Path) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "c.json").write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    share.chmod(0o555)
    try:
        with pytest.raises(EnrolmentError, match="read-only"):
            apply_enrolment(demo_kiosk, _folder_file(tmp_path, office, share, "r.json"))
    finally:
        share.chmod(0o755)


# -- the file itself ----------------------------------------------------------------------


def test_hostile_or_foreign_files_are_refused_in_one_sentence(tmp_path: Path, office: Path) -> None:
    share = str(tmp_path / "share")
    good = _folder_file(tmp_path, office, Path(share), "good.json")
    document = json.loads(good.read_text(encoding="utf-8"))

    def variant(name: str, **changes: object) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps({**document, **changes}), encoding="utf-8")
        return path

    link = tmp_path / "link.json"
    link.symlink_to(good)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (300 * 1024))
    deep = tmp_path / "deep.json"
    deep.write_text('{"what": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    secret_line = (office / "central.key").read_text().splitlines()[1]
    cases = {
        link: "is a symbolic link",
        big: "an enrolment file is under 256 KiB",
        deep: "not",
        fifo: "is not a regular file",
        tmp_path / "none.json": "no such enrolment file",
        variant("what.json", what="something else"): "not a Family Pit Stop enrolment file",
        variant("future.json", format=2): "enrolment format 2 is not known",
        variant("secret.json", office_public_key=secret_line): "PRIVATE key",
        variant(
            "plain-http.json",
            sync={"mode": "http", "url": "http://central.example", "token": "pst_x"},
        ): "must start with https://",
        variant("relative.json", sync={"mode": "folder", "folder": "share"}): "absolute path",
        variant("id.json", kiosk={**document["kiosk"], "id": "../../etc"}): "kiosk.id",
        variant("code.json", staff_code="123"): "staff_code",
        variant("allowed.json", allowed={"kiosk.name": ["x"]}): "redirects parents' data",
        variant("escape.json", kiosk={**document["kiosk"], "id": "\x1b[2J"}): "kiosk.id",
    }
    for path, expected in cases.items():
        with pytest.raises(EnrolmentError) as info:
            read_enrolment(path)
        message = str(info.value)
        assert expected in message, (path.name, message)
        assert "\n" not in message and "\x1b" not in message, path.name
    assert read_enrolment(good).kiosk.id == "kiosk-share"


def test_enrolment_files_are_0600_and_never_overwritten(tmp_path: Path, office: Path) -> None:
    out = _folder_file(tmp_path, office, tmp_path / "share", "once.json")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    content = out.read_bytes()
    with pytest.raises(EnrolmentError, match="already exists"):
        write_enrolment(out, read_enrolment(out))
    assert out.read_bytes() == content


# -- the office's commands refuse before issuing anything -------------------------------------


def test_kiosk_add_refusals_issue_no_token(
    tmp_path: Path, store: CentralStore, office: Path
) -> None:
    from kiosk.cli.main import main

    def add(*extra: str, out: str = "k.json", key: str = "central.pub") -> int:
        return main(
            [
                *("central", "--db", store.url, "kiosk", "add", "kiosk-x"),
                *("--key", str(office / key), "--name", "Chiosco", "--comune", "legnano"),
                *("--out", str(tmp_path / out)),
                *extra,
            ]
        )

    (tmp_path / "exists.json").write_text("{}")
    assert add("--url", "https://central.example", key="central.key") == 2
    assert add("--url", "http://central.example") == 2
    assert add("--url", "https://central.example", out="exists.json") == 2
    assert add("--url", "https://central.example", "--allow", "kiosk.name=x") == 2
    assert store.kiosks() == []
    assert add("--url", "https://central.example") == 0
    first = json.loads((tmp_path / "k.json").read_text())["sync"]["token"]
    assert add("--url", "https://central.example", out="k2.json") == 2  # has a token already
    assert store.authenticate(first) == "kiosk-x"
    assert add("--url", "https://central.example", "--replace", out="k2.json") == 0
    with pytest.raises(Exception, match="not known"):
        store.authenticate(first)


def test_keys_enrolment_refuses_a_secret_key_and_a_relative_share(
    tmp_path: Path, office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli.main import main

    base = ["keys", "enrolment", "--kiosk-id", "k1", "--name", "N", "--comune", "legnano"]
    out = tmp_path / "e.json"
    assert (
        main([*base, "--share", "/mnt/s", "--key", str(office / "central.key"), "--out", str(out)])
        == 2
    )
    assert "PRIVATE key" in capsys.readouterr().err
    assert (
        main([*base, "--share", "rel", "--key", str(office / "central.pub"), "--out", str(out)])
        == 2
    )
    assert "absolute path" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(KeyFileError):
        load_public_key(office / "central.key")


# -- what staff may change afterwards -------------------------------------------------------


def test_applied_enrolment_allows_only_enrolled_or_allowed_redirects(
    tmp_path: Path, office: Path
) -> None:
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "c.json").write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    out = tmp_path / "e.json"
    enrolment = folder_enrolment(
        share=str(share),
        key_file=office / "central.pub",
        kiosk_id="kiosk-share",
        name="Biblioteca",
        comune="magenta",
        allowed={"sync.folder": ["/media/pitstop"]},
    )
    write_enrolment(out, enrolment)
    home = tmp_path / "kiosk"
    assert applied_enrolment(home) is None
    apply_enrolment(home, out)
    applied = applied_enrolment(home)
    assert applied is not None and not applied.damaged and applied.mode == "folder"
    assert applied.allows("sync.folder", str(share))
    assert applied.allows("sync.folder", str(share) + "/")
    assert applied.allows("sync.folder", "/media/pitstop")
    assert not applied.allows("sync.folder", "/media/visitor-stick")
    assert applied.allows("privacy.central_public_key", "office.pub")
    assert applied.allows("privacy.central_public_key", str(home / "office.pub"))
    assert not applied.allows("privacy.central_public_key", "/media/visitor-stick/central.pub")
    assert not applied.allows("sync.url", "https://evil.example")
    assert applied.allows("kiosk.name", "anything")
    (home / "enrolment.json").write_text("{damaged")
    damaged = applied_enrolment(home)
    assert damaged is not None and damaged.damaged
    assert not damaged.allows("sync.folder", str(share))


def test_folder_and_http_records_hold_no_secret(tmp_path: Path, office: Path) -> None:
    enrolment = folder_enrolment(
        share="/mnt/s", key_file=office / "central.pub", kiosk_id="k", name="N", comune="c"
    )
    assert isinstance(enrolment.sync, FolderSync) and enrolment.staff_code is not None
    assert len(enrolment.staff_code) == 10 and enrolment.staff_code.isdigit()


def test_a_kiosk_id_changed_after_enrolment_says_exactly_what_to_do(
    tmp_path: Path, store: CentralStore, server: LiveServer, published: Path, office: Path
) -> None:
    home = tmp_path / "kiosk"
    apply_enrolment(home, _http_file(tmp_path, store, server.url, office))
    assert pitstop(home, "sync", "--once").returncode == 0
    assert pitstop(home, "config", "set", "kiosk.id", "kiosk-renamed").returncode == 0

    result = pitstop(home, "sync", "--once")

    assert result.returncode == 1
    assert (
        "the server knows this token as kiosk kiosk-legnano but this kiosk is set up as "
        "kiosk-renamed: run `pitstop config set kiosk.id kiosk-legnano` or enrol again"
    ) in result.stdout


def test_enrol_refuses_while_a_kiosk_runs_on_the_data_folder(
    tmp_path: Path, office: Path, demo_kiosk: Path
) -> None:
    from kiosk.instance import InstanceLock

    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "c.json").write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    file = _folder_file(tmp_path, office, share, "e.json")
    with InstanceLock(demo_kiosk):
        before = snapshot(demo_kiosk)
        result = pitstop(demo_kiosk, "enrol", str(file))
        assert result.returncode == 2 and "a kiosk is running on" in result.stderr
        assert "Set up from a USB stick" in result.stderr
        assert snapshot(demo_kiosk) == before
    assert pitstop(demo_kiosk, "enrol", str(file)).returncode == 0


def test_requests_left_in_demo_mode_reach_the_office_after_enrolment(
    tmp_path: Path, office: Path, demo_kiosk: Path
) -> None:
    """A parent who used the kiosk before it was enrolled is not lost: the demo key still on the
    kiosk opens the request once more to seal it for the office, under the enrolled kiosk id."""
    context = open_kiosk(demo_kiosk)
    old_id = context.settings.kiosk.id
    waiting = contact_request(old_id)
    submit_request(context.engine, waiting, central_public_key(context.settings, demo_kiosk))
    context.close()
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    enrolment = _folder_file(tmp_path, office, share, "magenta.enrol.json")

    apply_enrolment(demo_kiosk, enrolment)
    synced = pitstop(demo_kiosk, "sync", "--once")

    assert synced.returncode == 0, synced.stdout + synced.stderr
    kiosk_id = load(demo_kiosk).kiosk.id
    assert kiosk_id != old_id
    delivered = share / "inbox" / kiosk_id / f"{waiting.id}.json"
    assert json.loads(delivered.read_text(encoding="utf-8"))["kiosk_id"] == kiosk_id
    table = tmp_path / "richieste.csv"
    opened = pitstop(
        tmp_path / "office-home",
        *("inbox", "open", "--key", str(office / "central.key")),
        *("--share", str(share), "--out", str(table)),
    )
    assert opened.returncode == 0, opened.stdout + opened.stderr
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [(row["Nome"], row["Chiosco"]) for row in rows] == [("Giulia", kiosk_id)]


def test_a_failed_enrolment_leaves_demo_requests_sealed_as_they_were(
    tmp_path: Path, office: Path, demo_kiosk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = open_kiosk(demo_kiosk)
    submit_request(
        context.engine,
        contact_request(context.settings.kiosk.id),
        central_public_key(context.settings, demo_kiosk),
    )
    context.close()
    share = tmp_path / "share"
    (share / "catalogue").mkdir(parents=True)
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(8, version="condivisa-1")), encoding="utf-8"
    )
    enrolment = _folder_file(tmp_path, office, share, "magenta.enrol.json")
    before = snapshot(demo_kiosk)

    def failing(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sync.enrolment.import_into", failing)
    with pytest.raises(EnrolmentError):
        apply_enrolment(demo_kiosk, enrolment)

    after = snapshot(demo_kiosk)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= {"pitstop.sqlite3", "pitstop.sqlite3-wal", "pitstop.sqlite3-shm"}
    engine = open_database(database_path(demo_kiosk))
    try:
        with engine.connect() as connection:
            sealed = scalar(connection, "SELECT sealed FROM contact_request")
    finally:
        engine.dispose()
    from kiosk.privacy.keys import load_private_key
    from kiosk.privacy.sealing import unseal

    assert unseal(load_private_key(demo_kiosk / "demo-central" / "central.key"), sealed)
