"""Key files, demo mode and `pitstop keys new` (kiosk.privacy.keys, kiosk.cli.keys)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.cli.main import main
from kiosk.privacy.keys import (
    KeyFileError,
    central_public_key,
    ensure_demo_central,
    generate_keypair,
    is_demo_mode,
    load_private_key,
    load_public_key,
    public_key_path,
)
from kiosk.privacy.sealing import PAD_TO, WrongKeyError, seal, unseal
from kiosk.settings import Settings


def test_generated_pair_loads_back_and_private_key_is_0600(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "keys")
    assert stat.S_IMODE(files.private.stat().st_mode) == 0o600
    private, public = load_private_key(files.private), load_public_key(files.public)
    assert bytes(private.public_key) == bytes(public)
    header, line = files.private.read_text().splitlines()
    assert header.startswith("# Family Pit Stop SECRET key v1 fingerprint ")
    assert line.startswith("secret-v1:") and len(line) == len("secret-v1:") + 44


def test_generate_refuses_to_overwrite_either_file(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path)
    before = files.private.read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        generate_keypair(tmp_path)
    files.private.unlink()
    with pytest.raises(KeyFileError, match=r"central\.pub already exists"):
        generate_keypair(tmp_path)
    assert not files.private.exists() and before


def test_cli_keys_new_refuses_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "office"
    assert main(["keys", "new", "--out", str(out)]) == 0
    key_bytes = (out / "central.key").read_bytes()
    assert stat.S_IMODE((out / "central.key").stat().st_mode) == 0o600
    assert "pitstop enrol FILE" in capsys.readouterr().out  # enrolment, not a hand-set key
    assert main(["keys", "new", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (out / "central.key").read_bytes() == key_bytes


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"not base64 at all!", "one line of base64"), (b"AAAA\n", "3 bytes instead of 32")],
)
def test_bad_key_files_are_named(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "central.pub"
    path.write_bytes(content)
    with pytest.raises(KeyFileError, match=match) as info:
        load_public_key(path)
    assert str(path) in str(info.value)


def test_missing_key_and_public_key_given_as_private(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="no such private key file"):
        load_private_key(tmp_path / "nope.key")
    files = generate_keypair(tmp_path)
    with pytest.raises(KeyFileError, match="this is the public key"):
        load_private_key(files.public)


def test_demo_mode_creates_one_key_pair_and_share(tmp_path: Path) -> None:
    settings = Settings()
    assert is_demo_mode(settings)
    folder = ensure_demo_central(tmp_path)
    assert folder == tmp_path / "demo-central"
    assert (folder / "share").is_dir()
    key = (folder / "central.key").read_bytes()
    assert ensure_demo_central(tmp_path) == folder
    assert (folder / "central.key").read_bytes() == key
    public = central_public_key(settings, tmp_path)
    assert bytes(load_private_key(folder / "central.key").public_key) == bytes(public)


def test_configured_key_is_used_relative_to_home(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "office")
    settings = Settings().with_value("privacy.central_public_key", "office/central.pub")
    assert not is_demo_mode(settings)
    assert public_key_path(settings, tmp_path) == files.public
    assert bytes(central_public_key(settings, tmp_path)) == bytes(load_public_key(files.public))
    assert not (tmp_path / "demo-central").exists()


def test_seal_pads_and_only_the_right_key_opens() -> None:
    key, other = PrivateKey.generate(), PrivateKey.generate()
    short, longer = (
        seal(key.public_key, b'{"a":1}'),
        seal(key.public_key, b'{"a":"' + b"x" * 200 + b'"}'),
    )
    assert len(short) == len(longer) == PAD_TO + 48
    assert unseal(key, short).rstrip(b" ") == b'{"a":1}'
    with pytest.raises(WrongKeyError):
        unseal(other, short)
    with pytest.raises(WrongKeyError):
        unseal(key, short[:-1] + bytes([short[-1] ^ 1]))


def test_demo_private_key_survives_a_lost_public_key(tmp_path: Path) -> None:
    folder = ensure_demo_central(tmp_path)
    key = (folder / "central.key").read_bytes()
    sealed = seal(central_public_key(Settings(), tmp_path), b'{"a":1}')
    (folder / "central.pub").unlink()
    ensure_demo_central(tmp_path)
    assert (folder / "central.key").read_bytes() == key
    private = load_private_key(folder / "central.key")
    assert bytes(load_public_key(folder / "central.pub")) == bytes(private.public_key)
    assert unseal(private, sealed).rstrip(b" ") == b'{"a":1}'


def test_orphan_demo_public_key_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    folder = ensure_demo_central(tmp_path)
    old_public = (folder / "central.pub").read_bytes()
    (folder / "central.key").rename(tmp_path / "lost.key")
    ensure_demo_central(tmp_path)
    assert [p.read_bytes() for p in folder.glob("central.pub.orphan-*")] == [old_public]
    private = load_private_key(folder / "central.key")
    assert bytes(load_public_key(folder / "central.pub")) == bytes(private.public_key)


def test_concurrent_demo_setup_makes_one_pair(tmp_path: Path) -> None:
    import threading

    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def run() -> None:
        barrier.wait()
        try:
            ensure_demo_central(tmp_path)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    folder = tmp_path / "demo-central"
    private = load_private_key(folder / "central.key")
    assert bytes(load_public_key(folder / "central.pub")) == bytes(private.public_key)
    assert not (folder / ".keys.lock").exists()


def test_concurrent_demo_setup_across_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; "
        "from kiosk.privacy.keys import ensure_demo_central as e; e(Path(sys.argv[1]))"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path)]) for _ in range(4)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    folder = tmp_path / "demo-central"
    private = load_private_key(folder / "central.key")
    assert bytes(load_public_key(folder / "central.pub")) == bytes(private.public_key)
    assert not list(folder.glob("central.pub.orphan-*"))
