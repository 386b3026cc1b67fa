"""The figures as files: `.xlsx` (one sheet per table and an "About" sheet), `.csv` (one long
table: a line per cell), `.pdf` (each chart as on the page, then its numbers) and the open-data
folder (the long CSV, `metadata.csv` and a Frictionless `datapackage.json`). All are made from
one `Figures` (central/figures/tables.py): the same numbers as the Figures page.

A hidden small count is written as its text ("≤ 3") with an empty value, never as its number.
Cells a spreadsheet would run as a formula get a leading apostrophe in CSV files and are text
cells in XLSX. The PDF needs the DejaVu Sans font (Debian's fonts-dejavu-core) for "≤"; without
it the PDF uses a built-in font and writes "<=". This cannot make a PDF of a table wider than
MAX_PDF_COLUMNS columns: the PDF says the whole table is in the .xlsx.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from central.figures.charts import chart_svg
from central.figures.rules import (
    DEFAULT_LICENCE,
    SMALL_CELL_TEXT,
    WORD_MIN_KIOSKS,
    WORD_MIN_TIMES,
)
from central.figures.tables import Figures, Table
from central.office.i18n import t
from kiosk.fileio import atomic_write_bytes
from kiosk.text import printable

if TYPE_CHECKING:
    from fpdf import FPDF

FORMATS: Final = ("xlsx", "csv", "pdf", "opendata")
LICENCE_URLS: Final = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "IODL-2.0": "https://www.dati.gov.it/content/italian-open-data-license-v20",
}
LONG_COLUMNS: Final = (
    "period_start",
    "period_end",
    "grouping",
    "table",
    "row",
    "row_label",
    "column",
    "column_label",
    "value",
    "shown",
)
OPEN_DATA_FILES: Final = ("figures.csv", "metadata.csv", "datapackage.json")
MAX_PDF_COLUMNS: Final = 14
FONT_PATHS: Final = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TITLE: Final = re.compile(r"<title>.*?</title>", re.DOTALL)


class ReportError(ValueError):
    """A report that cannot be written (one sentence naming the file and the fix)."""


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in {"xlsx", "csv", "pdf"}:
        raise ReportError(
            f"{path}: the report file must end in .xlsx, .csv or .pdf (or use --open-data DIR)"
        )
    return suffix


def _clean(value: object) -> str:
    return _NOT_XML.sub("\ufffd", printable(str(value), limit=1000))


def _csv_safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def long_rows(figures: Figures) -> Iterator[dict[str, str]]:
    """A line per cell of every table (LONG_COLUMNS): `value` is empty where `shown` is "≤ 3"."""
    query = figures.query
    for table in figures.tables:
        for row in table.rows:
            for column, cell in zip(table.columns, row.cells, strict=True):
                yield {
                    "period_start": query.start.isoformat(),
                    "period_end": query.end.isoformat(),
                    "grouping": query.by,
                    "table": table.id,
                    "row": row.key,
                    "row_label": row.label,
                    "column": column.key,
                    "column_label": column.label,
                    "value": "" if cell.value is None else str(cell.value),
                    "shown": cell.text,
                }


def csv_bytes(figures: Figures) -> bytes:
    """The long table as CSV (UTF-8 with a byte-order mark for spreadsheets, commas)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LONG_COLUMNS)
    for line in long_rows(figures):
        writer.writerow([_csv_safe(_clean(line[column])) for column in LONG_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def _about(figures: Figures, licence: str, publisher: str) -> list[tuple[str, str]]:
    lang, query = figures.lang, figures.query
    about = [
        (t(lang, "figures.meta.title"), t(lang, "figures.meta.report")),
        (t(lang, "figures.meta.period"), f"{query.start.isoformat()} – {query.end.isoformat()}"),
        (t(lang, "figures.meta.grouping"), t(lang, f"figures.by.{query.by}")),
        (t(lang, "figures.meta.kiosks"), str(figures.kiosks)),
        (
            t(lang, "figures.meta.generated"),
            figures.generated_at.strftime("%Y-%m-%d %H:%M"),
        ),
        (t(lang, "figures.meta.rules"), _rules(lang)),
        (t(lang, "figures.meta.source"), ""),
    ]
    if licence:
        about.append((t(lang, "figures.meta.licence"), licence))
    if publisher:
        about.append((t(lang, "figures.meta.publisher"), publisher))
    return about


def _rules(lang: str) -> str:
    return t(lang, "figures.rules", times=WORD_MIN_TIMES, kiosks=WORD_MIN_KIOSKS)


def xlsx_bytes(figures: Figures, licence: str = "", publisher: str = "") -> bytes:
    """An "About" sheet, then one sheet per table (numbers as numbers, "≤ 3" as text)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    about = book.active
    about.title = _sheet_name(t(figures.lang, "figures.meta.title"), set())
    for number, (name, value) in enumerate(_about(figures, licence, publisher), start=1):
        about.cell(row=number, column=1, value=_clean(name)).font = Font(bold=True)
        cell = about.cell(row=number, column=2, value=_clean(value))
        cell.data_type = "s"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 90
    used = {about.title}
    for table in figures.tables:
        sheet = book.create_sheet(_sheet_name(t(figures.lang, f"figures.{table.id}.sheet"), used))
        used.add(sheet.title)
        sheet.cell(row=1, column=1, value=_clean(table.title)).font = Font(bold=True, size=13)
        sheet.cell(row=2, column=1, value=_clean(table.note))
        header = [table.row_header, *(column.label for column in table.columns)]
        for col, name in enumerate(header, start=1):
            cell = sheet.cell(row=4, column=col, value=_clean(name))
            cell.font = Font(bold=True)
            cell.data_type = "s"
        for number, row in enumerate(table.rows, start=5):
            label = sheet.cell(row=number, column=1, value=_clean(row.label))
            label.data_type = "s"
            for col, figure in enumerate(row.cells, start=2):
                if figure.value is None:
                    hidden = sheet.cell(row=number, column=col, value=figure.text)
                    hidden.data_type = "s"
                    hidden.alignment = Alignment(horizontal="right")
                else:
                    sheet.cell(row=number, column=col, value=figure.value)
        sheet.column_dimensions["A"].width = 34
        sheet.freeze_panes = "B5"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = re.sub(r"[\[\]:*?/\\]", " ", printable(title)).strip()[:31] or "Sheet"
    name, number = base, 2
    while name in used:
        suffix = f" ({number})"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    return name


def _font_path() -> Path | None:
    return next((path for path in FONT_PATHS if path.is_file()), None)


def pdf_bytes(figures: Figures, licence: str = "", publisher: str = "") -> bytes:
    """A4 landscape: the "About" lines, then per table its title, note, chart and numbers."""
    import logging

    from fpdf import FPDF

    logging.getLogger("fpdf").setLevel(logging.ERROR)  # fpdf2 logs each SVG tag it skips
    lang = figures.lang
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_title(t(lang, "figures.meta.report"))
    pdf.set_creator("Family Pit Stop")
    font_path = _font_path()
    if font_path is not None:
        pdf.add_font("DejaVu", "", str(font_path))
        bold = font_path.with_name("DejaVuSans-Bold.ttf")
        pdf.add_font("DejaVu", "B", str(bold if bold.is_file() else font_path))
        family = "DejaVu"

        def text(value: str) -> str:
            return _clean(value)
    else:
        family = "Helvetica"

        def text(value: str) -> str:
            plain = _clean(value).replace(SMALL_CELL_TEXT, "<= 3").replace("–", "-")
            return plain.encode("latin-1", "replace").decode("latin-1")

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 9, text(t(lang, "figures.meta.report")), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for name, value in _about(figures, licence, publisher)[1:]:
        line = f"{name}: {value}" if value else name
        pdf.multi_cell(0, 5.5, text(line), new_x="LMARGIN", new_y="NEXT")
    for table in figures.tables:
        pdf.add_page()
        pdf.set_font(family, "B", 14)
        pdf.multi_cell(0, 8, text(table.title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9)
        pdf.multi_cell(0, 5, text(table.note), new_x="LMARGIN", new_y="NEXT")
        svg = _TITLE.sub("", chart_svg(table, lang, font=family))
        svg = svg.replace("…", "...") if family == "Helvetica" else svg
        if family == "Helvetica":
            svg = text(svg)
        pdf.image(io.BytesIO(svg.encode("utf-8")), x=pdf.l_margin, w=min(200, pdf.epw))
        pdf.ln(2)
        _pdf_table(pdf, table, family, text)
    return bytes(pdf.output())


def _pdf_table(pdf: FPDF, table: Table, family: str, text: Callable[[str], str]) -> None:
    if not table.rows:
        return
    columns = table.columns[:MAX_PDF_COLUMNS]
    if len(table.columns) > MAX_PDF_COLUMNS:
        pdf.multi_cell(
            0, 5, text(t_table_wide(table, len(table.columns))), new_x="LMARGIN", new_y="NEXT"
        )
    pdf.set_font(family, "", 8)
    widths = (3, *(1 for _ in columns))
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", *("RIGHT" for _ in columns)),
        first_row_as_headings=True,
        line_height=4.6,
        width=min(pdf.epw, 60 + 22 * len(columns)),
        align="LEFT",
    ) as grid:
        heading = grid.row()
        heading.cell(text(table.row_header))
        for column in columns:
            heading.cell(text(column.label))
        for row in table.rows:
            line = grid.row()
            line.cell(text(row.label))
            for cell in row.cells[: len(columns)]:
                line.cell(text(cell.text))


def t_table_wide(table: Table, count: int) -> str:
    return f"{table.title}: {MAX_PDF_COLUMNS} / {count} — .xlsx"


def metadata_rows(figures: Figures, licence: str, publisher: str) -> list[tuple[str, str]]:
    """The open data's metadata.csv: (what, description) lines."""
    rows = [("field", "description")]
    rows += [(name, value) for name, value in _about(figures, licence, publisher)]
    if licence in LICENCE_URLS:
        rows.append(("licence_url", LICENCE_URLS[licence]))
    descriptions = {
        "period_start": "first day of the period (YYYY-MM-DD, the kiosks' local days)",
        "period_end": "last day of the period, included",
        "grouping": "kiosk, comune or area: how the columns of the tables are grouped",
        "table": "which table the line belongs to (see the table_ lines)",
        "row": "the row's id (a day, a group, a category, a language, a word…)",
        "row_label": "the row's name",
        "column": "the column's id (a group, a month YYYY-MM, total…)",
        "column_label": "the column's name",
        "value": "the count; empty when the publication rules hide a count of 1 to 3",
        "shown": f"the count as published ('{SMALL_CELL_TEXT}' for a hidden count of 1 to 3)",
    }
    rows += [(f"column:{name}", text) for name, text in descriptions.items()]
    rows += [(f"table:{table.id}", f"{table.title}: {table.counts}") for table in figures.tables]
    return [(_clean(a), _clean(b)) for a, b in rows]


def _metadata_csv(figures: Figures, licence: str, publisher: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for name, value in metadata_rows(figures, licence, publisher):
        writer.writerow([_csv_safe(name), _csv_safe(value)])
    return buffer.getvalue().encode("utf-8-sig")


def _datapackage(figures: Figures, licence: str, publisher: str) -> bytes:
    query = figures.query
    package: dict[str, object] = {
        "name": f"pitstop-usage-{query.start.isoformat()}-{query.end.isoformat()}-{query.by}",
        "title": t(figures.lang, "figures.meta.report"),
        "description": _rules(figures.lang),
        "created": figures.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "temporalCoverage": f"{query.start.isoformat()}/{query.end.isoformat()}",
        "resources": [
            {
                "name": "figures",
                "path": "figures.csv",
                "format": "csv",
                "encoding": "utf-8-sig",
                "schema": {
                    "fields": [
                        {
                            "name": name,
                            "type": "integer" if name == "value" else "string",
                        }
                        for name in LONG_COLUMNS
                    ],
                    "missingValues": [""],
                },
            },
            {"name": "metadata", "path": "metadata.csv", "format": "csv"},
        ],
    }
    if licence:
        entry = {"name": licence}
        if licence in LICENCE_URLS:
            entry["path"] = LICENCE_URLS[licence]
        package["licenses"] = [entry]
    if publisher:
        package["contributors"] = [{"title": printable(publisher), "role": "publisher"}]
    return json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def open_data_files(
    figures: Figures, licence: str = DEFAULT_LICENCE, publisher: str = ""
) -> dict[str, bytes]:
    """OPEN_DATA_FILES by name."""
    return {
        "figures.csv": csv_bytes(figures),
        "metadata.csv": _metadata_csv(figures, licence, publisher),
        "datapackage.json": _datapackage(figures, licence, publisher),
    }


def open_data_zip(figures: Figures, licence: str = DEFAULT_LICENCE, publisher: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in open_data_files(figures, licence, publisher).items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def report_bytes(
    figures: Figures, fmt: str, licence: str = DEFAULT_LICENCE, publisher: str = ""
) -> bytes:
    """The report in `fmt` (FORMATS; "opendata" as a .zip of the open-data folder)."""
    if fmt == "xlsx":
        return xlsx_bytes(figures, licence, publisher)
    if fmt == "csv":
        return csv_bytes(figures)
    if fmt == "pdf":
        return pdf_bytes(figures, licence, publisher)
    if fmt == "opendata":
        return open_data_zip(figures, licence, publisher)
    raise ReportError(f"unknown report format {fmt!r}: xlsx, csv, pdf or opendata")


def write_report(figures: Figures, out: Path, licence: str = DEFAULT_LICENCE) -> None:
    """`out` (.xlsx, .csv or .pdf) written whole or not at all."""
    data = report_bytes(figures, format_of(out), licence)
    _write(out, data)


def write_open_data(
    figures: Figures, folder: Path, licence: str = DEFAULT_LICENCE, publisher: str = ""
) -> list[Path]:
    """OPEN_DATA_FILES in `folder` (made if missing), each written whole or not at all."""
    if folder.exists() and not folder.is_dir():
        raise ReportError(f"{folder} is a file: give --open-data a folder")
    files = open_data_files(figures, licence, publisher)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot make the folder {folder} ({exc.strerror})") from None
    written = []
    for name, data in files.items():
        _write(folder / name, data)
        written.append(folder / name)
    return written


def _write(path: Path, data: bytes) -> None:
    if path.is_dir():
        raise ReportError(f"{path} is a folder: give a file name")
    if not path.parent.is_dir():
        raise ReportError(f"{path}: the folder {path.parent} does not exist")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise ReportError(f"cannot write {path} ({exc.strerror})") from None
