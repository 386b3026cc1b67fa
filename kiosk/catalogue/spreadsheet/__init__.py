"""Read the staff spreadsheet (CSV or XLSX, one row per offering) into a `Catalogue`.

`readers` turns the file into rows of raw cells, `cells` parses single cells, `rows` maps each
row to the catalogue and names the row and column of every problem.
"""

from kiosk.catalogue.spreadsheet.cells import parse_amount, parse_date, parse_days, parse_hours
from kiosk.catalogue.spreadsheet.rows import COLUMNS, read_spreadsheet

__all__ = [
    "COLUMNS",
    "parse_amount",
    "parse_date",
    "parse_days",
    "parse_hours",
    "read_spreadsheet",
]
