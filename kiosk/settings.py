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

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk.fileio import atomic_write_bytes
from kiosk.paths import settings_path

Seconds = Annotated[int, Field(ge=1, le=86_400)]
HexColour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
NoticeVersion = Annotated[
    str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
]
"""The privacy notice version: a setting here and a clear field of every contact request."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class KioskSection(_Section):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")] = "kiosk-unset"
    """Stable id of this kiosk; a random one is written on first start."""
    name: Annotated[str, Field(max_length=100)] = "Family Pit Stop"
    venue: Annotated[str, Field(max_length=200)] = ""
    comune: Annotated[str, Field(max_length=100)] = ""
    """Comune id where the kiosk stands; results start filtered near it when set."""
    area: Annotated[str, Field(max_length=100)] = ""


class UiSection(_Section):
    default_language: Literal["it", "en"] = "it"
    languages: list[Literal["it", "en"]] = ["it", "en"]
    idle_timeout: Seconds = 90
    """Seconds without a touch before "Are you still there?"."""
    idle_countdown: Seconds = 15
    confirmation_timeout: Seconds = 30
    """Seconds the intake confirmation stays before the kiosk wipes itself."""

    @field_validator("languages")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one language must be offered")
        return list(dict.fromkeys(value))


class SyncSection(_Section):
    mode: Literal["folder", "http", "off"] = "folder"
    folder: str = ""
    """Shared folder (network share or USB stick); empty means the demo share in the data folder."""
    url: Annotated[str, Field(pattern=r"^(https?://.+)?$")] = ""
    token: str = ""
    ca_file: str = ""
    interval: Annotated[int, Field(ge=10, le=86_400)] = 300
    """Seconds between sync cycles."""
    batch_size: Annotated[int, Field(ge=1, le=500)] = 50
    connect_timeout: Annotated[float, Field(gt=0, le=120)] = 5.0
    read_timeout: Annotated[float, Field(gt=0, le=600)] = 20.0
    deadline: Annotated[float, Field(gt=0, le=3600)] = 120.0
    """Seconds one whole cycle may take before it is aborted."""
    max_backoff: Annotated[int, Field(ge=10, le=86_400)] = 900


class PrivacySection(_Section):
    central_public_key: str = ""
    """Path of the central office's public key; empty means demo mode (a local demo key pair)."""
    retention_days: Annotated[int, Field(ge=0, le=365)] = 0
    notice_version: NoticeVersion = "2026-11"
    controller: str = "Alleanza locale di conciliazione (dati dimostrativi)"
    controller_contact: str = "privacy@alleanza-conciliazione.example"
    dpo_contact: str = "dpo@alleanza-conciliazione.example"
    recipients: str = "Operatori dei servizi salva tempo della rete"
    full_notice_url: Annotated[str, Field(pattern=r"^(https?://.+)?$")] = (
        "https://alleanza-conciliazione.example/privacy"
    )
    callback_working_days: Annotated[int, Field(ge=1, le=30)] = 3
    info_point_name: str = "Family Pit Stop — punto informativo"
    info_point_phone: str = "+39 0331 555 0100"
    info_point_email: str = "info@alleanza-conciliazione.example"


class ThemeSection(_Section):
    name: Annotated[str, Field(max_length=80)] = "Family Pit Stop"
    logo: str = ""
    """Path of an SVG/PNG logo; empty uses the bundled one."""
    primary: HexColour = "#B5461F"
    accent: HexColour = "#1F6F78"
    background: HexColour = "#FFF8F0"
    surface: HexColour = "#FFFFFF"
    text: HexColour = "#2B1D14"


class StaffSection(_Section):
    auto_lock: Seconds = 120
    hold_seconds: Annotated[float, Field(ge=1, le=10)] = 3.0


class Settings(_Section):
    kiosk: KioskSection = KioskSection()
    ui: UiSection = UiSection()
    sync: SyncSection = SyncSection()
    privacy: PrivacySection = PrivacySection()
    theme: ThemeSection = ThemeSection()
    staff: StaffSection = StaffSection()

    def get(self, key: str) -> Any:
        section, name = _split_key(key)
        return getattr(getattr(self, section), name)

    def with_value(self, key: str, raw: object) -> Settings:
        """A copy with `key` set; strings are parsed for the field's type (lists: comma-separated)."""
        section, name = _split_key(key)
        value = _parse_for_field(type(self).model_fields[section].annotation, name, raw)
        data = self.model_dump()
        data[section][name] = value
        try:
            return Settings.model_validate(data)
        except ValidationError as exc:
            raise SettingsError(f"{key}: {_first_error(exc)}") from None


SECRET_KEYS = frozenset({"sync.token"})
"""Settings whose values are never printed in logs or the audit trail."""


class SettingsError(ValueError):
    """A settings file or value that cannot be used; str() is one sentence naming the key."""


def all_keys() -> list[str]:
    return [
        f"{section}.{name}"
        for section, field in Settings.model_fields.items()
        for name in typing.cast(type[BaseModel], field.annotation).model_fields
    ]


def _split_key(key: str) -> tuple[str, str]:
    if key not in all_keys():
        raise SettingsError(f"'{key}' is not a setting (known: {', '.join(all_keys())})")
    section, name = key.split(".", 1)
    return section, name


def _parse_for_field(section_type: Any, name: str, raw: object) -> object:
    if not isinstance(raw, str):
        return raw
    annotation = section_type.model_fields[name].annotation
    if typing.get_origin(annotation) is list:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if annotation is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on", "si", "sì"}
    return raw


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{err['msg']} (got {err.get('input')!r})"


def load(home: Path) -> Settings:
    """Read settings.toml (missing file: defaults). A damaged file raises SettingsError."""
    path = settings_path(home)
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Settings.model_validate(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise SettingsError(f"{path}: {key}: {err['msg']}") from None


def save(home: Path, settings: Settings) -> None:
    """Write only the values that differ from the defaults, atomically, mode 0600 (sync.token)."""
    data = settings.model_dump(exclude_defaults=True)
    atomic_write_bytes(settings_path(home), tomli_w.dumps(data).encode("utf-8"), mode=0o600)


def load_or_init(home: Path) -> Settings:
    """Settings for a starting kiosk: gives it a stable random id on first start."""
    settings = load(home)
    if settings.kiosk.id == "kiosk-unset":
        settings = settings.with_value("kiosk.id", f"kiosk-{secrets.token_hex(4)}")
        save(home, settings)
    return settings
