"""The intake and staff screens' catalogues: built by `make translations`, never at runtime."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from types import ModuleType

import pytest

import ui.vm.intake as intake_vm
import ui.vm.staff as staff_vm

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("module", "name"), [(staff_vm, "staff"), (intake_vm, "intake")])
def test_missing_qm_is_not_compiled_at_runtime_and_is_logged(
    module: ModuleType, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    source = ROOT / "ui" / "i18n" / f"{name}_it.ts"
    (tmp_path / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(module, "I18N", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert module._compiled("it") is None
    assert not (tmp_path / f"{name}_it.qm").exists()  # nothing ran pyside6-lrelease
    assert f"{name}_it.qm is missing" in caplog.text and "make translations" in caplog.text
    caplog.clear()
    assert module._compiled("en") is None  # the source language: nothing to warn about
    assert caplog.text == ""


def test_make_translations_builds_every_catalogue_the_screens_load() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^TS\s*:=\s*\$\(wildcard ui/i18n/\*\.ts\)", makefile, re.M)
    assert re.search(r"^translations:.*\$\(QM\)", makefile, re.M)
    names = {p.name for p in (ROOT / "ui" / "i18n").glob("*.ts")}
    assert {"intake_it.ts", "intake_en.ts", "staff_it.ts"} <= names
