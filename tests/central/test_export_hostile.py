"""`pitstop central export` and `central kiosks` against hostile requests and heartbeats.

Requests are sealed for real with a real key pair and stored in a real central SQLite database
through CentralStore (as the HTTP API stores them); the CLI runs in process and as `pitstop`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PublicKey

from central.store import CentralStore
from kiosk.cli.main import main
from kiosk.intake.inbox import COLUMNS
from kiosk.intake.outbox import Envelope
from kiosk.privacy.keys import generate_keypair, load_public_key
from sync.protocol import Heartbeat, RequestEnvelope, decode
from tests import ROOT
from tests.factories import catalogue_dict
from tests.kiosk.intake.hostile import ESC, FLAGGED, SKIPPED, envelope_for, genuine, sealed_payload

PITSTOP = Path(sys.executable).with_name("pitstop")


@pytest.fixture
def office(tmp_path: Path) -> Path:
    generate_keypair(tmp_path / "office")
    return tmp_path / "office" / "central.key"


@pytest.fixture
def public(office: Path) -> PublicKey:
    return load_public_key(office.with_suffix(".pub"))


@pytest.fixture
def central(store: CentralStore, public: PublicKey) -> CentralStore:
    """Three kiosks with tokens and two genuine requests (kiosk-a, kiosk-b)."""
    for kiosk in ("kiosk-a", "kiosk-b", "kiosk-c"):
        store.new_token(kiosk)
    _store(store, "kiosk-a", sealed_payload(genuine(first_name="Anna", kiosk_id="kiosk-a"), public))
    _store(
        store, "kiosk-b", sealed_payload(genuine(first_name="Bruno", kiosk_id="kiosk-b"), public)
    )
    return store


def _store(store: CentralStore, token_kiosk: str, envelope: Envelope) -> None:
    item = decode(RequestEnvelope, envelope.to_json())
    assert [r.status for r in store.store_requests(token_kiosk, [item])] == ["accepted"]


def _hostile(store: CentralStore, public: PublicKey, build: Any) -> str:
    request_id = str(uuid.uuid4())
    plaintext = build(request_id, "kiosk-c")
    _store(
        store, "kiosk-c", envelope_for(plaintext, public, request_id=request_id, kiosk_id="kiosk-c")
    )
    return request_id


def _export(store: CentralStore, office: Path, out: Path, *extra: str) -> int:
    return main(
        ["central", "--db", store.url, "export", "--key", str(office), "--out", str(out), *extra]
    )


def _table(out: Path) -> list[dict[str, Any]]:
    if out.suffix == ".csv":
        text = out.read_bytes().decode("utf-8").removeprefix("\ufeff")
        header, *rows = list(csv.reader(io.StringIO(text), delimiter=";", strict=True))
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


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("case", sorted(SKIPPED))
def test_a_stored_request_that_cannot_be_opened_is_a_warning(
    central: CentralStore,
    office: Path,
    public: PublicKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    suffix: str,
) -> None:
    request_id = _hostile(central, public, SKIPPED[case])
    out = tmp_path / f"r{suffix}"
    code = _export(central, office, out)
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(r["Nome"] for r in _table(out)) == ["Anna", "Bruno"]
    assert f"request {request_id} from kiosk kiosk-c" in captured.err
    assert (
        "Wrote 2 request(s)" in captured.out and "1 request(s) could not be opened" in captured.out
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_a_stored_request_no_kiosk_could_make_is_listed_flagged(
    central: CentralStore,
    office: Path,
    public: PublicKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    suffix: str,
) -> None:
    request_id = _hostile(central, public, FLAGGED[case])
    out = tmp_path / f"r{suffix}"
    code = _export(central, office, out)
    captured = capsys.readouterr()
    assert code == 1
    rows = _table(out)
    assert len(rows) == 3
    flagged = [r for r in rows if r["Avviso"]]
    assert [r["Chiosco"] for r in flagged] == ["kiosk-c"]
    assert request_id in captured.err and "1 request(s) flagged" in captured.out
    for row in rows:
        for value in map(str, row.values()):
            assert ESC not in value and "\x00" not in value and len(value) <= 1000
            value.encode("utf-8")
    assert ESC not in captured.err + captured.out


def test_the_token_kiosk_is_shown_and_a_different_claim_flagged(
    central: CentralStore, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    """A row stored before the server refused other kiosks' requests (or by an older server)."""
    from central.models import StoredRequest

    envelope = sealed_payload(genuine(first_name="Dora", kiosk_id="kiosk-a"), public)
    with central.sessions.begin() as session:
        session.add(
            StoredRequest(
                id=envelope.id,
                kiosk_id="kiosk-c",
                claimed_kiosk_id=envelope.kiosk_id,
                created_at=envelope.created_at,
                notice_version=envelope.notice_version,
                schema_version=1,
                sealed=envelope.sealed,
                sha256=envelope.sha256,
                received_at=dt.datetime.now(dt.UTC),
            )
        )
    out = tmp_path / "r.csv"
    assert _export(central, office, out) == 1
    rows = {r["Nome"]: r for r in _table(out)}
    assert rows["Dora"]["Chiosco"] == "kiosk-a" and rows["Dora"]["Consegnata da"] == "kiosk-c"
    assert "consegnata dal chiosco kiosk-c" in rows["Dora"]["Avviso"]
    assert rows["Anna"]["Consegnata da"] == "kiosk-a" and rows["Anna"]["Avviso"] == ""


def test_names_come_from_the_published_catalogue(
    central: CentralStore, office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.csv"
    assert _export(central, office, out) == 0  # nothing odd, nothing skipped
    assert _table(out)[0]["Comune"] == "legnano"  # nothing published yet: ids
    source = tmp_path / "catalogo.json"
    source.write_text(json.dumps(catalogue_dict(5)), encoding="utf-8")
    central.publish_catalogue(source)
    assert _export(central, office, out) == 0
    row = _table(out)[0]
    assert (row["Comune"], row["Codice comune"]) == ("Legnano", "legnano")
    assert (row["Periodi"], row["Codici periodi"]) == ("Vacanze di Natale 2026", "natale-2026")
    other = json.loads(source.read_text(encoding="utf-8"))
    other["comuni"][0]["name"] = "Legnano (dal file)"
    source.write_text(json.dumps(other), encoding="utf-8")
    assert _export(central, office, out, "--catalogue", str(source)) == 0
    assert _table(out)[0]["Comune"] == "Legnano (dal file)"


def test_wrong_key_exits_1_and_says_so(
    central: CentralStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_keypair(tmp_path / "wrong")
    out = tmp_path / "r.xlsx"
    assert _export(central, tmp_path / "wrong" / "central.key", out) == 1
    assert "is it the right private key?" in capsys.readouterr().err
    assert _table(out) == []


def test_real_pitstop_exports_every_good_request_among_all_hostile_ones(
    central: CentralStore, office: Path, public: PublicKey, tmp_path: Path
) -> None:
    for build in [*SKIPPED.values(), *FLAGGED.values()]:
        _hostile(central, public, build)
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"r{suffix}"
        result = subprocess.run(
            [
                str(PITSTOP),
                "central",
                "--db",
                central.url,
                "export",
                "--key",
                str(office),
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
        assert sum(1 for r in rows if r["Avviso"]) == len(FLAGGED)
        assert err.count("warning:") == len(SKIPPED) + len(FLAGGED)


def test_central_kiosks_prints_no_escape_codes_from_a_heartbeat(
    store: CentralStore, tmp_path: Path
) -> None:
    token = store.new_token("kiosk-a")
    beat = Heartbeat(
        kiosk_id="kiosk-a",
        app_version=f"1.0{ESC}[2J",
        catalogue_version=f"{ESC}]8;;http://evil\x07click{ESC}]8;;\x07",
        last_error=f"share file {ESC}[2J{ESC}[H\u202egnp.exe\nforged line",
        sent_at=dt.datetime.now(dt.UTC),
    )
    store.record_heartbeat(token, beat)
    result = subprocess.run(
        [str(PITSTOP), "central", "--db", store.url, "kiosks"],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert ESC not in out and "\x07" not in out and "\u202e" not in out
    lines = out.strip().splitlines()
    assert len(lines) == 2  # the header and one kiosk: a newline cannot forge a row
    assert "share file" in lines[1] and "forged line" in lines[1]
