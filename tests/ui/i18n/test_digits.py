"""Arabic screens write numbers with Latin digits everywhere (dates, amounts, ages, counts), never
mixing them with Arabic-Indic ones (ui/vm/fmt.py; docs/translations.md, "Dates and numbers")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from ui.vm import fmt

ARABIC_INDIC = re.compile(r"[\u0660-\u066c\u06f0-\u06f9]")


@pytest.mark.parametrize("lang", ["ar", "it", "uk", "ro"])
def test_formatted_values_use_latin_digits(qapp: object, lang: str) -> None:
    values = [
        fmt.date(dt.date(2026, 12, 23), lang),
        fmt.short_date(dt.date(2026, 12, 23), lang),
        fmt.date_range(dt.date(2026, 12, 23), dt.date(2027, 1, 6), lang),
        fmt.date_range(dt.date(2026, 12, 7), dt.date(2026, 12, 8), lang),
        fmt.date_range(dt.date(2026, 11, 2), dt.date(2026, 12, 8), lang),
        fmt.money(1225.5, lang),
        fmt.money(30, lang),
        fmt.number(12345, lang),
        fmt.updated_on(dt.datetime(2026, 11, 20, 9), lang),
    ]
    assert not [v for v in values if ARABIC_INDIC.search(v)]
    assert "23" in values[0] and "2026" in values[0]
    assert "1" in values[5] and "225" in values[5] and "50" in values[5] and "€" in values[5]


def test_arabic_keeps_its_month_names(qapp: object) -> None:
    assert fmt.date(dt.date(2026, 12, 23), "ar") == "23 ديسمبر 2026"
    assert fmt.latin_digits("٢٣ ديسمبر ٢٠٢٦ · ١٬٢٢٥٫٥٠") == "23 ديسمبر 2026 · 1.225,50"


def test_no_arabic_indic_digit_on_the_arabic_detail_and_results(
    make_kiosk: Callable[..., Any],
) -> None:
    kiosk = make_kiosk(lang="ar")
    kiosk.results.setCategory("campus-vacanze")
    rows = kiosk.results.model.rows()
    assert rows
    texts = [str(v) for row in rows for v in row.values()]
    assert kiosk.detail.load(str(rows[0]["key"]))
    names = ["name", "description", "ages", "cost", "howToEnrol"]
    texts += [kiosk.detail.text(n) for n in names]
    for name in ("when", "places", "costs", "contacts"):
        texts += list(kiosk.detail.property(name))
    assert any(re.search(r"\d", t) for t in texts)
    assert [t for t in texts if ARABIC_INDIC.search(t)] == []
