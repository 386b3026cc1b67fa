"""The kiosk's settings: one typed object, defaults declared once here, stored as TOML in the data folder.

Only values that differ from the defaults are written, so a kiosk picks up better defaults after an
upgrade. Every change goes through `Settings.with_value`, which validates the whole object; a bad
value raises `SettingsError` (one sentence for people, built from the field's declared limits) and
nothing is written.

A damaged file never stops a starting kiosk: `load_or_init` keeps every section and key it can
still read (a key at a time, even from a file that is not TOML any more), uses the defaults for the
rest (on an enrolled kiosk: what `enrolment.json` recorded for its identity, sync and office
key), and moves the file aside as `settings.damaged-<UTC time>.toml` (`damaged_settings_files`).
What it cannot do: guess a value that did not survive, or keep a key this version does not know.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import logging
import os
import secrets
import tomllib
import typing
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
import tomli_w
from msgspec import Meta, field

from kiosk.contrast import bundled_colours, theme_problems
from kiosk.fileio import atomic_write_bytes
from kiosk.paths import settings_path
from kiosk.structs import error_parts, whole
from kiosk.text import printable

log = logging.getLogger(__name__)
SECONDS: dict[str, Any] = {"unit": "seconds"}
"""Meta extra of a duration: error sentences say "a whole number of seconds"."""
Seconds = Annotated[int, Meta(ge=1, le=86_400, extra=SECONDS)]
HexColour = Annotated[
    str,
    Meta(pattern=whole(r"^#[0-9A-Fa-f]{6}$"), extra={"expects": "a colour like #B5461F"}),
]
KIOSK_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
"""A kiosk id: in the settings, in every request file and in the sync protocol."""
NoticeVersion = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=40,
        pattern=whole(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"),
        extra={"expects": "1 to 40 letters, digits, '.', '_', ':' or '-' (like 2026-11)"},
    ),
]
"""The privacy notice version: a setting here and a clear field of every contact request."""
UiLanguage = Literal["it", "en", "ro", "sq", "ar", "uk", "es", "fr"]
"""A language the visitor screens are translated into (ui/i18n/*_<code>.ts)."""
UI_LANGUAGES: tuple[UiLanguage, ...] = typing.get_args(UiLanguage)
LANGUAGE_NAMES: dict[UiLanguage, str] = {
    "it": "Italiano",
    "en": "English",
    "ro": "Română",
    "sq": "Shqip",
    "ar": "العربية",
    "uk": "Українська",
    "es": "Español",
    "fr": "Français",
}
"""Each language named in itself, as its button shows it."""
STAFF_LANGUAGES: tuple[UiLanguage, ...] = ("it", "en")
"""Staff mode is translated into these only (ui/i18n/staff_<code>.ts); other languages show it
in English."""
HttpUrl = Annotated[
    str,
    Meta(
        pattern=whole(r"^(https?://.+)?$"),
        extra={"expects": "an address starting with https:// (or empty)"},
    ),
]
"""An http(s) address, or empty."""
LOOPBACK_NAMES = frozenset({"localhost"})


class _Section(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """A [section] of settings.toml: immutable; values are checked by `msgspec.convert`."""


class KioskSection(_Section, frozen=True):
    id: Annotated[
        str,
        Meta(
            pattern=whole(KIOSK_ID_PATTERN),
            extra={
                "expects": "1 to 64 letters, digits, '-' or '_', starting with a letter or digit"
            },
        ),
    ] = "kiosk-unset"
    """Stable id of this kiosk; a random one is written on first start."""
    name: Annotated[str, Meta(max_length=100)] = "Family Pit Stop"
    venue: Annotated[str, Meta(max_length=200)] = ""
    comune: Annotated[str, Meta(max_length=100)] = ""
    """Comune id where the kiosk stands; results start filtered near it when set."""
    area: Annotated[str, Meta(max_length=100)] = ""


class UiSection(_Section, frozen=True):
    default_language: UiLanguage = "it"
    languages: tuple[UiLanguage, ...] = UI_LANGUAGES
    idle_timeout: Seconds = 90
    """Seconds without a touch before "Are you still there?"."""
    idle_countdown: Annotated[int, Meta(ge=20, le=86_400, extra=SECONDS)] = 20
    """Seconds of the "Are you still there?" countdown: at least 20 (WCAG 2.2.1)."""
    confirmation_timeout: Seconds = 30
    """Seconds the intake confirmation stays before the kiosk wipes itself."""

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError(
                f"ui.languages must offer at least one language ({', '.join(UI_LANGUAGES)})"
            )
        msgspec.structs.force_setattr(self, "languages", tuple(dict.fromkeys(self.languages)))
        if self.default_language not in self.languages:
            raise ValueError(
                f"ui.default_language '{self.default_language}' is not one of ui.languages "
                f"({', '.join(self.languages)}): offer it in ui.languages or choose another "
                "ui.default_language first"
            )


class SyncSection(_Section, frozen=True):
    mode: Literal["folder", "http", "off"] = "folder"
    folder: str = ""
    """Shared folder (network share or USB stick); empty means the demo share in the data folder."""
    url: HttpUrl = ""
    token: str = ""
    ca_file: str = ""
    interval: Annotated[int, Meta(ge=10, le=86_400, extra=SECONDS)] = 300
    """Seconds between sync cycles."""
    batch_size: Annotated[int, Meta(ge=1, le=500)] = 50
    connect_timeout: Annotated[float, Meta(gt=0, le=120, extra=SECONDS)] = 5.0
    read_timeout: Annotated[float, Meta(gt=0, le=600, extra=SECONDS)] = 20.0
    deadline: Annotated[float, Meta(gt=0, le=3600, extra=SECONDS)] = 120.0
    """Seconds one whole cycle may take before it is aborted."""
    max_backoff: Annotated[int, Meta(ge=10, le=86_400, extra=SECONDS)] = 900
    public_base_url: HttpUrl = ""
    """Where the central server's public pages are (https://…; http:// only on loopback): the
    "open the web page" QR code of an offering without a website of its own points to
    <public_base_url>/o/<offering id>. Empty: no such code."""

    def __post_init__(self) -> None:
        problem = sync_url_problem(self.url) or public_base_url_problem(self.public_base_url)
        if problem:
            raise ValueError(problem)


class PrivacySection(_Section, frozen=True):
    central_public_key: str = ""
    """Path of the central office's public key; empty means demo mode (a local demo key pair)."""
    retention_days: Annotated[int, Meta(ge=0, le=365, extra={"unit": "days"})] = 0
    notice_version: NoticeVersion = "2026-11"
    controller: str = "Alleanza locale di conciliazione (dati dimostrativi)"
    controller_contact: str = "privacy@alleanza-conciliazione.example"
    dpo_contact: str = "dpo@alleanza-conciliazione.example"
    recipients: str = "Operatori dei servizi salva tempo della rete"
    full_notice_url: HttpUrl = "https://alleanza-conciliazione.example/privacy"
    callback_working_days: Annotated[int, Meta(ge=1, le=30, extra={"unit": "working days"})] = 3
    info_point_name: str = "Family Pit Stop — punto informativo"
    info_point_phone: str = "+39 0331 555 0100"
    info_point_email: str = "info@alleanza-conciliazione.example"


class ThemeSection(_Section, frozen=True):
    name: Annotated[str, Meta(max_length=80)] = "Family Pit Stop"
    logo: str = ""
    """Path of an SVG/PNG logo; empty uses the bundled one."""
    primary: HexColour = "#B5461F"
    accent: HexColour = "#1F6F78"
    background: HexColour = "#FFF8F0"
    surface: HexColour = "#FFFFFF"
    text: HexColour = "#2B1D14"

    def __post_init__(self) -> None:
        problems = theme_problems(self.colours(), THEME_COLOURS)
        if problems:
            raise ValueError(problems[0])

    def colours(self) -> dict[str, str]:
        """The theme's colours as the screens draw them: the bundled theme's
        (assets/theme/theme.json), with the colours staff changed from the defaults."""
        colours = dict(bundled_colours())
        for spec in msgspec.structs.fields(self):  # not changed_fields: it builds a default one
            value = getattr(self, spec.name)
            if spec.name in THEME_COLOURS and value != spec.default:
                colours[spec.name] = value
        return colours


THEME_COLOURS = frozenset({"primary", "accent", "background", "surface", "text"})
"""The [theme] colours staff may set; every pair they make is checked by kiosk.contrast."""


class StaffSection(_Section, frozen=True):
    auto_lock: Seconds = 120
    hold_seconds: Annotated[float, Meta(ge=1, le=10, extra=SECONDS)] = 3.0


SpeechKey = Literal[
    "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F12",
    "F13", "F14", "F15", "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23", "F24",
    "VolumeUp", "VolumeDown", "VolumeMute", "Help", "MediaPlay", "MediaPause",
    "MediaTogglePlayPause", "MediaStop", "MediaNext", "MediaPrevious", "+", "-", "*", "/",
]  # fmt: skip
"""A key the speech mode listens to: what a keypad such as Storm's Audio-Nav sends (it is a USB
keyboard; its keys are set with the maker's utility). "+", "-", "*" and "/" act only while no text
field has the focus; F11 is not offered (kiosk hardening swallows it). ui/speech/keys.py maps each
name to Qt's key."""
SPEECH_MIN_DB = -30
SPEECH_STEP_DB = 6


class SpeechSection(_Section, frozen=True):
    toggle_keys: tuple[SpeechKey, ...] = ("F2",)
    """Keys that turn speech mode on and off (the keypad's headset/help key)."""
    repeat_keys: tuple[SpeechKey, ...] = ("F3",)
    """Keys that say the screen again (the confirmation: the reference, spelled)."""
    volume_up_keys: tuple[SpeechKey, ...] = ("VolumeUp", "+")
    volume_down_keys: tuple[SpeechKey, ...] = ("VolumeDown", "-")
    volume_db: Annotated[
        int,
        Meta(
            ge=SPEECH_MIN_DB,
            le=0,
            multiple_of=SPEECH_STEP_DB,
            extra={"expects": "a whole number of dB from -30 to 0 in steps of 6 (like -12)"},
        ),
    ] = -12
    """The volume every visitor starts at, in 6 dB steps below the loudest (0)."""
    headset: bool = False
    """A private headset is the only speaker: names, phone numbers and e-mails are read back.
    False (a loudspeaker anyone nearby hears): they are said as "hidden"."""

    def __post_init__(self) -> None:
        seen: dict[str, str] = {}
        for name in ("toggle_keys", "repeat_keys", "volume_up_keys", "volume_down_keys"):
            for key in getattr(self, name):
                if seen.setdefault(key, name) != name:
                    raise ValueError(
                        f"speech.{name} and speech.{seen[key]} both use the key {key}: "
                        "give each key one job"
                    )


class Settings(_Section, frozen=True):
    kiosk: KioskSection = field(default_factory=KioskSection)
    ui: UiSection = field(default_factory=UiSection)
    sync: SyncSection = field(default_factory=SyncSection)
    privacy: PrivacySection = field(default_factory=PrivacySection)
    theme: ThemeSection = field(default_factory=ThemeSection)
    staff: StaffSection = field(default_factory=StaffSection)
    speech: SpeechSection = field(default_factory=SpeechSection)

    def get(self, key: str) -> Any:
        section, name = _split_key(key)
        return getattr(getattr(self, section), name)

    def with_value(self, key: str, raw: object) -> Settings:
        """A copy with `key` set; strings are parsed for the field's type (lists: comma-separated)."""
        section, name = _split_key(key)
        data = msgspec.to_builtins(self)
        value = _parse_for_field(_field_type(section, name), raw)
        problem = field_problem(key, value)
        if problem:
            got = "" if key in SECRET_KEYS else f" (got {raw!r})"
            raise SettingsError(f"{problem}{got}")
        data[section][name] = value
        try:
            return _convert(data)
        except msgspec.ValidationError as exc:  # the value is fine alone: it contradicts another
            raise SettingsError(error_parts(exc)[1]) from None


SECRET_KEYS = frozenset({"sync.token"})
"""Settings whose values are never printed in logs or the audit trail."""


class SettingsError(ValueError):
    """A settings file or value that cannot be used; str() is one sentence naming the key."""


def all_keys() -> list[str]:
    return [
        f"{section.name}.{name.name}"
        for section in msgspec.structs.fields(Settings)
        for name in msgspec.structs.fields(section.type)
    ]


def changed_fields(section: msgspec.Struct) -> dict[str, Any]:
    """The values of `section` that differ from its defaults (what `save` writes for it)."""
    default = msgspec.to_builtins(type(section)())
    current = msgspec.to_builtins(section)
    return {
        name: getattr(section, name) for name, value in current.items() if value != default[name]
    }


def _split_key(key: str) -> tuple[str, str]:
    if key not in all_keys():
        raise SettingsError(f"'{key}' is not a setting (known: {', '.join(all_keys())})")
    section, name = key.split(".", 1)
    return section, name


def _field_type(section: str, name: str) -> Any:
    (section_field,) = (f for f in msgspec.structs.fields(Settings) if f.name == section)
    (value_field,) = (f for f in msgspec.structs.fields(section_field.type) if f.name == name)
    return value_field.type


def _parse_for_field(annotation: Any, raw: object) -> object:
    if not isinstance(raw, str):
        return raw
    if typing.get_origin(annotation) in (list, tuple):
        return [part.strip() for part in raw.split(",") if part.strip()]
    if annotation is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on", "si", "sì"}
    return raw


def _convert(data: object) -> Settings:
    """Validated settings; strings are accepted for numbers ("600"), as staff type them."""
    return msgspec.convert(data, Settings, strict=False)


def load(home: Path) -> Settings:
    """Read settings.toml (missing file: defaults). A damaged file raises SettingsError, naming the
    file and the first problem; nothing is moved (`load_or_init` is the one that repairs)."""
    path = settings_path(home)
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(
            f"{path} is not valid TOML ({exc}): correct it, or start the kiosk, which keeps it "
            "aside and uses the defaults for what it cannot read"
        ) from None
    try:
        return _convert(data)
    except msgspec.ValidationError as exc:
        raise SettingsError(f"{path}: {_file_problem(data, exc)}") from None


def _file_problem(data: dict[str, Any], exc: msgspec.ValidationError) -> str:
    """One sentence for a file that parsed as TOML but does not hold valid settings."""
    where, reason = error_parts(exc)
    where = where.split("[", 1)[0]  # ui.languages[2] -> ui.languages
    unknown = reason.removeprefix("Object contains unknown field ")
    if unknown != reason:
        name = printable(unknown.strip("`"), limit=60)
        return (
            f"[{name}] is not a section of the settings"
            if not where
            else f"{where}.{name} is not a setting"
        )
    if where.count(".") == 1 and where in all_keys():
        section, name = where.split(".")
        problem = field_problem(where, data.get(section, {}).get(name))
        if problem:
            return problem
    if where in {f.name for f in msgspec.structs.fields(Settings)} and reason.startswith(
        "Expected object"
    ):
        return f"[{where}] must be a section of settings, not a single value"
    return reason


def sync_url_problem(url: str) -> str | None:
    """Why `url` cannot be the central server's address (None when it can, or is empty).

    Only https:// leaves the machine: plain http:// is allowed for a server on the same PC.
    """
    if not url:
        return None
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and _is_loopback(host):
        return None
    return (
        "sync.url must start with https:// and name a server "
        "(http:// only for 127.0.0.1, ::1 or localhost)"
    )


def public_base_url_problem(url: str) -> str | None:
    """Why `url` cannot be sync.public_base_url (None when it can, or is empty): https with a
    server name (http:// only on loopback), no query, fragment or user name."""
    if not url:
        return None
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").lower()
    secure = (parts.scheme == "https" and host) or (parts.scheme == "http" and _is_loopback(host))
    if secure and not (parts.query or parts.fragment or parts.username or parts.password):
        return None
    return (
        "sync.public_base_url must be the central server's public address, like "
        "https://pitstop.example.org (http:// only for 127.0.0.1, ::1 or localhost; no ?, # or "
        "user name)"
    )


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def field_problem(key: str, value: object) -> str | None:
    """A sentence for people when `value` cannot be `key` on its own (None when it can).

    Built from the field's declared type and limits, so it says what to type: "sync.interval
    must be a whole number of seconds between 10 and 86400". Contradictions between two settings
    are found by `Settings` itself, not here.
    """
    section, name = _split_key(key)
    annotation = _field_type(section, name)
    if key == "sync.url" and isinstance(value, str) and sync_url_problem(value):
        return sync_url_problem(value)
    if key == "sync.public_base_url" and isinstance(value, str):
        problem = public_base_url_problem(value)
        if problem:
            return problem
    try:
        msgspec.convert(value, annotation, strict=False)
    except msgspec.ValidationError:
        return f"{key} must be {expectation(annotation)}"
    return None


def expectation(annotation: Any) -> str:
    """What a field accepts, in words: "a whole number of seconds between 10 and 86400"."""
    base, metas = annotation, []
    if typing.get_origin(annotation) is Annotated:
        base, *extras = typing.get_args(annotation)
        metas = [m for m in extras if isinstance(m, Meta)]
    extra: dict[str, Any] = {}
    for meta in metas:
        extra.update(meta.extra or {})
    if "expects" in extra:
        return str(extra["expects"])
    origin = typing.get_origin(base)
    if origin is Literal:
        return "one of: " + ", ".join(map(str, typing.get_args(base)))
    if origin in (tuple, list):
        (item, *_rest) = typing.get_args(base)
        return f"a comma-separated list of {expectation(item).removeprefix('one of: ')}"
    limits = {
        attr: getattr(meta, attr)
        for meta in metas
        for attr in ("ge", "gt", "le", "lt", "min_length", "max_length")
        if getattr(meta, attr) is not None
    }
    if base is int or base is float:
        unit = f" of {extra['unit']}" if "unit" in extra else ""
        kind = "a whole number" if base is int else "a number"
        return kind + unit + _range(limits)
    if base is str:
        if "max_length" in limits:
            return f"text of at most {limits['max_length']} characters"
        return "text"
    if base is bool:
        return "yes or no"
    return f"a {getattr(base, '__name__', base)}"


def _range(limits: dict[str, Any]) -> str:
    def num(value: float) -> str:
        return f"{value:g}"

    if "ge" in limits and "le" in limits:
        return f" between {num(limits['ge'])} and {num(limits['le'])}"
    if "gt" in limits and "le" in limits:
        return f" above {num(limits['gt'])} and at most {num(limits['le'])}"
    parts = [
        f"{words} {num(limits[attr])}"
        for attr, words in (("ge", "at least"), ("gt", "above"), ("le", "at most"), ("lt", "below"))
        if attr in limits
    ]
    return (" " + " and ".join(parts)) if parts else ""


PATH_KEYS: dict[str, Literal["file", "folder"]] = {
    "privacy.central_public_key": "file",
    "sync.folder": "folder",
    "sync.ca_file": "file",
    "theme.logo": "file",
}
"""Settings that name a file or folder: given relative, they are resolved where they are typed."""


def resolve_path_value(key: str, raw: str, cwd: Path) -> str:
    """`raw` as an absolute path for `key` (relative ones against `cwd`), checked to exist and to
    be a file or a folder as the setting needs; empty stays empty. Raises SettingsError.

    It cannot tell whether the path will still be there when the kiosk runs (an unmounted share).
    """
    kind = PATH_KEYS.get(key)
    if kind is None or not raw.strip():
        return raw
    path = Path(os.path.normpath(cwd / Path(raw.strip()).expanduser()))
    if not path.exists():
        return _refuse_path(key, path, f"{path} does not exist", kind)
    if kind == "folder" and not path.is_dir():
        return _refuse_path(key, path, f"{path} is a file, not a folder", kind)
    if kind == "file" and not path.is_file():
        return _refuse_path(key, path, f"{path} is a folder, not a file", kind)
    return str(path)


def _refuse_path(key: str, path: Path, what: str, kind: str) -> str:
    raise SettingsError(f"{key}: {what}: give the path of an existing {kind}")


def save(home: Path, settings: Settings) -> None:
    """Write only the values that differ from the defaults, atomically, mode 0600 (sync.token)."""
    data = {
        section.name: changes
        for section in msgspec.structs.fields(Settings)
        if (changes := msgspec.to_builtins(changed_fields(getattr(settings, section.name))))
    }
    atomic_write_bytes(settings_path(home), tomli_w.dumps(data).encode("utf-8"), mode=0o600)


def display(value: object) -> str:
    """A setting's value as staff type it (lists comma-separated)."""
    return ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


DAMAGED_GLOB = "settings.damaged-*.toml"


def damaged_settings_files(home: Path) -> list[Path]:
    """Damaged settings files kept aside by `load_or_init`, oldest first (staff home and doctor
    warn while any is there; deleting one is how staff say they have dealt with it)."""
    return sorted(home.glob(DAMAGED_GLOB))


@dataclass(frozen=True)
class Recovered:
    """Settings read from a possibly damaged file: what was kept, where the original went."""

    settings: Settings
    kept_aside: Path | None = None
    """The damaged file's new name (None: the file was fine, or missing)."""
    problems: tuple[str, ...] = ()
    """One sentence per thing that could not be used."""


def recover(home: Path) -> Recovered:
    """The settings of `home`, never raising for a damaged file: a file that does not load whole is
    salvaged (every section, then every key, that still validates), moved aside as
    `settings.damaged-<UTC time>.toml` (mode 0600: it may hold sync.token), and the salvaged
    settings saved in its place.

    On an enrolled kiosk (`enrolment.json`), what could not be read of kiosk.id, sync.mode,
    sync.folder, sync.url, sync.ca_file and privacy.* comes from that record instead of the
    defaults (`_enrolled_values`), so requests keep going to the office, sealed for its key. The
    token is only in this file: when it is lost the sync status says so in red.
    An unreadable file (permissions, a folder) stays where it is.
    """
    path = settings_path(home)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        settings, filled = _enrolled_values(home, Settings(), frozenset())
        if filled:  # an enrolled kiosk lost its settings.toml: the record gives them back
            _save_recovered(home, settings)
        return Recovered(settings, problems=tuple(filled))
    except OSError as exc:
        log.error("%s cannot be read (%s): the kiosk uses the default settings", path, exc)
        settings, filled = _enrolled_values(home, Settings(), frozenset())
        unreadable = f"{path} cannot be read: {exc.strerror or exc}"
        return Recovered(settings, problems=(unreadable, *filled))
    try:
        return Recovered(_convert(tomllib.loads(raw.decode("utf-8"))))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, msgspec.ValidationError):
        pass
    settings, problems, read = _salvage(raw)
    settings, filled = _enrolled_values(home, settings, read)
    problems.extend(filled)
    aside = _keep_aside(path)
    _save_recovered(home, settings)
    log.error(
        "%s was damaged: kept aside as %s; the kiosk uses the defaults for what it could not "
        "read (%s)",
        path,
        aside.name,
        "; ".join(problems) or "nothing",
    )
    return Recovered(settings, aside, tuple(problems))


def _save_recovered(home: Path, settings: Settings) -> None:
    try:
        save(home, settings)
    except OSError as exc:
        log.error("the salvaged settings could not be written to %s: %s", settings_path(home), exc)


ENROLLED_KEYS = ("kiosk.id", "sync.mode", "sync.folder", "sync.url", "sync.ca_file")
"""With privacy.*: what `recover` takes from enrolment.json when settings.toml lost it."""


def _enrolled_values(
    home: Path, settings: Settings, read: frozenset[str]
) -> tuple[Settings, list[str]]:
    """`settings` with what enrolment.json holds for each ENROLLED_KEYS / privacy.* key that is
    not in `read` (the keys the damaged file still gave); one sentence per thing done."""
    from kiosk.enrolment import OFFICE_CA_NAME, applied_enrolment

    record = applied_enrolment(home)
    if record is None or record.damaged:
        return settings, []
    wanted: dict[str, str] = {"kiosk.id": record.kiosk_id, "sync.mode": record.mode}
    wanted.update(record.values)
    if record.mode == "http" and (home / OFFICE_CA_NAME).is_file():
        wanted["sync.ca_file"] = OFFICE_CA_NAME
    taken: list[str] = []
    for key, value in wanted.items():
        if key in read or key not in all_keys() or not value:
            continue
        try:
            settings = settings.with_value(key, value)
        except SettingsError as exc:
            log.error("enrolment.json gives %s a value that is refused: %s", key, exc)
            continue
        taken.append(key)
    notes = (
        [f"{', '.join(taken)} taken from enrolment.json (what the office enrolled this kiosk with)"]
        if taken
        else []
    )
    if settings.sync.mode == "http" and not settings.sync.token.strip():
        notes.append(
            "sync.token could not be read and only settings.toml holds it: requests stay on "
            "this kiosk until the office's enrolment file is applied again (pitstop enrol FILE)"
        )
    return settings, notes


def keep_aside_if_damaged(home: Path) -> Path | None:
    """Before settings.toml is written over: a file on disk that does not load is moved aside
    first (someone's hand edit that went wrong is kept, not overwritten); its new path."""
    path = settings_path(home)
    try:
        load(home)
    except SettingsError:
        return _keep_aside(path)
    except OSError:
        return None
    return None


def _keep_aside(path: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1000):
        aside = path.with_name(f"settings.damaged-{stamp}{f'-{n}' if n else ''}.toml")
        try:
            os.link(path, aside)  # never replaces an earlier one kept aside
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):
            os.chmod(aside, 0o600)  # it may hold sync.token, whatever mode the file had
        path.unlink()
        return aside
    raise OSError(f"{path}: too many damaged copies kept aside this second")


def _salvage(raw: bytes) -> tuple[Settings, list[str], frozenset[str]]:
    """The valid part of a damaged file: sections whole if they validate, else key by key; the
    problems, and the keys that were read."""
    entries, problems = _readable_entries(raw)
    data: dict[str, dict[str, Any]] = {}
    pending: list[tuple[str, str, Any]] = []
    known = {f.name for f in msgspec.structs.fields(Settings)}
    for section, values in entries.items():
        if section not in known:
            problems.append(f"[{printable(section, limit=60)}] is not a section of the settings")
            continue
        trial = {**data, section: dict(values)}
        if _valid(trial):
            data = trial
        else:
            pending.extend((section, name, value) for name, value in values.items())
    while pending:  # key by key; a key refused now may fit once its partner is in
        progress, left = False, []
        for section, name, value in pending:
            key = f"{section}.{name}"
            if key not in all_keys():
                problems.append(f"{printable(key, limit=80)} is not a setting")
                continue
            trial = {**data, section: {**data.get(section, {}), name: value}}
            if _valid(trial):
                data, progress = trial, True
            else:
                left.append((section, name, value))
        pending = left if progress else []
        if not progress:
            for section, name, value in left:
                key = f"{section}.{name}"
                problem = field_problem(key, value)
                if problem is None:
                    trial = {**data, section: {**data.get(section, {}), name: value}}
                    try:
                        _convert(trial)
                        problem = f"{key} was refused"
                    except msgspec.ValidationError as exc:
                        problem = error_parts(exc)[1]
                problems.append(problem)
    read = frozenset(f"{section}.{name}" for section, values in data.items() for name in values)
    return _convert(data), problems, read


def _valid(data: dict[str, Any]) -> bool:
    try:
        _convert(data)
    except msgspec.ValidationError:
        return False
    return True


def _readable_entries(raw: bytes) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """{section: {key: value}} from whatever of `raw` still parses as TOML: the whole file, else
    one statement at a time (a statement may span lines, like a long list)."""
    try:
        whole_file = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        pass
    else:
        problems = [
            f"[{printable(name, limit=60)}] must be a section of settings, not a single value"
            for name, value in whole_file.items()
            if not isinstance(value, dict)
        ]
        return {k: v for k, v in whole_file.items() if isinstance(v, dict)}, problems
    lines = [_decoded(part) for part in raw.split(b"\n")]
    entries: dict[str, dict[str, Any]] = {}
    section: str | None = None
    skipped = 0
    i = 0
    while i < len(lines):
        text = (lines[i] or "").strip()
        i += 1
        if lines[i - 1] is None:
            skipped += 1
        elif not text or text.startswith("#"):
            continue
        elif text.startswith("["):
            section = _section_header(text)
            skipped += section is None
        else:
            parsed, i = _statement(lines, i - 1)
            if parsed is None or section is None:
                skipped += 1
            else:
                entries.setdefault(section, {}).update(parsed)
    problems = [f"{skipped} line(s) could not be read as TOML"] if skipped else []
    return entries, problems


def _decoded(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _section_header(text: str) -> str | None:
    try:
        header = tomllib.loads(text + "\n")
    except tomllib.TOMLDecodeError:
        return None
    name = next(iter(header), None)
    return name if name is not None and isinstance(header[name], dict) else None


def _statement(lines: list[str | None], start: int) -> tuple[dict[str, Any] | None, int]:
    """The shortest run of lines from `start` that parses (at most 200); the index after it."""
    for end in range(start + 1, min(start + 200, len(lines)) + 1):
        chunk = lines[start:end]
        if any(part is None for part in chunk):
            break
        try:
            return tomllib.loads("\n".join(typing.cast(list[str], chunk)) + "\n"), end
        except tomllib.TOMLDecodeError:
            continue
    return None, start + 1


def load_or_init(home: Path) -> Settings:
    """Settings for a starting kiosk: never raises for a damaged file (see `recover`), and gives
    the kiosk a stable random id on first start."""
    settings = recover(home).settings
    if settings.kiosk.id == "kiosk-unset":
        settings = settings.with_value("kiosk.id", f"kiosk-{secrets.token_hex(4)}")
        try:
            save(home, settings)
        except OSError as exc:
            log.error("the new kiosk id could not be saved in %s: %s", settings_path(home), exc)
    return settings
