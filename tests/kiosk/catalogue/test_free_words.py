"""The words meaning "free of charge": one list, read alike by the HSDS and spreadsheet importers."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.hsds import read_hsds
from kiosk.catalogue.normalize import FREE_WORDS, fold
from kiosk.catalogue.schema import Offering
from kiosk.catalogue.spreadsheet import parse_amount, read_spreadsheet

SAMPLE = Path(__file__).parent / "data" / "hsds_services_page.json"
SPELLINGS = [*FREE_WORDS, "Gratis", "GRATUITO", "Nessun costo", "Free of charge", "  gratuita  "]


def from_hsds(fees: str) -> Offering:
    page = json.loads(SAMPLE.read_text(encoding="utf-8"))
    service = copy.deepcopy(page["contents"][0])
    service["cost_options"] = []
    service["fees_description"] = fees
    return read_hsds(Path("servizi.json"), [service], []).offerings[0]


def from_spreadsheet(tmp_path: Path, cost: str) -> Offering:
    path = tmp_path / "sheet.csv"
    path.write_text(
        f"Nome;Categoria;Ente;Comune;Costo (€)\nCampus;Campus vacanze;Coop;Legnano;{cost}\n",
        encoding="utf-8",
    )
    return read_spreadsheet(path, []).offerings[0]


def test_the_words_are_stored_as_fold_leaves_them() -> None:
    assert all(fold(word) == word for word in FREE_WORDS)
    assert {"gratis", "nessun costo", "free of charge", "gratuiti"} <= set(FREE_WORDS)


@pytest.mark.parametrize("word", SPELLINGS)
def test_both_importers_read_a_free_word_as_free(tmp_path: Path, word: str) -> None:
    hsds = from_hsds(word)
    sheet = from_spreadsheet(tmp_path, word)
    assert parse_amount(word) == 0
    assert (hsds.free, hsds.cost_options) == (True, [])
    assert (sheet.free, sheet.cost_options) == (True, [])


@pytest.mark.parametrize("text", ["gratis il sabato", "quota libera"])
def test_other_words_are_not_free_in_either(tmp_path: Path, text: str) -> None:
    assert from_hsds(text).free is False
    with pytest.raises(CatalogueError, match="not an amount"):
        from_spreadsheet(tmp_path, text)
