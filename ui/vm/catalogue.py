"""What the attract and home screens show about the catalogue, in the session's language.

Category tiles with counts, the coming school closures with how many offerings cover them, the
next closure, and the catalogue's freshness ("updated on …", shown on every screen). `reload`
re-reads everything (the sync service calls it after a new catalogue is swapped in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.catalogue import browse
from kiosk.paths import asset
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, fmt  # noqa: F401
from ui.vm.listmodel import DictListModel

if TYPE_CHECKING:
    from kiosk.db.sqlite import SqliteFile

ICONS = asset("icons")


def icon_name(icon: str | None) -> str:
    """The SVG to draw for a category icon name; unknown names get the generic icon."""
    return icon if icon and (ICONS / f"{icon}.svg").is_file() else "generic"


@QmlElement
class Catalogue(QObject):
    changed = Signal()
    replaced = Signal()
    """The catalogue in the database was read again (opened, or a new one swapped in)."""

    def __init__(
        self,
        engine: SqliteFile | None,
        *,
        language: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._language = language
        self._today = today
        self._categories = DictListModel(["key", "name", "symbol", "count", "countText"], self)
        self._highlights = DictListModel(["key", "name", "dates", "count", "countText"], self)
        self._info: browse.CatalogueInfo | None = None
        self._next: browse.PeriodInfo | None = None
        self._raw_categories: list[browse.CategoryCount] = []
        self._raw_highlights: list[browse.PeriodInfo] = []
        self._total = 0
        self.reload()

    def attach(self, engine: SqliteFile) -> None:
        """Start reading from `engine` (the kiosk opens its database after the first frame)."""
        self._engine = engine
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Re-read the catalogue (after an import or a sync)."""
        if self._engine is None:
            return
        today = self._today()
        self._info = browse.catalogue_info(self._engine)
        self._raw_categories = browse.categories(self._engine)
        self._raw_highlights = browse.upcoming_closures(self._engine, today)
        self._next = browse.next_closure(self._engine, today)
        self._total = self._count_offerings()
        self.retranslate()
        self.replaced.emit()

    def _count_offerings(self) -> int:
        from kiosk.catalogue.search import SearchQuery, search

        assert self._engine is not None
        return search(self._engine, SearchQuery(limit=1)).total

    @Slot()
    def retranslate(self) -> None:
        lang = self._language()
        self._categories.replace(
            [
                {
                    "key": c.id,
                    "name": browse.pick(c.name, lang),
                    "symbol": icon_name(c.icon),
                    "count": c.count,
                    "countText": QCoreApplication.translate(
                        "Format", "%n offering(s)", None, c.count
                    ),
                }
                for c in self._raw_categories
            ]
        )
        self._highlights.replace(
            [
                {
                    "key": p.id,
                    "name": browse.pick(p.name, lang),
                    "dates": fmt.date_range(p.start, p.end, lang),
                    "count": p.count,
                    "countText": QCoreApplication.translate(
                        "Format", "%n offering(s) for these days", None, p.count
                    ),
                }
                for p in self._raw_highlights
            ]
        )
        self.changed.emit()

    def _get_categories(self) -> DictListModel:
        return self._categories

    categories = Property(QObject, _get_categories, constant=True)

    def _get_highlights(self) -> DictListModel:
        return self._highlights

    highlights = Property(QObject, _get_highlights, constant=True)

    def _updated(self) -> str:
        if self._info is None:
            return QCoreApplication.translate("Format", "No catalogue loaded")
        return fmt.updated_on(self._info.updated_at, self._language())

    updatedText = Property(str, _updated, notify=changed)

    def _demo(self) -> bool:
        return self._info is not None and self._info.demo

    demo = Property(bool, _demo, notify=changed)

    def _title(self) -> str:
        return browse.pick(self._info.title, self._language()) if self._info else ""

    title = Property(str, _title, notify=changed)

    def _next_name(self) -> str:
        return browse.pick(self._next.name, self._language()) if self._next else ""

    nextClosureName = Property(str, _next_name, notify=changed)

    def _next_dates(self) -> str:
        n = self._next
        return fmt.date_range(n.start, n.end, self._language()) if n else ""

    nextClosureDates = Property(str, _next_dates, notify=changed)

    def _next_id(self) -> str:
        return self._next.id if self._next else ""

    nextClosureId = Property(str, _next_id, notify=changed)

    def _next_count(self) -> int:
        return self._next.count if self._next else 0

    nextClosureCount = Property(int, _next_count, notify=changed)

    def _total_offerings(self) -> int:
        return self._total

    offeringCount = Property(int, _total_offerings, notify=changed)

    @Slot(str, result=str)
    def categoryName(self, category_id: str) -> str:
        lang = self._language()
        for c in self._raw_categories:
            if c.id == category_id:
                return browse.pick(c.name, lang)
        return ""
