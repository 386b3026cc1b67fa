"""The staff spreadsheet reader (kiosk.catalogue.spreadsheet): CSV and XLSX, Italian headers."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from kiosk.catalogue.errors import CatalogueError, CatalogueWarning
from kiosk.catalogue.schema import Catalogue
from kiosk.catalogue.spreadsheet import (
    COLUMNS,
    parse_amount,
    parse_date,
    parse_days,
    parse_hours,
    read_spreadsheet,
)
from tests import ROOT

TEMPLATES = ROOT / "assets" / "templates"
HEADER = ["Nome", "Categoria", "Ente", "Comune", "Dal", "Al", "Periodi", "Costo (€)"]
ROWS = [
    [
        "Campus di Natale",
        "Campus vacanze",
        "Coop Il Girasole",
        "Legnano",
        "23/12/2026",
        "05/01/2027",
        "Vacanze di Natale",
        "25,50",
    ],
    ["Pre e post scuola", "pre-post-scuola", "Associazione Genitori", "Magenta", "", "", "", ""],
    ["Spazio compiti", "Spazio compiti", "Coop Il Girasole", "Castano Primo", "", "", "", "0"],
]

Cells = Sequence[Sequence[object]]


def write_csv(
    path: Path, rows: Cells, *, delimiter: str = ";", bom: bool = True, encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Cells) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def read(path: Path) -> tuple[Catalogue, list[CatalogueWarning]]:
    warnings: list[CatalogueWarning] = []
    return read_spreadsheet(path, warnings), warnings


def error(path: Path) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        read(path)
    return caught.value


def sheet(*rows: dict[str, object]) -> Cells:
    """A header with every key used, then one row per dict."""
    header = list(
        dict.fromkeys(["Nome", "Categoria", "Ente", "Comune"] + [k for row in rows for k in row])
    )
    base: dict[str, object] = {
        "Nome": "Campus",
        "Categoria": "Campus vacanze",
        "Ente": "Coop",
        "Comune": "Legnano",
    }
    return [header, *[[{**base, **row}.get(k, "") for k in header] for row in rows]]


def one(tmp_path: Path, **row: object) -> tuple[Catalogue, list[CatalogueWarning]]:
    return read(write_csv(tmp_path / "one.csv", sheet(row)))


# --- the shipped template --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["catalogo-modello.csv", "catalogo-modello.xlsx"])
def test_shipped_template_parses(name: str) -> None:
    catalogue, warnings = read(TEMPLATES / name)
    assert warnings == []
    assert len(catalogue.offerings) >= 3
    assert {c.id for c in catalogue.comuni} >= {"legnano", "magenta", "castano-primo"}
    assert all(o.name.get("en") for o in catalogue.offerings)


def test_csv_and_xlsx_templates_agree() -> None:
    from_csv, _ = read(TEMPLATES / "catalogo-modello.csv")
    from_xlsx, _ = read(TEMPLATES / "catalogo-modello.xlsx")
    skip = {"version", "updated_at"}
    assert from_csv.model_dump(exclude=skip) == from_xlsx.model_dump(exclude=skip)


def test_template_header_is_the_documented_column_list() -> None:
    raw = (TEMPLATES / "catalogo-modello.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0].split(";")
    assert header == [label for label, _ in COLUMNS.values()]
    docs = (TEMPLATES.parents[1] / "docs" / "spreadsheet-template.md").read_text("utf-8")
    assert all(f"`{label}`" in docs for label in header)


# --- CSV dialects and headers ----------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("bom", [True, False])
def test_csv_delimiters_and_bom(tmp_path: Path, delimiter: str, bom: bool) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, *ROWS], delimiter=delimiter, bom=bom)
    catalogue, warnings = read(path)
    assert warnings == []
    assert [o.name["it"] for o in catalogue.offerings] == [r[0] for r in ROWS]
    assert catalogue.offerings[0].cost_options[0].amount == 25.5
    assert catalogue.version.startswith("sheet-")


def test_windows_1252_csv_is_read_with_a_warning(tmp_path: Path) -> None:
    rows: Cells = [
        ["Nome", "Categoria", "Ente", "Comune", "Età minima"],
        ["Attività al parco", "Campus vacanze", "Coop", "Cuggiono", "6"],
    ]
    catalogue, warnings = read(write_csv(tmp_path / "w.csv", rows, bom=False, encoding="cp1252"))
    assert catalogue.offerings[0].name == {"it": "Attività al parco"}
    assert catalogue.offerings[0].minimum_age == 6
    assert "Windows-1252" in warnings[0].message


def test_headers_match_loosely(tmp_path: Path) -> None:
    rows: Cells = [
        [
            "  NOME ",
            "categoria",
            "ente",
            "COMUNE",
            "eta minima",
            "Eta Massima",
            "costo (euro)",
            "Colonna strana",
        ],
        ["Campus", "Campus vacanze", "Coop", "Legnano", "3", "6 anni", "€ 10", "x"],
    ]
    catalogue, warnings = read(write_csv(tmp_path / "h.csv", rows))
    campus = catalogue.offerings[0]
    assert (campus.minimum_age, campus.maximum_age) == (3, 6)
    assert campus.cost_options[0].amount == 10
    assert [(w.where, w.field) for w in warnings] == [("row 1", "Colonna strana")]


def test_missing_required_column(tmp_path: Path) -> None:
    rows: Cells = [["Nome", "Categoria", "Comune"], ["Campus", "Campus vacanze", "Legnano"]]
    err = error(write_csv(tmp_path / "m.csv", rows))
    assert err.where == "row 1"
    assert "'Ente'" in str(err)


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_with_excel_cell_types(tmp_path: Path) -> None:
    rows: Cells = [
        [
            "Nome",
            "Nome (inglese)",
            "Categoria",
            "Ente",
            "Comune",
            "CAP",
            "Telefono",
            "Dal",
            "Al",
            "Periodi",
            "Età minima",
            "Costo (€)",
            "Orario",
            "Giorni",
            "Gratuito",
            "Ambito",
        ],
        [
            "Centro estivo",
            "Summer camp",
            "Centro estivo",
            "Oratorio San Luigi",
            "Inveruno",
            20010,
            3311234567,
            dt.datetime(2027, 6, 14),
            dt.date(2027, 7, 30),
            "Estate 2027",
            6.0,
            80,
            "8:30-16:30",
            "lun-ven",
            False,
            "Castanese",
        ],
        [None] * 16,  # an empty row in the middle is skipped
        [
            "Baby parking",
            None,
            "Baby parking",
            "Oratorio San Luigi",
            "Inveruno",
            None,
            None,
            None,
            None,
            "Estate 2027",
            1,
            0,
            None,
            None,
            True,
            "Castanese",
        ],
    ]
    catalogue, warnings = read(write_xlsx(tmp_path / "c.xlsx", rows))
    summer, baby = catalogue.offerings
    assert summer.name == {"it": "Centro estivo", "en": "Summer camp"}
    assert summer.minimum_age == 6
    assert summer.phones[0].number == "3311234567"
    assert [w.field for w in warnings] == ["Telefono"]  # stored as a number in Excel
    (period,) = catalogue.periods
    assert (period.start, period.end, period.kind) == (
        dt.date(2027, 6, 14),
        dt.date(2027, 7, 30),
        "summer",
    )
    assert summer.periods == baby.periods == [period.id]
    assert summer.schedules[0].valid_from == dt.date(2027, 6, 14)
    assert baby.free and not summer.free
    locations = {loc.id: loc for loc in catalogue.locations}
    assert locations[summer.locations[0]].address.postal_code == "20010"
    assert [c.area for c in catalogue.comuni] == ["castanese"]
    assert len(catalogue.organizations) == 1


def test_xlsx_bad_date_names_row_and_column(tmp_path: Path) -> None:
    rows: Cells = [HEADER, ROWS[0], ROWS[1], [*ROWS[2][:4], "31/02/2027", "01/03/2027", "", ""]]
    err = error(write_xlsx(tmp_path / "c.xlsx", rows))
    assert (err.where, err.field) == ("row 4", "Dal")


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a zip")
    assert "cannot be opened as an Excel workbook" in str(error(path))


def test_instructions_sheet_first_is_skipped(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    help_sheet = workbook.active
    assert help_sheet is not None
    help_sheet.title = "Istruzioni"
    help_sheet.append(["Colonna", "Cosa scrivere"])
    data = workbook.create_sheet("Catalogo")
    for row in [HEADER, *ROWS]:
        data.append(row)
    workbook.save(tmp_path / "c.xlsx")
    catalogue, _ = read(tmp_path / "c.xlsx")
    assert len(catalogue.offerings) == 3


# --- errors with row and column --------------------------------------------------------------


def test_bad_date_in_row_4(tmp_path: Path) -> None:
    rows: Cells = [HEADER, ROWS[0], ROWS[1], [*ROWS[2][:4], "2026-13-01", "2027-01-01", "", ""]]
    err = error(write_csv(tmp_path / "catalogo.csv", rows))
    message = str(err)
    assert "row 4" in message and "'Dal'" in message and "catalogo.csv" in message
    assert message.endswith("is not a valid date (write it as dd/mm/yyyy).")


def test_row_numbers_count_blank_and_multiline_rows(tmp_path: Path) -> None:
    rows: Cells = [
        HEADER,
        ["Campus", "Campus vacanze", "Coop", "Legnano", "", "", "", ""],
        [""] * 8,
        ["Due\nrighe", "Campus vacanze", "Coop", "Legnano", "", "", "", "tanto"],
    ]
    err = error(write_csv(tmp_path / "c.csv", rows))
    assert (err.where, err.field) == ("row 4", "Costo (€)")


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("Età minima", "tre", "is not an age"),
        ("Età massima", "-1", "is not an age"),
        ("Costo (€)", "-3", "is not a valid amount"),
        ("Gratuito", "forse", "is not 'sì' or 'no'"),
        ("Orario", "mattina", "is not an opening time"),
        ("Orario", "16:00-8:00", "closing time is not after"),
        ("Al", "01/01/2020", "is empty, but the other date"),
        ("Nome", "", "is empty; it is required"),
        ("Comune", " ", "is empty; it is required"),
        ("Periodi", "Natale (23/12/2026)", "write the dates as"),
    ],
)
def test_bad_cells(tmp_path: Path, column: str, value: str, expected: str) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({}, {column: value})))
    assert err.where == "row 3"
    assert err.field == ("Dal" if column == "Al" else column)
    assert expected in str(err)


def test_end_before_start(tmp_path: Path) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({"Dal": "10/01/2027", "Al": "01/01/2027"})))
    assert (err.where, err.field) == ("row 2", "Al")


def test_maximum_below_minimum_age(tmp_path: Path) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({"Età minima": 10, "Età massima": 6})))
    assert (err.where, err.field) == ("row 2", "Età massima")


def test_duplicate_explicit_id(tmp_path: Path) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({"ID": "campus-1"}, {"ID": "campus-1"})))
    assert (err.where, err.field) == ("row 3", "ID")


def test_text_too_long_names_the_column(tmp_path: Path) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({"Descrizione": "x" * 20_001})))
    assert (err.where, err.field, err.field_kind) == ("row 2", "Descrizione", "column")


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n;;;\r\n\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vuoto.csv"
    path.write_bytes(content)
    assert "the file is empty" in str(error(path))


def test_header_only(tmp_path: Path) -> None:
    err = error(write_csv(tmp_path / "c.csv", [HEADER, [""] * len(HEADER)]))
    assert "header row but no offerings" in str(err)
    assert err.where == "row 1"


def test_empty_xlsx(tmp_path: Path) -> None:
    assert "the file is empty" in str(error(write_xlsx(tmp_path / "c.xlsx", [])))


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert "save it as .xlsx or .csv" in str(error(path))


# --- odd but harmless data -------------------------------------------------------------------


def test_unknown_category_falls_back_to_altro(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, Categoria="Ludoteca; Campus vacanze")
    assert catalogue.offerings[0].categories == ["altro", "campus-vacanze"]
    assert {c.id for c in catalogue.categories} == {"altro", "campus-vacanze"}
    assert [(w.where, w.field) for w in warnings] == [("row 2", "Categoria")]


def test_ages_above_18(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, **{"Età minima": 20, "Età massima": 99})
    assert (catalogue.offerings[0].minimum_age, catalogue.offerings[0].maximum_age) == (18, None)
    assert [w.field for w in warnings] == ["Età minima", "Età massima"]


def test_unclear_days_are_kept_as_text(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, Giorni="a giorni alterni", Orario="9-12")
    (schedule,) = catalogue.offerings[0].schedules
    assert schedule.byday == [] and schedule.description == {"it": "a giorni alterni"}
    assert [w.field for w in warnings] == ["Giorni"]


def test_free_and_cost_together(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, **{"Costo (€)": "5", "Gratuito": "sì"})
    assert catalogue.offerings[0].free
    assert [w.field for w in warnings] == ["Gratuito"]


def test_invalid_id_is_slugified(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, ID="Campus Natale!")
    assert catalogue.offerings[0].id == "campus-natale"
    assert [w.field for w in warnings] == ["ID"]


def test_period_without_dates_anywhere(tmp_path: Path) -> None:
    catalogue, warnings = one(tmp_path, Periodi="Ponte dei morti")
    assert catalogue.offerings[0].periods == [] and catalogue.periods == []
    assert [w.field for w in warnings] == ["Periodi"]


# --- building the catalogue ------------------------------------------------------------------


def test_everything_in_one_row(tmp_path: Path) -> None:
    catalogue, warnings = one(
        tmp_path,
        ID="campus-natale-legnano",
        **{"Nome (inglese)": "Christmas campus"},
        Descrizione="Giochi",
        **{"Descrizione (inglese)": "Games"},
        Ente="Coop Il Girasole",
        **{"Sito web": "www.girasole.example", "Email": "info@girasole.example"},
        Telefono="0331 000111; 333 0000001",
        Indirizzo="Via dei Salici 12",
        CAP="20025",
        Ambito="Legnanese",
        Giorni="da lunedì a venerdì",
        Orario="8.30-12.30, 14-18",
        **{
            "Costo (€)": "1.200,00",
            "Costo per": "al mese",
            "Come iscriversi": "Online",
            "Come iscriversi (inglese)": "Online",
        },
    )
    assert warnings == []
    (o,) = catalogue.offerings
    assert o.id == "campus-natale-legnano"
    assert o.name == {"it": "Campus", "en": "Christmas campus"}
    assert o.description == {"it": "Giochi", "en": "Games"}
    assert o.url == "https://www.girasole.example"
    assert [p.number for p in o.phones] == ["0331 000111", "333 0000001"]
    assert [(s.opens_at, s.closes_at) for s in o.schedules] == [
        (dt.time(8, 30), dt.time(12, 30)),
        (dt.time(14), dt.time(18)),
    ]
    assert o.schedules[0].byday == ["MO", "TU", "WE", "TH", "FR"]
    assert (o.cost_options[0].amount, o.cost_options[0].option) == (
        1200,
        {"it": "al mese", "en": "per month"},
    )
    assert o.application_process == {"it": "Online", "en": "Online"}
    (location,) = catalogue.locations
    assert (location.address.address_1, location.address.postal_code) == (
        "Via dei Salici 12",
        "20025",
    )
    assert catalogue.areas[0].id == "legnanese" and catalogue.comuni[0].area == "legnanese"
    assert catalogue.organizations[0].id == "coop-il-girasole"


def test_generated_ids_are_unique_and_organizations_shared(tmp_path: Path) -> None:
    rows = sheet({"Ente": "Coop Il Girasole"}, {"Ente": "coop il girasole "}, {"Comune": "Rho"})
    catalogue, _ = read(write_csv(tmp_path / "c.csv", rows))
    assert [o.id for o in catalogue.offerings] == [
        "campus-legnano",
        "campus-legnano-2",
        "campus-rho",
    ]
    assert len(catalogue.organizations) == 2
    assert catalogue.offerings[0].organization == catalogue.offerings[1].organization
    # Without an address the offering is still tied to its comune.
    assert [loc.address.comune for loc in catalogue.locations] == ["legnano", "rho"]


def test_generated_id_avoids_ids_written_later(tmp_path: Path) -> None:
    rows = sheet({}, {"ID": "campus-legnano"})
    catalogue, _ = read(write_csv(tmp_path / "c.csv", rows))
    assert [o.id for o in catalogue.offerings] == ["campus-legnano-2", "campus-legnano"]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("Ente", "E" * 301),
        ("Comune", "C" * 201),
        ("Telefono", "0331 " * 10),
        ("Indirizzo", "Via " * 80),
        ("Email", "x" * 250 + "@example.it"),
    ],
)
def test_too_long_values_name_the_column(tmp_path: Path, column: str, value: str) -> None:
    err = error(write_csv(tmp_path / "c.csv", sheet({column: value})))
    assert (err.where, err.field, err.field_kind) == ("row 2", column, "column")
    assert "at most" in str(err)


def test_periods_inline_by_columns_and_by_name(tmp_path: Path) -> None:
    rows = sheet(
        {
            "Periodi": "Vacanze di Natale 2026 (23/12/2026-06/01/2027); Pasqua 2027 "
            "(2027-03-25 - 2027-03-30)"
        },
        {"Periodi": "vacanze di natale 2026"},
        {"Periodi": "Ponte", "Dal": "07/12/2026", "Al": "08/12/2026"},
        {"Periodi": "Ponte", "Dal": "01/11/2027", "Al": "01/11/2027"},
    )
    catalogue, warnings = read(write_csv(tmp_path / "c.csv", rows))
    assert warnings == []
    assert [(p.id, p.start) for p in catalogue.periods] == [
        ("ponte", dt.date(2026, 12, 7)),
        ("vacanze-di-natale-2026", dt.date(2026, 12, 23)),
        ("pasqua-2027", dt.date(2027, 3, 25)),
        ("ponte-20271101", dt.date(2027, 11, 1)),
    ]
    first, second, third, fourth = catalogue.offerings
    assert first.periods == ["vacanze-di-natale-2026", "pasqua-2027"]
    assert second.periods == ["vacanze-di-natale-2026"]
    assert (third.periods, fourth.periods) == (["ponte"], ["ponte-20271101"])


# --- cell parsers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("lun-ven", ["MO", "TU", "WE", "TH", "FR"]),
        ("lun, mer, ven", ["MO", "WE", "FR"]),
        ("Lunedì e Giovedì", ["MO", "TH"]),
        ("da lunedì a venerdì", ["MO", "TU", "WE", "TH", "FR"]),
        ("sab - dom", ["SA", "SU"]),
        ("ven-lun", ["MO", "FR", "SA", "SU"]),
        ("tutti i giorni", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
        ("Mon-Wed", ["MO", "TU", "WE"]),
        ("marzo", None),
        ("ogni tanto", None),
    ],
)
def test_parse_days(text: str, days: list[str] | None) -> None:
    assert parse_days(text) == days


@pytest.mark.parametrize(
    ("cell", "ranges"),
    [
        ("8:00-16:30", [(dt.time(8), dt.time(16, 30))]),
        ("8.30 - 12.30 / 14-18", [(dt.time(8, 30), dt.time(12, 30)), (dt.time(14), dt.time(18))]),
        ("dalle 9 alle 12", [(dt.time(9), dt.time(12))]),
        ("20:00-24:00", [(dt.time(20), dt.time(23, 59))]),
        (dt.time(7, 45), [(dt.time(7, 45), None)]),
    ],
)
def test_parse_hours(cell: object, ranges: list[tuple[dt.time, dt.time | None]]) -> None:
    assert parse_hours(cell) == ranges


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("25", 25),
        ("25,50", 25.5),
        ("25.50", 25.5),
        ("1.200", 1200),
        ("1.200,50", 1200.5),
        ("€ 30", 30),
        ("30 euro", 30),
        ("Gratuito", 0),
        (12.5, 12.5),
        (0, 0),
    ],
)
def test_parse_amount(cell: object, amount: float) -> None:
    assert parse_amount(cell) == amount


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("23/12/2026", dt.date(2026, 12, 23)),
        ("3.1.27", dt.date(2027, 1, 3)),
        ("2026-12-23", dt.date(2026, 12, 23)),
        ("2026-12-23 00:00:00", dt.date(2026, 12, 23)),
        (dt.datetime(2026, 12, 23, 0, 0), dt.date(2026, 12, 23)),
        (46379, dt.date(2026, 12, 23)),
    ],
)
def test_parse_date(cell: object, day: dt.date) -> None:
    assert parse_date(cell) == day


@pytest.mark.parametrize("cell", ["31/02/2026", "23-12", "domani", "12/23/2026"])
def test_parse_date_rejects(cell: object) -> None:
    with pytest.raises(ValueError, match="is not a valid date"):
        parse_date(cell)


def test_xlsx_with_damaged_sheet_xml(tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nome", "Categoria", "Ente", "Comune"])
    workbook.active.append(["Campus", "Campus vacanze", "Coop", "Legnano"])
    workbook.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(CatalogueError, match="damaged"):
        read_spreadsheet(damaged, [])


def test_csv_with_a_field_over_the_csv_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('Nome;Categoria;Ente;Comune\n"' + "x" * 200_000 + '";a;b;c\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="not a readable CSV"):
        read_spreadsheet(path, [])
