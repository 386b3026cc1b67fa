"""`pitstop inbox open` against a hostile share: nothing one request carries stops the others.

Every request here is sealed for real with the office's real key pair (PyNaCl SealedBox), in the
layout kiosks write (`inbox/<kiosk-id>/<id>.json`), and opened by the real CLI.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PublicKey

from kiosk.cli.main import main
from kiosk.intake.inbox import COLUMNS, json_too_deep, open_share
from kiosk.intake.outbox import MAX_REQUEST_FILE_BYTES
from kiosk.privacy.keys import generate_keypair, load_private_key, load_public_key
from tests import ROOT
from tests.factories import catalogue_dict
from tests.kiosk.intake.hostile import (
    ESC,
    FLAGGED,
    SKIPPED,
    envelope_for,
    genuine,
    sealed_payload,
    write_request,
)

PITSTOP = Path(sys.executable).with_name("pitstop")


@pytest.fixture
def office(tmp_path: Path) -> Path:
    generate_keypair(tmp_path / "office")
    return tmp_path / "office" / "central.key"


@pytest.fixture
def public(office: Path) -> PublicKey:
    return load_public_key(office.with_suffix(".pub"))


@pytest.fixture
def share(tmp_path: Path, public: PublicKey) -> Path:
    """A share with two genuine requests from two kiosks."""
    root = tmp_path / "share"
    write_request(root, sealed_payload(genuine(first_name="Anna", kiosk_id="kiosk-a"), public))
    write_request(root, sealed_payload(genuine(first_name="Bruno", kiosk_id="kiosk-b"), public))
    return root


def _open(office: Path, share: Path, out: Path, *extra: str) -> int:
    return main(
        ["inbox", "open", "--key", str(office), "--share", str(share), "--out", str(out), *extra]
    )


def _table(out: Path) -> list[dict[str, Any]]:
    """The rows of a written table, read back as a spreadsheet program would."""
    if out.suffix == ".csv":
        text = out.read_bytes().decode("utf-8")  # strict: a lone surrogate could not be here
        reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";", strict=True)
        header, *rows = list(reader)
        assert tuple(header) == COLUMNS
        return [dict(zip(header, row, strict=True)) for row in rows]
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    try:
        header, *values = [[cell.value for cell in row] for row in book.active.iter_rows()]
    finally:
        book.close()
    assert tuple(header) == COLUMNS
    return [{k: v or "" for k, v in zip(header, row, strict=True)} for row in values]


def _hostile(share: Path, public: PublicKey, build: Any) -> str:
    request_id = str(uuid.uuid4())
    envelope = envelope_for(
        build(request_id, "kiosk-c"), public, request_id=request_id, kiosk_id="kiosk-c"
    )
    write_request(share, envelope)
    return request_id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("case", sorted(SKIPPED))
def test_a_payload_that_cannot_be_opened_is_a_warning_and_the_rest_is_written(
    share: Path,
    office: Path,
    public: PublicKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    suffix: str,
) -> None:
    request_id = _hostile(share, public, SKIPPED[case])
    out = tmp_path / f"richieste{suffix}"
    code = _open(office, share, out)
    captured = capsys.readouterr()
    assert code == 1, captured.err  # something was skipped
    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    assert captured.err.count("warning:") == 1
    assert f"inbox/kiosk-c/{request_id}.json" in captured.err
    assert "Traceback" not in captured.err
    assert "2 request(s) written" in captured.out and "1 skipped" in captured.out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_a_payload_no_kiosk_could_make_is_listed_flagged_beside_the_rest(
    share: Path,
    office: Path,
    public: PublicKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    suffix: str,
) -> None:
    request_id = _hostile(share, public, FLAGGED[case])
    out = tmp_path / f"richieste{suffix}"
    code = _open(office, share, out)
    captured = capsys.readouterr()
    assert code == 1, captured.err
    rows = _table(out)
    assert len(rows) == 3
    by_kiosk = {r["Chiosco"]: r for r in rows}
    assert by_kiosk["kiosk-a"]["Nome"] == "Anna" and by_kiosk["kiosk-a"]["Avviso"] == ""
    assert by_kiosk["kiosk-b"]["Avviso"] == ""
    assert "contenuto non valido" in by_kiosk["kiosk-c"]["Avviso"]
    assert request_id in captured.err and "flagged" in captured.err
    for row in rows:
        for value in row.values():
            text = str(value)
            assert ESC not in text and "\x00" not in text and "\x9b" not in text
            assert "\u202e" not in text and len(text) <= 1000
            text.encode("utf-8")  # no lone surrogate
    assert ESC not in captured.err + captured.out


def test_dates_out_of_range_show_as_given(
    share: Path, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    _hostile(share, public, FLAGGED["created_at in year 1 with an offset"])
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 1
    by_kiosk = {r["Chiosco"]: r for r in _table(out)}
    assert by_kiosk["kiosk-c"]["Ricevuta il"] == "0001-01-01T00:30:00+01:00"
    assert "created_at" in by_kiosk["kiosk-c"]["Avviso"]


def _files_that_cannot_be_read(share: Path, public: PublicKey) -> list[str]:
    """Request files that are broken at the envelope level, one of each kind; their names."""
    inbox = share / "inbox" / "kiosk-c"
    inbox.mkdir(parents=True, exist_ok=True)
    good = json.loads(sealed_payload(genuine(kiosk_id="kiosk-c"), public).to_json())
    year_one = dict(good, id=str(uuid.uuid4()), created_at="0001-01-01T00:30:00+01:00")
    (inbox / f"{year_one['id']}.json").write_text(json.dumps(year_one), encoding="utf-8")
    deep = inbox / "deep.json"
    deep.write_bytes(
        b'{"format": "pitstop-request", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    )
    big = inbox / "big.json"
    big.write_bytes(
        b'{"format": "pitstop-request", "pad": "' + b" " * MAX_REQUEST_FILE_BYTES + b'"}'
    )
    wrong_types = dict(good, id=str(uuid.uuid4()), kiosk_id=["kiosk-c"], sha256=None)
    (inbox / f"{wrong_types['id']}.json").write_text(json.dumps(wrong_types), encoding="utf-8")
    os.mkfifo(inbox / "pipe.json")  # would block a plain open() forever
    (inbox / f"{ESC}[2J{ESC}]0;pwned\x07.json").write_bytes(b"{half")
    return [
        f"{year_one['id']}.json",
        "deep.json",
        "big.json",
        f"{wrong_types['id']}.json",
        "pipe.json",
        "[2J",
    ]


def test_broken_request_files_are_each_a_warning(
    share: Path, office: Path, public: PublicKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _files_that_cannot_be_read(share, public)
    out = tmp_path / "r.xlsx"
    assert _open(office, share, out) == 1
    captured = capsys.readouterr()
    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    for name in names:
        assert name in captured.err
    assert captured.err.count("warning:") == len(names)
    assert ESC not in captured.err and "\x07" not in captured.err


def test_real_pitstop_writes_every_good_request_among_all_hostile_ones(
    share: Path, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    for build in [*SKIPPED.values(), *FLAGGED.values()]:
        _hostile(share, public, build)
    _files_that_cannot_be_read(share, public)
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"r{suffix}"
        result = subprocess.run(
            [
                str(PITSTOP),
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
            timeout=120,
            check=False,
        )
        err = result.stderr.decode("utf-8")
        assert result.returncode == 1, err
        assert "Traceback" not in err and ESC not in err
        rows = _table(out)
        assert len(rows) == 2 + len(FLAGGED)
        assert {"Anna", "Bruno"} <= {r["Nome"] for r in rows}
        assert sum(1 for r in rows if r["Avviso"]) == len(FLAGGED)
        assert err.count("warning:") == len(SKIPPED) + len(FLAGGED) + 6


def test_wrong_key_exits_1_and_says_so(
    share: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_keypair(tmp_path / "wrong")
    out = tmp_path / "r.csv"
    assert _open(tmp_path / "wrong" / "central.key", share, out) == 1
    assert "is it the right private key?" in capsys.readouterr().err
    assert _table(out) == []


def test_empty_share_exits_0(tmp_path: Path, office: Path) -> None:
    (tmp_path / "empty" / "inbox").mkdir(parents=True)
    out = tmp_path / "r.csv"
    assert _open(office, tmp_path / "empty", out) == 0
    assert _table(out) == []


# -- only canonical paths ----------------------------------------------------------------------


def test_a_forged_copy_never_replaces_the_genuine_request(
    share: Path, office: Path, public: PublicKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = genuine(first_name="Giulia", kiosk_id="kiosk-a")
    genuine_file = write_request(share, sealed_payload(payload, public))
    forged = sealed_payload(dict(payload, first_name="Mallory", phone="+393339998877"), public)
    (share / "inbox" / "0.json").write_bytes(forged.to_json())  # sorts before inbox/kiosk-a/
    write_request(
        share, sealed_payload(dict(payload, first_name="Eve"), public), folder="inbox/kiosk-b"
    )
    backup = share / "inbox" / "backup"
    backup.mkdir()
    (backup / "copy.json").write_bytes(genuine_file.read_bytes())  # identical bytes: a duplicate

    out = tmp_path / "r.xlsx"
    assert _open(office, share, out) == 1
    captured = capsys.readouterr()
    rows = [r for r in _table(out) if r["Riferimento"] == payload["reference"]]
    assert [r["Nome"] for r in rows] == ["Giulia", "Eve", "Mallory"]  # the genuine one first
    assert rows[0]["Avviso"] == "" and rows[0]["Consegnata da"] == "kiosk-a"
    assert "stesso id di inbox/kiosk-a/" in rows[1]["Avviso"]
    assert (
        rows[1]["Consegnata da"] == "kiosk-b"
        and "consegnata dal chiosco kiosk-b" in rows[1]["Avviso"]
    )
    assert "fuori posto (inbox/0.json)" in rows[2]["Avviso"] and "stesso id" in rows[2]["Avviso"]
    assert "inbox/0.json: same id as inbox/kiosk-a/" in captured.err
    assert "1 duplicate(s)" in captured.out and "backup/copy.json" not in captured.err


def test_a_lone_copy_out_of_place_is_listed_flagged(
    share: Path, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    envelope = sealed_payload(genuine(first_name="Carla", kiosk_id="kiosk-a"), public)
    write_request(share, envelope, folder="inbox/kiosk-a/old")
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 1
    row = next(r for r in _table(out) if r["Nome"] == "Carla")
    assert f"il suo posto è inbox/kiosk-a/{envelope.id}.json" in row["Avviso"]
    assert row["Consegnata da"] == ""


def test_symbolic_links_inside_the_share_are_not_followed(
    share: Path, office: Path, public: PublicKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    planted = write_request(
        outside, sealed_payload(genuine(first_name="Linked", kiosk_id="kiosk-a"), public)
    )
    (share / "inbox" / "kiosk-a" / planted.name).symlink_to(planted)
    (share / "inbox" / "kiosk-z").symlink_to(planted.parent, target_is_directory=True)
    (share / "inbox" / "kiosk-b" / "pagemap.json").symlink_to("/proc/self/pagemap")
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 1
    err = capsys.readouterr().err
    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    assert err.count("a symbolic link; not followed") == 3


def test_the_delivering_kiosk_is_shown_and_flagged_when_it_differs(
    share: Path, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    envelope = sealed_payload(genuine(first_name="Dora", kiosk_id="kiosk-a"), public)
    write_request(share, envelope, folder="inbox/kiosk-renamed")
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 1
    row = next(r for r in _table(out) if r["Nome"] == "Dora")
    assert row["Chiosco"] == "kiosk-a" and row["Consegnata da"] == "kiosk-renamed"
    assert "consegnata dal chiosco kiosk-renamed" in row["Avviso"]
    anna = next(r for r in _table(out) if r["Nome"] == "Anna")
    assert anna["Consegnata da"] == "kiosk-a" and anna["Avviso"] == ""


# -- names ---------------------------------------------------------------------------------------


def test_names_come_from_the_shares_catalogue(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 0  # nothing odd: exit 0
    row = _table(out)[0]
    assert row["Comune"] == "legnano" and row["Codice comune"] == "legnano"  # no catalogue: ids
    assert row["Periodi"] == "natale-2026"
    (share / "catalogue").mkdir()
    (share / "catalogue" / "catalogo.json").write_text(
        json.dumps(catalogue_dict(5)), encoding="utf-8"
    )
    assert _open(office, share, out) == 0
    row = _table(out)[0]
    assert row["Comune"] == "Legnano" and row["Codice comune"] == "legnano"
    assert row["Periodi"] == "Vacanze di Natale 2026" and row["Codici periodi"] == "natale-2026"
    assert row["Bisogni"] == "Chiusure scolastiche, Aiuto compiti"
    assert row["Codici bisogni"] == "closure_care, homework"


def test_an_unreadable_share_catalogue_leaves_ids_and_a_note(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (share / "catalogue").mkdir()
    (share / "catalogue" / "rotto.json").write_text('{"format": "x"}', encoding="utf-8")
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 0
    err = capsys.readouterr().err
    assert err.startswith("note: no comune and period names (") and "rotto.json" in err
    assert _table(out)[0]["Comune"] == "legnano"


def test_an_explicit_catalogue_that_cannot_be_read_is_refused_before_any_work(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rotto.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "r.csv"
    assert _open(office, share, out, "--catalogue", str(bad)) == 2
    err = capsys.readouterr().err
    assert "rotto.json" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


# -- the depth check itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        ('{"a": [1, {"b": 2}]}', False),
        ("[" * 33 + "]" * 33, True),
        ("[" * 32 + "]" * 32, False),
        ('"' + "[" * 100 + '"', False),  # brackets inside a string do not nest
        ('["\\"' + "[" * 100 + '"]', False),  # nor after an escaped quote
        ('["\\\\"' + ", [" * 40 + "]" * 40 + "]", True),  # an escaped backslash ends no string
    ],
)
def test_json_too_deep(text: str, deep: bool) -> None:
    assert json_too_deep(text) is deep


def test_open_share_api_reports_counts(share: Path, office: Path, public: PublicKey) -> None:
    _hostile(share, public, SKIPPED["nested 100,000 deep"])
    result = open_share(share, load_private_key(office))
    assert len(result.opened) == 2 and result.skipped == 1 and not result.clean


def test_a_stick_with_a_sync_inbox_and_a_staff_export_trusts_both_places(
    share: Path, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    exported = sealed_payload(genuine(first_name="Ester", kiosk_id="kiosk-a"), public)
    write_request(share, exported, folder="pitstop-requests/kiosk-a")
    write_request(share, exported)  # the same request also delivered by sync: one row
    out = tmp_path / "r.csv"
    assert _open(office, share, out) == 0
    rows = _table(out)
    assert sorted(r["Nome"] for r in rows) == ["Anna", "Bruno", "Ester"]
    assert all(r["Avviso"] == "" for r in rows)


# -- only the inbox folders are read, one folder at a time --------------------------------------


def test_a_deep_folder_tree_in_the_inbox_still_gives_the_table(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: os.walk recursed into a 1,100-level tree and ended in RecursionError, no table."""
    deep = share / "inbox" / "kiosk-a"
    fd = os.open(deep, os.O_RDONLY | os.O_DIRECTORY)
    try:  # relative to a descriptor: the path of the last folder is longer than PATH_MAX
        for _ in range(1100):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    out = tmp_path / "r.csv"
    try:
        assert _open(office, share, out) == 1  # the table, and a warning for the tree

        assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
        err = capsys.readouterr().err
        assert "inbox/kiosk-a/d/d/d/d: more than 4 folders below inbox" in err
        assert len(err.strip().splitlines()) == 1
    finally:
        _remove_chain(deep)


def _remove_chain(folder: Path) -> None:
    """Remove the chain of "d" folders under `folder` one level at a time: shutil.rmtree, and
    pytest's clean-up of old tmp folders in a later run, recurse once per level and end in
    RecursionError on 1,100 levels (and leave the tree behind)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        while True:
            try:
                os.rename("d/d", "next", src_dir_fd=fd, dst_dir_fd=fd)
            except FileNotFoundError:
                break
            os.rmdir("d", dir_fd=fd)
            os.rename("next", "d", src_dir_fd=fd, dst_dir_fd=fd)
        os.rmdir("d", dir_fd=fd)
    finally:
        os.close(fd)


def test_catalogues_and_files_outside_the_inbox_are_not_read(
    share: Path, office: Path, public: PublicKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: every *.json of the share was read: a genuine 2.5 MB catalogue gave "larger than
    1024 KiB... skipped" and exit 1 at every run."""
    (share / "catalogue").mkdir()
    big = json.dumps(catalogue_dict(4000, version="grande"))
    assert len(big) > 2 * 1024 * 1024
    (share / "catalogue" / "catalogo.json").write_text(big, encoding="utf-8")
    (share / "kiosks").mkdir()
    (share / "kiosks" / "kiosk-a.json").write_text('{"kiosk_id": "kiosk-a"}', encoding="utf-8")
    stray = sealed_payload(genuine(first_name="Stray", kiosk_id="kiosk-a"), public)
    write_request(share, stray, folder="elsewhere")
    out = tmp_path / "r.csv"

    assert _open(office, share, out) == 0

    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    captured = capsys.readouterr()
    assert "catalogo.json" not in captured.err and "larger than" not in captured.err


def test_a_copied_inbox_folder_skips_its_catalogue_and_kiosks(
    office: Path, public: PublicKey, tmp_path: Path
) -> None:
    """`--share` may be a copy of the inbox folder itself (kiosk folders at its top)."""
    copied = tmp_path / "copia"
    write_request(
        copied,
        sealed_payload(genuine(first_name="Anna", kiosk_id="kiosk-a"), public),
        folder="kiosk-a",
    )
    (copied / "catalogue").mkdir()
    (copied / "catalogue" / "x.json").write_bytes(b"{" * 10)
    out = tmp_path / "r.csv"

    assert _open(office, copied, out) == 0
    assert [r["Nome"] for r in _table(out)] == ["Anna"]


def test_a_huge_share_catalogue_gives_ids_not_a_memory_blow_up(
    share: Path, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: the newest share catalogue was parsed in process whatever its size (150 MB of
    JSON took 930 MB). Over 20 MB it is not read: the table shows ids, with a note."""
    from kiosk.intake.names import MAX_NAMES_BYTES, names_from_json

    (share / "catalogue").mkdir()
    with (share / "catalogue" / "enorme.json").open("wb") as handle:
        handle.write(b'{"format": "pitstop-catalogue", "pad": "')
        handle.truncate(MAX_NAMES_BYTES + 1)  # sparse: no disk used, never read
    out = tmp_path / "r.csv"

    assert _open(office, share, out) == 0

    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    err = capsys.readouterr().err
    assert "more than the 20 MB read for comune and period names" in err
    assert "the table shows their ids" in err
    with pytest.raises(ValueError, match="more than the 20 MB"):
        names_from_json(b" " * (MAX_NAMES_BYTES + 1), "central")
