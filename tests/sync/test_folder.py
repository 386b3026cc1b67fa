"""The shared-folder transport and the engine on real folders (tmp dirs, a read-only tmpfs)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey

from kiosk.catalogue.store import read_catalogue
from kiosk.intake import outbox
from kiosk.intake.inbox import open_share
from kiosk.intake.outbox import Envelope
from sync.engine import SyncEngine
from tests.central.live import make_kiosk, submit
from tests.factories import catalogue_dict


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _files(share: Path, kiosk_id: str) -> list[Path]:
    return sorted((share / "inbox" / kiosk_id).glob("*.json"))


def test_requests_become_one_verified_file_each_and_the_outbox_empties(
    tmp_path: Path, share: Path, central_key: PrivateKey
) -> None:
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share), batch_size=4)
    ids = submit(kiosk, central_key, 10)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok, status.last_error
    assert (status.delivered, status.pending) == (10, 0)
    files = _files(share, "kiosk-f")
    assert sorted(f.stem for f in files) == sorted(ids)
    for path in files:
        assert Envelope.from_json(path.read_bytes()).id == path.stem
    assert not [p for p in (share / "inbox" / "kiosk-f").iterdir() if p.name.startswith(".")]
    beat = json.loads((share / "kiosks" / "kiosk-f.json").read_text())
    assert beat["kiosk_id"] == "kiosk-f" and beat["pending"] == 0
    opened = open_share(share, central_key)  # what the coordinator runs (`pitstop inbox open`)
    assert sorted(p["id"] for p in opened.payloads) == sorted(ids)
    kiosk.close()


def test_an_identical_file_counts_as_delivered_and_a_different_one_is_a_kept_conflict(
    tmp_path: Path, share: Path, central_key: PrivateKey
) -> None:
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    same, other = submit(kiosk, central_key, 2)
    envelopes = {e.id: e for e in outbox.pending(kiosk.engine, 10, _far_future())}
    inbox = share / "inbox" / "kiosk-f"
    inbox.mkdir(parents=True)
    (inbox / f"{same}.json").write_bytes(envelopes[same].to_json())
    sealed = b"another request under the same id"
    foreign = dataclasses.replace(
        envelopes[other], sealed=sealed, sha256=hashlib.sha256(sealed).hexdigest()
    ).to_json()
    (inbox / f"{other}.json").write_bytes(foreign)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok
    assert status.delivered == 1
    assert status.conflicts == 1 and status.pending == 0
    assert (inbox / f"{other}.json").read_bytes() == foreign  # never overwritten
    assert "different content" in status.summary() or status.conflicts == 1
    with kiosk.engine.connect() as connection:  # the conflict is kept for staff, not purged
        kept = connection.execute(
            "SELECT state, last_error FROM outbox WHERE request_id = ?", (other,)
        ).fetchone()
    assert kept[0] == "conflict" and "different content" in kept[1]
    kiosk.close()


def test_a_missing_share_is_a_clear_status_and_a_later_retry_loses_nothing(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    share = tmp_path / "usb-stick"
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    ids = submit(kiosk, central_key, 3)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    assert not status.ok
    assert "cannot be reached" in status.last_error and str(share) in status.last_error
    assert status.pending == 3
    assert status.next_attempt is not None
    share.mkdir()  # the stick is back
    status = engine.run_once()
    assert status.ok and status.pending == 0
    assert sorted(f.stem for f in _files(share, "kiosk-f")) == sorted(ids)
    kiosk.close()


def test_a_damaged_file_under_the_final_name_is_set_aside_and_written_again(
    tmp_path: Path, share: Path, central_key: PrivateKey
) -> None:
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    (rid,) = submit(kiosk, central_key, 1)
    inbox = share / "inbox" / "kiosk-f"
    inbox.mkdir(parents=True)
    truncated = b'{"format": "pitstop-request", "id": "'  # a stick pulled mid-write
    (inbox / f"{rid}.json").write_bytes(truncated)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok and (status.delivered, status.pending, status.conflicts) == (1, 0, 0)
    assert Envelope.from_json((inbox / f"{rid}.json").read_bytes()).id == rid
    (aside,) = inbox.glob(f"{rid}.json.damaged-*")
    assert aside.read_bytes() == truncated  # renamed, never overwritten
    kiosk.close()


def test_a_file_that_does_not_read_back_as_written_is_removed_and_retried(
    tmp_path: Path, share: Path, central_key: PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing share: the file under the final name holds other bytes than were written (a
    real file, one bit flipped right after the link, as a failing medium would)."""
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    (rid,) = submit(kiosk, central_key, 1)
    real_link = os.link
    flips = [1]

    def link_then_damage(src: str, dst: str, **dir_fds: Any) -> None:
        real_link(src, dst, **dir_fds)
        if flips and str(dst).endswith(f"{rid}.json"):
            flips.pop()
            path = share / "inbox" / "kiosk-f" / f"{rid}.json"
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0x01
            path.unlink()
            path.write_bytes(bytes(data))

    monkeypatch.setattr(os, "link", link_then_damage)
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    assert not status.ok and "did not read back" in status.last_error
    assert status.pending == 1 and status.conflicts == 0
    final = share / "inbox" / "kiosk-f" / f"{rid}.json"
    assert not final.exists()
    status = engine.run_once()
    assert status.ok and (status.delivered, status.pending, status.conflicts) == (1, 0, 0)
    assert Envelope.from_json(final.read_bytes()).id == rid
    kiosk.close()


@pytest.fixture
def readonly_share(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (tmpfs remounted ro) — root ignores file modes."""
    folder = tmp_path / "ro-share"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs as root: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", str(folder)], check=False)


def test_a_read_only_share_is_a_clear_status_and_nothing_is_lost(
    tmp_path: Path, readonly_share: Path, central_key: PrivateKey
) -> None:
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(readonly_share))
    submit(kiosk, central_key, 2)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert "read-only" in status.last_error
    assert status.pending == 2
    kiosk.close()


def _far_future() -> dt.datetime:
    return dt.datetime(2100, 1, 1, tzinfo=dt.UTC)


def _write_catalogue(share: Path, name: str, data: bytes, mtime: float) -> Path:
    folder = share / "catalogue"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    os.utime(path, (mtime, mtime))
    return path


def test_catalogue_is_staged_when_its_checksum_changes_and_a_corrupt_one_leaves_the_last_good(
    tmp_path: Path, share: Path
) -> None:
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    good = json.dumps(catalogue_dict(12, version="2026-12-a")).encode()
    _write_catalogue(share, "catalogo.json", good, 1_000_000)

    status = engine.run_once()
    assert status.ok and status.staged_version == "2026-12-a"
    assert read_catalogue(kiosk.engine) is None  # not applied behind a parent's back
    assert engine.apply_staged()
    assert engine.status().catalogue_version == "2026-12-a"
    assert engine.run_once().staged_version == ""  # unchanged checksum: nothing to do

    _write_catalogue(share, "catalogo-nuovo.json", good[: len(good) // 2], 2_000_000)
    status = engine.run_once()

    assert status.ok  # requests still flow
    assert status.catalogue_version == "2026-12-a"
    assert "catalogo-nuovo.json" in status.catalogue_problem
    assert "keeps catalogue 2026-12-a" in status.catalogue_problem
    assert status.staged_version == ""
    beat = json.loads((share / "kiosks" / "kiosk-f.json").read_text())
    assert "refused" in beat["last_error"]
    assert engine.run_once().catalogue_problem == status.catalogue_problem  # still says why

    fixed = json.dumps(catalogue_dict(15, version="2026-12-b")).encode()
    _write_catalogue(share, "catalogo-nuovo.json", fixed, 3_000_000)
    status = engine.run_once()
    assert status.catalogue_problem == "" and status.staged_version == "2026-12-b"
    kiosk.close()


def test_two_kiosks_writing_to_one_share_at_once(
    tmp_path: Path, share: Path, central_key: PrivateKey
) -> None:
    kiosks = [
        make_kiosk(tmp_path, f"kiosk-{n}", mode="folder", folder=str(share), batch_size=5)
        for n in (1, 2)
    ]
    ids = {k.settings.kiosk.id: submit(k, central_key, 40) for k in kiosks}
    engines = [SyncEngine(k.home, k.settings, k.engine) for k in kiosks]
    statuses = {}
    barrier = threading.Barrier(2)

    def run(engine: SyncEngine) -> None:
        barrier.wait()
        statuses[engine.settings.kiosk.id] = engine.run_once()

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    for kiosk_id, status in statuses.items():
        assert status.ok and status.pending == 0, status.last_error
        assert sorted(f.stem for f in _files(share, kiosk_id)) == sorted(ids[kiosk_id])
    opened = open_share(share, central_key)
    assert len(opened.payloads) == 80 and not opened.warnings
    assert sorted(p.name for p in (share / "kiosks").iterdir()) == ["kiosk-1.json", "kiosk-2.json"]
    for kiosk in kiosks:
        kiosk.close()


def test_a_staff_spreadsheet_on_the_share_becomes_the_catalogue(
    tmp_path: Path, share: Path
) -> None:
    import shutil

    template = Path(__file__).resolve().parents[2] / "assets" / "templates"
    (share / "catalogue").mkdir()
    shutil.copy(template / "catalogo-modello.xlsx", share / "catalogue" / "catalogo.xlsx")
    kiosk = make_kiosk(tmp_path, "kiosk-x", mode="folder", folder=str(share))
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)

    status = engine.run_once()

    assert status.ok and status.staged_version and status.catalogue_problem == ""
    assert (kiosk.home / "catalogue-staged.xlsx").is_file()
    assert engine.apply_staged()
    catalogue = read_catalogue(kiosk.engine)
    assert catalogue is not None and len(catalogue.offerings) == 3
    assert not list(kiosk.home.glob("catalogue-staged*"))
    kiosk.close()


def test_a_stop_during_the_catalogue_step_is_no_success_and_writes_no_status(
    tmp_path: Path, share: Path, central_key: PrivateKey
) -> None:
    """The kiosk closes while the cycle looks for a catalogue on the share (the real transport;
    only the moment of the stop is forced). The cycle ends there: no catalogue error is kept,
    no status file is written after the stop, and it counts as neither success nor failure."""
    from sync.folder import FolderTransport
    from sync.transport import Deadline, FetchedCatalogue

    (share / "catalogue").mkdir()
    (share / "catalogue" / "catalogo.json").write_text(json.dumps(catalogue_dict(3)), "utf-8")
    kiosk = make_kiosk(tmp_path, "kiosk-f", mode="folder", folder=str(share))
    submit(kiosk, central_key, 2)
    stop = threading.Event()

    class StoppedWhileLooking(FolderTransport):
        def fetch_catalogue(
            self, seen_checksum: str, etag: str, dest: Path, deadline: Deadline
        ) -> FetchedCatalogue | None:
            stop.set()  # systemd stops the kiosk now
            return super().fetch_catalogue(seen_checksum, etag, dest, deadline)

    transport = StoppedWhileLooking(share, "kiosk-f")
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine, transport=transport, stop=stop)
    status = engine.run_once()

    state = engine.state
    assert state.failures == 0 and state.last_success is None and state.next_attempt is None
    assert state.catalogue_fetch_error == "" and status.staged_version == ""
    assert status.pending == 0 and len(_files(share, "kiosk-f")) == 2  # sent before the stop
    assert not (share / "kiosks" / "kiosk-f.json").exists()
    kiosk.close()
