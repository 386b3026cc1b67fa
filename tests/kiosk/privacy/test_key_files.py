"""Self-describing key files: header, fingerprint, old files, and a secret key never taken for a
public one (kiosk.privacy.keys, `pitstop keys show`, `pitstop config set` in a real subprocess)."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.cli.main import main
from kiosk.privacy.keys import (
    PRIVATE_KEY_SENTENCE,
    KeyFileError,
    check_key_setting,
    describe_key_file,
    generate_keypair,
    key_fingerprint,
    load_private_key,
    load_public_key,
    parse_public_key,
    public_key_text,
)
from kiosk.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")


def _legacy(path: Path, raw: bytes) -> Path:
    path.write_bytes(base64.b64encode(raw) + b"\n")
    return path


def test_new_files_say_what_they_are_and_share_one_fingerprint(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path)
    public, secret = describe_key_file(files.public), describe_key_file(files.private)
    assert (public.kind, secret.kind, public.version, secret.version) == ("public", "secret", 1, 1)
    assert FINGERPRINT.match(public.fingerprint) and public.fingerprint == secret.fingerprint
    assert public.fingerprint == key_fingerprint(load_public_key(files.public))
    head = files.public.read_text().splitlines()[0]
    assert head == (
        f"# Family Pit Stop PUBLIC key v1 fingerprint {public.fingerprint} (safe to copy to kiosks)"
    )
    assert "never copy to a kiosk" in files.private.read_text().splitlines()[0]
    other = PrivateKey.generate().public_key
    assert key_fingerprint(other) != public.fingerprint


def test_old_one_line_files_still_load_and_the_name_tells_the_kind(tmp_path: Path) -> None:
    key = PrivateKey.generate()
    pub = _legacy(tmp_path / "central.pub", bytes(key.public_key))
    sec = _legacy(tmp_path / "central.key", bytes(key))
    neutral = _legacy(tmp_path / "chiave.txt", bytes(key.public_key))
    assert bytes(load_public_key(pub)) == bytes(key.public_key)
    assert bytes(load_private_key(sec)) == bytes(key)
    assert bytes(load_public_key(neutral)) == bytes(key.public_key)
    info = describe_key_file(pub)
    assert (info.kind, info.legacy, info.fingerprint) == (
        "public",
        True,
        key_fingerprint(key.public_key),
    )
    assert describe_key_file(sec).fingerprint == info.fingerprint
    assert describe_key_file(neutral).kind == "unknown"


def test_a_secret_key_is_refused_where_a_public_key_belongs(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "office")
    renamed = tmp_path / "office.pub"  # a new-format secret key under a public-looking name
    renamed.write_bytes(files.private.read_bytes())
    old_secret = _legacy(tmp_path / "x.key", b"k" * 32)
    for path in (files.private, renamed, old_secret):
        with pytest.raises(KeyFileError) as info:
            load_public_key(path)
        assert str(info.value) == f"{path}: {PRIVATE_KEY_SENTENCE}"
        settings = Settings().with_value("privacy.central_public_key", str(path))
        with pytest.raises(KeyFileError, match="PRIVATE key"):
            check_key_setting(settings, tmp_path)
    secret_line = files.private.read_text().splitlines()[1]
    with pytest.raises(KeyFileError, match="PRIVATE key"):
        parse_public_key(secret_line, "enrolment.json: office_public_key")


def test_a_public_key_is_refused_where_the_private_key_belongs(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path)
    renamed = tmp_path / "backup.key"
    renamed.write_bytes(files.public.read_bytes())
    for path in (files.public, renamed):
        with pytest.raises(KeyFileError, match="this is the public key"):
            load_private_key(path)


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda t: t.replace("PUBLIC key", "SECRET key"), "the header says secret"),
        (
            lambda t: re.sub(r"fingerprint \S+", "fingerprint AAAA-AAAA-AAAA-AAAA", t),
            "does not match",
        ),
        (lambda t: t.replace("public-v1:", "public-v2:"), "format v2, written by a newer"),
        (lambda t: t + "public-v1:" + "A" * 44 + "\n", "expected a Family Pit Stop key"),
        (lambda t: t.replace("public-v1:", "public-v1:!"), "one line of base64"),
        (lambda t: t + "#" * 5000, "far too large"),
    ],
)
def test_edited_or_foreign_key_files_are_named(tmp_path: Path, edit: object, match: str) -> None:
    path = tmp_path / "central.pub"
    path.write_text(edit(public_key_text(PrivateKey.generate().public_key).decode()))  # type: ignore[operator]
    with pytest.raises(KeyFileError, match=match) as info:
        load_public_key(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_folder_and_binary_junk_are_not_keys(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="is a folder"):
        load_public_key(tmp_path)
    junk = tmp_path / "central.pub"
    junk.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(KeyFileError, match="not text"):
        describe_key_file(junk)


def test_keys_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = generate_keypair(tmp_path)
    fingerprint = describe_key_file(files.public).fingerprint
    assert main(["keys", "show", str(files.public)]) == 0
    out = capsys.readouterr().out
    assert f"PUBLIC key, fingerprint {fingerprint} (format v1; safe to copy to kiosks)" in out
    assert main(["keys", "show", str(files.private)]) == 0
    assert f"SECRET key, fingerprint {fingerprint}" in capsys.readouterr().out
    old = _legacy(tmp_path / "old.pub", bytes(load_public_key(files.public)))
    assert main(["keys", "show", str(old)]) == 0
    assert f"fingerprint {fingerprint} (old format, kind taken from the file name" in (
        capsys.readouterr().out
    )
    neutral = _legacy(tmp_path / "chiave.b64", b"x" * 32)
    assert main(["keys", "show", str(neutral)]) == 0
    assert "unknown — 32 raw bytes" in capsys.readouterr().out
    assert main(["keys", "show", str(tmp_path / "missing.pub")]) == 2
    assert "missing.pub: no such public key file" in capsys.readouterr().err


def _pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PITSTOP_HOME": str(home)}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_config_set_refuses_the_private_key_through_the_real_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    files = generate_keypair(tmp_path / "office")
    assert _pitstop(home, "config", "set", "kiosk.name", "Biblioteca").returncode == 0
    before = (home / "settings.toml").read_bytes()

    refused = _pitstop(home, "config", "set", "privacy.central_public_key", str(files.private))

    assert refused.returncode == 2
    assert refused.stderr.strip().endswith(PRIVATE_KEY_SENTENCE)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert (home / "settings.toml").read_bytes() == before
    accepted = _pitstop(home, "config", "set", "privacy.central_public_key", str(files.public))
    assert accepted.returncode == 0, accepted.stderr
