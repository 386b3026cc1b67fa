"""The UI language: Qt Linguist catalogues (ui/i18n/pitstop_<lang>.qm) swapped live.

The .qm files are built from the .ts files in the repo by `make translations` (pyside6-lrelease,
run by `make run` and `make test`); when one is missing or older than its .ts, the English source
strings show and a warning is logged. Nothing is compiled at run time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtQml import QQmlEngine

log = logging.getLogger(__name__)
I18N = Path(__file__).resolve().parent / "i18n"


def qm_path(lang: str) -> Path:
    return I18N / f"pitstop_{lang}.qm"


def ensure_qm(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, or None (with a warning) when it is missing or stale."""
    qm, ts = qm_path(lang), I18N / f"pitstop_{lang}.ts"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if ts.is_file():
        log.warning("translations for %r are missing or stale: run `make translations`", lang)
    return None


class Translations:
    """Installs the translator of the chosen language and retranslates the QML engine."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.engine: QQmlEngine | None = None
        self.language = ""

    def remove(self) -> None:
        """Uninstall this kiosk's translator (the application may outlive the kiosk: tests)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None

    def apply(self, lang: str) -> None:
        self.remove()
        app = QCoreApplication.instance()
        qm = ensure_qm(lang)
        if qm is not None and app is not None:
            translator = QTranslator()
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translator = translator
        QLocale.setDefault(QLocale(lang))
        self.language = lang
        if self.engine is not None:
            self.engine.setUiLanguage(lang)
            # Not from inside the QML handler that asked for the change: bindings being evaluated
            # right now would keep the old language.
            QTimer.singleShot(0, self.engine.retranslate)
