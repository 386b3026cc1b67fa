"""Locale-aware wording for catalogue values (dates, ages, money) in the current UI language.

Strings go through QCoreApplication.translate (context "Format"), so they follow the translator
installed for the chosen language; numbers and dates follow QLocale of that language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.settings import LANGUAGE_NAMES

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def tr(source: str, n: int = -1) -> str:
    return QCoreApplication.translate("Format", source, None, n)


LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬", "0123456789,.")
"""Arabic-Indic digits and separators -> Latin ones. Arabic screens use Latin digits throughout:
the common choice for Arabic in Europe (and in the Maghreb), and the digits of the phone numbers,
times, postal codes and years the catalogue text carries, which are never converted; QLocale("ar")
alone would write dates and amounts in Arabic-Indic digits beside them (docs/translations.md)."""


def latin_digits(text: str) -> str:
    return text.translate(LATIN_DIGITS)


def locale(lang: str) -> QLocale:
    return QLocale(lang)


def _date(value: dt.date, lang: str, pattern: str) -> str:
    q_date = QDate(value.year, value.month, value.day)
    return latin_digits(locale(lang).toString(q_date, pattern))


def date(value: dt.date, lang: str) -> str:
    return _date(value, lang, "d MMMM yyyy")


def short_date(value: dt.date, lang: str) -> str:
    return _date(value, lang, "d MMM")


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """'7–8 December 2026', '23 Dec – 6 Jan 2027' or a single day."""
    if start == end:
        return date(start, lang)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{_date(end, lang, 'd MMMM yyyy')}"
    if start.year == end.year:
        return f"{_date(start, lang, 'd MMM')} – {_date(end, lang, 'd MMM yyyy')}"
    return f"{_date(start, lang, 'd MMM yyyy')} – {_date(end, lang, 'd MMM yyyy')}"


def ages(minimum: int | None, maximum: int | None) -> str:
    if minimum is None and maximum is None:
        return QCoreApplication.translate("Format", "All ages")
    if minimum is None or minimum == 0:
        return QCoreApplication.translate(
            "Format", "Up to %n year(s)", None, maximum if maximum is not None else 0
        )
    if maximum is None:
        return QCoreApplication.translate("Format", "From %n year(s)", None, minimum)
    if minimum == maximum:
        return QCoreApplication.translate("Format", "%n year(s) old", None, minimum)
    return (
        QCoreApplication.translate("Format", "%1–%2 years")
        .replace("%1", str(minimum))
        .replace("%2", str(maximum))
    )


def money(amount: float, lang: str, currency: str = "EUR") -> str:
    symbol = "€" if currency == "EUR" else currency
    precision = 0 if float(amount).is_integer() else 2
    return latin_digits(locale(lang).toCurrencyString(float(amount), symbol, precision))


def cost(free: bool, min_cost: float | None, lang: str) -> str:
    if free or min_cost == 0:
        return QCoreApplication.translate("Format", "Free of charge")
    if min_cost is None:
        return QCoreApplication.translate("Format", "Cost: ask the provider")
    return QCoreApplication.translate("Format", "From %1").replace("%1", money(min_cost, lang))


FALLBACK_LANGUAGE = "it"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` between FSI and PDI: a name in another script keeps its own direction inside an
    Arabic sentence (and Arabic inside a Latin one); cannot help text that is split by hand."""
    return f"{FSI}{text}{PDI}" if text else ""


def ltr(text: str) -> str:
    """`text` between LRI and PDI: a phone number, an e-mail or a web address keeps its
    left-to-right order in an Arabic line ("+39 0331 555 310", not "310 555 0331 39+")."""
    return f"{LRI}{text}{PDI}" if text else ""


def fallback_mark(value: dict[str, str] | None, lang: str) -> str:
    """'' when `value` has text in `lang`; else the visitor's words saying which language the
    shown text is in ("in Italian", the fallback, or the language's own name for any other).

    Mirrors kiosk.catalogue.browse.pick's order (lang, Italian, the first one); it cannot tell
    whether the text of another language happens to be the same words as the visitor's.
    """
    if not value or value.get(lang):
        return ""
    if value.get(FALLBACK_LANGUAGE):
        return QCoreApplication.translate("Format", "in Italian")
    other = next((code for code, text in value.items() if text), "")
    names: dict[str, str] = {str(code): name for code, name in LANGUAGE_NAMES.items()}
    return names.get(other, other)


def with_mark(text: str, mark: str) -> str:
    """`text (mark)` for a line of a list, with the text isolated; `text` alone without a mark."""
    if not mark or not text:
        return text
    return f"{isolate(text)} ({mark})"


def number(value: int, lang: str) -> str:
    return latin_digits(locale(lang).toString(value))


def day_names(codes: list[str], lang: str) -> str:
    """'Mon–Fri' style list of ICS day codes in the language."""
    loc = locale(lang)
    idx = [DAYS.index(c) + 1 for c in codes if c in DAYS]
    if not idx:
        return ""
    names = [loc.dayName(i, QLocale.FormatType.ShortFormat) for i in idx]
    if len(idx) >= 3 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{names[0]}–{names[-1]}"
    return ", ".join(names)


def updated_on(value: dt.datetime, lang: str) -> str:
    return QCoreApplication.translate("Format", "Updated on %1").replace(
        "%1", date(value.date(), lang)
    )
