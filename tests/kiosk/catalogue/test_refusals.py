"""The last refused catalogue (kiosk.catalogue.refusals): kept in the data folder naming the file as
staff gave it, cleared by an accepted catalogue, shown by `pitstop staff status`."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.refusals import (
    REFUSAL_FILE,
    clear_refusal,
    last_refusal,
    record_refusal,
    refusal_reason,
)
from kiosk.db.sqlite import SqliteFile
from kiosk.settings import Settings
from kiosk.staff import media, status
from tests import ROOT
from tests.factories import catalogue_dict

BAD_ROW = "Nome;Categoria;Ente;Comune\nCampus;;Coop;Legnano\n"


def test_record_read_and_clear(home: Path) -> None:
    assert last_refusal(home) is None
    when = dt.datetime(2027, 6, 1, 9, 30, tzinfo=dt.UTC)
    record_refusal(home, "catalogo.xlsx", "row 4: bad date.", origin="usb", when=when)
    refusal = last_refusal(home)
    assert refusal is not None
    assert (refusal.source_name, refusal.reason, refusal.when, refusal.origin) == (
        "catalogo.xlsx",
        "row 4: bad date.",
        when,
        "usb",
    )
    record_refusal(home, "catalogue/estate-2027.xlsx", "the file is empty.", origin="share")
    assert last_refusal(home).source_name == "catalogue/estate-2027.xlsx"  # type: ignore[union-attr]
    clear_refusal(home)
    assert last_refusal(home) is None
    assert not (home / REFUSAL_FILE).exists()
    clear_refusal(home)  # nothing to clear: no error


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"source_name": "x"}',
        b'{"source_name": "x", "reason": "y", "when": "yesterday"}',
        b"\xff\xfe",
    ],
)
def test_a_damaged_file_reads_as_no_refusal(home: Path, content: bytes) -> None:
    (home / REFUSAL_FILE).write_bytes(content)
    assert last_refusal(home) is None


def test_names_and_reasons_from_outside_cannot_drive_a_terminal(home: Path) -> None:
    record_refusal(home, "\x1b[2Jcatalogo\u202e.xlsx", "row 1:\x1b]8;;evil\x07 bad\nnext")
    refusal = last_refusal(home)
    assert refusal is not None
    assert "\x1b" not in refusal.source_name + refusal.reason
    assert "\u202e" not in refusal.source_name and "\n" not in refusal.reason
    (home / REFUSAL_FILE).write_text(  # written by hand, read back safe all the same
        json.dumps({"source_name": "a\x1bb", "reason": "c\x07", "when": "2027-01-01T00:00:00"})
    )
    refusal = last_refusal(home)
    assert refusal is not None and refusal.when.tzinfo is not None
    assert (refusal.source_name, refusal.reason, refusal.origin) == ("a\ufffdb", "c\ufffd", "file")


def test_an_unwritable_data_folder_does_not_hide_the_real_failure(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    refusal = record_refusal(missing, "catalogo.xlsx", "bad.")  # logged, not raised
    assert refusal.source_name == "catalogo.xlsx"


def test_the_reason_leaves_out_the_file_it_was_read_from() -> None:
    error = CatalogueError(
        "/home/kiosk/.local/share/pitstop/catalogue-download.xlsx",
        "row 4",
        "Dal",
        "'31/02/2026' is not a valid date",
        field_kind="column",
    )
    assert refusal_reason(error) == "row 4, column 'Dal': '31/02/2026' is not a valid date."
    assert refusal_reason(CatalogueError("/tmp/x.json", "", None, "the file is empty")) == (
        "the file is empty."
    )
    assert refusal_reason(ValueError("plain words")) == "plain words"


# --- where catalogues arrive: the USB stick, the command line ---------------------------------


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "media" / "staff" / "CHIAVETTA"
    stick.mkdir(parents=True)
    return tmp_path / "media"


def test_a_usb_import_refused_is_recorded_by_its_name_and_cleared_by_a_good_one(
    usb: Path, home: Path, engine: SqliteFile
) -> None:
    stick = usb / "staff" / "CHIAVETTA"
    bad = stick / "catalogo.csv"
    bad.write_text(BAD_ROW, encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        media.import_catalogue(engine, home, bad, [usb])
    assert str(caught.value).startswith("catalogo.csv, row 2, column 'Categoria'")
    refusal = last_refusal(home)
    assert refusal is not None
    assert (refusal.source_name, refusal.origin) == ("catalogo.csv", "usb")
    assert refusal.reason == "row 2, column 'Categoria': is empty; it is required."
    assert str(usb) not in refusal.reason

    good = stick / "nuovo.json"
    good.write_text(json.dumps(catalogue_dict(5)), encoding="utf-8")
    media.import_catalogue(engine, home, good, [usb])
    assert last_refusal(home) is None


def _pitstop(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PITSTOP_HOME": str(home)}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pitstop")), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_staff_status_shows_the_refusal_until_a_catalogue_is_accepted(
    home: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "estate-2027.csv"
    bad.write_text(BAD_ROW, encoding="utf-8")
    refused = _pitstop(home, "catalogue", "import", str(bad))
    assert refused.returncode != 0

    shown = _pitstop(home, "staff", "status")
    assert shown.returncode == 0, shown.stderr
    line = next(line for line in shown.stdout.splitlines() if line.startswith("refused:"))
    assert line.startswith("refused:     estate-2027.csv (file, ")
    assert line.endswith(
        "row 2, column 'Categoria': is empty; it is required. "
        "The kiosk keeps its current catalogue."
    )
    as_json = json.loads(_pitstop(home, "staff", "status", "--json").stdout)
    assert as_json["catalogue_refusal"]["source_name"] == "estate-2027.csv"

    good = tmp_path / "good.json"
    good.write_text(json.dumps(catalogue_dict(3)), encoding="utf-8")
    assert _pitstop(home, "catalogue", "import", str(good)).returncode == 0
    shown = _pitstop(home, "staff", "status")
    assert "refused:" not in shown.stdout
    assert (
        json.loads(_pitstop(home, "staff", "status", "--json").stdout)["catalogue_refusal"] is None
    )


def test_the_staff_status_facts_carry_the_refusal(home: Path, engine: SqliteFile) -> None:
    assert status.collect(home, Settings(), engine).catalogue_refusal is None
    record_refusal(home, "catalogo.xlsx", "the file is empty.", origin="usb")
    facts = status.collect(home, Settings(), engine)
    assert facts.catalogue_refusal is not None
    assert facts.catalogue_refusal.source_name == "catalogo.xlsx"
    assert facts.as_dict()["catalogue_refusal"]["origin"] == "usb"
