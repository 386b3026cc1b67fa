"""Migrations: a kiosk in the field upgrades in place without losing rows; pragmas are set."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from kiosk.db.engine import make_engine, migrate
from tests.factories import catalogue_dict


def _insert_first_schema_rows(db: Path) -> None:
    """Rows as the first migration's schema had them (no sort_key, no search index)."""
    engine = make_engine(db)
    migrate(engine, "0001")
    doc = catalogue_dict(3)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO catalogue_meta (id, version, updated_at, imported_at, demo, source,"
                " checksum) VALUES (1, 'v1', '2026-11-20T09:00:00+00:00', '2026-11-20', 0, '', '')"
            )
        )
        c.execute(
            text("INSERT INTO area (id, name) VALUES ('legnanese', '{\"it\": \"Legnanese\"}')")
        )
        c.execute(
            text(
                "INSERT INTO comune (id, name, area_id) VALUES ('legnano', 'Legnano', 'legnanese')"
            )
        )
        c.execute(
            text("INSERT INTO organization (id, name, phones) VALUES ('org-0', 'Coop', '[]')")
        )
        c.execute(
            text(
                "INSERT INTO location (id, address_1, comune_id, country)"
                " VALUES ('loc-0', 'Via Roma 1', 'legnano', 'IT')"
            )
        )
        for n, offering in enumerate(doc["offerings"]):
            c.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, free, status, position)"
                    " VALUES (:id, 'org-0', :name, 0, 'active', :n)"
                ),
                {"id": offering["id"], "name": json.dumps({"it": f"Città dei bimbi {n}"}), "n": n},
            )
            c.execute(
                text(
                    "INSERT INTO service_at_location (service_id, location_id, position) VALUES (:id, 'loc-0', 0)"
                ),
                {"id": offering["id"]},
            )
    engine.dispose()


def test_first_migration_upgrades_to_head_with_rows_intact(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    _insert_first_schema_rows(db)
    engine = make_engine(db)
    migrate(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() != "0001"
        names = [
            json.loads(r[0])["it"]
            for r in c.execute(text("SELECT name FROM service ORDER BY position"))
        ]
        assert names == ["Città dei bimbi 0", "Città dei bimbi 1", "Città dei bimbi 2"]
        assert c.execute(text("SELECT version FROM catalogue_meta")).scalar() == "v1"
        # the rows are searchable after the upgrade (index filled by migration 0002)
        hits = c.execute(
            text("SELECT count(*) FROM service_fts WHERE service_fts MATCH '\"citta\"*'")
        )
        assert hits.scalar() == 3
        assert c.execute(text("SELECT count(*) FROM service WHERE sort_key != ''")).scalar() == 3
    engine.dispose()


def test_connections_use_wal_full_sync_and_foreign_keys(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_head_is_read_from_the_migration_files() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kiosk.db.engine import MIGRATIONS, head_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_current_database_opens_without_loading_alembic_or_the_orm(tmp_path: Path) -> None:
    """Alembic (~12 MiB) only when a migration is due; the SQLAlchemy ORM (~6 MiB) never: the
    kiosk's own modules use Core tables."""
    import subprocess
    import sys

    db = tmp_path / "k.sqlite3"
    migrate(make_engine(db))
    code = (
        "import sys; from pathlib import Path; from kiosk.db.engine import open_database; "
        "import kiosk.context, kiosk.intake.store, kiosk.intake.outbox, kiosk.staff.status, "
        "sync.engine; "
        f"open_database(Path({str(db)!r})); "
        "print('alembic' in sys.modules, 'sqlalchemy.orm' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_the_table_definitions_match_the_migrated_schema(tmp_path: Path) -> None:
    """kiosk.db.models, kiosk.intake.tables and kiosk.usage.tables describe exactly what the
    migrations create."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import kiosk.intake.tables  # noqa: F401  (registers its tables on the shared metadata)
    from kiosk.db.models import metadata
    from kiosk.usage import tables as _usage_tables  # noqa: F401  (usage_count)

    engine = make_engine(tmp_path / "k.sqlite3")
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": False}
        )
        differences = [d for d in compare_metadata(context, metadata) if not _is_search_index(d)]
    assert differences == []


def _is_search_index(difference: object) -> bool:
    """The FTS5 table and its shadow tables are made by migration 0002, not described in Core."""
    text = repr(difference)
    return "service_fts" in text
