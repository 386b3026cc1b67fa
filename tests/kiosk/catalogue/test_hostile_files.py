"""Hostile catalogue files cannot hurt the kiosk: spreadsheets are read lazily with rows and columns
capped, the import child runs under a memory limit, and the current catalogue always stays.

Memory is measured for real: the reader runs in a child Python that reports its own peak RSS.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kiosk.catalogue import isolated
from kiosk.catalogue.errors import CatalogueError
from kiosk.catalogue.spreadsheet import read_spreadsheet, readers, rows
from kiosk.db.sqlite import SqliteFile, scalar
from tests import ROOT, run_python

HEADER = ["Nome", "Categoria", "Ente", "Comune"]
PEAK_LIMIT_KIB = 160 * 1024
"""Peak RSS allowed to a child that reads a hostile file (it reads a good one in ~50 MiB)."""


def _peak_of_reading(path: Path) -> tuple[str, int]:
    """Read `path` in a fresh Python: (offerings count or the error, peak RSS in KiB).

    VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would include pytest's."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.catalogue.errors import CatalogueError\n"
        "from kiosk.catalogue.spreadsheet import read_spreadsheet\n"
        "try:\n"
        "    result = str(len(read_spreadsheet(Path(sys.argv[1]), []).offerings))\n"
        "except CatalogueError as exc:\n"
        "    result = str(exc)\n"
        "print(result)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(status.split('VmHWM:')[1].split()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    result, peak = done.stdout.strip().rsplit("\n", 1)
    return result, int(peak)


def _rewrite_sheet(good: Path, out: Path, edit: dict[bytes, bytes]) -> Path:
    """`good` with its first sheet's XML edited by regex (pattern -> replacement)."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for pattern, replacement in edit.items():
                    data, count = re.subn(pattern, replacement, data)
                    assert count, pattern
            target.writestr(item, data)
    return out


def _xlsx(path: Path, offerings: int) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for number in range(offerings):
        sheet.append([f"Campus {number}", "Campus vacanze", "Coop", "Legnano"])
    workbook.save(path)
    return path


# --- spreadsheets: lazily read, capped ------------------------------------------------------


def test_a_claimed_dimension_of_the_whole_sheet_is_ignored(tmp_path: Path) -> None:
    # openpyxl pads every row to the claimed width: 3,000 rows x 16,384 cells, ~1 GB before.
    good = _xlsx(tmp_path / "good.xlsx", 3000)
    bomb = _rewrite_sheet(
        good,
        tmp_path / "catalogo.xlsx",
        {rb'<dimension ref="[^"]*" ?/>': b'<dimension ref="A1:XFD1048576"/>'},
    )
    result, peak = _peak_of_reading(bomb)
    assert result == "3000"
    assert peak < PEAK_LIMIT_KIB, f"peak {peak // 1024} MiB"


def test_rows_below_excels_last_row_are_refused(tmp_path: Path) -> None:
    good = _xlsx(tmp_path / "good.xlsx", 1)
    far = _rewrite_sheet(
        good,
        tmp_path / "far.xlsx",
        {rb'<row r="2"': b'<row r="50000000"', rb'r="([A-D])2"': rb'r="\g<1>50000000"'},
    )
    with pytest.raises(CatalogueError, match=r"row 1,048,577: the sheet claims rows below"):
        read_spreadsheet(far, [])


def test_more_offerings_than_the_cap_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rows, "MAX_OFFERINGS", 10)
    path = tmp_path / "many.csv"
    lines = [";".join(HEADER)] + [f"Campus {n};Campus vacanze;Coop;Legnano" for n in range(11)]
    path.write_text("\n".join(lines[:11]) + "\n\n\n", encoding="utf-8")
    assert len(read_spreadsheet(path, []).offerings) == 10  # blank rows do not count
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="row 12: the sheet has more than 10 offerings"):
        read_spreadsheet(path, [])


def test_the_documented_caps() -> None:
    assert (rows.MAX_OFFERINGS, readers.MAX_COLUMNS) == (5000, 64)
    assert len(rows.COLUMNS) <= readers.MAX_COLUMNS


def test_a_header_wider_than_the_cap_is_refused_and_cells_beyond_it_ignored(
    tmp_path: Path,
) -> None:
    wide = tmp_path / "wide.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["Campus", "Campus vacanze", "Coop", "Legnano"])
    sheet.cell(row=2, column=200, value="a note far to the right")
    workbook.save(wide)
    assert len(read_spreadsheet(wide, []).offerings) == 1
    sheet.cell(row=1, column=readers.MAX_COLUMNS + 1, value="Extra")
    workbook.save(wide)
    with pytest.raises(CatalogueError, match="row 1: the header row has more than 64 columns"):
        read_spreadsheet(wide, [])


def test_a_csv_header_with_too_many_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    header = HEADER + [f"x{n}" for n in range(100)]
    path.write_text(";".join(header) + "\nCampus;Campus vacanze;Coop;Legnano\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="more than 64 columns"):
        read_spreadsheet(path, [])


def test_a_100_mb_csv_line_is_refused_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "catalogo.csv"
    with path.open("wb") as handle:
        handle.write(b"Nome;Categoria;Ente;Comune\n")
        for _ in range(100):
            handle.write(b";" * 1_000_000)  # one line of 100 million empty columns
        handle.write(b"\n")
    result, peak = _peak_of_reading(path)
    assert peak < PEAK_LIMIT_KIB, f"peak {peak // 1024} MiB"
    assert result.startswith(f"{path}, line 2: the line is longer than 1,000,000 characters")


def test_a_csv_with_millions_of_columns_on_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "columns.csv"
    path.write_bytes(b"a;" * 3_000_000 + b"\n")
    with pytest.raises(CatalogueError, match="line 1: the line is longer than"):
        read_spreadsheet(path, [])


def test_a_not_utf8_csv_found_late_in_the_file_is_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    rows_text = [";".join(HEADER)] + [f"Campus {n};Campus vacanze;Coop;Legnano" for n in range(3)]
    body = ("\n".join(rows_text) + "\n").encode("utf-8") + b"Caff\xe8;Campus vacanze;Coop;Magenta\n"
    path.write_bytes(body)
    warnings: list[object] = []
    catalogue = read_spreadsheet(path, warnings)  # type: ignore[arg-type]
    assert catalogue.offerings[-1].name["it"] == "Caffè"
    assert any("Windows-1252" in str(w) for w in warnings)


# --- the import child: memory limit, names, the current catalogue stays -----------------------


def _offerings(engine: SqliteFile) -> int:
    with engine.connect() as connection:
        return int(scalar(connection, "SELECT count(*) FROM service"))


@pytest.mark.parametrize("fmt", ["plain", "pitstop"])
def test_a_file_that_needs_too_much_memory_is_refused_and_the_catalogue_stays(
    engine: SqliteFile,
    catalogue_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    isolated.import_into(engine, catalogue_file)
    # 20 million numbers: 40 MB parsed by json (Python) or pydantic-core (Rust), several hundred
    # MB to hold; the child may use 256 MiB here (1 GiB on a kiosk).
    monkeypatch.setattr(isolated, "CHILD_MEMORY_LIMIT", 256 * 2**20)
    hungry = tmp_path / "hungry.json"
    head = b'{"format": "pitstop-catalogue", "x": [' if fmt == "pitstop" else b'{"x": ['
    hungry.write_bytes(head + b"1," * 20_000_000 + b"1]}")
    with pytest.raises(CatalogueError) as caught:
        isolated.import_into(engine, hungry, name="catalogo.json")
    assert str(caught.value) == (
        "catalogo.json: the file is too big to import on this kiosk (it needs more than the "
        "256 MiB of memory an import may use): split it or remove what the kiosk need not "
        "show; the current catalogue stays."
    )
    assert _offerings(engine) == 40


def test_the_child_runs_under_the_memory_limit(tmp_path: Path) -> None:
    code = (
        "import json, resource, sys\n"
        "from kiosk.catalogue import isolated\n"
        "isolated._child = lambda job: {'summary': resource.getrlimit(resource.RLIMIT_AS)[0]}\n"
        "isolated.main([json.dumps({'path': 'x', 'memory_limit': isolated.CHILD_MEMORY_LIMIT})])\n"
    )
    assert json.loads(run_python(code)) == {"summary": 1 << 30}


def test_errors_name_the_file_the_sender_gave_never_the_copy(tmp_path: Path) -> None:
    copy = tmp_path / "catalogue-download.csv"
    copy.write_text("Nome;Categoria;Ente;Comune\nCampus;;Coop;Legnano\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        isolated.check_file(copy, name="catalogue/estate-2027.csv")
    assert str(caught.value) == (
        "catalogue/estate-2027.csv, row 2, column 'Categoria': is empty; it is required."
    )
    assert "catalogue-download" not in str(caught.value)


def test_the_kiosk_unit_caps_memory_above_what_an_import_child_may_use() -> None:
    from tests.e2e.test_deploy import _unit

    service = _unit("pitstop-kiosk.service")["Service"]
    mebibytes = {key: int(service[key].removesuffix("M")) for key in ("MemoryHigh", "MemoryMax")}
    assert isolated.CHILD_MEMORY_LIMIT // 2**20 < mebibytes["MemoryHigh"] < mebibytes["MemoryMax"]
    assert service["OOMPolicy"] == "continue"  # an import child killed, the kiosk lives on
