"""How central-b1c6bd3.sql was made: a central database built by main's code at commit b1c6bd3
(before migrations: `create_all` + `_add_missing_columns`), with kiosks (one token revoked),
requests of two kiosks, a conflict, a heartbeat and two published catalogues, dumped as SQL.

It only reproduces the dump when run with that commit's code:
    git worktree add /tmp/b1c6bd3 b1c6bd3 && cd /tmp/b1c6bd3 &&
    PYTHONPATH=. /work/main/.venv/bin/python /work/main/tests/central/data/make_legacy_dump.py OUT.sql
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
import sys
import uuid
from pathlib import Path

from central.store import CentralStore
from sync.protocol import Heartbeat, RequestEnvelope, convert
from tests.factories import catalogue_dict


def envelope(kiosk: str, n: int, sealed: bytes | None = None) -> RequestEnvelope:
    content = sealed if sealed is not None else f"sealed {kiosk} {n}".encode() + bytes(range(256))
    return convert(
        RequestEnvelope,
        {
            "format": "pitstop-request",
            "format_version": 1,
            "id": str(uuid.UUID(int=n + (1 << 64))),
            "kiosk_id": kiosk,
            "created_at": f"2026-12-0{1 + n % 3}T0{n % 10}:00:00+01:00",
            "notice_version": "2026-11",
            "schema_version": 1,
            "sealed": base64.b64encode(content).decode(),
            "sha256": hashlib.sha256(content).hexdigest(),
        },
    )


def main(out: Path) -> None:
    db = out.with_suffix(".sqlite3")
    db.unlink(missing_ok=True)
    store = CentralStore(f"sqlite:///{db}")
    tokens = {k: store.new_token(k) for k in ("kiosk-legnano", "kiosk-magenta", "kiosk-old")}
    store.revoke_token("kiosk-old")
    now = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)
    store.store_requests("kiosk-legnano", [envelope("kiosk-legnano", n) for n in range(5)], now)
    later = now + dt.timedelta(hours=1)
    magenta = [envelope("kiosk-magenta", n) for n in range(10, 13)]
    store.store_requests("kiosk-magenta", magenta, later)
    clash = envelope("kiosk-legnano", 0, sealed=b"other")
    store.store_requests("kiosk-legnano", [clash], now + dt.timedelta(hours=2))
    beat = {
        "kiosk_id": "kiosk-legnano",
        "sent_at": "2026-12-03T10:00:00Z",
        "app_version": "1.0",
        "catalogue_version": "2026.1",
        "pending": 2,
        "conflicts": 1,
        "last_success": "2026-12-03T09:00:00+01:00",
        "last_error": "la rete è giù",
    }
    store.record_heartbeat(tokens["kiosk-legnano"], convert(Heartbeat, beat), now)
    for n in (1, 2):
        path = out.parent / f"cat{n}.json"
        path.write_text(json.dumps(catalogue_dict(3, version=f"2026.{n}")))
        store.publish_catalogue(path)
    store.close()
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=DELETE")
    out.write_text("\n".join(connection.iterdump()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
