"""central/usage.py: a day sent again replaces the office's counts; a heartbeat with a day twice
is refused whole; a search word with a digit or an "@" from a hostile client is never stored; and
`pitstop central import-usage --share DIR` (a real subprocess on a real folder) stores the day
files kiosks left and names every file it leaves out (links, pipes, wrong kiosk, wrong name,
damaged, too large) in one sentence each, changing nothing on the share."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import requests

from central import usage
from central.store import CentralStore
from tests.central.live import LiveServer

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
DAY = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


def _beat(kiosk: str, days: list[dict[str, object]]) -> dict[str, object]:
    return {"kiosk_id": kiosk, "sent_at": "2026-12-01T09:00:00Z", "usage": days}


def _day(day: dt.date, *counts: tuple[str, str, int]) -> dict[str, object]:
    return {
        "day": day.isoformat(),
        "counts": [{"metric": m, "key": k, "count": n} for m, k, n in counts],
    }


def test_a_day_sent_again_replaces_and_hostile_keys_are_not_stored(store: CentralStore) -> None:
    token = store.new_token("k1")
    live = LiveServer(store)
    try:
        auth = {"Authorization": f"Bearer {token}"}
        url = f"{live.url}/api/v1/heartbeat"
        first = _day(DAY, ("session", "", 4), ("search.empty.word", "piscina", 1))
        answer = requests.post(url, json=_beat("k1", [first]), headers=auth, timeout=10)
        assert answer.status_code == 200, answer.text
        assert answer.json()["usage_days"] == [DAY.isoformat()]
        again = _day(
            DAY,
            ("session", "", 5),
            ("search.empty.word", "tel 3331234567", 1),  # a hostile client: never stored
            ("search.empty.word", "mario@rossi", 1),
        )
        answer = requests.post(url, json=_beat("k1", [again]), headers=auth, timeout=10)
        assert answer.status_code == 200, answer.text
        assert usage.held(store) == {("k1", DAY): {("session", ""): 5}}

        twice = requests.post(url, json=_beat("k1", [first, again]), headers=auth, timeout=10)
        assert twice.status_code == 422
        assert twice.json() == {"detail": f"usage: the day {DAY.isoformat()} comes twice"}
        assert usage.held(store) == {("k1", DAY): {("session", ""): 5}}  # nothing of it stored
    finally:
        live.stop()


def _day_file(kiosk: str, day: dt.date, sessions: int) -> bytes:
    document = {"format": "pitstop-usage", "format_version": 1, "kiosk_id": kiosk}
    document.update(_day(day, ("session", "", sessions)))
    return json.dumps(document).encode()


def _import(db: str, share: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", db, "import-usage", "--share", str(share)],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_usage_stores_the_day_files_and_names_every_file_it_leaves_out(
    tmp_path: Path,
) -> None:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    CentralStore(db).close()
    share = tmp_path / "share"
    k1, k2 = share / "usage" / "k1", share / "usage" / "k2"
    k1.mkdir(parents=True)
    k2.mkdir()
    older = DAY - dt.timedelta(days=1)
    (k1 / f"{DAY}.json").write_bytes(_day_file("k1", DAY, 3))
    (k1 / f"{older}.json").write_bytes(_day_file("k1", older, 2))
    (k2 / f"{DAY}.json").write_bytes(_day_file("k1", DAY, 9))  # another kiosk's name
    (k2 / "notes.json").write_bytes(_day_file("k2", DAY, 9))
    (k2 / f"{older}.json").write_bytes(b"{not json")
    secret = tmp_path / "secret.json"
    secret.write_bytes(_day_file("k2", DAY, 9))
    (k2 / "2020-01-02.json").symlink_to(secret)
    os.mkfifo(k2 / "2020-01-03.json")
    (k2 / "2020-01-04.json").write_bytes(b" " * (usage.MAX_FILE_BYTES + 1))
    (share / "usage" / "bad id!").mkdir()
    (k1 / f".{DAY}.json.123.abcdef01.tmp").write_bytes(b"half")  # a kiosk's temporary file
    before = sorted((p.name, p.lstat().st_size) for p in share.rglob("*"))

    done = _import(db, share, tmp_path)

    assert done.returncode == 1
    assert "2 day file(s) of usage counts stored" in done.stdout
    problems = done.stderr.splitlines()
    assert problems == [
        "usage/bad id! is not named after a kiosk id: left out",
        "usage/k2/2020-01-02.json is a symbolic link, which is never followed: left out",
        "usage/k2/2020-01-03.json is not a regular file: left out",
        f"usage/k2/2020-01-04.json is larger than {usage.MAX_FILE_BYTES} bytes: left out",
        f"usage/k2/{older}.json is not a usage day file (JSON is malformed: object keys "
        "must be strings (byte 1)): left out",
        f"usage/k2/{DAY}.json names the kiosk k1, not k2: left out",
        "usage/k2/notes.json is not named like a day file (2026-12-01.json): left out",
    ]
    store = CentralStore(db)
    try:
        assert usage.held(store) == {
            ("k1", DAY): {("session", ""): 3},
            ("k1", older): {("session", ""): 2},
        }
    finally:
        store.close()
    assert sorted((p.name, p.lstat().st_size) for p in share.rglob("*")) == before

    (k1 / f"{DAY}.json").write_bytes(_day_file("k1", DAY, 4))  # the day grew on the kiosk
    assert _import(db, share, tmp_path).returncode == 1  # the same files left out again
    store = CentralStore(db)
    try:
        assert usage.held(store)[("k1", DAY)] == {("session", ""): 4}  # replaced, not added
    finally:
        store.close()
