"""The composition root: data folder → settings, database, view-models, QML engine, window.

`pitstop run`, `pitstop snapshot` and the tests all build the kiosk through `KioskApp`. Python
keeps a reference to every view-model; `close()` deletes the QML engine first, then the rest.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import gc
import linecache
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # before any QGuiApplication exists

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

import ui.importhook  # noqa: F401  (first of the project's imports: see its docstring)
from kiosk import settings as settings_mod
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

if TYPE_CHECKING:
    from kiosk.context import KioskContext

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).resolve().parent / "qml"
DEFAULT_WINDOWED_SIZE = (1280, 800)


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


def _tidy_memory() -> None:
    """After a visitor leaves: collect Python garbage and hand freed heap back to the system.

    PySide6's import hook reads the source of every module imported after it (looking for
    `from __feature__ import`), and linecache keeps those sources: ~20 MiB of text nobody needs.
    """
    linecache.clearcache()
    gc.collect()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # not glibc: nothing to trim
            ctypes.CDLL("libc.so.6").malloc_trim(0)


class _Opener(QObject):
    """Opens the kiosk's database on a worker thread; hands the context back on the GUI thread."""

    opened = Signal(object)

    def __init__(self, home: Path, done: Callable[[KioskContext], None]) -> None:
        super().__init__()
        self._done = done
        self._result: KioskContext | None = None
        self.opened.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, args=(home,), name="open-kiosk")
        self._thread.start()

    def _run(self, home: Path) -> None:
        from kiosk.context import open_kiosk

        try:
            context = open_kiosk(home)
        except Exception:
            log.exception("the kiosk database could not be opened")
            return
        self.opened.emit(context)

    @Slot(object)
    def _deliver(self, context: KioskContext) -> None:
        self._done(context)

    def join(self) -> None:
        self._thread.join()


class KioskApp:
    """A running kiosk UI on the data folder `home`.

    `size` None means kiosk mode (fullscreen, frameless, exit shortcuts swallowed); a size opens a
    normal window of that size (development, snapshots, tests). `today` fixes the date used for
    "coming up" (tests).

    With `fast_start` (`pitstop run`) the window comes first: the database (SQLAlchemy, Alembic,
    the migrations) is opened on a worker thread and the view-models fill in when it is ready
    (`ready` callbacks). Otherwise everything is loaded before the constructor returns.
    """

    def __init__(
        self,
        home: Path,
        *,
        lang: str = "it",
        size: tuple[int, int] | None = None,
        kiosk_mode: bool | None = None,
        today: dt.date | None = None,
        fast_start: bool = False,
    ) -> None:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and (
            QQuickWindow.sceneGraphBackend() != "software"
        ):  # before the first window: Qt takes the choice once per process
            QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        QLoggingCategory.setFilterRules(QUIET_CATEGORIES)
        app = QGuiApplication.instance()
        self.qapp = app if app is not None else QGuiApplication(sys.argv[:1])
        self.kiosk_mode = size is None if kiosk_mode is None else kiosk_mode
        home.mkdir(parents=True, exist_ok=True)
        self.home = home
        self.settings = settings = settings_mod.load_or_init(home)
        self.context: KioskContext | None = None
        self.ready_callbacks: list[Callable[[], None]] = []
        self._opener: _Opener | None = None
        engine = None
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
        self.session.wiped.connect(self._tidy_after_wipe, Qt.ConnectionType.QueuedConnection)
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
        if fast_start:
            self._opener = _Opener(home, self._attach)
        else:
            from kiosk.context import open_kiosk

            self._attach(open_kiosk(home))

    @property
    def ready(self) -> bool:
        """True once the database is open and the view-models show the catalogue."""
        return self.context is not None

    def _attach(self, context: KioskContext) -> None:
        self.context = context
        for vm in (self.catalogue, self.results, self.detail):
            vm.attach(context.engine)
        for callback in self.ready_callbacks:
            callback()

    def _tidy_after_wipe(self) -> None:
        """Queued after a wipe, once the visitor's pages are gone: collect the JavaScript heap
        (about 2 MiB of the last visitor's bindings and models), SQLite's cache, then Python's."""
        engine = getattr(self, "engine", None)
        if engine is None or not shiboken6.isValid(engine):
            return  # closed meanwhile
        engine.collectGarbage()
        if self.context is not None:  # SQLite's page cache of the last searches (~2 MiB)
            with self.context.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA shrink_memory")
        _tidy_memory()

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
        self.session.stop()
        self.guard.kiosk_mode = False
        self.window.removeEventFilter(self.guard)
        self.window.close()
        shiboken6.delete(self.engine)
        del self.engine
        QCoreApplication.processEvents()
        self.translations.engine = None
        self.translations.remove()
        if self._opener is not None:
            self._opener.join()
        if self.context is not None:
            self.context.close()


def install_features(kiosk: KioskApp, *, start_sync: bool = True) -> None:
    """Plug the features built on the browsing screens into `kiosk`, in the order they need:
    sync first (staff mode looks it up), then staff mode, hardening and contact requests.

    `pitstop run` and `pitstop snapshot` both call this; tests install just what they exercise.
    Each feature undoes itself in `kiosk.close()`.
    """
    from ui.hardening import install_hardening
    from ui.sync_service import install_sync
    from ui.vm.intake import install_intake
    from ui.vm.staff import install_staff

    install_sync(kiosk, start=start_sync)
    install_staff(kiosk)
    install_hardening(kiosk)
    install_intake(kiosk)
