"""Read a staff spreadsheet file (.xlsx or .csv) into rows of raw cells.

XLSX: the first sheet not called "Istruzioni"/"Instructions", cached values (not formulas).
CSV: UTF-8 (with or without BOM), else Windows-1252 with a warning; the delimiter (; , or tab) is
the one the first non-empty line uses most.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from kiosk.catalogue.errors import CatalogueError, CatalogueWarning, warn
from kiosk.catalogue.normalize import fold
from kiosk.catalogue.spreadsheet.cells import Cell


def read_rows(
    path: Path, content: bytes, file: str, warnings: list[CatalogueWarning]
) -> list[Sequence[Cell]]:
    """Every row of the sheet, blank ones included (their numbers are the ones Excel shows)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, file)
    if suffix in (".csv", ".txt"):
        return _csv_rows(content, file, warnings)
    raise CatalogueError(file, "", None, "is not a spreadsheet (save it as .xlsx or .csv)")


def _xlsx_rows(path: Path, file: str) -> list[Sequence[Cell]]:
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
            return []
        return [tuple(row) for row in sheets[0].iter_rows(values_only=True)]
    except Exception as exc:  # read-only mode parses the sheet only now: damaged XML lands here
        raise CatalogueError(
            file, "", None, f"the sheet is damaged and cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        workbook.close()


def _csv_rows(content: bytes, file: str, warnings: list[CatalogueWarning]) -> list[Sequence[Cell]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
        warn(
            warnings,
            "",
            None,
            "the file is not UTF-8; it was read as Windows-1252 (check "
            "accented letters, or save it as 'CSV UTF-8')",
        )
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=first.count) if first else ";"
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise CatalogueError(file, "", None, f"is not a readable CSV file ({exc})") from None
