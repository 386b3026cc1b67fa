"""Reading a catalogue file of any supported format, validating it whole, and swapping it in.

Formats are detected from the content (JSON) or the extension (.csv, .xlsx): our own catalogue
JSON, Open Referral HSDS 3.0 JSON, or the staff spreadsheet. Nothing is written until the whole
file has been read and checked.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from kiosk.catalogue import schema as s
from kiosk.catalogue.errors import CatalogueError, CatalogueWarning
from kiosk.catalogue.files import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES, file_checksum
from kiosk.catalogue.hsds import detect_hsds, read_hsds
from kiosk.catalogue.limits import MAX_CATALOGUE_BYTES
from kiosk.catalogue.references import check_references
from kiosk.catalogue.store import replace_catalogue
from kiosk.catalogue.validation import from_validation_error
from kiosk.db.engine import make_engine
from kiosk.db.sqlite import SqliteFile


@dataclass
class LoadedCatalogue:
    catalogue: s.Catalogue
    format: str
    checksum: str
    warnings: list[CatalogueWarning] = field(default_factory=list)


def _read_bytes(path: Path) -> bytes:
    _check_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CatalogueError(str(path), "", None, f"cannot be read ({exc.strerror})") from None


def _check_size(path: Path) -> None:
    """The file exists, is not empty and is at most `MAX_CATALOGUE_BYTES` (it is not read)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CatalogueError(name, "", None, "file not found") from None
    except OSError as exc:
        raise CatalogueError(name, "", None, f"cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise CatalogueError(name, "", None, "is a folder, not a catalogue file")
    if size == 0:
        raise CatalogueError(name, "", None, "the file is empty")
    if size > MAX_CATALOGUE_BYTES:
        raise CatalogueError(
            name,
            "",
            None,
            f"the file is {size // 2**20} MB, more than the {MAX_CATALOGUE_BYTES // 2**20} MB a "
            "catalogue may be",
        )


def _read_json(path: Path, raw: bytes, warnings: list[CatalogueWarning]) -> tuple[s.Catalogue, str]:
    name = str(path)
    if s.FORMAT_NAME.encode() in raw[:4096]:
        try:
            return s.Catalogue.model_validate_json(raw), "pitstop"
        except ValidationError as exc:
            if exc.errors()[0]["type"] != "json_invalid":
                raise from_validation_error(name, exc, "") from None
    try:
        data = json.loads(raw)
    except RecursionError:
        raise CatalogueError(name, "", None, "is nested too deeply to be a catalogue") from None
    except UnicodeDecodeError:
        raise CatalogueError(name, "", None, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            name, f"line {exc.lineno}, column {exc.colno}", None, f"is not valid JSON ({exc.msg})"
        ) from None
    if isinstance(data, dict) and data.get("format") == s.FORMAT_NAME:
        try:
            return s.Catalogue.model_validate(data), "pitstop"
        except ValidationError as exc:
            raise from_validation_error(name, exc, "") from None
    if detect_hsds(data):
        return read_hsds(path, data, warnings), "hsds"
    raise CatalogueError(
        name,
        "",
        "format",
        'is neither a Family Pit Stop catalogue ("format": "pitstop-catalogue") '
        "nor Open Referral HSDS 3.0 services",
    )


def load_file(path: Path) -> LoadedCatalogue:
    """Read and fully validate `path`; raise CatalogueError with a clear sentence if it is unusable."""
    with gc_paused():
        return _load_file(path)


def _load_file(path: Path) -> LoadedCatalogue:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CatalogueError(str(path), "", None, "is not a .json, .csv or .xlsx file")
    warnings: list[CatalogueWarning] = []
    if suffix in SPREADSHEET_SUFFIXES:
        from kiosk.catalogue.spreadsheet import read_spreadsheet  # openpyxl: only when needed

        _check_size(path)  # same size and emptiness checks as JSON; read row by row
        catalogue, fmt = read_spreadsheet(path, warnings), "spreadsheet"
    else:
        catalogue, fmt = _read_json(path, _read_bytes(path), warnings)
    catalogue = check_references(catalogue, str(path), warnings)
    if not catalogue.offerings:
        raise CatalogueError(str(path), "offerings", None, "the catalogue has no offerings")
    return LoadedCatalogue(catalogue, fmt, file_checksum(path), warnings)


def import_file(
    database: SqliteFile, path: Path, *, source: str | None = None, checksum: str | None = None
) -> LoadedCatalogue:
    """Validate `path` and make it the catalogue of `database` in one transaction (SQLAlchemy:
    a child process of the running kiosk, or the command line, does this).

    `source` and `checksum` are recorded instead of the file's path and digest when given.
    """
    loaded = load_file(path)
    engine = make_engine(database.path)
    try:
        with gc_paused():
            replace_catalogue(
                engine,
                loaded.catalogue,
                source=source or str(path),
                checksum=checksum or loaded.checksum,
            )
    finally:
        engine.dispose()
    return loaded


def export_json(catalogue: s.Catalogue) -> bytes:
    """Our JSON format, stable and human-readable (what `pitstop catalogue export` writes)."""
    text = catalogue.model_dump_json(indent=1, exclude_none=True)
    return text.encode("utf-8") + b"\n"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: building a million small objects triggers it
    constantly and triples import time, while an import creates no reference cycles worth it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
