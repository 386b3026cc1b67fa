"""The enrolment file the office writes for one kiosk, and the record a kiosk keeps of applying it.

The file is JSON (mode 0600), its first field saying what it holds::

    {"what": "Family Pit Stop kiosk enrolment — holds a sync token and a one-time staff code: …",
     "format": 1,
     "kiosk": {"id": "kiosk-legnano", "name": …, "venue": …, "comune": …, "area": …},
     "sync": {"mode": "http", "url": "https://…", "token": "pst_…", "ca_pem": ""}
          or {"mode": "folder", "folder": "/mnt/pitstop"},
     "office_public_key": "public-v1:<base64>", "office_key_fingerprint": "7K3Q-…",
     "created_at": "2026-12-01T09:00:00Z",
     "staff_code": "0123456789" or null, "allowed": {"sync.folder": ["/media/usb/pitstop"]}}

Reading checks everything that can be checked without the network: size, no symlink or device,
the key is a public key whose fingerprint is the one written beside it, the kiosk id pattern, the
https rule. Applying it (connection test, catalogue, settings) is `sync.enrolment.apply_enrolment`.

After applying, `<home>/enrolment.json` records what was applied (no token, no staff code), so
staff mode can tell which values of the settings that redirect parents' data (`privacy.*`,
`sync.folder`, `sync.url`) the office allowed. A damaged record allows nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, NotRequired, TypedDict, Unpack

import msgspec
from msgspec import Meta

from kiosk.fileio import atomic_write_bytes, fsync_dir
from kiosk.settings import KIOSK_ID_PATTERN, Settings, all_keys, display
from kiosk.structs import error_parts, whole
from kiosk.text import printable

log = logging.getLogger(__name__)

WHAT = (
    "Family Pit Stop kiosk enrolment — holds a sync token and a one-time staff code: "
    "keep it private, delete after use"
)
APPLIED_WHAT = "What this kiosk was enrolled with (no token, no staff code)."
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_CA_BYTES = 64 * 1024
APPLIED_NAME = "enrolment.json"
OFFICE_KEY_NAME = "office.pub"
"""The office's public key in the data folder once enrolled (privacy.central_public_key)."""
OFFICE_CA_NAME = "office-ca.pem"
"""The CA of the office's server in the data folder, when the enrolment carried one."""
STAFF_CODE_DIGITS = 10
REDIRECTING_KEYS = frozenset({"sync.folder", "sync.url"})
"""With every `privacy.*` key: the settings that decide where parents' data goes."""
PATH_KEYS = frozenset({"sync.folder", "privacy.central_public_key"})


class EnrolmentError(ValueError):
    """An enrolment that cannot be read, written or applied; str() is one sentence."""


def redirects(key: str) -> bool:
    """True for the settings that redirect parents' data (changed only as the office allowed)."""
    return key.startswith("privacy.") or key in REDIRECTING_KEYS


class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    pass


class EnrolKiosk(_Strict, frozen=True):
    id: Annotated[str, Meta(pattern=whole(KIOSK_ID_PATTERN))]
    name: Annotated[str, Meta(min_length=1, max_length=100)]
    comune: Annotated[str, Meta(max_length=100)]
    venue: Annotated[str, Meta(max_length=200)] = ""
    area: Annotated[str, Meta(max_length=100)] = ""


class HttpSync(_Strict, frozen=True, tag_field="mode", tag="http"):
    url: Annotated[str, Meta(min_length=1, max_length=2000)]
    token: Annotated[str, Meta(min_length=1, max_length=200)]
    ca_pem: Annotated[str, Meta(max_length=MAX_CA_BYTES)] = ""
    """PEM text of the CA that signed the server's certificate ("" for a public CA)."""


class FolderSync(_Strict, frozen=True, tag_field="mode", tag="folder"):
    folder: Annotated[str, Meta(min_length=1, max_length=1000)]
    """The shared folder's absolute path as the kiosk sees it."""


StaffCode = Annotated[str, Meta(pattern=whole(r"^[0-9]{8,32}$"))]


class Enrolment(_Strict, frozen=True):
    """One kiosk's enrolment (see the module docstring for the file)."""

    what: str
    format: int
    kiosk: EnrolKiosk
    sync: HttpSync | FolderSync
    office_public_key: Annotated[str, Meta(max_length=200)]
    office_key_fingerprint: Annotated[str, Meta(max_length=40)]
    created_at: dt.datetime
    staff_code: StaffCode | None = None
    allowed: dict[str, list[Annotated[str, Meta(max_length=1000)]]] = {}


class _Head(msgspec.Struct):
    what: str = ""
    format: int = 0


# -- reading ----------------------------------------------------------------------------------


def read_enrolment(path: Path) -> Enrolment:
    """Read and check the enrolment file `path` (EnrolmentError, one sentence, if unusable)."""
    data = _read_capped(path)
    name = printable(path)
    try:
        head = msgspec.json.decode(data, type=_Head)
    except (msgspec.DecodeError, RecursionError):
        raise EnrolmentError(f"{name}: not an enrolment file (not valid JSON)") from None
    if not head.what.startswith("Family Pit Stop kiosk enrolment"):
        raise EnrolmentError(
            f"{name}: not a Family Pit Stop enrolment file (its first field should say so)"
        )
    if head.format != FORMAT:
        raise EnrolmentError(
            f"{name}: enrolment format {head.format} is not known to this version "
            f"(it reads format {FORMAT}); update the kiosk or ask the office for a new file"
        )
    try:
        enrolment = msgspec.json.decode(data, type=Enrolment)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        where, reason = error_parts(exc)
        raise EnrolmentError(
            f"{name}: {printable(where) + ': ' if where else ''}{printable(reason, limit=200)}"
        ) from None
    check_enrolment(enrolment, name)
    return enrolment


def _read_capped(path: Path) -> bytes:
    name = printable(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise EnrolmentError(f"{name}: no such enrolment file") from None
    except OSError as exc:
        raise EnrolmentError(f"{name}: cannot read the enrolment file ({exc.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise EnrolmentError(
            f"{name} is a symbolic link: copy the enrolment file itself, not a link to it"
        )
    if not stat.S_ISREG(info.st_mode):
        raise EnrolmentError(f"{name} is not a regular file, so it is not an enrolment file")
    if info.st_size > MAX_BYTES:
        raise EnrolmentError(
            f"{name} is {info.st_size} bytes: an enrolment file is under {MAX_BYTES // 1024} KiB"
        )
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        raise EnrolmentError(f"{name}: cannot read the enrolment file ({exc.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since lstat
            raise EnrolmentError(f"{name} is not a regular file, so it is not an enrolment file")
        data = os.read(fd, MAX_BYTES + 1)
    except OSError as exc:
        raise EnrolmentError(f"{name}: cannot read the enrolment file ({exc.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise EnrolmentError(f"{name}: an enrolment file is under {MAX_BYTES // 1024} KiB")
    return data


def check_enrolment(enrolment: Enrolment, name: str = "the enrolment file") -> None:
    """The checks beyond field types: key and fingerprint, https rule, folder path, allowed map."""
    from kiosk.privacy.keys import KeyFileError, key_fingerprint, parse_public_key

    try:
        key = parse_public_key(enrolment.office_public_key, f"{name}: office_public_key")
    except KeyFileError as exc:
        raise EnrolmentError(str(exc)) from None
    actual = key_fingerprint(key)
    if actual != enrolment.office_key_fingerprint:
        raise EnrolmentError(
            f"{name}: the office key's fingerprint is {actual}, not "
            f"{printable(enrolment.office_key_fingerprint)} as the file says: the file was "
            "damaged or edited; ask the office for a new one"
        )
    sync = enrolment.sync
    if isinstance(sync, HttpSync):
        check_http(sync.url, sync.ca_pem, name)
    elif not Path(sync.folder).is_absolute():
        raise EnrolmentError(
            f"{name}: sync.folder (--share) must be the share's absolute path as the kiosk sees "
            f"it, e.g. /mnt/pitstop (got {printable(sync.folder, limit=80)})"
        )
    _check_allowed(enrolment.allowed, name)
    if enrolment.created_at.tzinfo is None:
        raise EnrolmentError(f"{name}: created_at must carry a time zone (e.g. ends with Z)")


def check_http(url: str, ca_pem: str, name: str = "the enrolment") -> None:
    """The central server's address and CA as an enrolment carries them (EnrolmentError)."""
    problem = url_problem(url)
    if problem:
        raise EnrolmentError(f"{name}: {problem} (got {printable(url, limit=80)})")
    if ca_pem and "-----BEGIN CERTIFICATE-----" not in ca_pem:
        raise EnrolmentError(f"{name}: sync.ca_pem is not a PEM certificate")


def _check_allowed(allowed: dict[str, list[str]], name: str) -> None:
    for key_name in allowed:
        if key_name not in all_keys() or not redirects(key_name):
            raise EnrolmentError(
                f"{name}: allowed lists {printable(key_name, limit=60)}, which is not a setting "
                "that redirects parents' data (privacy.*, sync.folder, sync.url)"
            )


def url_problem(url: str) -> str:
    """Why `url` cannot be the central server's address ("" when it can): https, or loopback."""
    from kiosk.settings import sync_url_problem

    if not url.strip():
        return "sync.url is empty"
    return sync_url_problem(url) or ""


# -- writing (the office) -----------------------------------------------------------------


def new_staff_code() -> str:
    """A one-time staff setup code: 10 random digits."""
    return "".join(secrets.choice("0123456789") for _ in range(STAFF_CODE_DIGITS))


def parse_allow(items: list[str]) -> dict[str, list[str]]:
    """`["sync.folder=/media/usb", …]` as the `allowed` map (EnrolmentError for a bad item)."""
    allowed: dict[str, list[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or key not in all_keys() or not redirects(key):
            raise EnrolmentError(
                f"--allow {printable(item, limit=80)}: expected KEY=VALUE with KEY one of the "
                "settings that redirect parents' data (privacy.*, sync.folder, sync.url)"
            )
        allowed.setdefault(key, []).append(value.strip())
    return allowed


def _office_key(key_file: Path) -> tuple[str, str]:
    """(`public-v1:<base64>`, fingerprint) of the office's public key file."""
    import base64

    from kiosk.privacy.keys import KeyFileError, key_fingerprint, load_public_key

    try:
        key = load_public_key(key_file)
    except KeyFileError as exc:
        raise EnrolmentError(str(exc)) from None
    return f"public-v1:{base64.b64encode(bytes(key)).decode('ascii')}", key_fingerprint(key)


@dataclass(frozen=True)
class PreparedEnrolment:
    """An enrolment checked in everything but its sync part (`with_sync` adds it): the office
    checks a kiosk's details, key and allowed values before it issues a token."""

    fields: dict[str, object]

    def with_sync(self, sync: HttpSync | FolderSync) -> Enrolment:
        """The whole enrolment, checked as `read_enrolment` checks it (EnrolmentError)."""
        data = {**self.fields, "sync": msgspec.to_builtins(sync)}
        try:
            enrolment = msgspec.convert(data, Enrolment)
        except msgspec.ValidationError as exc:
            where, reason = error_parts(exc)
            raise EnrolmentError(f"{where.replace('kiosk.', '--')}: {reason}") from None
        check_enrolment(enrolment, "the enrolment")
        return enrolment


class EnrolmentDetails(TypedDict):
    """What the office says about a kiosk, besides how it syncs (see `prepare_enrolment`)."""

    key_file: Path
    kiosk_id: str
    name: str
    comune: str
    venue: NotRequired[str]
    area: NotRequired[str]
    staff_code: NotRequired[bool]
    """A one-time staff setup code in the file (default: yes)."""
    allowed: NotRequired[dict[str, list[str]] | None]


def prepare_enrolment(**details: Unpack[EnrolmentDetails]) -> PreparedEnrolment:
    """Check the kiosk's details, the office key and the allowed values (EnrolmentError, one
    sentence naming the option) before anything is issued."""
    key_text, fingerprint = _office_key(details["key_file"])
    kiosk = {
        "id": details["kiosk_id"],
        "name": details["name"],
        "venue": details.get("venue", ""),
        "comune": details["comune"],
        "area": details.get("area", ""),
    }
    allowed = details.get("allowed") or {}
    try:
        msgspec.convert(kiosk, EnrolKiosk)
    except msgspec.ValidationError as exc:
        where, reason = error_parts(exc)
        raise EnrolmentError(f"--{ {'id': 'kiosk-id'}.get(where, where) }: {reason}") from None
    if any(len(value) > 1000 for values in allowed.values() for value in values):
        raise EnrolmentError("--allow: a value is longer than 1000 characters")
    _check_allowed(allowed, "the enrolment")
    return PreparedEnrolment(
        {
            "what": WHAT,
            "format": FORMAT,
            "kiosk": kiosk,
            "office_public_key": key_text,
            "office_key_fingerprint": fingerprint,
            "created_at": dt.datetime.now(dt.UTC).replace(microsecond=0),
            "staff_code": new_staff_code() if details.get("staff_code", True) else None,
            "allowed": allowed,
        }
    )


def make_enrolment(
    *, sync: HttpSync | FolderSync, **details: Unpack[EnrolmentDetails]
) -> Enrolment:
    """An enrolment checked as `read_enrolment` checks it (EnrolmentError, one sentence)."""
    return prepare_enrolment(**details).with_sync(sync)


def folder_enrolment(*, share: str, **details: Unpack[EnrolmentDetails]) -> Enrolment:
    """The enrolment of a kiosk syncing through the shared folder `share` (see make_enrolment;
    `share` must be absolute, as the kiosk sees it)."""
    return make_enrolment(sync=FolderSync(folder=share), **details)


def write_enrolment(path: Path, enrolment: Enrolment) -> None:
    """Write `enrolment` to a new file `path`, mode 0600; an existing file is never replaced."""
    data = msgspec.json.format(msgspec.json.encode(enrolment), indent=1) + b"\n"
    name = printable(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise EnrolmentError(
            f"{name} already exists: enrolment files are never overwritten; choose another name"
        ) from None
    except OSError as exc:
        raise EnrolmentError(f"{name}: cannot write the enrolment file ({exc.strerror})") from None
    try:
        os.write(fd, data)
        os.fsync(fd)
        os.fchmod(fd, 0o600)  # the umask may have removed bits; this never adds any
    except OSError as exc:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise EnrolmentError(f"{name}: cannot write the enrolment file ({exc.strerror})") from None
    os.close(fd)
    fsync_dir(path.parent)


# -- the applied record (the kiosk) ------------------------------------------------------


class _AppliedRecord(msgspec.Struct, frozen=True):
    kiosk_id: str
    mode: str
    office_key_fingerprint: str
    created_at: dt.datetime
    applied_at: dt.datetime
    values: dict[str, str]
    """The redirecting settings as the enrolment left them (display form)."""
    allowed: dict[str, list[str]] = {}
    what: str = APPLIED_WHAT
    format: int = FORMAT


@dataclass(frozen=True)
class AppliedEnrolment:
    """What `<home>/enrolment.json` says was applied; `allows` answers staff mode's question."""

    home: Path
    kiosk_id: str
    mode: str
    office_key_fingerprint: str
    created_at: dt.datetime | None
    applied_at: dt.datetime | None
    values: dict[str, str] = field(default_factory=dict)
    allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    damaged: bool = False
    """The record could not be read: nothing redirecting is allowed until enrolment again."""

    def allows(self, key: str, value: str) -> bool:
        """True when staff may set `key` to `value`: any value for a setting that does not
        redirect parents' data; otherwise only the enrolled value or one the office allowed."""
        if not redirects(key):
            return True
        wanted = self._normal(key, value)
        candidates = [
            *self.allowed.get(key, ()),
            *([self.values[key]] if key in self.values else []),
        ]
        return any(wanted == self._normal(key, candidate) for candidate in candidates)

    def _normal(self, key: str, value: object) -> str:
        text = display(value).strip()
        if key in PATH_KEYS and text:
            path = Path(text).expanduser()
            return os.path.normpath(path if path.is_absolute() else self.home / path)
        if key == "sync.url":
            return text.rstrip("/")
        return text


def applied_path(home: Path) -> Path:
    return home / APPLIED_NAME


def applied_record(enrolment: Enrolment, settings: Settings, now: dt.datetime) -> bytes:
    """The content of `<home>/enrolment.json` after `enrolment` gave the kiosk `settings`."""
    record = _AppliedRecord(
        kiosk_id=enrolment.kiosk.id,
        mode="http" if isinstance(enrolment.sync, HttpSync) else "folder",
        office_key_fingerprint=enrolment.office_key_fingerprint,
        created_at=enrolment.created_at,
        applied_at=now,
        values={key: display(settings.get(key)) for key in all_keys() if redirects(key)},
        allowed=enrolment.allowed,
    )
    return msgspec.json.format(msgspec.json.encode(record), indent=1) + b"\n"


def write_applied(home: Path, data: bytes) -> None:
    atomic_write_bytes(applied_path(home), data, mode=0o600)


def applied_enrolment(home: Path) -> AppliedEnrolment | None:
    """The enrolment applied to the kiosk in `home`, None when it was never enrolled.

    A record that cannot be read gives `damaged=True` and allows no redirecting value.
    """
    path = applied_path(home)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.error("%s cannot be read (%s): staff may not redirect parents' data", path, exc)
        return AppliedEnrolment(home, "", "", "", None, None, damaged=True)
    try:
        record = msgspec.json.decode(data, type=_AppliedRecord)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        log.error("%s is damaged: staff may not redirect parents' data", path)
        return AppliedEnrolment(home, "", "", "", None, None, damaged=True)
    return AppliedEnrolment(
        home=home,
        kiosk_id=record.kiosk_id,
        mode=record.mode,
        office_key_fingerprint=record.office_key_fingerprint,
        created_at=record.created_at,
        applied_at=record.applied_at,
        values=dict(record.values),
        allowed={key: tuple(values) for key, values in record.allowed.items()},
    )
