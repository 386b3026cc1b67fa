"""Staff home facts: every source optional, waiting requests only as a count."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.catalogue.importer import import_file
from kiosk.db.sqlite import SqliteFile
from kiosk.settings import Settings
from kiosk.staff import status


def test_facts_on_a_fresh_kiosk(home: Path, engine: SqliteFile) -> None:
    facts = status.collect(home, Settings(), engine, started_at=1000.0, now=1000.0 + 3 * 3600 + 120)
    assert facts.demo_mode is True
    assert facts.catalogue_version is None
    assert facts.sync == status.SyncFacts()
    assert facts.requests_waiting == 0
    assert facts.disk_free_bytes is not None and facts.disk_free_bytes > 0
    assert status.format_duration(facts.uptime_seconds) == "3 h 2 min"


def test_facts_with_catalogue_sync_state_and_outbox(
    home: Path, engine: SqliteFile, catalogue_file: Path
) -> None:
    loaded = import_file(engine, catalogue_file)
    (home / "sync-state.json").write_text(
        json.dumps({"last_success": "2026-11-20T10:00:00+01:00", "last_error": "Share not found"})
    )
    with engine.begin() as connection:
        for rid, state in [("a", "pending"), ("b", "pending"), ("c", "delivered")]:
            connection.execute(
                "INSERT INTO contact_request VALUES "
                "(:id, 'k1', '2026-11-20 10:00:00', '2026-11', 1, x'00', '')",
                {"id": rid},
            )
            connection.execute(
                "INSERT INTO outbox (request_id, state, attempts, next_attempt_at) "
                "VALUES (:id, :state, 0, '2026-11-20 10:00:00')",
                {"id": rid, "state": state},
            )
    settings = Settings().with_value("privacy.central_public_key", "/etc/pitstop/central.pub")
    settings = settings.with_value("kiosk.venue", "Biblioteca civica")
    facts = status.collect(home, settings, engine)
    assert facts.demo_mode is False
    assert facts.venue == "Biblioteca civica"
    assert facts.catalogue_version == loaded.catalogue.version
    assert facts.sync.last_success == "2026-11-20T10:00:00+01:00"
    assert facts.sync.last_error == "Share not found"
    assert facts.requests_waiting == 2
    assert "outbox" not in json.dumps(facts.as_dict())


def test_damaged_sync_state_is_ignored(home: Path) -> None:
    (home / "sync-state.json").write_text("[1, 2")
    assert status.read_sync_state(home) == status.SyncFacts()
    (home / "sync-state.json").write_text("[1, 2]")
    assert status.read_sync_state(home) == status.SyncFacts()


def test_formatting() -> None:
    assert status.format_bytes(5 * 2**30) == "5 GB"
    assert status.format_duration(2 * 86400 + 5 * 3600) == "2 d 5 h"
    assert status.format_duration(59) == "0 min"
    assert status.parse_time("nonsense") is None


def test_requests_in_conflict_are_counted_apart(home: Path, engine: SqliteFile) -> None:
    from nacl.public import PrivateKey

    from kiosk.intake import outbox
    from kiosk.intake.model import parse_request
    from kiosk.intake.store import submit_request
    from tests.kiosk.intake.conftest import request_data

    ids = []
    for name in ("Zebulonia", "Quirinella", "Ottavina"):
        request = parse_request(request_data(first_name=name))
        submit_request(engine, request, PrivateKey.generate().public_key)
        ids.append(str(request.id))
    outbox.mark_conflict(engine, ids[0], "different content under this id on the server")
    facts = status.collect(home, Settings(), engine)
    assert facts.requests_waiting == 2 and facts.requests_in_conflict == 1
    assert "Zebulonia" not in json.dumps(facts.as_dict())


def test_demo_mode_is_the_one_the_sealing_uses(home: Path, engine: SqliteFile) -> None:
    from kiosk.privacy.keys import is_demo_mode

    blank = Settings().with_value("privacy.central_public_key", "   ")
    assert is_demo_mode(blank)
    assert status.collect(home, blank, engine).demo_mode is True


def test_only_the_sync_state_fields_the_engine_writes_are_read(home: Path) -> None:
    (home / "sync-state.json").write_text(
        json.dumps(
            {
                "last_success_at": "2026-11-20T10:00:00+01:00",
                "last_error_message": "old name",
                "last_attempt_at": "2026-11-20T10:00:00Z",
            }
        )
    )
    assert status.read_sync_state(home) == status.SyncFacts()


def test_the_office_key_fingerprint_is_shown_to_read_over_the_phone(
    home: Path, engine: SqliteFile, tmp_path: Path
) -> None:
    from kiosk.privacy.keys import describe_key_file, generate_keypair

    files = generate_keypair(tmp_path / "office")
    live = Settings().with_value("privacy.central_public_key", str(files.public))
    expected = describe_key_file(files.public).fingerprint

    assert status.collect(home, live, engine).office_key_fingerprint == expected
    assert status.collect(home, Settings(), engine).office_key_fingerprint is None  # demo
    files.public.write_text("not a key\n", encoding="utf-8")
    assert status.collect(home, live, engine).office_key_fingerprint is None
