"""The screens' catalogues (visitor, intake, staff): built by `make translations`, never at runtime."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from tests import ROOT
from ui import translations


@pytest.mark.parametrize("name", translations.CATALOGUES)
def test_missing_qm_is_not_compiled_at_runtime_and_is_logged(
    name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = ROOT / "ui" / "i18n" / f"{name}_it.ts"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    with caplog.at_level(logging.WARNING):
        assert translations.compiled_catalogue(name, "it", tmp_path) is None
    assert not (tmp_path / f"{name}_it.qm").exists()  # nothing ran pyside6-lrelease
    assert f"{name}_it.qm is missing" in caplog.text and "make translations" in caplog.text


def test_every_catalogue_is_installed_for_italian(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    applied = translations.Translations()
    applied.apply("it")
    try:
        assert QCoreApplication.translate("", "Staff mode") == "Modalità operatore"
        assert QCoreApplication.translate("IntakePage", "Next") != "Next"
    finally:
        applied.remove()
    assert QCoreApplication.translate("", "Staff mode") == "Staff mode"


def test_make_translations_builds_every_catalogue_the_screens_load() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^TS\s*:=\s*\$\(wildcard ui/i18n/\*\.ts\)", makefile, re.M)
    assert re.search(r"^translations:.*\$\(QM\)", makefile, re.M)
    names = {p.name for p in (ROOT / "ui" / "i18n").glob("*.ts")}
    assert {f"{name}_it.ts" for name in translations.CATALOGUES} <= names
