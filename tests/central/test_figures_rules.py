"""The publication rules (central/figures/rules.py) on crafted counts, alone and through the
tables every page and report is made of (central.figures.tables.compute)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from central.figures import rules
from central.figures.tables import PeriodError, Query, compute
from central.store import CentralStore
from tests.central.figures_data import add_counts, add_kiosks

DEC = dt.date(2025, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CentralStore]:
    central = CentralStore(f"sqlite:///{tmp_path / 'central.db'}")
    add_kiosks(central)
    yield central
    central.close()


@pytest.mark.parametrize(
    ("count", "text", "value"),
    [
        (0, "0", 0),
        (1, "≤ 3", None),
        (2, "≤ 3", None),
        (3, "≤ 3", None),
        (4, "4", 4),
        (57, "57", 57),
    ],
)
def test_request_cells_of_one_to_three_are_hidden(count: int, text: str, value: int | None) -> None:
    cell = rules.request_cell(count)
    assert (cell.text, cell.value, cell.suppressed) == (text, value, value is None)


def test_request_tables_only_per_month_and_comune_or_area() -> None:
    rules.check_request_table("comune", "month")
    rules.check_request_table("area", "month")
    with pytest.raises(rules.RuleError, match="per kiosk"):
        rules.check_request_table("kiosk", "month")
    with pytest.raises(rules.RuleError, match="per day"):
        rules.check_request_table("comune", "day")
    assert rules.request_grouping("kiosk") == "comune"


def test_words_need_five_times_on_two_kiosks() -> None:
    rows = [
        ("a", "piscina", 5),  # 5 times, one kiosk: hidden
        ("a", "doposcuola inglese", 3),
        ("b", "doposcuola inglese", 2),  # 5 times on 2 kiosks: shown
        ("a", "judo", 2),
        ("b", "judo", 2),  # 4 times on 2 kiosks: hidden
        ("a", "teatro", 9),
        ("b", "teatro", 1),
        ("c", "teatro", 1),
    ]
    assert rules.publishable_words(rows) == [("teatro", 11), ("doposcuola inglese", 5)]


def test_a_comune_with_two_requests_shows_at_most_three(store: CentralStore) -> None:
    add_counts(
        store,
        [
            ("magenta-hall", DEC, "request.sent", "", 1),
            ("magenta-hall", DEC + dt.timedelta(days=9), "request.sent", "", 1),
            ("legnano-lib", DEC, "request.sent", "", 4),
            ("legnano-hall", DEC, "request.sent", "", 3),
            ("legnano-lib", DEC + dt.timedelta(days=31), "request.sent", "", 2),
        ],
    )
    figures = compute(store, Query(DEC, dt.date(2026, 1, 31), "comune"), "en")
    table = figures.table("requests_sent")
    assert [column.key for column in table.columns] == ["2025-12", "2026-01"]
    cells = {row.key: [cell.text for cell in row.cells] for row in table.rows}
    assert cells == {"legnano": ["7", "≤ 3"], "magenta": ["≤ 3", "0"]}
    assert table.rows[1].cells[0].value is None


def test_requests_are_never_per_kiosk_or_day(store: CentralStore) -> None:
    add_counts(
        store,
        [
            ("legnano-lib", DEC, "request.sent", "", 5),
            ("legnano-hall", DEC, "request.sent", "", 6),
            ("legnano-lib", DEC, "request.started", "", 8),
            ("legnano-lib", DEC, "session", "", 20),
        ],
    )
    for by in ("kiosk", "comune", "area"):
        figures = compute(store, Query(DEC, DEC + dt.timedelta(days=30), by), "it")
        for table_id in ("requests_sent", "requests_started"):
            table = figures.table(table_id)
            assert {row.key for row in table.rows} <= {"legnano", "legnanese"}
            assert all(column.key == "2025-12" for column in table.columns)
        assert figures.table("requests_sent").rows[0].cells[0].value == 11
        for table in figures.tables:
            if table.id.startswith("requests"):
                continue
            keys = {column.key for column in table.columns} | {row.key for row in table.rows}
            assert not any(key.startswith("request") for key in keys), table.id


def test_words_through_the_tables(store: CentralStore) -> None:
    word = "search.empty.word"
    add_counts(
        store,
        [
            ("legnano-lib", DEC, word, "piscina", 5),
            ("legnano-lib", DEC, word, "judo", 2),
            ("magenta-hall", DEC + dt.timedelta(days=3), word, "judo", 2),
            ("legnano-lib", DEC, word, "teatro", 4),
            ("magenta-hall", DEC + dt.timedelta(days=3), word, "teatro", 1),
            ("magenta-hall", DEC + dt.timedelta(days=40), word, "teatro", 9),  # outside
        ],
    )
    figures = compute(store, Query(DEC, DEC + dt.timedelta(days=30), "kiosk"), "en")
    rows = figures.table("words").rows
    assert [(row.key, row.cells[0].text) for row in rows] == [("teatro", "5")]


def test_periods_checked() -> None:
    with pytest.raises(PeriodError, match="comes before"):
        Query(DEC, DEC - dt.timedelta(days=1))
    with pytest.raises(PeriodError, match="at most 366 days"):
        Query(DEC - dt.timedelta(days=366), DEC)
    with pytest.raises(PeriodError, match="must be kiosk, comune or area"):
        Query(DEC, DEC, "day")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(9999, 1, 1), dt.date(9999, 12, 31)),  # was an OverflowError (a 500)
        (dt.date(9999, 12, 31), dt.date(9999, 12, 31)),
        (dt.date(1, 1, 1), dt.date(1, 1, 2)),
        (dt.date(2019, 12, 31), dt.date(2020, 1, 5)),
        (DEC, dt.datetime.now(dt.UTC).date() + dt.timedelta(days=2)),
    ],
)
def test_periods_outside_the_figures_range_refused_in_one_sentence(
    start: dt.date, end: dt.date
) -> None:
    with pytest.raises(PeriodError) as caught:
        Query(start, end)
    message = str(caught.value)
    assert message.startswith("The day ") and "outside the figures' range" in message
    assert message.count(".") <= 4 and "\n" not in message  # one sentence (dates have no dot)


def test_tomorrow_and_the_first_day_are_reported(store: CentralStore) -> None:
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    assert compute(store, Query(tomorrow - dt.timedelta(days=3), tomorrow)).days == 4
    assert compute(store, Query(dt.date(2020, 1, 1), dt.date(2020, 1, 1))).days == 1


def _request_cells(store: CentralStore, start: dt.date, end: dt.date) -> dict[str, list[str]]:
    table = compute(store, Query(start, end, "comune"), "en").table("requests_sent")
    return {
        f"{row.key} {column.key}": [cell.text]
        for row in table.rows
        for column, cell in zip(table.columns, row.cells, strict=True)
    }


def test_requests_always_count_whole_months(store: CentralStore) -> None:
    """Requests of 3 and 4 December (4 and 2): a period of one day, or one overlapping the
    other, shows the month's whole count, so no two periods tell 4 December's 2 apart."""
    third, fourth = DEC + dt.timedelta(days=2), DEC + dt.timedelta(days=3)
    add_counts(
        store,
        [
            ("legnano-lib", third, "request.sent", "", 4),
            ("legnano-lib", fourth, "request.sent", "", 2),
            ("legnano-lib", DEC + dt.timedelta(days=31), "request.sent", "", 5),  # 1 January
            ("legnano-lib", third, "session", "", 9),
        ],
    )
    december = {"legnano 2025-12": ["6"]}
    assert _request_cells(store, third, fourth) == december
    assert _request_cells(store, third, third) == december
    assert _request_cells(store, fourth, fourth) == december
    assert _request_cells(store, DEC + dt.timedelta(days=30), DEC + dt.timedelta(days=31)) == {
        **december,
        "legnano 2026-01": ["5"],
    }
    # the other tables keep the period's own days
    sessions = compute(store, Query(fourth, fourth, "comune"), "en").table("sessions_by_day")
    assert [row.key for row in sessions.rows] == [fourth.isoformat()]
    assert sessions.rows[0].cells[-1].text == "0"


def test_every_figures_word_in_both_languages() -> None:
    import re

    from central.figures.i18n import FIGURE_MESSAGES
    from central.figures.tables import USE_COLUMNS
    from kiosk.settings import UI_LANGUAGES
    from kiosk.usage import metrics

    it, en = FIGURE_MESSAGES["it"], FIGURE_MESSAGES["en"]
    assert set(it) == set(en), set(it) ^ set(en)
    for key in it:
        assert set(re.findall(r"{(\w+)}", it[key])) == set(re.findall(r"{(\w+)}", en[key])), key
    needed = {f"figures.use.{metric}.{key}" for metric, key in USE_COLUMNS}
    needed |= {f"figures.language.{code}" for code in UI_LANGUAGES}
    needed |= {f"figures.filter.{name}" for name in metrics.FILTERS}
    assert needed <= set(en), needed - set(en)


def test_sheet_names_fit_excel() -> None:
    from central.figures.i18n import FIGURE_MESSAGES

    for lang in ("it", "en"):
        names = [text for key, text in FIGURE_MESSAGES[lang].items() if key.endswith(".sheet")]
        assert len(names) == 9 and len(set(names)) == 9
        assert all(len(name) <= 31 for name in names), names


def test_an_unexpected_error_logs_its_traceback_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A 500 (say a bug in a page) is one log line plus the server's one traceback."""
    import logging
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    from central.app import create_app

    store = CentralStore(f"sqlite:///{tmp_path / 'c.db'}")
    app = create_app(store=store)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(
        uvicorn.Config(app, log_config=None, lifespan="off", access_log=False, ws="none")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    caplog.set_level(logging.INFO)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.01)
        answer = httpx.get(f"http://127.0.0.1:{sock.getsockname()[1]}/boom", timeout=10)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        store.close()
    assert answer.status_code == 500
    assert "unexpected error on GET /boom: RuntimeError" in caplog.text
    tracebacks = [record for record in caplog.records if record.exc_info is not None]
    assert len(tracebacks) == 1
