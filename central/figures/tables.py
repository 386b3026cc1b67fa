"""The usage figures as tables: `compute(store, query, lang)` is the ONE function that turns
the kiosks' daily counts (table usage_count, central/usage.py) into the tables that the
Figures page, `pitstop central report` and the open-data files all show. Every number passes
through central/figures/rules.py on its way into a table.

Kiosks are grouped by their enrolment details (kiosk table: name, comune, area; the area falls
back to the published catalogue's area of the comune). Names of comuni, areas, categories and
offerings come from the newest published catalogue, else their ids are shown.
This cannot tell which comune a family lives in: a request counts for the kiosk's comune.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from sqlalchemy import func, select

from central.figures import rules
from central.figures.rules import GROUPINGS, Cell, Grouping, count_cell, request_cell
from central.models import UsageCount
from central.office.i18n import t
from central.store import CentralStore
from kiosk.usage import metrics

MAX_DAYS: Final = 366
"""The longest period one report covers."""
FIRST_DAY: Final = dt.date(2020, 1, 1)
"""The earliest day a report may cover (no kiosk counted before); the latest is tomorrow by the
server's clock (a kiosk's local day may be ahead of the server's UTC day)."""
TOP_OFFERINGS: Final = 20
MAX_SERIES: Final = 8
"""Lines a chart draws; the other groups are drawn together as one line ("others")."""

ChartKind = Literal["lines", "bars", "grouped"]


class PeriodError(ValueError):
    """A period or grouping a report cannot cover: `key` and `fmt` say why (central.office.i18n)."""

    def __init__(self, key: str, **fmt: object) -> None:
        super().__init__(t("en", key, **fmt))
        self.key = key
        self.fmt = fmt


@dataclass(frozen=True)
class Query:
    """A report's question: the days from `start` to `end` (both included, the kiosks' local
    days), grouped `by` kiosk, comune or area, over `kiosks` (None: every kiosk)."""

    start: dt.date
    end: dt.date
    by: Grouping = "comune"
    kiosks: frozenset[str] | None = None

    def __post_init__(self) -> None:
        check_query(self.start, self.end, self.by)


def last_day(today: dt.date | None = None) -> dt.date:
    """The latest day a report may cover: tomorrow (`today` by default the server's UTC day)."""
    return (today or dt.datetime.now(dt.UTC).date()) + dt.timedelta(days=1)


def check_query(start: dt.date, end: dt.date, by: str, today: dt.date | None = None) -> None:
    """Raise PeriodError unless the period and grouping can be reported (days from FIRST_DAY to
    tomorrow, `today` by default the server's UTC day)."""
    if by not in GROUPINGS:
        raise PeriodError("figures.error.by", by=by)
    last = last_day(today)
    for day in (start, end):
        if not FIRST_DAY <= day <= last:
            raise PeriodError(
                "figures.error.range",
                day=day.isoformat(),
                first=FIRST_DAY.isoformat(),
                last=last.isoformat(),
            )
    if end < start:
        raise PeriodError("figures.error.order", start=start.isoformat(), end=end.isoformat())
    if (end - start).days + 1 > MAX_DAYS:
        raise PeriodError("figures.error.long", days=MAX_DAYS)


@dataclass(frozen=True)
class Column:
    key: str
    """Stable, for machines (open data); `label` is for people, in the report's language."""
    label: str


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    id: str
    title: str
    note: str
    row_header: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    chart: ChartKind
    chart_column: int = -1
    """For "bars": the column drawn (the last one, the total, by default)."""
    counts: str = ""
    """What a cell counts, in words (the open data's metadata)."""


@dataclass(frozen=True)
class Figures:
    query: Query
    lang: str
    tables: tuple[Table, ...]
    kiosks: int
    """Kiosks with at least one count in the period."""
    days: int
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def table(self, table_id: str) -> Table:
        return next(table for table in self.tables if table.id == table_id)


@dataclass(frozen=True)
class _Names:
    """Names from the newest published catalogue, by id."""

    comuni: dict[str, str] = field(default_factory=dict)
    comune_area: dict[str, str] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    offerings: dict[str, str] = field(default_factory=dict)


def _text(value: Any, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for code in (lang, "it", *value):
            found = value.get(code)
            if isinstance(found, str) and found:
                return found
    return ""


def _names(store: CentralStore, lang: str) -> _Names:
    blob = store.current_catalogue()
    if blob is None:
        return _Names()
    try:
        document = json.loads(blob.content)
    except ValueError:
        return _Names()
    if not isinstance(document, dict):
        return _Names()

    def items(section: str) -> Iterable[dict[str, Any]]:
        found = document.get(section)
        return [item for item in found if isinstance(item, dict)] if isinstance(found, list) else []

    names = _Names()
    for item in items("comuni"):
        names.comuni[str(item.get("id"))] = _text(item.get("name"), lang)
        if isinstance(item.get("area"), str):
            names.comune_area[str(item.get("id"))] = item["area"]
    for section, target in (
        ("areas", names.areas),
        ("categories", names.categories),
        ("offerings", names.offerings),
    ):
        for item in items(section):
            target[str(item.get("id"))] = _text(item.get("name"), lang)
    return names


@dataclass(frozen=True)
class _Group:
    key: str
    label: str


def _grouper(
    store: CentralStore, by: Grouping, names: _Names, lang: str
) -> Callable[[str], _Group]:
    """kiosk id -> its group (a kiosk unknown to the kiosk table, or without a comune or area,
    falls in a group "not set")."""
    kiosks = {kiosk.id: kiosk for kiosk in store.kiosks()}
    unset = _Group("", t(lang, "figures.unset"))

    def group(kiosk_id: str) -> _Group:
        kiosk = kiosks.get(kiosk_id)
        if by == "kiosk":
            return _Group(kiosk_id, (kiosk.name if kiosk and kiosk.name else kiosk_id))
        comune = kiosk.comune if kiosk else ""
        if by == "comune":
            return _Group(comune, names.comuni.get(comune) or comune) if comune else unset
        area = (kiosk.area if kiosk else "") or names.comune_area.get(comune, "")
        return _Group(area, names.areas.get(area) or area) if area else unset

    return group


def whole_months(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The first day of `start`'s month and the last day of `end`'s: request tables always
    count whole calendar months, so no two periods' tables differ by a few days' requests."""
    first = start.replace(day=1)
    following = (end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def compute(store: CentralStore, query: Query, lang: str = "it") -> Figures:
    """Every table of the figures of `query`, labelled in `lang` (see the module's text)."""
    names = _names(store, lang)
    group_of = _grouper(store, query.by, names, lang)
    request_by = rules.request_grouping(query.by)
    request_group_of = (
        _grouper(store, request_by, names, lang) if request_by != query.by else group_of
    )
    where = [UsageCount.day >= query.start, UsageCount.day <= query.end]
    first, last = whole_months(query.start, query.end)
    months_where = [UsageCount.day >= first, UsageCount.day <= last]
    if query.kiosks is not None:
        where.append(UsageCount.kiosk_id.in_(sorted(query.kiosks)))
        months_where.append(UsageCount.kiosk_id.in_(sorted(query.kiosks)))

    def per_day(*conditions: Any) -> Any:
        return (
            select(
                UsageCount.kiosk_id,
                UsageCount.day,
                UsageCount.metric,
                func.sum(UsageCount.count).label("n"),
            )
            .where(*conditions)
            .group_by(UsageCount.kiosk_id, UsageCount.day, UsageCount.metric)
        )

    with store.engine.connect() as connection:
        daily = connection.execute(per_day(*where, UsageCount.metric == metrics.SESSION)).all()
        requested = connection.execute(  # whole months (rules: requests only per month)
            per_day(*months_where, UsageCount.metric.in_(sorted(rules.REQUEST_METRICS)))
        ).all()
        totals = connection.execute(
            select(
                UsageCount.kiosk_id,
                UsageCount.metric,
                UsageCount.key,
                func.sum(UsageCount.count).label("n"),
            )
            .where(*where, UsageCount.metric.not_in(sorted(rules.REQUEST_METRICS)))
            .group_by(UsageCount.kiosk_id, UsageCount.metric, UsageCount.key)
        ).all()
    kiosk_ids = {str(row.kiosk_id) for row in (*daily, *totals)}
    kiosk_ids |= {str(row.kiosk_id) for row in requested if query.start <= row.day <= query.end}
    groups: dict[str, str] = {}
    for kiosk_id in sorted(kiosk_ids):
        group = group_of(kiosk_id)
        groups.setdefault(group.key, group.label)
    columns = tuple(
        Column(key, label) for key, label in sorted(groups.items(), key=lambda kv: kv[1].casefold())
    )
    # (metric, key) -> group -> count, for the whole period
    per_group: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    words: list[tuple[str, str, int]] = []
    for row in totals:
        metric, key, count = str(row.metric), str(row.key), int(row.n)
        if metric == metrics.SEARCH_WORD:
            words.append((str(row.kiosk_id), key, count))
            continue
        per_group[(metric, key)][group_of(str(row.kiosk_id)).key] += count
    tables = [
        _sessions_by_day(query, daily, group_of, columns, lang),
        _use(per_group, columns, lang),
        _keyed(
            "categories",
            metrics.CATEGORY,
            per_group,
            columns,
            lang,
            lambda key: names.categories.get(key) or key,
        ),
        _keyed(
            "filters",
            metrics.FILTER,
            per_group,
            columns,
            lang,
            lambda key: t(lang, f"figures.filter.{key}"),
            order=metrics.FILTERS,
        ),
        _keyed(
            "languages",
            metrics.LANGUAGE,
            per_group,
            columns,
            lang,
            lambda key: t(lang, f"figures.language.{key}"),
        ),
        _offerings(per_group, names, lang),
        *(
            _requests(query, requested, metric, request_by, request_group_of, lang)
            for metric in (metrics.REQUEST_SENT, metrics.REQUEST_STARTED)
        ),
        _words(words, lang),
    ]
    return Figures(query, lang, tuple(tables), len(kiosk_ids), (query.end - query.start).days + 1)


def _title(lang: str, table_id: str) -> tuple[str, str, str]:
    return (
        t(lang, f"figures.{table_id}.title"),
        t(lang, f"figures.{table_id}.note"),
        t(lang, f"figures.{table_id}.counts"),
    )


def _with_total(counts: Mapping[str, int], columns: tuple[Column, ...]) -> tuple[Cell, ...]:
    values = [counts.get(column.key, 0) for column in columns]
    return tuple(count_cell(value) for value in [*values, sum(values)])


def _total_column(columns: tuple[Column, ...], lang: str) -> tuple[Column, ...]:
    return (*columns, Column("total", t(lang, "figures.total")))


def _sessions_by_day(
    query: Query,
    daily: Iterable[Any],
    group_of: Callable[[str], _Group],
    columns: tuple[Column, ...],
    lang: str,
) -> Table:
    counts: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in daily:
        if row.metric == metrics.SESSION:
            counts[row.day][group_of(str(row.kiosk_id)).key] += int(row.n)
    rows = []
    for offset in range((query.end - query.start).days + 1):  # never a day past `end`
        day = query.start + dt.timedelta(days=offset)
        rows.append(
            Row(
                day.isoformat(), day.strftime("%d/%m/%Y"), _with_total(counts.get(day, {}), columns)
            )
        )
    title, note, what = _title(lang, "sessions_by_day")
    return Table(
        "sessions_by_day",
        title,
        note,
        t(lang, "figures.day"),
        _total_column(columns, lang),
        tuple(rows),
        "lines",
        counts=what,
    )


USE_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    (metrics.SESSION, ""),
    *((metrics.SESSION_LENGTH, bucket) for bucket in metrics.LENGTH_BUCKETS),
    (metrics.SEARCH, ""),
    (metrics.SEARCH_EMPTY, ""),
    (metrics.DETAIL, "*"),
    *((metrics.QR, kind) for kind in metrics.QR_KINDS),
)


def _use(
    per_group: Mapping[tuple[str, str], Mapping[str, int]], columns: tuple[Column, ...], lang: str
) -> Table:
    detail: dict[str, int] = defaultdict(int)
    for (metric, _key), by_group in per_group.items():
        if metric == metrics.DETAIL:
            for group, count in by_group.items():
                detail[group] += count
    use_columns = tuple(
        Column(f"{metric}.{key}" if key else metric, t(lang, f"figures.use.{metric}.{key}"))
        for metric, key in USE_COLUMNS
    )
    rows = []
    for column in (*columns, Column("total", t(lang, "figures.total"))):
        cells = []
        for metric, key in USE_COLUMNS:
            source = detail if metric == metrics.DETAIL else per_group.get((metric, key), {})
            value = sum(source.values()) if column.key == "total" else source.get(column.key, 0)
            cells.append(count_cell(value))
        rows.append(Row(column.key, column.label, tuple(cells)))
    title, note, what = _title(lang, "use")
    return Table(
        "use", title, note, t(lang, "figures.group"), use_columns, tuple(rows), "bars", 0, what
    )


def _keyed(
    table_id: str,
    metric: str,
    per_group: Mapping[tuple[str, str], Mapping[str, int]],
    columns: tuple[Column, ...],
    lang: str,
    label: Callable[[str], str],
    order: Iterable[str] = (),
) -> Table:
    keys = {key for (m, key) in per_group if m == metric} | set(order)
    rows = [
        Row(key, label(key), _with_total(per_group.get((metric, key), {}), columns)) for key in keys
    ]
    rows.sort(key=lambda row: (-(row.cells[-1].value or 0), row.label.casefold()))
    title, note, what = _title(lang, table_id)
    return Table(
        table_id,
        title,
        note,
        t(lang, f"figures.{table_id}.row"),
        _total_column(columns, lang),
        tuple(rows),
        "bars",
        counts=what,
    )


def _offerings(
    per_group: Mapping[tuple[str, str], Mapping[str, int]], names: _Names, lang: str
) -> Table:
    views = [
        (key, sum(by_group.values()))
        for (m, key), by_group in per_group.items()
        if m == metrics.DETAIL
    ]
    views.sort(key=lambda item: (-item[1], item[0]))
    rows = tuple(
        Row(key, names.offerings.get(key) or key, (count_cell(count),))
        for key, count in views[:TOP_OFFERINGS]
    )
    title, _note, what = _title(lang, "offerings")
    return Table(
        "offerings",
        title,
        t(lang, "figures.offerings.note", top=TOP_OFFERINGS),
        t(lang, "figures.offerings.row"),
        (Column("views", t(lang, "figures.views")),),
        rows,
        "bars",
        counts=what,
    )


def _requests(
    query: Query,
    daily: Iterable[Any],
    metric: str,
    by: Literal["comune", "area"],
    group_of: Callable[[str], _Group],
    lang: str,
) -> Table:
    rules.check_request_table(by, "month")
    months = _months(query.start, query.end)
    counts: dict[str, dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
    labels: dict[str, str] = {}
    for row in daily:
        if row.metric != metric:
            continue
        group = group_of(str(row.kiosk_id))
        labels[group.key] = group.label
        counts[group.key][(row.day.year, row.day.month)] += int(row.n)
    columns = tuple(
        Column(f"{year:04d}-{month:02d}", f"{month:02d}/{year:04d}") for year, month in months
    )
    rows = tuple(
        Row(key, labels[key], tuple(request_cell(counts[key].get(month, 0)) for month in months))
        for key in sorted(labels, key=lambda key: labels[key].casefold())
    )
    table_id = "requests_sent" if metric == metrics.REQUEST_SENT else "requests_started"
    title, note, what = _title(lang, table_id)
    return Table(
        table_id,
        title,
        note,
        t(lang, f"figures.by.{by}"),
        columns,
        rows,
        "grouped",
        counts=what,
    )


def _words(words: Iterable[tuple[str, str, int]], lang: str) -> Table:
    shown = rules.publishable_words(words)
    title, _note, what = _title(lang, "words")
    return Table(
        "words",
        title,
        t(lang, "figures.words.note", times=rules.WORD_MIN_TIMES, kiosks=rules.WORD_MIN_KIOSKS),
        t(lang, "figures.words.row"),
        (Column("times", t(lang, "figures.times")),),
        tuple(Row(word, word, (count_cell(count),)) for word, count in shown),
        "bars",
        counts=what,
    )
