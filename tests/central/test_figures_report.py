"""`pitstop central report` as the office runs it: a real subprocess on a real SQLite central
database, each format opened back (openpyxl, csv, pypdf, the open-data folder), the same
numbers as central.figures.tables.compute, and every bad input refused in one sentence
without touching a file that was there."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from central.audit import audit_events
from central.store import CentralStore
from tests.central.figures_data import add_counts, add_kiosks, december

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    store = CentralStore(url)
    add_kiosks(store)
    add_counts(store, december())
    store.close()
    yield url


def report(
    db: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", db, "report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


DEC = ("--from", "2025-12-01", "--to", "2025-12-31")


def test_xlsx(db: str, tmp_path: Path) -> None:
    out = tmp_path / "dicembre.xlsx"
    done = report(db, *DEC, "--by", "area", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out}: 9 tables, 3 kiosks with figures" in done.stdout
    book = load_workbook(out)
    assert book.sheetnames[0] == "About"
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Period"] == "2025-12-01 – 2025-12-31" and about["Grouped by"] == "Area"
    assert about["Licence"] == "CC-BY-4.0"
    sheet = book["Requests sent"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    assert rows == [["Area", "12/2025"], ["legnanese", 9], ["magentino", "≤ 3"]]
    sessions = book["Sessions per day"]
    header = [cell.value for cell in sessions[4]]
    assert header == ["Day", "legnanese", "magentino", "Total"]
    store = CentralStore(db)
    try:
        (event,) = audit_events(store, action="figures.export")
    finally:
        store.close()
    assert event.details == {
        "format": "xlsx",
        "start": "2025-12-01",
        "end": "2025-12-31",
        "by": "area",
    }


def test_csv_is_one_long_table(db: str, tmp_path: Path) -> None:
    out = tmp_path / "dicembre.csv"
    done = report(db, *DEC, "--by", "kiosk", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    tables = {line["table"] for line in lines}
    assert tables == {
        "sessions_by_day",
        "use",
        "categories",
        "filters",
        "languages",
        "offerings",
        "requests_sent",
        "requests_started",
        "words",
    }
    sent = {
        line["row"]: (line["value"], line["shown"])
        for line in lines
        if line["table"] == "requests_sent"
    }
    assert sent == {"legnano": ("9", "9"), "magenta": ("", "≤ 3")}  # by comune, never by kiosk
    first = next(line for line in lines if line["table"] == "sessions_by_day")
    assert first["row"] == "2025-12-01" and first["column"] == "legnano-lib"  # by name
    assert not any("mario rossi" in line["row"] for line in lines)  # one kiosk only


def test_pdf_has_the_charts_and_numbers(db: str, tmp_path: Path) -> None:
    out = tmp_path / "dicembre.pdf"
    done = report(db, *DEC, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Numeri d'uso dei chioschi Family Pit Stop" in text
    assert "Richieste di contatto inviate, per mese" in text and "magenta ≤ 3" in text
    assert "piscina comunale" in text and "mario rossi" not in text
    assert len(reader.pages) >= 10


def test_open_data(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "opendata"
    done = report(
        db,
        *DEC,
        "--open-data",
        str(folder),
        env={
            "PITSTOP_CENTRAL_OPEN_DATA_LICENCE": "CC0-1.0",
            "PITSTOP_CENTRAL_OPEN_DATA_PUBLISHER": "Alleanza locale",
        },
    )
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in folder.iterdir()) == [
        "datapackage.json",
        "figures.csv",
        "metadata.csv",
    ]
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["licenses"] == [
        {"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/"}
    ]
    assert package["temporalCoverage"] == "2025-12-01/2025-12-31"
    fields = [field["name"] for field in package["resources"][0]["schema"]["fields"]]
    header = next(csv.reader(io.StringIO((folder / "figures.csv").read_text("utf-8-sig"))))
    assert header == fields
    meta = dict(csv.reader(io.StringIO((folder / "metadata.csv").read_text("utf-8-sig"))))
    assert meta["Licenza"] == "CC0-1.0" and meta["Pubblicato da"] == "Alleanza locale"
    assert meta["Periodo"] == "2025-12-01 – 2025-12-31"
    assert set(fields) <= {key.removeprefix("column:") for key in meta}
    assert "table:requests_sent" in meta


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--from", "2025-12-31", "--to", "2025-12-01", "--out", "x.csv"),
            "comes before the first",
        ),
        (
            ("--from", "1/12/2025", "--to", "2025-12-31", "--out", "x.csv"),
            "--from '1/12/2025' is not a date",
        ),
        (("--from", "2024-01-01", "--to", "2025-12-31", "--out", "x.csv"), "at most 366 days"),
        (
            ("--from", "2025-12-01", "--to", "9999-12-31", "--out", "x.csv"),
            "The day 9999-12-31 is outside the figures' range",
        ),
        (
            ("--from", "9999-01-01", "--to", "9999-12-31", "--out", "x.csv"),
            "The day 9999-01-01 is outside the figures' range",
        ),
        (("--from", "0001-01-01", "--to", "0001-01-02", "--out", "x.csv"), "from 2020-01-01"),
        ((*DEC, "--out", "x.docx"), "must end in .xlsx, .csv or .pdf"),
        ((*DEC, "--out", "missing/x.csv"), "does not exist"),
        ((*DEC, "--open-data", "old.csv"), "is a file: give --open-data a folder"),
    ],
)
def test_bad_input_says_why_and_changes_nothing(
    db: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    old = tmp_path / "old.csv"
    old.write_text("kept")
    fixed = [str(tmp_path / arg) if arg.endswith((".csv", ".docx")) else arg for arg in args]
    done = report(db, *fixed)
    assert done.returncode == 2, done.stdout
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert old.read_text() == "kept"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["central.db", "old.csv"]


def test_a_report_over_an_existing_file_replaces_it_whole(db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("old")
    assert report(db, *DEC, "--out", str(out)).returncode == 0
    assert out.read_text("utf-8-sig").startswith("period_start,")


def test_report_of_counts_sent_through_the_heartbeat_api(tmp_path: Path) -> None:
    """Kiosks post their days with real heartbeats to a real server; a day sent twice counts
    once; the report (a subprocess on the same database) shows them under the rules."""
    import datetime as dt
    from collections import defaultdict

    import httpx

    from sync import protocol as p
    from tests.central.live import LiveServer

    url = f"sqlite:///{tmp_path / 'central.db'}"
    store = CentralStore(url)
    tokens = add_kiosks(store)
    live = LiveServer(store)
    # the server takes days from 40 days ago to tomorrow (its clock): the 31 days up to yesterday
    start = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=31)
    period = ("--from", start.isoformat(), "--to", (start + dt.timedelta(days=30)).isoformat())
    days: dict[str, dict[dt.date, list[p.UsageCount]]] = defaultdict(lambda: defaultdict(list))
    for kiosk_id, day, metric, key, count in december(start=start):
        days[kiosk_id][day].append(p.UsageCount(metric=metric, key=key, count=count))
    try:
        with httpx.Client(base_url=live.url, timeout=10) as client:
            for kiosk_id, by_day in days.items():
                usage = [p.DayCounts(day=day, counts=counts) for day, counts in by_day.items()]
                for sending in (usage, usage[:1]):  # the first day again: replaced, not added
                    beat = p.Heartbeat(
                        kiosk_id=kiosk_id, sent_at=dt.datetime.now(dt.UTC), usage=sending
                    )
                    answer = client.post(
                        p.HEARTBEAT_PATH,
                        content=p.encode_heartbeat(beat),
                        headers={
                            "Authorization": f"Bearer {tokens[kiosk_id]}",
                            "Content-Type": "application/json",
                        },
                    )
                    assert answer.status_code == 200, answer.text
                    assert len(answer.json()["usage_days"]) == len(sending)
    finally:
        live.stop()
        store.close()
    out = tmp_path / "dicembre.csv"
    done = report(url, *period, "--by", "comune", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))

    def cell(table: str, row: str, column: str) -> tuple[str, str]:
        (line,) = [
            line
            for line in lines
            if (line["table"], line["row"], line["column"]) == (table, row, column)
        ]
        return line["value"], line["shown"]

    legnano = [  # 5 on the first day, 4 four days later: one month or two, never hidden
        (line["value"], line["shown"])
        for line in lines
        if (line["table"], line["row"]) == ("requests_sent", "legnano") and line["shown"] != "0"
    ]
    assert sorted(legnano) in ([("9", "9")], [("4", "4"), ("5", "5")])
    magenta_month = f"{start + dt.timedelta(days=9):%Y-%m}"
    assert cell("requests_sent", "magenta", magenta_month) == ("", "≤ 3")
    assert cell("requests_started", "magenta", magenta_month) == ("", "≤ 3")
    assert cell("sessions_by_day", start.isoformat(), "legnano") == ("10", "10")  # 5 + 5, once
    assert cell("use", "total", "session") == ("1200", "1200")
    assert [line["row"] for line in lines if line["table"] == "words"] == ["piscina comunale"]


def test_hostile_names_and_words_stay_text(tmp_path: Path) -> None:
    """A kiosk name and a search word that a spreadsheet would run, or a page would parse,
    stay plain text in every format and on the page's charts."""
    from central.figures.charts import chart_svg
    from central.figures.tables import Query, compute

    url = f"sqlite:///{tmp_path / 'central.db'}"
    store = CentralStore(url)
    evil = '=HYPERLINK("http://x.example","<b>hi</b>")'
    word = "=cmd|' /c calc'!a"
    add_kiosks(
        store,
        {"k-a": (evil, "legnano", "legnanese"), "k-b": ("<script>x</script>", "magenta", "")},
    )
    day = december()[0][1]
    add_counts(
        store,
        [
            ("k-a", day, "session", "", 3),
            ("k-b", day, "session", "", 4),
            ("k-a", day, "search.empty.word", word, 3),
            ("k-b", day, "search.empty.word", word, 2),
        ],
    )
    figures = compute(store, Query(day, day, "kiosk"), "en")
    svg = "".join(chart_svg(table, "en") for table in figures.tables)
    assert "<script>" not in svg and "<b>" not in svg and "&lt;script&gt;" in svg
    store.close()
    out = tmp_path / "r.csv"
    assert (
        report(
            url, "--from", str(day), "--to", str(day), "--by", "kiosk", "--out", str(out)
        ).returncode
        == 0
    )
    cells = [cell for line in csv.reader(io.StringIO(out.read_text("utf-8-sig"))) for cell in line]
    assert "'" + word in cells and "'" + evil in cells
    assert not any(cell.startswith("=") for cell in cells)
    book_path = tmp_path / "r.xlsx"
    assert (
        report(
            url, "--from", str(day), "--to", str(day), "--by", "kiosk", "--out", str(book_path)
        ).returncode
        == 0
    )
    book = load_workbook(book_path)
    values = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert all(c.data_type != "f" for c in values)
    assert any(c.value == word for c in values) and any(c.value == evil for c in values)
