"""The composition root: data folder → settings, database, view-models, QML engine, window.

`pitstop run`, `pitstop snapshot` and the tests all build the kiosk through `KioskApp`. Python
keeps a reference to every view-model; `close()` deletes the QML engine first, then the rest.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

import shiboken6

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # before any QGuiApplication exists

from PySide6.QtCore import QCoreApplication, QLoggingCategory, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.context import KioskContext, open_kiosk
from ui.icons import IconProvider
from ui.translations import Translations
from ui.vm.catalogue import Catalogue
from ui.vm.detail import Detail
from ui.vm.navigation import Navigator
from ui.vm.results import Results
from ui.vm.root import KioskModel
from ui.vm.session import Session
from ui.vm.theme import Theme
from ui.window import WindowGuard

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).resolve().parent / "qml"
DEFAULT_WINDOWED_SIZE = (1280, 800)
_graphics_chosen = False


# Qt's own noise that is not about the kiosk (each one explained), hidden from logs and tests.
QUIET_CATEGORIES = "\n".join(
    [
        # The virtual keyboard loads QtMultimedia for key clicks; this machine has no PipeWire.
        "qt.multimedia.symbolsresolver=false",
        # Qt Quick Controls' own PopupList (6.9+) trips a property-cache notice at load.
        "qt.qml.propertyCache.append=false",
    ]
)


class KioskStartError(RuntimeError):
    """The QML could not be loaded; str() lists the QML errors."""


class KioskApp:
    """A running kiosk UI on the data folder `home`.

    `size` None means kiosk mode (fullscreen, frameless, exit shortcuts swallowed); a size opens a
    normal window of that size (development, snapshots, tests). `today` fixes the date used for
    "coming up" (tests).
    """

    def __init__(
        self,
        home: Path,
        *,
        lang: str = "it",
        size: tuple[int, int] | None = None,
        kiosk_mode: bool | None = None,
        today: dt.date | None = None,
    ) -> None:
        global _graphics_chosen
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and not _graphics_chosen:
            QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        _graphics_chosen = True  # Qt takes the choice once per process
        QLoggingCategory.setFilterRules(QUIET_CATEGORIES)
        app = QGuiApplication.instance()
        self.qapp = app if app is not None else QGuiApplication(sys.argv[:1])
        self.kiosk_mode = size is None if kiosk_mode is None else kiosk_mode
        self.context: KioskContext = open_kiosk(home)
        settings = self.context.settings
        engine = self.context.engine
        self.translations = Translations()
        self.translations.apply(lang)

        def language() -> str:
            return self.translations.language

        def today_fn() -> dt.date:
            return today or dt.date.today()

        self.navigator = Navigator()
        self.session = Session(
            self.navigator,
            languages=list(dict.fromkeys([*settings.ui.languages, lang])),
            default_language=settings.ui.default_language,
            idle_timeout=settings.ui.idle_timeout,
            idle_countdown=settings.ui.idle_countdown,
            apply_language=self.translations.apply,
            language=lang,
        )
        self.catalogue = Catalogue(engine, language=language, today=today_fn)
        self.results = Results(engine, language=language, today=today_fn)
        self.detail = Detail(engine, language=language, today=today_fn)
        self.theme = Theme(settings.theme)
        self.model = KioskModel(
            session=self.session,
            nav=self.navigator,
            catalogue=self.catalogue,
            results=self.results,
            detail=self.detail,
            theme=self.theme,
        )
        for vm in (self.catalogue, self.results, self.detail):
            self.session.languageChanged.connect(vm.retranslate)
        self.session.wiped.connect(self.results.reset)
        self.session.wiped.connect(self.detail.clear)

        self.engine = QQmlApplicationEngine()
        self.qml_warnings: list[str] = []
        self.engine.warnings.connect(self._on_warnings)
        self.translations.engine = self.engine
        self.engine.setUiLanguage(lang)
        self.engine.addImportPath(str(QML_DIR))
        self.engine.addImageProvider("icon", IconProvider())
        self._add_qr_provider()
        width, height = size or DEFAULT_WINDOWED_SIZE
        self.engine.setInitialProperties(
            {"app": self.model, "kioskMode": self.kiosk_mode, "width": width, "height": height}
        )
        self.engine.loadFromModule("Pitstop", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise KioskStartError(
                "the kiosk screen could not be loaded: " + "; ".join(self.qml_warnings)
            )
        self.window: QQuickWindow = roots[0]
        self.guard = WindowGuard(self.session, kiosk_mode=self.kiosk_mode)
        self.window.installEventFilter(self.guard)
        if self.kiosk_mode:
            self.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
            self.window.showFullScreen()
        else:
            self.window.show()

    def _add_qr_provider(self) -> None:
        from ui.qr import QrImageProvider

        provider = QrImageProvider()
        self.session.wiped.connect(provider.clear)  # no QR of the last visitor stays in memory
        self.engine.addImageProvider("qr", provider)

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            text = warning.toString()
            self.qml_warnings.append(text)
            log.warning("QML: %s", text)

    def close(self) -> None:
        """Tear down: QML engine first (it owns the window), then view-models, then the database."""
        self.guard.kiosk_mode = False
        self.window.removeEventFilter(self.guard)
        self.window.close()
        shiboken6.delete(self.engine)
        del self.engine
        QCoreApplication.processEvents()
        self.translations.engine = None
        self.translations.remove()
        self.context.close()
