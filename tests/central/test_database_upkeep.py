"""Heartbeats (latest state + hourly history, pruned), kiosk renames, purge and retention, the
audit log: on SQLite and on a real PostgreSQL, through the store and the real `pitstop central`
commands; a renamed kiosk's queue goes through a real sync engine and server."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey

from central.audit import audit_events, record_audit
from central.export import export_store
from central.models import StoredRequest
from central.retention import RetentionJob, expire
from central.store import AuthError, CentralError, CentralStore, KioskMismatch
from kiosk import settings as settings_mod
from kiosk.privacy.keys import generate_keypair, load_private_key
from sync.engine import SyncEngine
from sync.protocol import Heartbeat, RequestEnvelope, convert
from tests.central.live import LiveServer, make_kiosk, submit

ROOT = Path(__file__).resolve().parents[2]
PITSTOP = [sys.executable, "-m", "kiosk.cli.main"]
T0 = dt.datetime(2026, 12, 1, 9, 15, tzinfo=dt.UTC)


def pitstop(url: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", url, *args],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def beat(kiosk_id: str, **values: Any) -> Heartbeat:
    return convert(Heartbeat, {"kiosk_id": kiosk_id, "sent_at": "2026-12-01T09:00:00Z", **values})


def envelope(kiosk_id: str, n: int = 0, sealed: bytes | None = None) -> RequestEnvelope:
    content = sealed if sealed is not None else f"sealed {kiosk_id} {n} {uuid.uuid4()}".encode()
    return convert(
        RequestEnvelope,
        {
            "format": "pitstop-request",
            "format_version": 1,
            "id": str(uuid.uuid4()),
            "kiosk_id": kiosk_id,
            "created_at": "2026-12-01T09:00:00Z",
            "notice_version": "2026-11",
            "schema_version": 1,
            "sealed": base64.b64encode(content).decode(),
            "sha256": hashlib.sha256(content).hexdigest(),
        },
    )


# -- heartbeats ----------------------------------------------------------------------------------


def test_a_heartbeat_upserts_the_latest_state_and_folds_the_hour_into_the_history(
    any_store: CentralStore,
) -> None:
    token = any_store.new_token("kiosk-1")

    any_store.record_heartbeat(token, beat("kiosk-1", pending=5, app_version="1.0"), T0)
    any_store.record_heartbeat(
        token, beat("kiosk-1", pending=2, app_version="1.1"), T0 + dt.timedelta(minutes=30)
    )
    any_store.record_heartbeat(
        token, beat("kiosk-1", pending=1, last_error="rete giù"), T0 + dt.timedelta(hours=1)
    )

    (kiosk,) = any_store.kiosks()
    assert (kiosk.pending, kiosk.app_version, kiosk.last_error) == (1, "", "rete giù")
    assert kiosk.last_heartbeat_at == T0 + dt.timedelta(hours=1)
    assert kiosk.token_hash is not None and kiosk.revoked_at is None  # the token is untouched
    hours = any_store.heartbeat_history("kiosk-1")
    assert [(h.hour, h.beats, h.pending_max, h.app_version) for h in hours] == [
        (T0.replace(minute=0), 2, 5, "1.1"),
        (T0.replace(hour=10, minute=0), 1, 1, ""),
    ]
    assert (hours[0].first_at, hours[0].last_at) == (T0, T0 + dt.timedelta(minutes=30))
    assert hours[1].last_error == "rete giù"


def test_a_refused_heartbeat_writes_nothing(any_store: CentralStore) -> None:
    token = any_store.new_token("kiosk-1")
    other = any_store.new_token("kiosk-2")
    any_store.revoke_token("kiosk-2")

    with pytest.raises(KioskMismatch):
        any_store.record_heartbeat(token, beat("kiosk-2", pending=9), T0)
    with pytest.raises(AuthError, match="revoked"):
        any_store.record_heartbeat(other, beat("kiosk-2", pending=9), T0)
    with pytest.raises(AuthError, match="not known"):
        any_store.record_heartbeat("pst_unknown", beat("kiosk-1"), T0)

    assert [(k.id, k.pending, k.last_heartbeat_at) for k in any_store.kiosks()] == [
        ("kiosk-1", 0, None),
        ("kiosk-2", 0, None),
    ]
    assert any_store.heartbeat_history("kiosk-1") == any_store.heartbeat_history("kiosk-2") == []


def test_the_history_is_pruned_after_its_days(any_store: CentralStore) -> None:
    token = any_store.new_token("kiosk-1")
    for day in range(10):
        any_store.record_heartbeat(token, beat("kiosk-1"), T0 + dt.timedelta(days=day))

    removed = any_store.prune_heartbeat_history(7, now=T0 + dt.timedelta(days=9, minutes=-30))

    assert removed == 2
    hours = [h.hour for h in any_store.heartbeat_history("kiosk-1")]
    assert hours == [T0.replace(minute=0) + dt.timedelta(days=d) for d in range(2, 10)]


# -- kiosk rename --------------------------------------------------------------------------------


def test_a_renamed_kiosks_queue_goes_through_with_both_ids_and_export_flags_it(
    tmp_path: Path, any_store: CentralStore, any_server: LiveServer
) -> None:
    """The kiosk was renamed by staff with requests queued under the old id; the office gave the
    new id a token and ran `pitstop central kiosk rename`: the queue goes, both ids are kept,
    and the export flags the difference (tests/sync/test_robustness.py: without the rename
    the same requests stay pending)."""
    keys = generate_keypair(tmp_path / "office")
    kiosk = make_kiosk(tmp_path, "kiosk-old", mode="http", url=any_server.url)
    ids = submit(kiosk, load_private_key(keys.private), 2)  # sealed under the old id
    any_store.new_token("kiosk-old")
    settings = kiosk.settings.with_value("kiosk.id", "kiosk-new").with_value(
        "sync.token", any_store.new_token("kiosk-new")
    )
    settings_mod.save(kiosk.home, settings)
    refused = SyncEngine(kiosk.home, settings, kiosk.engine).run_once()
    assert (refused.delivered, refused.pending) == (0, 2)

    renamed = pitstop(any_store.url, "kiosk", "rename", "kiosk-old", "kiosk-new", home=tmp_path)

    assert renamed.returncode == 0, renamed.stderr
    assert "token of kiosk-old is revoked" in renamed.stdout
    status = SyncEngine(kiosk.home, settings, kiosk.engine).run_once()
    assert status.ok, status.last_error
    assert (status.delivered, status.pending, status.conflicts) == (2, 0, 0)
    stored = {row.id: row for row in any_store.iter_requests()}
    assert sorted(stored) == sorted(ids)
    assert {(r.kiosk_id, r.claimed_kiosk_id) for r in stored.values()} == {
        ("kiosk-new", "kiosk-old")
    }
    out = tmp_path / "requests.csv"
    result = export_store(any_store, load_private_key(keys.private), out)
    assert (len(result.opened), result.skipped, result.flagged) == (2, 0, 2)
    table = out.read_text(encoding="utf-8-sig")
    assert table.count(";kiosk-old;kiosk-new;") == 2  # Chiosco (sealed inside), Consegnata da
    assert table.count("consegnata dal chiosco kiosk-new, ma dice di venire da kiosk-old") == 2
    (event,) = audit_events(any_store, action="kiosk.rename")
    assert event.details == {
        "old": "kiosk-old",
        "new": "kiosk-new",
        "token_moved": False,
        "old_token_revoked": True,
    }
    assert event.actor.startswith("cli:")
    kiosk.close()


def test_a_rename_to_a_new_id_moves_the_token_and_chains(any_store: CentralStore) -> None:
    token = any_store.new_token("kiosk-a")
    any_store.rename_kiosk("kiosk-a", "kiosk-b", "test")
    any_store.record_heartbeat(token, beat("kiosk-b", pending=3), T0)  # same token, new id
    any_store.rename_kiosk("kiosk-b", "kiosk-c", "test")

    results = any_store.store_requests(
        "kiosk-c",
        [envelope("kiosk-a"), envelope("kiosk-b"), envelope("kiosk-c"), envelope("kiosk-x")],
    )

    assert [r.status for r in results] == ["accepted", "accepted", "accepted", "rejected"]
    assert any_store.aliases("kiosk-c") == {"kiosk-a", "kiosk-b"}
    assert any_store.authenticate(token) == "kiosk-c"
    kiosks = {k.id: k for k in any_store.kiosks()}
    assert kiosks["kiosk-a"].token_hash is None and kiosks["kiosk-c"].pending == 3
    with pytest.raises(KioskMismatch):  # the token is kiosk-c's now, not kiosk-a's
        any_store.record_heartbeat(token, beat("kiosk-a"), T0)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kiosk-zz", "kiosk-new", "there is no kiosk 'kiosk-zz' (see `pitstop central kiosks`)"),
        ("kiosk-1", "kiosk-1", "kiosk kiosk-1 cannot be renamed to itself"),
        ("kiosk-2", "kiosk-0", "'kiosk-0' is a former id of kiosk kiosk-1: choose another new id"),
        ("kiosk-0", "kiosk-2", "kiosk kiosk-0 was already renamed to kiosk-1"),
    ],
)
def test_a_rename_that_cannot_be_done_changes_nothing(
    store: CentralStore, old: str, new: str, message: str
) -> None:
    store.new_token("kiosk-0")
    store.new_token("kiosk-2")
    store.rename_kiosk("kiosk-0", "kiosk-1", "test")
    before = [(k.id, k.token_hash, k.revoked_at) for k in store.kiosks()]

    with pytest.raises(CentralError) as refused:
        store.rename_kiosk(old, new, "test")

    assert str(refused.value) == message
    assert [(k.id, k.token_hash, k.revoked_at) for k in store.kiosks()] == before
    assert len(audit_events(store, action="kiosk.rename")) == 1


def test_kiosk_rename_refuses_a_bad_new_id(tmp_path: Path, store: CentralStore) -> None:
    store.new_token("kiosk-1")
    answer = pitstop(store.url, "kiosk", "rename", "kiosk-1", "bad id\x1b[31m", home=tmp_path)
    assert answer.returncode == 2
    assert answer.stderr.count("\n") == 1 and "\x1b" not in answer.stderr
    assert "is not a kiosk id (letters, digits, - and _, up to 64)" in answer.stderr


# -- purge, retention, audit ---------------------------------------------------------------------


def _fill(store: CentralStore) -> dict[str, list[str]]:
    """Requests of three kiosks, received on three days; one conflict on kiosk-1's first."""
    ids: dict[str, list[str]] = {}
    for n, kiosk_id in enumerate(("kiosk-1", "kiosk-2", "kiosk-3")):
        store.new_token(kiosk_id)
        items = [envelope(kiosk_id, i) for i in range(3)]
        store.store_requests(kiosk_id, items, T0 + dt.timedelta(days=n))
        ids[kiosk_id] = [str(item.id) for item in items]
    first = envelope("kiosk-1", sealed=b"different")
    clash = convert(RequestEnvelope, {**_plain(first), "id": ids["kiosk-1"][0]})
    assert store.store_requests("kiosk-1", [clash])[0].status == "conflict"
    return ids


def _plain(item: RequestEnvelope) -> dict[str, Any]:
    import msgspec

    return dict(msgspec.to_builtins(item))


def test_purge_dry_run_then_purge_by_date_kiosk_and_id(
    tmp_path: Path, any_store: CentralStore
) -> None:
    ids = _fill(any_store)
    url = any_store.url

    dry = pitstop(url, "purge", "--before", "2026-12-02", "--dry-run", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "Would remove 3 request(s)" in dry.stdout and "1 conflict record(s)" in dry.stdout
    assert "kiosk kiosk-1: 3" in dry.stdout and "Nothing was removed (--dry-run)." in dry.stdout
    assert any_store.request_count() == 9 and audit_events(any_store) == []

    done = pitstop(url, "purge", "--before", "2026-12-02", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Removed 3 request(s)" in done.stdout
    assert any_store.request_count() == 6 and any_store.request_count("kiosk-1") == 0

    both = pitstop(
        url,
        "purge",
        "--kiosk",
        "kiosk-2",
        "--id",
        ids["kiosk-2"][1],
        "--id",
        ids["kiosk-3"][0],
        home=tmp_path,
    )
    assert both.returncode == 0 and "Removed 1 request(s)" in both.stdout  # all criteria hold
    assert ids["kiosk-2"][1] not in {row.id for row in any_store.iter_requests()}

    none = pitstop(url, "purge", "--kiosk", "kiosk-9", home=tmp_path)
    assert none.returncode == 0 and "nothing removed" in none.stdout

    events = audit_events(any_store, action="request.purge")
    assert [e.details for e in events] == [
        {"kiosk": "kiosk-9", "requests": 0, "sealed_bytes": 0, "conflicts": 0, "kiosks": []},
        {
            "kiosk": "kiosk-2",
            "ids": 2,
            "requests": 1,
            "sealed_bytes": events[1].details["sealed_bytes"],
            "conflicts": 0,
            "kiosks": ["kiosk-2"],
        },
        {
            "before": "2026-12-02T00:00:00+00:00",
            "requests": 3,
            "sealed_bytes": events[2].details["sealed_bytes"],
            "conflicts": 1,
            "kiosks": ["kiosk-1"],
        },
    ]
    listed = pitstop(url, "audit", home=tmp_path)
    assert listed.returncode == 0 and listed.stdout.count("request.purge") == 3
    for event in events:  # never a request's content
        assert not {"sealed", "sha256", "id"} & set(event.details)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "purge needs --before DATE, --kiosk ID or --id ID (all given must hold)"),
        (("--before", "yesterday"), "--before 'yesterday' is not a date: give YYYY-MM-DD"),
        (("--before", "2026-12-01T09:00:00"), "is not a date: give YYYY-MM-DD (midnight UTC)"),
    ],
)
def test_purge_refuses_bad_criteria_in_one_sentence_and_removes_nothing(
    tmp_path: Path, store: CentralStore, args: tuple[str, ...], message: str
) -> None:
    _fill(store)
    answer = pitstop(store.url, "purge", *args, home=tmp_path)
    assert answer.returncode == 2 and message in answer.stderr
    assert answer.stderr.count("\n") == 1
    assert store.request_count() == 9


def test_retention_removes_requests_exported_or_closed_long_enough_ago(
    tmp_path: Path, any_store: CentralStore
) -> None:
    ids = _fill(any_store)
    with any_store.writing() as session:  # the office console (issue 14) will set these
        closed = session.get(StoredRequest, ids["kiosk-3"][0])
        assert closed is not None
        closed.status, closed.status_at = "closed", T0
        still_open = session.get(StoredRequest, ids["kiosk-3"][1])
        assert still_open is not None
        still_open.status, still_open.status_at = "called", T0
    assert any_store.mark_exported(ids["kiosk-1"] + ids["kiosk-2"][:1], "test", "a.csv") == 4
    assert any_store.mark_exported(ids["kiosk-1"], "test", "b.csv") == 0  # first time is kept
    with any_store.writing() as session:  # exported on T0
        for rid in ids["kiosk-1"] + ids["kiosk-2"][:1]:
            row = session.get(StoredRequest, rid)
            assert row is not None
            row.exported_at = T0

    kept = expire(any_store, 30, now=T0 + dt.timedelta(days=29))
    assert kept.requests == 0 and audit_events(any_store, action="request.expire") == []
    dry = expire(any_store, 30, now=T0 + dt.timedelta(days=31), dry_run=True)
    assert dry.requests == 5 and any_store.request_count() == 9

    gone = expire(any_store, 30, now=T0 + dt.timedelta(days=31))

    assert (gone.requests, gone.conflicts) == (5, 1)
    left = {row.id for row in any_store.iter_requests()}
    assert left == set(ids["kiosk-2"][1:] + ids["kiosk-3"][1:])
    (event,) = audit_events(any_store, action="request.expire")
    assert event.actor == "server" and event.details["days"] == 30
    assert event.details["requests"] == 5


def test_export_marks_what_it_wrote_and_is_audited(
    tmp_path: Path, any_store: CentralStore, any_server: LiveServer
) -> None:
    keys = generate_keypair(tmp_path / "office")
    kiosk = make_kiosk(
        tmp_path, "kiosk-1", mode="http", url=any_server.url, token=any_store.new_token("kiosk-1")
    )
    ids = submit(kiosk, load_private_key(keys.private), 2)
    other = submit(kiosk, PrivateKey.generate(), 1)  # sealed for another key: not in the table
    assert SyncEngine(kiosk.home, kiosk.settings, kiosk.engine).run_once().delivered == 3
    kiosk.close()

    result = export_store(
        any_store, load_private_key(keys.private), tmp_path / "out.csv", actor="cli:test"
    )

    assert (len(result.opened), result.skipped) == (2, 1)
    exported = {row.id: row.exported_at for row in any_store.iter_requests()}
    assert all(exported[i] is not None for i in ids) and exported[other[0]] is None
    (event,) = audit_events(any_store, action="request.export")
    assert event.actor == "cli:test"
    assert event.details == {"requests": 2, "first_time": 2, "out": "out.csv"}


def test_the_retention_job_runs_at_start_and_stops(store: CentralStore) -> None:
    ids = _fill(store)
    store.mark_exported(ids["kiosk-1"], "test", "x.csv")
    with store.writing() as session:
        for rid in ids["kiosk-1"]:
            row = session.get(StoredRequest, rid)
            assert row is not None
            row.exported_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)

    job = RetentionJob(store, 7, interval=3600).start()
    try:
        for _ in range(200):
            if store.request_count() == 6:
                break
            time.sleep(0.05)
    finally:
        job.stop()

    assert store.request_count() == 6 and store.request_count("kiosk-1") == 0


@pytest.mark.parametrize("value", ["0", "-3", "ten"])
def test_serve_refuses_a_bad_retention_setting(
    tmp_path: Path, store: CentralStore, value: str
) -> None:
    by_option = pitstop(
        store.url, "serve", "--port", "1", f"--retention-days={value}", home=tmp_path
    )
    by_env = subprocess.run(
        [*PITSTOP, "central", "--db", store.url, "serve", "--port", "1"],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(tmp_path), "PITSTOP_CENTRAL_RETENTION_DAYS": value},
        capture_output=True,
        text=True,
        timeout=60,
    )
    if value == "ten":
        assert by_option.returncode == 2 and "invalid int value" in by_option.stderr
    else:
        assert by_option.returncode == 2
        assert (
            f"--retention-days must be a whole number of days, 1 or more, not {value}"
            in by_option.stderr
        )
    assert by_env.returncode == 2
    assert (
        f"$PITSTOP_CENTRAL_RETENTION_DAYS must be a whole number of days, 1 or more, not {value}"
        in by_env.stderr
    )


def test_record_audit_keeps_plain_values_only(store: CentralStore) -> None:
    with store.writing() as session:
        record_audit(
            session,
            "x" * 300,
            "test.event",
            when=T0,
            day=T0.date(),
            names={"b", "a"},
            blob=b"\x00secret",
            long="y" * 1000,
        )
    (event,) = audit_events(store)
    assert len(event.actor) == 100
    assert event.details["when"] == "2026-12-01T09:15:00+00:00"
    assert event.details["day"] == "2026-12-01"
    assert event.details["names"] == ["a", "b"]
    assert len(event.details["long"]) == 200
