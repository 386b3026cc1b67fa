"""The kiosk's settings: one typed object, defaults declared once here, stored as TOML in the data folder.

Only values that differ from the defaults are written, so a kiosk picks up better defaults after an
upgrade. Every change goes through `Settings.with_value`, which validates the whole object; a bad
value raises `SettingsError` and nothing is written.
"""

from __future__ import annotations

import secrets
import tomllib
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
import tomli_w
from msgspec import Meta, field

from kiosk.fileio import atomic_write_bytes
from kiosk.paths import settings_path
from kiosk.structs import error_parts, whole

Seconds = Annotated[int, Meta(ge=1, le=86_400)]
HexColour = Annotated[str, Meta(pattern=whole(r"^#[0-9A-Fa-f]{6}$"))]
KIOSK_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
"""A kiosk id: in the settings, in every request file and in the sync protocol."""
NoticeVersion = Annotated[
    str, Meta(min_length=1, max_length=40, pattern=whole(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"))
]
"""The privacy notice version: a setting here and a clear field of every contact request."""
UiLanguage = Literal["it", "en"]
"""A language the visitor screens are translated into (ui/i18n/*_<code>.ts)."""
UI_LANGUAGES: tuple[UiLanguage, ...] = typing.get_args(UiLanguage)
HttpUrl = Annotated[str, Meta(pattern=whole(r"^(https?://.+)?$"))]
"""An http(s) address, or empty."""


class _Section(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """A [section] of settings.toml: immutable; values are checked by `msgspec.convert`."""


class KioskSection(_Section, frozen=True):
    id: Annotated[str, Meta(pattern=whole(KIOSK_ID_PATTERN))] = "kiosk-unset"
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
    idle_countdown: Seconds = 15
    confirmation_timeout: Seconds = 30
    """Seconds the intake confirmation stays before the kiosk wipes itself."""

    def __post_init__(self) -> None:
        if not self.languages:
            raise ValueError("at least one language must be offered")
        msgspec.structs.force_setattr(self, "languages", tuple(dict.fromkeys(self.languages)))


class SyncSection(_Section, frozen=True):
    mode: Literal["folder", "http", "off"] = "folder"
    folder: str = ""
    """Shared folder (network share or USB stick); empty means the demo share in the data folder."""
    url: HttpUrl = ""
    token: str = ""
    ca_file: str = ""
    interval: Annotated[int, Meta(ge=10, le=86_400)] = 300
    """Seconds between sync cycles."""
    batch_size: Annotated[int, Meta(ge=1, le=500)] = 50
    connect_timeout: Annotated[float, Meta(gt=0, le=120)] = 5.0
    read_timeout: Annotated[float, Meta(gt=0, le=600)] = 20.0
    deadline: Annotated[float, Meta(gt=0, le=3600)] = 120.0
    """Seconds one whole cycle may take before it is aborted."""
    max_backoff: Annotated[int, Meta(ge=10, le=86_400)] = 900


class PrivacySection(_Section, frozen=True):
    central_public_key: str = ""
    """Path of the central office's public key; empty means demo mode (a local demo key pair)."""
    retention_days: Annotated[int, Meta(ge=0, le=365)] = 0
    notice_version: NoticeVersion = "2026-11"
    controller: str = "Alleanza locale di conciliazione (dati dimostrativi)"
    controller_contact: str = "privacy@alleanza-conciliazione.example"
    dpo_contact: str = "dpo@alleanza-conciliazione.example"
    recipients: str = "Operatori dei servizi salva tempo della rete"
    full_notice_url: HttpUrl = "https://alleanza-conciliazione.example/privacy"
    callback_working_days: Annotated[int, Meta(ge=1, le=30)] = 3
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


class StaffSection(_Section, frozen=True):
    auto_lock: Seconds = 120
    hold_seconds: Annotated[float, Meta(ge=1, le=10)] = 3.0


class Settings(_Section, frozen=True):
    kiosk: KioskSection = field(default_factory=KioskSection)
    ui: UiSection = field(default_factory=UiSection)
    sync: SyncSection = field(default_factory=SyncSection)
    privacy: PrivacySection = field(default_factory=PrivacySection)
    theme: ThemeSection = field(default_factory=ThemeSection)
    staff: StaffSection = field(default_factory=StaffSection)

    def get(self, key: str) -> Any:
        section, name = _split_key(key)
        return getattr(getattr(self, section), name)

    def with_value(self, key: str, raw: object) -> Settings:
        """A copy with `key` set; strings are parsed for the field's type (lists: comma-separated)."""
        section, name = _split_key(key)
        data = msgspec.to_builtins(self)
        data[section][name] = _parse_for_field(_field_type(section, name), raw)
        try:
            return _convert(data)
        except msgspec.ValidationError as exc:
            got = "" if key in SECRET_KEYS else f" (got {raw!r})"
            raise SettingsError(f"{key}: {error_parts(exc)[1]}{got}") from None


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
    """Read settings.toml (missing file: defaults). A damaged file raises SettingsError."""
    path = settings_path(home)
    if not path.exists():
        return Settings()
    try:
        return _convert(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    except msgspec.ValidationError as exc:
        where, reason = error_parts(exc)
        raise SettingsError(f"{path}: {where + ': ' if where else ''}{reason}") from None


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


def load_or_init(home: Path) -> Settings:
    """Settings for a starting kiosk: gives it a stable random id on first start."""
    settings = load(home)
    if settings.kiosk.id == "kiosk-unset":
        settings = settings.with_value("kiosk.id", f"kiosk-{secrets.token_hex(4)}")
        save(home, settings)
    return settings
