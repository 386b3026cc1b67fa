"""Search and filters of the results screen, and the page of result cards.

Every change (a keystroke, a chip) runs `kiosk.catalogue.search.search` — FTS5 and filters in SQL,
one page of cards — and resets a small list model. Measured at under 50 ms p95 with 10,000
offerings (benchmarks/bench_ui_search.py), so it runs on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.catalogue import browse
from kiosk.usage import metrics as usage_metrics
from kiosk.usage.tally import IGNORE, Counts
from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, fmt  # noqa: F401
from ui.vm.catalogue import icon_name
from ui.vm.listmodel import DictListModel

if TYPE_CHECKING:
    from kiosk.catalogue.search import OfferingCard
    from kiosk.db.sqlite import SqliteFile

log = logging.getLogger(__name__)
PAGE = 60
AREA_PREFIX = "area:"
AGES = list(range(0, 15))


@dataclass(frozen=True)
class Query:
    """The visitor's query: kiosk.catalogue.search.SearchQuery's filters, without the page size."""

    text: str = ""
    comune: str | None = None
    area: str | None = None
    age: int | None = None
    period: str | None = None
    category: str | None = None
    free_only: bool = False


@QmlElement
class Results(QObject):
    """The query (text + filters) and its results."""

    queryChanged = Signal()
    resultsChanged = Signal()
    measureChanged = Signal()
    usage: Counts = IGNORE
    """Where the visitor's choices are counted (kiosk.usage; the usage feature sets it)."""

    def __init__(
        self,
        engine: SqliteFile | None,
        *,
        language: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        home_place: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._language = language
        self._today = today
        self._home_place = home_place
        self._home = ""
        self._model = DictListModel(
            [
                "key",
                "name",
                "nameMark",
                "organization",
                "places",
                "ages",
                "dates",
                "cost",
                "free",
                "symbol",
            ],
            self,
        )
        self._places = DictListModel(["key", "label", "isArea"], self)
        self._periods = DictListModel(["key", "label", "dates"], self)
        self._ages = DictListModel(["key", "label"], self)
        self._query = Query()
        self._cards: list[OfferingCard] = []
        self._total = 0
        self._marked = False
        self._names: list[str] = []
        self._dates: list[str] = []
        self._category_names: dict[str, dict[str, str]] = {}
        self._category_icons: dict[str, str] = {}
        self._area_list: list[browse.Place] = []
        self._comune_list: list[browse.Place] = []
        self._period_list: list[browse.PeriodInfo] = []
        self.last_search_ms = 0.0
        self.reload()

    # lifecycle --------------------------------------------------------------------------------

    def attach(self, engine: SqliteFile) -> None:
        """Start searching `engine` (the kiosk opens its database after the first frame)."""
        self._engine = engine
        self.reload()
        self.reset()

    @Slot()
    def reload(self) -> None:
        """Re-read the filter choices (after a new catalogue) and search again."""
        if self._engine is None:
            return
        cats = browse.categories(self._engine)
        self._category_names = {c.id: c.name for c in cats}
        self._category_icons = {c.id: icon_name(c.icon) for c in cats}
        self._area_list = browse.areas(self._engine)
        self._comune_list = browse.comuni(self._engine)
        self._period_list = [
            p for p in browse.periods(self._engine, today=self._today()) if p.count
        ]
        self.retranslate()
        self._run()

    @Slot()
    def reset(self) -> None:
        """Forget text and filters (session wipe, or a new search from home); results start
        near the kiosk (`kiosk.comune`, else `kiosk.area`) when that place has offerings."""
        self._home = self._home_place()
        self._set_query(self._home_query())

    def follow_home_place(self) -> None:
        """The settings changed: start again from the new home place, if it is a new one."""
        if self._home_place() != self._home:
            self.reset()

    def _home_query(self) -> Query:
        place = self._home
        if place.startswith(AREA_PREFIX):
            area = place.removeprefix(AREA_PREFIX)
            if any(a.id == area for a in self._area_list):
                return Query(area=area)
        elif place and any(c.id == place for c in self._comune_list):
            return Query(comune=place)
        return Query()

    @Slot()
    def retranslate(self) -> None:
        lang = self._language()
        self._places.replace(
            [
                {"key": AREA_PREFIX + a.id, "label": browse.pick(a.name, lang), "isArea": True}
                for a in self._area_list
            ]
            + [
                {"key": c.id, "label": browse.pick(c.name, lang), "isArea": False}
                for c in self._comune_list
            ]
        )
        self._periods.replace(
            [
                {
                    "key": p.id,
                    "label": browse.pick(p.name, lang),
                    "dates": fmt.date_range(p.start, p.end, lang),
                }
                for p in self._period_list
            ]
        )
        self._ages.replace(
            [
                {
                    "key": a,
                    "label": QCoreApplication.translate("Format", "%n year(s)", None, a)
                    if a
                    else QCoreApplication.translate("Format", "Under 1 year"),
                }
                for a in AGES
            ]
        )
        self._fill_model()
        self.queryChanged.emit()

    # the query --------------------------------------------------------------------------------

    def _set_query(self, query: Query) -> None:
        if query == self._query:
            return
        self._query = query
        self.queryChanged.emit()
        self._run()

    def _replace(self, **changes: object) -> None:
        self._set_query(replace(self._query, **changes))  # type: ignore[arg-type]

    def _get_text(self) -> str:
        return self._query.text

    @Slot(str)
    def setText(self, value: str) -> None:
        self._replace(text=value)

    text = Property(str, _get_text, setText, notify=queryChanged)

    def _get_category(self) -> str:
        return self._query.category or ""

    @Slot(str)
    def setCategory(self, category_id: str) -> None:
        self._replace(category=category_id or None)
        self.usage.count(usage_metrics.CATEGORY, category_id)

    category = Property(str, _get_category, setCategory, notify=queryChanged)

    def _category_label(self) -> str:
        names = self._category_names.get(self._query.category or "")
        return browse.pick(names, self._language()) if names else ""

    categoryName = Property(str, _category_label, notify=queryChanged)

    def _get_place(self) -> str:
        if self._query.area:
            return AREA_PREFIX + self._query.area
        return self._query.comune or ""

    @Slot(str)
    def setPlace(self, place: str) -> None:
        """A comune id, "area:<id>" for a whole area, or "" for anywhere."""
        if place.startswith(AREA_PREFIX):
            self._replace(area=place.removeprefix(AREA_PREFIX), comune=None)
        else:
            self._replace(comune=place or None, area=None)
        self.usage.count(usage_metrics.FILTER, "place" if place else "")

    place = Property(str, _get_place, setPlace, notify=queryChanged)

    def _place_label(self) -> str:
        current = self._get_place()
        for row in self._places.rows():
            if row["key"] == current:
                return str(row["label"])
        return ""

    placeLabel = Property(str, _place_label, notify=queryChanged)

    def _get_age(self) -> int:
        return -1 if self._query.age is None else self._query.age

    @Slot(int)
    def setAge(self, age: int) -> None:
        """The child's age in years; -1 for any age."""
        self._replace(age=None if age < 0 else age)
        self.usage.count(usage_metrics.FILTER, "age" if age >= 0 else "")

    age = Property(int, _get_age, setAge, notify=queryChanged)

    def _age_label(self) -> str:
        if self._query.age is None:
            return ""
        return (
            QCoreApplication.translate("Format", "%n year(s)", None, self._query.age)
            if self._query.age
            else QCoreApplication.translate("Format", "Under 1 year")
        )

    ageLabel = Property(str, _age_label, notify=queryChanged)

    def _get_period(self) -> str:
        return self._query.period or ""

    @Slot(str)
    def setPeriod(self, period_id: str) -> None:
        self._replace(period=period_id or None)
        self.usage.count(usage_metrics.FILTER, "period" if period_id else "")

    period = Property(str, _get_period, setPeriod, notify=queryChanged)

    def _period_label(self) -> str:
        for row in self._periods.rows():
            if row["key"] == self._query.period:
                return str(row["label"])
        return ""

    periodLabel = Property(str, _period_label, notify=queryChanged)

    def _get_free(self) -> bool:
        return self._query.free_only

    @Slot(bool)
    def setFreeOnly(self, value: bool) -> None:
        self._replace(free_only=value)
        self.usage.count(usage_metrics.FILTER, "free" if value else "")

    freeOnly = Property(bool, _get_free, setFreeOnly, notify=queryChanged)

    def _has_filters(self) -> bool:
        q = self._query
        return bool(q.comune or q.area or q.age is not None or q.period or q.free_only)

    hasFilters = Property(bool, _has_filters, notify=queryChanged)

    @Slot()
    def clearFilters(self) -> None:
        """Drop the chips (place, age, period, free) but keep the text and category."""
        self._replace(comune=None, area=None, age=None, period=None, free_only=False)

    @Slot()
    def clearAll(self) -> None:
        self.reset()

    # results ----------------------------------------------------------------------------------

    def _run(self) -> None:
        from kiosk.catalogue.search import SearchQuery, search

        if self._engine is None:
            return
        started = time.perf_counter()
        result = search(self._engine, SearchQuery(**asdict(self._query), limit=PAGE))
        self._cards, self._total = result.cards, result.total
        self._fill_model()
        self.last_search_ms = (time.perf_counter() - started) * 1000
        self.resultsChanged.emit()

    def _fill_model(self) -> None:
        lang = self._language()
        rows = [self._row(card, lang) for card in self._cards]
        self._marked = any(row["nameMark"] for row in rows)
        self._names = [str(row["name"]) for row in rows]
        self._dates = [str(row["dates"]) for row in rows]
        self.measureChanged.emit()  # first: the grid's rows are sized before its new cards
        self._model.replace(rows)

    def _row(self, card: OfferingCard, lang: str) -> dict[str, object]:
        periods = card.periods
        if len(periods) == 1:
            p = periods[0]
            dates = f"{_marked(p['name'], lang)} · " + fmt.date_range(
                _as_date(p["start"]), _as_date(p["end"]), lang
            )
        elif periods:
            dates = ", ".join(_marked(p["name"], lang) for p in periods[:3])
        else:
            dates = ""
        first_category = card.categories[0] if card.categories else ""
        return {
            "key": card.id,
            "name": browse.pick(card.name, lang),
            "nameMark": fmt.fallback_mark(card.name, lang),
            "organization": card.organization,
            "places": ", ".join(card.comuni),
            "ages": fmt.ages(card.minimum_age, card.maximum_age),
            "dates": dates,
            "cost": fmt.cost(card.free, card.min_cost, lang),
            "free": card.free,
            "symbol": self._category_icons.get(first_category, "generic"),
        }

    def _get_model(self) -> DictListModel:
        return self._model

    model = Property(QObject, _get_model, constant=True)

    def _get_total(self) -> int:
        return self._total

    total = Property(int, _get_total, notify=resultsChanged)

    def _get_shown(self) -> int:
        return len(self._cards)

    shown = Property(int, _get_shown, notify=resultsChanged)

    def _get_marked(self) -> bool:
        return self._marked

    marked = Property(bool, _get_marked, notify=measureChanged)
    """Some card's name is in Italian, not the visitor's language (the grid keeps a line for
    its mark on every card)."""

    def _get_names(self) -> list[str]:
        return self._names

    cardNames = Property(list, _get_names, notify=measureChanged)
    """The cards' names, in order (the grid measures the widest to size its rows)."""

    def _get_dates(self) -> list[str]:
        return self._dates

    cardDates = Property(list, _get_dates, notify=measureChanged)
    """The cards' dates lines, in order (as cardNames)."""

    def _places_model(self) -> DictListModel:
        return self._places

    placeChoices = Property(QObject, _places_model, constant=True)

    def _periods_model(self) -> DictListModel:
        return self._periods

    periodChoices = Property(QObject, _periods_model, constant=True)

    def _ages_model(self) -> DictListModel:
        return self._ages

    ageChoices = Property(QObject, _ages_model, constant=True)


def _marked(value: dict[str, str] | None, lang: str) -> str:
    return fmt.with_mark(browse.pick(value, lang), fmt.fallback_mark(value, lang))


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
