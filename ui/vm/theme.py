"""The look of one alliance: name, logo and colours from assets/theme/theme.json, overridden by the
[theme] section of the kiosk's settings (only the keys set to something else than the default)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtQml import QmlElement

from kiosk.paths import asset
from kiosk.settings import ThemeSection, changed_fields
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401

log = logging.getLogger(__name__)
THEME_DIR = asset("theme")
COLOURS = ("primary", "accent", "background", "surface", "text")


def load_theme(settings: ThemeSection, path: Path = THEME_DIR / "theme.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    colours: dict[str, str] = dict(data.get("colours", {}))
    for key, value in changed_fields(settings).items():
        if key in COLOURS:
            colours[key] = value
        elif key == "name" and value:
            data["name"] = value
        elif key == "logo" and value:
            data["logo"] = value
    data["colours"] = colours
    logo = Path(str(data.get("logo", "logo.svg")))
    data["logo_path"] = logo if logo.is_absolute() else path.parent / logo
    return data


def _colour(key: str, notify: Signal) -> Property:
    def getter(self: Theme) -> str:
        return str(self._data["colours"].get(key, "#ff00ff"))

    return Property(str, getter, notify=notify)


@QmlElement
class Theme(QObject):
    changed = Signal()

    def __init__(self, settings: ThemeSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = load_theme(settings)

    def apply(self, settings: ThemeSection) -> None:
        """Staff changed the [theme] settings: every bound colour, the name and logo follow."""
        self._data = load_theme(settings)
        self.changed.emit()

    def _name(self) -> str:
        return str(self._data.get("name", ""))

    name = Property(str, _name, notify=changed)

    def _logo(self) -> QUrl:
        path = Path(self._data["logo_path"])
        return QUrl.fromLocalFile(str(path)) if path.is_file() else QUrl()

    logo = Property(QUrl, _logo, notify=changed)

    def _font(self) -> str:
        return str(self._data.get("font", "Noto Sans"))

    fontFamily = Property(str, _font, notify=changed)

    primary = _colour("primary", changed)
    primaryInk = _colour("primaryInk", changed)
    accent = _colour("accent", changed)
    accentInk = _colour("accentInk", changed)
    background = _colour("background", changed)
    surface = _colour("surface", changed)
    surfaceAlt = _colour("surfaceAlt", changed)
    text = _colour("text", changed)
    muted = _colour("muted", changed)
    line = _colour("line", changed)
    highlight = _colour("highlight", changed)
