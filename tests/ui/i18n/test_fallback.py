"""Catalogue text falls back per field to Italian, with a small "in Italian" mark in the
visitor's language: on the detail page and on the result cards (ui/vm/detail.py, results.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalogue.importer import import_file
from kiosk.db.engine import open_database
from kiosk.paths import database_path
from tests import ROOT
from tests.ui.qmlhelpers import find, items, wait_for
from ui.translations import Translations
from ui.vm import fmt

ITALIAN_ONLY = "mark-it-only"
EVERY_LANGUAGE = "mark-all"
MARKS = {
    "it": "",
    "en": "in Italian",
    "ar": "بالإيطالية",
    "uk": "італійською",
    "ro": "în italiană",
}


@pytest.fixture
def marked_home(demo_home: Path, tmp_path: Path) -> Path:
    """The demo catalogue plus two offerings: one named in Italian only, one in all eight."""
    doc: dict[str, Any] = json.loads((ROOT / "assets/demo/catalogue.json").read_text("utf-8"))
    first = doc["offerings"][0]
    only_it = dict(first, id=ITALIAN_ONLY)
    only_it["name"] = {"it": "Solo in italiano"}
    only_it["description"] = {"it": "Descrizione solo in italiano."}
    only_it["application_process"] = {"it": "Iscrizioni in segreteria."}
    everywhere = dict(first, id=EVERY_LANGUAGE)
    everywhere["name"] = {code: f"Nome {code}" for code in MARKS | {"sq": "", "es": "", "fr": ""}}
    everywhere["description"] = dict(everywhere["name"])
    doc["offerings"] = [only_it, everywhere]
    path = tmp_path / "marked.json"
    path.write_text(json.dumps(doc), "utf-8")
    engine = open_database(database_path(demo_home))
    try:
        import_file(engine, path)
    finally:
        engine.dispose()
    return demo_home


def test_the_mark_says_which_language_the_text_is_in(qapp: object) -> None:
    translations = Translations()
    try:
        for lang, mark in MARKS.items():
            translations.apply(lang)
            assert fmt.fallback_mark({"it": "Ciao"}, lang) == mark
            assert fmt.fallback_mark({"it": "Ciao", lang: "x"}, lang) == ""
            # an empty text in the visitor's language counts as missing, like pick() has it
            assert fmt.fallback_mark({"it": "Ciao", lang: ""}, lang) == mark
        translations.apply("ar")
        assert fmt.fallback_mark({"en": "Hello"}, "ar") == "English"  # no Italian: named in itself
        assert fmt.fallback_mark(None, "ar") == fmt.fallback_mark({}, "ar") == ""
        assert fmt.with_mark("Natale", "x") == "\u2068Natale\u2069 (x)"
        assert fmt.with_mark("Natale", "") == "Natale"
    finally:
        translations.remove()


@pytest.mark.parametrize("lang", ["ar", "uk", "en"])
def test_detail_and_cards_mark_each_field_that_falls_back(
    make_kiosk: Callable[..., Any], marked_home: Path, lang: str
) -> None:
    kiosk = make_kiosk(lang=lang)
    detail = kiosk.detail
    assert detail.load(ITALIAN_ONLY)
    assert detail.text("name") == "Solo in italiano"
    assert detail.text("nameMark") == MARKS[lang]
    assert detail.text("descriptionMark") == MARKS[lang]
    assert detail.text("howToEnrol") == f"\u2068Iscrizioni in segreteria.\u2069 ({MARKS[lang]})"
    assert detail.load(EVERY_LANGUAGE)
    assert detail.text("name") == f"Nome {lang}"
    assert detail.text("nameMark") == detail.text("descriptionMark") == ""

    rows = {str(r["key"]): r for r in kiosk.results.model.rows()}
    assert rows[ITALIAN_ONLY]["nameMark"] == MARKS[lang]
    assert rows[EVERY_LANGUAGE]["nameMark"] == ""

    window = kiosk.window
    kiosk.navigator.push("home")
    kiosk.navigator.push("results")
    wait_for(window, "results")
    marks = items(window, "results.itemMark")
    assert len(marks) == 1, "only the Italian-only card carries the mark"
    assert marks[0].property("text") == MARKS[lang]
    assert detail.load(ITALIAN_ONLY)
    kiosk.navigator.push("detail")
    wait_for(window, "detail")
    assert find(window, "detail.nameMark").property("text") == MARKS[lang]
    assert find(window, "detail.descriptionMark").isVisible()


def test_no_mark_in_italian(make_kiosk: Callable[..., Any], marked_home: Path) -> None:
    kiosk = make_kiosk(lang="it")
    assert kiosk.detail.load(ITALIAN_ONLY)
    assert kiosk.detail.text("nameMark") == ""
    assert all(r["nameMark"] == "" for r in kiosk.results.model.rows())
    kiosk.navigator.push("home")
    kiosk.navigator.push("results")
    wait_for(kiosk.window, "results")
    assert items(kiosk.window, "results.itemMark") == []
