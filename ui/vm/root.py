"""The one object QML receives: every view-model of the kiosk, as constant properties.

Later features add theirs with `register("intake", vm)` and QML reaches them as `app.vm("intake")`.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtQml import QmlElement, QQmlEngine

from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401
from ui.vm.catalogue import Catalogue
from ui.vm.detail import Detail
from ui.vm.navigation import Navigator
from ui.vm.results import Results
from ui.vm.session import Session
from ui.vm.theme import Theme


@QmlElement
class KioskModel(QObject):
    def __init__(
        self,
        *,
        session: Session,
        nav: Navigator,
        catalogue: Catalogue,
        results: Results,
        detail: Detail,
        theme: Theme,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._nav, self._theme = session, nav, theme
        self._catalogue, self._results, self._detail = catalogue, results, detail
        self._extra: dict[str, QObject] = {}

    def register(self, name: str, view_model: QObject) -> None:
        """Expose another view-model to QML as `app.vm(name)` (Python keeps the reference here).

        QML takes ownership of a parentless object returned from a slot and deletes it when its
        garbage collector runs (e.g. after the page that asked is destroyed): say it is ours.
        """
        QQmlEngine.setObjectOwnership(view_model, QQmlEngine.ObjectOwnership.CppOwnership)
        self._extra[name] = view_model

    @Slot(str, result=QObject)
    def vm(self, name: str) -> QObject | None:
        return self._extra.get(name)

    def _get_session(self) -> Session:
        return self._session

    session = Property(Session, _get_session, constant=True)

    def _get_nav(self) -> Navigator:
        return self._nav

    nav = Property(Navigator, _get_nav, constant=True)

    def _get_catalogue(self) -> Catalogue:
        return self._catalogue

    catalogue = Property(Catalogue, _get_catalogue, constant=True)

    def _get_results(self) -> Results:
        return self._results

    results = Property(Results, _get_results, constant=True)

    def _get_detail(self) -> Detail:
        return self._detail

    detail = Property(Detail, _get_detail, constant=True)

    def _get_theme(self) -> Theme:
        return self._theme

    theme = Property(Theme, _get_theme, constant=True)
