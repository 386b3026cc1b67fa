"""The UI language: Qt Linguist catalogues (ui/i18n/<catalogue>_<lang>.qm) swapped live.

Three catalogues — the visitor screens (`pitstop`), the contact-request flow (`intake`) and staff
mode (`staff`) — are installed and removed together. The .qm files sit next to this module: in a
checkout `make translations` builds them from the .ts files (pyside6-lrelease, run by `make run`
and `make test`); an installed wheel carries them, compiled by its build (tools/pitstop_build.py).
One that is missing or older than its .ts is skipped with a warning, and its screens show the
English source strings. Nothing is compiled at run time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlEngine

log = logging.getLogger(__name__)
I18N = Path(__file__).resolve().parent / "i18n"
CATALOGUES = ("pitstop", "intake", "staff")


def compiled_catalogue(name: str, lang: str, folder: Path = I18N) -> Path | None:
    """`<name>_<lang>.qm` when it is built and current; None (with a warning if a .ts exists)."""
    qm, ts = folder / f"{name}_{lang}.qm", folder / f"{name}_{lang}.ts"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts.is_file():
        log.warning(
            "%s is missing or stale: run `make translations`; source language shown", qm.name
        )
    return None


ARABIC_FONT = "Noto Sans Arabic"
"""Debian's fonts-noto-core; installed by tools/system-deps.sh and deploy/install-kiosk.sh."""


def script_fallbacks(family: str = "Noto Sans") -> None:
    """Arabic written in `family` (the theme's font, which has no Arabic) is drawn with Noto Sans
    Arabic; fontconfig alone would pick DejaVu Sans. Cyrillic is in Noto Sans itself."""
    if ARABIC_FONT not in QFont.substitutes(family):
        QFont.insertSubstitution(family, ARABIC_FONT)


def direction(lang: str) -> Qt.LayoutDirection:
    """Right-to-left for a language written so (Arabic), else left-to-right.

    Set explicitly, not through a QT_LAYOUT_DIRECTION entry in the .ts (that entry has no source
    text, so lupdate would mark it vanished)."""
    return QLocale(lang).textDirection()


class Translations:
    """Installs the translators of the chosen language and retranslates the QML engine."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.engine: QQmlEngine | None = None
        self.language = ""

    def remove(self) -> None:
        """Uninstall this kiosk's translators (the application may outlive the kiosk: tests)."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._translators:
                app.removeTranslator(translator)
        self._translators = []
        if isinstance(app, QGuiApplication):
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def apply(self, lang: str) -> None:
        self.remove()
        script_fallbacks()
        app = QCoreApplication.instance()
        for name in CATALOGUES:
            qm = compiled_catalogue(name, lang)
            if qm is None or app is None:
                continue
            translator = QTranslator()
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(QLocale(lang))
        if isinstance(app, QGuiApplication):  # Arabic mirrors every screen (Main.qml's root)
            QGuiApplication.setLayoutDirection(direction(lang))
        self.language = lang
        if self.engine is not None:
            self.engine.setUiLanguage(lang)
            # Not from inside the QML handler that asked for the change: bindings being evaluated
            # right now would keep the old language.
            QTimer.singleShot(0, self.engine.retranslate)
