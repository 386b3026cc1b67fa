"""sync-state.json: the sync engine (sync.state) and the staff home (kiosk.syncstate) read it alike."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from kiosk.staff import status
from kiosk.syncstate import SYNC_STATE_FILE, SyncFacts, read_sync_state, sync_state_path
from sync.state import STATE_FILE, SyncState, load_state, save_state, state_path

WHEN = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def facts_of(state: SyncState) -> SyncFacts:
    """What the staff home should show of what the sync engine loaded."""
    return SyncFacts(
        last_success=state.last_success.isoformat() if state.last_success else None,
        last_error=state.last_error or None,
        last_attempt=state.last_attempt.isoformat() if state.last_attempt else None,
    )


def test_one_file_name(home: Path) -> None:
    assert STATE_FILE == SYNC_STATE_FILE == "sync-state.json"
    assert state_path(home) == sync_state_path(home) == home / "sync-state.json"


def test_what_the_engine_saves_the_staff_home_shows(home: Path) -> None:
    state = SyncState(
        last_success=WHEN,
        last_attempt=WHEN + dt.timedelta(minutes=5),
        last_error="Share not found",
        failures=2,
        next_attempt=WHEN + dt.timedelta(minutes=10),
        etag='"abc"',
        staged_version="2026-11-20",
    )
    save_state(home, state)
    assert load_state(home) == state
    facts = read_sync_state(home)
    assert facts == facts_of(state)
    assert facts.last_success == "2026-11-20T09:00:00+00:00"
    assert status.read_sync_state(home) == facts  # the staff status module uses the same reader


@pytest.mark.parametrize(
    "content",
    [None, b"", b"[1, 2", b"[1, 2]", b"null", b'"text"', b"\xff\xfe\x00garbage", b"{"],
    ids=["missing", "empty", "damaged", "list", "null", "string", "binary", "cut"],
)
def test_missing_or_damaged_file_is_nothing_known_to_both(
    home: Path, content: bytes | None, caplog: pytest.LogCaptureFixture
) -> None:
    if content is not None:
        (home / "sync-state.json").write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert load_state(home) == SyncState()
        assert read_sync_state(home) == SyncFacts()
    if content is None:
        assert caplog.records == []


@pytest.mark.parametrize(
    "data",
    [
        {"last_success": "2026-11-20T10:00:00+01:00", "last_error": "Share not found"},
        {"last_success": "2026-11-20T10:00:00", "last_attempt": "2026-11-20 10:05:00"},
        {"last_success": "yesterday", "last_attempt": 12, "last_error": ""},
        {"last_success": "", "last_attempt": None, "last_error": None},
        {"last_error": 404, "last_success": ["2026-11-20"]},
        {"last_success_at": "2026-11-20T10:00:00+01:00", "error": "old field names"},
    ],
)
def test_both_read_the_same_file_the_same_way(home: Path, data: dict[str, object]) -> None:
    (home / "sync-state.json").write_text(json.dumps(data), encoding="utf-8")
    assert read_sync_state(home) == facts_of(load_state(home))


def test_a_byte_order_mark_is_read_by_both(home: Path) -> None:
    text = json.dumps({"last_success": "2026-11-20T10:00:00Z", "last_error": "Nessuna rete"})
    (home / "sync-state.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    facts = read_sync_state(home)
    assert facts == facts_of(load_state(home))
    assert facts == SyncFacts(last_success="2026-11-20T10:00:00+00:00", last_error="Nessuna rete")


def test_a_time_without_offset_is_utc_for_both(home: Path) -> None:
    (home / "sync-state.json").write_text(json.dumps({"last_success": "2026-11-20T10:00:00"}))
    assert load_state(home).last_success == dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    assert read_sync_state(home).last_success == "2026-11-20T10:00:00+00:00"
