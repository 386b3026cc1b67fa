"""A kiosk with the office's key never delivers to the demo share (issue 12, "no silent loss").

With a live key and no share or server set up, requests stay queued, the cycle fails with a plain
sentence (the staff screen shows it in red) and the demo share's catalogue is not pulled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk import settings as settings_mod
from kiosk.context import KioskContext
from kiosk.privacy.keys import ensure_demo_central, generate_keypair, load_private_key
from kiosk.settings import Settings
from sync.engine import SyncEngine, delivery_problem, make_transport
from sync.transport import TransportError
from tests.central.live import LiveServer, make_kiosk, submit
from tests.factories import catalogue_dict


def _live_kiosk(tmp_path: Path, **sync: str) -> KioskContext:
    """A kiosk holding a real office public key (not demo mode)."""
    office = generate_keypair(tmp_path / "office")
    kiosk = make_kiosk(tmp_path, "kiosk-live", **sync)
    kiosk.settings = kiosk.settings.with_value("privacy.central_public_key", str(office.public))
    return kiosk


def _demo_share(kiosk: KioskContext) -> Path:
    return ensure_demo_central(kiosk.home) / "share"


def test_a_live_key_with_no_share_keeps_requests_and_says_so(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    kiosk = _live_kiosk(tmp_path, mode="folder", folder="")
    ids = submit(kiosk, central_key, 2)
    demo = _demo_share(kiosk)
    catalogue = demo / "catalogue"
    catalogue.mkdir()
    (catalogue / "catalogo.json").write_text(json.dumps(catalogue_dict(5, version="demo-x")))

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert status.last_error == delivery_problem(kiosk.settings, kiosk.home)
    assert "kept on this kiosk" in status.last_error and "sync.folder" in status.last_error
    assert (status.pending, status.delivered) == (2, 0)
    assert not (demo / "inbox").exists()  # nothing went to the demo share
    assert not (demo / "kiosks").exists()
    assert status.staged_version == ""  # the demo share's catalogue is not pulled either
    assert "kept on this kiosk" in status.summary()
    with kiosk.engine.connect() as connection:
        states = connection.execute("SELECT request_id, state FROM outbox").fetchall()
    assert sorted(states) == sorted((rid, "pending") for rid in ids)
    kiosk.close()


def test_a_live_key_with_the_demo_share_named_explicitly_is_refused_too(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    kiosk = _live_kiosk(tmp_path, mode="folder")
    kiosk.settings = kiosk.settings.with_value("sync.folder", str(_demo_share(kiosk)))
    submit(kiosk, central_key, 1)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "demo" in status.last_error
    assert status.pending == 1
    assert not (_demo_share(kiosk) / "inbox").exists()
    kiosk.close()


def test_http_with_no_url_keeps_requests_and_says_so(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    kiosk = _live_kiosk(tmp_path, mode="http", url="")
    submit(kiosk, central_key, 1)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "kept on this kiosk" in status.last_error
    assert "sync.url" in status.last_error
    assert status.pending == 1
    kiosk.close()


def test_make_transport_refuses_what_delivery_problem_names(tmp_path: Path) -> None:
    kiosk = _live_kiosk(tmp_path, mode="folder", folder="")
    problem = delivery_problem(kiosk.settings, kiosk.home)
    assert problem is not None
    with pytest.raises(TransportError, match="kept on this kiosk"):
        make_transport(kiosk.settings, kiosk.home)
    kiosk.close()


def test_a_live_key_with_a_real_share_delivers(tmp_path: Path, central_key: PrivateKey) -> None:
    share = tmp_path / "share"
    share.mkdir()
    kiosk = _live_kiosk(tmp_path, mode="folder", folder=str(share))
    submit(kiosk, central_key, 2)

    assert delivery_problem(kiosk.settings, kiosk.home) is None
    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert status.ok and (status.delivered, status.pending) == (2, 0)
    assert len(list((share / "inbox" / "kiosk-live").glob("*.json"))) == 2
    kiosk.close()


def test_a_relative_share_is_resolved_in_the_data_folder(tmp_path: Path) -> None:
    kiosk = _live_kiosk(tmp_path, mode="folder", folder="share-here")
    assert delivery_problem(kiosk.settings, kiosk.home) is None
    kiosk.close()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"sync.mode": "folder", "sync.folder": ""}, None),  # the demo share: the whole loop
        ({"sync.mode": "http", "sync.url": ""}, "sync.url"),  # there is no demo server
        ({"sync.mode": "off"}, None),
        ({"sync.mode": "folder", "sync.folder": "/srv/pitstop"}, "demo mode"),  # a real share
        ({"sync.mode": "http", "sync.url": "https://office.example"}, "demo mode"),
        (
            {"sync.mode": "http", "sync.url": "https://office.example", "sync.token": "pst_x"},
            "demo",
        ),
        ({"sync.mode": "folder", "sync.folder": "demo-central/share"}, None),  # named explicitly
    ],
)
def test_demo_mode(tmp_path: Path, values: dict[str, str], expected: str | None) -> None:
    settings = Settings()
    for key, value in values.items():
        settings = settings.with_value(key, value)
    problem = delivery_problem(settings, tmp_path)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


def test_sync_off_with_a_live_key_is_named(tmp_path: Path) -> None:
    office = generate_keypair(tmp_path / "office")
    settings = (
        Settings()
        .with_value("privacy.central_public_key", str(office.public))
        .with_value("sync.mode", "off")
    )
    problem = delivery_problem(settings, tmp_path)
    assert problem is not None and "sync.mode" in problem
    assert os.listdir(tmp_path) == ["office"]  # asking creates no demo folder


def test_pitstop_sync_once_says_requests_stay_and_exits_non_zero(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    """What staff see from a terminal: the sentence, exit status 1, the request still queued."""
    kiosk = _live_kiosk(tmp_path, mode="folder", folder="")
    settings_mod.save(kiosk.home, kiosk.settings)
    submit(kiosk, central_key, 1)
    kiosk.close()

    done = subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), "sync", "--once"],
        env={**os.environ, "PITSTOP_HOME": str(kiosk.home)},
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert done.returncode == 1, done.stderr
    assert "Requests are kept on this kiosk" in done.stdout
    assert "1 waiting" in done.stdout
    assert not (kiosk.home / "demo-central" / "share" / "inbox").exists()


def _demo_kiosk(tmp_path: Path, **sync: str) -> KioskContext:
    """A kiosk in demo mode (no office key) whose sync points somewhere real."""
    kiosk = make_kiosk(tmp_path, "kiosk-demo", **sync)
    kiosk.settings = kiosk.settings.with_value("privacy.central_public_key", "")
    return kiosk


def _demo_private_key(kiosk: KioskContext) -> PrivateKey:
    return load_private_key(ensure_demo_central(kiosk.home) / "central.key")


def test_demo_mode_never_delivers_to_a_real_share(tmp_path: Path) -> None:
    """Demo-sealed requests delivered to the office's share would be purged unread: they stay
    queued, the status is red and says to enrol (which seals them again for the office)."""
    share = tmp_path / "share"
    share.mkdir()
    kiosk = _demo_kiosk(tmp_path, mode="folder", folder=str(share))
    submit(kiosk, _demo_private_key(kiosk), 2)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok
    assert "demo mode" in status.last_error and "pitstop enrol FILE" in status.last_error
    assert str(share) in status.last_error
    assert (status.delivered, status.pending) == (0, 2)
    assert list(share.iterdir()) == []  # not even a status file
    kiosk.close()


def test_demo_mode_never_delivers_to_a_real_server(tmp_path: Path, server: LiveServer) -> None:
    token = server.store.new_token("kiosk-demo")
    kiosk = _demo_kiosk(tmp_path, mode="http", url=server.url, token=token)
    submit(kiosk, _demo_private_key(kiosk), 1)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "demo mode" in status.last_error
    assert status.pending == 1
    assert server.store.request_count() == 0
    kiosk.close()


def test_an_http_kiosk_without_a_token_keeps_requests_and_says_so(
    tmp_path: Path, central_key: PrivateKey
) -> None:
    """A damaged settings.toml can lose sync.token while enrolment.json gives back the rest."""
    kiosk = _live_kiosk(tmp_path, mode="http", url="https://office.example")
    submit(kiosk, central_key, 1)

    status = SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once()

    assert not status.ok and "sync.token is empty" in status.last_error
    assert status.pending == 1
    kiosk.close()
