"""Storing sealed requests (kiosk.intake.store) and migration 0003: sealing, canary, atomicity."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec
import pytest
from alembic import command
from nacl.public import PrivateKey
from sqlalchemy import func, inspect, select, text

from kiosk.catalogue.importer import import_file
from kiosk.context import open_kiosk
from kiosk.db.engine import alembic_config, make_engine, migrate
from kiosk.db.models import service
from kiosk.db.sqlite import SqliteFile, scalar, utc_from_text
from kiosk.intake import outbox
from kiosk.intake.inbox import decrypt_envelope, open_share, request_row
from kiosk.intake.model import ContactRequest, parse_request
from kiosk.intake.store import seal_request, submit_request
from kiosk.paths import database_path, log_dir
from kiosk.privacy.keys import central_public_key, ensure_demo_central, load_private_key
from tests.kiosk.intake.conftest import CANARIES, CANARY_EMAIL, CANARY_NAME

Make = Callable[..., ContactRequest]


def _count(engine: SqliteFile, table: str) -> int:
    with engine.connect() as connection:
        return int(scalar(connection, f"SELECT count(*) FROM {table}"))


def test_seal_and_open_round_trip(make_request: Make, private_key: PrivateKey) -> None:
    request = make_request(first_name="Zoë", email="zoe@example.org")
    envelope = seal_request(request, private_key.public_key)
    # Whole words only: a 2-byte needle turns up by chance in ~0.5 % of random ciphertexts.
    for plaintext in ("Zoë", "zoe@example.org"):
        assert plaintext.encode() not in envelope.sealed
    assert envelope.id == str(request.id)
    assert decrypt_envelope(envelope, private_key) == request.payload()
    assert (
        parse_request(
            {k: v for k, v in decrypt_envelope(envelope, private_key).items() if k != "reference"}
        )
        == request
    )


def test_submit_stores_sealed_request_and_pending_outbox_row(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    request = make_request()
    submitted = submit_request(engine, request, private_key.public_key)
    assert submitted.id == str(request.id) and submitted.reference == request.reference
    assert submitted.stored
    [envelope] = outbox.pending(engine, 10, dt.datetime.now(dt.UTC))
    assert envelope.id == submitted.id and envelope.created_at == request.created_at
    assert decrypt_envelope(envelope, private_key)["reference"] == submitted.reference
    with engine.connect() as connection:
        row = connection.execute("SELECT * FROM outbox").fetchone()
    assert (row.state, row.attempts) == ("pending", 0)
    assert utc_from_text(row.next_attempt_at) == request.created_at


def test_double_submit_stores_one_and_returns_the_same_reference(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    request = make_request()
    first = submit_request(engine, request, private_key.public_key)
    second = submit_request(engine, request, private_key.public_key)
    changed = msgspec.structs.replace(request, first_name="Other")
    third = submit_request(engine, changed, private_key.public_key)
    assert first.reference == second.reference == third.reference
    assert (first.stored, second.stored, third.stored) == (True, False, False)
    assert _count(engine, "contact_request") == _count(engine, "outbox") == 1
    [envelope] = outbox.pending(engine, 10, dt.datetime.now(dt.UTC))
    assert decrypt_envelope(envelope, private_key)["first_name"] == "Giulia"


def test_failed_outbox_insert_leaves_no_request_row(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    with engine.begin() as connection:
        connection.execute(
            "CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox "
            "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"
        )
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        submit_request(engine, make_request(), private_key.public_key)
    assert _count(engine, "contact_request") == 0
    with engine.begin() as connection:
        connection.execute("DROP TRIGGER outbox_fails")
    submit_request(engine, make_request(), private_key.public_key)
    assert _count(engine, "contact_request") == _count(engine, "outbox") == 1


@pytest.fixture
def logged_home(home: Path) -> Iterator[Path]:
    """`home` with every log record (SQL and its parameters included) written to logs/ in it."""
    handler = logging.FileHandler(log_dir(home) / "kiosk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(message)s %(args)s"))
    root, sql = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    levels = (root.level, sql.level)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sql.setLevel(logging.INFO)
    yield home
    root.removeHandler(handler)
    root.setLevel(levels[0])
    sql.setLevel(levels[1])
    handler.close()


def _files_containing(folder: Path, needles: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes().lower()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                if needle.lower().encode(encoding) in data:
                    found.append(f"{path.relative_to(folder)}: {needle!r} ({encoding})")
    return found


def test_canary_is_nowhere_in_the_data_folder_and_opens_once_at_the_office(
    logged_home: Path, canary_request: ContactRequest, catalogue_file: Path
) -> None:
    home = logged_home
    context = open_kiosk(home, load_demo=False)
    try:
        import_file(context.engine, catalogue_file)
        key = central_public_key(context.settings, home)
        # the kiosk's own id, as its form sets it (the office flags a request in another's folder)
        request = msgspec.structs.replace(canary_request, kiosk_id=context.settings.kiosk.id)
        submitted = submit_request(context.engine, request, key)
        submit_request(context.engine, request, key)  # a double tap
        assert database_path(home).with_name("pitstop.sqlite3-wal").stat().st_size > 0
        assert _files_containing(home, CANARIES) == []
        assert _files_containing(home, ("Cooperativa",)), "the scan must see catalogue text"
        share = ensure_demo_central(home) / "share"
        assert outbox.export_pending(context.engine, share / context.settings.kiosk.id) == 1
    finally:
        context.close()
    assert "pitstop.sqlite3" in {p.name for p in home.iterdir()}
    assert (log_dir(home) / "kiosk.log").read_text(encoding="utf-8").count(submitted.id) >= 1
    assert _files_containing(home, CANARIES) == []

    result = open_share(share, load_private_key(home / "demo-central" / "central.key"))
    assert result.warnings == []
    rows = [request_row(p) for p in result.payloads]
    assert [(r["Nome"], r["Email"], r["Telefono"]) for r in rows] == [
        (CANARY_NAME, CANARY_EMAIL, "+39 347 555 0199")
    ]
    assert rows[0]["Riferimento"] == submitted.reference


def test_migration_0003_upgrades_a_0002_database_keeping_the_catalogue(
    home: Path, catalogue_file: Path
) -> None:
    engine = make_engine(database_path(home))
    try:
        migrate(engine, "0002")
        import_file(SqliteFile(database_path(home)), catalogue_file)
        with engine.connect() as connection:
            services = connection.execute(select(func.count()).select_from(service)).scalar_one()
            assert not inspect(connection).has_table("outbox")
        migrate(engine, "0003")  # this migration, not the head (0004 and later come after it)
        with engine.connect() as connection:
            assert (
                connection.execute(select(func.count()).select_from(service)).scalar_one()
                == (services)
                == 40
            )
            assert {"contact_request", "outbox"} <= set(inspect(connection).get_table_names())
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                "0003"
            )
        with engine.begin() as connection:
            config = alembic_config(engine)
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        with engine.connect() as connection:
            assert not inspect(connection).has_table("contact_request")
            assert connection.execute(select(func.count()).select_from(service)).scalar_one() == 40
    finally:
        engine.dispose()


def test_outbox_state_is_constrained(
    engine: SqliteFile, make_request: Make, private_key: PrivateKey
) -> None:
    submitted = submit_request(engine, make_request(), private_key.public_key)
    db = sqlite3.connect(engine.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE outbox SET state = 'lost' WHERE request_id = ?", (submitted.id,))
    finally:
        db.close()


def test_nothing_personal_is_logged(
    caplog: pytest.LogCaptureFixture,
    engine: SqliteFile,
    canary_request: ContactRequest,
    private_key: PrivateKey,
) -> None:
    caplog.set_level(logging.DEBUG)
    submitted = submit_request(engine, canary_request, private_key.public_key)
    outbox.mark_delivered(engine, [submitted.id], "folder", dt.datetime.now(dt.UTC))
    outbox.purge_delivered(engine)
    assert submitted.id in caplog.text
    assert not any(c.lower() in caplog.text.lower() for c in CANARIES)
