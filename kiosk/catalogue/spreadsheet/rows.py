"""Map the rows of a staff spreadsheet to a `Catalogue`, one offering per row.

The columns are documented in docs/spreadsheet-template.md and shipped as templates in
assets/templates/. Headers match case-, accent- and space-insensitively ("eta minima" is
"Età minima"). Errors name the row as Excel shows it (the header is row 1) and the column header
as the user wrote it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kiosk.catalogue.errors import CatalogueError, CatalogueWarning, warn
from kiosk.catalogue.files import file_checksum
from kiosk.catalogue.normalize import (
    FALLBACK_CATEGORY,
    category_for,
    check_age,
    fold,
    is_valid_id,
    match_category,
    short_hash,
    slugify,
    unique_id,
)
from kiosk.catalogue.schema import (
    Address,
    Area,
    Catalogue,
    Category,
    Comune,
    CostOption,
    Location,
    Offering,
    Organization,
    Period,
    Phone,
    Schedule,
)
from kiosk.catalogue.spreadsheet.cells import (
    DATE_TOKEN,
    Cell,
    blank,
    cell_text,
    cost_unit,
    parse_age,
    parse_amount,
    parse_bool,
    parse_date,
    parse_days,
    parse_hours,
)
from kiosk.catalogue.spreadsheet.readers import MAX_COLUMNS, read_rows
from kiosk.catalogue.validation import build

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

# key -> (header in the template, other accepted spellings); compared after `fold`.
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": ("ID", ("codice",)),
    "name": ("Nome", ("nome servizio", "nome offerta", "titolo")),
    "name_en": ("Nome (inglese)", ("nome en",)),
    "description": ("Descrizione", ()),
    "description_en": ("Descrizione (inglese)", ("descrizione en",)),
    "category": ("Categoria", ("categorie", "tipo")),
    "organization": ("Ente", ("ente gestore", "gestore", "organizzazione")),
    "website": ("Sito web", ("sito", "url", "web")),
    "email": ("Email", ("e mail", "mail", "posta elettronica")),
    "phone": ("Telefono", ("tel", "telefoni", "cellulare")),
    "address": ("Indirizzo", ("via",)),
    "postal_code": ("CAP", ()),
    "comune": ("Comune", ("citta", "localita")),
    "area": ("Ambito", ("area", "ambito territoriale")),
    "min_age": ("Età minima", ("eta min", "da anni")),
    "max_age": ("Età massima", ("eta max", "fino a anni")),
    "periods": ("Periodi", ("periodo",)),
    "start": ("Dal", ("data inizio", "inizio")),
    "end": ("Al", ("data fine", "fine")),
    "days": ("Giorni", ("giorni di apertura",)),
    "hours": ("Orario", ("orari",)),
    "cost": ("Costo (€)", ("costo", "prezzo", "tariffa", "costo eur")),
    "cost_per": ("Costo per", ("unita di costo",)),
    "free": ("Gratuito", ("gratis",)),
    "apply": ("Come iscriversi", ("iscrizione", "iscrizioni")),
    "apply_en": ("Come iscriversi (inglese)", ("iscrizione inglese",)),
}
OTHER_LANGUAGES: dict[str, str] = {
    "ro": "rumeno",
    "sq": "albanese",
    "ar": "arabo",
    "uk": "ucraino",
    "es": "spagnolo",
    "fr": "francese",
}
"""The visitor languages besides Italian and English, named as the template's headers have them:
"Nome (arabo)", "Descrizione (arabo)", "Come iscriversi (arabo)"; "Nome (ar)" is read too."""
TRANSLATED = {"name": "Nome", "description": "Descrizione", "apply": "Come iscriversi"}
"""The text columns with a column per language (key -> the Italian column's header)."""
for _code, _adjective in OTHER_LANGUAGES.items():
    for _key, _header in TRANSLATED.items():
        COLUMNS[f"{_key}_{_code}"] = (f"{_header} ({_adjective})", (f"{_header} {_code}",))
LANGUAGE_NAMES_IT = {"en": "inglese", **OTHER_LANGUAGES}
REQUIRED = ("name", "category", "organization", "comune")
MAX_OFFERINGS = 5_000
"""Rows below the header a sheet may have (blank ones not counted): a kiosk shows a few hundred;
more is a mistake, or a file made to exhaust the kiosk."""
_ALIASES = {
    fold(spelling): key
    for key, (header, others) in COLUMNS.items()
    for spelling in (header, *others)
}
# Offering fields whose validation errors are reported against a column.
_FIELD_COLUMNS = {
    "name": "name",
    "description": "description",
    "url": "website",
    "email": "email",
    "minimum_age": "min_age",
    "maximum_age": "max_age",
    "application_process": "apply",
}


def read_spreadsheet(path: Path, warnings: list[CatalogueWarning]) -> Catalogue:
    """Build a `Catalogue` from a staff spreadsheet (.csv or .xlsx); raise `CatalogueError`.

    At most `MAX_OFFERINGS` rows below the header and `MAX_COLUMNS` columns are read.
    """
    file = str(path)
    try:
        version = f"sheet-{file_checksum(path)[:12]}"
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError as exc:
        raise CatalogueError(file, "", None, f"cannot be read ({exc.strerror})") from None
    with contextlib.closing(read_rows(path, file, warnings)) as rows:
        numbered = ((n, row) for n, row in enumerate(rows, start=1) if not _blank_row(row))
        first = next(numbered, None)
        if first is None:
            raise CatalogueError(
                file,
                "",
                None,
                "the file is empty: it needs a header row and one row per offering "
                "(see the template)",
            )
        header_no, header = first
        columns = _columns(file, header_no, header, warnings)
        body: list[tuple[int, Sequence[Cell]]] = []
        for number, row in numbered:
            if len(body) == MAX_OFFERINGS:
                raise CatalogueError(
                    file,
                    f"row {number:,}",
                    None,
                    f"the sheet has more than {MAX_OFFERINGS:,} offerings (rows below the "
                    f"header), the most a kiosk catalogue may hold: remove past offerings or "
                    "split the file by area",
                )
            body.append((number, row))
    if not body:
        raise CatalogueError(
            file,
            f"row {header_no}",
            None,
            "the file has the header row but no offerings: add one row per offering below it",
        )
    reader = _Sheet(file, columns, warnings)
    if "id" in columns:
        index = columns["id"][0]
        given = (cell_text(row[index]) for _, row in body if index < len(row))
        reader.reserved_ids = {value for value in given if value}
    for number, row in body:
        reader.row(number, row)
    return reader.catalogue(version, mtime)


def _blank_row(row: Sequence[Cell]) -> bool:
    """Every cell blank (the common all-None row is checked at C speed first)."""
    return row.count(None) == len(row) or all(map(blank, row))


def _columns(
    file: str, number: int, header: Sequence[Cell], warnings: list[CatalogueWarning]
) -> dict[str, tuple[int, str]]:
    """Column key -> (index, header as written)."""
    if len(header) > MAX_COLUMNS and not all(map(blank, header[MAX_COLUMNS:])):
        raise CatalogueError(
            file,
            f"row {number}",
            None,
            f"the header row has more than {MAX_COLUMNS} columns (the template uses "
            f"{len(COLUMNS)}): delete the columns after the last one you use",
        )
    columns: dict[str, tuple[int, str]] = {}
    for index, cell in enumerate(header[:MAX_COLUMNS]):
        if blank(cell):
            continue
        label = str(cell).strip()
        key = _ALIASES.get(fold(label))
        if key is None:
            warn(warnings, f"row {number}", label, "unknown column; ignored")
        elif key in columns:
            warn(warnings, f"row {number}", label, f"second '{columns[key][1]}' column; ignored")
        else:
            columns[key] = (index, label)
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in columns]
    if missing:
        names = ", ".join(f"'{name}'" for name in missing)
        plural = "s" if len(missing) > 1 else ""
        raise CatalogueError(
            file,
            f"row {number}",
            None,
            f"required column{plural} {names} missing from the header row (see the template)",
        )
    return columns


# --- one row at a time -----------------------------------------------------------------------


class _Sheet:
    """Accumulates the catalogue sections row by row."""

    def __init__(
        self, file: str, columns: dict[str, tuple[int, str]], warnings: list[CatalogueWarning]
    ) -> None:
        self.file = file
        self.columns = columns
        self.warnings = warnings
        self.number = 0
        self.cells: Sequence[Cell] = ()
        self.offerings: list[Offering] = []
        self.taken_ids: set[str] = set()
        self.reserved_ids: set[str] = set()  # IDs written in the sheet: never generated
        self.organizations: dict[str, Organization] = {}
        self.comuni: dict[str, Comune] = {}
        self.areas: dict[str, Area] = {}
        self.locations: dict[str, Location] = {}
        self.categories: dict[str, Category] = {}
        self.periods: dict[tuple[str, dt.date, dt.date], Period] = {}
        self.period_refs: list[tuple[int, str, int]] = []  # (row, name, offering index)

    # --- cell access -------------------------------------------------------------------------

    @property
    def where(self) -> str:
        return f"row {self.number}"

    def label(self, key: str) -> str:
        return self.columns[key][1] if key in self.columns else COLUMNS[key][0]

    def fail(self, key: str, message: str) -> CatalogueError:
        return CatalogueError(self.file, self.where, self.label(key), message, field_kind="column")

    def note(self, key: str | None, message: str) -> None:
        warn(self.warnings, self.where, self.label(key) if key else None, message)

    def cell(self, key: str) -> Cell:
        if key not in self.columns:
            return None
        index = self.columns[key][0]
        value = self.cells[index] if index < len(self.cells) else None
        return None if blank(value) else value

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = cell_text(self.cell(key))
        if value is None and required:
            raise self.fail(key, "is empty; it is required")
        return value

    def parsed(self, key: str, parse: Callable[[Cell], T]) -> T | None:
        value = self.cell(key)
        if value is None:
            return None
        try:
            return parse(value)
        except ValueError as exc:
            raise self.fail(key, str(exc)) from None

    def texts(self, it_key: str) -> dict[str, str] | None:
        """The column `it_key` and its columns per language ("<key>_en", "<key>_ar"...).

        Without Italian, the English text stands in for it (as before); text in the other
        languages alone is kept as it is, shown with its language's name to the rest.
        """
        it = self.text(it_key)
        result = {"it": it} if it else {}
        for lang in LANGUAGE_NAMES_IT:
            key = f"{it_key}_{lang}"
            value = self.text(key)
            if value:
                result[lang] = value
        if not it and "en" in result:
            self.note(it_key, "only the English text is given; it is shown in every language")
            result["it"] = result["en"]
        elif not it and result:
            self.note(
                it_key,
                "has no Italian text; visitors of the other languages see the "
                + LANGUAGE_NAMES_IT[next(iter(result))]
                + " one, marked with its language",
            )
        return result or None

    def make(self, model: type[M], data: dict[str, object], **columns: str) -> M:
        """Validate `data` as `model`; errors name the row and the column of `columns[field]`."""
        labels = {field: self.label(key) for field, key in columns.items()}
        return build(model, data, self.file, self.where, labels, field_kind="column")

    # --- one row -----------------------------------------------------------------------------

    def row(self, number: int, cells: Sequence[Cell]) -> None:
        self.number, self.cells = number, cells
        name = self.text("name", required=True)
        assert name is not None
        comune = self.comune()
        costs, free = self.costs()
        start, end = self.parsed("start", parse_date), self.parsed("end", parse_date)
        if (start is None) != (end is None):
            raise self.fail(
                "end" if end is None else "start",
                "is empty, but the other date "
                f"('{self.label('start' if end is None else 'end')}') is given",
            )
        if start and end and end < start:
            raise self.fail("end", f"{end:%d/%m/%Y} is before the start date {start:%d/%m/%Y}")
        periods = self.row_periods(start, end)
        min_age = check_age(
            self.parsed("min_age", parse_age),
            minimum=True,
            where=self.where,
            field=self.label("min_age"),
            warnings=self.warnings,
        )
        max_age = check_age(
            self.parsed("max_age", parse_age),
            minimum=False,
            where=self.where,
            field=self.label("max_age"),
            warnings=self.warnings,
        )
        if min_age is not None and max_age is not None and max_age < min_age:
            raise self.fail("max_age", f"{max_age} is below the minimum age {min_age}")
        data: dict[str, object] = {
            "id": self.offering_id(name, comune),
            "organization": self.organization(),
            "name": self.texts("name"),
            "description": self.texts("description"),
            "categories": self.row_categories(),
            "minimum_age": min_age,
            "maximum_age": max_age,
            "periods": periods,
            "locations": [self.location(comune)],
            "schedules": self.schedules(start, end),
            "cost_options": costs,
            "free": free,
            "application_process": self.texts("apply"),
            "url": self.website(),
            "email": self.text("email"),
            "phones": self.phones(),
        }
        self.offerings.append(self.make(Offering, data, **_FIELD_COLUMNS))

    def offering_id(self, name: str, comune: str) -> str:
        given = self.text("id")
        if given is None:
            base = slugify(f"{name} {comune}", 60) or "offerta"
            generated = unique_id(base, self.taken_ids | self.reserved_ids)
            self.taken_ids.add(generated)
            return generated
        if not is_valid_id(given):
            fixed = slugify(given) or "offerta"
            self.note(
                "id", f"{given!r} has characters that are not allowed in an ID; {fixed!r} is used"
            )
            given = fixed
        if given in self.taken_ids:
            raise self.fail("id", f"{given!r} is already used by another row")
        self.taken_ids.add(given)
        return given

    def organization(self) -> str:
        name = self.text("organization", required=True)
        assert name is not None
        oid = slugify(name) or "ente-" + short_hash(name)
        if oid not in self.organizations:
            self.organizations[oid] = self.make(
                Organization, {"id": oid, "name": name}, name="organization"
            )
        return oid

    def comune(self) -> str:
        name = self.text("comune", required=True)
        assert name is not None
        cid = slugify(name) or "comune-" + short_hash(name)
        area_name = self.text("area")
        area = slugify(area_name) if area_name else None
        if area_name and area:
            self.areas.setdefault(
                area, self.make(Area, {"id": area, "name": area_name}, name="area")
            )
        known = self.comuni.get(cid)
        if known is None or (known.area is None and area):
            data: dict[str, object] = {"id": cid, "name": known.name if known else name}
            self.comuni[cid] = self.make(Comune, {**data, "area": area}, name="comune")
        elif area and known.area != area:
            self.note(
                "area", f"{name} is already in the area '{known.area}'; '{area_name}' is ignored"
            )
        return cid

    def location(self, comune: str) -> str:
        street = self.text("address")
        lid = "loc-" + (slugify(f"{comune} {street}", 100) if street else comune)
        if lid not in self.locations:
            address = self.make(
                Address,
                {"address_1": street or "", "comune": comune, "postal_code": self.postal_code()},
                address_1="address",
                postal_code="postal_code",
            )
            self.locations[lid] = Location(id=lid, address=address)
        return lid

    def postal_code(self) -> str | None:
        value = self.cell("postal_code")
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(int(value)).zfill(5)  # Excel drops the leading zero of e.g. 00100
        return self.text("postal_code")

    def row_categories(self) -> list[str]:
        text = self.text("category", required=True)
        assert text is not None
        found: list[str] = []
        for item in filter(None, (part.strip() for part in re.split(r"[;,]", text))):
            cid = match_category(item)
            if cid is None:
                self.note(
                    "category",
                    f"unknown category {item!r}; the offering is listed "
                    f"under '{FALLBACK_CATEGORY}'",
                )
                cid = FALLBACK_CATEGORY
            self.categories.setdefault(cid, category_for(cid))
            if cid not in found:
                found.append(cid)
        return found

    def costs(self) -> tuple[list[CostOption], bool]:
        amount = self.parsed("cost", parse_amount)
        free = self.parsed("free", parse_bool)
        if free and amount:
            self.note("free", f"marked as free but the cost is {amount:g} €; both are kept")
        if not amount:
            return [], free if free is not None else amount == 0
        per = self.text("cost_per")
        option = cost_unit(per) if per else None
        cost = self.make(
            CostOption, {"amount": amount, "option": option}, amount="cost", option="cost_per"
        )
        return [cost], bool(free)

    def schedules(self, start: dt.date | None, end: dt.date | None) -> list[Schedule]:
        days_text = self.text("days")
        days = parse_days(days_text) if days_text else []
        if days is None:
            self.note("days", f"{days_text!r} is not understood (write e.g. lun-ven); kept as text")
        hours = self.parsed("hours", parse_hours) or []
        if not (days_text or hours or start):
            return []
        base: dict[str, object] = {
            "byday": days or [],
            "valid_from": start,
            "valid_to": end,
            "description": {"it": days_text} if days is None else None,
        }
        ranges: list[tuple[dt.time | None, dt.time | None]] = [*hours] or [(None, None)]
        return [
            self.make(Schedule, {**base, "opens_at": o, "closes_at": c}, description="days")
            for o, c in ranges
        ]

    def row_periods(self, start: dt.date | None, end: dt.date | None) -> list[str]:
        text = self.text("periods")
        if not text:
            return []
        ids: list[str] = []
        for item in filter(None, (part.strip() for part in re.split(r"[;,](?![^()]*\))", text))):
            name, first, last = item, start, end
            if inline := re.search(r"\(([^)]*)\)\s*$", item):
                dates = DATE_TOKEN.findall(inline.group(1))
                if len(dates) != 2:
                    raise self.fail(
                        "periods", f"{item!r}: write the dates as (dd/mm/yyyy-dd/mm/yyyy)"
                    )
                try:
                    first, last = parse_date(dates[0]), parse_date(dates[1])
                except ValueError as exc:
                    raise self.fail("periods", str(exc)) from None
                if last < first:
                    raise self.fail("periods", f"{item!r} ends before it starts")
                name = item[: inline.start()].strip() or item
            if first is None or last is None:
                self.period_refs.append((self.number, name, len(self.offerings)))
                continue
            ids.append(self.period(name, first, last))
        return ids

    def period(self, name: str, start: dt.date, end: dt.date) -> str:
        key = (fold(name), start, end)
        if key not in self.periods:
            taken = {p.id for p in self.periods.values()}
            pid = slugify(name) or "periodo"
            pid = unique_id(pid if pid not in taken else f"{pid}-{start:%Y%m%d}", taken)
            summer = any(w in fold(name) for w in ("estat", "estiv", "summer"))
            self.periods[key] = self.make(
                Period,
                {
                    "id": pid,
                    "name": name,
                    "start": start,
                    "end": end,
                    "kind": "summer" if summer else "closure",
                },
                name="periods",
            )
        return self.periods[key].id

    def website(self) -> str | None:
        url = self.text("website")
        if url and not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.IGNORECASE):
            url = "https://" + url
        return url

    def phones(self) -> list[Phone]:
        value = self.cell("phone")
        if value is None:
            return []
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.note(
                "phone",
                "the number is stored as a number, so a leading 0 may be lost; "
                "format the column as text",
            )
        phones: list[Phone] = []
        for number in filter(None, (p.strip() for p in re.split(r"[;/]", cell_text(value) or ""))):
            if len(re.sub(r"\D", "", number)) < 3:
                self.note("phone", f"{number!r} is not a phone number; ignored")
                continue
            phones.append(self.make(Phone, {"number": number}, number="phone"))
        return phones

    # --- the whole sheet ---------------------------------------------------------------------

    def catalogue(self, version: str, updated_at: dt.datetime) -> Catalogue:
        self.resolve_period_refs()
        return build(
            Catalogue,
            {
                "version": version,
                "updated_at": updated_at,
                "areas": list(self.areas.values()),
                "comuni": list(self.comuni.values()),
                "categories": sorted(self.categories.values(), key=lambda c: c.order),
                "periods": sorted(self.periods.values(), key=lambda p: (p.start, p.id)),
                "organizations": list(self.organizations.values()),
                "locations": list(self.locations.values()),
                "offerings": self.offerings,
            },
            self.file,
            "",
        )

    def resolve_period_refs(self) -> None:
        """Periods named without dates refer to a period given with dates in another row."""
        by_name = {fold(p.name["it"]): p.id for p in self.periods.values()}
        by_name.update({p.id: p.id for p in self.periods.values()})
        for number, name, index in self.period_refs:
            pid = by_name.get(fold(name)) or by_name.get(name)
            offering = self.offerings[index]
            if pid is None:
                warn(
                    self.warnings,
                    f"row {number}",
                    self.label("periods"),
                    f"period {name!r} "
                    "has no dates here or in another row (fill 'Dal' and 'Al'); ignored",
                )
            elif pid not in offering.periods:
                offering.periods.append(pid)
