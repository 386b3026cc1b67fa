"""Cell parsers of the staff spreadsheet: dates, euros, ages, yes/no, days, hours, cost units.

A parser takes a raw cell (see `Cell`) and raises `ValueError` with a message for the user; the
caller adds the row and the column.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kiosk.catalogue.normalize import FREE_WORDS, fold
from kiosk.catalogue.schema import WEEKDAYS

Cell = object
"""A cell value: str from CSV; str, int, float, bool, datetime, date, time or None from XLSX."""

_DAYS = {
    "lunedi": "MO",
    "martedi": "TU",
    "mercoledi": "WE",
    "giovedi": "TH",
    "venerdi": "FR",
    "sabato": "SA",
    "domenica": "SU",
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
_EVERY_DAY = ("tutti i giorni", "ogni giorno", "tutti", "7 su 7", "sempre")
_COST_PER = {  # after `fold`, without "al", "per"...
    "giorno": ("al giorno", "per day"),
    "giornata": ("al giorno", "per day"),
    "mezza giornata": ("a mezza giornata", "per half day"),
    "settimana": ("a settimana", "per week"),
    "mese": ("al mese", "per month"),
    "ora": ("all'ora", "per hour"),
    "anno": ("all'anno", "per year"),
    "turno": ("a turno", "per session"),
    "pasto": ("a pasto", "per meal"),
    "periodo": ("per il periodo", "for the whole period"),
    "iscrizione": ("iscrizione", "enrolment fee"),
    "ingresso": ("a ingresso", "per visit"),
}
_TRUE = ("si", "s", "yes", "y", "x", "vero", "true", "1")
_FALSE = ("no", "n", "falso", "false", "0")
DATE_TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_HOURS = re.compile(
    r"^(?:dalle\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|alle|a)\s*"
    r"(\d{1,2})(?:[:.](\d{2}))?$"
)


def blank(cell: Cell) -> bool:
    """Empty, or only spaces."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def cell_text(cell: Cell) -> str | None:
    """The cell as the user sees it: 6.0 is '6', a midnight datetime is its date; None if blank."""
    if blank(cell):
        return None
    if isinstance(cell, bool):
        return "sì" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat()
    return str(cell).strip()


def parse_date(cell: Cell) -> dt.date:
    """dd/mm/yyyy (or dd.mm.yy), ISO yyyy-mm-dd, an Excel date or an Excel day number."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 1 <= cell < 2958466:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(cell))
    text = str(cell).strip()
    try:
        if match := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T][\d:.]+)?", text):
            return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a valid date (write it as dd/mm/yyyy)")


def parse_age(cell: Cell) -> int:
    if (
        isinstance(cell, int | float)
        and not isinstance(cell, bool)
        and cell >= 0
        and float(cell).is_integer()
    ):
        return int(cell)
    text = str(cell).strip()
    if match := re.fullmatch(r"(\d{1,3})(\s*anni?)?", text.casefold()):
        return int(match.group(1))
    raise ValueError(f"{text!r} is not an age (write a whole number of years, e.g. 6)")


def parse_amount(cell: Cell) -> float:
    """Euros: 35 / 35,50 / 1.200,00 / € 35; 'gratuito' is 0."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        amount = float(cell)
    else:
        text = str(cell).strip()
        folded = fold(text)
        if folded in FREE_WORDS:
            return 0.0
        number = re.sub(r"(?i)\s|€|eur(o)?", "", text)
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", number) or "," in number:
            number = number.replace(".", "").replace(",", ".")
        try:
            amount = float(number)
        except ValueError:
            raise ValueError(f"{text!r} is not an amount in euros (e.g. 25 or 25,50)") from None
    if not 0 <= amount <= 100_000:
        raise ValueError(f"{amount:g} is not a valid amount in euros")
    return amount


def parse_bool(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    folded = fold(str(cell))
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(f"{str(cell).strip()!r} is not 'sì' or 'no'")


def parse_days(text: str) -> list[str] | None:
    """'lun-ven', 'lun, mer e ven', 'da lunedì a venerdì', 'tutti i giorni'; None if unclear."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    ).strip()
    if plain in _EVERY_DAY:
        return list(WEEKDAYS)
    plain = re.sub(r"^(dal|da)\s+", "", plain)
    plain = re.sub(r"\s+(al|a|fino a)\s+|\s*[-–]\s*", "-", plain)
    days: list[str] = []
    for token in re.split(r"[\s,;/+&]+", plain):
        if token in ("", "e", "ed"):
            continue
        ends = [_day(part) for part in token.split("-")]
        if len(ends) > 2 or None in ends:
            return None
        first, last = WEEKDAYS.index(ends[0] or ""), WEEKDAYS.index(ends[-1] or "")
        for offset in range((last - first) % 7 + 1):
            day = WEEKDAYS[(first + offset) % 7]
            if day not in days:
                days.append(day)
    return sorted(days, key=WEEKDAYS.index) or None


def _day(word: str) -> str | None:
    word = word.rstrip(".")
    if len(word) < 3:
        return None
    return next((code for name, code in _DAYS.items() if name.startswith(word)), None)


def parse_hours(cell: Cell) -> list[tuple[dt.time, dt.time | None]]:
    """'8:00-16:30', '8.30-12.30, 14-18', 'dalle 9 alle 12'; an Excel time is an opening time."""
    if isinstance(cell, dt.time):
        return [(cell, None)]
    text = str(cell).strip()
    ranges: list[tuple[dt.time, dt.time | None]] = []
    for part in re.split(r"\s*(?:[,;/]|\be\b)\s*", text.casefold()):
        match = _HOURS.fullmatch(part.strip())
        if not match:
            raise ValueError(f"{text!r} is not an opening time (write e.g. 8:00-16:30)")
        h1, m1, h2, m2 = (int(g or 0) for g in match.groups())
        try:
            opens = dt.time(h1, m1)
            closes = dt.time(23, 59) if (h2, m2) == (24, 0) else dt.time(h2, m2)
        except ValueError:
            raise ValueError(f"{text!r} contains an impossible time") from None
        if closes <= opens:
            raise ValueError(f"{text!r}: the closing time is not after the opening time")
        ranges.append((opens, closes))
    return ranges


def cost_unit(text: str) -> dict[str, str]:
    """'al giorno', 'settimana', 'per turno' -> Italian and English; other text is kept as it is."""
    key = re.sub(r"^(al|alla|allo|all|a|per|ogni)\s+", "", fold(text))
    it, en = _COST_PER.get(key, (text, ""))
    return {"it": it, "en": en} if en else {"it": it}
