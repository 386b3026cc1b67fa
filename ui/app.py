"""The composition root: services (settings, database, tasks, translations), the browsing
view-models, the QML engine and window, then the features (sync, staff, hardening, intake…).

`pitstop run`, `pitstop snapshot` and the tests all build the kiosk through `KioskApp`, with
`ui.features.default_features()` or the features a test needs. Python keeps a reference to every
view-model; `close()` shuts the features down in reverse, stops the task threads, deletes the QML
engine, then the rest.
See docs/architecture.md.
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # before any QGuiApplication exists
# No keyboard window of its own when no panel exists yet: Main.qml builds the panel on demand.
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

import ui.importhook  # noqa: F401  (first of the project's imports: see its docstring)
from kiosk.settings import Settings
from kiosk.settings_store import SettingsStore
from ui.database import Database
from ui.icons import IconProvider
from ui.keys import KeyRouter
from ui.settings import QtSettings
from ui.tasks import TaskRunner
from ui.translations import Translations
from ui.vm.catalogue import Catalogue
from ui.vm.detail import Detail
from ui.vm.navigation import Navigator
from ui.vm.results import AREA_PREFIX, Results
from ui.vm.root import KioskModel
from ui.vm.session import Session
from ui.vm.speech import Speech  # noqa: F401  (QML type of SpeechButton, before QML loads)
from ui.vm.theme import Theme
from ui.window import ActivityWatch

if TYPE_CHECKING:
    from kiosk.db.sqlite import SqliteFile
    from ui.features import Feature

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


@dataclass(frozen=True)
class Services:
    """What every part of the kiosk shares; one of each, owned by `KioskApp`."""

    home: Path
    settings: QtSettings
    database: Database
    tasks: TaskRunner
    translations: Translations


F = TypeVar("F", bound="Feature")


class KioskApp:
    """A running kiosk UI on the data folder `home`, with `features` installed in order.

    `size` None means kiosk mode (fullscreen, frameless); a size opens a normal window of that
    size (development, snapshots, tests). `today` fixes the date used for "coming up" (tests).
    With `fast_start` (`pitstop run`) the window comes first and the database opens on the writer
    lane (`services.database.when_open`); otherwise it is open before the constructor returns.
    """

    def __init__(
        self,
        home: Path,
        *,
        lang: str | None = None,
        size: tuple[int, int] | None = None,
        kiosk_mode: bool | None = None,
        today: dt.date | None = None,
        fast_start: bool = False,
        features: Sequence[Feature] = (),
    ) -> None:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and (
            QQuickWindow.sceneGraphBackend() != "software"
        ):  # before the first window: Qt takes the choice once per process
            QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        QLoggingCategory.setFilterRules(QUIET_CATEGORIES)
        app = QGuiApplication.instance()
        self.qapp = app if isinstance(app, QGuiApplication) else QGuiApplication(sys.argv[:1])
        self.kiosk_mode = size is None if kiosk_mode is None else kiosk_mode
        home.mkdir(parents=True, exist_ok=True)
        tasks = TaskRunner()
        settings = QtSettings(SettingsStore(home))
        self.services = Services(
            home=home,
            settings=settings,
            database=Database(home, tasks),
            tasks=tasks,
            translations=Translations(),
        )
        current = settings.current
        lang = lang or current.ui.default_language
        translations = self.services.translations
        translations.apply(lang)

        def language() -> str:
            return translations.language

        def today_fn() -> dt.date:
            return today or dt.date.today()

        self.navigator = Navigator()
        self.session = Session(
            self.navigator,
            languages=list(dict.fromkeys([*current.ui.languages, lang])),
            default_language=current.ui.default_language,
            idle_timeout=current.ui.idle_timeout,
            idle_countdown=current.ui.idle_countdown,
            apply_language=translations.apply,
            language=lang,
        )
        self.catalogue = Catalogue(None, language=language, today=today_fn)
        self.results = Results(
            None, language=language, today=today_fn, home_place=lambda: _home_place(settings)
        )
        self.detail = Detail(
            None,
            language=language,
            today=today_fn,
            public_base_url=lambda: settings.current.sync.public_base_url,
        )
        self.theme = Theme(current.theme)
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
        settings.changed.connect(self._apply_settings)

        self.engine = QQmlApplicationEngine()
        self.qml_warnings: list[str] = []
        self.engine.warnings.connect(self._on_warnings)
        translations.engine = self.engine
        self.engine.setUiLanguage(lang)
        self.engine.addImportPath(str(QML_DIR))
        # The engine deletes its image providers from inside its own destructor; these
        # references keep the providers' Python wrappers alive until then (see close()).
        self._icon_provider: IconProvider | None = IconProvider()
        self.engine.addImageProvider("icon", self._icon_provider)
        self._add_qr_provider()
        width, height = size or DEFAULT_WINDOWED_SIZE
        self.engine.setInitialProperties(
            {"app": self.model, "kioskMode": self.kiosk_mode, "width": width, "height": height}
        )
        self.engine.loadFromModule("Pitstop", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            found = type(roots[0]).__name__ if roots else "nothing"
            raise KioskStartError(
                f"the kiosk screen could not be loaded (QML gave {found}, not a window): "
                + "; ".join(self.qml_warnings)
            )
        self.window: QQuickWindow = roots[0]
        self.activity = ActivityWatch(self.window)
        self.activity.activity.connect(self.session.touched)
        self.keys = KeyRouter(self.window, self.navigator, self.session)  # after the activity watch
        if self.kiosk_mode:
            self.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
            self._screen: QScreen | None = None
            self.window.screenChanged.connect(self._follow_screen)
            self._follow_screen(self.window.screen())
            self.window.showFullScreen()
            self._cover_screen()  # again: on X11 showing may have moved it
        else:
            self.window.show()
        self.services.database.when_open(self._show_catalogue)
        self._features: list[Feature] = []
        self._closed = False
        if fast_start:  # the first frame first: the database and most features follow it
            self._install([f for f in features if f.urgent])
            self._later = [f for f in features if not f.urgent]
            self._later_pending = True
            self.window.frameSwapped.connect(
                self._after_first_frame, Qt.ConnectionType.QueuedConnection
            )
        else:
            self.services.database.open(background=False)
            self._install(features)

    def _install(self, features: Sequence[Feature]) -> None:
        for feature in features:
            feature.install(self)
            self._features.append(feature)

    def _after_first_frame(self) -> None:
        if not self._later_pending:  # two frames can be queued before the first is handled
            return
        self._later_pending = False
        self.window.frameSwapped.disconnect(self._after_first_frame)
        if self._closed:
            return
        self.services.database.open(background=True)
        self._install(self._later)
        self._later = []

    def _follow_screen(self, screen: QScreen | None) -> None:
        """Kiosk mode: cover `screen` (the one the window is on) now and whenever its size
        changes (a replaced or rotated monitor). "Full screen" is only a request that no one
        grants on X11 without a window manager, and the offscreen platform grants a 1x1 window."""
        if self._screen is not None and shiboken6.isValid(self._screen):
            self._screen.geometryChanged.disconnect(self._cover_screen)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._cover_screen)
        self._cover_screen()

    def _cover_screen(self, geometry: QRect | None = None) -> None:
        screen = self._screen
        if geometry is None:
            if screen is None or not shiboken6.isValid(screen):
                return
            geometry = screen.geometry()
        if geometry.isEmpty() or self.window.geometry() == geometry:
            return
        self.window.setGeometry(geometry)
        log.info(
            "kiosk window covers its screen: %dx%d at %d,%d",
            geometry.width(),
            geometry.height(),
            geometry.x(),
            geometry.y(),
        )

    @property
    def home(self) -> Path:
        return self.services.home

    @property
    def settings(self) -> Settings:
        """The current settings (read them when acting: they change while the kiosk runs)."""
        return self.services.settings.current

    @property
    def ready(self) -> bool:
        """True once the database is open and the view-models show the catalogue."""
        return self.services.database.engine is not None

    def feature(self, kind: type[F]) -> F | None:
        """The installed feature of type `kind` (None when not installed)."""
        return next((f for f in self._features if isinstance(f, kind)), None)

    def catalogue_changed(self) -> None:
        """A new catalogue is in the database (sync or USB): every screen reads it again."""
        self.catalogue.reload()
        self.results.reload()
        self.detail.clear()

    def _show_catalogue(self, engine: SqliteFile) -> None:
        for vm in (self.catalogue, self.results, self.detail):
            vm.attach(engine)

    def _apply_settings(self, new: Settings) -> None:
        """A settings change applies at once: languages and idle times, theme, home place."""
        self.session.apply_settings(new.ui)
        self.theme.apply(new.theme)
        self.results.follow_home_place()

    def _tidy_after_wipe(self) -> None:
        """Queued after a wipe, once the visitor's pages are gone: collect the JavaScript heap
        (about 2 MiB of the last visitor's bindings and models), SQLite's cache, then Python's."""
        engine = getattr(self, "engine", None)
        if engine is None or not shiboken6.isValid(engine):
            return  # closed meanwhile
        engine.collectGarbage()
        database = self.services.database.engine
        if database is not None:  # SQLite's page cache of the last searches (~2 MiB)
            with database.connect() as connection:
                connection.execute("PRAGMA shrink_memory")
        _tidy_memory()

    def _add_qr_provider(self) -> None:
        from ui.qr import QrImageProvider

        provider = QrImageProvider()
        self.session.wiped.connect(provider.clear)  # no QR of the last visitor stays in memory
        self.engine.addImageProvider("qr", provider)
        self._qr_provider: QrImageProvider | None = provider

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            text = warning.toString()
            self.qml_warnings.append(text)
            log.warning("QML: %s", text)

    def close(self) -> None:
        """Tear down: features in reverse order, background work, the view-models' timers, the
        QML engine (it owns the window), then the database."""
        self._closed = True
        for feature in reversed(self._features):
            feature.shutdown()
        # The task threads stop next, once the features' last writes are done: from here on no
        # other thread runs Python while Shiboken, with the GIL let go, runs a C++ destructor
        # (the features' objects below, the engine further down).
        self.services.tasks.shutdown()
        self._features.clear()
        self.session.stop()
        screen = getattr(self, "_screen", None)
        if screen is not None and shiboken6.isValid(screen):  # screens outlive the window
            screen.geometryChanged.disconnect(self._cover_screen)
        self._screen = None
        self.keys.close()
        self.window.removeEventFilter(self.activity)
        self.window.close()
        # The engine's C++ destructor deletes our image providers. Two core dumps of a crash
        # here (about one full test run in four) showed a provider's wrapper at refcount 0
        # inside Shiboken's releaseWrapper: the destructor had dropped its last reference.
        # Our references outlive the engine.
        shiboken6.delete(self.engine)
        del self.engine
        self._icon_provider = self._qr_provider = None
        QCoreApplication.processEvents()
        translations = self.services.translations
        translations.engine = None
        translations.remove()
        self.services.settings.close()
        self.services.database.close()


def _home_place(settings: QtSettings) -> str:
    """Where results start: the kiosk's comune, else its area ("" for anywhere)."""
    kiosk = settings.current.kiosk
    if kiosk.comune:
        return kiosk.comune
    return AREA_PREFIX + kiosk.area if kiosk.area else ""
