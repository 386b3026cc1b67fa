"""`pitstop central backup` and the documented restore (docs/central-server.md, Backup and
restore), on SQLite and on a real PostgreSQL: backup while a store is open -> a new empty
database -> restore with the documented commands -> every row the same -> a real `pitstop
central serve` on it answers a kiosk whose token was issued before the backup."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, select

from central.models import CentralBase
from central.store import CentralStore, make_engine
from sync.protocol import Heartbeat, convert
from tests.central.live import free_port as _free_port
from tests.central.live import wait_for_health
from tests.central.pg import Cluster
from tests.central.test_database_upkeep import _fill
from tests.central.test_migrations import _make_legacy
from tests.factories import catalogue_dict

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]


def pitstop(url: str, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", url, *args],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in CentralBase.metadata.sorted_tables
        }


def _serve_and_beat(url: str, token: str, home: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [*PITSTOP, "central", "--db", url, "serve", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_health(f"http://127.0.0.1:{port}", process)
        answer = requests.post(
            f"http://127.0.0.1:{port}/api/v1/heartbeat",
            json={"kiosk_id": "kiosk-1", "sent_at": "2026-12-05T09:00:00Z", "pending": 7},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
    finally:
        process.terminate()
        process.wait(10)


def test_backup_then_the_documented_restore_gives_the_same_rows_and_serves(
    tmp_path: Path, any_store: CentralStore, postgres: Cluster | str
) -> None:
    _fill(any_store)
    token = any_store.new_token("kiosk-1")
    any_store.record_heartbeat(
        token, convert(Heartbeat, {"kiosk_id": "kiosk-1", "sent_at": "2026-12-01T09:00:00Z"})
    )
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps(catalogue_dict(3)))
    any_store.publish_catalogue(catalogue)
    any_store.rename_kiosk("kiosk-2", "kiosk-9", "test")
    out = tmp_path / "backup.bin"

    made = pitstop(any_store.url, "backup", "--out", str(out), home=tmp_path)

    assert made.returncode == 0, made.stderr
    assert f"to {out}" in made.stdout and out.stat().st_size > 0
    again = pitstop(any_store.url, "backup", "--out", str(out), home=tmp_path)
    assert again.returncode == 2 and "already exists: backups are never overwritten" in again.stderr
    if any_store.is_sqlite:  # docs: stop the server, copy the file in place of the database
        restored = tmp_path / "restored" / "central.sqlite3"
        restored.parent.mkdir()
        shutil.copyfile(out, restored)
        url = f"sqlite:///{restored}"
    else:  # docs: createdb, then pg_restore --no-owner into it
        assert isinstance(postgres, Cluster)
        url = postgres.create_database("restored_from_backup")
        loaded = subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                f"--dbname={url.replace('+psycopg', '')}",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert loaded.returncode == 0, loaded.stderr
    original, copy = any_store.engine, make_engine(url)
    try:
        assert _rows(copy) == _rows(original)
        assert sum(len(rows) for rows in _rows(copy).values()) > 15
        migrated = pitstop(url, "migrate", home=tmp_path)
        assert "already at revision" in migrated.stdout, migrated.stderr
        _serve_and_beat(url, token, tmp_path)
        restored_store = CentralStore(url)
        assert {k.id: k.pending for k in restored_store.kiosks()}["kiosk-1"] == 7
        restored_store.close()
    finally:
        copy.dispose()


def test_a_backup_that_cannot_be_made_says_why_and_leaves_no_file(
    tmp_path: Path, any_store: CentralStore
) -> None:
    missing = tmp_path / "no-such-folder" / "b.bin"
    answer = pitstop(any_store.url, "backup", "--out", str(missing), home=tmp_path)
    assert answer.returncode == 2
    assert answer.stderr.strip().endswith("no such folder; create it or choose another --out")

    out = tmp_path / "b.bin"
    if any_store.is_sqlite:
        broken = f"sqlite:///{tmp_path / 'nothing-here.sqlite3'}"
        answer = pitstop(broken, "backup", "--out", str(out), home=tmp_path)
        assert "there is no SQLite database file at" in answer.stderr
    else:
        answer = pitstop(
            any_store.url, "backup", "--out", str(out), home=tmp_path, PATH="/nonexistent"
        )
        assert "pg_dump is not installed: install Debian's postgresql-client" in answer.stderr
    assert answer.returncode == 2 and answer.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".b", "b."))) == []


def test_a_database_of_an_older_version_can_be_backed_up_before_migrate(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    _make_legacy(url, make_engine(url))
    out = tmp_path / "before-migrate.sqlite3"

    answer = pitstop(url, "backup", "--out", str(out), home=tmp_path)

    assert answer.returncode == 0, answer.stderr
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT count(*) FROM request").fetchone() == (8,)
