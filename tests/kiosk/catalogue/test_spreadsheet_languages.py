"""The spreadsheet's column group per visitor language ("Nome (arabo)", "Descrizione (arabo)",
"Come iscriversi (arabo)"...) fills the multilingual fields; a real `pitstop catalogue import`
stores them; the shipped template carries all eight languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.catalogue.spreadsheet.rows import OTHER_LANGUAGES
from tests import ROOT
from tests.kiosk.catalogue.test_spreadsheet import TEMPLATES, read, sheet, write_csv, write_xlsx
from tests.kiosk.test_cli_catalogue import pitstop

ARABIC = {
    "Nome (arabo)": "مخيم عيد الميلاد",
    "Descrizione (arabo)": "ألعاب وورش.",
    "Come iscriversi (arabo)": "التسجيل عبر الإنترنت.",
}
EVERY: dict[str, object] = {
    **{"Nome (inglese)": "Christmas campus", "Descrizione (inglese)": "Games"},
    **{"Come iscriversi": "Online", "Come iscriversi (inglese)": "Online"},
    "Descrizione": "Giochi",
    **ARABIC,
    **{"Nome (ucraino)": "Різдвяний табір", "Nome (ro)": "Tabără de Crăciun"},
    **{"nome spagnolo": "Campamento", "NOME (FRANCESE)": "Centre de Noël"},
    **{"Nome (albanese)": "Kamp", "Descrizione (albanese)": ""},
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_language_columns_fill_the_multilingual_fields(tmp_path: Path, suffix: str) -> None:
    rows = sheet(EVERY)
    path = tmp_path / f"lingue{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(path, rows)
    catalogue, warnings = read(path)
    assert warnings == []
    (o,) = catalogue.offerings
    assert o.name == {
        "it": "Campus",
        "en": "Christmas campus",
        "ro": "Tabără de Crăciun",
        "sq": "Kamp",
        "ar": "مخيم عيد الميلاد",
        "uk": "Різдвяний табір",
        "es": "Campamento",
        "fr": "Centre de Noël",
    }
    # an empty cell is no text in that language (the kiosk shows Italian there, marked)
    assert o.description == {"it": "Giochi", "en": "Games", "ar": "ألعاب وورش."}
    assert o.application_process == {"it": "Online", "en": "Online", "ar": "التسجيل عبر الإنترنت."}


def test_text_in_another_language_only_is_kept_and_noted(tmp_path: Path) -> None:
    catalogue, warnings = read(
        write_csv(tmp_path / "c.csv", sheet({"Descrizione (arabo)": "ألعاب وورش."}))
    )
    (o,) = catalogue.offerings
    assert o.description == {"ar": "ألعاب وورش."}  # not passed off as Italian
    assert [(w.field, w.message) for w in warnings] == [
        (
            "Descrizione",
            "has no Italian text; visitors of the other languages see the arabo one, "
            "marked with its language",
        )
    ]


def test_english_only_still_stands_in_for_italian(tmp_path: Path) -> None:
    catalogue, warnings = read(
        write_csv(
            tmp_path / "c.csv",
            sheet({"Descrizione (inglese)": "Games", "Descrizione (arabo)": "ألعاب"}),
        )
    )
    (o,) = catalogue.offerings
    assert o.description == {"it": "Games", "en": "Games", "ar": "ألعاب"}
    assert [w.field for w in warnings] == ["Descrizione"]


def test_a_second_column_for_one_language_is_ignored_with_a_warning(tmp_path: Path) -> None:
    rows = [
        ["Nome", "Categoria", "Ente", "Comune", "Nome (arabo)", "Nome (ar)"],
        ["Campus", "Campus vacanze", "Coop", "Legnano", "الأول", "الثاني"],
    ]
    catalogue, warnings = read(write_csv(tmp_path / "c.csv", rows))
    assert catalogue.offerings[0].name["ar"] == "الأول"
    assert [(w.field, w.message) for w in warnings] == [
        ("Nome (ar)", "second 'Nome (arabo)' column; ignored")
    ]


def test_an_overlong_translation_names_the_row_and_column(tmp_path: Path) -> None:
    from kiosk.catalogue.errors import CatalogueError

    path = write_csv(tmp_path / "c.csv", sheet({"Nome (arabo)": "ب" * 20_001}))
    with pytest.raises(CatalogueError) as caught:
        read(path)
    message = str(caught.value)
    assert "row 2" in message and "Nome" in message


def test_the_template_has_a_column_group_per_language() -> None:
    catalogue, warnings = read(TEMPLATES / "catalogo-modello.xlsx")
    assert warnings == []
    for o in catalogue.offerings:
        assert set(o.name) == {"it", "en", *OTHER_LANGUAGES}
        assert o.description is not None and set(o.description) == {"it", "en", *OTHER_LANGUAGES}
    docs = (ROOT / "docs" / "spreadsheet-template.md").read_text("utf-8")
    assert "`Nome (arabo)`" in docs


def test_pitstop_catalogue_import_stores_every_language(tmp_path: Path) -> None:
    """The real command line: the languages reach the kiosk's database and its export."""
    sheet_file = write_csv(tmp_path / "lingue.csv", sheet(EVERY))
    home = tmp_path / "home"
    done = pitstop(home, "catalogue", "import", str(sheet_file))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "export.json"
    done = pitstop(home, "catalogue", "export", str(out))
    assert done.returncode == 0, done.stderr
    (offering,) = json.loads(out.read_text("utf-8"))["offerings"]
    assert offering["name"]["ar"] == "مخيم عيد الميلاد"
    assert offering["name"]["uk"] == "Різдвяний табір"
    assert offering["application_process"]["ar"] == "التسجيل عبر الإنترنت."
