"""A hostile or broken shared folder cannot lose requests or hurt the kiosk (issue 12, items 3-4).

Real folders, real symbolic links, a real named pipe, real sparse 200 MB files and (as root) a
bind mount of /proc/<pid>/pagemap: a regular file that says it is empty and never ends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.context import KioskContext
from kiosk.intake import outbox
from kiosk.intake.outbox import Envelope
from sync.engine import SyncEngine
from sync.folder import FolderTransport
from sync.transport import MAX_CATALOGUE_BYTES, Deadline, DeadlineExceeded, TransportError
from tests.central.live import make_kiosk, submit
from tests.factories import catalogue_dict

KIOSK = "kiosk-h"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def kiosk(tmp_path: Path, share: Path) -> Iterator[KioskContext]:
    context = make_kiosk(tmp_path, KIOSK, mode="folder", folder=str(share))
    yield context
    context.close()


def _outbox_states(kiosk: KioskContext) -> list[str]:
    with kiosk.engine.connect() as connection:
        return [row[0] for row in connection.execute("SELECT state FROM outbox")]


def _envelopes(kiosk: KioskContext) -> dict[str, Envelope]:
    far = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    return {e.id: e for e in outbox.pending(kiosk.engine, 100, far)}


# -- delivery never follows a symbolic link ------------------------------------------------


def test_a_symlinked_kiosk_inbox_is_refused_and_nothing_counts_delivered(
    tmp_path: Path, share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    submit(kiosk, central_key, 3)
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (share / "inbox").mkdir()
    (share / "inbox" / KIOSK).symlink_to(elsewhere)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert f"inbox/{KIOSK} on the share is a symbolic link" in status.last_error
    assert "refusing to deliver there" in status.last_error
    assert (status.delivered, status.pending) == (0, 3)
    assert list(elsewhere.iterdir()) == []
    assert _outbox_states(kiosk) == ["pending"] * 3  # nothing purged
    kiosk.close()


def test_a_symlinked_inbox_folder_is_refused(
    tmp_path: Path, share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    submit(kiosk, central_key, 1)
    elsewhere = tmp_path / "attacker"
    (elsewhere / KIOSK).mkdir(parents=True)
    (share / "inbox").symlink_to(elsewhere)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "inbox on the share is a symbolic link" in status.last_error
    assert status.pending == 1
    assert list((elsewhere / KIOSK).iterdir()) == []


def test_an_inbox_that_is_a_file_is_a_sentence(
    share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    submit(kiosk, central_key, 1)
    (share / "inbox").mkdir()
    (share / "inbox" / KIOSK).write_text("not a folder")

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and f"inbox/{KIOSK} on the share is not a folder" in status.last_error
    assert status.pending == 1


def test_a_symlink_under_the_final_name_is_set_aside_never_read_through(
    tmp_path: Path, share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    """The link points at a copy of the genuine request: the old code read it through the link,
    called it "already there" and purged the request, while the canonical path held no file."""
    (rid,) = submit(kiosk, central_key, 1)
    data = _envelopes(kiosk)[rid].to_json()
    decoy = tmp_path / "decoy.json"
    decoy.write_bytes(data)
    inbox = share / "inbox" / KIOSK
    inbox.mkdir(parents=True)
    (inbox / f"{rid}.json").symlink_to(decoy)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok, status.last_error
    final = inbox / f"{rid}.json"
    assert not final.is_symlink() and final.read_bytes() == data
    assert status.delivered == 1
    (aside,) = inbox.glob(f"{rid}.json.damaged-*")
    assert aside.is_symlink()  # the link itself was renamed; its target is untouched
    assert decoy.read_bytes() == data


@pytest.mark.timeout(30)
def test_a_named_pipe_under_the_final_name_does_not_hang_the_kiosk(
    share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    (rid,) = submit(kiosk, central_key, 1)
    inbox = share / "inbox" / KIOSK
    inbox.mkdir(parents=True)
    os.mkfifo(inbox / f"{rid}.json")

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok, status.last_error
    assert Envelope.from_json((inbox / f"{rid}.json").read_bytes()).id == rid
    assert status.delivered == 1


def test_a_request_counts_delivered_only_when_read_back_from_its_canonical_path(
    tmp_path: Path,
    share: Path,
    kiosk: KioskContext,
    central_key: PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Right after the file is written, its folder is swapped for a symbolic link to a copy (a
    share that moves folders under the kiosk): the copy reads back fine through the link, but the
    canonical path is no longer a real folder, so nothing counts delivered."""
    (rid,) = submit(kiosk, central_key, 1)
    inbox = share / "inbox" / KIOSK
    moved = tmp_path / "moved"
    real_link = os.link
    swapped: list[bool] = []

    def link_then_swap(src: object, dst: object, **kwargs: object) -> None:
        real_link(src, dst, **kwargs)  # type: ignore[arg-type]
        if not swapped and str(dst).endswith(f"{rid}.json"):
            swapped.append(True)
            os.rename(inbox, moved)
            inbox.symlink_to(moved)

    monkeypatch.setattr(os, "link", link_then_swap)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert swapped
    assert not status.ok and "symbolic link" in status.last_error
    assert (status.delivered, status.pending) == (0, 1)
    assert _outbox_states(kiosk) == ["pending"]


def test_a_symlinked_status_folder_is_not_written_through(
    tmp_path: Path, share: Path, kiosk: KioskContext
) -> None:
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (share / "kiosks").symlink_to(elsewhere)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "kiosks on the share is a symbolic link" in status.last_error
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_status_file_is_replaced_not_followed(
    tmp_path: Path, share: Path, kiosk: KioskContext
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    (share / "kiosks").mkdir()
    (share / "kiosks" / f"{KIOSK}.json").symlink_to(target)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok, status.last_error
    assert target.read_text() == "keep me"
    status_file = share / "kiosks" / f"{KIOSK}.json"
    assert not status_file.is_symlink()
    assert json.loads(status_file.read_text())["kiosk_id"] == KIOSK


# -- share catalogues ----------------------------------------------------------------------


def _catalogue_folder(share: Path) -> Path:
    folder = share / "catalogue"
    folder.mkdir(exist_ok=True)
    return folder


def _downloads(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir() if "catalogue" in p.name)


def test_a_symlinked_catalogue_file_is_refused_without_reading_it(
    tmp_path: Path, share: Path, kiosk: KioskContext
) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps(catalogue_dict(4, version="via-link")))
    (_catalogue_folder(share) / "catalogo.json").symlink_to(outside)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok  # requests still flow: the catalogue is its own problem
    assert "catalogue/catalogo.json on the share is a symbolic link" in status.catalogue_problem
    assert status.staged_version == ""
    assert _downloads(kiosk.home) == []


@pytest.mark.timeout(30)
def test_a_symlink_to_proc_pagemap_is_refused_at_once(share: Path, kiosk: KioskContext) -> None:
    (_catalogue_folder(share) / "catalogo.json").symlink_to("/proc/self/pagemap")

    started = time.monotonic()
    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert time.monotonic() - started < 10
    assert "symbolic link" in status.catalogue_problem
    assert _downloads(kiosk.home) == []


def test_a_catalogue_folder_that_is_a_symlink_is_refused(
    tmp_path: Path, share: Path, kiosk: KioskContext
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "catalogo.json").write_text(json.dumps(catalogue_dict(4, version="via-link")))
    (share / "catalogue").symlink_to(outside)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert "catalogue on the share is a symbolic link" in status.catalogue_problem
    assert status.staged_version == ""


def test_an_oversized_catalogue_is_refused_before_copying(share: Path, kiosk: KioskContext) -> None:
    big = _catalogue_folder(share) / "catalogo.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_CATALOGUE_BYTES + 1)  # sparse: no disk used

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok
    assert "catalogue/catalogo.json on the share" in status.catalogue_problem
    assert "200 MB" in status.catalogue_problem
    assert _downloads(kiosk.home) == []


@pytest.mark.timeout(30)
def test_a_named_pipe_in_the_catalogue_folder_is_refused(share: Path, kiosk: KioskContext) -> None:
    os.mkfifo(_catalogue_folder(share) / "catalogo.json")  # nobody ever writes to it

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok
    assert "catalogue/catalogo.json on the share is not a regular file" in (
        status.catalogue_problem
    )
    assert _downloads(kiosk.home) == []


def test_names_from_the_share_are_printable_in_the_status(
    tmp_path: Path, share: Path, kiosk: KioskContext
) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text("{}")
    (_catalogue_folder(share) / "\x1b[2Jevil\x07.json").symlink_to(outside)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert "evil" in status.catalogue_problem and "\x1b" not in status.catalogue_problem
    assert "\x1b" not in status.summary() and "\x07" not in status.summary()


@pytest.fixture
def endless_file(share: Path) -> Iterator[Path]:
    """catalogue/catalogo.json bind-mounted onto /proc/<this process>/pagemap: a regular file whose
    size says 0 and whose content never ends (root only)."""
    if os.geteuid() != 0:
        pytest.skip("a bind mount needs root")
    path = _catalogue_folder(share) / "catalogo.json"
    path.touch()
    mounted = subprocess.run(
        ["mount", "--bind", f"/proc/{os.getpid()}/pagemap", str(path)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount pagemap: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=False)


@pytest.mark.timeout(60)
def test_an_endless_catalogue_is_cut_at_the_size_limit(
    endless_file: Path, kiosk: KioskContext
) -> None:
    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok
    assert "catalogue/catalogo.json on the share" in status.catalogue_problem
    assert "200 MB" in status.catalogue_problem
    assert _downloads(kiosk.home) == []  # the partial copy is gone


@pytest.mark.timeout(60)
def test_copying_a_catalogue_stops_at_the_deadline_and_leaves_nothing(
    endless_file: Path, share: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    transport = FolderTransport(share, KIOSK, max_catalogue_bytes=1 << 60)

    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        transport.fetch_catalogue("", "", dest, Deadline(0.5))

    assert time.monotonic() - started < 5
    assert list(dest.iterdir()) == []


def test_a_catalogue_already_seen_is_not_read_again(share: Path, kiosk: KioskContext) -> None:
    """The share's file is fingerprinted (size, times, inode): an unchanged one costs no read."""
    path = _catalogue_folder(share) / "catalogo.json"
    path.write_text(json.dumps(catalogue_dict(4, version="2026-12-a")))
    engine = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine)
    assert engine.run_once().staged_version == "2026-12-a"
    transport = FolderTransport(share, KIOSK)
    fetched = transport.fetch_catalogue(
        engine.state.catalogue_seen, engine.state.etag, kiosk.home, Deadline(10)
    )
    assert fetched is None


# -- leftovers of a killed kiosk -----------------------------------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_temporary_files_left_by_a_killed_kiosk_are_removed_at_the_next_cycle(
    share: Path, kiosk: KioskContext, central_key: PrivateKey
) -> None:
    submit(kiosk, central_key, 1)
    dead = _dead_pid()
    inbox = share / "inbox" / KIOSK
    inbox.mkdir(parents=True)
    stale_inbox = inbox / f".{uuid.uuid4()}.{dead}.0123abcd.tmp"
    stale_inbox.write_bytes(b'{"half": ')
    stale_download = kiosk.home / f".catalogue-download.{dead}.89abcdef.tmp"
    stale_download.write_bytes(b"x" * 1000)
    (share / "kiosks").mkdir()
    stale_status = share / "kiosks" / f".{KIOSK}.json.{dead}.00000000.tmp"
    stale_status.write_bytes(b"{")
    with contextlib.ExitStack() as stack:
        alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        stack.callback(alive.wait)
        stack.callback(alive.kill)
        in_use = inbox / f".{uuid.uuid4()}.{alive.pid}.fedcba98.tmp"  # another live writer
        in_use.write_bytes(b"")
        not_ours = inbox / ".staff-notes.tmp"
        not_ours.write_bytes(b"")

        status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

        assert status.ok, status.last_error
        assert not stale_inbox.exists()
        assert not stale_download.exists()
        assert not stale_status.exists()
        assert in_use.exists() and not_ours.exists()


def test_a_transport_error_names_the_file_in_one_sentence(share: Path) -> None:
    (share / "catalogue").mkdir()
    os.mkfifo(share / "catalogue" / "cat.json")
    with pytest.raises(TransportError) as caught:
        FolderTransport(share, KIOSK).fetch_catalogue("", "", share, Deadline(10))
    message = str(caught.value)
    assert "catalogue/cat.json" in message and "\n" not in message
