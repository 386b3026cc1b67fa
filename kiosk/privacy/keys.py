"""The central office's key pair (libsodium Curve25519, PyNaCl) and the kiosk's demo mode.

Key files are one line of standard base64 (the 32 raw key bytes) followed by a newline, so they
can be copied by hand, compared at a glance and mailed without an attachment mangling them.
`central.key` is created with mode 0600 and never overwritten; `central.pub` is world-readable.

Demo mode: with `privacy.central_public_key` empty the kiosk seals with a key pair it creates in
`$PITSTOP_HOME/demo-central/`, next to a `share/` folder, so the whole loop (seal, deliver, open
at the office) works on one machine. A kiosk in the field must be given the real public key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey

from kiosk.fileio import atomic_write_bytes, fsync_dir
from kiosk.settings import Settings

log = logging.getLogger(__name__)

PRIVATE_KEY_NAME = "central.key"
PUBLIC_KEY_NAME = "central.pub"
DEMO_DIR_NAME = "demo-central"
KEY_BYTES = 32


class KeyFileError(OSError):
    """A key file that is missing, unreadable or not a key; str() is one sentence naming it."""


@dataclass(frozen=True)
class KeyPairFiles:
    private: Path
    public: Path


def generate_keypair(out_dir: Path) -> KeyPairFiles:
    """Write a new `central.key` (0600) and `central.pub` in `out_dir`; refuses to overwrite."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = KeyPairFiles(out_dir / PRIVATE_KEY_NAME, out_dir / PUBLIC_KEY_NAME)
    for path in (files.private, files.public):
        if path.exists():
            raise KeyFileError(f"{path} already exists: keys are never overwritten")
    key = PrivateKey.generate()
    _write_new(files.private, _encode(bytes(key)), 0o600)
    try:
        atomic_write_bytes(files.public, _encode(bytes(key.public_key)), mode=0o644)
    except BaseException:
        files.private.unlink(missing_ok=True)
        raise
    log.info("new central key pair in %s", out_dir)
    return files


def load_public_key(path: Path) -> PublicKey:
    """The public key in `path` (base64 text, see the module docstring)."""
    return PublicKey(_read_key(path, "public"))


def load_private_key(path: Path) -> PrivateKey:
    """The private key in `path`; a public key given by mistake is named as such."""
    return PrivateKey(_read_key(path, "private"))


def is_demo_mode(settings: Settings) -> bool:
    """True when no central public key is configured: requests are sealed with the demo key."""
    return not settings.privacy.central_public_key.strip()


def demo_central_dir(home: Path) -> Path:
    return home / DEMO_DIR_NAME


def ensure_demo_central(home: Path) -> Path:
    """Create (once) `home/demo-central/` with a demo key pair and an empty `share/`; returns it.

    The private key is never deleted or replaced: requests already sealed need it. A missing
    `central.pub` is rebuilt from `central.key`; a new pair is made only when neither exists (an
    orphan `central.pub` without its private key is moved aside, not deleted). Concurrent callers
    (threads or processes) are serialised by an O_EXCL lock file in the folder.
    """
    folder = demo_central_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "share").mkdir(exist_ok=True)
    private, public = folder / PRIVATE_KEY_NAME, folder / PUBLIC_KEY_NAME
    if private.exists() and public.exists():
        return folder
    with _exclusive(folder / LOCK_NAME):
        if private.exists():
            if not public.exists():
                key = load_private_key(private)
                atomic_write_bytes(public, _encode(bytes(key.public_key)), mode=0o644)
                log.warning("demo mode: rebuilt %s from the demo private key", public)
        else:
            if public.exists():
                aside = public.with_name(f"{PUBLIC_KEY_NAME}.orphan-{time.time_ns()}")
                os.replace(public, aside)
                log.warning("demo mode: %s had no private key; moved to %s", public, aside.name)
            generate_keypair(folder)
            log.warning("demo mode: created a demo central key pair in %s", folder)
    return folder


LOCK_NAME = ".keys.lock"
LOCK_TIMEOUT = 10.0
LOCK_STALE = 60.0
"""A lock file older than this (seconds) was left by a crashed process and is taken over."""


@contextlib.contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """Hold `lock` (created with O_EXCL) for the block; waits up to LOCK_TIMEOUT seconds."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            with contextlib.suppress(FileNotFoundError):
                if time.time() - lock.stat().st_mtime > LOCK_STALE:
                    lock.unlink()  # left by a process that died holding it
                    continue
            if time.monotonic() > deadline:
                raise KeyFileError(
                    f"{lock}: another process is creating the demo keys; try again"
                ) from None
            time.sleep(0.01)
    try:
        os.write(fd, str(os.getpid()).encode("ascii"))
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


def public_key_path(settings: Settings, home: Path) -> Path:
    """The public key file requests are sealed with: the configured one, or the demo one."""
    if is_demo_mode(settings):
        return ensure_demo_central(home) / PUBLIC_KEY_NAME
    configured = Path(settings.privacy.central_public_key).expanduser()
    return configured if configured.is_absolute() else home / configured


def check_key_setting(settings: Settings, home: Path) -> None:
    """Refuse (KeyFileError, one sentence) a configured central public key that cannot be loaded.

    Called before `privacy.central_public_key` is saved, so a wrong path is caught when staff type
    it rather than by every later submission. Empty (demo mode) is always allowed.
    """
    if not is_demo_mode(settings):
        load_public_key(public_key_path(settings, home))


def central_public_key(settings: Settings, home: Path) -> PublicKey:
    """The key to seal requests with (demo key pair created on first use in demo mode)."""
    return load_public_key(public_key_path(settings, home))


def _encode(raw: bytes) -> bytes:
    return base64.b64encode(raw) + b"\n"


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.chmod(path, mode)  # the umask may have removed bits we wanted; never adds any for 0600
    fsync_dir(path.parent)


def _read_key(path: Path, kind: str) -> bytes:
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no such {kind} key file") from None
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the {kind} key file ({exc.strerror})") from None
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"{path}: not a {kind} key file (expected one line of base64)") from None
    if len(raw) != KEY_BYTES:
        raise KeyFileError(f"{path}: not a {kind} key file ({len(raw)} bytes instead of 32)")
    if kind == "private" and path.name.endswith(".pub"):
        raise KeyFileError(f"{path}: this is the public key; the private key is central.key")
    return raw
