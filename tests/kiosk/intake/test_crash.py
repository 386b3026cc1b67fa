"""Crash safety: a process submitting requests is killed with SIGKILL at random moments; every
request it confirmed is stored exactly once, with its outbox row, in an intact database."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.privacy.keys import generate_keypair
from tests import ROOT


def _check(db_file: Path, confirmed: list[str]) -> None:
    db = sqlite3.connect(db_file)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = Counter(row[0] for row in db.execute("SELECT id FROM contact_request"))
        queued = Counter(row[0] for row in db.execute("SELECT request_id FROM outbox"))
    finally:
        db.close()
    assert stored == queued, "a request without its outbox row, or the reverse"
    assert all(count == 1 for count in stored.values())
    missing = [request_id for request_id in confirmed if stored[request_id] != 1]
    assert missing == [], f"{len(missing)} confirmed request(s) lost"
    assert len(set(confirmed)) == len(confirmed)


def _kill_loop(tmp_path: Path, kills: int, seed: int) -> int:
    rnd = random.Random(seed)
    keys = generate_keypair(tmp_path / "office")
    db_file = tmp_path / "pitstop.sqlite3"
    confirmed: list[str] = []
    for _ in range(kills):
        command = [
            sys.executable,
            "-m",
            "tests.kiosk.intake.crash_submitter",
            str(db_file),
            str(keys.public),
        ]
        if confirmed:
            command.append(confirmed[-1])
        with (tmp_path / "child.err").open("wb") as errors:
            child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors)
            assert child.stdout is not None
            try:
                first = child.stdout.readline()
                if confirmed:
                    assert first == f"again {confirmed[-1]} False\n".encode(), first
                    first = child.stdout.readline()
                assert first == b"ready\n", (tmp_path / "child.err").read_text()
                time.sleep(rnd.uniform(0.0, 0.25))
                child.kill()
                output = child.stdout.read()
            finally:
                child.kill()
                child.wait()
                child.stdout.close()
        lines = output.split(b"\n")[:-1]  # what follows the last newline was cut by the kill
        confirmed += [line.decode("ascii") for line in lines]
        _check(db_file, confirmed)
    return len(confirmed)


def test_requests_survive_sigkill(tmp_path: Path) -> None:
    assert _kill_loop(tmp_path, kills=4, seed=4) > 0


@pytest.mark.slow
def test_requests_survive_a_hundred_sigkills(tmp_path: Path) -> None:
    assert _kill_loop(tmp_path, kills=100, seed=100) > 100
