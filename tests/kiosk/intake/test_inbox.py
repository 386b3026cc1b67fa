"""Opening requests at the office: `pitstop inbox open` and kiosk.intake.inbox."""

from __future__ import annotations

import csv
import io
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.cli.main import main
from kiosk.intake.inbox import COLUMNS, open_share, request_row, write_table
from kiosk.intake.model import ContactRequest
from kiosk.intake.store import seal_request
from kiosk.privacy.keys import generate_keypair, load_private_key, load_public_key
from tests import ROOT

Make = Callable[..., ContactRequest]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    generate_keypair(tmp_path / "office")
    return tmp_path / "office" / "central.key"


def _write(folder: Path, request: ContactRequest, *, key_file: Path) -> Path:
    envelope = seal_request(request, load_public_key(key_file.with_suffix(".pub")))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{envelope.id}.json"
    path.write_bytes(envelope.to_json())
    return path


@pytest.fixture
def share(tmp_path: Path, office: Path, make_request: Make) -> Path:
    """Two kiosks' inbox folders: 3 good requests, an identical copy elsewhere, a truncated file,
    a file for another key, a catalogue and a status file (not requests), a temporary file of a
    copy in progress."""
    root = tmp_path / "share"
    first = _write(
        root / "inbox" / "kiosk-a",
        make_request(first_name="Anna", kiosk_id="kiosk-a"),
        key_file=office,
    )
    _write(
        root / "inbox" / "kiosk-a",
        make_request(first_name="Bruno", kiosk_id="kiosk-a", phone=None, email="bruno@example.org"),
        key_file=office,
    )
    _write(
        root / "inbox" / "kiosk-b",
        make_request(
            first_name="Chiara",
            kiosk_id="kiosk-b",
            offering_id="off-7",
            offering_category="campus-vacanze",
            consent_news=True,
        ),
        key_file=office,
    )
    shutil.copy(first, root / "inbox" / "kiosk-b" / "copia-di-anna.json")
    broken = _write(root / "inbox" / "kiosk-b", make_request(first_name="Dario"), key_file=office)
    broken.write_bytes(broken.read_bytes()[:200])
    other = PrivateKey.generate()
    stranger = seal_request(make_request(first_name="Elena"), other.public_key)
    (root / "inbox" / "kiosk-b" / f"{stranger.id}.json").write_bytes(stranger.to_json())
    (root / "kiosks").mkdir()
    (root / "catalogue.json").write_text('{"format": "pitstop-catalogue"}', encoding="utf-8")
    (root / "kiosks" / "kiosk-a.json").write_text('{"kiosk": "kiosk-a"}', encoding="utf-8")
    (root / "inbox" / "kiosk-a" / ".x.json.tmp.json").write_bytes(b"{half")
    return root


def test_open_share_reads_every_good_request_once_and_names_bad_files(
    share: Path, office: Path
) -> None:
    result = open_share(share, load_private_key(office))
    assert sorted(p["first_name"] for p in result.payloads) == ["Anna", "Bruno", "Chiara"]
    assert result.duplicates == 1 and result.other_key == 1
    assert len(result.warnings) == 2
    assert any("damaged or truncated" in w for w in result.warnings)
    assert any("sealed for another key" in w for w in result.warnings)
    assert not any("Dario" in w or "Elena" in w for w in result.warnings)


def test_cli_inbox_open_writes_csv_warns_and_exits_1(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "richieste.csv"
    code = main(["inbox", "open", "--key", str(office), "--share", str(share), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1  # two files skipped
    assert "3 request(s) written" in captured.out and "1 duplicate(s)" in captured.out
    assert captured.err.count("warning:") == 2
    assert "sealed for another key" in captured.err and "truncated" in captured.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert list(rows[0]) == list(COLUMNS)
    by_name = {row["Nome"]: row for row in rows}
    assert sorted(by_name) == ["Anna", "Bruno", "Chiara"]
    assert by_name["Anna"]["Telefono"] == "+39 347 123 4567"  # a phone number, not a formula
    assert by_name["Bruno"]["Email"] == "bruno@example.org"
    assert by_name["Bruno"]["Canale preferito"] == "Email"
    assert by_name["Chiara"]["Offerta collegata"] == "off-7 (campus-vacanze)"
    assert (
        by_name["Chiara"]["Consenso novità"] == "Sì" and by_name["Anna"]["Consenso novità"] == "No"
    )
    assert by_name["Anna"]["Bisogni"] == "Chiusure scolastiche, Aiuto compiti"
    assert by_name["Anna"]["Età dei figli"] == "4, 9"
    assert by_name["Anna"]["Giorni"] == "Lun, Mer"
    assert by_name["Anna"]["Riferimento"].startswith("PS-")


def test_cli_inbox_open_writes_xlsx(share: Path, office: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "richieste.xlsx"
    assert (
        main(["inbox", "open", "--key", str(office), "--share", str(share), "--out", str(out)]) == 1
    )
    sheet = load_workbook(out).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert tuple(values[0]) == COLUMNS
    name, phone = COLUMNS.index("Nome"), COLUMNS.index("Telefono")
    assert sorted(row[name] for row in values[1:]) == ["Anna", "Bruno", "Chiara"]
    assert all(row[phone] in ("+39 347 123 4567", None) for row in values[1:])


def test_xlsx_cells_are_text_even_when_they_look_like_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    row = dict.fromkeys(COLUMNS, "")
    row["Nome"] = '=HYPERLINK("http://x")'
    write_table([row], tmp_path / "t.xlsx")
    cell = load_workbook(tmp_path / "t.xlsx").active.cell(row=2, column=COLUMNS.index("Nome") + 1)
    assert cell.data_type == "s" and cell.value == row["Nome"]


def test_wrong_key_reports_every_file_and_hints(
    share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_keypair(tmp_path / "wrong")
    out = tmp_path / "x.csv"
    assert (
        main(
            [
                "inbox",
                "open",
                "--key",
                str(tmp_path / "wrong" / "central.key"),
                "--share",
                str(share),
                "--out",
                str(out),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("sealed for another key") == 4
    assert "is it the right private key?" in err


def test_bad_arguments_fail_with_one_sentence(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "inbox",
                "open",
                "--key",
                str(office),
                "--share",
                str(share),
                "--out",
                str(tmp_path / "x.txt"),
            ]
        )
        == 2
    )
    assert "must end in .csv or .xlsx" in capsys.readouterr().err
    assert (
        main(
            [
                "inbox",
                "open",
                "--key",
                str(tmp_path / "none.key"),
                "--share",
                str(share),
                "--out",
                str(tmp_path / "x.csv"),
            ]
        )
        == 2
    )
    assert "no such private key file" in capsys.readouterr().err
    assert (
        main(
            [
                "inbox",
                "open",
                "--key",
                str(office),
                "--share",
                str(tmp_path / "nowhere"),
                "--out",
                str(tmp_path / "x.csv"),
            ]
        )
        == 2
    )
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_console_script_runs_end_to_end(share: Path, office: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli.main",
            "inbox",
            "open",
            "--key",
            str(office),
            "--share",
            str(share),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # two files skipped
    assert result.stderr.count("warning:") == 2


def test_row_of_a_minimal_payload_has_every_column() -> None:
    row = request_row({"id": "x", "created_at": "2026-11-23T09:00:00Z"})
    assert set(row) == set(COLUMNS)
    assert row["Ricevuta il"] == "2026-11-23 10:00"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("+39 347 123 4567", "+39 347 123 4567"),
        ("+393471234567", "+393471234567"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("+39 347-1", "'+39 347-1"),
        ("=1+1", "'=1+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
    ],
)
def test_csv_guards_formulas_but_not_phone_numbers(
    tmp_path: Path, value: str, written: str
) -> None:
    row = dict.fromkeys(COLUMNS, "")
    row["Telefono"] = value
    write_table([row], tmp_path / "t.csv")
    rows = list(
        csv.DictReader(
            io.StringIO((tmp_path / "t.csv").read_bytes().decode("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[0]["Telefono"] == written


def test_deeply_nested_json_is_reported_like_a_damaged_file(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (share / "inbox" / "kiosk-a" / "deep.json").write_bytes(b"[" * 200_000 + b"]" * 200_000)
    out = tmp_path / "r.csv"
    code = main(["inbox", "open", "--key", str(office), "--share", str(share), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert "3 request(s) written" in captured.out
    assert captured.err.count("warning:") == 3
    assert "deep.json: JSON nested too deeply" in captured.err


def test_missing_output_folder_is_named_before_any_work(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "r.csv"
    code = main(["inbox", "open", "--key", str(office), "--share", str(share), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(out.parent) in err and "no such folder" in err
    assert len(err.strip().splitlines()) == 1
    assert ".tmp" not in err and "warning" not in err
