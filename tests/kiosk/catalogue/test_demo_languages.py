"""The bundled demo catalogue speaks the eight visitor languages: offering names and short
descriptions, categories, periods, areas and its title (assets/demo/make_demo_catalogue.py)."""

from __future__ import annotations

import json
import re
from typing import Any

from kiosk.catalogue.importer import load_file
from kiosk.settings import UI_LANGUAGES
from tests import ROOT

DEMO = ROOT / "assets" / "demo" / "catalogue.json"
SCRIPTS = {"ar": re.compile(r"[\u0600-\u06ff]"), "uk": re.compile(r"[\u0400-\u04ff]")}


def demo() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DEMO.read_text("utf-8"))
    return loaded


def test_every_offering_has_a_name_and_description_in_every_language() -> None:
    offerings = demo()["offerings"]
    assert offerings
    for o in offerings:
        for field in ("name", "description"):
            text = o[field]
            assert set(text) == set(UI_LANGUAGES), (o["id"], field)
            assert all(value.strip() for value in text.values()), (o["id"], field)
            for lang, script in SCRIPTS.items():
                # written in the language's script, not a copy of the Italian or English
                assert script.search(text[lang]) or "Family Pit Stop" in text[lang], (o["id"], lang)
        # the town stays as it is written in every language
        if " – " in o["name"]["it"]:
            town = o["name"]["it"].rpartition(" – ")[2]
            assert all(v.endswith(f" – {town}") for v in o["name"].values()), o["id"]


def test_categories_periods_areas_and_title_in_every_language() -> None:
    doc = demo()
    texts = [doc["title"]] + [
        x["name"] for key in ("categories", "periods", "areas") for x in doc[key]
    ]
    for text in texts:
        assert set(text) == set(UI_LANGUAGES), text


def test_the_demo_catalogue_still_validates() -> None:
    loaded = load_file(DEMO)
    assert loaded.warnings == []
    assert loaded.catalogue.offerings[0].name["ar"]
