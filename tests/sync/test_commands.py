"""`pitstop sync` and `pitstop central ...` as a user runs them (in process, and one real server)."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from central.store import CentralStore
from kiosk.cli.main import main
from kiosk.context import open_kiosk
from kiosk.privacy.keys import generate_keypair, load_private_key, load_public_key
from sync.engine import SyncEngine
from tests.central.live import LiveServer, make_kiosk, submit, wait_for_health
from tests.factories import catalogue_dict

ROOT = Path(__file__).resolve().parents[2]


def test_central_operator_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    assert main(["central", "--db", db, "token", "new", "kiosk-legnano"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("pst_")

    assert main(["central", "--db", db, "kiosks"]) == 0
    listing = capsys.readouterr().out
    assert "kiosk-legnano\tnever" in listing and "active" in listing and token not in listing

    source = tmp_path / "catalogo.json"
    source.write_text(json.dumps(catalogue_dict(20, version="2027-01")), encoding="utf-8")
    assert main(["central", "--db", db, "catalogue", "publish", str(source)]) == 0
    assert "20 offerings, catalogue 2027-01, version 1" in capsys.readouterr().out
    bad = tmp_path / "rotto.csv"
    bad.write_text("non è un catalogo\n", encoding="utf-8")
    assert main(["central", "--db", db, "catalogue", "publish", str(bad)]) == 2
    assert "rotto.csv" in capsys.readouterr().err

    assert main(["central", "--db", db, "token", "revoke", "kiosk-legnano"]) == 0
    assert main(["central", "--db", db, "kiosks"]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["central", "--db", db, "token", "revoke", "kiosk-nowhere"]) == 2
    assert "there is no kiosk 'kiosk-nowhere'" in capsys.readouterr().err
    assert main(["central", "--db", db, "token", "new", "not a kiosk id"]) == 2
    assert main(["central", "--db", "nonsense://x", "kiosks"]) == 2


def test_export_decrypts_what_kiosks_delivered(
    tmp_path: Path, store: CentralStore, server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = generate_keypair(tmp_path / "office")
    private = load_private_key(keys.private)
    kiosk = make_kiosk(
        tmp_path, "kiosk-e", mode="http", url=server.url, token=store.new_token("kiosk-e")
    )
    ids = submit(kiosk, private, 3)
    other = PrivateKey.generate()
    submit(kiosk, other, 1)  # sealed for another office: reported, not exported
    assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once().ok
    kiosk.close()

    out = tmp_path / "richieste.csv"
    code = main(
        ["central", "--db", store.url, "export", "--key", str(keys.private), "--out", str(out)]
    )

    assert code == 1  # one request could not be opened
    printed = capsys.readouterr().out
    assert "Wrote 3 request(s)" in printed and "1 request(s) could not be opened" in printed
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 3 and {r["Nome"] for r in rows} == {"Giulia"}
    assert load_public_key(keys.public)  # the server never needed the private key
    assert len(ids) == 3
    assert (
        main(
            [
                "central",
                "--db",
                store.url,
                "export",
                "--key",
                str(keys.private),
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )


def test_sync_once_on_the_demo_share(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A fresh kiosk (demo mode, empty sync.folder) delivers to the demo share in its data folder."""
    from kiosk.intake.store import submit_request
    from kiosk.privacy.keys import central_public_key
    from tests.central.live import contact_request

    context = open_kiosk(home)
    request = contact_request(context.settings.kiosk.id)
    submit_request(context.engine, request, central_public_key(context.settings, home))
    context.close()

    assert main(["sync", "--once"]) == 0

    printed = capsys.readouterr().out
    assert printed.startswith("sync (folder): ok; 1 request(s) delivered; 0 waiting")
    share = home / "demo-central" / "share"
    assert (share / "inbox" / context.settings.kiosk.id / f"{request.id}.json").is_file()
    assert (share / "kiosks" / f"{context.settings.kiosk.id}.json").is_file()


def test_sync_once_fails_with_a_plain_status_when_the_server_is_unreachable(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    office = generate_keypair(home / "office")
    for key, value in [
        ("privacy.central_public_key", str(office.public)),
        ("sync.mode", "http"),
        ("sync.url", f"http://127.0.0.1:{port}"),
        ("sync.token", "pst_x"),
    ]:
        assert main(["config", "set", key, value]) == 0
    capsys.readouterr()
    assert main(["sync", "--once"]) == 1
    assert f"failed: cannot reach the central server 127.0.0.1:{port} (connection refused)" in (
        capsys.readouterr().out
    )


def test_central_serve_answers_and_help_stays_light(tmp_path: Path) -> None:
    light = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from kiosk.cli.main import build_parser; "
            "build_parser(); print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette') "
            "if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert light.stdout.strip() == "[]"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PITSTOP_HOME": str(tmp_path / "home")}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli.main", "central", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        answer = wait_for_health(f"http://127.0.0.1:{port}", process, timeout=20)
        assert answer.json()["status"] == "ok"
        assert (tmp_path / "home" / "central" / "central.sqlite3").is_file()
    finally:
        process.terminate()
        process.wait(10)
        assert process.stdout is not None
        process.stdout.close()


def test_the_systemd_unit_runs_a_valid_command() -> None:
    import shlex

    from kiosk.cli.main import build_parser

    unit = (ROOT / "deploy" / "pitstop-central.service").read_text(encoding="utf-8")
    exec_line = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(exec_line.removeprefix("ExecStart="))
    assert argv[0].endswith("/pitstop")
    args = build_parser().parse_args(argv[1:])
    assert (args.central_command, args.host, args.port) == ("serve", "127.0.0.1", 8750)
    assert "User=pitstop-central" in unit and "NoNewPrivileges=yes" in unit
