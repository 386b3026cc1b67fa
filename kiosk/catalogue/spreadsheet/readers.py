"""Read a staff spreadsheet file (.xlsx or .csv) into rows of raw cells, one row at a time.

XLSX: the first sheet not called "Istruzioni"/"Instructions", cached values (not formulas).
CSV: UTF-8 (with or without BOM), else Windows-1252 with a warning; the delimiter (; , or tab) is
the one the first non-empty line uses most.

Rows are read lazily and never wider than `MAX_COLUMNS` + 1 cells (the extra one tells the caller
that the header goes on): a workbook's claimed size (`<dimension ref="A1:XFD1048576"/>`) is
ignored, since openpyxl would pad every row to it (16,384 cells a row, gigabytes). A CSV line may
be at most `MAX_LINE_CHARS` characters; the file is decoded as it is read, never held whole.
What this cannot do: bound what one XLSX row costs openpyxl's parser before the row reaches us
(a row of millions of cells in one `<row>`); the import child's memory limit catches that.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kiosk.catalogue.errors import CatalogueError, CatalogueWarning, warn
from kiosk.catalogue.normalize import fold
from kiosk.catalogue.spreadsheet.cells import Cell

MAX_COLUMNS = 64
"""Columns read from each row; the template uses 44, the rest leaves room for staff's notes."""
MAX_SHEET_ROWS = 1_048_576
"""Excel's last row: a workbook that claims rows below it is damaged or hostile."""
MAX_LINE_CHARS = 1_000_000
"""Characters in one line of a CSV file (a whole offering fits in a few thousand)."""
_CHUNK = 1 << 20
Rows = Generator[Sequence[Cell], None, None]


def read_rows(path: Path, file: str, warnings: list[CatalogueWarning]) -> Rows:
    """Every row of the sheet, blank ones included (their numbers are the ones Excel shows),
    each at most `MAX_COLUMNS` + 1 cells wide. Close the iterator when done."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, file)
    if suffix in (".csv", ".txt"):
        return _csv_rows(path, file, warnings)
    raise CatalogueError(file, "", None, "is not a spreadsheet (save it as .xlsx or .csv)")


def _xlsx_rows(path: Path, file: str) -> Rows:
    import openpyxl  # only needed (and loaded) for .xlsx files

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML and its own errors
        raise CatalogueError(
            file, "", None, f"cannot be opened as an Excel workbook ({type(exc).__name__})"
        ) from None
    try:
        sheets = [
            s for s in workbook.worksheets if fold(s.title) not in ("istruzioni", "instructions")
        ]
        if not sheets:
            return
        sheet = sheets[0]
        reset = getattr(sheet, "reset_dimensions", None)  # read-only sheets: forget the claim
        if reset is not None:
            reset()
        rows = sheet.iter_rows(
            max_col=MAX_COLUMNS + 1, max_row=MAX_SHEET_ROWS + 1, values_only=True
        )
        for number, row in enumerate(rows, start=1):
            if number > MAX_SHEET_ROWS:
                raise CatalogueError(
                    file,
                    f"row {number:,}",
                    None,
                    f"the sheet claims rows below row {MAX_SHEET_ROWS:,}, Excel's last row: the "
                    "file is damaged (save it again from Excel or LibreOffice)",
                )
            yield row
    except CatalogueError:
        raise
    except Exception as exc:  # read-only mode parses the sheet only now: damaged XML lands here
        raise CatalogueError(
            file, "", None, f"the sheet is damaged and cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        workbook.close()


def _csv_rows(path: Path, file: str, warnings: list[CatalogueWarning]) -> Rows:
    encoding = _csv_encoding(path, file)
    if encoding != "utf-8-sig":
        warn(
            warnings,
            "",
            None,
            "the file is not UTF-8; it was read as Windows-1252 (check "
            "accented letters, or save it as 'CSV UTF-8')",
        )
    try:
        handle = path.open(encoding=encoding, errors="replace", newline="")
    except OSError as exc:
        raise CatalogueError(file, "", None, f"cannot be read ({exc.strerror})") from None
    with handle:
        lines = _lines(handle, file)
        head: list[str] = []
        for line in lines:  # up to the first non-empty line: it decides the delimiter
            head.append(line)
            if line.strip():
                break
        first = head[-1] if head else ""
        delimiter = max(";,\t", key=first.count) if first.strip() else ";"
        try:
            yield from csv.reader(itertools.chain(head, lines), delimiter=delimiter)
        except csv.Error as exc:
            raise CatalogueError(file, "", None, f"is not a readable CSV file ({exc})") from None
        except OSError as exc:
            raise CatalogueError(file, "", None, f"cannot be read ({exc.strerror})") from None


def _lines(handle: TextIO, file: str) -> Iterator[str]:
    """The lines of `handle`, refusing one longer than `MAX_LINE_CHARS` without reading it all."""
    for number in itertools.count(1):
        line = handle.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        if len(line) > MAX_LINE_CHARS:
            raise CatalogueError(
                file,
                f"line {number:,}",
                None,
                f"the line is longer than {MAX_LINE_CHARS:,} characters, more than a catalogue "
                "row can be (is it really a spreadsheet saved as CSV?)",
            )
        yield line


def _csv_encoding(path: Path, file: str) -> str:
    """ "utf-8-sig" when the whole file is UTF-8, else "cp1252" (checked chunk by chunk)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1252"
    except OSError as exc:
        raise CatalogueError(file, "", None, f"cannot be read ({exc.strerror})") from None
    return "utf-8-sig"
