"""The central office's key pair (libsodium Curve25519, PyNaCl) and the kiosk's demo mode.

Key files say what they are. Line 1 is a comment for people, line 2 the key::

    # Family Pit Stop PUBLIC key v1 fingerprint 7K3Q-9M2X-ABCD-EFGH (safe to copy to kiosks)
    public-v1:<standard base64 of the 32 key bytes>

(`SECRET` / `secret-v1:` for the private key). The fingerprint is the public key's (for a secret
key, its public half's), short enough to read over the phone. Old files (one line of base64, no
header) still load; their kind cannot be read from the bytes, so it is taken from the name
(`.key` secret, `.pub` public). `central.key` is created with mode 0600 and never overwritten;
`central.pub` is world-readable. A secret key given where a public key belongs (the kiosk's
`privacy.central_public_key`, an enrolment) is refused, and so is the reverse.

Demo mode: with `privacy.central_public_key` empty the kiosk seals with a key pair it creates in
`$PITSTOP_HOME/demo-central/`, next to a `share/` folder, so the whole loop (seal, deliver, open
at the office) works on one machine. A kiosk in the field must be given the real public key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from nacl.public import PrivateKey, PublicKey

from kiosk.fileio import atomic_write_bytes, fsync_dir
from kiosk.settings import Settings

log = logging.getLogger(__name__)

PRIVATE_KEY_NAME = "central.key"
PUBLIC_KEY_NAME = "central.pub"
DEMO_DIR_NAME = "demo-central"
KEY_BYTES = 32
FORMAT_VERSION = 1
MAX_KEY_FILE_BYTES = 4096
"""A key file is ~150 bytes; anything far larger is not one (and is not read whole)."""
PRIVATE_KEY_SENTENCE = "this is the office's PRIVATE key: never copy it to a kiosk; use central.pub"
KeyKind = Literal["public", "secret", "unknown"]


class KeyFileError(OSError):
    """A key file that is missing, unreadable or not a key; str() is one sentence naming it."""


@dataclass(frozen=True)
class KeyInfo:
    """What a key file holds, as `pitstop keys show` prints it."""

    kind: KeyKind
    fingerprint: str
    """The public key's fingerprint ("" when the kind is unknown: an old file with a neutral name)."""
    version: int
    """Key file format: 1, or 0 for an old file (one line of base64, no header)."""

    @property
    def legacy(self) -> bool:
        return self.version == 0


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
    _write_new(files.private, secret_key_text(key), 0o600)
    try:
        atomic_write_bytes(files.public, public_key_text(key.public_key), mode=0o644)
    except BaseException:
        files.private.unlink(missing_ok=True)
        raise
    log.info("new central key pair in %s", out_dir)
    return files


def key_fingerprint(key: PublicKey) -> str:
    """Four groups of four base32 characters (80 bits of sha256), e.g. `7K3Q-9M2X-ABCD-EFGH`.

    Enough to tell keys apart when read over the phone; not a substitute for the key itself.
    """
    digest = hashlib.sha256(b"family-pit-stop key v1\0" + bytes(key)).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def public_key_text(key: PublicKey) -> bytes:
    """The content of a public key file in the current format (header line, key line)."""
    return (
        f"# Family Pit Stop PUBLIC key v{FORMAT_VERSION} fingerprint {key_fingerprint(key)} "
        f"(safe to copy to kiosks)\n"
        f"public-v{FORMAT_VERSION}:{base64.b64encode(bytes(key)).decode('ascii')}\n"
    ).encode("ascii")


def secret_key_text(key: PrivateKey) -> bytes:
    """The content of a secret key file in the current format."""
    return (
        f"# Family Pit Stop SECRET key v{FORMAT_VERSION} fingerprint "
        f"{key_fingerprint(key.public_key)} (office only: never copy to a kiosk)\n"
        f"secret-v{FORMAT_VERSION}:{base64.b64encode(bytes(key)).decode('ascii')}\n"
    ).encode("ascii")


def write_public_key(path: Path, key: PublicKey) -> None:
    """Write (atomically, replacing) a public key file in the current format."""
    atomic_write_bytes(path, public_key_text(key), mode=0o644)


def parse_public_key(text: str, where: str) -> PublicKey:
    """A public key given as text (`public-v1:<base64>` or bare base64), e.g. inside a file.

    `where` names the place in error sentences. A `secret-v1:` key is refused.
    """
    kind, _, raw = _parse_key_line(text.strip(), where)
    if kind == "secret":
        raise KeyFileError(f"{where}: {PRIVATE_KEY_SENTENCE}")
    return PublicKey(raw)


def describe_key_file(path: Path) -> KeyInfo:
    """Kind, fingerprint and format of the key file `path` (KeyFileError if it is not one)."""
    parsed = _read_key_file(path)
    if parsed.kind == "unknown":
        return KeyInfo("unknown", "", parsed.version)
    return KeyInfo(parsed.kind, _fingerprint_of(parsed.kind, parsed.raw), parsed.version)


def load_public_key(path: Path) -> PublicKey:
    """The public key in `path` (see the module docstring); a secret key is refused."""
    parsed = _read_key_file(path)
    if parsed.kind == "secret":
        raise KeyFileError(f"{path}: {PRIVATE_KEY_SENTENCE}")
    return PublicKey(parsed.raw)


def load_private_key(path: Path) -> PrivateKey:
    """The private key in `path`; a public key given by mistake is named as such."""
    parsed = _read_key_file(path, "private")
    if parsed.kind == "public":
        raise KeyFileError(
            f"{path}: this is the public key; the private key is central.key (kept at the office)"
        )
    return PrivateKey(parsed.raw)


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
                write_public_key(public, key.public_key)
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


@dataclass(frozen=True)
class _Parsed:
    kind: KeyKind
    version: int
    raw: bytes


_HEADER = re.compile(
    r"^# Family Pit Stop (PUBLIC|SECRET) key v(\d+) fingerprint ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})\b"
)
_KEY_LINE = re.compile(r"^(public|secret)-v(\d+):(.*)$")


def _fingerprint_of(kind: KeyKind, raw: bytes) -> str:
    public = PrivateKey(raw).public_key if kind == "secret" else PublicKey(raw)
    return key_fingerprint(public)


def _parse_key_line(line: str, where: str, kind_word: str = "key") -> tuple[KeyKind, int, bytes]:
    """(kind, version, raw bytes) of one key line; a bare base64 line is version 0, kind unknown."""
    match = _KEY_LINE.match(line)
    if match is None:
        kind: KeyKind = "unknown"
        version, body = 0, line
    else:
        kind = "public" if match.group(1) == "public" else "secret"
        version, body = int(match.group(2)), match.group(3)
        if version != FORMAT_VERSION:
            raise KeyFileError(
                f"{where}: a key in format v{version}, written by a newer Family Pit Stop; "
                "update this installation"
            )
    try:
        raw = base64.b64decode(body.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(
            f"{where}: not a {kind_word} file (expected a Family Pit Stop key or one line of base64)"
        ) from None
    if len(raw) != KEY_BYTES:
        raise KeyFileError(f"{where}: not a {kind_word} file ({len(raw)} bytes instead of 32)")
    return kind, version, raw


def _read_key_file(path: Path, kind_word: str = "public") -> _Parsed:
    """Read and check a key file (new format with its header, or an old one-line file)."""
    key_word = f"{kind_word} key"
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no such {key_word} file") from None
    except IsADirectoryError:
        raise KeyFileError(f"{path}: is a folder, not a {key_word} file") from None
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the {key_word} file ({exc.strerror})") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"{path}: not a {key_word} file (far too large)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: not a {key_word} file (not text)") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if not line.startswith("#")]
    if len(body) != 1:
        raise KeyFileError(
            f"{path}: not a {key_word} file (expected a Family Pit Stop key or one line of base64)"
        )
    kind, version, raw = _parse_key_line(body[0], str(path), key_word)
    if kind == "unknown":  # an old file: the name is all that says what it is
        suffix = path.suffix.lower()
        kind = "secret" if suffix == ".key" else "public" if suffix == ".pub" else "unknown"
        return _Parsed(kind, 0, raw)
    header = _HEADER.match(comments[0]) if comments else None
    if header is not None:
        said = "public" if header.group(1) == "PUBLIC" else "secret"
        if said != kind:
            raise KeyFileError(
                f"{path}: the header says {said} but the key line is {kind}: the file was edited; "
                "get a fresh copy from the office"
            )
        actual = _fingerprint_of(kind, raw)
        if header.group(3) != actual:
            raise KeyFileError(
                f"{path}: the header's fingerprint {header.group(3)} does not match the key "
                f"({actual}): the file was edited; get a fresh copy from the office"
            )
    return _Parsed(kind, version, raw)
