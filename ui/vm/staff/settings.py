"""Settings edited on the kiosk: one field per setting, validated and saved through the settings
store (`store.set(key, value, by="staff")`: audit-logged, secrets never shown nor logged); a saved
change applies at once through the store's change notification.

The settings that decide where parents' data goes (`privacy.*`, `sync.folder`, `sync.url`, and
`sync.mode`, `sync.token`, `sync.ca_file`) are guarded: staff mode may set them only to a value
the applied enrolment allowed (`kiosk.enrolment.applied_enrolment(home).allows`); otherwise they
change only with the office's enrolment file ("Set up from a USB stick") or `pitstop config set`
on the kiosk itself. This guards the screen, not the terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk import audit
from kiosk import settings as settings_mod
from kiosk.enrolment import AppliedEnrolment, applied_enrolment, redirects
from ui.settings import QtSettings
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, container_property  # noqa: F401
from ui.vm.staff.common import Authorised, Reporter, tr

# The settings staff may edit on the screen, in the order shown, with their group.
EDITABLE: tuple[tuple[str, str], ...] = (
    ("kiosk", "kiosk.name"),
    ("kiosk", "kiosk.venue"),
    ("kiosk", "kiosk.comune"),
    ("kiosk", "kiosk.area"),
    ("sync", "sync.mode"),
    ("sync", "sync.folder"),
    ("sync", "sync.url"),
    ("sync", "sync.token"),
    ("sync", "sync.interval"),
    ("ui", "ui.idle_timeout"),
    ("ui", "ui.languages"),
    ("ui", "ui.default_language"),
    ("privacy", "privacy.controller"),
    ("privacy", "privacy.controller_contact"),
    ("privacy", "privacy.dpo_contact"),
    ("privacy", "privacy.retention_days"),
    ("privacy", "privacy.notice_version"),
    ("privacy", "privacy.callback_working_days"),
    ("privacy", "privacy.central_public_key"),
    ("theme", "theme.name"),
    ("theme", "theme.primary"),
    ("theme", "theme.accent"),
    ("theme", "theme.background"),
    ("theme", "theme.logo"),
    ("staff", "staff.auto_lock"),
)
GUARDED_TOO = frozenset({"sync.mode", "sync.token", "sync.ca_file"})
"""Guarded beside `kiosk.enrolment.redirects`: they pick which target, or whom to trust, for it."""


def guarded(key: str) -> bool:
    """True for the settings staff mode may set only as the applied enrolment allowed."""
    return redirects(key) or key in GUARDED_TOO


def staff_may_set(home: Path, key: str, value: str) -> bool:
    """May staff mode set the guarded `key` to `value` (display form)? Without an enrolment, or
    with a damaged record, nothing is allowed; the token and CA file never from the screen."""
    applied = applied_enrolment(home)
    if applied is None or applied.damaged:
        return False
    if key == "sync.mode":
        return value == applied.mode
    if key in GUARDED_TOO:
        return False
    return applied.allows(key, value)


def allowed_values(applied: AppliedEnrolment | None, key: str) -> list[str]:
    """The values the office's enrolment lets staff choose for the guarded `key` (may be [])."""
    if applied is None or applied.damaged or key in GUARDED_TOO:
        return []
    return list(applied.allowed.get(key, ()))


NUMERIC = {
    "sync.interval",
    "ui.idle_timeout",
    "privacy.retention_days",
    "privacy.callback_working_days",
    "staff.auto_lock",
}


def _labels() -> dict[str, str]:
    return {
        "kiosk.name": tr("Kiosk name"),
        "kiosk.venue": tr("Venue"),
        "kiosk.comune": tr("Comune (id)"),
        "kiosk.area": tr("Default area (id)"),
        "sync.mode": tr("Sync mode (folder, http, off)"),
        "sync.folder": tr("Shared folder"),
        "sync.url": tr("Central server URL"),
        "sync.token": tr("Access token"),
        "sync.interval": tr("Sync every (seconds)"),
        "ui.idle_timeout": tr("Idle timeout (seconds)"),
        "ui.languages": tr("Languages offered (it,en)"),
        "ui.default_language": tr("Default language"),
        "privacy.controller": tr("Data controller"),
        "privacy.controller_contact": tr("Controller contact"),
        "privacy.dpo_contact": tr("DPO contact"),
        "privacy.retention_days": tr("Keep sent requests (days)"),
        "privacy.notice_version": tr("Privacy notice version"),
        "privacy.callback_working_days": tr("Call back within (working days)"),
        "privacy.central_public_key": tr("Central public key file"),
        "theme.name": tr("Theme name"),
        "theme.primary": tr("Primary colour"),
        "theme.accent": tr("Accent colour"),
        "theme.background": tr("Background colour"),
        "theme.logo": tr("Logo file"),
        "staff.auto_lock": tr("Staff mode locks after (seconds)"),
    }


def _group_titles() -> dict[str, str]:
    return {
        "kiosk": tr("Kiosk"),
        "sync": tr("Sync"),
        "ui": tr("Screen"),
        "privacy": tr("Privacy notice"),
        "theme": tr("Theme"),
        "staff": tr("Staff mode"),
    }


@QmlElement
class StaffSettingsVm(QObject):
    fieldsChanged = Signal()

    def __init__(
        self,
        settings: QtSettings,
        *,
        authorised: Authorised,
        report: Reporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._home = settings.store.home
        self._authorised = authorised
        self._report = report

    @Slot()
    def reload(self) -> None:
        """Show the current values again (the screen opened, the language changed)."""
        self.fieldsChanged.emit()

    def _get_guarded_text(self) -> str:
        return guarded_text()

    guardedText = Property(str, _get_guarded_text, notify=fieldsChanged)
    """Why some settings are read-only here (one sentence, in the staff language)."""

    def _get_fields(self) -> list[dict[str, Any]]:
        current = self._settings.current
        labels, groups = _labels(), _group_titles()
        applied = applied_enrolment(self._home)
        rows = []
        for group, key in EDITABLE:
            secret = key in settings_mod.SECRET_KEYS
            value = current.get(key)
            choices = allowed_values(applied, key) if guarded(key) else []
            rows.append(
                {
                    "key": key,
                    "group": groups[group],
                    "label": labels[key],
                    "value": "" if secret else settings_mod.display(value),
                    "secret": secret,
                    "isSet": bool(value),
                    "numeric": key in NUMERIC,
                    "guarded": guarded(key),
                    "readOnly": guarded(key) and not choices,
                    "allowed": ", ".join(choices),
                }
            )
        return rows

    settingFields = container_property("QVariantList", _get_fields, notify=fieldsChanged)

    @Slot(str, str, result=str)
    def setSetting(self, key: str, text: str) -> str:
        """Validate and save one setting; returns "" or the reason it was refused."""
        if not self._authorised():
            return tr("Staff mode is locked.")
        if key not in {k for _, k in EDITABLE}:
            return tr("This setting cannot be changed here.")
        try:
            if guarded(key):
                wanted = self._settings.current.with_value(key, text.strip()).get(key)
                if not staff_may_set(self._home, key, settings_mod.display(wanted)):
                    audit.record(self._home, "staff", "setting.refused", key=key)
                    return guarded_refusal(key)
            self._settings.store.set(key, text.strip(), by="staff")
        except settings_mod.SettingsError as exc:
            return str(exc)
        except OSError as exc:
            return tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc))
        self.fieldsChanged.emit()
        self._report(tr("Saved."))
        return ""


def guarded_text() -> str:
    """Why the guarded settings are read-only on the settings screen."""
    return tr(
        "Where parents' requests go (sync and privacy) is set by the central office: those "
        "settings change only with the office's enrolment file."
    )


def guarded_refusal(key: str) -> str:
    """The refusal of a guarded setting's value the enrolment did not allow (one sentence)."""
    return tr(
        "%1 decides where parents' requests go: staff mode may set it only to a value the "
        'office\'s enrolment file allows; use "Set up from a USB stick" with a new file from '
        "the office."
    ).replace("%1", key)
