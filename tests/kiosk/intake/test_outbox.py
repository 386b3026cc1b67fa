"""The outbox API used by the sync engine (kiosk.intake.outbox) and the request file format."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.db.sqlite import SqliteFile, column, utc_from_text
from kiosk.intake import outbox
from kiosk.intake.model import ContactRequest
from kiosk.intake.outbox import Envelope
from kiosk.intake.store import seal_request, submit_request

Make = Callable[..., ContactRequest]
T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def envelope(make_request: Make, private_key: PrivateKey) -> Envelope:
    return seal_request(make_request(created_at=T0), private_key.public_key)


def _submit_at(engine: SqliteFile, make: Make, key: PrivateKey, minutes: int) -> str:
    return submit_request(
        engine, make(created_at=T0 + dt.timedelta(minutes=minutes)), key.public_key
    ).id


def _states(engine: SqliteFile) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute("SELECT request_id, state FROM outbox")
        return {row.request_id: row.state for row in rows}


def test_envelope_json_round_trip_and_documented_layout(envelope: Envelope) -> None:
    data = envelope.to_json()
    document = json.loads(data)
    assert list(document) == [
        "format",
        "format_version",
        "id",
        "kiosk_id",
        "created_at",
        "notice_version",
        "schema_version",
        "sealed",
        "sha256",
    ]
    assert document["format"] == "pitstop-request" and document["format_version"] == 1
    assert document["created_at"] == "2026-11-23T09:00:00Z"
    assert base64.b64decode(document["sealed"]) == envelope.sealed
    assert Envelope.from_json(data) == envelope


def _altered(envelope: Envelope, **changes: object) -> bytes:
    document = json.loads(envelope.to_json())
    document.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"format": "pitstop-catalogue"}, "not a request file"),
        ({"format_version": 2}, "unsupported format_version 2"),
        ({"id": "not-a-uuid"}, "is not a UUID"),
        ({"id": "6896E861-BE02-4CE4-8EA6-E87F35A0139F"}, "canonical"),
        ({"created_at": "2026-11-23T09:00:00"}, "no UTC offset"),
        ({"created_at": "yesterday"}, "not an ISO 8601 time"),
        ({"sealed": "***"}, "not valid base64"),
        ({"sha256": "0" * 64}, "sha256 does not match"),
        ({"kiosk_id": None}, "kiosk_id is missing"),
        ({"schema_version": True}, "schema_version is missing or not a int"),
    ],
)
def test_from_json_says_what_is_wrong(
    envelope: Envelope, changes: dict[str, object], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        Envelope.from_json(_altered(envelope, **changes))


def test_from_json_refuses_damaged_files(envelope: Envelope) -> None:
    data = envelope.to_json()
    with pytest.raises(ValueError, match="damaged or truncated"):
        Envelope.from_json(data[: len(data) // 2])
    with pytest.raises(ValueError, match="JSON object"):
        Envelope.from_json(b"[1, 2]")
    flipped = bytearray(envelope.sealed)
    flipped[10] ^= 1
    with pytest.raises(ValueError, match="sha256 does not match"):
        Envelope.from_json(_altered(envelope, sealed=base64.b64encode(flipped).decode()))


def test_pending_is_oldest_first_due_only_and_limited(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    ids = [_submit_at(engine, make_request, private_key, m) for m in (5, 0, 10)]
    now = T0 + dt.timedelta(hours=1)
    assert [e.id for e in outbox.pending(engine, 10, now)] == [ids[1], ids[0], ids[2]]
    assert [e.id for e in outbox.pending(engine, 2, now)] == [ids[1], ids[0]]
    assert [e.id for e in outbox.pending(engine, 10, T0 + dt.timedelta(minutes=6))] == [
        ids[1],
        ids[0],
    ]
    outbox.record_failure(engine, [ids[1]], "connection refused", now + dt.timedelta(minutes=5))
    assert [e.id for e in outbox.pending(engine, 10, now)] == [ids[0], ids[2]]
    assert outbox.pending_count(engine) == 3
    with engine.connect() as connection:
        row = connection.execute(
            "SELECT * FROM outbox WHERE request_id = :id", {"id": ids[1]}
        ).fetchone()
    assert (row.attempts, row.last_error) == (1, "connection refused")
    assert utc_from_text(row.next_attempt_at) == now + dt.timedelta(minutes=5)


def test_delivered_and_conflict_leave_pending(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    a, b, c = (_submit_at(engine, make_request, private_key, m) for m in range(3))
    assert outbox.mark_delivered(engine, [a], "folder", T0) == 1
    assert outbox.mark_delivered(engine, [a], "http", T0 + dt.timedelta(days=1)) == 0
    outbox.mark_conflict(engine, b, "different content under this id on the server")
    outbox.record_failure(engine, [a, b], "timeout", T0 + dt.timedelta(days=9))
    assert _states(engine) == {a: "delivered", b: "conflict", c: "pending"}
    assert outbox.pending_count(engine) == 1
    assert [e.id for e in outbox.pending(engine, 10, T0 + dt.timedelta(days=1))] == [c]
    with engine.connect() as connection:
        row = connection.execute(
            "SELECT * FROM outbox WHERE request_id = :id", {"id": a}
        ).fetchone()
    assert (utc_from_text(row.delivered_at), row.delivered_via, row.attempts) == (T0, "folder", 0)
    assert outbox.mark_delivered(engine, [], "folder", T0) == 0


def test_purge_removes_delivered_after_retention_and_never_unsent(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    old, recent, unsent, conflict = (
        _submit_at(engine, make_request, private_key, m) for m in range(4)
    )
    outbox.mark_delivered(engine, [old], "folder", T0)
    outbox.mark_delivered(engine, [recent], "http", T0 + dt.timedelta(days=6))
    outbox.mark_conflict(engine, conflict, "differs")
    later = T0 + dt.timedelta(days=7, minutes=1)
    assert outbox.purge_delivered(engine, retention_days=7, now=later) == 1
    assert set(_states(engine)) == {recent, unsent, conflict}
    assert outbox.purge_delivered(engine, retention_days=7, now=later) == 0
    assert outbox.purge_delivered(engine, now=later + dt.timedelta(days=365)) == 1
    assert _states(engine) == {unsent: "pending", conflict: "conflict"}
    with engine.connect() as connection:
        assert set(column(connection, "SELECT id FROM contact_request")) == {
            unsent,
            conflict,
        }


def test_purge_wipes_the_sealed_bytes_from_database_and_wal(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    request_id = _submit_at(engine, make_request, private_key, 0)
    [envelope] = outbox.pending(engine, 1, T0)
    db_file = engine.path
    wal = db_file.with_name(db_file.name + "-wal")
    assert envelope.sealed[:32] in db_file.read_bytes() + wal.read_bytes()
    outbox.mark_delivered(engine, [request_id], "folder", T0)
    assert outbox.purge_delivered(engine, 0, T0) == 1
    assert wal.stat().st_size == 0
    assert envelope.sealed[:32] not in db_file.read_bytes()
    assert request_id.encode() not in db_file.read_bytes()
    check = sqlite3.connect(db_file)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        check.close()


def test_export_pending_writes_one_checked_file_per_request_and_never_overwrites(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey, tmp_path: Path
) -> None:
    a, b, delivered = (_submit_at(engine, make_request, private_key, m) for m in range(3))
    outbox.mark_delivered(engine, [delivered], "folder", T0)
    folder = tmp_path / "usb" / "richieste"
    assert outbox.export_pending(engine, folder) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{a}.json", f"{b}.json"])
    assert Envelope.from_json((folder / f"{a}.json").read_bytes()).id == a
    assert outbox.export_pending(engine, folder) == 2  # same content: left alone
    (folder / f"{b}.json").write_bytes(b"{}")
    with pytest.raises(FileExistsError, match=f"{b}.json exists with other content"):
        outbox.export_pending(engine, folder)
    assert (folder / f"{b}.json").read_bytes() == b"{}"
    assert outbox.pending_count(engine) == 2


def test_export_includes_requests_in_conflict_for_hand_delivery(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey, tmp_path: Path
) -> None:
    pending, conflict, delivered = (
        _submit_at(engine, make_request, private_key, m) for m in range(3)
    )
    outbox.mark_conflict(engine, conflict, "different content under this id on the server")
    outbox.mark_delivered(engine, [delivered], "folder", T0)
    assert outbox.conflict_count(engine) == 1 and outbox.pending_count(engine) == 1
    folder = tmp_path / "usb"
    assert outbox.export_pending(engine, folder) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{pending}.json", f"{conflict}.json"]
    )
    assert _states(engine)[conflict] == "conflict"  # still kept, still shown to staff
